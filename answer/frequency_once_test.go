package answer

import (
	"strings"
	"testing"
)

// TestFirstBulletOnceEvery: a frequency Vietnamese tells as a period
// before "một lần" ("sáu tháng một lần", once every six months) or
// Russian as "раз в полгода" answers "how often", ahead of another
// frequency of the story ("Mỗi ngày có khoảng 40 tàu cá"), also when
// asked in another language. The articles are written for this test.
func TestFirstBulletOnceEvery(t *testing.T) {
	vi := Citation{Lang: "vi", Title: "Nga và Mỹ tuần tra chung eo biển Bering",
		Passage: "NOME - Lực lượng bảo vệ bờ biển Nga và Mỹ ngày 5/6 đã ký thỏa thuận tuần tra chung ở eo biển Bering. " +
			"Mỗi ngày có khoảng 40 tàu cá đi qua eo biển. " +
			"Hai bên sẽ trao đổi danh sách tàu tuần tra sáu tháng một lần."}
	ru := Citation{Lang: "ru", Title: "Береговые охраны договорились о патрулях",
		Passage: "НОМ, 5 июня. Береговые охраны России и США подписали соглашение о совместном патрулировании Берингова пролива. " +
			"Каждый день через пролив проходят около 40 рыболовных судов. " +
			"Стороны будут обмениваться списками патрульных судов раз в полгода."}
	for _, tc := range []struct {
		q, lang string
		src     Citation
		want    string
	}{
		{"Hai bên sẽ trao đổi danh sách tàu tuần tra bao lâu một lần?", "vi", vi, "sáu tháng một lần"},
		{"How often will the two coast guards exchange lists of patrol ships?", "en", vi, "sáu tháng một lần"},
		{"Как часто стороны будут обмениваться списками патрульных судов?", "ru", ru, "раз в полгода"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			if got := firstBullet(t, tc.q, tc.lang, tc.src); !strings.Contains(got, tc.want) {
				t.Errorf("first bullet %q, want the sentence that says how often (%q)", got, tc.want)
			}
		})
	}
	for s, want := range map[string]bool{
		"Hai bên trao đổi danh sách ba tháng một lần.": true,
		"Hội nghị được tổ chức mỗi hai năm.":           true,
		"Отчёт публикуется раз в полгода.":             true,
		"Mỗi bên được cấp 55 thị thực.":                false,
	} {
		if got := frequencyRE.MatchString(s); got != want {
			t.Errorf("frequencyRE.MatchString(%q) = %v, want %v", s, got, want)
		}
	}
}
