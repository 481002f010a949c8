package answer

import (
	"strings"
	"testing"
)

// TestFirstBulletWhereNotWhither: asked where something was done, a
// place it goes to ("flights to the Zvezda station", "bay chéo tới
// Trạm Vũ trụ Quốc tế") is not where: the lead that names everything
// asked and such a place led, above the sentence giving the place of
// the signing.
func TestFirstBulletWhereNotWhither(t *testing.T) {
	for _, tc := range []struct{ q, lang, passage, want string }{
		{"Where was the Norway-Finland rail agreement signed?", "en",
			"Norway and Finland on Tuesday signed an agreement extending the Arctic rail line to Rovaniemi by 2031. " +
				"The signing took place in Tromsø at the university's harbour campus. " +
				"The line will carry timber and fish.", "Tromsø"},
		{"Thỏa thuận đường sắt giữa Na Uy và Phần Lan được ký ở đâu?", "vi",
			"Na Uy và Phần Lan ngày 3/4 đã ký thỏa thuận đường sắt kéo dài tuyến Bắc Cực tới Rovaniemi đến năm 2031. " +
				"Lễ ký diễn ra tại Tromsø, ở khu cảng của trường đại học. " +
				"Tuyến này sẽ chở gỗ và cá.", "Tromsø"},
		// An envoy's post is where he serves.
		{"Where did Lind serve as ambassador before Oslo?", "en",
			"OSLO, May 4 - Anna Lind, the new Swedish ambassador to Norway, presented her credentials in Oslo on Monday. " +
				"Lind, 58, previously served as ambassador to Chile. " +
				"The ceremony lasted twenty minutes.", "Chile"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			src := Citation{Lang: tc.lang, Title: "Rail", Passage: tc.passage}
			if got := firstBullet(t, tc.q, tc.lang, src); !strings.Contains(got, tc.want) {
				t.Errorf("first bullet %q, want the sentence naming %s", got, tc.want)
			}
		})
	}
}
