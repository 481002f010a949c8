package answer_test

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/corpus"
	"github.com/detente/detente/ingest"
	"github.com/detente/detente/internal/fakeopenai"
	"github.com/detente/detente/llm"
	"github.com/detente/detente/prompts"
	"github.com/detente/detente/retrieval"
	"github.com/detente/detente/store"
)

// seededEngine is the real stack over the shipped seeds: SQLite store in a
// temp dir, the built-in local embedder, the hybrid engine.
func seededEngine(t *testing.T) (*retrieval.Engine, *store.Store) {
	t.Helper()
	eng, st := emptyEngine(t)
	if n, err := ingest.New(st, eng, corpus.NewFetcher(corpus.FetchOptions{})).SeedIfEmpty(context.Background()); err != nil || n == 0 {
		t.Fatalf("seeding: %d articles, %v", n, err)
	}
	return eng, st
}

// emptyEngine is the real stack with no article: SQLite store in a temp
// dir, the built-in local embedder, the hybrid engine.
func emptyEngine(t *testing.T) (*retrieval.Engine, *store.Store) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "detente.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	eng, err := retrieval.Open(ctx, st, retrieval.NewLocalEmbedder(0))
	if err != nil {
		t.Fatal(err)
	}
	return eng, st
}

// ingestFiles adds the article files matching glob (under testdata/) to
// the engine's store, as an admin's /add of each file would.
func ingestFiles(t *testing.T, eng *retrieval.Engine, st *store.Store, glob string) {
	t.Helper()
	ctx := context.Background()
	ing := ingest.New(st, eng, corpus.NewFetcher(corpus.FetchOptions{}))
	files, err := filepath.Glob(glob)
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in %s: %v", glob, err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ing.AddPath(ctx, f, data); err != nil {
			t.Fatalf("ingest %s: %v", f, err)
		}
	}
}

// Over the real seeds, with no model: questions in either language,
// with or without diacritics, get an extractive answer citing the article
// that holds the answer, framed in the question's language.
func TestEndToEndSeedsExtractive(t *testing.T) {
	eng, _ := seededEngine(t)
	svc := answer.New(eng, answer.Options{})
	tests := []struct {
		name      string
		q         string
		lang      string
		article   string // an article that must be cited
		mustQuote string
	}{
		{"vietnamese without diacritics", "Wendy Sherman danh gia gi sau cuoc gap o Geneva?", "vi", "000_3b258cd7da7f345e", "Sherman"},
		{"vietnamese with diacritics", "Lavrov nói gì về đối thoại ổn định chiến lược?", "vi", "000_3b258cd7da7f345e", "ổn định chiến lược"},
		{"english", "Where will the next round of Russia-US talks be held?", "en", "003_4d866f40c053a075", "Istanbul"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var streamed strings.Builder
			a, err := svc.Ask(context.Background(), answer.Request{Question: tt.q}, func(d string) { streamed.WriteString(d) })
			if err != nil {
				t.Fatal(err)
			}
			if a.NoSources || !a.Extractive || a.Lang != tt.lang {
				t.Fatalf("answer %+v", a)
			}
			if !strings.HasPrefix(a.Text, prompts.T(tt.lang, "extractive.intro")) || streamed.String() != a.Text {
				t.Errorf("text %q not framed in %s or not streamed", a.Text, tt.lang)
			}
			cited := false
			for _, c := range a.Citations {
				cited = cited || c.ArticleID == tt.article
			}
			if !cited || !strings.Contains(a.Text, tt.mustQuote) {
				t.Errorf("answer does not cite %s quoting %q:\n%s\ncitations %+v", tt.article, tt.mustQuote, a.Text, a.Citations)
			}
		})
	}
}

