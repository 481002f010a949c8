package retrieval

import (
	"cmp"
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	chromem "github.com/philippgille/chromem-go"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/store"
)

// Mode selects which retrievers run (for evaluation).
type Mode int

// The modes. The zero value is the default, Hybrid.
const (
	Hybrid  Mode = iota // vector + BM25, fused (default)
	Vector              // vector only
	Keyword             // BM25 only
)

// String names the mode for logs and reports.
func (m Mode) String() string {
	switch m {
	case Hybrid:
		return "hybrid"
	case Vector:
		return "vector"
	case Keyword:
		return "keyword"
	}
	return "mode(" + strconv.Itoa(int(m)) + ")"
}

// Query is a search request.
type Query struct {
	Text        string   // the (standalone) question
	Extra       []string // more phrasings to fuse (e.g. model translations)
	K           int      // hits wanted, default 6, at most 100
	PerArticle  int      // max chunks per article, default 2
	Mode        Mode
	NoExpansion bool // disable lexicon query expansion (evaluation)
}

// Hit is one retrieved passage with its article's metadata.
type Hit struct {
	ChunkID   int64
	ArticleID string
	Seq       int
	Title     string
	URL       string
	Source    string
	Lang      string
	Published time.Time
	Text      string
	Score     float64 // fused score, higher is better
	VectorSim float64 // cosine similarity, 0 if not a vector hit
	Keyword   bool    // matched by BM25
	// Relevant is retrieval's judgement that the passage actually bears on the
	// query (e.g. shares content terms or passes a similarity floor). When no
	// hit is Relevant the answer says the corpus does not cover the question.
	Relevant bool
	// Story is the article's story: near-duplicates (one wire story on
	// several sites) share it, and Search returns one article per story.
	// 0 when unknown.
	Story int64
	// Also are the story's other articles, the reports this hit stands
	// for ("also reported by"), earliest first.
	Also []store.StoryArticle
}

// Search tuning.
const (
	defaultK          = 6
	defaultPerArticle = 2
	maxK              = 100
	// rrfK is the reciprocal-rank-fusion constant from Cormack et al. (2009):
	// large enough that one list's top rank does not drown agreement between
	// lists.
	rrfK = 60
	// minCandidates is how deep each retriever looks before fusion: deep
	// enough that a chunk one retriever ranks poorly can still be lifted by
	// the other, shallow enough to keep BM25 and read-back cheap.
	minCandidates = 40
	// maxKeywordTerms bounds the BM25 query (expansion can add dozens).
	maxKeywordTerms = 48
)

// candidate is one chunk's standing across the fused lists.
type candidate struct {
	id        int64
	article   string
	score     float64
	vectorSim float64
	vector    bool
	keyword   bool
}

