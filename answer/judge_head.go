package answer

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
)

// The asked-for thing. "Which radio frequency will the hotline use?",
// "vì tội gì", "Какую частоту…" ask for a thing of a kind their head noun
// names. A story that never speaks of that kind of thing does not give
// it, however much of the question's other words it holds: the hotline
// story that names no frequency is about the hotline, and content
// coverage, which the head is one word of, cannot tell. So the head noun
// must be spoken of, in any of its spellings (stems, the lexicon's
// translations, the synonyms the judge knows), in the article that
// answers: in what the judge reads of it, up to eight passages
// (moreOfArticles in answer.go).
//
// Heads that name the type of the answer rather than a thing the story
// speaks of are exempt (exemptHead): a "which country" is answered by
// "Turkey", a "what year" by "2025", "what share" by "15%", "what
// steps" by the steps; a story gives the instance, not the type's word.
// So are hypernyms ("what equipment", "which agency"), which a story
// names by a narrower word ("ship transponders", "the Commerce
// Department"); a speech act ("what demand"), whose content a story
// reports by any verb of saying ("Moscow still insisted that…"); a count ("how many flights"), which countBound binds to
// its number; the heads the typed slot judges (judge_which.go); and a
// delegation, which a story names by its side ("the Russian side").

// KindHead is the thing a question asks for, by its head noun: the
// article must speak of it.
const KindHead ConstraintKind = "head"

// askedHead returns the concept of the head noun of the thing query asks
// for and the noun as written, or ok false when there is none or it is
// exempt (see above).
func askedHead(query string) (con concept, text string, ok bool) {
	h := askedHeadWord(query)
	if h == "" || exemptHead(h) || questionType(query) == qHowMany {
		return concept{}, "", false
	}
	con = headTerm(h)
	if delegationConcept(con) {
		return concept{}, "", false
	}
	return con, shownHead(query, h), true
}

// shownHead returns the head h as a reader of the refusal should see it:
// a single Vietnamese syllable with the syllables before it that make
// its word ("ký túc xá", not "xá"), up to three; any other head as is.
func shownHead(query, h string) string {
	if strings.Contains(h, " ") || cyrillic(corpus.Fold(h)) {
		return h
	}
	toks := corpus.Tokenize(query)
	for i, t := range toks {
		if t.Lower != h || i+1 >= len(toks) || toks[i+1].Lower != "nào" && toks[i+1].Lower != "nao" && toks[i+1].Lower != "gì" {
			continue
		}
		start := i
		for start > 0 && i-start < 2 && !corpus.IsStopWordVI(toks[start-1].Lower) && !capitalisedWord(toks[start-1].Text) &&
			!exemptHeadsVI[toks[start-1].Lower] && !prepositionsVI[toks[start-1].Lower] && !placeWords[toks[start-1].Lower] {
			start--
		}
		return query[toks[start].Start:t.End]
	}
	return h
}

// The rate asked. "Bao nhiêu chuyến mỗi tuần", "how many visa
// applications a week", "сколько рейсов в неделю" count per a unit of
// time: a story that counts flights but never per week ("the national
// carrier still flies to both countries"; a group that "meets every six
// weeks" is a period, not a rate of flights) does not give it. The unit
// must be in a sentence that gives a number, written as a rate: after
// "a", "per", "each", "mỗi", "hàng", "một", "в", "каждую", or as the
// adjective ("weekly", "еженедельно").

// rateUnits are the units of time a count is asked per, in vi/en/ru, each
// with its rate adjectives: the first word is the English unit.
var rateUnits = [][]string{
	{"week", "weekly", "tuần", "неделя", "неделю", "недели", "еженедельно", "еженедельных", "еженедельные"},
	{"day", "daily", "ngày", "день", "сутки", "ежедневно", "ежедневных", "ежедневные"},
	{"month", "monthly", "tháng", "месяц", "ежемесячно", "ежемесячных", "ежемесячные"},
	{"year", "annual", "annually", "yearly", "năm", "год", "ежегодно", "ежегодных", "ежегодные"},
}

// rateMarkers, lower-cased, put a unit of time after them as a rate.
var rateMarkers = setOf("a", "an", "per", "each", "every", "mỗi", "hàng", "một", "в", "во", "каждую", "каждый", "каждые", "за")

// askedRate returns the concept of the unit of time a "how many"
// question counts per (rateUnits), and the rate as written, or ok false.
func askedRate(query string) (con concept, text string, ok bool) {
	toks := corpus.Tokenize(query)
	for i, t := range toks {
		for _, g := range rateUnits {
			if !slices.Contains(g, t.Lower) {
				continue
			}
			adjective := rateAdjective(t.Folded)
			marked := i > 0 && rateMarkers[toks[i-1].Lower] && toks[i-1].Lower != "một"
			// "hàng năm" and "mỗi năm" are rates; "năm 2025" is a year.
			if !adjective && !marked {
				continue
			}
			if t.Folded == "год" && (i+1 < len(toks) && isYear(toks[i+1].Folded) || i > 1 && isYear(toks[i-2].Folded)) {
				continue
			}
			text := t.Lower
			if marked {
				text = toks[i-1].Lower + " " + t.Lower
			}
			// The unit and its translations: the adjectives are known
			// by their words (rateAdjective), not by a stem they share
			// with other words ("daily" is also a newspaper).
			return rateTerm(g), text, true
		}
	}
	return concept{}, "", false
}

