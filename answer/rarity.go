package answer

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
)

// docFreqer is what the judge needs of retrieval to weigh a question's
// words by how common they are in the whole corpus (*retrieval.Engine
// implements it). A Searcher without it leaves every word its fixed
// weight.
type docFreqer interface {
	DocFreqs(ctx context.Context, terms []string) (retrieval.DocFreqs, error)
}

// rarity looks up the corpus-wide document frequencies of terms; ok is
// false when they are unknown. A nil rarity: no corpus statistics.
type rarity func(terms []string) (df retrieval.DocFreqs, ok bool)

// rarity returns the corpus statistics of s's searcher for one question,
// nil when it has none. A failed lookup is logged and judged without them:
// the judge's other constraints still stand.
func (s *Service) rarity(ctx context.Context) rarity {
	d, ok := s.search.(docFreqer)
	if !ok {
		return nil
	}
	return func(terms []string) (retrieval.DocFreqs, bool) {
		df, err := d.DocFreqs(ctx, terms)
		if err != nil {
			s.log.Warn("judging without corpus statistics", "err", err)
			return df, false
		}
		return df, true
	}
}

// counts looks up the document frequencies of terms; ok is false when r
// is nil, the lookup fails, or the corpus has too few chunks to count
// (minRarityChunks).
func (r rarity) counts(terms []string) (retrieval.DocFreqs, bool) {
	if r == nil || len(terms) == 0 {
		return retrieval.DocFreqs{}, false
	}
	stats, ok := r(terms)
	return stats, ok && stats.Chunks >= minRarityChunks
}

// Rarity tuning, measured on testdata/eval (tune) and testdata/eval2 (see
// rarityWeight).
const (
	// topicShare is the share of the corpus's chunks beyond which a word
	// is its topic's vocabulary rather than what a question asks about.
	topicShare = 0.05
	// minRarityChunks is the smallest corpus whose counts are used: in
	// fewer chunks a word's count tells more about a few articles than
	// about how common it is.
	minRarityChunks = 10
)

// rarityWeights weighs each content concept of t (those not in skip) by
// how common it is in the whole corpus, in any language and any of its
// spellings, from the document frequency of its most common alternative
// (rarityWeight). A concept whose count is unknown keeps weight 1. nil
// when r is nil or has too few chunks to count: every concept then keeps
// its fixed weight.
func rarityWeights(r rarity, t terms, skip func(ci int) bool) []float64 {
	if r == nil {
		return nil
	}
	var look []string
	for ci, con := range t.concepts {
		if skip(ci) {
			continue
		}
		for _, a := range con.alts {
			look = append(look, strings.Join(a.forms(), " "))
		}
	}
	if len(look) == 0 {
		return nil
	}
	stats, ok := r.counts(look)
	if !ok {
		return nil
	}
	out := make([]float64, len(t.concepts))
	for ci, con := range t.concepts {
		out[ci] = 1
		if skip(ci) {
			continue
		}
		df, known := 0, false
		for _, a := range con.alts {
			if d, ok := stats.DF[strings.Join(a.forms(), " ")]; ok {
				df, known = max(df, d), true
			}
		}
		if known {
			out[ci] = rarityWeight(df, stats.Chunks)
		}
	}
	return out
}

// rarityWeight is the weight of a word in df of n chunks: 1 up to
// topicShare of the chunks, then its inverse document frequency (BM25's)
// against that of a word at topicShare, falling towards 0 for a word in
// every chunk. A word of the corpus's topic ("Russia", "talks",
// "sanctions") says little about what a question asks, so a passage
// that has only those no longer covers a question whose other words it
// lacks ("India and Russia negotiate salmon quotas" met by an article on
// Russia's negotiations).
//
// Rare words are not weighed above 1: measured, weighing them by their
// idf too (or up to twice a common word) refused more answerable
// questions (tune: false refusals 0.021 → 0.031), whose rare word was the
// asker's own ("giải thích", explain) or one the lexicon translates but
// the article says otherwise (an "expedition" in no chunk of a corpus that
// answers it).
func rarityWeight(df, n int) float64 {
	return min(1, bm25IDF(float64(df), float64(n))/bm25IDF(topicShare*float64(n), float64(n)))
}