// Search runs hybrid search. Empty query: no hits, no error.
//
// The question, the question with its lexicon expansion, and each Extra
// phrasing are embedded and searched in the vector index; their content
// words and the expansion are searched with BM25 at the same time; the
// lists are fused by reciprocal rank (BM25 weighing as much as the vector
// lists together). The best candidates are read back from the store, judged
// for relevance and, in Hybrid mode, rescored by how much of the question
// they cover; at most PerArticle chunks per article are kept, then the top K.
// Safe for concurrent use with Add, Remove and Reindex.
func (e *Engine) Search(ctx context.Context, q Query) ([]Hit, error) {
	text := strings.TrimSpace(q.Text)
	var extras []string
	for _, x := range q.Extra {
		if x = strings.TrimSpace(x); x != "" && x != text && !slices.Contains(extras, x) {
			extras = append(extras, x)
		}
	}
	if text == "" && len(extras) == 0 {
		return nil, nil
	}
	if q.Mode != Hybrid && q.Mode != Vector && q.Mode != Keyword {
		return nil, fmt.Errorf("search %q: unknown mode %d (want Hybrid, Vector or Keyword)", text, q.Mode)
	}
	k := q.K
	if k <= 0 {
		k = defaultK
	}
	k = min(k, maxK)
	per := q.PerArticle
	if per <= 0 {
		per = defaultPerArticle
	}
	depth := max(minCandidates, 4*k)

	phrasings := append([]string{text}, extras...)
	if text == "" {
		phrasings = extras
	}
	var groups []expGroup // expansion terms, one group per lexicon concept
	if !q.NoExpansion {
		groups = expansionGroups(phrasings)
	}

	// The BM25 query (SQLite, one thread) runs while the vector leg
	// (chromem-go, all CPUs) embeds and scans.
	var (
		kwHits []store.KeywordHit
		kwErr  error
		kwDone = make(chan struct{})
	)
	if q.Mode != Vector {
		go func() {
			defer close(kwDone)
			if terms := keywordTerms(phrasings, groups); len(terms) > 0 {
				kwHits, kwErr = e.st.KeywordSearch(ctx, terms, depth)
			}
		}()
	} else {
		close(kwDone)
	}

	var (
		lists [][]chromem.Result
		floor float64
	)
	if q.Mode != Keyword {
		var emb Embedder
		var err error
		lists, emb, err = e.vectorSearch(ctx, vectorTexts(text, phrasings, groups), depth)
		if err != nil {
			<-kwDone
			return nil, fmt.Errorf("search %q: %w", text, err)
		}
		floor = similarityFloor(emb)
	}
	<-kwDone
	if kwErr != nil {
		return nil, fmt.Errorf("search %q: %w", text, kwErr)
	}

	fused := map[int64]*candidate{}
	add := func(rank int, id int64, weight float64) *candidate {
		c := fused[id]
		if c == nil {
			c = &candidate{id: id}
			fused[id] = c
		}
		c.score += weight / float64(rrfK+rank+1)
		return c
	}
	for _, list := range lists {
		for rank, r := range list {
			id, err := strconv.ParseInt(r.ID, 10, 64)
			if err != nil {
				continue // not ours; cannot happen
			}
			c := add(rank, id, 1)
			c.vector = true
			if s := float64(r.Similarity); finite(s) && s > c.vectorSim {
				c.vectorSim = s
			}
		}
	}
	// The BM25 list carries as much weight as all vector lists together,
	// so each retriever has the same say whatever the number of phrasings
	// (a separate BM25 list of the question's words alone was measured and
	// only pulled same-language articles above cross-lingual answers).
	kwWeight := float64(max(1, len(lists)))
	for rank, h := range kwHits {
		add(rank, h.ChunkID, kwWeight).keyword = true
	}
	if len(fused) == 0 {
		return nil, nil
	}

	// Article ids come from the index; a keyword hit the index does not hold
	// (removed, or stored but not yet indexed) is dropped, so Remove takes
	// effect for both retrievers at once.
	ranked := make([]*candidate, 0, len(fused))
	e.mu.RLock()
	for id, c := range fused {
		if a, ok := e.ids[id]; ok {
			c.article = a
			ranked = append(ranked, c)
		}
	}
	e.mu.RUnlock()
	slices.SortFunc(ranked, func(a, b *candidate) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})

	// Read back a pool of the best candidates, rescore each (in Hybrid
	// mode; the single-retriever modes stay raw for evaluation) by how much
	// of the question it covers, then cap per article and keep K. Rank
	// fusion alone lets a passage that matches many translated terms of part
	// of the question outrank one that matches all of it ("Istanbul embassy
	// talks" preferred a Vietnamese item on embassies and talks elsewhere).
	// The pool keeps a few more chunks per article than the cap, so the
	// rescoring can reorder within an article without one long article
	// crowding the others out of the pool.
	poolSize := max(3*k, 30)
	var when *timeBoost // the question's time cue (timeboost.go), Hybrid only
	if q.Mode == Hybrid {
		var err error
		if when, err = resolveTime(ctx, e.st, phrasings, time.Now()); err != nil {
			return nil, fmt.Errorf("search %q: %w", text, err)
		}
		if when != nil {
			poolSize *= timePoolFactor
		}
	}
	var pool []*candidate
	inPool := map[string]int{}
	for _, c := range ranked {
		if inPool[c.article] < per+2 {
			inPool[c.article]++
			pool = append(pool, c)
			if len(pool) == poolSize {
				break
			}
		}
	}
	ids := make([]int64, len(pool))
	for i, c := range pool {
		ids[i] = c.id
	}
	chunks, err := e.st.ChunksByID(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", text, err)
	}
	byID := make(map[int64]store.Chunk, len(chunks))
	for _, c := range chunks {
		byID[c.ID] = c
	}
	concepts := queryConcepts(phrasings, groups)
	concepts.rare = sync.OnceValue(func() map[int]bool { return e.rareGroups(ctx, concepts.groups) })
	hits := make([]Hit, 0, len(pool))
	for _, c := range pool {
		ch, ok := byID[c.id]
		if !ok {
			continue // removed between the index lookup and the read
		}
		relevant, coverage := concepts.judge(ch.Title + "\n" + ch.Text)
		score := c.score
		if q.Mode == Hybrid {
			score *= 1 + coverage
			if when != nil {
				score *= when.factor(ch.Published, coverage)
			}
		}
		hits = append(hits, Hit{
			ChunkID: ch.ID, ArticleID: ch.ArticleID, Seq: ch.Seq, Title: ch.Title, URL: ch.URL,
			Source: ch.Source, Lang: ch.Lang, Published: ch.Published, Text: ch.Text,
			Score: score, VectorSim: c.vectorSim, Keyword: c.keyword,
			Relevant: relevant || (c.vector && c.vectorSim >= floor),
			Story:    ch.Story,
		})
	}
	slices.SortStableFunc(hits, func(a, b Hit) int { return cmp.Compare(b.Score, a.Score) })
	out, storyArticle := perStory(hits, per, k)
	if err := e.addAlso(ctx, out, storyArticle); err != nil {
		return nil, fmt.Errorf("search %q: %w", text, err)
	}
	return out, nil
}