// rateTerm is the unit of a rateUnits group in every language the group
// spells it: the lexicon does not translate "month", and the English
// word alone counts as spelled in a Vietnamese story (spellable), which
// then never held "mỗi tháng".
func rateTerm(g []string) concept {
	alts := []alternative{phraseOf(g[0]).alternative(1)}
	for _, w := range g[1:] {
		alts = append(alts, phraseOf(w).alternative(expansionWeight))
	}
	return stemmedTerms(terms{concepts: []concept{{alts: alts}}}).concepts[0]
}

// rateGiven reports whether c gives a count per the unit q.head holds:
// the unit written as a rate (rateMarkers before it, or a rate
// adjective) in a sentence with a number.
func rateGiven(c *candidate, q *question, srcLang string) bool {
	if !spellable(q.head, srcLang, q, false) {
		return true
	}
	at := runStarts(c, q.head)
	// A Russian rate adjective holds the unit's root after "еже"
	// ("еженедельно"), which the unit's stem does not find.
	for p, w := range c.lower {
		if strings.HasPrefix(w, "еже") && slices.ContainsFunc(q.head.alts, func(a alternative) bool {
			return cyrillic(a.words[0]) && strings.HasPrefix(w[len("еже"):], a.words[0])
		}) {
			at = append(at, p)
		}
	}
	for _, p := range at {
		s := c.sent[p]
		rate := rateAdjective(c.lower[p])
		if p > 0 && c.sent[p-1] == s && rateMarkers[c.lower[p-1]] {
			rate = true
		}
		if !rate {
			continue
		}
		for j := p - 1; j >= 0 && c.sent[j] == s; j-- {
			if isCount(c.lower[j]) {
				return true
			}
		}
		for j := p + 1; j < len(c.words) && c.sent[j] == s; j++ {
			if isCount(c.lower[j]) {
				return true
			}
		}
	}
	return false
}

// rateAdjective reports a folded word that is a rate by itself
// ("weekly", "annually", "ежедневно").
func rateAdjective(w string) bool {
	return strings.HasPrefix(w, "еже") || strings.HasSuffix(w, "ly") || strings.HasPrefix(w, "annual")
}

// headSpoken reports whether c speaks of the head noun a question asks
// for (askedHead). A head the article's language cannot spell (no
// translation) cannot be looked for, and is not held against it.
func headSpoken(c *candidate, q *question, srcLang string) bool {
	if q.rate {
		return rateGiven(c, q, srcLang)
	}
	if !spellable(q.head, srcLang, q, false) {
		return true
	}
	return slices.ContainsFunc(q.head.alts, c.hasRun) || misspeltHead(c, q.head) || q.headPerson && personNamed(c, q, srcLang) ||
		q.headBasis && basisGiven(c, q, srcLang) || q.headBuilding && buildingNamed(c)
}

// A building asked. "Tòa nhà nào", "which building", "в каком здании"
// ask where an event was held, and a story answers with the building's
// name, which says its kind ("во Дворце Республики", "at the Palace of
// Independence", "tại khách sạn Rixos"), seldom with the asker's word
// for a building.

// buildingWords, folded, are the words for a building a question asks
// by.
var buildingWords = setOf("building", "buildings", "здание", "здания", "зданий", "toa nha")

// buildingHead reports whether the head asked is a building.
func buildingHead(h concept) bool {
	return slices.ContainsFunc(h.alts, func(a alternative) bool {
		return buildingWords[corpus.Fold(strings.Join(a.full, " "))]
	})
}

// buildingNamed reports whether c names a building by its kind after a
// preposition of place (placeNounRE), as a name: the kind capitalised
// ("во Дворце Республики", "at the Palace of Independence") or a
// capitalised name right after it ("tại khách sạn Rixos"). "In the
// hall" names no building.
func buildingNamed(c *candidate) bool {
	for _, sent := range c.sents {
		lower := strings.ToLower(sent)
		if len(lower) != len(sent) {
			continue // a letter whose case changes its length: offsets differ
		}
		for _, m := range placeNounRE.FindAllStringSubmatchIndex(lower, -1) {
			kind := sent[m[8]:m[9]]
			if r, _ := utf8.DecodeRuneInString(kind); unicode.IsUpper(r) {
				return true
			}
			if toks := corpus.Tokenize(sent[m[9]:]); len(toks) > 0 && capitalisedWord(toks[0].Text) && strings.TrimSpace(sent[m[9]:m[9]+toks[0].Start]) == "" {
				return true
			}
		}
	}
	return false
}

