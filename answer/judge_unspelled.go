package answer

import (
	"slices"

	"github.com/detente/detente/retrieval"
)

// A question's content word that has no spelling in a passage's
// language (no row of the lexicon translates it, and it is no name and
// no number) cannot be looked for in that passage: its absence there is
// no evidence that the report lacks it. Skipping such a word leaves the
// judgement to the words the lexicon does translate, and those are the
// ones a report paraphrases most ("обязались" read as "pledged", not
// "commitment"): a Russian question over an English report then fails
// content on two paraphrased verbs while the four words it could not
// translate ("hotline", "call", ...) go unweighed. So an unspelled word
// is given the benefit of the doubt: it counts as held, at the weight of
// an untranslated word (untranslatedWeight), in a passage that cannot
// spell it — unless a report the question's words can be looked for in
// (its language's, or another that spells the word) tells the same
// story without it (unspelledLacking): then the near miss is told there,
// and the word is left out as before, neither held nor missing (counting
// it missing would refuse on the word of another story that only looks
// like the same one).

// unspelledIn reports whether con, a content concept of a question in
// lang, has no spelling a passage in srcLang could write (spellable,
// read as a common word).
func unspelledIn(con concept, srcLang, lang string) bool {
	return srcLang != "" && srcLang != lang && !spellable(con, srcLang, &question{lang: lang}, false)
}

// unspelledWeight is the weight of an unspelled content concept in the
// share of content a passage covers, and false for a word that is no
// evidence either way (a lone short common word, as contentCoverage
// skips in the question's own language).
func unspelledWeight(con concept, ci int, idf []float64) (float64, bool) {
	if len(con.alts[0].words) == 1 && !retrieval.Distinctive(con.alts[0].forms()[0]) {
		return 0, false
	}
	w := untranslatedWeight
	if idf != nil {
		w *= idf[ci]
	}
	return w, true
}

// unspelledLacking returns, for each source, the content concepts that
// get no benefit of the doubt there (nil: every unspelled one gets it).
//
// A concept some passage cannot spell gets none anywhere when another
// passage that can spell it meets every constraint (metBy: its names,
// pair, dates, slot) and does not hold it. That report may be the same
// story told where the word can be looked for, without it: the near miss
// ("What did the diplomats decide on tariffs in Oslo?", where the
// English report of the talks decides nothing on tariffs, is not
// answered from the Russian one on "decide" taken on trust). It may also
// be another story of the same names; the word then only loses its
// benefit of the doubt and is left out, as it was before, so this never
// refuses what leaving it out answers.
//
// And a passage gets none at all unless it holds, in its own spelling,
// one of the names the question asks about (a name constraint it meets
// with a spelling of its language, q.lexName or the question's own): a
// name it cannot spell is met only for want of evidence (a Latin name
// the lexicon lacks, over a Russian report), and trust on two counts is
// no evidence that the report is the question's story.
func unspelledLacking(q *question, texts []candidate, sources []Citation, metBy [][]bool) []map[int]bool {
	t, lang := q.t, q.lang
	var lacking map[int]bool
	for ci, con := range t.concepts {
		if q.notContent[ci] || questionConcept(con) {
			continue
		}
		if !slices.ContainsFunc(sources, func(src Citation) bool { return unspelledIn(con, src.Lang, lang) }) {
			continue
		}
		for j, src := range sources {
			if !unspelledIn(con, src.Lang, lang) && !slices.Contains(metBy[j], false) && !slices.ContainsFunc(con.alts, texts[j].hasRun) {
				if lacking == nil {
					lacking = map[int]bool{}
				}
				lacking[ci] = true
				break
			}
		}
	}
	out := make([]map[int]bool, len(sources))
	for i, src := range sources {
		out[i] = lacking
		if !vouchedName(q, src, metBy[i]) {
			out[i] = map[int]bool{}
			for ci := range t.concepts {
				out[i][ci] = true
			}
		}
	}
	return out
}

// vouchedName reports whether src holds, in its own spelling, one of the
// names the question asks about: a name constraint it meets (met, by
// constraint) with a spelling of its language, q.lexName or the
// question's own. A name src cannot spell is met only for want of
// evidence (a Cyrillic name no row of the lexicon gives in Latin, over an
// English report).
func vouchedName(q *question, src Citation, met []bool) bool {
	return slices.ContainsFunc(q.cons, func(k Constraint) bool {
		ki := slices.IndexFunc(q.cons, func(o Constraint) bool { return o.Kind == k.Kind && o.Text == k.Text })
		return k.Kind == KindName && len(k.concepts) > 0 && met[ki] && spellable(q.t.concepts[k.concepts[0]], src.Lang, q, true)
	})
}