// absentThings returns the concepts of t (those not in skip) that name a
// thing of the domain no chunk of the corpus holds in any spelling: a
// word the lexicon translates, not a name, every one of whose whole
// spellings (the question's own and each translation's, not a synonym of
// a part of its phrase) the corpus counts in no chunk. Content coverage
// lets one word of a question go unmatched, since an article says its
// verbs and framing otherwise; but a domain noun the lexicon spells in
// every language and the corpus never writes is no paraphrase: the
// corpus has no report of it ("the fine for shipping bearings" of a
// report on lathes). nil when r is nil or its counts are unknown.
func absentThings(r rarity, t terms, skip func(ci int) bool) []int {
	if r == nil {
		return nil
	}
	whole := func(a alternative) bool { return !a.part && !a.inner }
	var look []string
	var cand []int
	for ci, con := range t.concepts {
		if skip(ci) || con.specific || !slices.ContainsFunc(con.alts, func(a alternative) bool { return a.weight != 1 && whole(a) }) {
			continue
		}
		cand = append(cand, ci)
		for _, a := range con.alts {
			if f, ok := countedForm(a); ok && whole(a) {
				look = append(look, f)
			}
		}
	}
	if len(cand) == 0 {
		return nil
	}
	stats, ok := r.counts(look)
	if !ok {
		return nil
	}
	var out []int
	for _, ci := range cand {
		absent := true
		for _, a := range t.concepts[ci].alts {
			if !whole(a) {
				continue
			}
			f, ok := countedForm(a)
			if d, known := stats.DF[f]; !ok || !known || d > 0 {
				absent = false
				break
			}
		}
		if absent {
			out = append(out, ci)
		}
	}
	return out
}

// absentThing returns, as an unmet constraint written as the question
// writes it, the first of things (the question's content concepts, not
// question words, that the corpus never names: absentThings, looked up
// once for all the sources judged) that c does not hold either; ok is
// false when there is none. Only where the check reads the question's own words: c (in
// srcLang) is in the question's language lang, so no translation stands
// between the question's word and the article's, which may name the
// thing otherwise ("crewed spacecraft" of a Russian report on "crewed
// ships"); the word is not capitalised past the question's first word (a
// name, judged as names are); and it is not the noun a question word asks
// for ("what post", "bao nhiêu tấn", "chức vụ gì"), which the article
// answers with its instance, not the noun.
func absentThing(things []int, query, srcLang, lang string, t terms, c *candidate) (k Constraint, ok bool) {
	if len(things) == 0 || !sameLang(srcLang, lang) {
		return Constraint{}, false
	}
	q := phraseOf(query)
	if lang == "vi" && !marked(q) {
		// Typed without diacritics, a syllable may be an ask word
		// ("gi", "may") or another word: nothing is certain.
		return Constraint{}, false
	}
	raw, _, _ := rawWords(query, len(q.folded))
	for _, ci := range things {
		con := t.concepts[ci]
		if slices.ContainsFunc(con.alts, c.hasRun) {
			continue
		}
		for _, a := range con.alts {
			if a.weight != 1 {
				continue
			}
			i := indexRun(q.folded, a.forms())
			if i < 0 {
				continue
			}
			j := i + len(a.forms())
			if len(a.forms()) > 1 && !slices.ContainsFunc(a.forms(), func(w string) bool { return !slices.Contains(c.full, w) }) {
				// Every word of the phrase is in the article, apart: it
				// tells the thing in other words ("tàu của nước nào gần
				// nhất sẽ dẫn đầu việc cứu hộ" of "tàu cứu hộ").
				break
			}
			if i > 0 && capitalised(raw, [2]int{i, j}) || askWordRE.MatchString(strings.Join(q.lower[max(0, i-2):min(len(q.lower), j+2)], " ")) ||
				!nounAt(q.lower, i, j, lang) || verbRow(strings.Join(q.lower[i:j], " ")) {
				break
			}
			return Constraint{Kind: KindThing, Text: strings.Join(q.lower[i:j], " "), concepts: []int{ci}}, true
		}
	}
	return Constraint{}, false
}

