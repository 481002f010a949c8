package store

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/detente/detente/corpus"
)

// seedChunks writes nArticles articles of perArticle chunks (dim-sized
// vectors) in ONE transaction through the same insert path PutArticle uses,
// so large fixtures build in seconds rather than minutes.
func seedChunks(tb testing.TB, s *Store, nArticles, perArticle, dim int, text func(a, c int) string) {
	tb.Helper()
	ctx := context.Background()
	err := s.inTx(ctx, func(tx *dbTx) error {
		if err := claimModel(ctx, tx, "test-model", dim); err != nil {
			return err
		}
		for i := range nArticles {
			a := article(fmt.Sprintf("art-%06d", i), "", fmt.Sprintf("body %d", i))
			if _, err := tx.ExecContext(ctx, `INSERT INTO articles (id, title, url, canonical_url, source, lang,
				published, body, hash, added_at, updated_at) VALUES (?, ?, '', '', ?, ?, NULL, ?, ?, ?, ?)`,
				a.ID, a.Title, a.Source, a.Lang, a.Body, a.Hash, int64(i), int64(i)); err != nil {
				return err
			}
			cs := make([]corpus.Chunk, perArticle)
			vs := make([][]float32, perArticle)
			for j := range cs {
				cs[j] = corpus.Chunk{ArticleID: a.ID, Seq: j, Header: a.Title, Text: text(i, j)}
				v := make([]float32, dim)
				for k := range v {
					v[k] = float32(i*perArticle+j) + float32(k)/float32(dim)
				}
				vs[j] = v
			}
			if _, err := insertChunks(ctx, tx, a.ID, a, cs, vs, "test-model"); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		tb.Fatalf("seed: %v", err)
	}
}

func TestKeywordSearchFoldsAndRanks(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	docs := []struct{ id, body string }{
		{"talks", "Nga và Mỹ tiến hành đối thoại chiến lược.\n\nCuộc đối thoại diễn ra tại Geneva, đối thoại kéo dài hai ngày."},
		{"phone", "Tổng thống Nga điện thoại cho Tổng thống Mỹ."},
		{"other", "Giá dầu tăng mạnh trong tuần."},
		{"english", "Lavrov and Rubio held talks in Riyadh."},
	}
	byChunk := map[int64]string{}
	for _, d := range docs {
		a := article(d.id, "", d.body)
		a.Title = "" // keep headers out of the ranking
		r := put(t, s, a)
		for _, c := range r.Chunks {
			byChunk[c.ID] = fmt.Sprintf("%s#%d", d.id, c.Seq)
		}
	}
	tests := []struct {
		name  string
		terms []string
		want  []string // chunk labels, best first (prefix of the results)
		none  bool
	}{
		{"folded query finds accented text", []string{"doi", "thoai"}, []string{"talks#1", "talks#0"}, false},
		{"accented query is folded too", []string{"đối", "thoại"}, []string{"talks#1", "talks#0"}, false},
		{"uppercase", []string{"GENEVA"}, []string{"talks#1"}, false},
		{"english", []string{"lavrov"}, []string{"english#0"}, false},
		{"no match", []string{"zzzz"}, nil, true},
		{"only empties", []string{"", "  ", "\x00"}, nil, true},
		{"no terms", nil, nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			hits, err := s.KeywordSearch(ctx, tc.terms, 10)
			if err != nil {
				t.Fatal(err)
			}
			if tc.none {
				if len(hits) != 0 {
					t.Errorf("hits %v, want none", hits)
				}
				return
			}
			var got []string
			for i, h := range hits {
				got = append(got, byChunk[h.ChunkID])
				if i > 0 && h.Score > hits[i-1].Score {
					t.Errorf("not best first: %v", hits)
				}
				if h.Score <= 0 {
					t.Errorf("score %v should be positive (negated bm25)", h.Score)
				}
			}
			if len(got) < len(tc.want) || !slices.Equal(got[:len(tc.want)], tc.want) {
				t.Errorf("got %v, want prefix %v", got, tc.want)
			}
		})
	}
	hits, _ := s.KeywordSearch(ctx, []string{"thoai"}, 10)
	if len(hits) != 3 {
		t.Errorf("'thoai' should match both talks chunks and 'điện thoại': %v", hits)
	}
	if hits, _ := s.KeywordSearch(ctx, []string{"thoai"}, 1); len(hits) != 1 {
		t.Errorf("limit 1 returned %d", len(hits))
	}
	if _, err := s.KeywordSearch(ctx, []string{"x"}, 0); err == nil {
		t.Error("limit 0 accepted")
	}
}

// A rare word outranks a common one, however often the common one is
// repeated: the keyword ranking weighs terms by how few chunks have them
// (BM25's IDF), on both backends. A question naming a person and asking
// about "talks" wants the passage naming the person.
func TestKeywordSearchWeighsRareWords(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	for i := range 9 {
		put(t, s, article(fmt.Sprintf("common%d", i), "", fmt.Sprintf("Talks, talks and more talks: round %d of the talks.", i)))
	}
	rare := put(t, s, article("rare", "", "Ushakov said nothing."))
	hits, err := s.KeywordSearch(ctx, []string{"talks", "ushakov"}, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 10 || hits[0].ChunkID != rare.Chunks[0].ID {
		t.Errorf("hits %v: want all 10 chunks, the one naming Ushakov (chunk %d) first", hits, rare.Chunks[0].ID)
	}
}

func TestKeywordSearchNeverParsesUserSyntax(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	a := article("a", "", "near and or not the quick brown fox")
	a.Title = ""
	put(t, s, a)
	tests := []struct {
		terms []string
		hits  int
	}{
		{[]string{`"`}, 0},
		{[]string{`fox"`}, 1},
		{[]string{`NEAR(quick fox)`}, 0}, // a phrase "near quick fox": not in that order
		{[]string{`AND`}, 1},             // the word "and", not the operator
		{[]string{`NOT`, `fox`}, 1},
		{[]string{`folded:fox`}, 0}, // phrase "folded fox", not a column filter
		{[]string{`fox*`}, 1},       // '*' is punctuation inside a string
		{[]string{`qu*`}, 0},        // no prefix query sneaks in
		{[]string{`(`, `)`, `^`, `-`, `+`, `:`, `{}`}, 0},
		{[]string{`brown fox`}, 1},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.terms, "|"), func(t *testing.T) {
			hits, err := s.KeywordSearch(ctx, tc.terms, 5)
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			if len(hits) != tc.hits {
				t.Errorf("%d hits, want %d", len(hits), tc.hits)
			}
		})
	}
}

