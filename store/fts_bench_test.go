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

// BenchmarkUpgradeTo012 is the first open of a PostgreSQL store of 10,000
// chunks (150 words each) written before migration 012, which fills the
// posting rows and statistics from the stored tsvectors.
func BenchmarkUpgradeTo012(b *testing.B) {
	if !onPostgres() {
		b.Skip("PostgreSQL only")
	}
	var vocab []string
	for _, name := range []string{"geneva-wire.en.txt", "swap-wire.en.txt", "sanctions-wire.en.txt", "newstart-wire.en.txt"} {
		vocab = append(vocab, strings.Fields(wire(b, name, "x").Body)...)
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for range b.N { // not b.Loop: the timer is stopped around each setup
		b.StopTimer()
		s, url := openTest(b)
		seedChunks(b, s, 1000, 10, 4, func(int, int) string {
			ws := make([]string, 150)
			for j := range ws {
				ws[j] = vocab[rng.IntN(len(vocab))]
			}
			return strings.Join(ws, " ")
		})
		downgradeFrom012(b, s)
		s.Close()
		b.StartTimer()
		s2, err := Open(context.Background(), url)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s2.Close()
	}
}