// countedForm is a spelling of a that the store's DocFreqs analyses to
// a's own words, so that its count is the count of a; ok is false when
// there is none. A Russian word of a question is held as its Snowball
// stem (matchForm), and Snowball does not return a stem to itself: the
// stem of "защита" is "защит", but "защит" analyses to "защ", which no
// chunk holds. Measured on the open sets: looked up as stems, "заявлений"
// and "защита" were counted in no chunk of corpora that hold them. A stem
// is counted through an inflected spelling of it (one ending of a noun)
// that analyses back to it.
func countedForm(a alternative) (string, bool) {
	words := slices.Clone(a.forms())
	for i, w := range words {
		if !cyrillic(w) || corpus.Analyze(w) == w {
			continue
		}
		found := false
		for _, e := range ruNounEndings {
			if corpus.Analyze(w+e) == w {
				words[i], found = w+e, true
				break
			}
		}
		if !found {
			return "", false
		}
	}
	return strings.Join(words, " "), true
}

// ruNounEndings are case endings of Russian nouns, tried in turn to spell
// a stem as a word (countedForm).
var ruNounEndings = []string{"а", "ы", "и", "ов", "ам", "ом", "у", "е", "о", "ий", "ей"}

// nounAt reports whether the words lower[i:j] of a question in lang read
// as a noun, the thing asked, rather than a verb the article may say
// otherwise ("will Moscow grant", "does the moratorium protect") or the
// measure or time an answer gives ("о длине", "весной", "the length"): in
// English, after a determiner or a preposition ("the satellites", "about
// tariffs"); in Russian, a word without a verb's ending ("объяснили",
// "передать") nor a question word declined ("сколькими"); Vietnamese has no such mark and is taken as written. In
// every language, not a word that names an answer's type (exemptHead: a
// measure, a time, a statement) nor a season. Measured on the open sets:
// each of "объяснили", "весной" and "о длине" was refused when Russian
// words were taken as written.
func nounAt(lower []string, i, j int, lang string) bool {
	words := strings.Join(lower[i:j], " ")
	if s, _ := seasonAt(lower, i); s >= 0 || exemptHead(words) {
		return false
	}
	switch lang {
	case "en":
		return i > 0 && enNounBefore[lower[i-1]]
	case "vi":
		return true
	case "ru":
		return !slices.ContainsFunc(lower[i:j], func(w string) bool {
			return verbRU(w) || infinitiveRU(w) || pastOrImperativeRU(w) || shortParticipleRU(w) || askStems[corpus.Stem(w)]
		})
	}
	return false
}

// pastOrImperativeRU reports a Russian word with the ending of a verb's
// masculine past or its polite imperative ("читал", "подписал",
// "подскажите"), which verbRU leaves out because nouns end so too
// ("канал", "персонал"): a thing is not judged on such a word, at the
// cost of those nouns' reach, not of a wrong refusal.
func pastOrImperativeRU(w string) bool {
	for _, e := range []string{"ал", "ял", "ил", "ел", "ите", "йте"} {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w) > utf8.RuneCountInString(e)+2 {
			return true
		}
	}
	return false
}