// perStory keeps, of hits sorted best first, at most per passages of an
// article and one article per story, up to k, and returns them with the
// article kept for each story.
func perStory(hits []Hit, per, k int) ([]Hit, map[int64]string) {
	// One article per story: three outlets' copies of a wire story are one
	// source, cited once, and leave room for other stories in the top K.
	perArticle := map[string]int{}
	storyArticle := map[int64]string{}
	// A passage the gate found irrelevant does not take the place of its
	// article's (or story's) relevant one further down: the answer uses
	// only relevant passages, and lost gold articles that search had found
	// when a copy's off-topic paragraph outscored the one that answers.
	relevantArticle, relevantStory := map[string]bool{}, map[int64]bool{}
	for _, h := range hits {
		if h.Relevant {
			relevantArticle[h.ArticleID] = true
			relevantStory[h.Story] = h.Story != 0
		}
	}
	out := make([]Hit, 0, k)
	for _, h := range hits {
		if !h.Relevant && (relevantArticle[h.ArticleID] || relevantStory[h.Story]) {
			continue
		}
		if perArticle[h.ArticleID] >= per {
			continue
		}
		if h.Story != 0 {
			if a, ok := storyArticle[h.Story]; ok && a != h.ArticleID {
				continue
			}
			storyArticle[h.Story] = h.ArticleID
		}
		perArticle[h.ArticleID]++
		out = append(out, h)
		if len(out) == k {
			break
		}
	}
	return out, storyArticle
}

// ArticlePassages returns the first per passages (all when per <= 0) of
// these articles still in the index, as hits in the order the ids are given and by seq within an
// article, with no score. They are not judged: the relevance gate reads
// one passage at a time, and an article it found relevant may hold, in a
// passage that shares only a surname with the question, the quote that
// answers it ("Later on Wednesday Osinkin said…"), which Search drops
// beside the article's relevant passage. The caller reads them only for
// articles a search found relevant. Each hit keeps its own chunk, so a
// sentence quoted from it is cited where it was read.
func (e *Engine) ArticlePassages(ctx context.Context, articleIDs []string, per int) ([]Hit, error) {
	if len(articleIDs) == 0 {
		return nil, nil
	}
	chunks, err := e.st.ChunksOfArticles(ctx, articleIDs, per)
	if err != nil {
		return nil, fmt.Errorf("passages of %d articles: %w", len(articleIDs), err)
	}
	hits := make([]Hit, 0, len(chunks))
	e.mu.RLock()
	for _, ch := range chunks {
		if _, ok := e.ids[ch.ID]; !ok {
			continue // stored but not (yet, or any more) indexed, as Search
		}
		hits = append(hits, Hit{
			ChunkID: ch.ID, ArticleID: ch.ArticleID, Seq: ch.Seq, Title: ch.Title, URL: ch.URL,
			Source: ch.Source, Lang: ch.Lang, Published: ch.Published, Text: ch.Text, Story: ch.Story,
		})
	}
	e.mu.RUnlock()
	return hits, nil
}

// addAlso fills each hit's Also from the store, which other processes
// write: a copy ingested a moment ago elsewhere is listed at once.
func (e *Engine) addAlso(ctx context.Context, hits []Hit, storyArticle map[int64]string) error {
	if len(storyArticle) == 0 {
		return nil
	}
	stories := make([]int64, 0, len(storyArticle))
	for s := range storyArticle {
		stories = append(stories, s)
	}
	slices.Sort(stories)
	members, err := e.st.StoryArticles(ctx, stories)
	if err != nil {
		return err
	}
	for i := range hits {
		for _, m := range members[hits[i].Story] {
			if m.ArticleID != hits[i].ArticleID {
				hits[i].Also = append(hits[i].Also, m)
			}
		}
	}
	return nil
}

// expansionGroups returns the lexicon's expansion of the phrasings, one
// group per concept, each concept once.
func expansionGroups(phrasings []string) []expGroup {
	var groups []expGroup
	seen := map[string]bool{}
	for _, s := range phrasings {
		for _, g := range DefaultLexicon().expandGroups(s) {
			if key := g.matched + "|" + strings.Join(g.terms, "|"); !seen[key] {
				seen[key] = true
				groups = append(groups, g)
			}
		}
	}
	return groups
}

// vectorTexts returns the texts the vector leg embeds, one ranked list
// each: every phrasing as asked, plus the question with its expansion
// appended when the lexicon expanded it.
func vectorTexts(text string, phrasings []string, groups []expGroup) []string {
	texts := slices.Clone(phrasings)
	var expansion []string
	for _, g := range groups {
		expansion = append(expansion, g.terms...)
	}
	if len(expansion) > 0 {
		texts = append(texts, strings.TrimSpace(text+" "+strings.Join(expansion, " ")))
	}
	return texts
}

