package answer

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// xlingArticles are short original reports of one story in the three
// languages, for questions asked in another language than the article's.
var xlingArticles = map[string]Citation{
	"vi-quota": {Title: "Nga và Nhật Bản thỏa thuận hạn ngạch đánh bắt cá", Lang: "vi", Published: time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC),
		Passage: "Ngày 10/3, Nga và Nhật Bản đã ký thỏa thuận cho phép ngư dân Nhật Bản đánh bắt 2.050 tấn cá trong vùng biển của Nga. " +
			"Phía Nhật Bản sẽ trả 200 triệu yên."},
	"en-quota": {Title: "Russia and Japan agree on a fishing quota", Lang: "en", Published: time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC),
		Passage: "Russia and Japan signed an agreement on Tuesday that allows Japanese fishermen to catch 2,050 tonnes of fish in Russian waters. " +
			"Japan will pay 200 million yen."},
	"vi-hanoi": {Title: "Nga và Mỹ thảo luận về an ninh hàng hải tại Hà Nội", Lang: "vi", Published: time.Date(2026, 4, 2, 0, 0, 0, 0, time.UTC),
		Passage: "Ngày 2/4, các nhà ngoại giao Nga và Mỹ đã gặp nhau tại Hà Nội để thảo luận về an ninh hàng hải. " +
			"Cuộc gặp kéo dài bốn giờ. Quan sát viên Hàn Quốc cũng tham dự."},
	"ru-call": {Title: "Россия и Южная Корея обсудили морскую безопасность", Lang: "ru", Published: time.Date(2026, 4, 2, 0, 0, 0, 0, time.UTC),
		Passage: "Заместитель министра иностранных дел России провёл переговоры с делегацией Южной Кореи о морской безопасности."},
}

// TestJudgeCrossLingual: a question is judged by what an article in
// another language can hold. A word of the question that no entry of
// the lexicon translates ("tonnes", "тонн") cannot be looked for in an
// article in another language, though both are written in Latin
// letters; its names must still be met there, so another country's
// fishermen are refused.
func TestJudgeCrossLingual(t *testing.T) {
	tests := []struct {
		name, q, lang string
		article       string
		answerable    bool
		unmet         string
	}{
		{"en how many, vi article, counted noun untranslated", "How many tonnes of fish may Japanese fishermen catch in Russian waters?", "en", "vi-quota", true, ""},
		{"en other country, vi article", "How many tonnes of fish may Korean fishermen catch in Russian waters?", "en", "vi-quota", false, `name "korean"`},
		{"vi how many, en article", "Ngư dân Nhật Bản được đánh bắt bao nhiêu tấn cá?", "vi", "en-quota", true, ""},
		// An English country adjective the lexicon does not list is the
		// country it does ("South Korean" is "South Korea", "Hàn Quốc",
		// "Южная Корея"); another country's adjective is still refused.
		{"en country adjective, vi article", "Did South Korean observers attend the talks?", "en", "vi-hanoi", true, ""},
		{"en country adjective, ru article", "What did the South Korean delegation discuss?", "en", "ru-call", true, ""},
		{"en another country's adjective", "Did North Korean observers attend the talks?", "en", "vi-hanoi", false, `korean"`},
		{"en an adjective of no known country", "Did Kenyan observers attend the talks?", "en", "vi-hanoi", false, `name "kenyan"`},
		{"en a surname is no adjective", "What did Jordan say at the talks?", "en", "vi-hanoi", false, `name "jordan"`},
		{"en same language still binds the count", "How many boats may Japanese fishermen use in Russian waters?", "en", "en-quota", false, `answer "how many"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := judge(tt.q, tt.lang, []Citation{xlingArticles[tt.article]})
			if v.Answerable != tt.answerable {
				t.Fatalf("answerable = %v (%s), want %v", v.Answerable, v.Reason(), tt.answerable)
			}
			if !tt.answerable && !strings.Contains(v.Reason(), tt.unmet) {
				t.Errorf("reason %q does not name %s", v.Reason(), tt.unmet)
			}
		})
	}
}

// A question that names a country by its adjective is also searched
// with the country written out, so that the lexicon's spellings of the
// country reach reports in the other languages; a question without one
// is searched as asked.
func TestAskSearchesCountryForItsAdjective(t *testing.T) {
	h := newHarness(t, nil, true, nil)
	h.ask(t, Request{Question: "How many South Korean observers attended the rescue drill?"})
	h.ask(t, Request{Question: "How many Russian observers attended the rescue drill?"})
	calls := h.search.calls()
	if len(calls) != 2 {
		t.Fatalf("%d searches, want 2", len(calls))
	}
	if want := "How many South Korea observers attended the rescue drill?"; !slices.Contains(calls[0].Extra, want) {
		t.Errorf("searched %q with %q, want %q among them", calls[0].Text, calls[0].Extra, want)
	}
	if len(calls[1].Extra) != 0 {
		t.Errorf("a question without a country adjective was also searched as %q", calls[1].Extra)
	}
}

// FuzzCountryPhrasing: any text is phrased without a panic, the same
// way twice, and a text with no country adjective is left as it is.
func FuzzCountryPhrasing(f *testing.F) {
	for _, s := range []string{"How many South Korean observers attended?", "Kenyan, Lebanese and Iraqi envoys", "Jordan", "Ǆ ß Ё Korean", "\xff Korean"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		p := countryPhrasing(q)
		if p != countryPhrasing(q) {
			t.Fatalf("countryPhrasing(%q) not deterministic", q)
		}
		if len(countryAdjectives(q)) == 0 && p != q {
			t.Fatalf("countryPhrasing(%q) = %q, with no adjective", q, p)
		}
	})
}
