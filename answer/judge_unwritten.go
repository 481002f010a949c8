package answer

import (
	"slices"
	"strings"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
)

// A name the corpus never writes. A name the lexicon cannot spell in a
// story's script ("Hendricks" over a Russian report) is met there on
// trust (meets): a missing translation is no evidence that the report
// lacks him. But when the whole corpus never writes the name in the
// question's own script either, the trust has nothing behind it: "Who
// led the US delegation at the embassy talks in Hendricks?" was answered
// from the Russian report of talks in Reykjavik, because no Latin word
// of the question could be looked for there. Such a name must then at
// least resemble a word of the story in the story's script (nameAbsent,
// the test a "what did X say" speaker already had). A name the corpus
// does write in the question's script keeps the trust: an English
// "Museum" or "Cape" of a name the Russian report translates ("Русский
// музей") resembles nothing, and the English corpus that writes it
// tells that it is a word, not a stranger.
//
// Measured on the near misses scripts/mutants.sh makes from every open
// answerable question by putting a name the corpus never writes in place
// of one it does (544): 161 answered before, 0 after; two open
// questions refused that had been answered with a first bullet that
// missed the answer (BENCHMARKS.md, eleventh round).

// A word of a longer name is no stranger when the name's last word is
// in the story: "Cape" of "Cape Dezhnev" over "мыса Дежнёва", "Центре"
// of "Центре подготовки космонавтов имени Гагарина" (a Russian name
// capitalises its first word only) over "the Gagarin centre",
// "Библиотекой" of "Библиотекой Конгресса" over "the Library of
// Congress": words of a place or body the report translates. A surname
// is a name's last word, so "Kirill Hendricks" stays a stranger beside a
// known "Kirill".

// unwrittenNames returns, for the name constraints of cons whose own
// spelling (the question's words) no chunk of the corpus holds by the
// corpus statistics r, the last word of the longer name they stand in
// ("" when they end it); none without statistics.
func unwrittenNames(r rarity, query string, t terms, cons []Constraint) map[string]string {
	if r == nil {
		return nil
	}
	own := map[string]string{} // name text -> its own spelling's term
	var look []string
	toks := corpus.Tokenize(query)
	for _, k := range cons {
		if k.Kind != KindName || len(k.concepts) != 1 || !writtenCapitalised(toks, k.Text) {
			continue
		}
		con := t.concepts[k.concepts[0]]
		if lexiconKnows(con) {
			continue // a word ("Museum", музей) or a body (Росрыболовство) the lexicon translates
		}
		term, ok := countedForm(con.alts[0]) // a Russian stem through a spelling the store analyses back to it
		if !ok {
			continue
		}
		own[k.Text] = term
		look = append(look, term)
	}
	if len(look) == 0 {
		return nil
	}
	stats, ok := r.counts(look)
	if !ok {
		return nil
	}
	out := map[string]string{}
	for text, term := range own {
		if n, counted := stats.DF[term]; counted && n == 0 {
			out[text] = nameEnd(toks, text)
		}
	}
	return out
}

// strangerAbsent reports whether the story c, in a script the question's
// name text (one the corpus never writes, see unwrittenNames) cannot be
// spelled in, holds no word resembling it nor the last word of the name
// it stands in.
func strangerAbsent(c *candidate, q *question, text string) bool {
	end, ok := q.unwritten[text]
	if !ok || !nameAbsentBy(c, text, wordLooselyResembles) {
		return false
	}
	// A last word too short or common to judge by ("Sea" of "Hendricks
	// Sea", "море" in every report of a sea) tells nothing.
	if keys, _ := nameKeys(end); end == "" || len(keys) == 0 {
		return true
	}
	return nameAbsentBy(c, end, wordLooselyResembles)
}

// writtenCapitalised reports whether the question writes the first word
// of text capitalised: a name it gives, not a common word the lexicon
// also spells as one ("tù binh").
func writtenCapitalised(toks []corpus.Token, text string) bool {
	first, _, _ := strings.Cut(text, " ")
	return slices.ContainsFunc(toks, func(tok corpus.Token) bool { return tok.Lower == first && capitalisedWord(tok.Text) })
}

// nameEnd returns the last word (lower case) of the capitalised name in
// which the question's words text stand, when it is another word than
// text's last: the capitalised words after it, and in Cyrillic also up
// to three lower-case words before a capitalised one ("Центре подготовки
// космонавтов имени Гагарина"); "" when text ends its name.
func nameEnd(toks []corpus.Token, text string) string {
	words := strings.Fields(text)
	if len(words) == 0 {
		return ""
	}
	end := words[len(words)-1]
	for i, tok := range toks {
		if tok.Lower != end {
			continue
		}
		j := i
		for j+1 < len(toks) {
			next := j + 1
			for k := 0; k < 3 && next < len(toks) && cyrillic(tok.Text) && !capitalisedWord(toks[next].Text) && cyrillic(toks[next].Text) && !corpus.IsStopWord("ru", toks[next].Folded); k++ {
				next++
			}
			if next >= len(toks) || !capitalisedWord(toks[next].Text) || !adjacent(toks, j, next) {
				break
			}
			j = next
		}
		if j > i {
			return toks[j].Lower
		}
		return ""
	}
	return ""
}

// adjacent reports whether the tokens from i to j stand one space
// apart, with no punctuation between them.
func adjacent(toks []corpus.Token, i, j int) bool {
	for k := i; k < j; k++ {
		if toks[k+1].Start != toks[k].End+1 {
			return false
		}
	}
	return true
}

// lexiconKnows reports whether con has a spelling from the lexicon other
// than a transliteration of its own word: "Museum" has "музей",
// "Росрыболовства" "federal fisheries agency"; "Хендрикс" only
// "khendriks", its own letters romanized.
func lexiconKnows(con concept) bool {
	keys, _ := nameKeys(strings.Join(con.alts[0].forms(), " "))
	return slices.ContainsFunc(con.alts, func(a alternative) bool {
		if a.weight == 1 || a.part || a.inner {
			return false
		}
		w := a.forms()
		return len(keys) == 0 || len(w) > 1 || !retrieval.SkeletonsResemble(retrieval.NameSkeletons(w[0]), keys)
	})
}