// vectorSearch embeds the phrasings with the current embedder and returns
// one ranked list per phrasing, each of at most depth results, from a
// single pass over the collection (see scan). If a Reindex swaps the index
// between the embedding and the query, the phrasings are embedded again
// with the new embedder (vectors of two models must never be compared).
func (e *Engine) vectorSearch(ctx context.Context, phrasings []string, depth int) ([][]chromem.Result, Embedder, error) {
	for {
		e.mu.RLock()
		emb, coll := e.emb, e.coll
		empty := len(e.ids) == 0
		e.mu.RUnlock()
		if empty || len(phrasings) == 0 {
			return nil, emb, nil
		}
		vecs, err := emb.Embed(ctx, phrasings)
		if err != nil {
			return nil, emb, fmt.Errorf("embed query: %w", err)
		}
		if len(vecs) != len(phrasings) {
			return nil, emb, fmt.Errorf("embed query: %d vectors for %d texts", len(vecs), len(phrasings))
		}
		e.mu.RLock()
		if e.coll != coll {
			e.mu.RUnlock()
			continue
		}
		// On a small index the separate queries are cheap and a deep
		// single one would return most of it: stay exact there.
		cands := candidateFactor * depth
		if 4*cands > e.coll.Count() {
			cands = 0
		}
		lists, err := e.scan(ctx, vecs, depth, cands)
		e.mu.RUnlock()
		return lists, emb, err
	}
}

// candidateFactor is how many more candidates than depth the single pass
// of a several-phrasing query collects before each phrasing's list is cut
// from them. The local embedder's question and expanded question are far
// enough apart that their combined query ranks each one's best chunks
// loosely: on 4,000 chunks of the seeds' topics (TestScanMatchesExactLists)
// 4× found 0.85 of the exact top 40 and 0.94 of the top 3, 16× 0.97 and
// 0.99, 32× 0.996 and all. A deeper heap costs little beside reading every
// vector (1,280 results and their re-scoring are ~1% of a 100k pass).
const candidateFactor = 32

// scan returns each query vector's ranked list of its depth most similar
// chunks. The caller holds e.mu shared.
//
// One vector is one chromem-go query. Several (the question, its lexicon
// expansion, Extra phrasings) are not one query each when cands > 0: every
// query reads all the vectors, so at 100k chunks a second phrasing doubled
// the search. One query with their normalised sum, cands deep, collects the
// chunks near any of them; each phrasing's list is then ranked by its own
// exact similarity within those candidates, so fusion and the similarity
// floor see the same scores as from separate queries, and a chunk is missed
// only if the combined query ranks it below cands. With cands 0 it runs one
// query per vector, the exact reference.
func (e *Engine) scan(ctx context.Context, vecs [][]float32, depth, cands int) ([][]chromem.Result, error) {
	count := e.coll.Count()
	n := min(depth, count)
	if n == 0 {
		return nil, nil
	}
	for _, v := range vecs {
		if len(v) != e.dim {
			return nil, fmt.Errorf("query vector has %d dimensions, the index %d: run `detente reindex`", len(v), e.dim)
		}
	}
	var probe []float32
	var units [][]float32
	if len(vecs) > 1 && cands > 0 {
		probe, units = combine(vecs)
	}
	if probe == nil {
		lists := make([][]chromem.Result, 0, len(vecs))
		for _, v := range vecs {
			if normalized(v) == nil {
				continue // no direction: chromem-go would rank by NaN
			}
			// Results share memory with the collection: read only.
			res, err := e.coll.QueryEmbedding(ctx, v, n, nil, nil)
			if err != nil {
				return nil, fmt.Errorf("vector query: %w", err)
			}
			lists = append(lists, res)
		}
		return lists, nil
	}
	found, err := e.coll.QueryEmbedding(ctx, probe, min(count, max(cands, n)), nil, nil)
	if err != nil {
		return nil, fmt.Errorf("vector query: %w", err)
	}
	lists := make([][]chromem.Result, 0, len(units))
	for _, u := range units {
		list := make([]chromem.Result, len(found))
		for i, c := range found {
			list[i] = c
			list[i].Similarity = dot(u, c.Embedding)
		}
		slices.SortStableFunc(list, func(a, b chromem.Result) int { return cmp.Compare(b.Similarity, a.Similarity) })
		lists = append(lists, list[:min(n, len(list))])
	}
	return lists, nil
}

// combine returns the normalised sum of the unit vectors of vecs, and those
// unit vectors. A zero vector (text the embedder finds nothing in) has no
// direction and is left out: as its own query it ranked chunks by NaN. The
// probe is nil when no direction remains, and the caller falls back to one
// query per vector.
func combine(vecs [][]float32) (probe []float32, units [][]float32) {
	sum := make([]float64, len(vecs[0]))
	for _, v := range vecs {
		u := normalized(v)
		if u == nil {
			continue
		}
		units = append(units, u)
		for i, x := range u {
			sum[i] += float64(x)
		}
	}
	if len(units) == 0 {
		return nil, nil
	}
	probe = make([]float32, len(sum))
	for i, x := range sum {
		probe[i] = float32(x)
	}
	if probe = normalized(probe); probe == nil {
		return nil, nil
	}
	return probe, units
}

// dot is the cosine similarity of two unit vectors of equal length. Four
// accumulators let the multiply-adds overlap (chromem-go's one-accumulator
// loop waits on each); the result differs from chromem-go's only in the
// last bits.
func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return (s0 + s1) + (s2 + s3)
}

