package bench

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strconv"

	chromem "github.com/philippgille/chromem-go"
)

// RawChromem is a bare chromem-go collection over the same vectors, with
// nothing of Detente around it: the baseline the hybrid search is held to
// (≤ 1.1× its latency). chromem-go otherwise lives only in retrieval/; this
// is the one other place, because measuring it is the point.
type RawChromem struct {
	col *chromem.Collection
}

var errNoEmbed = errors.New("bench: raw chromem queries take vectors only")

// NewRawChromem loads copies of rows with ids "0".."n-1". It copies because
// chromem keeps the caller's slice of a unit vector, and the heap it is
// measured by must include its vectors, as the engine's does.
func NewRawChromem(ctx context.Context, rows [][]float32) (*RawChromem, error) {
	db := chromem.NewDB()
	col, err := db.CreateCollection("bench", nil, func(context.Context, string) ([]float32, error) { return nil, errNoEmbed })
	if err != nil {
		return nil, fmt.Errorf("chromem collection: %w", err)
	}
	docs := make([]chromem.Document, len(rows))
	for i, r := range rows {
		docs[i] = chromem.Document{ID: strconv.Itoa(i), Embedding: slices.Clone(r)}
	}
	if err := col.AddDocuments(ctx, docs, runtime.GOMAXPROCS(0)); err != nil {
		return nil, fmt.Errorf("chromem add: %w", err)
	}
	return &RawChromem{col: col}, nil
}

// Query returns the row indexes of the k nearest vectors, best first.
func (c *RawChromem) Query(ctx context.Context, q []float32, k int) ([]int, error) {
	res, err := c.col.QueryEmbedding(ctx, q, k, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("chromem query: %w", err)
	}
	out := make([]int, len(res))
	for i, r := range res {
		out[i], _ = strconv.Atoi(r.ID)
	}
	return out, nil
}
