package retrieval

import (
	"context"
	"math"
	"strings"
	"testing"
)

func cosine(a, b []float32) float64 {
	var s float64
	for i := range a {
		s += float64(a[i]) * float64(b[i])
	}
	return s
}

func embedOne(t testing.TB, e Embedder, s string) []float32 {
	t.Helper()
	v, err := e.Embed(context.Background(), []string{s})
	if err != nil {
		t.Fatal(err)
	}
	return v[0]
}

func TestLocalEmbedderUnitAndDeterministic(t *testing.T) {
	e := NewLocalEmbedder(0)
	if e.Model() != "local-v1-384" {
		t.Fatalf("Model() = %q, want local-v1-384", e.Model())
	}
	for _, s := range []string{"", "   ", "!!!", "Đối thoại ổn định chiến lược", "a", strings.Repeat("sanctions ", 1000), "Переговоры в Женеве"} {
		v1 := embedOne(t, e, s)
		v2 := embedOne(t, NewLocalEmbedder(0), s)
		if len(v1) != 384 {
			t.Fatalf("%q: len %d", s, len(v1))
		}
		var n float64
		for i := range v1 {
			if v1[i] != v2[i] {
				t.Fatalf("%q: not deterministic at %d", s, i)
			}
			n += float64(v1[i]) * float64(v1[i])
		}
		if math.Abs(math.Sqrt(n)-1) > 1e-6 {
			t.Errorf("%q: norm %v, want 1", s, math.Sqrt(n))
		}
	}
}

func TestLocalEmbedderDiacriticInsensitive(t *testing.T) {
	e := NewLocalEmbedder(128)
	for _, p := range [][2]string{
		{"đối thoại ổn định chiến lược", "doi thoai on dinh chien luoc"},
		{"Mát-xcơ-va và Oa-sinh-tơn", "MAT XCO VA va oa sinh ton"},
		{"Türkiye", "turkiye"},
	} {
		if c := cosine(embedOne(t, e, p[0]), embedOne(t, e, p[1])); c < 0.9999 {
			t.Errorf("cos(%q, %q) = %.4f, want 1", p[0], p[1], c)
		}
	}
}

func TestLocalEmbedderSimilarity(t *testing.T) {
	e := NewLocalEmbedder(0)
	tests := []struct{ a, near, far string }{
		{"sanctions against Russian companies", "The US imposed new sanctions on Russia's companies", "How do I cook pho with beef broth"},
		{"negotiations in Istanbul", "the negotiation round held in Istanbul", "the weather in Hanoi this weekend"},
		{"Mỹ trừng phạt Nga", "Washington thông báo các biện pháp trừng phạt Nga", "công thức nấu phở bò"},
		{"doi thoai an ninh mang", "Đối thoại an ninh mạng giữa hai nước", "giá vàng hôm nay"},
	}
	for _, tt := range tests {
		t.Run(tt.a, func(t *testing.T) {
			q := embedOne(t, e, tt.a)
			near, far := cosine(q, embedOne(t, e, tt.near)), cosine(q, embedOne(t, e, tt.far))
			if near <= far+0.1 {
				t.Errorf("near %.3f not clearly above far %.3f", near, far)
			}
		})
	}
}

func TestLocalEmbedderBatchEqualsSingle(t *testing.T) {
	e := NewLocalEmbedder(64)
	texts := seedTexts(t, 200, 900)
	batch, err := e.Embed(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range texts {
		one := embedOne(t, e, s)
		for j := range one {
			if one[j] != batch[i][j] {
				t.Fatalf("text %d differs at %d between batch and single embedding", i, j)
			}
		}
	}
}

func TestLocalEmbedderCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := NewLocalEmbedder(0).Embed(ctx, seedTexts(t, 100, 900)); err == nil {
		t.Fatal("Embed with a cancelled context succeeded")
	}
}

// seedTexts returns n passages of about runes runes cut from the seed
// articles, cycling through them.
func seedTexts(t testing.TB, n, runes int) []string {
	t.Helper()
	var pieces []string
	for _, a := range seeds(t) {
		r := []rune(a.Title + "\n" + a.Body)
		for i := 0; i+runes <= len(r); i += runes / 3 {
			pieces = append(pieces, string(r[i:i+runes]))
		}
	}
	out := make([]string, n)
	for i := range out {
		out[i] = pieces[i%len(pieces)]
	}
	return out
}

func BenchmarkLocalEmbed(b *testing.B) {
	e := NewLocalEmbedder(0)
	texts := seedTexts(b, 1000, 900)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := e.Embed(ctx, texts); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*len(texts))/b.Elapsed().Seconds(), "chunks/s")
}