// keywordTerms returns the BM25 terms: the folded content words of the
// question phrasings, then each expansion term, as a phrase when it has
// several words ("dai su quan", "united states"). The store quotes every
// term, which FTS5 reads as a phrase, so a Vietnamese compound from the
// lexicon matches as a compound instead of as syllables found all over the
// corpus. (Phrases of the question's own words were tried too; they cost
// more same-language precision than they gained.)
//
// The corpus's topic words (Russia, the US and their capitals, in either
// language) are left out when anything else remains: they occur in nearly
// every chunk, so they barely move BM25 scores, yet scoring their long
// posting lists is most of a query's cost.
func keywordTerms(phrasings []string, groups []expGroup) []string {
	topic := map[string]bool{}
	for _, g := range groups {
		if g.topic {
			for _, sp := range g.spellings {
				topic[sp] = true
			}
		}
	}
	seen := map[string]bool{}
	var out, skipped []string
	add := func(t string) {
		// The store analyses (stems) every term; "expire" and "expires"
		// are one term and take one of the maxKeywordTerms places.
		key := corpus.Analyze(t)
		if t == "" || seen[key] {
			return
		}
		seen[key] = true
		if topic[t] {
			skipped = append(skipped, t)
		} else if len(out) < maxKeywordTerms {
			out = append(out, t)
		}
	}
	for _, s := range phrasings {
		for _, w := range corpus.Words(s) {
			if corpus.IsContentWord(w) {
				add(w)
			}
		}
	}
	for _, g := range groups {
		for _, x := range g.terms {
			ws := words(x)
			switch {
			case len(ws) == 1 && contentWord(ws[0]):
				add(ws[0])
			case len(ws) > 1:
				add(strings.Join(ws, " "))
			}
		}
	}
	if len(out) == 0 {
		out = skipped[:min(len(skipped), maxKeywordTerms)]
	}
	return out
}

// concepts decide whether a passage bears on the question without help
// from vector similarity.
//
// A passage is relevant when it contains two adjacent content words of the
// question ("trung phat", "arms control"): a phrase is specific. Otherwise
// evidence is counted, and two pieces make a passage relevant: a distinctive
// word of the question (see distinctive), or a lexicon concept of the
// question found in any language or spelling ("trừng phạt" as "sanctions").
// Single Vietnamese syllables never count ("cong" of "công thức nấu phở"
// also begins "công nghệ"), nor numbers alone. The corpus's own topic
// (Russia, the United States) counts half: nearly every passage has it, so
// "weather in Russia and the US" stays off-topic while "what sanctions has
// Washington imposed on Russia" is not.
//
// A question of one or two units of evidence ("Lavrov?", "Ả Rập Xê-út",
// "sanctions Crimea") has no room for two pieces of evidence; there every
// unit must be found, the topic included.
type concepts struct {
	phrases  []string        // stemmed word pairs of the question
	counts   []string        // a number and the stop word after it, folded (see queryConcepts)
	ruStems  map[string]bool // the question's one-word Cyrillic stems (see stemmedText)
	content  []string        // stemmed content words of the question
	distinct map[string]bool // the content words that are distinctive as written
	groups   []conceptGroup
	inGroup  map[string]bool     // the content words some lexicon concept covers
	stems    *corpus.Analyzer    // memoised stems for this query's passages
	initials map[rune]bool       // the first letters of content
	toks     *[]corpus.Token     // scratch for stemmedText
	cyrillic bool                // the question is written in Cyrillic (see crossScript)
	lang     string              // the question's language (corpus.DetectLang), "" unknown
	rare     func() map[int]bool // the groups of common words the corpus seldom writes (rareGroups), counted once when needed
}

// conceptGroup is one lexicon concept: the query words that named it and
// every folded spelling that finds it in a passage.
type conceptGroup struct {
	words     []string // the query's folded words that matched
	spellings []string
	stems     []string // stemmed spellings of its common words (expGroup.stems)
	declined  []string // its Russian names as their cases begin (expGroup.declined)
	nameStems []string // its Russian names of several words, stemmed (expGroup.nameStems)
	exact     []string // its "=" spellings as written (expGroup.exact)
	topic     bool
	members   []conceptGroup // the places within the region it names (regionMemberGroups), each finding it
}

