package retrieval

import (
	"strings"
	"testing"
)

// TestTranslations checks what the question becomes in each other corpus
// language: its concepts in that language, names in that script, numbers,
// and never the corpus's own topic (Russia, the United States) alone.
func TestTranslations(t *testing.T) {
	for _, tc := range []struct {
		q       string
		want    map[string][]string // language → words its translation must hold
		wantNot map[string][]string
		none    []string // languages without a translation
	}{
		{ // a Russian question about an English report: the Latin name carries over
			q:    "Сколько томографов охватывает лицензия компании Larkfield?",
			want: map[string][]string{"en": {"license", "larkfield"}, "vi": {"larkfield"}},
			none: []string{"ru"},
		},
		{ // a Vietnamese question: a Latin name is the English report's too
			q:    "Ông Talbot nói gì về lãnh sự quán?",
			want: map[string][]string{"en": {"talbot", "consulate"}, "ru": {"талбот"}},
			none: []string{"vi"},
		},
		{ // the topic alone is no subject
			q:       "What is new between Russia and the United States?",
			wantNot: map[string][]string{"ru": {"россия"}, "vi": {"nga"}},
		},
		{ // numbers are every language's
			q:    "Nga và Mỹ trao đổi bao nhiêu tù nhân năm 2024?",
			want: map[string][]string{"en": {"2024"}, "ru": {"2024"}},
		},
	} {
		got := map[string]string{}
		for _, tr := range translations(tc.q, expansionGroups([]string{tc.q})) {
			got[tr.lang] = strings.ToLower(tr.text())
		}
		for lang, ws := range tc.want {
			for _, w := range ws {
				if !strings.Contains(got[lang], w) {
					t.Errorf("%q in %s = %q, want it to hold %q", tc.q, lang, got[lang], w)
				}
			}
		}
		for lang, ws := range tc.wantNot {
			for _, w := range ws {
				if strings.Contains(got[lang], w) {
					t.Errorf("%q in %s = %q, want no %q", tc.q, lang, got[lang], w)
				}
			}
		}
		for _, lang := range tc.none {
			if _, ok := got[lang]; ok {
				t.Errorf("%q: a translation into its own language %s: %q", tc.q, lang, got[lang])
			}
		}
	}
}
