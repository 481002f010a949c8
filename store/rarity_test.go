package store

import (
	"context"
	"maps"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/detente/detente/corpus"
)

// TestDocFreqs: the judge's corpus statistics count the chunks that hold a
// term in any of its forms, a phrase only where its words stand in order, a
// word no article uses as zero, and follow a removal.
func TestDocFreqs(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	put(t, s, article("a", "", "Washington imposed new sanctions on Moscow.\n\nThe prisoner exchange took place in Ankara."))
	put(t, s, article("b", "", "Москва ответила на санкции.\n\nNga và Mỹ trao đổi tù nhân."))
	put(t, s, article("c", "", "The sanction regime was extended.\n\nExchange prisoner lists were drafted."))
	terms := []string{"sanctions", "санкций", "prisoner exchange", "trao doi", "fertilizer", "", "Sanction"}
	got, err := s.DocFreqs(ctx, terms)
	if err != nil {
		t.Fatal(err)
	}
	// Each chunk's header is its article's title ("Title a"), which holds
	// none of the terms.
	want := map[string]int{"sanctions": 2, "санкций": 1, "prisoner exchange": 1, "trao doi": 1, "fertilizer": 0, "Sanction": 2}
	if got.Chunks != 6 || !maps.Equal(got.DF, want) {
		t.Errorf("DocFreqs(%q) = %d chunks, %v; want 6, %v", terms, got.Chunks, got.DF, want)
	}
	if _, err := s.RemoveArticle(ctx, "c"); err != nil {
		t.Fatal(err)
	}
	got, err = s.DocFreqs(ctx, []string{"sanctions"})
	if err != nil || got.Chunks != 4 || got.DF["sanctions"] != 1 {
		t.Errorf("after removing an article: %+v, %v; want 4 chunks, sanctions in 1", got, err)
	}
	if got, err := s.DocFreqs(ctx, nil); err != nil || got.Chunks != 4 || len(got.DF) != 0 {
		t.Errorf("DocFreqs(nil) = %+v, %v; want the chunk count alone", got, err)
	}
}

// BenchmarkDocFreqs is one question's lookup, 30 terms (content words of
// every frequency and a few phrases), in a store of 10,000 chunks of 150 words
// drawn from news text: what the judge's corpus statistics cost a
// question that the engine's cache does not answer.
func BenchmarkDocFreqs(b *testing.B) {
	var vocab []string
	for _, name := range []string{"geneva-wire.en.txt", "swap-wire.en.txt", "sanctions-wire.en.txt", "newstart-wire.en.txt"} {
		vocab = append(vocab, strings.Fields(wire(b, name, "x").Body)...)
	}
	rng := rand.New(rand.NewPCG(7, 8))
	s, _ := openTest(b)
	seedChunks(b, s, 1000, 10, 4, func(int, int) string {
		ws := make([]string, 150)
		for j := range ws {
			ws[j] = vocab[rng.IntN(len(vocab))]
		}
		return strings.Join(ws, " ")
	})
	// What the judge asks: content words, no stop words.
	terms := []string{"fertilizer", "launch pad", "prisoner exchange", "new start"}
	for len(terms) < 30 {
		if w := strings.ToLower(strings.Trim(vocab[rng.IntN(len(vocab))], `.,"'()`)); len(w) > 3 && !corpus.IsStopWord("en", w) {
			terms = append(terms, w)
		}
	}
	ctx := context.Background()
	for b.Loop() {
		if _, err := s.DocFreqs(ctx, terms); err != nil {
			b.Fatal(err)
		}
	}
}