// Content words and phrases are matched by stem (corpus.Stem), so that
// "When does New START expire?" finds "the treaty expires"; lexicon
// spellings are matched as the lexicon folds them, and those of common
// words by stem too ("санкции" finds "санкций").
func queryConcepts(phrasings []string, groups []expGroup) concepts {
	c := concepts{distinct: map[string]bool{}, inGroup: map[string]bool{}, ruStems: map[string]bool{}, stems: new(corpus.Analyzer),
		initials: map[rune]bool{}, toks: new([]corpus.Token)}
	groupWords := map[string]bool{}
	for _, g := range groups {
		cg := conceptGroup{words: strings.Fields(g.matched), spellings: g.spellings, stems: g.stems, declined: g.declined, nameStems: g.nameStems, exact: g.exact, topic: g.topic}
		if !g.topic {
			cg.members = regionMemberGroups(g.matched)
		}
		c.groups = append(c.groups, cg)
		var memberStems []string
		for _, m := range cg.members {
			memberStems = append(memberStems, m.nameStems...)
		}
		// A group's stems are looked up in the stemmed passage too, every
		// word of them ("огн" of "прекращен огн" is "огня" stemmed).
		for _, st := range slices.Concat(g.stems, g.nameStems, memberStems) {
			for _, w := range strings.Fields(st) {
				r, _ := utf8.DecodeRuneInString(w)
				c.initials[r] = true
				if unicode.Is(unicode.Cyrillic, r) && !strings.Contains(st, " ") {
					c.ruStems[w] = true
				}
			}
		}
		for _, w := range strings.Fields(g.matched) {
			groupWords[w] = true
		}
	}
	if len(phrasings) > 0 {
		c.cyrillic = cyrillicText(phrasings[0])
		c.lang = corpus.DetectLang(phrasings[0])
	}
	seen := map[string]bool{}
	for _, s := range phrasings {
		ws := corpus.Words(s)
		for i, w := range ws {
			if !corpus.IsContentWord(w) {
				continue
			}
			st := corpus.Stem(w)
			if !seen[st] {
				seen[st] = true
				c.content = append(c.content, st)
				r, _ := utf8.DecodeRuneInString(st)
				c.initials[r] = true
				c.distinct[st] = distinctive(w)
				// The lexicon cuts words at every punctuation mark
				// ("26/3" is "26 3"): a word is the concept's when all
				// of its pieces are.
				parts := words(w)
				c.inGroup[st] = len(parts) > 0 && !slices.ContainsFunc(parts, func(p string) bool { return !groupWords[p] })
			}
			if i+1 < len(ws) && corpus.IsContentWord(ws[i+1]) {
				if p := st + " " + corpus.Stem(ws[i+1]); !seen[p] {
					seen[p] = true
					c.phrases = append(c.phrases, p)
				}
			} else if i+1 < len(ws) && isNumber(w) && utf8.RuneCountInString(ws[i+1]) > 1 {
				// A number with its unit is evidence where the number
				// alone is not, and Vietnamese units are stop words
				// ("12 ngày", "5 năm", "3 tháng"), so they made no
				// phrase: it is one piece of evidence, not all.
				if p := w + " " + ws[i+1]; !seen[p] {
					seen[p] = true
					c.counts = append(c.counts, p)
				}
			}
		}
	}
	return c
}

// stemmedText is " w1 w2 ... " of the passage's words, stemmed where that
// can matter, for matching the question's stems and stem pairs as whole
// words. It runs on every candidate passage, so it avoids work: a stem
// begins with its word's first letter (Snowball only rewrites endings, and
// the English exceptions "dying"/"lie" keep it too), so a word whose first
// letter begins no content stem of the question can match none and is
// written as it is; other stems are memoised for the query; and the passage
// is folded whole, once, by the caller. Judging the 20 seed passages for a
// question took 0.35 ms before stemming, about 2 ms stemming every word
// with corpus.Analyze, and 0.70 ms this way (BenchmarkJudge, best of 12 on
// a shared 2-core machine).
func (c concepts) stemmedText(folded string) string {
	var b strings.Builder
	b.Grow(len(folded) + 2)
	b.WriteByte(' ')
	*c.toks = corpus.AppendTokens((*c.toks)[:0], folded)
	for _, t := range *c.toks {
		w := t.Folded
		if r, _ := utf8.DecodeRuneInString(w); c.initials[r] {
			w = c.stems.Stem(w)
			// A woman of a trade or a country is the man's word and
			// "-к(а)" ("журналистка", "американка"), which Snowball
			// stems apart ("журналистк"): she is found as he is.
			if base, ok := strings.CutSuffix(w, "к"); ok && c.ruStems[base] {
				w = base
			}
			// A past participle of an -ить verb keeps "-ен-"
			// ("приговорённого" is "приговорен"), which Snowball
			// strips only after "а"/"я": it is found as its verb is
			// ("приговорить", "приговор").
			if base, ok := strings.CutSuffix(w, "ен"); ok && c.ruStems[base] {
				w = base
			}
		}
		b.WriteString(w)
		b.WriteByte(' ')
	}
	return b.String()
}

