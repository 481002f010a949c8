package ingest

import (
	"fmt"
	"strings"
	"testing"
)

// benchBody is a news-sized body (~3,000 characters, several chunks).
var benchBody = strings.Repeat("Negotiators met again to discuss arms control, consular staffing and the exchange of detained citizens. ", 30)

// BenchmarkAdd measures ingesting one new ~3 KB article end to end: dedupe
// check, chunking, local embedding, the store transaction and indexing.
func BenchmarkAdd(b *testing.B) {
	e := newEnv(b)
	ctx := b.Context()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		a := article(fmt.Sprintf("bench-%d", i), fmt.Sprintf("Talks round %d", i), fmt.Sprintf("Round %d. %s", i, benchBody))
		if _, err := e.svc.Add(ctx, a); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkAddDuplicate measures re-adding a stored article: the path every
// repeated /add or re-run `detente ingest` takes, which must stay cheap.
func BenchmarkAddDuplicate(b *testing.B) {
	e := newEnv(b)
	ctx := b.Context()
	a := article("bench", "Talks", benchBody)
	if _, err := e.svc.Add(ctx, a); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.svc.Add(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
}