func FuzzKeywordSearch(f *testing.F) {
	s, _ := openTest(f)
	a := article("a", "", "Ngoại trưởng Nga và Mỹ đối thoại tại Riyadh.\n\nLavrov \"AND\" Rubio NEAR talks.")
	put(f, s, a)
	for _, seed := range []string{"doi", `"`, `a"b`, "NEAR(", "AND", "*", "col:x", "\x00", "đ", "\xff\xfe", ""} {
		f.Add(seed, "thoai")
	}
	f.Fuzz(func(t *testing.T, t1, t2 string) {
		hits, err := s.KeywordSearch(context.Background(), []string{t1, t2}, 3)
		if err != nil {
			t.Fatalf("KeywordSearch(%q, %q): %v", t1, t2, err)
		}
		if len(hits) > 3 {
			t.Fatalf("%d hits over limit", len(hits))
		}
		for _, h := range hits {
			if math.IsNaN(h.Score) || math.IsInf(h.Score, 0) {
				t.Fatalf("score %v", h.Score)
			}
		}
		// Terms are OR-ed: no input may stop a real word from matching.
		hits, err = s.KeywordSearch(context.Background(), []string{t1, "riyadh", t2}, 3)
		if err != nil || len(hits) == 0 {
			t.Fatalf("KeywordSearch(%q, riyadh, %q) = %v, %v; want the Riyadh chunk", t1, t2, hits, err)
		}
	})
}