// judge reports whether the passage bears on the question (see concepts)
// and how much of the question it covers, from 0 to 1: the weighted share of
// the question's evidence units found in it (lexicon concepts, the topic's
// at half weight; other distinctive words; other content words at a
// quarter).
func (c concepts) judge(passage string) (relevant bool, coverage float64) {
	folded := corpus.Fold(passage)
	doc := " " + strings.Join(foldedWords(folded), " ") + " "
	stemmed := c.stemmedText(folded)
	has := func(p string) bool { return p != "" && strings.Contains(stemmed, " "+p+" ") }
	var docWords []string // for declined names, split once
	var written string    // the passage's words as written, for "=" spellings
	var found func(g conceptGroup) bool
	found = func(g conceptGroup) bool {
		if slices.ContainsFunc(g.spellings, func(p string) bool { return p != "" && strings.Contains(doc, " "+p+" ") }) ||
			slices.ContainsFunc(g.stems, has) || slices.ContainsFunc(g.nameStems, has) {
			return true
		}
		if len(g.exact) > 0 && written == "" {
			written = " " + strings.Join(appendWordsText(corpus.Normalize(passage)), " ") + " "
		}
		if slices.ContainsFunc(g.exact, func(p string) bool { return strings.Contains(written, " "+p+" ") }) {
			return true
		}
		for _, p := range g.declined {
			if !strings.Contains(doc, " "+p) {
				continue
			}
			if docWords == nil {
				docWords = strings.Fields(doc)
			}
			if slices.ContainsFunc(docWords, func(w string) bool { return declinedForm(w, p) }) {
				return true
			}
		}
		return slices.ContainsFunc(g.members, found)
	}
	distinctive := func(w string) bool { return c.distinct[w] }

	// Evidence units: each lexicon concept, and each content word no
	// concept covers.
	var loose []string
	for _, w := range c.content {
		if !c.inGroup[w] {
			loose = append(loose, w)
		}
	}

	var have, total, points float64
	allFound := true
	for _, g := range c.groups {
		w := 1.0
		if g.topic {
			w = 0.5
		}
		total += w
		if found(g) {
			have += w
			points += w
		} else {
			allFound = false
		}
	}
	for _, w := range loose {
		// A loose non-distinctive word (usually a Vietnamese syllable the
		// lexicon does not translate) weighs little in coverage: a passage
		// in the other language can never contain it.
		wt := 0.25
		if distinctive(w) {
			wt = 1
		}
		total += wt
		switch {
		case !has(w):
			allFound = false
		case distinctive(w):
			have += wt
			points++
		default:
			have += wt
			allFound = false // a lone syllable is no evidence
		}
	}
	for _, p := range c.counts {
		if strings.Contains(doc, " "+p+" ") {
			points++
		}
	}
	if total > 0 {
		coverage = have / total
	}

	switch {
	case slices.ContainsFunc(c.phrases, has):
		relevant = true
	case len(c.groups)+len(loose) <= 2:
		// A short question: every unit must be found, topic included.
		relevant = allFound && len(c.groups)+len(loose) > 0
	default:
		relevant = points >= 2
	}
	if !relevant {
		switch pcyr := cyrillicText(folded); {
		case pcyr != c.cyrillic:
			relevant = c.crossScript(found, has, loose, pcyr, passage, false)
		case c.lang != "" && !pcyr:
			// Same script, another language (a Vietnamese question, an
			// English story): judged as across scripts. Detected only
			// for the passages the plain rules refused.
			if pl := corpus.DetectLang(passage); pl != "" && pl != c.lang {
				relevant = c.crossScript(found, has, loose, pcyr, passage, true)
			}
		}
	}
	return relevant, coverage
}

// crossScript is the relevance of a passage written in another language
// than the question (another script, Cyrillic against Latin, or the same
// script, sameScript): judged only by the evidence it could hold. A
// question's word that no lexicon concept translates can never be found
// there, so requiring them refused every Russian question whose verbs
// the lexicon lacks ("Кто выступил посредником при обмене в Абу-Даби?"
// found the English "Abu Dhabi" story by retrieval, which the gate then
// dropped); in the same script only its distinctive words can be (a
// name, "Tolmachyov" of a Vietnamese question; "detained"), and only
// those are required. A name
// transliterated by guess still counts: it is what the question is about
// ("What did Jonathan Pryce say about trade with Russia?" is not answered
// by a Russian story on trade without him), and a capitalised word that
// resembles it (namelike.go) is found. What is left must be found
// whole: every unit, one of them a name. However many units there are:
// a first name and a surname both misspelt ("Мелиса Данинг") are found
// only by resemblance, which the plain rule does not read, and with the
// thing asked about they are three units, all found, more evidence than
// two (capped at two, such a question was "no relevant passage").
// The corpus's topic (Russia, the US) must be found when asked but is no
// unit: nearly every story has it, and "Артём Шилкин в
// США" is a question about one man.
func (c concepts) crossScript(found func(conceptGroup) bool, has func(string) bool, loose []string, passageCyr bool, passage string, sameScript bool) bool {
	units, got, specific := 0, 0, false
	var toks []corpus.Token
	var common []int // the common words found
	unreached := 0   // the distinctive words it could not be looked for by
	for gi, g := range c.groups {
		name := !g.topic && len(g.stems) == 0
		ok := found(g)
		// Only a name written in the other script is guessed; one in
		// the passage's script is spelt as asked ("Python" is no
		// "Putin", though their skeletons are one).
		if !ok && name && len(g.words) == 1 && cyrillicText(g.words[0]) != passageCyr {
			if keys := nameKeysOf(g); len(keys) > 0 {
				if toks == nil {
					toks = corpus.Tokenize(passage)
				}
				ok = capitalisedResembles(toks, keys)
			}
		}
		if g.topic {
			if !ok {
				return false
			}
			continue
		}
		units++
		if ok {
			got++
			// A name (a group without stems), not a common word:
			// "посол" alone finds every ambassador in any language.
			specific = specific || name
			if !name {
				common = append(common, gi)
			}
		}
	}
	for _, w := range loose {
		if cyrillicText(w) != passageCyr {
			// Unreachable in this script, unless it is a word both
			// languages borrowed ("транспондеры", "transponders"):
			// then it is found, and as specific as a name. Not found,
			// it is still no evidence against the passage.
			if key := loanKey(w); key != "" {
				if toks == nil {
					toks = corpus.Tokenize(passage)
				}
				if loanwordIn(toks, key, passageCyr) {
					units++
					got++
					specific = true
					continue
				}
			}
			if c.distinct[w] {
				unreached++
			}
			continue
		}
		if sameScript && !c.distinct[w] {
			// A syllable of the question's language ("nói", "sau")
			// the lexicon does not translate. A distinctive word
			// stays a unit: an English question's "locked up" is
			// its detail, and a Vietnamese story naming the person
			// without it does not answer it.
			continue
		}
		units++
		if has(w) && c.distinct[w] {
			got++
			specific = true
		}
	}
	if got < units {
		return false
	}
	// Every unit found, none of them a name: a concept the corpus
	// seldom writes is as specific (rareGroups), unless the question
	// says more that could not be looked for than was found ("В каком
	// городе пройдёт следующий раунд консультаций по работе посольств?"
	// is not asked of every report on embassy operations when the
	// lexicon lacks city, round and consultations).
	if !specific && len(common) > 0 && got >= unreached && c.rare != nil {
		rare := c.rare()
		specific = slices.ContainsFunc(common, func(gi int) bool { return rare[gi] })
	}
	return specific
}

