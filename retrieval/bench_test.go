package retrieval

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/store"
)

// benchCorpus fills st with n chunks (articles of per chunks each) cut from
// the seed texts, embedded with emb, and adds them to e.
func benchCorpus(b *testing.B, st *store.Store, e *Engine, n, per int) {
	b.Helper()
	ctx := context.Background()
	texts := seedTexts(b, n, 900)
	emb := e.Embedder()
	r := rand.New(rand.NewPCG(7, 7))
	for a := 0; a*per < n; a++ {
		art := corpus.Article{ID: fmt.Sprintf("bench%05d", a), Title: fmt.Sprintf("Bench article %d", a), Lang: "en",
			Body: fmt.Sprintf("bench body %d", a)}
		if err := corpus.Finalize(&art); err != nil {
			b.Fatal(err)
		}
		chunks := make([]corpus.Chunk, 0, per)
		in := make([]string, 0, per)
		for c := 0; c < per && a*per+c < n; c++ {
			// Shuffle words a little so chunks are not exact repeats.
			ws := strings.Fields(texts[a*per+c])
			r.Shuffle(len(ws)/4, func(i, j int) { ws[i], ws[j] = ws[j], ws[i] })
			chunks = append(chunks, corpus.Chunk{ArticleID: art.ID, Seq: c, Header: art.Title, Text: strings.Join(ws, " ")})
			in = append(in, chunks[c].EmbedText())
		}
		vecs, err := emb.Embed(ctx, in)
		if err != nil {
			b.Fatal(err)
		}
		put, err := st.PutArticle(ctx, art, chunks, vecs, emb.Model())
		if err != nil {
			b.Fatal(err)
		}
		if err := e.Add(ctx, put.Chunks); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSearch compares a full hybrid search (expansion, query
// embedding, vector + BM25 legs, fusion, store read-back) with the bare
// chromem-go query it contains, at 10k chunks of seed-like text.
func BenchmarkSearch(b *testing.B) {
	ctx := context.Background()
	st, _ := openStore(b)
	e, err := Open(ctx, st, NewLocalEmbedder(0))
	if err != nil {
		b.Fatal(err)
	}
	benchCorpus(b, st, e, 10_000, 100)
	questions := []string{
		"Nga và Mỹ đàm phán ở Ả Rập Xê-út khi nào?",
		"What sanctions has Washington imposed on Russia?",
		"doi thoai an ninh mang giua nga va my",
		"Who leads the Russian delegation at the Istanbul talks?",
	}
	for _, mode := range []Mode{Hybrid, Vector, Keyword} {
		b.Run(mode.String(), func(b *testing.B) {
			i := 0
			for b.Loop() {
				if _, err := e.Search(ctx, Query{Text: questions[i%len(questions)], Mode: mode}); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
	// Reading on in the articles a search found (up to 8 passages
	// each, as the answer does for a "what did X say" question or
	// before refusing) costs one store read, against the deeper second
	// search it replaced.
	var found [][]string
	for _, q := range questions {
		hits, err := e.Search(ctx, Query{Text: q})
		if err != nil {
			b.Fatal(err)
		}
		var ids []string
		for _, h := range hits {
			if !slices.Contains(ids, h.ArticleID) {
				ids = append(ids, h.ArticleID)
			}
		}
		found = append(found, ids)
	}
	b.Run("article_passages", func(b *testing.B) {
		i := 0
		for b.Loop() {
			if _, err := e.ArticlePassages(ctx, found[i%len(found)], 8); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
	b.Run("deeper_search", func(b *testing.B) {
		i := 0
		for b.Loop() {
			if _, err := e.Search(ctx, Query{Text: questions[i%len(questions)], K: 8 * len(found[i%len(found)]), PerArticle: 8}); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
	b.Run("chromem_raw", func(b *testing.B) {
		vecs, err := e.Embedder().Embed(ctx, questions)
		if err != nil {
			b.Fatal(err)
		}
		i := 0
		for b.Loop() {
			if _, err := e.coll.QueryEmbedding(ctx, vecs[i%len(vecs)], minCandidates, nil, nil); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
}

// BenchmarkOpen measures the cold start: loading 100k 384-dimensional
// vectors from SQLite into the in-memory index (target: under 1 s).
func BenchmarkOpen(b *testing.B) {
	const (
		n   = 100_000
		per = 1000
		dim = 384
	)
	ctx := context.Background()
	st, _ := openStore(b)
	r := rand.New(rand.NewPCG(1, 1))
	for a := 0; a*per < n; a++ {
		art := corpus.Article{ID: fmt.Sprintf("open%04d", a), Title: "t", Lang: "en", Body: fmt.Sprintf("body %d", a)}
		if err := corpus.Finalize(&art); err != nil {
			b.Fatal(err)
		}
		chunks := make([]corpus.Chunk, per)
		vecs := make([][]float32, per)
		for c := range chunks {
			chunks[c] = corpus.Chunk{ArticleID: art.ID, Seq: c, Text: fmt.Sprintf("chunk %d", c)}
			v := make([]float32, dim)
			for i := range v {
				v[i] = float32(r.NormFloat64())
			}
			vecs[c] = normalized(v)
		}
		if _, err := st.PutArticle(ctx, art, chunks, vecs, "local-v1-384"); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		e, err := Open(ctx, st, NewLocalEmbedder(dim))
		if err != nil {
			b.Fatal(err)
		}
		if e.Count() != n {
			b.Fatalf("Count = %d", e.Count())
		}
	}
}

// BenchmarkJudge measures the relevance gate over the seed passages, the
// per-candidate cost of every search (stemmedText's comment has figures).
func BenchmarkJudge(b *testing.B) {
	var passages []string
	for _, a := range seeds(b) {
		for _, c := range corpus.Split(a, corpus.ChunkOptions{}) {
			passages = append(passages, a.Title+"\n"+c.Text)
		}
	}
	q := "Who leads the Russian delegation at the Istanbul talks?"
	groups := DefaultLexicon().expandGroups(q)
	b.ReportAllocs()
	for b.Loop() {
		c := queryConcepts([]string{q}, groups)
		for _, p := range passages {
			c.judge(p)
		}
	}
}
