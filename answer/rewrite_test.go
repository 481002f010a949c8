package answer

import (
	"strings"
	"testing"
)

func TestRewriteOffline(t *testing.T) {
	lavrov := []Turn{{Question: "What did Lavrov say about strategic stability?", Answer: "• He said so. [1]"}}
	tests := []struct {
		name, q, lang string
		history       []Turn
		want          string
	}{
		{"pronoun pulls in the topic", "What did they agree?", "en", lavrov, "What did they agree? Lavrov strategic stability"},
		{"short question adds, not swaps, a name", "And Geneva?", "en", lavrov, "And Geneva? Lavrov strategic stability"},
		{"self-contained question untouched", "When did Biden and Putin meet in Geneva?", "en", lavrov, "When did Biden and Putin meet in Geneva?"},
		{"new names make its own question", "What did Rubio tell Witkoff?", "en", lavrov, "What did Rubio tell Witkoff?"},
		{"vietnamese pronoun", "Họ đã thỏa thuận những gì?", "vi", []Turn{{Question: "Ngoại trưởng Lavrov nói gì về ổn định chiến lược?", Answer: "• x [1]"}}, "Họ đã thỏa thuận những gì? Ngoại trưởng Lavrov ổn định chiến lược"},
		{"vietnamese without diacritics", "ho noi gi", "vi", []Turn{{Question: "hoi dam geneva", Answer: "• x [1]"}}, "ho noi gi hoi dam geneva"},
		{"chain of short follow-ups", "Why?", "en", []Turn{{Question: "Sherman on Geneva talks", Answer: "[1]"}, {Question: "And Ryabkov?", Answer: "[1]"}}, "Why? Ryabkov Sherman Geneva talks"},
		{"no history words to add", "What did they say?", "en", []Turn{{Question: "what?", Answer: "[1]"}}, "What did they say?"},
		{"counterpart side replaces", "And the American one?", "en", []Turn{{Question: "Who leads the Russian delegation in Istanbul?", Answer: "• Darchiev. [1]"}}, "Who leads the American delegation in Istanbul?"},
		{"counterpart side, vietnamese", "Còn phía Mỹ thì sao?", "vi", []Turn{{Question: "Ai dẫn đầu phái đoàn Nga tại Istanbul?", Answer: "[1]"}}, "Ai dẫn đầu phái đoàn Mỹ tại Istanbul?"},
		{"counterpart side, russian case forms", "А американскую?", "ru", []Turn{{Question: "Кто возглавляет российскую делегацию в Стамбуле?", Answer: "[1]"}}, "Кто возглавляет американскую делегацию в Стамбуле?"},
		{"english my is not Mỹ", "And my question?", "en", []Turn{{Question: "Who leads the Russian delegation?", Answer: "[1]"}}, "And my question? Russian"},
		{"why asks the previous topic", "Why?", "en", []Turn{{Question: "Did the US expel Russian diplomats?", Answer: "• Yes. [1]"}}, "Why? US expel Russian diplomats"},
		{"after a refusal the follow-up is its own question", "Istanbul delegation", "en", []Turn{{Question: "Who won the 2024 chess final?", Answer: "The articles in the corpus don't cover this question."}}, "Istanbul delegation"},
		{"russian pronoun pulls in the topic", "Что он сказал о визах?", "ru", []Turn{{Question: "Когда Демидов приступил к работе послом?", Answer: "• В октябре. [1]"}},
			"Что он сказал о визах? Демидов приступил работе послом"},
		{"a name an answer gave continues the story", "What did Karen Liu say?", "en", []Turn{{Question: "Who led the American delegation in Geneva?", Answer: "• Karen Liu led the American delegation. [1]"}},
			"What did Karen Liu say? American Geneva"},
		{"a side written as an acronym pins the story", "How did the Russian ambassador react?", "en", []Turn{{Question: "How many tankers did the US sanction over Russian oil?", Answer: "• 22 tankers. [1]"}},
			"How did the Russian ambassador react? US"},
		{"a refusal further back does not block a later topic", "And the American one?", "en", []Turn{
			{Question: "Who won the chess final?", Answer: "No sources."},
			{Question: "Who leads the Russian delegation?", Answer: "• Darchiev [1]"}}, "Who leads the American delegation?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := rewriteOffline(tt.q, tt.lang, tt.history); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// A personal pronoun's sentences are chosen by whom it stands for: a
// person named earlier in the story, or the one the previous answer gave
// to a question asking who.
func TestRewriteOfflineFocusKeepsAntecedent(t *testing.T) {
	tests := []struct {
		name, q, lang string
		history       []Turn
		want          string
	}{
		{"answer to who", "За что его осудили?", "ru", []Turn{{Question: "Кого Россия передала США?",
			Answer: "Из источников:\n\n• Россия передала учителя Джеймса Картера, осуждённого за контрабанду. [1]"}}, "Картера"},
		{"named two questions back", "What does he think of the new envoy?", "en", []Turn{
			{Question: "When did Alexei Demidov take up his post in Washington?", Answer: "• In October. [1]"},
			{Question: "How many visas did the embassy issue last year?", Answer: "• About 9,000. [1]"}}, "Demidov"},
		{"vietnamese", "Ông ấy nói gì về thị thực?", "vi", []Turn{{Question: "Ai là đại sứ Nga tại Mỹ?",
			Answer: "• Đại sứ Nga Alexei Demidov nhậm chức tháng 10. [1]"}}, "Demidov"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, focus := rewriteOffline(tt.q, tt.lang, tt.history); !strings.Contains(focus, tt.want) {
				t.Errorf("focus %q lacks %q", focus, tt.want)
			}
		})
	}
}

func TestQuotedSentencesAndRepeats(t *testing.T) {
	prev := "From the sources:\n\n• A said x. [1]\n• B said y. [2]"
	got := quotedSentences(prev)
	if len(got) != 2 || got[0] != "A said x." || got[1] != "B said y." {
		t.Fatalf("quotedSentences = %q", got)
	}
	if !allQuotedBefore([]string{"B said y."}, got) {
		t.Error("a subset of the previous quotes is a repeat")
	}
	if allQuotedBefore([]string{"B said y.", "C said z."}, got) || allQuotedBefore(nil, got) {
		t.Error("an answer with a new quote (or none) is not a repeat")
	}
}

func TestReadsAsFollowUp(t *testing.T) {
	prev := []Turn{{Question: "Who leads the Russian delegation in Istanbul?", Answer: "• Darchiev. [1]"}}
	tests := []struct {
		q    string
		hist []Turn
		want bool
	}{
		{"And the American one?", prev, true},
		{"What is on the agenda?", prev, true},
		{"Why?", prev, true},
		{"Họ đã thỏa thuận gì?", []Turn{{Question: "Lavrov gặp Rubio ở Riyadh", Answer: "• x [1]"}}, true},
		{"What sanctions did the EU adopt against Gazprom?", prev, false},
		{"When did Biden and Putin meet in Geneva?", prev, false},
		{"And the American one?", nil, false},
		{"Istanbul delegation", []Turn{{Question: "Who won the chess final?", Answer: "The articles don't cover this."}}, false},
	}
	for _, tt := range tests {
		if got := ReadsAsFollowUp(tt.q, tt.hist); got != tt.want {
			t.Errorf("ReadsAsFollowUp(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// When the passages hold nothing the previous answer did not quote, the
// follow-up gets the one quote that answers it, said to come from the
// previous answer, or, if that quote was the whole previous answer, a note
// that the sources say nothing more: never the same answer again.
func TestExtractiveTurnNeverRepeats(t *testing.T) {
	s := &Service{}
	src := []Citation{{N: 1, ArticleID: "a", Lang: "en",
		Passage: "The US sanctioned 22 tankers and 14 shipping companies on Friday. The tankers carried more than 40 million barrels of Russian oil."}}
	two := "From the sources in the corpus:\n\n• The US sanctioned 22 tankers and 14 shipping companies on Friday. [1]\n• The tankers carried more than 40 million barrels of Russian oil. [1]"
	got := s.extractiveTurn("From the sources in the corpus:", "And how many shipping companies?", "en", "en", src, nil, nil,
		[]Turn{{Question: "How many tankers did the US sanction?", Answer: two}})
	if !strings.HasPrefix(got.text, "As my previous answer quoted:") || strings.Count(got.text, "• ") != 1 ||
		!strings.Contains(got.text, "14 shipping companies") || len(got.citations) != 1 {
		t.Errorf("want the one answering quote, marked as quoted before:\n%s", got.text)
	}
	_, bullet, _ := strings.Cut(got.text, "• ")
	one := "From the sources in the corpus:\n\n• " + bullet
	again := s.extractiveTurn("From the sources in the corpus:", "And how many shipping companies?", "en", "en",
		[]Citation{{N: 1, ArticleID: "a", Lang: "en", Passage: "The US sanctioned 22 tankers and 14 shipping companies on Friday."}}, nil, nil,
		[]Turn{{Question: "And how many shipping companies?", Answer: one}})
	if again.text != "The sources say nothing more on this than my previous answer." || len(again.citations) != 0 {
		t.Errorf("want the nothing-more note, got:\n%s", again.text)
	}
}
