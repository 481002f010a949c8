package store

import (
	"context"
	"maps"
	"testing"
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