// shortParticipleRU reports a Russian word with the ending of a short
// passive participle, a state said of the subject ("порты открыты",
// "визы выданы", "переговоры завершены", "соглашение подписано"): a
// predicate, not a thing, though Snowball gives "открыты" the stem of the
// noun "открытие". Only suffixes few nouns end in: "-ыт", "-ят" (not the
// "-ит" of "лимиты", "кредиты"), "-ован", "-ан" after "с" ("подписан"),
// "-ен" after a hushing consonant ("запрещены", "завершено"), and "-ён";
// each with the short endings "-а", "-о", "-ы".
func shortParticipleRU(w string) bool {
	stem := strings.TrimRight(w, "аоы")
	if len(w)-len(stem) > 2 || utf8.RuneCountInString(stem) < 5 {
		return false
	}
	for _, e := range []string{"ыт", "ят", "ован", "еван", "сан", "жен", "чен", "шен", "щен", "ён", "нен", "ден", "трен"} {
		if strings.HasSuffix(stem, e) {
			return true
		}
	}
	return false
}

// infinitiveRU reports a Russian word with an infinitive's ending.
func infinitiveRU(w string) bool {
	return strings.HasSuffix(w, "ть") || strings.HasSuffix(w, "ться") || strings.HasSuffix(w, "ти") || strings.HasSuffix(w, "чь")
}

// enNounBefore are the English words after which a word is a noun:
// determiners, possessives and prepositions.
var enNounBefore = setOf("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "of", "about", "on", "for", "from", "with", "by", "at", "over", "into", "any", "some", "no")

// verbRow reports whether the lexicon reads words as an action: one of
// their Russian translations is an infinitive ("объяснить" of "giải
// thích"). Actions are what reports say otherwise most often.
func verbRow(words string) bool {
	return slices.ContainsFunc(retrieval.Expand(words), func(e string) bool {
		return cyrillic(e) && infinitiveRU(e)
	})
}

// unsaidActions returns, of things (the concepts no chunk of the corpus
// holds in any spelling: absentThings, looked up only when the question
// has an action among its content concepts, those not in skip), those
// the question asks as an action (verbRow: "thất bại", failed;
// "закончились", ended): content coverage leaves them out. A report
// tells an event in its own verb ("the talks broke off", "collapsed" for
// "failed"; "agreed to ..." for how talks ended), and a verb that no
// chunk of the corpus says in any of the lexicon's spellings is missing
// from every passage alike, the one that answers too: weighed by its
// rarity as the rarest word of the question, it refused the stories it
// asks about (ev12-vi-021, ev12-en-029). A thing (a noun) no chunk names
// is still judged, as absentThing does: no report holds it.
func unsaidActions(things func() []int, query string, t terms, skip func(ci int) bool) map[int]bool {
	q := phraseOf(query)
	action := func(ci int) bool {
		return slices.ContainsFunc(t.concepts[ci].alts, func(a alternative) bool {
			if a.weight != 1 {
				return false
			}
			i := indexRun(q.folded, a.forms())
			return i >= 0 && verbRow(strings.Join(q.lower[i:i+len(a.forms())], " "))
		})
	}
	asked := false
	for ci := range t.concepts {
		asked = asked || !skip(ci) && action(ci)
	}
	if !asked {
		return nil
	}
	var out map[int]bool
	for _, ci := range things() {
		if action(ci) {
			if out == nil {
				out = map[int]bool{}
			}
			out[ci] = true
		}
	}
	return out
}

// corpusHolds returns whether the corpus writes a name (a folded word),
// as written or in a spelling of the other script (retrieval.Cyrillize,
// retrieval.Romanize): a word of the corpus is no typo of another, even
// where the passages retrieved lack it (repairTyposHeld). nil without
// corpus statistics.
func (s *Service) corpusHolds(ctx context.Context) func(w string) bool {
	r := s.rarity(ctx)
	if r == nil {
		return nil
	}
	return func(w string) bool {
		terms := []string{w}
		if cyrillic(w) {
			terms = append(terms, retrieval.Romanize(corpus.NameStem(w)))
		} else {
			terms = append(terms, retrieval.Cyrillize(w)...)
		}
		stats, ok := r(terms)
		return ok && slices.ContainsFunc(terms, func(t string) bool { return stats.DF[t] > 0 })
	}
}
