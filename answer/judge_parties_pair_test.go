package answer

import (
	"testing"
	"time"
)

// partiesSources are stories that name two countries: as the parties of
// a deal or drill, or one of them only in passing (a list of partners, a
// dateline in the Russian agencies' form).
func partiesSources(keys ...string) []Citation {
	all := map[string]Citation{
		"envoy": {ArticleID: "envoy", Lang: "en", Title: "New US envoy presents credentials in Ulaanbaatar",
			Published: time.Date(2026, 2, 3, 0, 0, 0, 0, time.UTC),
			Passage: "ULAANBAATAR - The new US ambassador to Mongolia, Ruth Calder, presented her credentials on Monday. " +
				"She said her priority was mining cooperation, above all rare earths. " +
				"Mongolia has long balanced its two large neighbours by working with the United States, Japan and Europe."},
		"accord": {ArticleID: "accord", Lang: "en", Title: "Mongolia and Japan sign rare earths accord",
			Published: time.Date(2026, 4, 9, 0, 0, 0, 0, time.UTC),
			Passage: "TOKYO - Mongolia and Japan signed an accord on Wednesday to develop two rare earths deposits in the Gobi. " +
				"Japan will fund a processing plant near the border."},
		"drill-us": {ArticleID: "drill-us", Lang: "ru", Title: "Спасатели России и США проведут учения в Беринговом проливе",
			Published: time.Date(2025, 11, 12, 0, 0, 0, 0, time.UTC),
			Passage: "БУДЁ (Норвегия), 12 ноября. Морская спасательная служба России и Береговая охрана США проведут в 2026 году совместные учения по спасению на море в Беринговом проливе. " +
				"Стороны встретились на полях арктической конференции."},
		"drill-no": {ArticleID: "drill-no", Lang: "ru", Title: "Россия и Норвегия проведут учения в Баренцевом море",
			Published: time.Date(2025, 11, 14, 0, 0, 0, 0, time.UTC),
			Passage: "МУРМАНСК, 14 ноября. Россия и Норвегия проведут в 2026 году совместные учения по спасению на море в Баренцевом море. " +
				"В учениях примут участие два судна и вертолёт."},
	}
	out := make([]Citation, len(keys))
	for i, k := range keys {
		out[i] = all[k]
		out[i].N = i + 1
	}
	return out
}

// TestJudgePartiesArePairs: a country and the one a question says it
// acts with ("Россия проведёт вместе с Норвегией", "hold with", "cùng
// với") are a pair, met where a story names them as its parties, not by
// a story that names one of them as the country of its dateline.
func TestJudgePartiesArePairs(t *testing.T) {
	tests := []struct {
		q, lang string
		srcs    []string
		want    bool
	}{
		{"Какие учения по спасению на море Россия проведёт вместе с Норвегией в 2026 году?", "ru", []string{"drill-us"}, false},
		{"Which sea rescue drills will Russia hold with Norway in 2026?", "en", []string{"drill-us"}, false},
		{"Nga sẽ tổ chức cùng với Na Uy cuộc tập trận cứu hộ trên biển nào vào năm 2026?", "vi", []string{"drill-us"}, false},
		{"Nga sẽ tổ chức cùng với Na Uy cuộc tập trận cứu hộ trên biển nào vào năm 2026?", "vi", []string{"drill-us", "drill-no"}, true},
		{"Какие учения по спасению на море Россия проведёт вместе с Норвегией в 2026 году?", "ru", []string{"drill-us", "drill-no"}, true},
		{"Какие учения по спасению на море Россия проведёт вместе с США в 2026 году?", "ru", []string{"drill-us"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if v := judge(tt.q, tt.lang, partiesSources(tt.srcs...)); v.Answerable != tt.want {
				t.Errorf("answerable = %v, want %v (%s)", v.Answerable, tt.want, v.Reason())
			}
		})
	}
}

// TestJudgeNounWithIsNoParty: "with" after a noun ("the consultations
// with the Russians") makes its name the noun's, not a partner of the
// name before: no pair of the two.
func TestJudgeNounWithIsNoParty(t *testing.T) {
	for _, q := range []string{
		"How did Daniel Whitcombe describe the consultations with the Russians?",
		"What did Ruth Calder say about mining cooperation with Japan?",
	} {
		for _, k := range judge(q, "en", nil).Constraints {
			if k.Kind == KindPair {
				t.Errorf("%q: %s, want no pair", q, k)
			}
		}
	}
}

// TestJudgePeopleAndCitiesAreNoPair: two people who agree ("Kerrigan and
// Tumanov"), or the centres of two cities, are named apart by the story
// that tells them together: no pair.
func TestJudgePeopleAndCitiesAreNoPair(t *testing.T) {
	for _, q := range []string{
		"Which working groups did Halloran and Beletsky agree to set up?",
		"How many joint cases did the Tromsø and Arkhangelsk centres handle last year?",
	} {
		for _, k := range judge(q, "en", nil).Constraints {
			if k.Kind == KindPair {
				t.Errorf("%q: %s, want no pair", q, k)
			}
		}
	}
}