// Rarity of a concept for the gate (see rareGroups).
const (
	// rareShare is the share of the corpus's chunks a concept is written
	// in at most to be specific: the judge's line between what a question
	// asks about and its topic's vocabulary (answer's topicShare).
	rareShare = 0.05
	// minRareChunks is the smallest corpus whose counts tell (answer's
	// minRarityChunks).
	minRareChunks = 10
)

// rareGroups returns the groups of common words (lexicon concepts with
// stems, not the topic) that the corpus writes in at most rareShare of its
// chunks, in each of their spellings. Such a concept is as specific as a
// name to the cross-script rule: a question with no name ("Lô máy tiện …
// trị giá bao nhiêu?", "Где танкеры отключали транспондеры?") whose other
// words the lexicon does not translate had, in the report in the other
// language, one unit to find, a common word, and a common word alone
// ("посол") finds every ambassador; "lathes" or "tankers" find the few
// reports about them. Nil when the counts are unknown or the corpus too
// small to count.
func (e *Engine) rareGroups(ctx context.Context, groups []conceptGroup) map[int]bool {
	var terms []string
	for _, g := range groups {
		if !g.topic && len(g.stems) > 0 {
			terms = append(terms, g.spellings...)
		}
	}
	if len(terms) == 0 {
		return nil
	}
	df, err := e.DocFreqs(ctx, terms)
	if err != nil || df.Chunks < minRareChunks {
		return nil // judged as before: only names are specific
	}
	out := map[int]bool{}
	for i, g := range groups {
		if g.topic || len(g.stems) == 0 {
			continue
		}
		most := 0
		for _, sp := range g.spellings {
			most = max(most, df.DF[sp])
		}
		if most > 0 && float64(most) <= rareShare*float64(df.Chunks) {
			out[i] = true
		}
	}
	return out
}

// cyrillicText reports whether most letters of s are Cyrillic.
func cyrillicText(s string) bool {
	cyr, other := 0, 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.IsLetter(r):
			other++
		}
	}
	return cyr > other
}

// distinctive reports a single word specific enough to point at a topic:
// four letters or more, not a number or date ("2025", "26/3", "3.5"), and
// not shaped like a Vietnamese syllable (those are ambiguous alone:
// "thuan", "truong").
func distinctive(w string) bool {
	if utf8.RuneCountInString(w) < 4 || viSyllable.MatchString(w) {
		return false
	}
	for _, r := range w {
		if (r < '0' || r > '9') && !strings.ContainsRune("./,-:", r) {
			return true
		}
	}
	return false
}

// isNumber reports a folded word of digits that is no year: a count
// ("12", "750"), which the word after it may measure.
func isNumber(w string) bool {
	if w == "" || strings.Trim(w, "0123456789") != "" {
		return false
	}
	return len(w) != 4 || !strings.HasPrefix(w, "19") && !strings.HasPrefix(w, "20")
}

// viSyllable matches a folded word shaped like one Vietnamese syllable:
// optional initial consonant(s), one to three vowels, optional final.
var viSyllable = regexp.MustCompile(`^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|nh|ng|[cmnpt])?$`)

// Distinctive reports whether a folded word is specific enough to point at
// a topic on its own: four letters or more, not a number, and not shaped
// like a Vietnamese syllable. The extractive answer uses it to tell names
// and rare words from common syllables.
func Distinctive(w string) bool { return distinctive(w) }
