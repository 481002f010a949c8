package retrieval

import (
	"slices"
	"testing"
)

// TestAbbreviationsMeetFullNames: an international body asked by its
// abbreviation in one language expands to its full name and its
// abbreviation in the others, and the other way round; an abbreviation
// that is also a word expands only as written.
func TestAbbreviationsMeetFullNames(t *testing.T) {
	for _, tc := range []struct {
		q       string
		want    []string
		notWant []string
	}{
		{"Что заявил представитель МККК?", []string{"ICRC", "International Committee of the Red Cross", "Ủy ban Chữ thập đỏ Quốc tế"}, nil},
		{"What did the ICRC say?", []string{"МККК", "Международный комитет Красного Креста"}, nil},
		{"Миссия МАГАТЭ на станции", []string{"International Atomic Energy Agency", "IAEA"}, nil},
		{"the International Atomic Energy Agency mission", []string{"МАГАТЭ", "IAEA"}, nil},
		{"наблюдатели ОБСЕ", []string{"Organization for Security and Co-operation in Europe"}, nil},
		{"Сессия ПАСЕ", []string{"PACE", "Parliamentary Assembly of the Council of Europe"}, nil},
		{"ЕЦБ повысил ставку", []string{"European Central Bank", "ECB"}, nil},
		{"the pace of the talks", nil, []string{"ПАСЕ"}},
	} {
		got := Expand(tc.q)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("Expand(%q) lacks %q: %v", tc.q, w, got)
			}
		}
		for _, w := range tc.notWant {
			if slices.Contains(got, w) {
				t.Errorf("Expand(%q) holds %q: %v", tc.q, w, got)
			}
		}
	}
}

// TestExactSpellingsExpand: a spelling matched only as written ("=Laos")
// is added to a question in another language even when its stem is that
// of another column's spelling ("=Lào" folds to "lao", as "Laos" stems).
func TestExactSpellingsExpand(t *testing.T) {
	for q, want := range map[string]string{
		"Какую роль сыграл Лаос?": "Laos",
		"Vai trò của Lào là gì?":  "Laos",
		"What did Laos do?":       "Лаос",
	} {
		if got := Expand(q); !slices.Contains(got, want) {
			t.Errorf("Expand(%q) lacks %q: %v", q, want, got)
		}
	}
}
