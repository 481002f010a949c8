package store

import (
	"context"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/detente/detente/corpus"
)

// BenchmarkPutArticleKeywordIndex is one article's write (8 chunks of 150
// words drawn from news text, so each has ~100 distinct words) into a
// store of 200 such articles: on PostgreSQL, what the keyword index's
// posting rows and statistics add to an ingest.
func BenchmarkPutArticleKeywordIndex(b *testing.B) {
	s, _ := openTest(b)
	var vocab []string
	for _, name := range []string{"geneva-wire.en.txt", "swap-wire.en.txt", "sanctions-wire.en.txt", "newstart-wire.en.txt"} {
		vocab = append(vocab, strings.Fields(wire(b, name, "x").Body)...)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	newArticle := func(id string) corpus.Article {
		paras := make([]string, 8)
		for i := range paras {
			ws := make([]string, 150)
			for j := range ws {
				ws[j] = vocab[rng.IntN(len(vocab))]
			}
			paras[i] = strings.Join(ws, " ")
		}
		return article(id, "", strings.Join(paras, "\n\n"))
	}
	for i := range 200 {
		put(b, s, newArticle("fill"+strconv.Itoa(i)))
	}
	arts := make([]corpus.Article, 0, 1000)
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		if len(arts) <= i {
			arts = append(arts, newArticle("bench"+strconv.Itoa(i)))
		}
		a := arts[i]
		cs := chunksOf(a)
		v := vecs(len(cs), 4, 1)
		b.StartTimer()
		if _, err := s.PutArticle(context.Background(), a, cs, v, "test-model"); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*8)/b.Elapsed().Seconds(), "chunks/s")
}
