package answer

import (
	"strings"
	"testing"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
)

// BenchmarkCiteFilter streams a ~2 KB answer in 4-byte deltas (a typical
// token size) through the citation filter: it runs on every token a user
// sees, so it must stay far below model latency.
func BenchmarkCiteFilter(b *testing.B) {
	text := strings.Repeat("Lavrov said talks would resume [1]. Sherman agreed [2, 3]; see https://x.example/y [9].\n", 24)
	var chunks []string
	for i := 0; i < len(text); i += 4 {
		chunks = append(chunks, text[i:min(i+4, len(text))])
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		f := newCiteFilter(6)
		for _, c := range chunks {
			f.write(c)
		}
		f.close()
	}
}

// BenchmarkExtractive builds an extractive answer over the default K=6
// real seed chunks (~900 runes each, both languages), grouped per article
// as Ask does, for a broad question: it runs on every answer without a
// model.
func BenchmarkExtractive(b *testing.B) {
	seeds, err := corpus.Seeds()
	if err != nil {
		b.Fatal(err)
	}
	var hits []retrieval.Hit
	for i := 0; len(hits) < 6; i++ {
		a := seeds[i%len(seeds)]
		chunks := corpus.Split(a, corpus.ChunkOptions{})
		c := chunks[(i/len(seeds))%len(chunks)]
		hits = append(hits, retrieval.Hit{ArticleID: a.ID, Seq: c.Seq, Title: a.Title, Lang: a.Lang, Text: c.Text})
	}
	srcs := numberSources(hits)
	b.ReportAllocs()
	for b.Loop() {
		extractive("Từ các nguồn:", "quan hệ Nga Mỹ hiện nay ra sao, đối thoại ổn định chiến lược", "vi", srcs)
	}
}
