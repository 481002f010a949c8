package answer

import (
	"context"
	"io"
	"log/slog"
	"slices"
	"testing"

	"github.com/detente/detente/retrieval"
)

// Three reports of the same kind of event: a swap in 2023, one in 2025,
// and an undated piece on swaps in general that matches a question's
// words best.
var (
	swap2023 = retrieval.Hit{ChunkID: 11, ArticleID: "swap-2023", Title: "Russia and the United States swap prisoners in Vienna",
		Source: "Harbor Post", Lang: "en", Published: day("2023-04-18"), Relevant: true,
		Text: "Russia and the United States exchanged prisoners at Vienna airport on Tuesday, freeing two Americans and one Russian citizen. " +
			"The prisoner exchange followed months of quiet talks, officials said."}
	swap2025 = retrieval.Hit{ChunkID: 12, ArticleID: "swap-2025", Title: "US and Russia exchange prisoners at Istanbul airport",
		Source: "Harbor Post", Lang: "en", Published: day("2025-10-02"), Relevant: true,
		Text: "The United States and Russia exchanged prisoners in Istanbul on Thursday, in a deal brokered by Turkey that freed three Americans and two Russians."}
	swapUndated = retrieval.Hit{ChunkID: 13, ArticleID: "swap-undated", Title: "Families urge a new prisoner exchange with Russia",
		Source: "Harbor Post", Lang: "en", Relevant: true,
		Text: "Families of Americans detained in Russia urged the White House to pursue another prisoner exchange between Russia and the US after the last one."}
)

// TestAnswerQuotesTheTimeAsked: whatever order retrieval gives, an answer
// to "the latest" cites the newest report and one about 2023 the 2023
// report; a question without a time cue keeps every source.
func TestAnswerQuotesTheTimeAsked(t *testing.T) {
	t.Parallel()
	tests := []struct {
		q    string
		hits []retrieval.Hit
		want []string
	}{
		{"What was the latest prisoner exchange between Russia and the US?", []retrieval.Hit{swapUndated, swap2023, swap2025}, []string{"swap-2025"}},
		{"Who was freed in the 2023 prisoner exchange between Russia and the US?", []retrieval.Hit{swap2025, swapUndated, swap2023}, []string{"swap-2023"}},
		{"Nga và Mỹ trao đổi tù nhân gần đây nhất khi nào?", []retrieval.Hit{swap2023, swap2025}, []string{"swap-2025"}},
		{"Who was freed in the prisoner exchanges between Russia and the US?", []retrieval.Hit{swap2025, swapUndated, swap2023}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			svc := New(&fakeSearcher{hits: tt.hits}, Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
			a, err := svc.Ask(context.Background(), Request{Question: tt.q}, nil)
			if err != nil {
				t.Fatal(err)
			}
			var srcs []string
			for _, c := range a.Sources {
				srcs = append(srcs, c.ArticleID)
			}
			if tt.want == nil {
				if len(srcs) != len(tt.hits) {
					t.Errorf("no time cue, yet sources %v of %d hits", srcs, len(tt.hits))
				}
				return
			}
			if !slices.Equal(srcs, tt.want) || len(a.Citations) == 0 || a.Citations[0].N != 1 {
				t.Errorf("sources %v, citations %+v; want %v numbered from 1\n%s", srcs, a.Citations, tt.want, a.Text)
			}
		})
	}
}

func TestTimelyKeepsEverythingWhenNothingIsOfThatTime(t *testing.T) {
	t.Parallel()
	srcs := numberSources([]retrieval.Hit{swap2025, swapUndated})
	if quote, got := timely("Who was freed in the 2025 prisoner exchange?", srcs); len(got) != 1 || quote != "Who was freed in the prisoner exchange?" {
		t.Errorf("timely = %q, %d sources; want the question without its year, and the 2025 source", quote, len(got))
	}
	if _, got := timely("Who was freed in the 2019 prisoner exchange?", srcs); len(got) != 2 {
		t.Errorf("no source of 2019, yet %d of 2 kept: the judge, not this, refuses", len(got))
	}
	undated := numberSources([]retrieval.Hit{swapUndated})
	if _, got := timely("What is the latest exchange?", undated); len(got) != 1 {
		t.Errorf("only undated sources: %d of 1 kept", len(got))
	}
}

// TestTimelyKeepsTheReportTheJudgeAccepted: a year asked often dates a
// figure reported the year after ("trade in 2025", told in March 2026).
// The judge accepted that report and refused a report of 2025 on another
// matter; the time filter then kept only the 2025 report, and the
// answer quoted the refused article (its verdict read, by position, as
// the accepted one's). The time asked chooses among the reports the
// judge accepted, never one it refused.
func TestTimelyKeepsTheReportTheJudgeAccepted(t *testing.T) {
	t.Parallel()
	trade := retrieval.Hit{ChunkID: 21, ArticleID: "kenya-trade", Title: "Kenyan envoy: trade with Russia grew last year",
		Source: "Harbor Post", Lang: "en", Published: day("2026-03-03"), Relevant: true,
		Text: "Trade between Kenya and Russia reached $4.1 billion in 2025, up 12 percent on the year before, Kenya's ambassador in Moscow said."}
	visas := retrieval.Hit{ChunkID: 22, ArticleID: "russia-visas", Title: "Russian embassy issued more visas to Americans",
		Source: "Harbor Post", Lang: "en", Published: day("2025-12-20"), Relevant: true,
		Text: "Russia's embassy in Washington issued about 9,000 visas to Americans in 2025, twice as many as a year earlier, the ambassador said."}
	svc := New(&fakeSearcher{hits: []retrieval.Hit{trade, visas}}, Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	a, err := svc.Ask(context.Background(), Request{Question: "How much was trade between Russia and Kenya in 2025?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.NoSources || len(a.Citations) == 0 || a.Citations[0].ArticleID != "kenya-trade" {
		t.Errorf("cites %+v, want the Kenya trade report first\n%s", a.Citations, a.Text)
	}
	for _, c := range a.Citations {
		if c.ArticleID == "russia-visas" {
			t.Errorf("cites the visas report the judge refused\n%s", a.Text)
		}
	}
}
