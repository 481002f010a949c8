package answer

import (
	"regexp"
	"slices"
	"strings"

	"github.com/detente/detente/corpus"
)

// The thing whose length is asked. "How long did the X last?", "Cuộc X
// giữa A và B kéo dài bao lâu?", "Сколько длились X А и Б?" ask the
// length of X: a story that never speaks of X does not give it, though
// it names A and B and gives the length of something else of theirs (a
// phone call of "the tariff talks between Orlov and Hale", a program of
// "the grain exchange between two cities"). The content words of X, the
// subject of the verb of lasting up to the first name or preposition
// that qualifies it, must each be spoken of in the article, in any
// spelling the lexicon gives them. A word the lexicon cannot spell in
// the article's language is taken on trust, as content is.

// lastVerbsEN, lower-cased, end the subject of an English "how long did
// X last" question.
var lastVerbsEN = setOf("last", "lasted", "take", "took", "run", "ran", "continue", "continued")

// lastVerbRU finds a Russian verb of lasting, lower-cased: X follows it.
var lastVerbRU = regexp.MustCompile(`^(длил|длит|продолжал|продолжит|продлил)\p{L}*$`)

// lastClassifiersVI, lower-cased, open a Vietnamese event's noun phrase
// ("cuộc hội đàm", "chuyến thăm"): the classifier is no content.
var lastClassifiersVI = setOf("cuộc", "chuyến", "đợt", "phiên", "vòng", "buổi", "cuoc", "chuyen", "dot", "phien", "vong", "buoi")

// lastedSubject returns the concepts of t that are content words of the
// subject of the verb of lasting in a "how long" question, or nil.
func lastedSubject(query string, t terms, notContent map[int]bool, cons []Constraint) []int {
	toks := corpus.Tokenize(query)
	lower := strings.ToLower(query)
	var span []corpus.Token
	switch {
	case strings.Contains(lower, "how long"):
		// "how long did|was|will|can (the) X last": X after the
		// auxiliary, before the verb of lasting.
		h := slices.IndexFunc(toks, func(tk corpus.Token) bool { return tk.Folded == "long" })
		v := slices.IndexFunc(toks, func(tk corpus.Token) bool { return lastVerbsEN[tk.Lower] })
		if h < 0 || v < h+3 || !copulaEN[toks[h+1].Folded] {
			return nil
		}
		span = toks[h+2 : v]
	case strings.Contains(lower, "kéo dài") || strings.Contains(lower, "keo dai"):
		// "Cuộc X giữa A và B kéo dài bao lâu": X before the verb.
		v := slices.IndexFunc(toks, func(tk corpus.Token) bool { return tk.Folded == "keo" })
		if v < 1 || v+1 >= len(toks) || toks[v+1].Folded != "dai" || !strings.Contains(lower[toks[v].Start:], "bao l") {
			return nil
		}
		start := 0
		for i := v - 1; i >= 0; i-- {
			if sentenceStart(query, toks, i) {
				start = i
				break
			}
		}
		span = toks[start:v]
	default:
		// "Сколько (минут) длились X А и Б": X after the verb.
		v := slices.IndexFunc(toks, func(tk corpus.Token) bool { return lastVerbRU.MatchString(tk.Lower) })
		if v < 1 || !slices.ContainsFunc(toks[:v], func(tk corpus.Token) bool { return tk.Folded == "сколько" || tk.Folded == "долго" }) {
			return nil
		}
		span = toks[v+1:]
	}
	// X ends where a name or a preposition qualifies it ("in Geneva",
	// "giữa Orlov và Hale", "Орлова и Хейл").
	// English puts its names before the head ("the US-Russia stability
	// talks in Geneva"), Vietnamese and Russian after it.
	en := strings.Contains(lower, "how long")
	var words []corpus.Token
	for i, tk := range span {
		if en && prepositionsEN[tk.Folded] || !en && i > 0 && (capitalisedWord(tk.Text) || lastStopVI[tk.Lower] || corpus.IsStopWord("ru", tk.Folded)) {
			break
		}
		if capitalisedWord(tk.Text) && (en || i > 0) || stopWord(tk.Folded, tk.Lower) || lastClassifiersVI[tk.Lower] || lastOrdinalRE.MatchString(tk.Lower) {
			continue // a name, a function word, an ordinal (judge_ordinal.go)
		}
		words = append(words, tk)
	}
	names := map[int]bool{}
	for _, k := range cons {
		if k.Kind == KindName || k.Kind == KindTopic {
			names[k.concepts[0]] = true
		}
	}
	var out []int
	for _, w := range words {
		key := matchKey(matchForm(w))
		for ci, con := range t.concepts {
			if names[ci] || notContent[ci] || questionConcept(con) || slices.Contains(out, ci) {
				continue
			}
			if slices.ContainsFunc(con.alts, func(a alternative) bool { return a.weight == 1 && slices.Contains(a.words, key) }) {
				out = append(out, ci)
			}
		}
	}
	return out
}

// prepositionsEN, folded, qualify an English noun after them.
var prepositionsEN = setOf("in", "at", "on", "between", "with", "of", "for", "from", "during", "over", "about", "to", "near", "under")

// lastOrdinalRE finds, lower-cased, an ordinal word of vi/en/ru: which
// of the events is the ordinal's constraint, not the thing's.
var lastOrdinalRE = regexp.MustCompile(`^(first|second|third|fourth|fifth|last|next|latest|перв\p{L}*|втор\p{L}*|треть\p{L}*|четв[её]рт\p{L}*|пят\p{L}*|последн\p{L}*|следующ\p{L}*|đầu|tiên|thứ|dau|tien|thu)$`)

// lastStopVI, lower-cased, qualify a Vietnamese noun after it: between,
// at, in, with, of, about.
var lastStopVI = setOf("giữa", "tại", "ở", "với", "của", "về", "giua", "tai", "o", "voi", "cua", "ve", "năm", "nam", "tháng", "thang", "ngày", "ngay")

// lastedSpoken reports whether c speaks of every content word of the
// thing whose length q asks (lastedSubject).
func lastedSpoken(c *candidate, q *question, srcLang string) bool {
	for _, ci := range q.lasted {
		con := q.t.concepts[ci]
		if srcLang != "" && srcLang != q.lang && !slices.ContainsFunc(con.alts, func(a alternative) bool { return a.weight != 1 }) {
			continue // no translation: not looked for in another language
		}
		if len(runStarts(c, con)) == 0 {
			return false
		}
	}
	return true
}
