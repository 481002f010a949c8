package retrieval

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/store"
)

// Seed article ids (corpus/seeds).
const (
	seedTTXVN    = "000_3b258cd7da7f345e" // vi: TTXVN news items 2018-2022
	seedNYT      = "001_f8e2b56428ec90a0" // vi: dialogue 9 months into Biden's term
	seedSaudi    = "002_61e6d07a90f56528" // en: talks in Saudi Arabia, NATO 1997
	seedIstanbul = "003_4d866f40c053a075" // en: Istanbul embassy talks
	seedAntonov  = "004_26071f03f059edc1" // en: Antonov, Crocus, March 26 sanctions
)

// TestSearchSeeds asks questions the way users type them and expects the
// article that answers each among the top three, marked relevant.
func TestSearchSeeds(t *testing.T) {
	e, _ := seededEngine(t)
	tests := []struct {
		kind, q, want string
	}{
		{"vi", "Ông Trump nói gì về quan hệ với Nga trước cuộc gặp ở Helsinki?", seedTTXVN},
		{"vi", "Mỹ đề cử ai làm đại sứ tại Nga thay John Huntsman?", seedTTXVN},
		{"vi", "Đặc phái viên khí hậu John Kerry ở Moskva bao nhiêu ngày?", seedNYT},
		{"vi", "Tại sao đại sứ quán Mỹ ở Moskva dừng cấp thị thực?", seedNYT},
		{"vi-nodiac", "putin gui thu chuc mung nam moi cho trump", seedTTXVN},
		{"vi-nodiac", "doi thoai an ninh mang giua nga va my co ket qua gi", seedTTXVN},
		{"vi-nodiac", "putin danh gia viec my rut quan khoi afghanistan the nao", seedNYT},
		{"en", "Who leads the Russian delegation at the Istanbul talks?", seedIstanbul},
		{"en", "How many companies did the US sanction on March 26?", seedAntonov},
		{"en", "Which countries does Russia want NATO to pull forces out of?", seedSaudi},
		{"en", "embassy visit condolences crocus city hall", seedAntonov},
		// Vietnamese question, English article.
		{"vi->en", "Nga và Mỹ nối lại đàm phán ở Ả Rập Xê-út khi nào?", seedSaudi},
		{"vi->en", "Vòng đàm phán ở Istanbul ngày 10/4 chỉ bàn về hoạt động đại sứ quán phải không?", seedIstanbul},
		{"vi->en", "Ngày 26/3 Mỹ trừng phạt những công ty nào của Nga?", seedAntonov},
		{"vi->en", "Đại sứ Antonov nói gì về hợp tác chống khủng bố?", seedAntonov},
		{"vi->en", "nga muon nato rut luc luong khoi dong au", seedSaudi},
		// English question, Vietnamese article.
		{"en->vi", "What did John Kerry do in Moscow?", seedNYT},
		{"en->vi", "Who did Trump nominate as ambassador to Russia to replace Huntsman?", seedTTXVN},
		{"en->vi", "What did Trump say about relations with Moscow being at their worst?", seedTTXVN},
		{"en->vi", "Did Putin send Trump a New Year letter?", seedTTXVN},
		{"en->vi", "Strategic stability and arms control dialogue between Russia and the US", seedTTXVN},
		{"en->vi", "When was the first round of US-Russia arms control talks supposed to happen?", seedTTXVN},
		{"en->vi", "Why did the US embassy in Moscow stop issuing visas?", seedNYT},
		// Russian question, English article: inflected words reach the
		// lexicon by their stems ("делегацию", "Стамбуле", "Эр-Рияде").
		{"ru->en", "Кто возглавляет российскую делегацию в Стамбуле?", seedIstanbul},
		{"ru->en", "Кто возглавит американскую делегацию на переговорах в Стамбуле?", seedIstanbul},
		{"ru->en", "Какие санкции США ввели против России?", seedAntonov},
		{"ru->en", "Сколько компаний США внесли в санкционный список 26 марта?", seedAntonov},
		{"ru->en", "Когда прошла встреча делегаций России и США в Эр-Рияде?", seedIstanbul},
		{"ru->en", "Чего Россия требует от НАТО?", seedSaudi},
		{"ru->en", "Кто такой Дарчиев?", seedIstanbul},
		{"ru->en", "Что сказал посол Антонов о сотрудничестве в борьбе с терроризмом?", seedAntonov},
		// Russian question, Vietnamese article.
		{"ru->vi", "Что сказал Лавров о диалоге по стратегической стабильности?", seedTTXVN},
		{"ru->vi", "Почему посольство США в Москве перестало выдавать визы?", seedNYT},
		{"ru->vi", "Кого Трамп выдвинул послом в России вместо Хантсмана?", seedTTXVN},
		{"ru->vi", "Что Захарова сказала о делегации в Женеве?", seedTTXVN},
		{"ru->vi", "Что делал Джон Керри в Москве?", seedNYT},
		{"ru->en", "Когда Россия и США провели переговоры в Саудовской Аравии?", seedSaudi},
	}
	for _, tt := range tests {
		t.Run(tt.kind+"/"+tt.q, func(t *testing.T) {
			hits, err := e.Search(context.Background(), Query{Text: tt.q, K: 3, PerArticle: 1})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range hits {
				got = append(got, h.ArticleID)
				if h.ArticleID == tt.want {
					if !h.Relevant {
						t.Errorf("right article found but not marked relevant (sim %.2f)", h.VectorSim)
					}
					return
				}
			}
			t.Errorf("top 3 = %v, want %s among them", got, tt.want)
		})
	}
}

