package answer

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
)

// ExcerptSeparator joins the excerpts of one article in a Citation's
// Passage when they are not contiguous in the article. The system prompt
// tells the model what it means, so it stays a single line the model can
// recognise.
const ExcerptSeparator = "\n…\n"

// Outlet is another outlet's report of a cited story: the same wire story
// on another site, which the citation stands for ("also reported by").
type Outlet struct {
	ArticleID string
	Title     string
	URL       string // from the store, never from model output
	Source    string
	Published time.Time
}

// numberSources turns retrieval hits (in rank order) into numbered
// sources, one per article: a user reading "[2]" and "[3]" over the same
// headline would take them for two reports. An article is numbered where
// it first appears in the ranking, and its Passage holds every retrieved
// excerpt of it in article order, so the text reads as written; adjacent
// chunks, which overlap by a sentence or so, are merged without repeating
// the overlap. A story told by several outlets is one source (retrieval
// returns one article per story) listing the others in Also.
func numberSources(hits []retrieval.Hit) []Citation {
	type group struct {
		first retrieval.Hit
		hits  []retrieval.Hit
	}
	var groups []*group
	byKey := map[string]*group{}
	for i, h := range hits {
		key := articleKey(h, i)
		g := byKey[key]
		if g == nil {
			g = &group{first: h}
			byKey[key] = g
			groups = append(groups, g)
		}
		g.hits = append(g.hits, h)
	}
	out := make([]Citation, len(groups))
	for i, g := range groups {
		h := g.first
		out[i] = Citation{N: i + 1, ArticleID: h.ArticleID, Title: h.Title, URL: h.URL, Source: h.Source,
			Lang: h.Lang, Published: h.Published, Passage: mergeExcerpts(g.hits), Also: outlets(g.hits)}
	}
	return out
}

// outlets are the other reports of one article's story, each once.
func outlets(hits []retrieval.Hit) []Outlet {
	var out []Outlet
	seen := map[string]bool{}
	for _, h := range hits {
		for _, a := range h.Also {
			if seen[a.ArticleID] {
				continue
			}
			seen[a.ArticleID] = true
			out = append(out, Outlet{ArticleID: a.ArticleID, Title: a.Title, URL: a.URL, Source: a.Source, Published: a.Published})
		}
	}
	return out
}

// articleKey identifies the article a hit belongs to. Hits without an
// article ID (a searcher that does not set it) fall back to the URL, then
// to the outlet and title; a hit with none of these stays on its own
// rather than being merged with an unrelated one.
func articleKey(h retrieval.Hit, i int) string {
	switch {
	case h.ArticleID != "":
		return "id\x00" + h.ArticleID
	case h.URL != "":
		return "url\x00" + h.URL
	case h.Title != "":
		return "title\x00" + corpus.Fold(h.Source) + "\x00" + corpus.Fold(h.Title)
	}
	return "hit\x00" + strconv.Itoa(i)
}

// mergeExcerpts joins one article's chunks in article order (Seq; equal
// Seqs keep rank order). Consecutive chunks share their boundary
// sentences, which are written once; chunks with a gap between them are
// separated by ExcerptSeparator. The same chunk twice is kept once.
func mergeExcerpts(hits []retrieval.Hit) string {
	hs := slices.Clone(hits)
	slices.SortStableFunc(hs, func(a, b retrieval.Hit) int { return a.Seq - b.Seq })
	var b strings.Builder
	prev, prevSeq := "", 0
	for _, h := range hs {
		text := strings.TrimSpace(h.Text)
		if text == "" || text == prev {
			continue
		}
		add := text
		sep := ExcerptSeparator
		if h.Seq == prevSeq+1 {
			// Keep a line break where the article had one: it separates
			// paragraphs, or items of a roundup.
			sep = " "
			k := overlap(prev, text)
			add = strings.TrimLeft(text[k:], " \t\r\n")
			if k > 0 && strings.Contains(text[k:len(text)-len(add)], "\n") {
				sep = "\n"
			}
		}
		if add != "" {
			if b.Len() > 0 {
				b.WriteString(sep)
			}
			b.WriteString(add)
		}
		prev, prevSeq = text, h.Seq
	}
	return b.String()
}

// minOverlap is the shortest shared text taken for the chunker's overlap
// (a short sentence such as "He left."); shorter matches are coincidence.
const minOverlap = 4

// overlap returns the length of the longest prefix of next that ends prev
// and is made of whole sentences: it starts at a word boundary in prev
// and ends with a sentence's final punctuation or a line break (a caption,
// a heading). The chunker repeats whole sentences; a shared word or
// phrase is a coincidence.
func overlap(prev, next string) int {
	for k := min(len(prev), len(next)); k >= minOverlap; k-- {
		lineEnd := k < len(next) && (next[k] == '\n' || next[k] == '\r')
		if k < len(next) && !isSpace(next[k]) || !lineEnd && !endsSentence(next[:k]) {
			continue
		}
		if k < len(prev) && !isSpace(prev[len(prev)-k-1]) {
			continue
		}
		if strings.HasSuffix(prev, next[:k]) {
			return k
		}
	}
	return 0
}

// endsSentence reports whether s ends with . ! ? or …, possibly followed
// by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’»)]")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}
