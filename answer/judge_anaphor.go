package answer

import (
	"slices"

	"github.com/detente/detente/corpus"
)

// anaphorStarts returns where c, in lang, names con again by the head
// noun of one of its phrases after writing the phrase whole: a story
// says "the phone call" once and "the call lasted 40 minutes" after,
// "телефонный разговор" and then "разговор продолжался около 40 минут".
// The later
// sentence is about what the question asks though it does not repeat
// the phrase (runStarts finds it only whole). The head is the last word
// in English and Russian, where only modifiers stand before it (no
// function word: "Secretary of State" is not "State"; in Russian only
// adjectives: "департамент Северной Америки" is not "Америка"). Not in
// Vietnamese, written in syllables: the first of "đại sứ Mỹ" or "tài sản
// ngoại giao" is no word of its own (read so, a near miss of eval2 and
// one of eval7 were answered).
func anaphorStarts(c *candidate, con concept, lang string) []int {
	var out []int
	for _, a := range con.alts {
		n := len(a.words)
		if n < 2 {
			continue
		}
		for _, p := range c.at[a.words[0]] {
			if !c.wholeAt(a, p) {
				continue
			}
			h, ok := phraseHead(c, p, n, lang)
			if !ok {
				continue
			}
			head := alternative{words: a.words[h : h+1], exact: a.exact[h : h+1], weight: a.weight}
			if a.full != nil {
				head.full = a.full[h : h+1]
			}
			for _, r := range c.at[head.words[0]] {
				if c.sent[r] > c.sent[p] && c.matchAt(head, 0, r) && !slices.Contains(out, r) {
					out = append(out, r)
				}
			}
		}
	}
	return out
}

// phraseHead returns the index in a phrase of n words written at p in c
// of its head noun (see anaphorStarts), and whether it has one that can
// stand alone for it.
func phraseHead(c *candidate, p, n int, lang string) (int, bool) {
	words := c.lower[p : p+n]
	switch lang {
	case "ru":
		for _, w := range words[:n-1] {
			if !adjectiveRU(w) {
				return 0, false
			}
		}
		return n - 1, !corpus.IsStopWord("ru", words[n-1])
	case "en":
		for _, w := range words {
			if corpus.IsStopWord("en", w) {
				return 0, false
			}
		}
		return n - 1, true
	}
	return 0, false
}