// TestSearchRelevance: off-topic questions must not be judged relevant
// (the answer then says the corpus does not cover them); in-domain ones must.
func TestSearchRelevance(t *testing.T) {
	e, _ := seededEngine(t)
	tests := []struct {
		q    string
		want bool
	}{
		{"what is the recipe for pho?", false},
		{"công thức nấu phở", false},
		{"cong thuc nau pho bo", false},
		{"Thời tiết Hà Nội cuối tuần này thế nào?", false},
		{"gia vang hom nay bao nhieu", false},
		{"who won the 2022 world cup final?", false},
		{"Bitcoin price", false},
		{"How do I learn Python?", false},
		{"xin chào", false},
		{"hello", false},
		{"Lavrov", true},
		{"sanctions", true},
		{"trừng phạt", true},
		{"quan hệ Nga Mỹ", true},
		{"đối thoại ổn định chiến lược", true},
		{"doi thoai on dinh chien luoc", true},
		{"US Russia talks in Saudi Arabia", true},
		{"Ả Rập Xê-út", true},
		{"What did Antonov say about counterterrorism cooperation?", true},
		{"Погода в Москве на выходные", false},
		{"Как приготовить борщ?", false},
		{"Лавров", true},
		{"санкции", true},
		{"Лавров и стратегическая стабильность", true},
		{"Что сказал Рубио о погоде?", false},
		{"переговоры по СНВ-3", true},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			hits, err := e.Search(context.Background(), Query{Text: tt.q})
			if err != nil {
				t.Fatal(err)
			}
			got, maxSim := false, 0.0
			for _, h := range hits {
				got = got || h.Relevant
				maxSim = max(maxSim, h.VectorSim)
			}
			if floor := similarityFloor(e.Embedder()); !tt.want && maxSim >= floor {
				t.Errorf("off-topic question reaches similarity %.2f, the floor is %.2f", maxSim, floor)
			}
			if got != tt.want {
				var sims []string
				for _, h := range hits {
					sims = append(sims, fmt.Sprintf("%s:%.2f/%v", h.ArticleID[:3], h.VectorSim, h.Relevant))
				}
				t.Errorf("relevant = %v, want %v (hits %v)", got, tt.want, sims)
			}
		})
	}
}

