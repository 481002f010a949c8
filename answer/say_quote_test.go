package answer

import (
	"strings"
	"testing"
)

// TestSayJoinsOwnWords: asked what someone said, when the speaker's
// sentence reports the speech and the next quotes them by a pronoun,
// the first bullet gives both: who spoke and their own words. A "who"
// that opens the clause said of ("say about who runs the port") still
// asks what was said. The articles are written for this test.
func TestSayJoinsOwnWords(t *testing.T) {
	en := Citation{Lang: "en", Title: "Georgian lawmakers tour U.S.-funded Batumi port terminal",
		Passage: "BATUMI - Eight members of Georgia's parliament toured the container terminal in Batumi on Friday after claims that U.S. forces use the port. " +
			"\"We saw every warehouse we asked to see,\" said Nino Beridze, the deputy who led the group. " +
			"The terminal was built with $60 million from a U.S. development agency and handed to a Georgian company in 2019. " +
			"Ellen Marsh, the U.S. embassy's spokeswoman, said Washington had no role in running the terminal. " +
			"\"The keys to the gates belong to Georgians,\" she told reporters at the port."}
	vi := Citation{Lang: "vi", Title: "Đoàn Nga thăm cảng Batumi",
		Passage: "BATUMI, ngày 5/6 - Một đoàn chuyên gia Nga đã đến thăm cảng container Batumi của Gruzia. " +
			"Trưởng đoàn là bà Olga Rudneva, cục phó Cục Hàng hải Nga. " +
			"Bà Rudneva cho biết phía Nga muốn xem cách cảng kiểm tra hàng hóa quân sự. " +
			"\"Minh bạch phải đến từ cả hai phía\", bà nói."}
	for _, tc := range []struct {
		q, lang string
		src     Citation
		want    []string
	}{
		{"What did Ellen Marsh say about who runs the Batumi terminal?", "en", en, []string{"Ellen Marsh", "belong to Georgians"}},
		{"Bà Rudneva nói gì về chuyến thăm cảng?", "vi", vi, []string{"Bà Rudneva cho biết", "Minh bạch phải đến từ cả hai phía"}},
	} {
		t.Run(tc.q, func(t *testing.T) {
			got := firstBullet(t, tc.q, tc.lang, tc.src)
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("first bullet %q lacks %q", got, w)
				}
			}
		})
	}
}

// TestSayTermInQuotesIsNoSpeech: a sentence that puts a term in
// quotation marks ("по схеме «все на всех»") reports no speech: asked
// what the mediator's envoy said, his own sentence leads. The article is
// written for this test.
func TestSayTermInQuotesIsNoSpeech(t *testing.T) {
	ru := Citation{Lang: "ru", Title: "Обмен заключёнными в Лусаке",
		Passage: "ЛУСАКА, 9 апреля. Россия и США в среду провели обмен заключёнными в аэропорту столицы Замбии. " +
			"Обмен прошёл по схеме «все на всех», посредником выступила Замбия. " +
			"Специальный посланник президента Замбии Джозеф Мвале сказал, что Лусака вела контакты с обеими сторонами полгода. " +
			"«Замбия не выбирает сторону, она выбирает разговор», — заявил он."}
	got := firstBullet(t, "Что сказал спецпосланник Замбии об обмене заключёнными?", "ru", ru)
	if !strings.Contains(got, "Мвале") {
		t.Errorf("first bullet %q, want the envoy's words", got)
	}
	if speechVerbRE.MatchString("Обмен прошёл по схеме «все на всех».") {
		t.Error("speechVerbRE takes quotation marks for a verb of saying")
	}
}
