package answer

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/detente/detente/retrieval"
)

// rankedSearcher answers every query with the same ranking, cut at the
// query's K, as a search whose words do not tell two events apart would.
type rankedSearcher []retrieval.Hit

func (r rankedSearcher) Search(_ context.Context, q retrieval.Query) ([]retrieval.Hit, error) {
	return slices.Clone(r[:min(len(r), q.K)]), nil
}

// An ask naming its month and year ("in October 2025 and in May 2026")
// must bring the report published then, though an undated report and one
// of another year on the same kind of talks rank above it: the judge
// looks for the asked month in the sources, and without that report it
// refuses a question the corpus answers.
func TestAskHitsPrefersTheAsksTime(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	hit := func(id string, story int64, pub time.Time) retrieval.Hit {
		return retrieval.Hit{ArticleID: id, Story: story, Published: pub, Relevant: true, Text: "Delegations met for consultations."}
	}
	ranked := rankedSearcher{
		hit("background-undated", 1, time.Time{}),
		hit("lisbon-2024", 2, day(2024, 10, 9)),
		hit("tallinn-2026-05", 3, day(2026, 5, 12)),
		hit("oslo-2025-10", 4, day(2025, 10, 21)),
		hit("other-2023", 5, day(2023, 3, 2)),
	}
	s := New(ranked, Options{})
	q := "Where did the Russian and American delegations meet in October 2025 and in May 2026?"
	whole, _ := ranked.Search(context.Background(), retrieval.Query{K: 3})
	got := s.askHits(context.Background(), q, "en", 3, whole)
	var ids []string
	for _, h := range got {
		ids = append(ids, h.ArticleID)
	}
	if len(ids) < 2 || ids[0] != "oslo-2025-10" || !slices.Contains(ids, "tallinn-2026-05") {
		t.Errorf("sources %s: want the October 2025 report first and the May 2026 one among them", strings.Join(ids, ", "))
	}
	// The asks' top report stays: a report published after its event is
	// still the ask's.
	if !slices.Contains(ids, "background-undated") {
		t.Errorf("sources %s: the top report of the asks was dropped", strings.Join(ids, ", "))
	}
}

// The second ask of "… in Lisbon in May 2026 and in Tbilisi a month
// later" shares all its words but its place with the first, and a report
// on something else may rank above the Tbilisi one: each ask must bring
// the report the judge accepts for it, not its first relevant hit.
func TestAskHitsBringsTheReportThatMeetsTheAsk(t *testing.T) {
	hit := func(id string, story int64, pub time.Time, text string) retrieval.Hit {
		return retrieval.Hit{ArticleID: id, Story: story, Published: pub, Relevant: true, Lang: "en", Text: text}
	}
	ranked := rankedSearcher{
		hit("lisbon", 1, time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC),
			"LISBON - Russian and American negotiators agreed on Wednesday to resume joint inspections of fishing fleets in the Bering Sea."),
		hit("astana", 2, time.Date(2026, 6, 2, 0, 0, 0, 0, time.UTC),
			"ASTANA - Russia and the United States exchanged two prisoners each on Tuesday, a month later than planned, negotiators said."),
		hit("tbilisi", 3, time.Date(2026, 6, 17, 0, 0, 0, 0, time.UTC),
			"TBILISI - Russian and American negotiators agreed on Tuesday to reopen the consular section of the Russian embassy in Washington."),
	}
	s := New(ranked, Options{})
	q := "What did Russian and American negotiators agree on in Lisbon in May 2026 and in Tbilisi a month later?"
	whole, _ := ranked.Search(context.Background(), retrieval.Query{K: 2})
	got := s.askHits(context.Background(), q, "en", 3, whole)
	var ids []string
	for _, h := range got {
		ids = append(ids, h.ArticleID)
	}
	if !slices.Contains(ids, "tbilisi") {
		t.Errorf("sources %s: the Tbilisi report is missing", strings.Join(ids, ", "))
	}
	if v := judge(q, "en", numberSources(got)); !v.Answerable {
		t.Errorf("refused over %s: %s", strings.Join(ids, ", "), v.Reason())
	}
}