// The basis of an act. "Mỹ trao trả hai người theo cơ chế nào?", "Under
// what arrangement were they freed?", "По какой схеме их освободили?"
// ask what the act was done under, and a story tells it by the same
// preposition after the act ("được thực hiện theo lệnh ân xá", "freed
// under a presidential pardon", "по указу о помиловании"), seldom by the
// asker's word for its kind (a mechanism, an arrangement, a scheme).

// basisPrepositions, folded, put the basis of an act after them.
var basisPrepositions = setOf("theo", "under", "по", "согласно")

// basisAsked reports whether query asks its head after a preposition of
// basis: "theo cơ chế nào" (the preposition before the Vietnamese head),
// "under what mechanism", "по какой схеме" (before the question word).
func basisAsked(query string) bool {
	toks := corpus.Tokenize(query)
	for i, tok := range toks {
		switch {
		case tok.Folded == "which" || tok.Folded == "what" || ruWhichForms[tok.Folded]:
			return i > 0 && basisPrepositions[toks[i-1].Folded]
		case tok.Lower == "nào" || tok.Lower == "nao" || tok.Lower == "gì":
			// A Vietnamese head of one to three syllables ("cơ chế").
			for j := i - 2; j >= max(0, i-4); j-- {
				if basisPrepositions[toks[j].Folded] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// basisGiven reports whether a sentence of c that carries the question's
// terms best (slotSentences) writes a preposition of basis after one of
// those terms, with a word after it: the basis the act was done under.
// "Theo kế hoạch, ..." before them names no basis of the act.
func basisGiven(c *candidate, q *question, srcLang string) bool {
	cis, _ := locatable(q, srcLang)
	for _, s := range slotSentences(c, q, srcLang) {
		first := -1 // the sentence's first word, by its index in c
		for p := range c.sent {
			if c.sent[p] == s {
				first = p
				break
			}
		}
		if first < 0 {
			continue
		}
		toks := corpus.Tokenize(c.sents[s])
		term := len(toks) // where the first of the question's terms is
		for _, ci := range cis {
			for _, p := range runStarts(c, q.t.concepts[ci]) {
				if c.sent[p] == s {
					term = min(term, p-first)
				}
			}
		}
		for j := term + 1; j < len(toks)-1; j++ {
			if basisPrepositions[toks[j].Folded] && !theoCompounds[toks[j-1].Folded] {
				return true
			}
		}
	}
	return false
}

// theoCompounds, folded, make a word of the "theo" after them ("mang
// theo", carry; "tiếp theo", next): no preposition of basis.
var theoCompounds = setOf("mang", "kem", "tiep", "di", "duoi", "sau")

// A kind of person. "Работы каких художников покажут", "which
// scientists", "những nhà khoa học nào" ask for people of a kind, and a
// story gives them by their names ("работы Архипа Куинджи, Исаака
// Левитана и Ивана Шишкина"), as a "which official" is (exemptHeadsEN),
// often without the asker's word for the kind. Professions are an open
// class no list holds, so the kind is known by its form: English
// (the lexicon's translation where there is one, since a suffix is no
// proof: "спутник" is a satellite) by the agent endings and the
// judge's nouns of persons; Russian and Vietnamese words the lexicon does
// not translate by theirs. The head is then met by a person's name in
// the sentences that carry the question's terms (slotSentences), not
// anywhere: a story on the exhibition that names only its curator in
// another sentence does not give the artists.

// personHead reports whether the head noun h (lower-case, as written)
// names a kind of person.
func personHead(h string) bool {
	if h == "" {
		return false
	}
	var en []string
	for _, w := range retrieval.Expand(h) {
		// English: ASCII as written (a Vietnamese word folds to it).
		if asciiLetters(strings.ReplaceAll(strings.ToLower(w), " ", "")) {
			en = append(en, strings.ToLower(w))
		}
	}
	if asciiLetters(strings.ReplaceAll(h, " ", "")) {
		en = append(en, h)
	}
	// "nhà" before a field is one who works in it ("nhà vật lý"), which
	// the lexicon may translate as the field; before a building's word
	// it is a building ("nhà máy điện").
	if f := strings.Fields(h); len(f) == 3 && corpus.Fold(f[0]) == "nha" && !buildingsVI[corpus.Fold(f[1])] {
		return true
	}
	last := func(w string) string { f := strings.Fields(w); return f[len(f)-1] }
	if slices.ContainsFunc(en, func(w string) bool { return personNounEN(last(w)) }) {
		return true
	}
	// An English "-er" is also a thing ("container"), a Russian "-ник"
	// too ("спутник", satellite): an agent noun in one language is a
	// person when a translation in another is one ("писатель", "nhà
	// văn": writer; "painters": художник); a word without an English
	// translation is known by its own form.
	own := false
	for _, w := range append([]string{h}, retrieval.Expand(h)...) {
		w = strings.ToLower(w)
		f := corpus.Fold(w)
		if asciiLetters(strings.ReplaceAll(w, " ", "")) {
			continue
		}
		own = own || personNounVIRE.MatchString(w) || roleNounRE.MatchString(w) || peopleRE.MatchString(w) ||
			cyrillic(f) && (personNounRURE.MatchString(f) || roleNounRE.MatchString(f) || peopleRE.MatchString(f))
	}
	return own && (len(en) == 0 || slices.ContainsFunc(en, func(w string) bool { return agentEREN.MatchString(last(w)) }))
}

// introducedByOffice reports whether a word for a person or an office
// stands within the three words before toks[i] of sentence, in its
// clause (no punctuation between).
func introducedByOffice(sentence string, toks []corpus.Token, i int) bool {
	for k := i - 1; k >= max(0, i-3); k-- {
		if strings.ContainsAny(sentence[toks[k].End:toks[k+1].Start], ",;:.—–()") {
			return false
		}
		w := toks[k].Lower
		if capitalisedWord(toks[k].Text) && k > 0 {
			continue
		}
		if roleNounRE.MatchString(w) || peopleRE.MatchString(w) || personEndingENRE.MatchString(w) || agentEREN.MatchString(w) ||
			personNounRURE.MatchString(corpus.Fold(w)) || officeRURE.MatchString(corpus.Fold(w)) {
			return true
		}
	}
	return false
}

// officeRURE finds, folded, a Russian noun of an office in "-ор"/"-ер"
// and a case ending ("директор", "куратора", "премьер").
var officeRURE = regexp.MustCompile(`^\p{L}{3,}(ор|ер)(а|у|ом|е|ы|ов|ам|ами|ах)?$`)

// buildingsVI, folded, make "nhà" a building: "nhà máy" (factory),
// "nhà ga", "nhà hàng", "nhà hát", "nhà tù", "nhà thờ", "nhà kho",
// "nhà nước" (the state).
var buildingsVI = setOf("may", "ga", "hang", "hat", "tu", "tho", "kho", "nuoc", "o")

// personNounEN reports whether an English noun (lower-case) names a kind
// of person: one of the judge's nouns of persons or roles, or a word
// with an agent ending ("artists", "physician", "historians").
func personNounEN(w string) bool {
	return roleNounRE.MatchString(w) || peopleRE.MatchString(w) || personEndingENRE.MatchString(w)
}

var (
	// personEndingENRE finds an English agent noun by its ending.
	personEndingENRE = regexp.MustCompile(`^\p{L}{3,}(ists?|ians?)$`)
	// agentEREN finds an English noun in "-er"/"-or", an agent or a tool.
	agentEREN = regexp.MustCompile(`^\p{L}{3,}(er|or)s?$`)
	// personNounRURE finds, folded, a Russian agent noun by its suffix
	// and a case ending: "-ник", "-тель", "-ист", "-чик", "-щик", "-ец"
	// ("живописцев").
	personNounRURE = regexp.MustCompile(`^\p{L}{2,}((ник|тел|ист|чик|щик)(ь|а|у|ом|е|и|ов|ей|ам|ями|ами|ах|ях|я|ю|ем)?|ец|ц(а|у|ом|е|ы|ев|ам|ами|ах))$`)
	// personNounVIRE finds a Vietnamese noun of a person, after an
	// optional plural marker: "nhà" before what one does ("nhà khoa
	// học"), "người" before a kind, or a Sino-Vietnamese agent syllable
	// last ("nghệ sĩ", "chuyên gia", "nhân viên").
	personNounVIRE = regexp.MustCompile(`^(những |các )?(nhà \p{L}+|người \p{L}+|\p{L}+ (sĩ|gia|viên))( \p{L}+)?$`)
)

// personNamed reports whether a sentence of c that carries the
// question's terms names a person: two capitalised words side by side
// ("Isaac Levitan", "Архипа Куинджи") that are not the question's own,
// not an acronym, a country of the topic, a month, a region the lexicon
// knows ("Thái Lan"), nor a place after a preposition of place ("tới
// Hà Nội", "in New York").
func personNamed(c *candidate, q *question, srcLang string) bool {
	own := ownKeys(q)
	// The slot's sentences, and those that hold a term of the question
	// the slot's sentences lack: a story names the people where it tells
	// that part of the question ("…для выставки «Северный свет»…", and
	// two sentences on "в Хьюстон отправятся работы Архипа Куинджи"
	// for "Работы каких художников покажут"); a sentence holding none of
	// its terms ("Its funding was approved by a committee chaired by …")
	// is no longer of the thing asked.
	slot := slotSentences(c, q, srcLang)
	at := map[int]bool{}
	for _, s := range slot {
		at[s] = true
	}
	cis, _ := locatable(q, srcLang)
	for _, ci := range cis {
		starts := runStarts(c, q.t.concepts[ci])
		if slices.ContainsFunc(starts, func(p int) bool { return slices.Contains(slot, c.sent[p]) }) {
			continue
		}
		for _, p := range starts {
			at[c.sent[p]] = true
		}
	}
	for s := range at {
		sent := c.sents[s]
		toks := corpus.Tokenize(sent)
		name := func(t corpus.Token) bool {
			return capitalisedWord(t.Text) && strings.ToUpper(t.Text) != t.Text && !stopWord(t.Folded, t.Lower) &&
				!calendarWords[t.Folded] && !own[matchKey(matchForm(t))] && !countryWord(t) && !orgEndWords[t.Lower] &&
				!institutionWords[t.Lower]
		}
		for j := 1; j < len(toks); j++ {
			a, b := toks[j-1], toks[j]
			if strings.TrimSpace(sent[a.End:b.Start]) != "" || !name(a) || !name(b) {
				continue
			}
			if retrieval.Region(a.Text+" "+b.Text) || retrieval.Region(a.Text) || retrieval.Region(b.Text) || j > 1 && placeWords[toks[j-2].Lower] {
				continue
			}
			// A name after its office is that office's holder, of
			// another kind than the one asked ("директор музея Алла
			// Мезенцева", "curator Jonah Whitfield"); the head's own word
			// before it was met above.
			if introducedByOffice(sent, toks, j-1) {
				continue
			}
			return true
		}
	}
	return false
}

// misspeltHead reports whether c holds a word one edit from a head the
// lexicon does not know ("чсла" for "числа"): typo repair (typo.go)
// leaves words under minTypoRunes alone, and a head no article can hold
// as typed is no evidence the thing is not told. Two edits reach other
// words ("frequent" of "frequency").
func misspeltHead(c *candidate, head concept) bool {
	a := head.alts[0]
	if len(a.forms()) != 1 {
		return false
	}
	w := a.forms()[0]
	if utf8.RuneCountInString(w) < 4 || retrieval.Known(w) {
		return false
	}
	for _, cw := range c.words {
		if cw != "" && cw[0] == w[0] && (droppedLetter(w, cw) || transposed(w, cw) || levenshtein.ComputeDistance(w, cw) == 1) {
			return true
		}
	}
	return false
}

// unspelledHeads withdraws the head constraint (index hi of cons) from
// the sources whose language cannot spell the head when a source that
// can spell it meets every other constraint and the content
// (covs[j] >= need[j]) and does not speak of it: that is the same story
// told in the question's language ("Which radio frequency will the
// Black Sea hotline use?": the English report of the hotline names no
// frequency, so the Russian report of it, where "frequency" has no
// translation to look for, does not give one either).
func unspelledHeads(q *question, sources []Citation, cons []Constraint, metBy [][]bool, covs, need []float64) {
	hi := slices.IndexFunc(cons, func(k Constraint) bool { return k.Kind == KindHead })
	if hi < 0 {
		return
	}
	told := slices.ContainsFunc(sources, func(src Citation) bool { return spellable(q.head, src.Lang, q, false) })
	if !told {
		return
	}
	lacking := false
	for j, src := range sources {
		if !spellable(q.head, src.Lang, q, false) || metBy[j][hi] || covs[j] < need[j] {
			continue
		}
		other := true
		for ci := range cons {
			if ci != hi && !metBy[j][ci] {
				other = false
			}
		}
		lacking = lacking || other
	}
	if !lacking {
		return
	}
	for i, src := range sources {
		if !spellable(q.head, src.Lang, q, false) {
			metBy[i][hi] = false
		}
	}
}

// exemptHead reports a head noun (lower-case, as written) that names the
// answer's type: a question word or a framing verb ("thế nào", "điều
// gì", "nói gì"), a classifier, or a word whose own stem or whose
// lexicon translation is one of exemptHeadsEN's.
func exemptHead(h string) bool {
	f := corpus.Fold(h)
	// Typed without diacritics, a Vietnamese head is known by its folding.
	if questionWords[f] || framingVerbs[f] || genericCounts[f] || exemptHeadsVI[h] || h == f && exemptHeadsVIFolded[f] || corpus.IsStopWordVI(h) || corpus.IsStopWord("en", f) {
		return true
	}
	for _, w := range append([]string{h}, retrieval.Expand(h)...) {
		toks := corpus.Tokenize(w)
		if len(toks) == 0 {
			continue
		}
		last := toks[len(toks)-1]
		// A Vietnamese translation folds onto English words ("đẩy" to
		// "day"), and puts its head first: only English is read here.
		vi := slices.ContainsFunc(toks, func(t corpus.Token) bool { return t.Lower != t.Folded && !cyrillic(t.Folded) })
		if !vi && (exemptHeadsEN[corpus.Stem(last.Folded)] || exemptHeadsEN[last.Folded]) {
			return true
		}
		if cyrillic(last.Folded) && exemptRU(last.Folded, false) {
			return true
		}
	}
	// A short word typo repair leaves alone (minTypoRunes) may be an
	// exempt one misspelt: "чсла" is "числа", a date.
	if !strings.Contains(h, " ") && utf8.RuneCountInString(h) < minTypoRunes && !retrieval.Known(h) {
		if cyrillic(f) {
			return exemptRU(f, true)
		}
		for w := range exemptHeadsEN {
			if levenshtein.ComputeDistance(corpus.Stem(f), w) == 1 {
				return true
			}
		}
	}
	return false
}

// exemptRU reports a folded Russian word made of an exempt stem
// (exemptHeadsRU) and a case ending; typo: or of a stem one edit from
// one.
func exemptRU(w string, typo bool) bool {
	rs := []rune(w)
	for _, p := range exemptHeadsRU {
		n := utf8.RuneCountInString(p)
		for k := n - 1; k <= n+1; k++ {
			if k < 1 || k > len(rs) || !typo && k != n {
				continue
			}
			stem, rest := string(rs[:k]), string(rs[k:])
			if strings.Trim(rest, ruEndingLetters) != "" {
				continue
			}
			if stem == p || typo && n >= 3 && (droppedLetter(stem, p) || levenshtein.ComputeDistance(stem, p) == 1) {
				return true
			}
		}
	}
	return false
}

var (
	// exemptHeadsEN, stemmed, name the type of an answer: a person or a
	// group of people (answered by names), a place, a time, a quantity
	// or its unit (answered by a number, the unit often abbreviated), or
	// a description ("what steps", "which issues", "what role").
	exemptHeadsEN = setOf(stemsOf([]string{
		// persons and the offices they hold ("what post does she hold")
		"position", "post", "title", "job", "office", "rank", "person", "people", "man", "woman", "official", "leader", "member", "side", "party", "individual", "name",
		// places
		"country", "nation", "state", "city", "town", "place", "location", "region", "capital", "venue", "area",
		// times
		"year", "month", "week", "day", "date", "time", "hour", "period", "season", "moment", "stage",
		// quantities and units
		"number", "amount", "share", "percent", "percentage", "proportion", "level", "figure", "total", "size",
		"tonne", "ton", "kilometre", "kilometer", "mile", "metre", "meter", "kilogram", "dollar", "euro", "rouble", "ruble",
		// measures, which a story gives as a number and its unit ("within
		// 40 kilometres" is the distance, "at 300 metres" the depth)
		"distance", "length", "width", "depth", "height", "altitude", "radius", "range", "speed", "weight", "volume", "capacity",
		// descriptions
		"thing", "way", "step", "issue", "question", "topic", "subject", "matter", "result", "outcome", "kind", "type",
		"sort", "role", "measure",
		// hypernyms, which a story names by a narrower word ("ship
		// transponders" for equipment, "the Commerce Department" for an
		// agency; see judge_which.go)
		"agency", "body", "organisation", "organization", "institution", "authority", "entity", "equipment",
		"item", "object", "document", "material", "product", "goods",
		// sites by their kind ("energy facilities" are power plants and
		// pipelines a story names as such)
		"facility", "installation", "infrastructure",
		// speech acts, whose content a story reports by any verb of
		// saying ("Moscow still insisted that…" gives the demand)
		"demand", "request", "proposal", "offer", "promise", "pledge", "warning", "criticism", "message", "statement",
		"comment", "remark", "explanation", "argument", "position", "view", "opinion", "assessment", "response",
		"reaction", "answer", "call", "appeal", "complaint", "concern", "suggestion", "idea", "claim", "accusation",
		// bounds on a quantity, given as a number and worded by a verb
		// ("aim to reach $100 billion", "no more than 15")
		"target", "goal", "aim", "objective", "limit", "ceiling", "cap", "quota", "threshold", "action", "problem", "aspect", "part", "reason", "purpose", "condition", "term",
		"detail", "point", "option", "currency", "language", "species", "category", "form", "method", "means",
		// fields, which a story names one by one ("physics, linguistics
		// and Arctic ecology" for "which fields")
		"field", "sector", "sphere", "domain", "discipline", "direction", "industry", "branch",
		// ties between the parties and happenings, general words a story
		// meets by the concrete event it tells ("what contacts in sport"
		// by the match played): the question's other words say of what
		// kind
		"contact", "tie", "link", "connection", "exchange", "relation", "relationship", "interaction", "event", "development"})...)
	// exemptHeadsVI are Vietnamese heads of the same kinds the lexicon
	// does not translate: classifiers ("con", "chiếc") and generic nouns.
	exemptHeadsVI = setOf("con", "chiếc", "cái", "loại", "loài", "người", "nơi", "nước", "quốc gia", "năm", "ngày",
		// places, as exemptHeadsEN's: the lexicon translates none of
		// these compounds, so "từ những thành phố nào" was looked for
		// as "phố" in a story that names the cities
		"thành phố", "thị trấn", "thủ đô", "tỉnh", "vùng", "khu vực", "địa điểm", "vị trí", "địa phương",
		// times and quantities, as exemptHeadsEN's
		"thời điểm", "thời gian", "giai đoạn", "thời kỳ", "mùa", "số lượng", "tỷ lệ", "con số", "mức",
		"tháng", "lúc", "giờ", "chức vụ", "chức danh", "cương vị", "yêu cầu", "đòi hỏi", "đề nghị", "đề xuất", "lời hứa", "cam kết", "cảnh báo", "chỉ trích",
		"tuyên bố", "phát biểu", "quan điểm", "lập trường", "đánh giá", "phản ứng", "câu trả lời", "lời kêu gọi", "cáo buộc",
		"cơ quan", "tổ chức", "thiết bị", "cơ sở", "công trình", "hạ tầng", "cơ sở hạ tầng", "văn bản", "tài liệu", "mặt hàng", "vấn đề", "chủ đề", "bước", "cách", "vai trò", "kết quả", "biện pháp", "điều kiện",
		"phần trăm", "tấn", "mục tiêu", "hạn ngạch", "giới hạn", "trần", "lĩnh vực", "ngành", "mảng", "hình thức", "phía", "bên", "đồng", "tiền",
		"giao lưu", "quan hệ", "tiếp xúc", "liên hệ", "liên lạc", "sự kiện", "diễn biến",
		"khoảng cách", "cự ly", "chiều dài", "chiều rộng", "độ sâu", "độ cao", "bán kính", "tầm", "tốc độ", "trọng lượng", "khối lượng", "công suất")
	exemptHeadsVIFolded = foldedSet(exemptHeadsVI)
	// exemptHeadsRU are Russian stems of the same kinds.
	exemptHeadsRU = []string{"требовани", "просьб", "предложени", "обещани", "предупреждени", "критик", "заявлени",
		"позици", "мнени", "оценк", "ответ", "реакци", "призыв", "претензи", "обвинени", "ведомств", "орган", "организаци", "учреждени", "оборудовани", "документ", "предмет", "объект", "сооружени", "инфраструктур", "товар", "должност", "пост", "звани", "цел", "лимит", "потолок", "потолк", "квот", "стран", "государств", "город", "мест", "регион", "человек", "люд", "лиц", "год", "месяц",
		"недел", "дн", "день", "дат", "врем", "час", "период", "этап", "числ", "количеств", "дол", "процент", "тонн",
		"вопрос", "тем", "шаг", "мер", "роль", "рол", "результат", "итог", "вид", "тип", "способ", "образ", "причин",
		"услови", "валют", "язык", "сторон", "рубл", "доллар",
		"расстояни", "дальност", "длин", "ширин", "глубин", "высот", "радиус", "скорост", "вес", "объём", "объем", "мощност",
		"направлени", "област", "сфер", "отрасл",
		"контакт", "связ", "обмен", "отношени", "взаимодействи", "событи", "мероприяти"}
)

// askedHeadWord returns the head noun of the thing a question asks for,
// as written lower-case ("frequency" of "Which radio frequency will…",
// "tội" of "vì tội gì", "частоту" of "Какую частоту…"), or "" when the
// question names no thing it asks for. A counted noun ("how many
// flights", "сколько судов", "bao nhiêu chuyến bay") is not looked for
// here: the judge binds it to a number (countBound), which also knows
// people counted by who they are ("three Americans").
func askedHeadWord(query string) string {
	toks := corpus.Tokenize(query)
	for i, tok := range toks {
		switch {
		case tok.Folded == "which" || tok.Folded == "what":
			if i > 0 && meansPrepositions[toks[i-1].Folded] {
				continue
			}
			if h := headAfterEN(toks[i+1:]); h != "" {
				return h
			}
		case ruWhichForms[tok.Folded]:
			// "через какие каналы" asks a means (meansPrepositions).
			if i > 0 && meansPrepositions[toks[i-1].Folded] {
				continue
			}
			if w, ok := countedWord(toks[i+1:]); ok && cyrillic(w.Folded) && !verbRU(w.Folded) {
				return w.Lower
			}
		case (tok.Lower == "nào" || tok.Lower == "nao") && i > 1 && meansPrepositions[toks[i-2].Folded]:
			continue
		case tok.Lower == "gì" && i > 1 && meansPrepositions[toks[i-2].Folded]:
			continue
		case tok.Lower == "gì" && (i < 2 || !prepositionsVI[toks[i-2].Lower]):
			// "đòi hỏi gì", "nói gì", "làm gì": after a verb "gì" is its
			// object, and Vietnamese does not show whether the word
			// before is a verb; after a preposition it is a noun ("vì
			// tội gì", "về vấn đề gì").
			continue
		case (tok.Lower == "nào" || tok.Lower == "nao" || tok.Lower == "gì") && i > 0:
			// "nao" typed without diacritics: "nganh nao" is "ngành nào".
			if h := headBeforeVI(toks[:i]); h != "" {
				return h
			}
		}
	}
	return ""
}

// meansPrepositions ask by what means ("through which channels", "через
// какие каналы", "bằng phương tiện gì"): the answer names the means
// ("via the national centres"), seldom by the asker's word for its kind.
var meansPrepositions = setOf("through", "via", "by", "через", "qua", "bang", "посредством")

// pluralVI are the Vietnamese plural markers before a noun.
var pluralVI = setOf("những", "các", "mọi", "nhung", "cac", "moi")

// prepositionsVI put a noun after them.
var prepositionsVI = setOf("vì", "về", "với", "cho", "trong", "theo", "từ", "do", "tại", "ở", "đến", "tới")

// headAfterEN returns the head of the noun phrase after "which"/"what":
// its last word before an auxiliary, a stop word or a verb, a plural
// ending it ("which expert groups met"); after a copula and an article,
// the noun it introduces ("what is the cost of").
func headAfterEN(after []corpus.Token) string {
	// "What is the cost of": the noun after the copula; "what did the
	// minister say" asks a description, the minister is its subject.
	if len(after) > 1 && beEN[after[0].Folded] && (after[1].Folded == "the" || after[1].Folded == "a") {
		after = after[2:]
	}
	// "What kind of aircraft": the kind is of the noun after "of".
	if len(after) > 2 && kindWordsEN[after[0].Folded] && after[1].Folded == "of" {
		after = after[2:]
	}
	var head string
	for _, w := range after[:min(3, len(after))] {
		if corpus.IsStopWord("en", w.Folded) || copulaEN[w.Folded] {
			break
		}
		if len(w.Folded) > 4 && strings.HasSuffix(w.Folded, "ed") || irregularPastEN[w.Folded] {
			break
		}
		head = w.Lower
		if strings.HasSuffix(w.Folded, "s") && !strings.HasSuffix(w.Folded, "ss") {
			break
		}
	}
	return head
}

// kindWordsEN ask for a kind of the noun after "of".
var kindWordsEN = setOf("kind", "kinds", "type", "types", "sort", "sorts")

// beEN are the forms of "be" between "what" and the thing asked.
var beEN = setOf("is", "are", "was", "were", "be")

// irregularPastEN are the common irregular past forms a subject question
// puts after its noun ("which delegation led", "which company won").
var irregularPastEN = setOf("met", "led", "took", "sent", "won", "held", "made", "gave", "got", "went", "came", "said", "told", "saw", "left", "paid", "sold", "bought", "built", "began", "brought", "found", "kept", "lost", "ran", "set", "put", "wrote", "spoke", "chose", "drew", "flew", "hit", "let", "meant", "rose", "fell", "broke", "became")

// headBeforeVI returns the noun before "nào"/"gì": two syllables the
// lexicon knows as one word ("tần số"), or one ("tội", "ngành").
func headBeforeVI(before []corpus.Token) string {
	n := len(before)
	last := before[n-1]
	// The question's first word is capitalised whatever it is: "Khu vực
	// nào", "Giai đoạn nào" ask as "khu vực nào" does.
	capital := func(i int) bool { return i > 0 && capitalisedWord(before[i].Text) }
	// A plural marker stands right before the head, and Vietnamese puts
	// the head first and its modifiers after ("những cơ sở năng lượng
	// nào": facilities, of energy; "các nghệ sĩ Nga nào"): a compound
	// the lexicon knows right after the marker is the head.
	for m := n - 3; m >= max(0, n-5); m-- {
		if !pluralVI[before[m].Lower] {
			continue
		}
		two := before[m+1].Lower + " " + before[m+2].Lower
		if len(retrieval.Expand(two)) > 0 || exemptHeadsVI[two] || exemptHeadsVIFolded[corpus.Fold(two)] {
			return two
		}
		break
	}
	if corpus.IsStopWordVI(last.Lower) || capital(n-1) {
		return ""
	}
	// A plural marker or a preposition is no syllable of the head: "từ
	// những thành phố nào", "các cảng nào", "ở tỉnh nào".
	if n >= 2 && !corpus.IsStopWordVI(before[n-2].Lower) && !capital(n-2) && !pluralVI[before[n-2].Lower] && !prepositionsVI[before[n-2].Lower] {
		two := before[n-2].Lower + " " + last.Lower
		// "nhà vật lý": one who does what the two syllables name.
		if n >= 3 && (before[n-3].Lower == "nhà" || before[n-3].Lower == "nha") {
			return before[n-3].Lower + " " + two
		}
		if len(retrieval.Expand(two)) > 0 || exemptHeadsVI[two] || exemptHeadsVIFolded[corpus.Fold(two)] {
			return two
		}
	}
	return last.Lower
}

// foldedSet returns the folded words of set.
func foldedSet(set map[string]bool) map[string]bool {
	out := map[string]bool{}
	for w := range set {
		out[corpus.Fold(w)] = true
	}
	return out
}
