package store

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/detente/detente/corpus"
)

// wire reads one article of corpus's near-duplicate set
// (corpus/testdata/neardup: the first line is the headline).
func wire(t testing.TB, name, source string) corpus.Article {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "corpus", "testdata", "neardup", name))
	if err != nil {
		t.Fatal(err)
	}
	title, body, _ := strings.Cut(string(b), "\n")
	body = strings.TrimSpace(body)
	parts := strings.Split(name, ".")
	return corpus.Article{ID: strings.TrimSuffix(name, ".txt"), Title: title, URL: "https://" + source + ".example/" + parts[0],
		Source: source, Lang: parts[len(parts)-2], Body: body, Hash: corpus.BodyHash(body)}
}

func storyOf(t testing.TB, s *Store, id string) int64 {
	t.Helper()
	a, err := s.Article(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return a.Story
}

func TestStoriesGroupNearDuplicatesOfOneLanguage(t *testing.T) {
	ctx := context.Background()
	s, path := openTest(t)
	wireA := put(t, s, wire(t, "geneva-wire.en.txt", "wire"))
	daily := put(t, s, wire(t, "geneva-dailynews.en.txt", "dailynews"))
	coast := put(t, s, wire(t, "geneva-coastherald.en.txt", "coastherald"))
	preview := put(t, s, wire(t, "preview-geneva.en.txt", "wire"))
	ria := put(t, s, wire(t, "geneva-ria.ru.txt", "ria"))
	tass := put(t, s, wire(t, "geneva-tass.ru.txt", "tass"))

	g := storyOf(t, s, wireA.ID)
	if g == 0 || storyOf(t, s, daily.ID) != g || storyOf(t, s, coast.ID) != g {
		t.Fatalf("three outlets' copies are not one story: %d %d %d", g, storyOf(t, s, daily.ID), storyOf(t, s, coast.ID))
	}
	if storyOf(t, s, preview.ID) == g {
		t.Error("the preview of the meeting joined the story of its outcome")
	}
	r := storyOf(t, s, ria.ID)
	if r == g {
		t.Error("the Russian report joined the English story: only same-language copies group")
	}
	if storyOf(t, s, tass.ID) != r {
		t.Error("the two Russian copies are not one story")
	}
	// The chunks a search reads carry the story too.
	cs, err := s.ChunksByID(ctx, []int64{coast.Chunks[0].ID})
	if err != nil || len(cs) != 1 || cs[0].Story != g {
		t.Errorf("ChunksByID story = %+v, %v; want %d", cs, err, g)
	}
	if coast.Chunks[0].Story != g {
		t.Errorf("PutResult chunk story = %d, want %d", coast.Chunks[0].Story, g)
	}
	members, err := s.StoryArticles(ctx, []int64{g, r})
	if err != nil {
		t.Fatal(err)
	}
	if len(members[g]) != 3 || len(members[r]) != 2 {
		t.Errorf("StoryArticles = %+v", members)
	}
	// Another process (another connection pool on the file) sees the same.
	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if got := storyOf(t, s2, daily.ID); got != g {
		t.Errorf("other process reads story %d, want %d", got, g)
	}
}

func TestStoriesStableUnderReingestEditAndRemoval(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	first := wire(t, "swap-wire.en.txt", "wire")
	put(t, s, first)
	put(t, s, wire(t, "swap-capitalpost.en.txt", "capitalpost"))
	g := storyOf(t, s, first.ID)

	// Re-ingesting the same text changes nothing.
	if r := put(t, s, first); r.Outcome != Duplicate || storyOf(t, s, first.ID) != g {
		t.Errorf("re-ingest: outcome %v, story %d, want duplicate in %d", r.Outcome, storyOf(t, s, first.ID), g)
	}
	// A light edit of a copy keeps it in its story.
	edited := first
	edited.Body = strings.Replace(first.Body, "late on Wednesday", "on Wednesday night", 1) + "\n\nThe State Department did not comment further."
	edited.Hash = corpus.BodyHash(edited.Body)
	if r := put(t, s, edited); r.Outcome != Updated || storyOf(t, s, first.ID) != g {
		t.Errorf("edit: outcome %v, story %d, want updated in %d", r.Outcome, storyOf(t, s, first.ID), g)
	}
	// Removing the article that started the story keeps the story for the
	// others, and a later copy still joins it.
	if _, err := s.RemoveArticle(ctx, first.ID); err != nil {
		t.Fatal(err)
	}
	if got := storyOf(t, s, "swap-capitalpost.en"); got != g {
		t.Errorf("after removal the remaining copy has story %d, want %d", got, g)
	}
	late := wire(t, "swap-wire.en.txt", "latewire")
	late.ID = "swap-late"
	put(t, s, late)
	if got := storyOf(t, s, late.ID); got != g {
		t.Errorf("a later copy joined story %d, want %d", got, g)
	}
	// An edit that makes a copy another story moves it out; the story
	// stays with its other member.
	other := wire(t, "sanctions-wire.en.txt", "wire")
	other.ID = late.ID
	other.URL = late.URL
	put(t, s, other)
	if got := storyOf(t, s, late.ID); got == g || got == 0 {
		t.Errorf("rewritten article kept story %d", got)
	}
	if got := storyOf(t, s, "swap-capitalpost.en"); got != g {
		t.Errorf("remaining copy moved to story %d", got)
	}
	if n := count(t, s, "SELECT count(*) FROM story_bands WHERE article_id = ?", first.ID); n != 0 {
		t.Errorf("%d bands left behind by a removed article", n)
	}
}

// TestStoriesShortTextsStayAlone: a two-line notice has too few shingles
// to be compared; notices that share a sentence are not one story.
func TestStoriesShortTextsStayAlone(t *testing.T) {
	s, _ := openTest(t)
	a := article("n1", "", "Lavrov and Rubio spoke by phone on Monday.")
	b := article("n2", "", "Lavrov and Rubio spoke by phone on Monday. Nothing else.")
	a.Title, b.Title = "Call", "Call"
	put(t, s, a)
	put(t, s, b)
	if storyOf(t, s, "n1") == storyOf(t, s, "n2") {
		t.Error("two short notices grouped")
	}
}

// TestStoriesBackfilledAtOpen: a store written before story groups gets
// them at its next open, the earliest article starting each story.
func TestStoriesBackfilledAtOpen(t *testing.T) {
	ctx := context.Background()
	s, path := openTest(t)
	put(t, s, wire(t, "istanbul-wire.en.txt", "wire"))
	put(t, s, wire(t, "istanbul-eurowire.en.txt", "eurowire"))
	put(t, s, wire(t, "newstart-wire.en.txt", "wire"))
	if _, err := s.DB().ExecContext(ctx, "DELETE FROM story_members"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	a, b, c := storyOf(t, s2, "istanbul-wire.en"), storyOf(t, s2, "istanbul-eurowire.en"), storyOf(t, s2, "newstart-wire.en")
	if a == 0 || a != b || c == a || c == 0 {
		t.Errorf("after backfill stories are %d %d %d; want the two Istanbul copies together, New START apart", a, b, c)
	}
}

// storyFiller makes n distinct articles from the near-duplicate set's
// vocabulary (same names and phrases, shuffled), plus three copies of the
// Geneva story, so a lookup meets a realistic share of candidates.
func storyFiller(b *testing.B, s *Store, n int) corpus.Article {
	base := wire(b, "geneva-wire.en.txt", "wire")
	var vocab []string
	for _, name := range []string{"geneva-wire.en.txt", "swap-wire.en.txt", "sanctions-wire.en.txt", "newstart-wire.en.txt"} {
		vocab = append(vocab, strings.Fields(wire(b, name, "x").Body)...)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range n {
		a := base
		a.ID, a.URL = "a"+strconv.Itoa(i), ""
		if i%(n/3) != 0 {
			words := make([]string, 200)
			for j := range words {
				words[j] = vocab[rng.IntN(len(vocab))]
			}
			a.Body = strings.Join(words, " ")
		}
		a.Hash = corpus.BodyHash(a.Body + strconv.Itoa(i))
		put(b, s, a)
	}
	return base
}

// BenchmarkPutArticleStories is a whole ingest's write (chunks, vectors,
// story, commit) in a store of 1,000 articles.
func BenchmarkPutArticleStories(b *testing.B) {
	s, _ := openTest(b)
	base := storyFiller(b, s, 1000)
	for i := 0; b.Loop(); i++ {
		a := base
		a.ID, a.URL = "bench"+strconv.Itoa(i), ""
		a.Body = base.Body + "\n\n" + strconv.Itoa(i)
		a.Hash = corpus.BodyHash(a.Body)
		cs := chunksOf(a)
		if _, err := s.PutArticle(context.Background(), a, cs, vecs(len(cs), 4, 1), "test-model"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAssignStory isolates grouping's share of an ingest in a store
// of 1,000 articles: the signature, the LSH candidate lookup and
// comparison, and the member and band rows (rolled back, not committed).
func BenchmarkAssignStory(b *testing.B) {
	s, _ := openTest(b)
	base := storyFiller(b, s, 1000)
	ctx := context.Background()
	for b.Loop() {
		stx, err := s.DB().BeginTx(ctx, nil)
		if err != nil {
			b.Fatal(err)
		}
		tx := &dbTx{Tx: stx, pg: s.Postgres()}
		if _, err := assignStory(ctx, tx, "a1", base); err != nil {
			b.Fatal(err)
		}
		tx.Rollback()
	}
}

// BenchmarkSyncStories is the one-time grouping of a store of 1,000
// articles written before story groups, at its first open.
func BenchmarkSyncStories(b *testing.B) {
	s, _ := openTest(b)
	storyFiller(b, s, 1000)
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		if _, err := s.DB().ExecContext(ctx, "DELETE FROM story_members"); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := s.syncStories(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

// TestStoriesConcurrentWritersAgree: two processes storing copies of one
// story at the same moment still put them in one story (each grouping
// runs inside its write transaction, so the second sees the first).
func TestStoriesConcurrentWritersAgree(t *testing.T) {
	ctx := context.Background()
	s, path := openTest(t)
	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	a, b := wire(t, "istanbul-wire.en.txt", "wire"), wire(t, "istanbul-eurowire.en.txt", "eurowire")
	errs := make(chan error, 2)
	for _, w := range []struct {
		s *Store
		a corpus.Article
	}{{s, a}, {s2, b}} {
		go func() {
			cs := chunksOf(w.a)
			_, err := w.s.PutArticle(ctx, w.a, cs, vecs(len(cs), 4, 1), "test-model")
			errs <- err
		}()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if x, y := storyOf(t, s, a.ID), storyOf(t, s2, b.ID); x != y || x == 0 {
		t.Errorf("concurrent copies in stories %d and %d", x, y)
	}
}
