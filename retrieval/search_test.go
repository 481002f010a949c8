package retrieval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	chromem "github.com/philippgille/chromem-go"
)

// vectorEngine is an engine holding only a vector index of texts (no store),
// embedded with the local embedder, for tests of the vector leg alone.
func vectorEngine(t testing.TB, texts []string) *Engine {
	t.Helper()
	ctx := context.Background()
	emb := NewLocalEmbedder(0)
	vecs, err := emb.Embed(ctx, texts)
	if err != nil {
		t.Fatal(err)
	}
	coll, err := newCollection()
	if err != nil {
		t.Fatal(err)
	}
	docs := make([]chromem.Document, len(texts))
	ids := make(map[int64]string, len(texts))
	for i, v := range vecs {
		docs[i] = chromem.Document{ID: strconv.Itoa(i + 1), Embedding: v}
		ids[int64(i+1)] = "a" + strconv.Itoa(i/5)
	}
	if err := coll.AddDocuments(ctx, docs, runtime.GOMAXPROCS(0)); err != nil {
		t.Fatal(err)
	}
	return &Engine{emb: emb, coll: coll, ids: ids, dim: len(vecs[0])}
}

// shuffledSeedTexts returns n chunk-like texts cut from the seed articles at
// varying offsets and lengths, words partly shuffled, so that many chunks
// sit near every question, as in a large corpus on the same topics.
func shuffledSeedTexts(t testing.TB, n int) []string {
	t.Helper()
	var pieces []string
	for _, runes := range []int{300, 500, 700, 900} {
		pieces = append(pieces, seedTexts(t, 1, runes)...)
		pieces = append(pieces, seedTexts(t, 400, runes)...)
	}
	r := rand.New(rand.NewPCG(11, 11))
	out := make([]string, n)
	for i := range out {
		ws := strings.Fields(pieces[r.IntN(len(pieces))])
		r.Shuffle(len(ws)/2, func(i, j int) { ws[i], ws[j] = ws[j], ws[i] })
		out[i] = strings.Join(ws[r.IntN(len(ws)/4+1):], " ")
	}
	return out
}

// evalQuestions reads the question texts of the evaluation sets.
func evalQuestions(t testing.TB) []string {
	t.Helper()
	var qs []string
	for _, name := range []string{"questions.jsonl", "questions_heldout.jsonl"} {
		f, err := os.Open("../testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			var q struct {
				Q string `json:"q"`
			}
			if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			qs = append(qs, q.Q)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	return qs
}

// TestScanMatchesExactLists checks the one-pass vector leg against one
// chromem-go query per phrasing, on the evaluation questions the lexicon
// expands, over a corpus large enough (4,000 chunks on the seeds' topics)
// that each phrasing's top 40 is a small, contested slice of it, and the
// 1,280 candidates a third of it. The
// candidates of the combined query must hold nearly all of each phrasing's
// exact list, and the similarities must be the exact ones (the relevance
// floor compares them).
func TestScanMatchesExactLists(t *testing.T) {
	// Under -race (see raceEnabled) a smaller corpus and every third
	// question keep it quick; the figures are checked at full size without.
	size, step := 4000, 1
	if raceEnabled {
		size, step = 2000, 3
	}
	e := vectorEngine(t, shuffledSeedTexts(t, size))
	ctx := context.Background()
	const depth = minCandidates
	var lists, found, total, top10, top10Total int
	for i, q := range evalQuestions(t) {
		if i%step != 0 {
			continue
		}
		texts := vectorTexts(q, []string{q}, expansionGroups([]string{q}))
		if len(texts) < 2 {
			continue
		}
		vecs, err := e.emb.Embed(ctx, texts)
		if err != nil {
			t.Fatal(err)
		}
		exact, err := e.scan(ctx, vecs, depth, 0)
		if err != nil {
			t.Fatal(err)
		}
		got, err := e.scan(ctx, vecs, depth, candidateFactor*depth)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(exact) {
			t.Fatalf("%q: %d lists, want %d", q, len(got), len(exact))
		}
		for i := range exact {
			lists++
			sims := map[string]float32{}
			for _, r := range got[i] {
				sims[r.ID] = r.Similarity
			}
			for rank, r := range exact[i] {
				s, ok := sims[r.ID]
				total++
				if rank < 10 {
					top10Total++
				}
				if !ok {
					continue
				}
				found++
				if rank < 10 {
					top10++
				}
				if math.Abs(float64(s-r.Similarity)) > 1e-5 {
					t.Errorf("%q list %d: chunk %s similarity %.6f, exact %.6f", q, i, r.ID, s, r.Similarity)
				}
			}
		}
	}
	if lists < 20 {
		t.Fatalf("only %d expanded lists compared; want the evaluation questions the lexicon expands", lists)
	}
	recall, recall10 := float64(found)/float64(total), float64(top10)/float64(top10Total)
	t.Logf("%d lists: recall of the exact top %d %.4f, of the top 10 %.4f", lists, depth, recall, recall10)
	if recall < 0.99 || recall10 < 0.995 {
		t.Errorf("one pass finds %.4f of the exact top %d and %.4f of the top 10; want ≥ 0.99 and ≥ 0.995", recall, depth, recall10)
	}
}

// TestCombine pins how phrasing vectors merge into one probe: unit length,
// pointing between them, a zero vector (text the embedder finds nothing in)
// left out rather than turning every similarity into NaN.
func TestCombine(t *testing.T) {
	for _, tc := range []struct {
		name      string
		vecs      [][]float32
		wantProbe []float32 // nil: no probe, one query per vector instead
		wantUnits int
	}{
		{"two axes", [][]float32{{2, 0}, {0, 3}}, []float32{1 / math.Sqrt2, 1 / math.Sqrt2}, 2},
		{"zero left out", [][]float32{{0, 0}, {0, 5}}, []float32{0, 1}, 1},
		{"all zero", [][]float32{{0, 0}, {0, 0}}, nil, 0},
		{"opposite", [][]float32{{1, 0}, {-1, 0}}, nil, 0},
		{"NaN left out", [][]float32{{float32(math.NaN()), 0}, {1, 1}}, []float32{1 / math.Sqrt2, 1 / math.Sqrt2}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			probe, units := combine(tc.vecs)
			if tc.wantProbe == nil {
				if probe != nil {
					t.Fatalf("probe = %v, want none", probe)
				}
				return
			}
			if len(units) != tc.wantUnits {
				t.Errorf("%d unit vectors, want %d", len(units), tc.wantUnits)
			}
			for i := range probe {
				if math.Abs(float64(probe[i]-tc.wantProbe[i])) > 1e-6 {
					t.Fatalf("probe = %v, want %v", probe, tc.wantProbe)
				}
			}
		})
	}
}

