package answer

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/prompts"
	"github.com/detente/detente/retrieval"
)

// Extractive answer bounds.
const (
	minSentences     = 2
	maxSentences     = 5
	maxPerSource     = 2
	maxSentenceRunes = 400
	minSentenceRunes = 20
	expansionWeight  = 0.7
	bigramWeight     = 0.5
	rankBonus        = 0.4
	// relativeFloor drops sentences scoring under this share of the best:
	// two sharp quotes beat five loose ones.
	relativeFloor     = 0.5
	originalLangNoteK = "extractive.original_language"
)

// extractive builds an answer without a model: the sentences of the
// sources that best match the query, each followed by its [n], under intro,
// best source first.
// Sentences are quoted as written, in their own language (nothing can be
// translated without a model); the framing is in lang, with a note when
// a quote is in another language. Deterministic.
func extractive(intro, query, lang string, sources []Citation) (string, []Citation) {
	terms := queryTerms(query, lang)
	type cand struct {
		src, pos int // index into sources, sentence position
		text     string
		score    float64
		overlap  bool
	}
	var cands []cand
	for i, src := range sources {
		title := corpus.Fold(strings.TrimSpace(src.Title))
		for pos, sent := range sentences(src.Passage) {
			// A passage often starts with its headline: not a finding.
			if utf8.RuneCountInString(sent) < minSentenceRunes || corpus.Fold(sent) == title {
				continue
			}
			sc, hit := terms.score(sent)
			cands = append(cands, cand{i, pos, sent, sc + rankBonus/float64(i+1), hit})
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int {
		switch {
		case a.score != b.score:
			if a.score > b.score {
				return -1
			}
			return 1
		case a.src != b.src:
			return a.src - b.src
		}
		return a.pos - b.pos
	})
	var chosen []cand
	per := map[int]int{}
	floor := 0.0
	if len(cands) > 0 {
		floor = cands[0].score * relativeFloor
	}
	isChosen := func(src, pos int) bool {
		return slices.ContainsFunc(chosen, func(x cand) bool { return x.src == src && x.pos == pos })
	}
	take := func(limit int, ok func(cand) bool) {
		for _, c := range cands {
			if len(chosen) >= limit {
				return
			}
			if per[c.src] >= maxPerSource || isChosen(c.src, c.pos) || !ok(c) {
				continue
			}
			per[c.src]++
			chosen = append(chosen, c)
		}
	}
	take(maxSentences, func(c cand) bool { return c.overlap && c.score >= floor })
	// Fewer than two: retrieval judged these passages relevant even where
	// no sentence shares a word with the question (a synonym, another
	// language). Add the sentence after a chosen one first (it usually
	// carries on the same fact), then the best of the rest.
	take(minSentences, func(c cand) bool { return isChosen(c.src, c.pos-1) })
	take(minSentences, func(cand) bool { return true })
	if len(chosen) == 0 {
		// Passages too short to split: quote them whole.
		for i := range min(len(sources), maxSentences) {
			chosen = append(chosen, cand{src: i, text: strings.TrimSpace(sources[i].Passage)})
		}
	}
	// Best source first; a source's sentences in their own order, so
	// that they read as they were written.
	order := map[int]int{}
	for i, c := range chosen {
		if _, ok := order[c.src]; !ok {
			order[c.src] = i
		}
	}
	slices.SortFunc(chosen, func(a, b cand) int {
		if a.src != b.src {
			return order[a.src] - order[b.src]
		}
		return a.pos - b.pos
	})

	var b strings.Builder
	b.WriteString(intro)
	for _, c := range chosen {
		if l := sources[c.src].Lang; l != "" && l != lang {
			b.WriteString(" " + prompts.T(lang, originalLangNoteK))
			break
		}
	}
	b.WriteString("\n")
	var cited []int
	for _, c := range chosen {
		n := sources[c.src].N
		b.WriteString("\n• " + truncate(c.text, maxSentenceRunes) + " [" + strconv.Itoa(n) + "]")
		if !slices.Contains(cited, n) {
			cited = append(cited, n)
		}
	}
	slices.Sort(cited)
	return b.String(), pick(sources, cited)
}

// terms are the weighted folded words and word pairs of a query and its
// lexicon expansions (retrieval.Expand: "Nga" also looks for "Russia").
type terms struct {
	words   map[string]float64
	bigrams map[string]float64
}

func queryTerms(query, lang string) terms {
	t := terms{words: map[string]float64{}, bigrams: map[string]float64{}}
	add := func(text, lang string, weight float64) {
		ws := foldedWords(text)
		for i, w := range ws {
			if isContent(w, lang) && t.words[w] < weight {
				t.words[w] = weight
			}
			if i > 0 && (isContent(w, lang) || isContent(ws[i-1], lang)) {
				bg := ws[i-1] + " " + w
				if t.bigrams[bg] < weight*bigramWeight {
					t.bigrams[bg] = weight * bigramWeight
				}
			}
		}
	}
	add(query, lang, 1)
	// Expansions are in the other language: filter with every list.
	for _, e := range retrieval.Expand(query) {
		add(e, "", expansionWeight)
	}
	return t
}

// score sums the weights of the distinct query words and pairs found in
// sentence, and reports whether any word matched.
func (t terms) score(sentence string) (float64, bool) {
	ws := foldedWords(sentence)
	seen := map[string]bool{}
	total, hit := 0.0, false
	for i, w := range ws {
		if v, ok := t.words[w]; ok && !seen[w] {
			seen[w] = true
			total += v
			hit = true
		}
		if i > 0 {
			bg := ws[i-1] + " " + w
			if v, ok := t.bigrams[bg]; ok && !seen[bg] {
				seen[bg] = true
				total += v
			}
		}
	}
	return total, hit
}

func foldedWords(s string) []string { return splitWords(corpus.Fold(s)) }

// abbreviations end with a full stop that does not end a sentence (folded,
// without the stop).
var abbreviations = setOf("mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "col", "lt",
	"u.s", "u.n", "e.u", "u.k", "no", "vs", "tp", "ths", "ts", "pgs", "gs", "jan", "feb", "aug",
	"sept", "oct", "nov", "dec")

// sentences splits a passage into sentences: after . ! ? … followed by a
// space and a capital letter, digit or quote (not after an abbreviation or
// an initial), and at line breaks.
func sentences(text string) []string {
	var out []string
	flush := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	start := 0
	for i, r := range text {
		if r == '\n' {
			flush(text[start:i])
			start = i + 1
			continue
		}
		if r != '.' && r != '!' && r != '?' && r != '…' {
			continue
		}
		end := i + utf8.RuneLen(r)
		// Closing quotes and brackets belong to the sentence.
		for end < len(text) {
			q, size := utf8.DecodeRuneInString(text[end:])
			if !strings.ContainsRune("\"'”’»)", q) {
				break
			}
			end += size
		}
		if end >= len(text) || text[end] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[end:], " "))
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !strings.ContainsRune("\"'“‘«(", next) {
			continue
		}
		if r == '.' {
			prev := text[start:i]
			if j := strings.LastIndexAny(prev, " \t(\"“"); j >= 0 {
				prev = prev[j+1:]
			}
			if p := corpus.Fold(prev); utf8.RuneCountInString(p) == 1 || abbreviations[p] {
				continue
			}
		}
		flush(text[start:end])
		start = end
	}
	flush(text[start:])
	return out
}
