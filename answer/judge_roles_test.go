package answer

import (
	"testing"
	"time"
)

// TestRolesOfListedNames: the roles of several named countries are asked
// of each, and each may be told in another story; what they did
// together must be told in one.
func TestRolesOfListedNames(t *testing.T) {
	day := time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)
	sources := []Citation{
		{N: 1, ArticleID: "en-kazakhstan", Lang: "en", Published: day, Title: "Prisoners swapped in Astana",
			Passage: "Russia and the United States exchanged prisoners at Astana airport on Wednesday, with Kazakhstan acting as mediator of the exchange."},
		{N: 2, ArticleID: "en-qatar", Lang: "en", Published: day, Title: "Doha hosts consular talks",
			Passage: "Qatar hosted a round of Russian-American consular talks in Doha, playing the role of host and mediator."},
	}
	for _, tc := range []struct {
		q, lang string
		want    bool
	}{
		{"What roles did Kazakhstan and Qatar play in Russian-American contacts?", "en", true},
		{"Kazakhstan và Qatar đã đóng vai trò gì trong các cuộc tiếp xúc Nga - Mỹ?", "vi", true},
		{"Какую роль сыграли Казахстан и Катар в контактах России и США?", "ru", true},
		{"What did Kazakhstan and Qatar agree on with Russia?", "en", false},
	} {
		if v := judge(tc.q, tc.lang, sources); v.Answerable != tc.want {
			t.Errorf("%q: answerable = %v, want %v (%s)", tc.q, v.Answerable, tc.want, v.Reason())
		}
	}
}
