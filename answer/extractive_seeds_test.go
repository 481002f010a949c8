package answer_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/corpus"
	"github.com/detente/detente/prompts"
)

// TestExtractiveSeedsAnswerSentence runs questions over the real seeds with
// no model and checks that the sentence holding the answer is quoted, and
// that sentences merely sharing the question's words are not.
func TestExtractiveSeedsAnswerSentence(t *testing.T) {
	eng, _ := seededEngine(t)
	svc := answer.New(eng, answer.Options{})
	tests := []struct {
		name     string
		q        string
		first    string   // the first cited article
		quote    []string // each in some quote
		notQuote []string // in no quote
	}{
		{
			// The Istanbul sentences name the place, the answer names the
			// head; a Vietnamese sentence on another delegation (Meeks to
			// Belgium) shares "dẫn đầu phái đoàn" and nothing else.
			name: "head of the Russian delegation in Istanbul, no diacritics",
			q:    "ai dan dau phai doan Nga o Istanbul", first: "003_4d866f40c053a075",
			quote: []string{"Darchiev"}, notQuote: []string{"Meeks"},
		},
		{
			// Sentences on Antonov exist in both languages: the question's
			// language leads, the other is still quoted.
			name: "english question, english and vietnamese sentences",
			q:    "What has Ambassador Anatoly Antonov said about dialogue with Washington?", first: "004_26071f03f059edc1",
			quote: []string{"Antonov"},
		},
		{
			// "nominee" is the noun of "nominate" (Vietnamese "đề cử"):
			// Snowball stems them apart, so the lexicon names it; the
			// Vietnamese report of Sullivan's nomination answers.
			name: "english noun of a lexicon verb, vietnamese report",
			q:    "Who is the US ambassador nominee?", first: "000_3b258cd7da7f345e",
			quote: []string{"Sullivan"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := svc.Ask(context.Background(), answer.Request{Question: tc.q}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.NoSources || len(a.Citations) == 0 {
				t.Fatalf("no answer:\n%s", a.Text)
			}
			if a.Citations[0].ArticleID != tc.first {
				t.Errorf("first cited %s, want %s:\n%s", a.Citations[0].ArticleID, tc.first, a.Text)
			}
			for _, s := range tc.quote {
				if !strings.Contains(a.Text, s) {
					t.Errorf("no quote has %q:\n%s", s, a.Text)
				}
			}
			for _, s := range tc.notQuote {
				if strings.Contains(a.Text, s) {
					t.Errorf("a quote has %q:\n%s", s, a.Text)
				}
			}
		})
	}
}

// TestExtractiveSeedsOriginalLanguage: without a model nothing is
// translated, so an answer quoting a sentence in another language than
// the question's says the quotes are in their original language, and one
// quoting only the question's language does not.
func TestExtractiveSeedsOriginalLanguage(t *testing.T) {
	eng, _ := seededEngine(t)
	svc := answer.New(eng, answer.Options{})
	tests := []struct {
		q, lang   string
		otherLang bool // a quote is in the other language
	}{
		{"What did Wendy Sherman say after the Geneva meeting?", "en", true},
		{"What has Ambassador Anatoly Antonov said about dialogue with Washington?", "en", true},
		{"Where will the next round of Russia-US talks be held?", "en", false},
		{"Wendy Sherman đánh giá gì sau cuộc gặp ở Geneva?", "vi", false},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			a, err := svc.Ask(context.Background(), answer.Request{Question: tc.q}, nil)
			if err != nil || a.NoSources {
				t.Fatalf("%v, answer:\n%s", err, a.Text)
			}
			other := false
			for _, line := range strings.Split(a.Text, "\n") {
				if q, ok := strings.CutPrefix(line, "• "); ok && corpus.DetectLang(q) != tc.lang {
					other = true
				}
			}
			if other != tc.otherLang {
				t.Errorf("a quote in another language: %v, want %v:\n%s", other, tc.otherLang, a.Text)
			}
			note := strings.Contains(a.Text, prompts.T(tc.lang, "extractive.original_language"))
			if note != other {
				t.Errorf("original-language note %v with a quote in another language %v:\n%s", note, other, a.Text)
			}
		})
	}
}

// TestExtractiveSeedsRussian: Russian questions about the seeds (which are
// English and Vietnamese) are answered from the right article with no
// model, framed in Russian, with the note that quotes are in their
// original language; inflected forms ("в Стамбуле", "против России") reach
// the lexicon by their stems.
func TestExtractiveSeedsRussian(t *testing.T) {
	eng, _ := seededEngine(t)
	svc := answer.New(eng, answer.Options{})
	tests := []struct {
		q     string
		first []string // the first cited article is one of these
		quote string   // in some quote
	}{
		{"Кто возглавляет российскую делегацию в Стамбуле?", []string{"003_4d866f40c053a075"}, "Istanbul"},
		{"Какие санкции США ввели против России?", []string{"004_26071f03f059edc1", "001_f8e2b56428ec90a0"}, "trừng phạt"},
		{"Чего Россия требует от НАТО?", []string{"002_61e6d07a90f56528"}, "NATO"},
		{"Сколько компаний США внесли в санкционный список 26 марта?", []string{"004_26071f03f059edc1"}, "15 companies"},
		{"Что сказал Лавров о диалоге по стратегической стабильности?", []string{"000_3b258cd7da7f345e"}, "Lavrov"},
		{"Когда прошла встреча делегаций России и США в Эр-Рияде?", []string{"003_4d866f40c053a075"}, "Riyadh"},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			a, err := svc.Ask(context.Background(), answer.Request{Question: tc.q}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.Lang != "ru" || !strings.HasPrefix(a.Text, prompts.T("ru", "extractive.intro")) {
				t.Errorf("lang %q, want a Russian framing:\n%s", a.Lang, a.Text)
			}
			if a.NoSources || len(a.Citations) == 0 {
				t.Fatalf("refused:\n%s", a.Text)
			}
			if !slices.Contains(tc.first, a.Citations[0].ArticleID) {
				t.Errorf("first cited %s, want one of %v:\n%s", a.Citations[0].ArticleID, tc.first, a.Text)
			}
			if !strings.Contains(a.Text, tc.quote) {
				t.Errorf("no quote has %q:\n%s", tc.quote, a.Text)
			}
			if !strings.Contains(a.Text, prompts.T("ru", "extractive.original_language")) {
				t.Errorf("no original-language note:\n%s", a.Text)
			}
		})
	}
}
