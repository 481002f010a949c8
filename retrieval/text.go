package retrieval

import (
	"unicode"
	"unicode/utf8"

	"github.com/detente/detente/corpus"
)

// span is one word of a folded text: the byte range [start, end).
type span struct{ start, end int }

// appendWords appends the words of an already folded text to dst: maximal
// runs of letters, digits and combining marks. Everything else (spaces,
// punctuation, hyphens, apostrophes) separates words, so "Mát-xcơ-va" is three
// words, "Trump's" is "trump" + "s" and "26/3/2024" is "26 3 2024".
//
// It is not corpus.Tokenize, for two measured reasons. The lexicon's
// spellings (dates such as "26 3") are matched as runs of these pieces,
// which find "26/3" inside "26/3/2024" where a whole-date token would not.
// And the local embedder's hot path wants spans without allocation: on the
// first seed article, Fold plus appendWords took 34 µs and 1 allocation,
// corpus.AppendTokens 69 µs and 489 (AMD EPYC, shared). Question words,
// keyword terms and the relevance gate's content words go through corpus.
func appendWords(dst []span, folded string) []span {
	start := -1
	for i := 0; i < len(folded); {
		c := folded[i]
		var word bool
		size := 1
		if c < utf8.RuneSelf {
			word = ('a' <= c && c <= 'z') || ('0' <= c && c <= '9') || ('A' <= c && c <= 'Z')
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(folded[i:])
			word = unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		}
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			dst = append(dst, span{start, i})
			start = -1
		}
		i += size
	}
	if start >= 0 {
		dst = append(dst, span{start, len(folded)})
	}
	return dst
}

// words returns the folded words of s (corpus.Fold, then appendWords).
func words(s string) []string {
	return foldedWords(corpus.Fold(s))
}

// foldedWords is words for an already folded text.
func foldedWords(f string) []string {
	sp := appendWords(nil, f)
	out := make([]string, len(sp))
	for i, w := range sp {
		out[i] = f[w.start:w.end]
	}
	return out
}

// isStopword reports a folded word that carries no topic on its own, in
// any language (corpus.IsStopWord).
func isStopword(w string) bool {
	return corpus.IsStopWord("", w)
}

// contentWord reports a folded word worth searching for: not a stopword and
// longer than one letter (single letters are initials and "s" of "Trump's").
func contentWord(w string) bool {
	return corpus.IsContentWord(w)
}
