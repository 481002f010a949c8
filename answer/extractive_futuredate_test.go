package answer

import (
	"strings"
	"testing"
	"time"
)

// TestFirstBulletFutureByDate: "when will X happen" is answered by the
// sentence dating X after its article's own date, not by a lead whose
// dates are all before it, whatever the tense of its verbs: English
// simple past ("agreed", "lapsed") carries no "was", and Russian marks
// the past only by the verb's form.
func TestFirstBulletFutureByDate(t *testing.T) {
	pub := time.Date(2031, time.February, 20, 0, 0, 0, 0, time.UTC)
	en := Citation{N: 1, ArticleID: "grain-en", Title: "Grain corridor talks", Lang: "en", Published: pub,
		Passage: "GENEVA - Russian and American negotiators agreed on Tuesday to resume shipments of seed grain to third countries, the first such deliveries since the old corridor lapsed in January 2031. " +
			"The talks were chaired by a Swiss mediator. " +
			"The first delivery of seed grain is set for June 4, 2031, from the port of Novorossiysk."}
	ru := Citation{N: 1, ArticleID: "grain-ru", Title: "Переговоры о зерне", Lang: "ru", Published: pub,
		Passage: "ЖЕНЕВА. Россия и США 18 февраля договорились возобновить поставки семенного зерна в третьи страны, прерванные в январе 2031 года. " +
			"Переговоры вёл швейцарский посредник. " +
			"Первая поставка семенного зерна пройдёт 4 июня 2031 года из порта Новороссийск."}
	tests := []struct {
		q, lang string
		src     Citation
		first   string
	}{
		{"When will the first delivery of seed grain take place?", "en", en, "June 4"},
		{"Когда начнутся поставки семенного зерна?", "ru", ru, "4 июня"},
		{"Khi nào chuyến giao hạt giống đầu tiên sẽ diễn ra?", "vi", en, "June 4"},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			q := extractive("Intro:", tc.q, tc.lang, []Citation{tc.src})
			if first := firstBulletOf(q.text); !strings.Contains(first, tc.first) {
				t.Errorf("first bullet %q does not hold %q; answer:\n%s", first, tc.first, q.text)
			}
		})
	}
}

// TestPastDated: a sentence is dated in the past by a year, or a month
// of the article's year, before the article's date, and not when it
// also names a date to come or none at all.
func TestPastDated(t *testing.T) {
	pub := time.Date(2031, time.February, 20, 0, 0, 0, 0, time.UTC)
	for s, want := range map[string]bool{
		"the corridor lapsed in january 2031":        true,
		"прерванные в январе 2031 года":              true,
		"the treaty was signed in 2010":              true,
		"bị gián đoạn từ ngày 5/1":                   true,
		"signed in 2010, it runs until june 2031":    false,
		"the first delivery is set for june 4, 2031": false,
		"agreed on tuesday to resume shipments":      false,
		"первая поставка пройдёт 4 июня 2031 года":   false,
	} {
		if got := pastDated(s, pub); got != want {
			t.Errorf("pastDated(%q) = %v, want %v", s, got, want)
		}
	}
}
