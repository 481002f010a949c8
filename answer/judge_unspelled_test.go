package answer

import (
	"strings"
	"testing"
	"time"

	"github.com/detente/detente/retrieval"
)

// unspelledStories are one story told in English, and reports of it in
// English and Russian that leave the keepers out. None of "маяк"
// (lighthouse), "буёк" (buoy) or "смотритель" (keeper) has a row in the
// lexicon (checked below), so an English report cannot be searched for
// them.
var unspelledStories = map[string]Citation{
	"en": {Title: "Russia and US to restore Bering Strait lighthouses", Lang: "en", Published: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC),
		Passage: "Russia and the United States agreed on Monday to restore six lighthouses and forty buoys in the Bering Strait. " +
			"The two coast guards pledged to finish the repairs by 2028 and to hire keepers for every lighthouse."},
	"en-no-keepers": {Title: "Russia and US to restore Bering Strait lighthouses", Lang: "en", Published: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC),
		Passage: "Russia and the United States agreed on Monday to restore six lighthouses and forty buoys in the Bering Strait. " +
			"The coast guards will finish the repairs by 2028."},
	"ru-no-keepers": {Title: "Россия и США восстановят маяки в Беринговом проливе", Lang: "ru", Published: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC),
		Passage: "Россия и США договорились в понедельник восстановить шесть маяков и сорок буйков в Беринговом проливе. " +
			"Стороны обязались завершить ремонт к 2028 году."},
}

// keepersRare counts every word in most of a corpus's chunks but the
// keepers, in one.
func keepersRare(terms []string) (retrieval.DocFreqs, bool) {
	out := retrieval.DocFreqs{Chunks: 100, DF: map[string]int{}}
	for _, t := range terms {
		out.DF[t] = 80
		if strings.Contains(t, "смотрител") || strings.Contains(t, "keeper") {
			out.DF[t] = 1
		}
	}
	return out, true
}

// TestJudgeUnspelledContent: a question word no row of the lexicon
// translates cannot be looked for in a report in another language, so
// it does not count as missing there, and the question is not refused
// on the words the report paraphrases alone ("pledged" for
// "обязались"). The same story told in the question's language without
// that word is the near miss: the English report then gets no benefit of
// the doubt, and the question is refused from both reports.
func TestJudgeUnspelledContent(t *testing.T) {
	for _, w := range []string{"маяк", "маякам", "буйки", "смотритель", "смотрителей"} {
		if len(retrieval.Expand(w)) > 0 {
			t.Fatalf("the lexicon translates %q: the test needs a word it does not", w)
		}
	}
	tests := []struct {
		name, q, lang string
		articles      []string
		answerable    bool
	}{
		{"ru question, en report, unspelled words held", "Что стороны обязались сделать с маяками, буйками и смотрителями в Беринговом проливе?", "ru", []string{"en"}, true},
		// No name the report spells vouches that it is the question's
		// story: words taken on trust alone answer nothing.
		{"ru question with no name, en report", "Что стороны обязались сделать с маяками, буйками и смотрителями?", "ru", []string{"en"}, false},
		// The corpus's counts make the keepers what the question pins
		// down: the Russian report without them is the near miss.
		{"ru near miss, en report alone: unverifiable, answered", "Что стороны обязались сделать со смотрителями маяков в Беринговом проливе?", "ru", []string{"en-no-keepers"}, true},
		{"ru near miss told in russian without the keepers", "Что стороны обязались сделать со смотрителями маяков в Беринговом проливе?", "ru", []string{"ru-no-keepers", "en-no-keepers"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var srcs []Citation
			for _, a := range tt.articles {
				srcs = append(srcs, unspelledStories[a])
			}
			v := judgeRare(keepersRare, tt.q, tt.lang, srcs)
			if v.Answerable != tt.answerable {
				t.Fatalf("answerable = %v (%s), want %v", v.Answerable, v.Reason(), tt.answerable)
			}
			if !tt.answerable && !strings.Contains(v.Reason(), "content") {
				t.Errorf("reason %q is not the content", v.Reason())
			}
		})
	}
}
