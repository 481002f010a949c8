package answer

import (
	"slices"
	"testing"

	"github.com/detente/detente/retrieval"
)

// fakeRarity answers document frequencies from a table, counting lookups.
type fakeRarity struct {
	chunks int
	df     map[string]int
	fail   bool
	calls  int
}

func (f *fakeRarity) lookup(terms []string) (retrieval.DocFreqs, bool) {
	f.calls++
	out := retrieval.DocFreqs{Chunks: f.chunks, DF: map[string]int{}}
	for _, t := range terms {
		if n, ok := f.df[t]; ok {
			out.DF[t] = n
		}
	}
	return out, !f.fail
}

// TestJudgeRarity: a passage holding a question's common words (in most
// of the corpus's chunks) but not its rare one does not cover the
// question once the corpus's counts are known; one holding the rare word
// does. Without counts (nil, a failed lookup, a corpus too small to
// count) the judge is as it was, and the counts take one lookup.
func TestJudgeRarity(t *testing.T) {
	q := "What did the diplomats and negotiators say on tariffs in the embassy talks?"
	talks := Citation{Lang: "en", Title: "Diplomats meet at the embassy",
		Passage: "Diplomats from both embassies met for talks and negotiators exchanged lists of staff."}
	tariffs := Citation{Lang: "en", Title: "Tariffs on steel",
		Passage: "The negotiators said tariffs on steel would stay, diplomats at the embassy said after the talks."}
	common := map[string]int{"diplomats": 80, "embassy": 70, "negotiators": 60, "tariffs": 1, "talks": 90}
	if v := judge(q, "en", []Citation{talks}); !v.Answerable {
		t.Fatalf("without counts the common words cover the question (as before): %s", v.Reason())
	}
	stats := &fakeRarity{chunks: 100, df: common}
	if v := judgeRare(stats.lookup, q, "en", []Citation{talks}); v.Answerable || !slices.Contains(v.Missing, "tariff") {
		t.Errorf("with counts, the passage without %q answers: %s (missing %v)", "tariffs", v.Reason(), v.Missing)
	}
	if stats.calls != 1 {
		t.Errorf("%d lookups for one question, want 1", stats.calls)
	}
	if v := judgeRare(stats.lookup, q, "en", []Citation{tariffs}); !v.Answerable {
		t.Errorf("with counts, the passage with %q is refused: %s", "tariffs", v.Reason())
	}
	for name, r := range map[string]rarity{
		"nil":        nil,
		"failed":     (&fakeRarity{chunks: 100, df: common, fail: true}).lookup,
		"too small":  (&fakeRarity{chunks: minRarityChunks - 1, df: common}).lookup,
		"all absent": (&fakeRarity{chunks: 100}).lookup,
	} {
		if v := judgeRare(r, q, "en", []Citation{talks}); !v.Answerable {
			t.Errorf("%s counts: refused (%s), want the judge without counts", name, v.Reason())
		}
	}
}

// TestRarityWeight: a word in at most topicShare of the chunks weighs 1,
// a more common one less, down to almost nothing in every chunk.
func TestRarityWeight(t *testing.T) {
	prev := 2.0
	for _, df := range []int{0, 1, 5, 10, 30, 60, 100} {
		w := rarityWeight(df, 100)
		if w > prev || w <= 0 || w > 1 {
			t.Errorf("rarityWeight(%d, 100) = %.3f after %.3f: want it in (0, 1], falling", df, w, prev)
		}
		prev = w
	}
	if w := rarityWeight(5, 100); w != 1 {
		t.Errorf("a word in %v of the chunks weighs %.3f, want 1", topicShare, w)
	}
	if w := rarityWeight(90, 100); w > 0.2 {
		t.Errorf("a word in 90%% of the chunks weighs %.3f, want at most 0.2", w)
	}
}

// TestQuestionWordsAreNotContent: the words that say what kind of answer
// is wanted ("how many", "кого") are never content an article must
// hold, whatever form the judge compares them in.
func TestQuestionWordsAreNotContent(t *testing.T) {
	for _, tt := range []struct{ q, lang, word string }{
		{"Кого Россия направила на переговоры о пошлинах?", "ru", "ког"},
		{"How many diplomats discussed tariffs at the embassy?", "en", "mani"},
	} {
		src := Citation{Lang: tt.lang, Title: "Other", Passage: "Nothing of the kind here at all."}
		if v := judge(tt.q, tt.lang, []Citation{src}); slices.Contains(v.Missing, tt.word) {
			t.Errorf("judge(%q): %q is missing content (%v)", tt.q, tt.word, v.Missing)
		}
	}
}
