package answer

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/detente/detente/retrieval"
)

// passageSearcher finds only the first passage of its one article, as
// retrieval does when the question's words match the passage that
// repeats the story's names, and reads the article whole on request
// (retrieval.Engine.ArticlePassages).
type passageSearcher struct{ passages []retrieval.Hit }

func (p passageSearcher) Search(_ context.Context, q retrieval.Query) ([]retrieval.Hit, error) {
	return p.passages[:1], nil
}

func (p passageSearcher) ArticlePassages(_ context.Context, ids []string, per int) ([]retrieval.Hit, error) {
	return p.passages[:min(per, len(p.passages))], nil
}

// TestAskReadsForeignReportForItsCount: "how many" asked in Russian of
// an English report whose count sits in a later passage retrieval did
// not keep (across languages only the lexicon's words and the names are
// shared). Only the count is unmet in the passage kept, so the report is
// read whole and the question answered from its count. A question the
// passage kept already fails for another reason (another sea) is not
// read further.
func TestAskReadsForeignReportForItsCount(t *testing.T) {
	pub := time.Date(2026, 8, 21, 0, 0, 0, 0, time.UTC)
	hit := func(seq int, lang, text string) retrieval.Hit {
		return retrieval.Hit{ChunkID: int64(seq + 1), ArticleID: "drill-" + lang, Seq: seq, Title: "Oil spill drill in the Bering Strait", Lang: lang, Published: pub, Text: text, Relevant: true}
	}
	en := []retrieval.Hit{
		hit(0, "en", "NOME, Alaska - U.S. and Russian coast guard crews finished an oil spill drill in the Bering Strait on Friday, officials in Anchorage said. \"A spill in the Bering Strait would not stop at the boundary,\" Captain Dana Whitlock said."),
		hit(1, "en", "The organisers also trained 23 volunteers from the village of Kivalina to lay booms on the beach."),
	}
	svc := New(passageSearcher{en}, Options{})
	ask := func(q string) Answer {
		a, err := svc.Ask(context.Background(), Request{Question: q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	if a := ask("Сколько добровольцев обучили во время учений в Беринговом проливе?"); a.NoSources || !strings.Contains(a.Text, "23 volunteers") {
		t.Errorf("the count in the English report's later passage not answered:\n%s", a.Text)
	}
	if a := ask("Сколько добровольцев обучили во время учений в Баренцевом море?"); !a.NoSources {
		t.Errorf("another sea answered:\n%s", a.Text)
	}
}