func TestSearchShape(t *testing.T) {
	e, _ := seededEngine(t)
	ctx := context.Background()

	for _, q := range []Query{{}, {Text: "   "}, {Text: "\n\t", Extra: []string{"", " "}}} {
		hits, err := e.Search(ctx, q)
		if err != nil || hits != nil {
			t.Errorf("Search(%+v) = %v, %v; want no hits and no error", q, hits, err)
		}
	}

	for _, mode := range []Mode{Hybrid, Vector, Keyword} {
		t.Run(mode.String(), func(t *testing.T) {
			hits, err := e.Search(ctx, Query{Text: "Russia United States talks dialogue Nga Mỹ đối thoại", K: 5, PerArticle: 1, Mode: mode})
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) != 5 {
				t.Fatalf("%d hits, want 5 (one per seed article)", len(hits))
			}
			seen := map[string]bool{}
			for i, h := range hits {
				if seen[h.ArticleID] {
					t.Errorf("article %s twice with PerArticle 1", h.ArticleID)
				}
				seen[h.ArticleID] = true
				if i > 0 && h.Score > hits[i-1].Score {
					t.Errorf("hit %d scores %.4f above hit %d (%.4f)", i, h.Score, i-1, hits[i-1].Score)
				}
				if h.Text == "" || h.Title == "" || h.Lang == "" || h.ChunkID == 0 {
					t.Errorf("hit %d not enriched from the store: %+v", i, h)
				}
				if mode == Keyword && (h.VectorSim != 0 || !h.Keyword) {
					t.Errorf("keyword mode hit has VectorSim %.2f, Keyword %v", h.VectorSim, h.Keyword)
				}
				if mode == Vector && (h.VectorSim == 0 || h.Keyword) {
					t.Errorf("vector mode hit has VectorSim %.2f, Keyword %v", h.VectorSim, h.Keyword)
				}
			}
		})
	}

	// PerArticle caps chunks of one article; K caps the total.
	hits, err := e.Search(ctx, Query{Text: "Tổng thống Putin Biden Trump", K: 20, PerArticle: 2})
	if err != nil {
		t.Fatal(err)
	}
	per := map[string]int{}
	for _, h := range hits {
		if per[h.ArticleID]++; per[h.ArticleID] > 2 {
			t.Errorf("article %s has %d hits, PerArticle is 2", h.ArticleID, per[h.ArticleID])
		}
	}
	if len(hits) > 20 {
		t.Errorf("%d hits, K is 20", len(hits))
	}

	if _, err := e.Search(ctx, Query{Text: "talks", Mode: Mode(9)}); err == nil || !strings.Contains(err.Error(), "unknown mode") {
		t.Errorf("Search with an unknown mode: err = %v, want one naming the mode", err)
	}

	// An Extra phrasing alone is searched too.
	hits, err = e.Search(ctx, Query{Extra: []string{"Crocus City Hall condolences"}, K: 1})
	if err != nil || len(hits) != 1 || hits[0].ArticleID != seedAntonov {
		t.Errorf("Extra-only search = %v, %v; want the Antonov article", hits, err)
	}
}

// TestSearchCoverageFirst: a passage that has every part of the question
// comes first, ahead of one that only matches many translations of part of
// it (the Vietnamese news items also talk of embassies and talks).
func TestSearchCoverageFirst(t *testing.T) {
	e, _ := seededEngine(t)
	for _, tt := range []struct{ q, want string }{
		{"Istanbul embassy talks", seedIstanbul},
		{"Crocus City Hall condolences", seedAntonov},
		{"Moskva đại sứ quán thị thực", seedNYT},
		{"Thượng viện phê chuẩn đại sứ Sullivan", seedTTXVN},
	} {
		hits, err := e.Search(context.Background(), Query{Text: tt.q, K: 1})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != 1 || hits[0].ArticleID != tt.want {
			t.Errorf("%q: top hit %v, want %s", tt.q, hits, tt.want)
		}
	}
}

// TestSearchExpansion: the lexicon, not luck, carries a Vietnamese question
// to the English article that answers it.
func TestSearchExpansion(t *testing.T) {
	e, _ := seededEngine(t)
	q := "Ai dẫn đầu phái đoàn Nga ở Thổ Nhĩ Kỳ?"
	rank := func(noExp bool) int {
		hits, err := e.Search(context.Background(), Query{Text: q, K: 5, PerArticle: 1, Mode: Keyword, NoExpansion: noExp})
		if err != nil {
			t.Fatal(err)
		}
		for i, h := range hits {
			if h.ArticleID == seedIstanbul {
				return i
			}
		}
		return 99
	}
	with, without := rank(false), rank(true)
	if with > 2 || with >= without {
		t.Errorf("Istanbul article at rank %d with expansion, %d without; want top 3 and better", with, without)
	}
}