// With a model on the fake server: the real prompt carries real seed
// passages, and the verified answer keeps only markers that exist.
func TestEndToEndSeedsWithModel(t *testing.T) {
	eng, _ := seededEngine(t)
	srv := fakeopenai.New(t)
	srv.Respond(func(r fakeopenai.ChatRequest) fakeopenai.Reply {
		if !r.Stream {
			return fakeopenai.Text("Sherman Geneva security talks")
		}
		return fakeopenai.Text("Bà Sherman đánh giá hai bên hiểu nhau hơn [1]. ", "Một nguồn không có [99].")
	})
	svc := answer.New(eng, answer.Options{Model: answer.ModelOptions{Chat: llm.New(llm.Options{APIKey: "k", BaseURL: srv.URL(), Timeout: 5 * time.Second}, slog.New(slog.DiscardHandler))}})
	a, err := svc.Ask(context.Background(), answer.Request{Question: "Sherman đánh giá gì sau hội đàm Geneva?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.Extractive || a.Text != "Bà Sherman đánh giá hai bên hiểu nhau hơn [1]. Một nguồn không có." {
		t.Fatalf("answer %q (extractive %v)", a.Text, a.Extractive)
	}
	if len(a.Citations) != 1 || a.Citations[0].N != 1 || len(a.Sources) == 0 {
		t.Errorf("citations %+v", a.Citations)
	}
	var user string
	for _, r := range srv.ChatRequests() {
		if r.Stream {
			user = r.LastUser()
		}
	}
	if !strings.Contains(user, a.Sources[0].Passage) || !strings.Contains(user, a.Sources[0].Title) {
		t.Errorf("the prompt does not carry source 1's passage and title")
	}
}

// The questions a user tried on the shipped seeds: each article is one
// source, no sentence is quoted twice, quotes are numbered from [1] in
// order, broad questions quote several articles, and the reply to an
// uncovered question shows no unknown dates.
func TestEndToEndSeedsAnswerShape(t *testing.T) {
	eng, st := seededEngine(t)
	coverage := func(ctx context.Context) (answer.Coverage, error) {
		stats, err := st.CorpusStats(ctx)
		if err != nil {
			return answer.Coverage{}, err
		}
		recent, err := st.Articles(ctx, 0, 20)
		if err != nil {
			return answer.Coverage{}, err
		}
		cov := answer.Coverage{Articles: stats.Articles, From: stats.Oldest, To: stats.Newest}
		for _, a := range recent {
			cov.Topics = append(cov.Topics, a.Title)
		}
		return cov, nil
	}
	svc := answer.New(eng, answer.Options{Coverage: coverage})
	tests := []struct {
		q           string
		lang        string
		minArticles int    // articles quoted at least
		mustQuote   string // a quote contains this
		firstLang   string // the first quote is in this language
	}{
		{"Quan hệ Nga – Mỹ hiện nay ra sao?", "vi", 1, "quan hệ", "vi"},
		{"quan he nga my the nao", "vi", 2, "quan hệ", "vi"},
		{"doi thoai on dinh chien luoc", "vi", 1, "ổn định chiến lược", "vi"},
		{"What did Lavrov say about strategic stability talks?", "en", 1, "Lavrov", ""},
		{"What is the state of US-Russia relations?", "en", 2, "", "en"},
		{"Where will the next round of Russia-US talks be held?", "en", 1, "Istanbul", "en"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a, err := svc.Ask(context.Background(), answer.Request{Question: tt.q}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.NoSources || a.Lang != tt.lang {
				t.Fatalf("answer %+v", a)
			}
			ids, titles := map[string]bool{}, map[string]bool{}
			for i, s := range a.Sources {
				if s.N != i+1 || ids[s.ArticleID] || titles[s.Title] {
					t.Errorf("source %d: [%d] %s %q repeats an article or a title, or is misnumbered", i, s.N, s.ArticleID, s.Title)
				}
				ids[s.ArticleID], titles[s.Title] = true, true
			}
			var quotes []string
			next := 1
			for _, line := range strings.Split(a.Text, "\n") {
				q, ok := strings.CutPrefix(line, "• ")
				if !ok {
					continue
				}
				i := strings.LastIndex(q, " [")
				n, _ := strconv.Atoi(strings.TrimSuffix(q[i+2:], "]"))
				if n > next || n < 1 {
					t.Errorf("[%d] quoted before [%d]:\n%s", n, next, a.Text)
				}
				if n == next {
					next++
				}
				quote := corpus.Fold(q[:i])
				for _, prev := range quotes {
					if strings.Contains(prev, quote) || strings.Contains(quote, prev) {
						t.Errorf("sentence quoted twice:\n%s", a.Text)
					}
				}
				quotes = append(quotes, quote)
			}
			if len(quotes) == 0 || len(quotes) > 5 {
				t.Fatalf("%d quotes:\n%s", len(quotes), a.Text)
			}
			if len(a.Citations) != next-1 || len(a.Citations) < tt.minArticles {
				t.Errorf("%d articles cited (numbers up to %d), want at least %d:\n%s", len(a.Citations), next-1, tt.minArticles, a.Text)
			}
			if !strings.Contains(corpus.Fold(a.Text), corpus.Fold(tt.mustQuote)) {
				t.Errorf("no quote has %q:\n%s", tt.mustQuote, a.Text)
			}
			first := strings.TrimPrefix(strings.Split(a.Text, "\n")[2], "• ")
			if tt.firstLang != "" && corpus.DetectLang(first) != tt.firstLang {
				t.Errorf("first quote %q is not in %s", first, tt.firstLang)
			}
		})
	}

	t.Run("not covered", func(t *testing.T) {
		a, err := svc.Ask(context.Background(), answer.Request{Question: "công thức nấu phở bò?"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !a.NoSources || strings.Contains(a.Text, "0001") || !strings.Contains(a.Text, "5 bài viết") {
			t.Errorf("reply %q", a.Text)
		}
		topics := a.Text[strings.Index(a.Text, prompts.T("vi", "no_sources.topics", "")[:10]):]
		if n := strings.Count(topics, ";") + 1; n > 5 {
			t.Errorf("%d topics listed: %q", n, topics)
		}
	})
}