func TestChunksByID(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	a := article("a", "https://example.com/a", "p0\n\np1")
	r := put(t, s, a)
	got, err := s.ChunksByID(ctx, []int64{r.Chunks[1].ID, 999999, r.Chunks[0].ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("got %d chunks, want 2 (unknown id skipped)", len(got))
	}
	slices.SortFunc(got, func(x, y Chunk) int { return int(x.ID - y.ID) })
	for i, c := range got {
		want := r.Chunks[i]
		want.Vector = nil
		if fmt.Sprint(c) != fmt.Sprint(want) {
			t.Errorf("chunk %d:\n got %+v\nwant %+v", i, c, want)
		}
	}
	if got, err := s.ChunksByID(ctx, nil); err != nil || len(got) != 0 {
		t.Errorf("no ids: %v, %v", got, err)
	}

	// More ids than one IN batch.
	seedChunks(t, s, 3, 200, 4, func(a, c int) string { return fmt.Sprintf("t %d %d", a, c) })
	var ids []int64
	if err := s.EachChunkVector(ctx, func(id int64, _ string, _ []float32) error {
		ids = append(ids, id)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	got, err = s.ChunksByID(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(ids) {
		t.Errorf("got %d of %d chunks", len(got), len(ids))
	}
}

// An article's passages are read whole, in the order asked and by seq,
// so the answer can quote any of them; another article's are not.
func TestChunksOfArticles(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	ra := put(t, s, article("a", "https://example.com/a", "a0\n\na1\n\na2"))
	rb := put(t, s, article("b", "https://example.com/b", "b0\n\nb1"))
	put(t, s, article("c", "https://example.com/c", "c0"))
	got, err := s.ChunksOfArticles(ctx, []string{"b", "missing", "a"}, 0)
	if err != nil {
		t.Fatal(err)
	}
	var want []Chunk
	for _, c := range slices.Concat(rb.Chunks, ra.Chunks) {
		c.Vector = nil
		want = append(want, c)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got\n%+v\nwant\n%+v", got, want)
	}
	if got, err := s.ChunksOfArticles(ctx, nil, 0); err != nil || len(got) != 0 {
		t.Errorf("no ids: %v, %v", got, err)
	}
	// Bounded: the first two passages of each.
	got, err = s.ChunksOfArticles(ctx, []string{"a", "b"}, 2)
	if err != nil {
		t.Fatal(err)
	}
	var seqs []string
	for _, c := range got {
		seqs = append(seqs, fmt.Sprint(c.ArticleID, c.Seq))
	}
	if fmt.Sprint(seqs) != "[a0 a1 b0 b1]" {
		t.Errorf("first two of a and b: %v", seqs)
	}
}

func TestEachChunkVector(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	r1 := put(t, s, article("a", "", "p0\n\np1"))
	r2 := put(t, s, article("b", "", "q0"))
	// A chunk without a vector (article put with no vectors) is skipped.
	noVec := article("c", "", "")
	if _, err := s.PutArticle(ctx, noVec, nil, nil, ""); err != nil {
		t.Fatal(err)
	}
	want := append(slices.Clone(r1.Chunks), r2.Chunks...)
	type rec struct {
		id  int64
		aid string
		vec []float32
	}
	var got []rec
	err := s.EachChunkVector(ctx, func(id int64, aid string, vec []float32) error {
		got = append(got, rec{id, aid, vec}) // kept without copying: documented as safe
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("got %d vectors, want %d", len(got), len(want))
	}
	for i, g := range got {
		if g.id != want[i].ID || g.aid != want[i].ArticleID || !slices.Equal(g.vec, want[i].Vector) {
			t.Errorf("row %d = %+v, want %d %s %v", i, g, want[i].ID, want[i].ArticleID, want[i].Vector)
		}
		if cap(g.vec) != len(g.vec) {
			t.Errorf("row %d: cap %d > len %d lets an append clobber the next vector", i, cap(g.vec), len(g.vec))
		}
	}

	stop := errors.New("stop")
	calls := 0
	err = s.EachChunkVector(ctx, func(int64, string, []float32) error { calls++; return stop })
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("callback error: err %v after %d calls, want stop after 1", err, calls)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if err := s.EachChunkVector(cctx, func(int64, string, []float32) error { return nil }); err == nil {
		t.Error("cancelled context not reported")
	}
}

func TestEachChunkText(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	a := article("a", "", "p0\n\np1")
	r := put(t, s, a)
	var texts []string
	var ids []int64
	if err := s.EachChunkText(ctx, func(id int64, text string) error {
		ids, texts = append(ids, id), append(texts, text)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	want := []string{"Title a\np0", "Title a\np1"}
	if !slices.Equal(texts, want) || ids[0] != r.Chunks[0].ID {
		t.Errorf("texts %q ids %v, want %q", texts, ids, want)
	}
}

func TestSetChunkVectors(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	r := put(t, s, article("a", "", "p0\n\np1"))
	id0, id1 := r.Chunks[0].ID, r.Chunks[1].ID

	// Unknown id: all-or-nothing.
	err := s.SetChunkVectors(ctx, "new-model", map[int64][]float32{id0: {9, 9}, 424242: {1, 1}})
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("err = %v, want ErrNotFound", err)
	}
	if m, _ := s.Meta(ctx, "embed_model"); m != "test-model" {
		t.Errorf("failed call changed embed_model to %q", m)
	}
	for _, bad := range []map[int64][]float32{{id0: {1, 2}, id1: {1}}, {id0: {}}} {
		if err := s.SetChunkVectors(ctx, "new-model", bad); err == nil {
			t.Errorf("accepted %v", bad)
		}
	}
	if err := s.SetChunkVectors(ctx, "", map[int64][]float32{id0: {1}}); err == nil {
		t.Error("accepted empty model")
	}

	if err := s.SetChunkVectors(ctx, "new-model", map[int64][]float32{id0: {1, 2}, id1: {3, 4}}); err != nil {
		t.Fatal(err)
	}
	got := map[int64][]float32{}
	s.EachChunkVector(ctx, func(id int64, _ string, v []float32) error { got[id] = v; return nil })
	if !slices.Equal(got[id0], []float32{1, 2}) || !slices.Equal(got[id1], []float32{3, 4}) {
		t.Errorf("vectors after reindex: %v", got)
	}
	if m, _ := s.Meta(ctx, "embed_model"); m != "new-model" {
		t.Errorf("embed_model = %q", m)
	}
	if d, _ := s.Meta(ctx, "embed_dim"); d != "2" {
		t.Errorf("embed_dim = %q", d)
	}
	// New articles must now use the new model.
	b := article("b", "", "q")
	if _, err := s.PutArticle(ctx, b, chunksOf(b), vecs(1, 4, 0), "test-model"); !errors.Is(err, ErrModelMismatch) {
		t.Errorf("old model after reindex: %v", err)
	}
}

func TestEmbedCache(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	if err := s.PutEmbeddings(ctx, "m1", map[string][]float32{"h1": {1, 2}, "h2": {3, 4}}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutEmbeddings(ctx, "m2", map[string][]float32{"h1": {5, 6}}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutEmbeddings(ctx, "m1", map[string][]float32{"h2": {7, 8}}); err != nil {
		t.Fatal(err)
	}
	got, err := s.CachedEmbeddings(ctx, "m1", []string{"h1", "h2", "h3"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || !slices.Equal(got["h1"], []float32{1, 2}) || !slices.Equal(got["h2"], []float32{7, 8}) {
		t.Errorf("m1 cache = %v", got)
	}
	if got, _ := s.CachedEmbeddings(ctx, "m2", []string{"h1", "h2"}); len(got) != 1 || got["h1"][0] != 5 {
		t.Errorf("models not separated: %v", got)
	}
	for _, bad := range []struct {
		model string
		vecs  map[string][]float32
	}{{"", map[string][]float32{"h": {1}}}, {"m", map[string][]float32{"": {1}}}, {"m", map[string][]float32{"h": nil}}} {
		if err := s.PutEmbeddings(ctx, bad.model, bad.vecs); err == nil {
			t.Errorf("accepted %q %v", bad.model, bad.vecs)
		}
	}
	// More hashes than one IN batch.
	many := map[string][]float32{}
	var hashes []string
	for i := range 1200 {
		h := fmt.Sprintf("x%04d", i)
		many[h] = []float32{float32(i)}
		hashes = append(hashes, h)
	}
	if err := s.PutEmbeddings(ctx, "m3", many); err != nil {
		t.Fatal(err)
	}
	got, _ = s.CachedEmbeddings(ctx, "m3", hashes)
	if len(got) != 1200 || got["x1199"][0] != 1199 {
		t.Errorf("batched read got %d", len(got))
	}
}

func TestVectorEncodingIsLittleEndianFloat32(t *testing.T) {
	v := []float32{1, -0.0, float32(math.Inf(1)), math.MaxFloat32, math.SmallestNonzeroFloat32}
	b := encodeVector(v)
	if want := []byte{0x00, 0x00, 0x80, 0x3f}; !slices.Equal(b[:4], want) {
		t.Errorf("1.0 encoded as % x, want % x", b[:4], want)
	}
	got, err := decodeVector(b)
	if err != nil {
		t.Fatal(err)
	}
	for i := range v {
		if math.Float32bits(got[i]) != math.Float32bits(v[i]) {
			t.Errorf("%d: %v != %v", i, got[i], v[i])
		}
	}
	nan, _ := decodeVector(encodeVector([]float32{float32(math.NaN())}))
	if !math.IsNaN(float64(nan[0])) {
		t.Error("NaN lost")
	}
	if _, err := decodeVector([]byte{1, 2, 3}); err == nil {
		t.Error("3-byte blob accepted")
	}
}

func TestHundredThousandChunksSurviveReopen(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 100k chunks")
	}
	ctx := context.Background()
	s, path := openTest(t)
	nArt, per, dim := 1000, 100, 8 // 100k chunks: ~2 s
	if raceEnabled {
		nArt = 20 // 2k chunks: the full size takes ~80 s under -race
	}
	seedChunks(t, s, nArt, per, dim, func(a, c int) string { return fmt.Sprintf("đoạn %d của bài %d", c, a) })
	s.Close()

	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	n, prev := 0, int64(0)
	err = s2.EachChunkVector(ctx, func(id int64, aid string, v []float32) error {
		if id <= prev {
			return fmt.Errorf("ids out of order: %d after %d", id, prev)
		}
		prev = id
		want := float32(n) // seedChunks: v[0] = global chunk index
		if len(v) != dim || v[0] != want || aid != fmt.Sprintf("art-%06d", n/per) {
			return fmt.Errorf("chunk %d (%s) = %v, want v[0]=%v", id, aid, v, want)
		}
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n != nArt*per {
		t.Fatalf("read %d vectors, want %d", n, nArt*per)
	}
	hits, err := s2.KeywordSearch(ctx, []string{"doan", "99"}, 5)
	if err != nil || len(hits) != 5 {
		t.Errorf("keyword search after reopen: %v, %v", hits, err)
	}
}

// BenchmarkEachChunkVector measures the cold-start load of the vector index:
// 100k chunks × 384 dims with passage-sized text in the rows.
func BenchmarkEachChunkVector(b *testing.B) {
	s, _ := openTest(b)
	const nArt, per, dim = 2000, 50, 384
	para := strings.Repeat("Ngoại trưởng Nga và Mỹ đối thoại về an ninh chiến lược. ", 12) // ~700 bytes, a real chunk's size
	seedChunks(b, s, nArt, per, dim, func(a, c int) string { return fmt.Sprintf("%d %d %s", a, c, para) })
	ctx := context.Background()
	b.ReportAllocs()
	cpu0 := cpuTime(b)
	for b.Loop() {
		n := 0
		if err := s.EachChunkVector(ctx, func(int64, string, []float32) error { n++; return nil }); err != nil {
			b.Fatal(err)
		}
		if n != nArt*per {
			b.Fatalf("n = %d", n)
		}
	}
	// CPU time (all threads, GC included) is reported beside wall time
	// because it stays comparable on a loaded shared machine.
	b.ReportMetric(float64((cpuTime(b)-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
}

func cpuTime(tb testing.TB) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		tb.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