// TestScanZeroPhrasing checks that a phrasing the embedder finds nothing in
// no longer contributes a list of arbitrary chunks beside a real one.
func TestScanZeroPhrasing(t *testing.T) {
	e := vectorEngine(t, shuffledSeedTexts(t, 50))
	ctx := context.Background()
	vecs, err := e.emb.Embed(ctx, []string{"Lavrov Istanbul talks"})
	if err != nil {
		t.Fatal(err)
	}
	zero := make([]float32, e.dim)
	for _, cands := range []int{0, 20} { // separate queries, one pass
		t.Run(fmt.Sprint("cands=", cands), func(t *testing.T) {
			lists, err := e.scan(ctx, [][]float32{vecs[0], zero}, 10, cands)
			if err != nil {
				t.Fatal(err)
			}
			if len(lists) != 1 || len(lists[0]) != 10 {
				t.Fatalf("got %d lists; want the real phrasing's one list of 10", len(lists))
			}
			for _, r := range lists[0] {
				if !finite(float64(r.Similarity)) {
					t.Errorf("chunk %s similarity %v", r.ID, r.Similarity)
				}
			}
		})
	}
}

// TestPerStoryKeepsRelevantPassage: an off-topic passage that outscores
// its article's relevant one, or a story copy's relevant one, does not
// take their place; without a relevant passage the best one is kept.
func TestPerStoryKeepsRelevantPassage(t *testing.T) {
	hits := []Hit{
		{ChunkID: 1, ArticleID: "vi", Story: 7, Score: 0.9},                 // a copy's off-topic paragraph
		{ChunkID: 2, ArticleID: "a", Score: 0.8},                            // off-topic paragraph
		{ChunkID: 3, ArticleID: "ru", Story: 7, Score: 0.7, Relevant: true}, // the story, relevant
		{ChunkID: 4, ArticleID: "a", Score: 0.6, Relevant: true},
		{ChunkID: 5, ArticleID: "b", Score: 0.5},
		{ChunkID: 6, ArticleID: "b", Score: 0.4},
	}
	out, stories := perStory(hits, 1, 10)
	var got []int64
	for _, h := range out {
		got = append(got, h.ChunkID)
	}
	if want := []int64{3, 4, 5}; !slices.Equal(got, want) {
		t.Errorf("kept chunks %v, want %v", got, want)
	}
	if stories[7] != "ru" {
		t.Errorf("story 7 kept %q, want the relevant copy %q", stories[7], "ru")
	}
}