// TestAddRemove: chunks added then removed disappear from every retriever.
func TestAddRemove(t *testing.T) {
	e, st := seededEngine(t)
	ctx := context.Background()
	a := corpus.Article{
		ID: "zanzibar", Title: "Spice talks in Zanzibar", Lang: "en", Source: "Test Wire",
		Body: "Delegations met in Zanzibar to discuss clove exports and nutmeg tariffs.\n\nThe clove accord was signed at dawn.",
	}
	if err := corpus.Finalize(&a); err != nil {
		t.Fatal(err)
	}
	put := ingest(t, st, e, a)[0]
	before := e.Count()

	find := func(mode Mode) bool {
		hits, err := e.Search(ctx, Query{Text: "clove exports Zanzibar", Mode: mode, NoExpansion: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range hits {
			if h.ArticleID == "zanzibar" {
				return true
			}
		}
		return false
	}
	for _, m := range []Mode{Hybrid, Vector, Keyword} {
		if !find(m) {
			t.Errorf("%s: added article not found", m)
		}
	}

	// Index first: the store still has the chunks, the keyword leg must not
	// resurrect them.
	var ids []int64
	for _, c := range put.Chunks {
		ids = append(ids, c.ID)
	}
	if err := e.Remove(ctx, ids); err != nil {
		t.Fatal(err)
	}
	if got := e.Count(); got != before-len(ids) {
		t.Errorf("Count = %d after removing %d of %d", got, len(ids), before)
	}
	for _, m := range []Mode{Hybrid, Vector, Keyword} {
		if find(m) {
			t.Errorf("%s: removed article still found", m)
		}
	}
	if _, err := st.RemoveArticle(ctx, "zanzibar"); err != nil {
		t.Fatal(err)
	}
	if err := e.Remove(ctx, ids); err != nil {
		t.Errorf("removing absent ids: %v", err)
	}
}

func TestAddRejectsBadVectors(t *testing.T) {
	e, _ := seededEngine(t)
	ctx := context.Background()
	n := e.Count()
	tests := []struct {
		name string
		vec  []float32
	}{
		{"wrong dimension", make([]float32, 7)},
		{"zero", make([]float32, DefaultLocalDim)},
		{"empty", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			good := store.Chunk{ID: 900001, ArticleID: "x", Vector: unit(DefaultLocalDim, 1)}
			bad := store.Chunk{ID: 900002, ArticleID: "x", Vector: tt.vec}
			if err := e.Add(ctx, []store.Chunk{good, bad}); err == nil {
				t.Fatal("Add accepted a bad vector")
			}
			if e.Count() != n {
				t.Errorf("Count = %d after a rejected Add, want %d (nothing added)", e.Count(), n)
			}
		})
	}
}

// TestAddKeepsIndexedChunks: an Add that arrives after a Reindex already
// loaded the chunk (with the new model's vector) must not put the old
// model's vector back.
func TestAddKeepsIndexedChunks(t *testing.T) {
	ctx := context.Background()
	e, st := seededEngine(t)
	a := corpus.Article{ID: "late", Title: "Late", Lang: "en", Body: "A late passage about Geneva talks."}
	if err := corpus.Finalize(&a); err != nil {
		t.Fatal(err)
	}
	chunks := corpus.Split(a, corpus.ChunkOptions{})
	texts := []string{chunks[0].EmbedText()}
	old, _ := e.Embedder().Embed(ctx, texts)
	put, err := st.PutArticle(ctx, a, chunks[:1], old, e.Embedder().Model())
	if err != nil {
		t.Fatal(err)
	}
	// The reindex runs between the store write and the index update.
	if err := e.Reindex(ctx, NewLocalEmbedder(128), nil); err != nil {
		t.Fatal(err)
	}
	if err := e.Add(ctx, put.Chunks); err != nil {
		t.Fatalf("late Add of an already reindexed chunk: %v", err)
	}
	hits, err := e.Search(ctx, Query{Text: texts[0], K: 1, Mode: Vector, NoExpansion: true})
	if err != nil || len(hits) != 1 || hits[0].ArticleID != "late" || hits[0].VectorSim < 0.99 {
		t.Errorf("search after late add = %+v, %v; want the late chunk with its reindexed vector", hits, err)
	}
}

func unit(dim, axis int) []float32 {
	v := make([]float32, dim)
	v[axis%dim] = 1
	return v
}

func TestOpenModelMismatch(t *testing.T) {
	ctx := context.Background()
	st, _ := openStore(t)

	// An empty store accepts any embedder.
	if _, err := Open(ctx, st, NewLocalEmbedder(64)); err != nil {
		t.Fatalf("Open on an empty store: %v", err)
	}
	e, err := Open(ctx, st, NewLocalEmbedder(0))
	if err != nil {
		t.Fatal(err)
	}
	ingest(t, st, e, seeds(t)[2])

	_, err = Open(ctx, st, NewLocalEmbedder(64))
	if !errors.Is(err, ErrModelMismatch) {
		t.Fatalf("Open with another model: err = %v, want ErrModelMismatch", err)
	}
	for _, want := range []string{"local-v1-384", "local-v1-64", "detente reindex"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	if _, err := Open(ctx, st, NewLocalEmbedder(0)); err != nil {
		t.Errorf("Open with the recorded model: %v", err)
	}
}

func TestReindex(t *testing.T) {
	ctx := context.Background()
	st, _ := openStore(t)
	e, err := Open(ctx, st, NewLocalEmbedder(32))
	if err != nil {
		t.Fatal(err)
	}
	ingest(t, st, e, seeds(t)...)
	n := e.Count()

	var calls [][2]int
	if err := e.Reindex(ctx, NewLocalEmbedder(0), func(done, total int) { calls = append(calls, [2]int{done, total}) }); err != nil {
		t.Fatal(err)
	}
	if e.Count() != n {
		t.Errorf("Count = %d after reindex, want %d", e.Count(), n)
	}
	if e.Embedder().Model() != "local-v1-384" {
		t.Errorf("engine still embeds with %s", e.Embedder().Model())
	}
	if len(calls) < 2 || calls[len(calls)-1] != [2]int{n, n} {
		t.Errorf("progress calls %v, want to end at (%d, %d)", calls, n, n)
	}
	for i := 1; i < len(calls); i++ {
		if calls[i][0] < calls[i-1][0] {
			t.Errorf("progress went backwards: %v", calls)
		}
	}
	hits, err := e.Search(ctx, Query{Text: "Crocus City Hall condolences", K: 1})
	if err != nil || len(hits) != 1 || hits[0].ArticleID != seedAntonov || hits[0].VectorSim < 0.1 {
		t.Errorf("search after reindex = %+v, %v", hits, err)
	}
	// The store now records the new model: the old embedder is refused.
	if _, err := Open(ctx, st, NewLocalEmbedder(32)); !errors.Is(err, ErrModelMismatch) {
		t.Errorf("Open with the old model after reindex: %v, want ErrModelMismatch", err)
	}
	if _, err := Open(ctx, st, NewLocalEmbedder(0)); err != nil {
		t.Errorf("Open with the new model after reindex: %v", err)
	}
}

// failingEmbedder fails after a number of successful calls.
type failingEmbedder struct {
	Embedder
	ok int
}

func (f *failingEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	if f.ok == 0 {
		return nil, errors.New("embedding server down")
	}
	f.ok--
	return f.Embedder.Embed(ctx, texts)
}

func TestReindexFailureKeepsOldIndex(t *testing.T) {
	ctx := context.Background()
	e, st := seededEngine(t)
	before, _ := e.Search(ctx, Query{Text: "Crocus condolences", K: 1})
	err := e.Reindex(ctx, &failingEmbedder{Embedder: NewLocalEmbedder(64)}, nil)
	if err == nil || !strings.Contains(err.Error(), "embedding server down") {
		t.Fatalf("Reindex err = %v, want the embedder's failure", err)
	}
	if m, _ := StoredModel(ctx, st); m != "local-v1-384" {
		t.Errorf("store model = %q after a failed reindex, want the old one", m)
	}
	after, err := e.Search(ctx, Query{Text: "Crocus condolences", K: 1})
	if err != nil || len(after) != 1 || after[0].ChunkID != before[0].ChunkID {
		t.Errorf("search after failed reindex = %v, %v; want %v", after, err, before)
	}
}

// TestConcurrentSearchAddRemove is for -race: bot handlers search while
// admins add and remove articles.
func TestConcurrentSearchAddRemove(t *testing.T) {
	e, st := seededEngine(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for g := range 4 {
		wg.Go(func() {
			for i := range 8 {
				q := []string{"Nga Mỹ đối thoại", "sanctions March 26", "Istanbul embassy talks", "putin trump helsinki"}[(g+i)%4]
				if _, err := e.Search(ctx, Query{Text: q, Mode: Mode(i % 3)}); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Go(func() {
		for i := range 6 {
			a := corpus.Article{ID: fmt.Sprintf("c%d", i), Title: "Concurrent", Lang: "en",
				Body: fmt.Sprintf("Talk number %d about sanctions and dialogue in Istanbul.", i)}
			if err := corpus.Finalize(&a); err != nil {
				errs <- err
				return
			}
			put := ingest(t, st, e, a)[0]
			if i%2 == 0 {
				var ids []int64
				for _, c := range put.Chunks {
					ids = append(ids, c.ID)
				}
				if err := e.Remove(ctx, ids); err != nil {
					errs <- err
					return
				}
			}
		}
	})
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestReindexWhileSearching is for -race: searches keep working, with one
// model or the other, while the index is rebuilt with a new dimension.
func TestReindexWhileSearching(t *testing.T) {
	e, _ := seededEngine(t)
	ctx := context.Background()
	stop := make(chan struct{})
	var wg sync.WaitGroup
	errs := make(chan error, 1)
	for range 2 {
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := e.Search(ctx, Query{Text: "Istanbul embassy talks đàm phán"}); err != nil {
					select {
					case errs <- err:
					default:
					}
					return
				}
			}
		})
	}
	err := e.Reindex(ctx, NewLocalEmbedder(128), nil)
	close(stop)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-errs:
		t.Fatalf("search during reindex: %v", err)
	default:
	}
	hits, err := e.Search(ctx, Query{Text: "Istanbul embassy talks", K: 1})
	if err != nil || len(hits) != 1 || hits[0].ArticleID != seedIstanbul {
		t.Errorf("search after reindex = %v, %v", hits, err)
	}
}

// TestRestart100k: 100k chunks written through the store survive a
// restart: the reopened engine holds them all and finds a random sample by
// their own text. Under -race it runs at 5k chunks (see raceEnabled).
func TestRestart100k(t *testing.T) {
	const dim = 16
	articles, per := 50, 2000
	if raceEnabled {
		articles, per = 10, 500
	}
	ctx := context.Background()
	st, path := openStore(t)
	emb := NewLocalEmbedder(dim)
	e, err := Open(ctx, st, emb)
	if err != nil {
		t.Fatal(err)
	}
	text := func(a, c int) string { return fmt.Sprintf("passage a%dc%d of article %d", a, c, a) }
	for a := range articles {
		art := corpus.Article{ID: fmt.Sprintf("art%03d", a), Title: fmt.Sprintf("Article %d", a), Lang: "en", Body: fmt.Sprintf("body %d", a)}
		if err := corpus.Finalize(&art); err != nil {
			t.Fatal(err)
		}
		chunks := make([]corpus.Chunk, per)
		texts := make([]string, per)
		for c := range per {
			chunks[c] = corpus.Chunk{ArticleID: art.ID, Seq: c, Text: text(a, c)}
			texts[c] = chunks[c].EmbedText()
		}
		vecs, err := emb.Embed(ctx, texts)
		if err != nil {
			t.Fatal(err)
		}
		put, err := st.PutArticle(ctx, art, chunks, vecs, emb.Model())
		if err != nil {
			t.Fatal(err)
		}
		if err := e.Add(ctx, put.Chunks); err != nil {
			t.Fatal(err)
		}
	}
	if e.Count() != articles*per {
		t.Fatalf("Count = %d before restart", e.Count())
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	st2, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	e2, err := Open(ctx, st2, NewLocalEmbedder(dim))
	if err != nil {
		t.Fatal(err)
	}
	if e2.Count() != articles*per {
		t.Fatalf("Count = %d after restart, want %d", e2.Count(), articles*per)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		a, c := r.IntN(articles), r.IntN(per)
		hits, err := e2.Search(ctx, Query{Text: text(a, c), K: 50, PerArticle: 50, Mode: Vector, NoExpansion: true})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, h := range hits {
			if h.ArticleID == fmt.Sprintf("art%03d", a) && h.Seq == c {
				found = h.VectorSim > 0.999
			}
		}
		if !found {
			t.Errorf("chunk a%dc%d not retrievable by its own text after restart", a, c)
		}
	}
}

// TestKeywordPhrases pins what keywordTerms relies on: the store turns a
// multi-word term into an FTS5 phrase, so "dai su quan" matches the compound
// and not its syllables scattered in a passage.
func TestKeywordPhrases(t *testing.T) {
	ctx := context.Background()
	st, _ := openStore(t)
	e, err := Open(ctx, st, NewLocalEmbedder(32))
	if err != nil {
		t.Fatal(err)
	}
	mk := func(id, body string) corpus.Article {
		a := corpus.Article{ID: id, Title: id, Lang: "vi", Body: body}
		if err := corpus.Finalize(&a); err != nil {
			t.Fatal(err)
		}
		return a
	}
	ingest(t, st, e,
		mk("compound", "Đại sứ quán Mỹ tại Moskva ngừng cấp thị thực."),
		mk("scattered", "Quán cà phê đại diện cho sứ mệnh mới."))
	hits, err := st.KeywordSearch(ctx, []string{"dai su quan"}, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 {
		t.Fatalf("phrase term matched %d chunks, want only the one with the compound", len(hits))
	}
	chunks, err := st.ChunksByID(ctx, []int64{hits[0].ChunkID})
	if err != nil || len(chunks) != 1 || chunks[0].ArticleID != "compound" {
		t.Fatalf("phrase term matched %v (%v), want the compound article", chunks, err)
	}
}

// TestOpenAIEmbedderWithStoreCache: an engine embedding through an
// OpenAI-compatible server, with the store as the embedding cache, pays for
// each text once across a restart and a reindex of unchanged text.
func TestOpenAIEmbedderWithStoreCache(t *testing.T) {
	ctx := context.Background()
	f, srv := newFakeEmbeddings(t)
	st, _ := openStore(t)
	newEmb := func() Embedder {
		e, _ := testOpenAI(t, srv, OpenAIOptions{Model: "fake-embed", Cache: st})
		return e
	}
	e, err := Open(ctx, st, newEmb())
	if err != nil {
		t.Fatal(err)
	}
	ingest(t, st, e, seeds(t)...)
	paid := f.texts.Load()
	if paid == 0 {
		t.Fatal("no text was embedded by the server")
	}
	hits, err := e.Search(ctx, Query{Text: "Crocus City Hall condolences", K: 1})
	if err != nil || len(hits) != 1 || hits[0].ArticleID != seedAntonov {
		t.Fatalf("search through the OpenAI embedder = %v, %v", hits, err)
	}

	e2, err := Open(ctx, st, newEmb())
	if err != nil {
		t.Fatal(err)
	}
	before := f.texts.Load()
	if err := e2.Reindex(ctx, newEmb(), nil); err != nil {
		t.Fatal(err)
	}
	if got := f.texts.Load() - before; got != 0 {
		t.Errorf("reindex of unchanged text sent %d texts to the server, want 0 (cached)", got)
	}
	if e2.Count() != e.Count() {
		t.Errorf("Count after reindex = %d, want %d", e2.Count(), e.Count())
	}
}

// ingestingEmbedder is a new embedder during a reindex: on its first call an
// admin's /add lands in the store (embedded with the engine's old model, as
// ingest does), and from its second call on the embedding server is down.
type ingestingEmbedder struct {
	Embedder
	calls int
	add   func()
}

func (f *ingestingEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	f.calls++
	switch f.calls {
	case 1:
		f.add()
	default:
		return nil, errors.New("embedding server down")
	}
	return f.Embedder.Embed(ctx, texts)
}

// TestReindexFailingInCatchUpChangesNothing: a reindex that fails after the
// corpus was embedded, while catching up with an article added meanwhile,
// leaves the store on the old model, so the running engine keeps ingesting
// and a restart with the old embedder still works.
func TestReindexFailingInCatchUpChangesNothing(t *testing.T) {
	ctx := context.Background()
	e, st := seededEngine(t)
	late := corpus.Article{ID: "late", Title: "Late", Lang: "en", Body: "A late passage about Geneva talks."}
	if err := corpus.Finalize(&late); err != nil {
		t.Fatal(err)
	}
	// The /add writes the store while Reindex runs; its index update waits
	// for Reindex to finish, as ingest's would.
	var put store.PutResult
	emb := &ingestingEmbedder{Embedder: NewLocalEmbedder(64), add: func() {
		chunks := corpus.Split(late, corpus.ChunkOptions{})
		texts := make([]string, len(chunks))
		for i, c := range chunks {
			texts[i] = c.EmbedText()
		}
		vecs, err := e.Embedder().Embed(ctx, texts)
		if err != nil {
			t.Error(err)
			return
		}
		if put, err = st.PutArticle(ctx, late, chunks, vecs, e.Embedder().Model()); err != nil {
			t.Error(err)
		}
	}}
	if err := e.Reindex(ctx, emb, nil); err == nil || !strings.Contains(err.Error(), "embedding server down") {
		t.Fatalf("Reindex err = %v, want the embedder's failure", err)
	}
	if err := e.Add(ctx, put.Chunks); err != nil {
		t.Errorf("index update of the article added during the failed reindex: %v", err)
	}
	if m, _ := st.Meta(ctx, store.MetaEmbedModel); m != "local-v1-384" {
		t.Errorf("store model = %q after a failed reindex, want the old one", m)
	}
	// The running engine still ingests: the store agrees with its embedder.
	more := corpus.Article{ID: "more", Title: "More", Lang: "en", Body: "Another passage about Vienna talks."}
	if err := corpus.Finalize(&more); err != nil {
		t.Fatal(err)
	}
	ingest(t, st, e, more)
	if _, err := Open(ctx, st, NewLocalEmbedder(0)); err != nil {
		t.Errorf("restart with the old embedder after a failed reindex: %v", err)
	}
}

// TestOpenForReindexRepairsMixedVectors: a store left with vectors of two
// dimensions cannot be opened for searching, but can be reindexed, which
// repairs it.
func TestOpenForReindexRepairsMixedVectors(t *testing.T) {
	ctx := context.Background()
	_, st := seededEngine(t)
	var first int64
	if err := st.EachChunkText(ctx, func(id int64, _ string) error {
		if first == 0 {
			first = id
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := st.SetChunkVectors(ctx, "local-v1-64", map[int64][]float32{first: unit(64, 3)}); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(ctx, st, NewLocalEmbedder(64)); err == nil {
		t.Fatal("Open accepted a store with vectors of two dimensions")
	}
	e, err := OpenForReindex(ctx, st, NewLocalEmbedder(64))
	if err != nil {
		t.Fatalf("OpenForReindex: %v", err)
	}
	if err := e.Reindex(ctx, NewLocalEmbedder(64), nil); err != nil {
		t.Fatalf("Reindex: %v", err)
	}
	stats, err := st.CorpusStats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if e.Count() != stats.Chunks {
		t.Errorf("Count = %d after reindex, want the store's %d chunks", e.Count(), stats.Chunks)
	}
	e2, err := Open(ctx, st, NewLocalEmbedder(64))
	if err != nil {
		t.Fatalf("Open after reindex: %v", err)
	}
	hits, err := e2.Search(ctx, Query{Text: "Crocus City Hall condolences", K: 1})
	if err != nil || len(hits) != 1 || hits[0].ArticleID != seedAntonov {
		t.Errorf("search after repair = %+v, %v", hits, err)
	}
}

// TestSearchStemmedWords: a question finds a passage that uses another form
// of its words ("expire"/"expires", "headed"/"heads"), through both the
// keyword index and the relevance gate.
func TestSearchStemmedWords(t *testing.T) {
	st, _ := openStore(t)
	e, err := Open(context.Background(), st, NewLocalEmbedder(0))
	if err != nil {
		t.Fatal(err)
	}
	treaty := corpus.Article{
		ID: "new-start", Title: "Arms control", Source: "Wire", Lang: "en",
		Body: "The New START treaty expires in February 2026, officials in Moscow and Washington confirmed. " +
			"Sergei Ryabkov heads the Russian delegation, which has met its American counterparts twice.",
	}
	treaty.Hash = corpus.BodyHash(treaty.Body)
	ingest(t, st, e, append(seeds(t), treaty)...)
	for _, q := range []string{"When does New START expire?", "Who headed the Russian delegation?", "Ryabkov delegations"} {
		t.Run(q, func(t *testing.T) {
			hits, err := e.Search(context.Background(), Query{Text: q, Mode: Keyword})
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) == 0 || hits[0].ArticleID != "new-start" || !hits[0].Relevant {
				t.Errorf("hits %+v, want new-start first and relevant", hits)
			}
		})
	}
}

// A quote that shares only its speaker's surname with the question is in
// a passage the gate finds irrelevant, which Search drops beside the
// article's relevant one; the article's passages, read by its id, hold
// it, each as its own chunk, and those of an article removed from the
// index are not read.
func TestArticlePassagesHoldWhatSearchDrops(t *testing.T) {
	e, st := seededEngine(t)
	ctx := context.Background()
	lead := "Deputy Foreign Minister Pavel Osinkin led the Russian delegation at the data exchange consultations on hypersonic launch notifications. "
	filler := "The meeting room overlooked the river, and lunch was served at noon for both delegations and their interpreters. "
	quote := "Later on Wednesday Osinkin said Moscow would wait for a written reply before the summer."
	a := corpus.Article{
		ID: "osinkin", Title: "Envoys meet by the river", Lang: "en", Source: "Test Wire",
		Body: lead + "\n\n" + strings.Repeat(filler, 8) + "\n\n" + strings.Repeat(filler, 8) + "\n\n" + quote,
	}
	if err := corpus.Finalize(&a); err != nil {
		t.Fatal(err)
	}
	put := ingest(t, st, e, a)[0]
	if len(put.Chunks) < 3 {
		t.Fatalf("article cut into %d chunks, want the quote in a later one", len(put.Chunks))
	}
	q := "What did Osinkin say about the data exchange consultations on launch notifications?"
	hits, err := e.Search(ctx, Query{Text: q, K: 10})
	if err != nil {
		t.Fatal(err)
	}
	quoted := func(hs []Hit) bool {
		return slices.ContainsFunc(hs, func(h Hit) bool { return h.ArticleID == "osinkin" && strings.Contains(h.Text, quote) })
	}
	if !slices.ContainsFunc(hits, func(h Hit) bool { return h.ArticleID == "osinkin" && h.Relevant }) {
		t.Fatalf("the article is not found relevant: %+v", hits)
	}
	if quoted(hits) {
		t.Fatalf("search kept the quote's passage: the test no longer shows the gate dropping it")
	}
	got, err := e.ArticlePassages(ctx, []string{"osinkin", "missing"}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(put.Chunks) || !quoted(got) {
		t.Fatalf("ArticlePassages gave %d of %d passages, quote read %v", len(got), len(put.Chunks), quoted(got))
	}
	for i, h := range got {
		if h.ChunkID != put.Chunks[i].ID || h.Seq != i || h.Text != put.Chunks[i].Text {
			t.Errorf("passage %d is chunk %d seq %d, want chunk %d", i, h.ChunkID, h.Seq, put.Chunks[i].ID)
		}
	}
	var ids []int64
	for _, c := range put.Chunks {
		ids = append(ids, c.ID)
	}
	if err := e.Remove(ctx, ids); err != nil {
		t.Fatal(err)
	}
	if got, err := e.ArticlePassages(ctx, []string{"osinkin"}, 0); err != nil || len(got) != 0 {
		t.Errorf("removed article: %d passages, %v", len(got), err)
	}
}
