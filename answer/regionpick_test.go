package answer

import (
	"strings"
	"testing"
)

// TestFirstBulletRegionAndDay: the sentence selector reads a region
// asked by the places within it, as the judge does ("in Siberia" by
// "in Irkutsk"), and a day asked ("с какого числа") is not given by a
// sentence dated by a year alone. Before, the sentence sharing more of
// the question's other words led.
func TestFirstBulletRegionAndDay(t *testing.T) {
	ru := Citation{N: 1, ArticleID: "ru-ships", Title: "Новые правила для судов", Lang: "ru",
		Passage: "МОСКВА, 3 октября. В 2024 году по Севморпути прошли 80 иностранных научных судов. " +
			"С 1 марта 2026 года исследовательские суда других стран должны подавать заявку за 60 дней."}
	en := Citation{N: 2, ArticleID: "en-fire", Title: "US crews fight wildfires", Lang: "en",
		Passage: "WASHINGTON - The Forest Service said its wildfire crews would stay abroad for three weeks. " +
			"A team of 30 American firefighters landed in Irkutsk on Monday to fight forest fires."}
	tests := []struct {
		q, lang string
		srcs    []Citation
		want    string
	}{
		{"С какого числа вступают в силу правила для иностранных научных судов?", "ru", []Citation{ru}, "1 марта"},
		{"Where in Siberia did the American wildfire crews go?", "en", []Citation{en}, "Irkutsk"},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			q := extractive("Intro:", tc.q, tc.lang, tc.srcs)
			for _, line := range strings.Split(q.text, "\n") {
				if strings.HasPrefix(line, "• ") {
					if !strings.Contains(line, tc.want) {
						t.Errorf("first bullet lacks %q; answer:\n%s", tc.want, q.text)
					}
					return
				}
			}
			t.Errorf("no bullet; answer:\n%s", q.text)
		})
	}
}
