package retrieval

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/detente/detente/corpus"
)

// timeEngine is an engine over testdata/time: the same kinds of event
// (a prisoner swap, embassy consultations, bank sanctions) told once in
// 2023 and once in 2025, in en, ru and vi, with an off-topic article that
// is the newest in the corpus and an undated one.
func timeEngine(t testing.TB) *Engine {
	t.Helper()
	st, _ := openStore(t)
	e, err := Open(context.Background(), st, NewLocalEmbedder(0))
	if err != nil {
		t.Fatal(err)
	}
	paths, err := filepath.Glob("testdata/time/*.md")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test articles: %v", err)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := corpus.Parse(p, data)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		ingest(t, st, e, a)
	}
	return e
}

// TestTimeCuePicksTheArticleOfThatTime: "latest" finds the 2025 event and
// "in 2023" the 2023 one, in each language. Without the preference five of
// these pick the other year (the two reports of an event are close), and
// "latest" picks an undated piece.
func TestTimeCuePicksTheArticleOfThatTime(t *testing.T) {
	t.Parallel()
	e := timeEngine(t)
	tests := []struct{ q, want string }{
		{"What was the latest prisoner exchange between Russia and the US?", "t-swap-2025-en"},
		{"Who was freed in the 2023 prisoner exchange between Russia and the US?", "t-swap-2023-en"},
		{"Which prisoners did Russia and the US swap recently?", "t-swap-2025-en"},
		{"Какие последние консультации по работе посольств провели Россия и США?", "t-embassy-2025-ru"},
		{"О чём договорились Россия и США на консультациях по посольствам в 2023 году?", "t-embassy-2023-ru"},
		{"Lệnh trừng phạt mới nhất của Mỹ đối với ngân hàng Nga là gì?", "t-sanctions-2025-vi"},
		{"Mỹ trừng phạt ngân hàng Nga năm 2023 như thế nào?", "t-sanctions-2023-vi"},
		{"my trung phat ngan hang nga gan day", "t-sanctions-2025-vi"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			hits, err := e.Search(context.Background(), Query{Text: tt.q, K: 5})
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) == 0 || hits[0].ArticleID != tt.want {
				t.Errorf("top hit %v, want %s", articleIDs(hits), tt.want)
			}
		})
	}
}

func articleIDs(hits []Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.ArticleID+"@"+h.Published.Format("2006-01-02"))
	}
	return out
}

func TestTimeBoostFactor(t *testing.T) {
	t.Parallel()
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	ref := day(2025, 12, 1)
	recent := &timeBoost{recent: true, ref: ref}
	if a, b := recent.factor(ref, 1), recent.factor(ref.AddDate(0, 0, -30), 1); a != 1+recencyWeight || b >= a || b <= 1 {
		t.Errorf("recency: newest %v, a month older %v; want 1.5 and a little less", a, b)
	}
	if a := recent.factor(ref, 0); a != 1 {
		t.Errorf("recency of a passage covering nothing of the question: %v, want 1", a)
	}
	if f := recent.factor(time.Time{}, 1); f != 1 {
		t.Errorf("undated passage: %v, want 1 (neither preferred nor punished)", f)
	}
	w, _ := corpus.TimeCue{Year: 2025}.Window(time.Time{})
	year := &timeBoost{window: &w}
	if in, out := year.factor(day(2025, 6, 1), 1), year.factor(day(2026, 1, 1), 1); in != 1+windowWeight || out != 1 {
		t.Errorf("year window: inside %v, outside %v; want %v and 1", in, out, 1+windowWeight)
	}
	if half := year.factor(day(2025, 6, 1), 0.5); half != 1+windowWeight/2 {
		t.Errorf("year window, half the question covered: %v, want %v", half, 1+windowWeight/2)
	}
}

// BenchmarkSearchTimeCue compares a question with a time cue (one more
// indexed query, a pool twice as deep) with the same question without.
func BenchmarkSearchTimeCue(b *testing.B) {
	e := timeEngine(b)
	for _, q := range []string{"Which prisoners did Russia and the US swap?", "Which prisoners did Russia and the US swap recently?"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				if _, err := e.Search(context.Background(), Query{Text: q}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
