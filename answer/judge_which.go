package answer

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
)

// The typed slot. "Which bank", "what prison sentence", "какова сумма",
// "tờ báo nào" ask for one thing of a kind the head noun names: a bank
// is answered by a bank's name, a sentence by a term of years, a sum by
// a sum of money. An article on the deal that says "one designated
// commercial bank", on the exchange that says "a Vietnamese newspaper",
// or "the sum was not disclosed", speaks of the thing and does not give
// it; the question's other words are all there, so content coverage
// cannot tell. The slot is filled only by a filler of the head noun's
// kind where the article speaks of the head:
//
//   - a name: a capitalised word the question does not give, beside the
//     head noun ("Rosselkhozbank, the Russian state agricultural bank",
//     "судне «Полярная звезда»", "Свердловский областной суд") or
//     holding it ("Sberbank"); the head must be in a sentence that carries
//     the question's terms (slotSentences);
//   - a sum of money, in a sentence that carries the question's terms;
//   - a duration (a number and a unit of time, or a life term), in a
//     sentence that names the person the question names, when the article
//     names them: a term is someone's ("sentenced Caldwell to eight years"
//     does not give Mokhov's).
//
// Which nouns ask for which kind is not something a sentence shows before
// the answer is found, so it is a short list per language of the
// generic kinds: institutions and sites (name), money, durations. A noun
// of no listed kind ("which expert groups", "какие вопросы") asks for a
// description, and no slot is judged.

// fillKind is the kind of filler a "which <noun>" question asks for.
type fillKind int

const (
	fillNone fillKind = iota
	fillName
	fillMoney
	fillDuration
	// fillPenalty: a term or a fine ("what penalty", "какое наказание").
	fillPenalty
)

// String names the kind as the question's constraint reads ("which term").
func (k fillKind) String() string {
	return [...]string{"", "which name", "which sum", "which term", "which penalty"}[k]
}

// typedHead is the head noun of a "which <noun>" question: the noun (or
// Vietnamese phrase) in every spelling the lexicon gives it, stemmed as
// the judge's terms are, and the kind of filler it asks for.
type typedHead struct {
	con  concept
	kind fillKind
	// placed: the thing is named by its seat ("a court in Kazan").
	placed bool
	// persons are the texts of the question's names that are persons
	// (personNames): a term, a court, a newspaper of a person is given
	// where the article names him.
	persons map[string]bool
}

// A Vietnamese head is a whole compound: a syllable alone is part of
// too many others ("báo" of "nhà báo", journalist, and "tình báo";
// "trường" of "thị trường"; "án" of "dự án").
//
// headKinds map a head noun to the kind of filler it asks for: English
// and Vietnamese by the word (lower-cased; Vietnamese by the phrase
// before "nào"), Russian by the start of the folded word (its stem).
// Generic kinds of institution and site only: a hypernym ("body",
// "organisation", "cơ quan") is not what the article calls the thing
// ("through the North Pacific Anadromous Fish Commission"), a country or
// a city is a "where" (qtype.go).
var (
	headKindsEN = map[string]fillKind{
		"bank": fillName, "banks": fillName, "newspaper": fillName, "newspapers": fillName, "magazine": fillName,
		"company": fillName, "companies": fillName, "firm": fillName, "court": fillName, "hotel": fillName,
		"airport": fillName, "cosmodrome": fillName, "spaceport": fillName, "university": fillName,
		"ship": fillName, "vessel": fillName, "site": fillName, "pad": fillName, "prison": fillName, "broadcaster": fillName,
		"airline": fillName, "airlines": fillName, "carrier": fillName, "shipyard": fillName, "contractor": fillName,
		"manufacturer": fillName, "insurer": fillName, "base": fillName, "plant": fillName, "factory": fillName,
		// Their plurals: "which ships will each side send" asks names as
		// "which ship" does.
		"ships": fillName, "vessels": fillName, "courts": fillName, "hotels": fillName, "airports": fillName,
		"universities": fillName, "prisons": fillName, "sites": fillName, "bases": fillName, "shipyards": fillName,
		"contractors": fillName, "manufacturers": fillName, "insurers": fillName, "broadcasters": fillName,
		"carriers": fillName, "firms": fillName, "magazines": fillName, "plants": fillName, "factories": fillName,
		// Where a person is treated or a collection kept: "treated at a
		// hospital in Portland" places the hospital and does not name it.
		"hospital": fillName, "hospitals": fillName, "clinic": fillName, "clinics": fillName, "museum": fillName, "museums": fillName,
		"cost": fillMoney, "value": fillMoney, "price": fillMoney, "sum": fillMoney, "fee": fillMoney, "fine": fillMoney,
		// Bail is set as a sum: "released on bail" tells that it was set.
		"bail":     fillMoney,
		"sentence": fillDuration, "term": fillDuration, "jail": fillDuration, "penalty": fillPenalty,
	}
	headKindsVI = map[string]fillKind{
		"ngân hàng": fillName, "tờ báo": fillName, "tạp chí": fillName, "hãng tin": fillName,
		"công ty": fillName, "tập đoàn": fillName, "tòa án": fillName, "toà án": fillName, "khách sạn": fillName,
		"sân bay": fillName, "bãi phóng": fillName, "sân bay vũ trụ": fillName, "trường đại học": fillName,
		"đại học": fillName, "tàu": fillName, "nhà tù": fillName, "trại giam": fillName,
		"hãng hàng không": fillName, "hãng bay": fillName, "nhà máy đóng tàu": fillName, "nhà thầu": fillName, "nhà sản xuất": fillName, "căn cứ": fillName, "nhà máy": fillName,
		"bệnh viện": fillName, "phòng khám": fillName, "bảo tàng": fillName,
		"số tiền": fillMoney, "giá trị": fillMoney, "trị giá": fillMoney, "khoản tiền": fillMoney, "chi phí": fillMoney, "mức phí": fillMoney, "giá": fillMoney,
		"tiền bảo lãnh": fillMoney,
		"mức án":        fillDuration, "thời hạn": fillDuration, "hình phạt": fillPenalty, "mức phạt": fillMoney,
	}
	headKindsRU = []struct {
		prefix string
		kind   fillKind
	}{
		{"банк", fillName}, {"газет", fillName}, {"журнал", fillName}, {"издани", fillName}, {"агентств", fillName},
		{"компани", fillName}, {"суд", fillName}, {"отел", fillName}, {"гостиниц", fillName}, {"аэропорт", fillName},
		{"космодром", fillName}, {"площадк", fillName}, {"университет", fillName}, {"судн", fillName},
		{"корабл", fillName}, {"тюрьм", fillName}, {"телеканал", fillName}, {"авиакомпани", fillName}, {"верф", fillName},
		{"подрядчик", fillName}, {"производител", fillName}, {"баз", fillName}, {"завод", fillName}, {"фабрик", fillName},
		{"больниц", fillName}, {"госпитал", fillName}, {"клиник", fillName}, {"музе", fillName},
		{"сумм", fillMoney}, {"стоимост", fillMoney}, {"цен", fillMoney}, {"штраф", fillMoney}, {"залог", fillMoney},
		{"срок", fillDuration}, {"приговор", fillDuration}, {"наказани", fillPenalty},
	}
)

// ruEndingLetters are the letters of Russian noun case endings.
const ruEndingLetters = "аеиоуыэюяйьмхв"

// whichHead returns the head noun of a "which <noun>" question (vi/en/ru)
// and the kind of filler it asks for (fillNone for none). query is the
// question as written, t its terms.
// strandedPrep are the English prepositions a question may end on
// ("accused of", "known for", "asked about").
var strandedPrep = setOf("of", "for", "about", "with", "to", "from", "on", "by")

func whichHead(query string, cons []Constraint) typedHead {
	toks := corpus.Tokenize(query)
	for i, tok := range toks {
		var head string
		var kind fillKind
		switch {
		case tok.Folded == "which" || tok.Folded == "what":
			// "Which commercial bank will", "which court sentenced": the
			// first listed noun of the next three words, or the listed
			// noun it modifies ("what prison sentence"); "what is the
			// cost of": the noun after the copula.
			after := toks[i+1:]
			if len(after) > 1 && copulaEN[after[0].Folded] && (after[1].Folded == "the" || after[1].Folded == "a") {
				// "What are the companies accused of?": a question that
				// ends on its preposition asks for that preposition's
				// object, and the noun after the copula is its subject.
				if strandedPrep[toks[len(toks)-1].Folded] {
					continue
				}
				after = after[2:]
			}
			// "What was the name of the bank": the thing named is the head.
			if len(after) > 2 && after[0].Folded == "name" && after[1].Folded == "of" {
				after = after[2:]
				if after[0].Folded == "the" || after[0].Folded == "a" {
					after = after[1:]
				}
			}
			for _, w := range after[:min(3, len(after))] {
				k, listed := headKindsEN[w.Lower]
				if corpus.IsStopWord("en", w.Folded) || copulaEN[w.Folded] || kind != fillNone && !listed {
					break
				}
				if listed {
					head, kind = w.Lower, k
				}
			}
		case strings.HasPrefix(tok.Folded, "как") && ruWhichForms[tok.Folded]:
			// "Какова сумма отсрочки", "на каком судне", "к какому сроку".
			// "За какое время" asks how long; "время" alone is no kind.
			w, ok := countedWord(toks[i+1:])
			if !ok {
				continue
			}
			head = w.Lower
			for _, hk := range headKindsRU {
				// The stem and a case ending, no more: "журналист" is no
				// "журнал", "центр" no "цена".
				if rest, ok := strings.CutPrefix(w.Folded, hk.prefix); ok && strings.Trim(rest, ruEndingLetters) == "" {
					kind = hk.kind
					break
				}
			}
			if strings.HasPrefix(w.Folded, "врем") && i > 0 && toks[i-1].Folded == "за" {
				kind = fillDuration
			}
		case tok.Lower == "nào" || tok.Folded == "nao" && i > 0:
			// "tờ báo nào", "từ bãi phóng nào": the phrase before it, the
			// longest listed.
			// A Vietnamese noun phrase puts its head first and a name that
			// qualifies it after: "ngân hàng Kazakhstan nào" (which Kazakh
			// bank), "công ty Mỹ nào" asks the bank's or company's name as
			// "ngân hàng nào" does.
			end := i
			for end > 1 && i-end < 2 && capitalisedWord(toks[end-1].Text) && !sentenceStart(query, toks, end-1) {
				end--
			}
			for _, e := range []int{i, end} {
				for n := min(3, e); n >= 1 && kind == fillNone; n-- {
					var ws []string
					for _, w := range toks[e-n : e] {
						ws = append(ws, w.Lower)
					}
					if k, ok := headKindsVI[strings.Join(ws, " ")]; ok {
						head, kind = strings.Join(ws, " "), k
					}
				}
			}
		default:
			continue
		}
		if kind == fillNone {
			continue
		}
		placed := head == "court" || head == "tòa án" || head == "toà án" || strings.HasPrefix(corpus.Fold(head), "суд") && !strings.HasPrefix(corpus.Fold(head), "судн")
		return typedHead{con: headTerm(head), kind: kind, placed: placed, persons: personNames(query, cons)}
	}
	return typedHead{}
}

// copulaEN are the English verbs between "what" and the thing asked
// ("what was the cost"), and the auxiliaries that end a "which <noun>"
// phrase.
var copulaEN = setOf(auxiliariesEN...)

// ruWhichForms are the forms of "какой" and "каков", folded: question
// words too (questionWords).
var ruWhichForms = setOf(ruWhichList...)

var ruWhichList = []string{"какой", "какая", "какое", "какие", "какую", "каким", "какими", "каких", "каком", "какого",
	"какому", "каков", "какова", "каково", "каковы"}

// headTerm returns the concept of the head noun w: its own spelling and
// the lexicon's translations, stemmed as the judge's terms are
// (stemmedTerms). The question's terms may not hold it: a Vietnamese
// "tờ báo" is no content phrase of its own.
func headTerm(w string) concept {
	alts := []alternative{phraseOf(w).alternative(1)}
	// Its kinds too (retrieval.Kinds): "на каком корабле" is answered
	// by "the Soyuz MS-30 spacecraft".
	for _, sp := range slices.Concat(retrieval.Expand(w), headSynonyms(w), retrieval.Kinds(w)) {
		alts = append(alts, phraseOf(sp).alternative(expansionWeight))
		if h := compoundHead(sp); h != "" {
			alts = append(alts, phraseOf(h).alternative(expansionWeight))
		}
	}
	return stemmedTerms(withSynonyms(terms{concepts: []concept{{alts: alts}}})).concepts[0]
}

// compoundHead returns the head of a Russian compound noun written with
// a hyphen, its first noun ("ракета" of "ракета-носитель", a carrier
// rocket; "вагон" of "вагон-рефрижератор"), when the lexicon knows that
// noun as a word of its own (not "вице" of "вице-президент" nor "пресс"
// of "пресс-секретарь"), or "". An English head the lexicon translates
// by the compound ("which rocket") is spoken of by a Russian story that
// writes the head alone ("на ракете «Союз-2.1б»"), as English writes
// "rocket" for the launcher.
func compoundHead(sp string) string {
	first, rest, ok := strings.Cut(sp, "-")
	if !ok || strings.ContainsAny(sp, " ") || !cyrillic(first) || strings.ToLower(first) != first ||
		utf8.RuneCountInString(first) < 4 || utf8.RuneCountInString(rest) < 4 || strings.Contains(rest, "-") {
		return ""
	}
	if adjectiveEndRE.MatchString(rest) {
		return "" // "военно-морской": an adjective, no compound noun
	}
	own, whole := retrieval.Expand(first), retrieval.Expand(sp)
	if len(own) == 0 || slices.ContainsFunc(own, func(e string) bool { return slices.Contains(whole, e) }) {
		return "" // the lexicon reads the first part as the compound itself ("пресс" of "пресс-конференция")
	}
	return first
}

// adjectiveEndRE ends a Russian adjective in its dictionary forms.
var adjectiveEndRE = regexp.MustCompile(`(ый|ий|ой|ая|яя|ое|ее|ые|ие)$`)

// headSynonyms are the other words a story uses for a kind of thing a
// question asks the name of ("the Chicago daily", "the firm", "the
// vessel"): the head is the kind, not the asker's word for it.
func headSynonyms(w string) []string {
	stem := corpus.Stem(corpus.Fold(w))
	for _, g := range headSynonymGroups {
		if slices.ContainsFunc(g, func(m string) bool { return m == w || corpus.Stem(corpus.Fold(m)) == stem }) {
			return g
		}
	}
	return nil
}

// headSynonymGroups: see headSynonyms; Russian by any case of the word.
var headSynonymGroups = [][]string{
	{"newspaper", "paper", "daily", "weekly", "outlet", "publication"},
	{"company", "companies", "firm", "corporation", "group", "operator"},
	{"ship", "vessel"}, {"site", "pad", "cosmodrome", "spaceport"}, {"court", "tribunal"}, {"airline", "carrier"},
	{"tờ báo", "tạp chí", "nhật báo"}, {"công ty", "tập đoàn", "hãng"}, {"tàu", "con tàu"},
	{"bãi phóng", "sân bay vũ trụ", "bệ phóng"},
	{"hospital", "clinic", "medical center", "medical centre"}, {"bệnh viện", "phòng khám"}, {"больница", "госпиталь", "клиника"},
	{"газета", "издание"}, {"компания", "фирма", "корпорация", "концерн"},
	{"судно", "корабль"}, {"космодром", "площадка"},
}

// fillsTypedSlot reports whether c gives the filler a "which <noun>"
// question asks for (see the comment at the top of this file).
func fillsTypedSlot(c *candidate, q *question, srcLang string) bool {
	best := slotSentences(c, q, srcLang)
	if best == nil {
		return true // nothing of the question located: judged by content
	}
	// The other side's sum, term or bank is not the one asked about
	// (judge_side.go).
	side := questionSide(q)
	best = slices.DeleteFunc(best, func(s int) bool { return otherSideOnly(c.sents[s], side) })
	switch q.which.kind {
	case fillMoney:
		for _, s := range best {
			if moneyRE.MatchString(c.sents[s]) && numberRE.MatchString(c.sents[s]) {
				return true
			}
		}
		return false
	case fillDuration, fillPenalty:
		named := personSentences(c, q)
		for _, s := range best {
			if (named == nil || named[s]) && givesTerm(c.sents[s], q.which.kind) {
				return true
			}
		}
		for s := range named {
			if givesTerm(c.sents[s], q.which.kind) && !otherSideOnly(c.sents[s], side) {
				return true
			}
		}
		return false
	}
	// A name: beside the head noun, where the question's terms are. A
	// head the article's language cannot spell (no translation) cannot
	// be looked for: a new name in those sentences will do.
	if !spellable(q.which.con, srcLang, q, false) {
		own := ownKeys(q)
		for _, s := range best {
			if newName(c.sents[s], own, false) {
				return true
			}
		}
		return false
	}
	// A person's court or newspaper is given where the article names
	// him: "a court in Yekaterinburg sentenced Caldwell" is not the court
	// of "Mokhov, convicted in New Jersey".
	heads := slices.DeleteFunc(runStarts(c, q.which.con), func(p int) bool { return !headFormAt(c, q.which.con, p) })
	spoken := headSentences(c, q, srcLang, heads)
	// Where one sentence tells all the question asks about, the name is
	// there or in the next: "một tàu kéo do Mỹ chế tạo đưa trạm vào bầu
	// khí quyển" says who built the tug (a country), and the company
	// named in the lead ("Tập đoàn Vũ trụ Nga Roscosmos") did not.
	if whole := wholeSentences(c, q, srcLang); whole != nil {
		heads = slices.DeleteFunc(heads, func(p int) bool { return !whole[c.sent[p]] && !whole[c.sent[p]-1] })
	}
	if persons := personSentences(c, q); persons != nil {
		best = slices.DeleteFunc(best, func(s int) bool { return !persons[s] })
		maps.DeleteFunc(spoken, func(s int, _ bool) bool { return !persons[s] })
	}
	own := ownKeys(q)
	for _, p := range heads {
		if (slices.Contains(best, c.sent[p]) || spoken[c.sent[p]]) && nameBeside(c, p, own, q.which.placed) {
			return true
		}
	}
	return false
}

// headFormAt reports whether the head noun con is written at position
// p of c as a form of that noun: a Russian word whose stem only begins
// the head's ("больн" of "больного", sick, against "больниц" of
// "больнице", hospital) is another word, which sameWord, matching stems
// either way, lets through. The story of a sick prisoner freed to be
// treated "в одной из городских больниц" names no hospital in "больного
// гражданина США Уолтера Брандта". Other scripts match by stem alone.
func headFormAt(c *candidate, con concept, p int) bool {
	if c.full == nil || p >= len(c.full) || !cyrillic(c.full[p]) {
		return true
	}
	for _, a := range con.alts {
		if !c.wholeAt(a, p) {
			continue
		}
		if a.full == nil || len(a.full) > 1 || corpus.Stem(c.full[p]) == a.full[0] || stemBegins(a.full[0], c.full[p]) || c.full[p] == a.full[0] {
			return true
		}
	}
	return false
}

// wholeSentences returns the sentences of c that hold every content word
// of the question the article holds ("tàu kéo", "bầu khí quyển", "chế
// tạo"), when it holds at least three and all but one of them: the
// sentence a reader would point at as the one that tells the thing asked
// about. nil when there is none. Fewer words, or more of them missing
// ("учёные пойдут" of "учёные проведут экспедицию"), and the story may
// tell the thing in a sentence of its own (headSentences).
func wholeSentences(c *candidate, q *question, srcLang string) map[int]bool {
	var in []map[int]bool
	missing := 0
	for ci, o := range q.t.concepts {
		if questionConcept(o) || q.notContent[ci] || len(o.alts) == 0 || slices.Equal(o.alts[0].words, q.which.con.alts[0].words) {
			continue
		}
		if !slices.ContainsFunc(o.alts, func(a alternative) bool { return a.weight != 1 }) && srcLang != "" && srcLang != q.lang {
			continue // no translation: not looked for in another language
		}
		at := map[int]bool{}
		for _, p := range runStarts(c, o) {
			at[c.sent[p]] = true
		}
		if len(at) == 0 {
			missing++
			continue
		}
		in = append(in, at)
	}
	if len(in) < 3 || missing > 1 {
		return nil
	}
	out := maps.Clone(in[0])
	for _, at := range in[1:] {
		maps.DeleteFunc(out, func(s int, _ bool) bool { return !at[s] })
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// headSentences returns the sentences where c speaks of the thing asked
// for, beside those that carry the question's terms best: a story names
// the bank or the ship in a sentence of its own, not in its lead ("the
// Treasury widened a license that allows banks to process payments";
// "the amended license lets banks handle payments through
// Rosselkhozbank"). A sentence holding the head noun counts when it
// holds one of the question's located terms too, or when it is the only
// sentence holding the head: the one ship of a story on the expedition
// ("Работы будут вестись на российском судне «Полярная звезда»") is
// the expedition's.
func headSentences(c *candidate, q *question, srcLang string, heads []int) map[int]bool {
	in := map[int]bool{}
	for _, p := range heads {
		in[c.sent[p]] = true
	}
	if len(in) == 1 {
		return in
	}
	out := map[int]bool{}
	cis, _ := locatable(q, srcLang)
	for _, ci := range cis {
		for _, p := range runStarts(c, q.t.concepts[ci]) {
			if in[c.sent[p]] {
				out[c.sent[p]] = true
			}
		}
	}
	return out
}

// personSentences returns the sentences of c that name one of the
// persons the question names (typedHead.persons), or nil when c names
// none of them.
func personSentences(c *candidate, q *question) map[int]bool {
	var out map[int]bool
	for _, k := range q.cons {
		if k.Kind != KindName || !q.which.persons[k.Text] {
			continue
		}
		for _, p := range runStarts(c, q.t.concepts[k.concepts[0]]) {
			if out == nil {
				out = map[int]bool{}
			}
			out[c.sent[p]] = true
		}
	}
	return out
}

// personNames returns the texts of the name constraints of a question
// that name a person: after an honorific or a word for a person ("ông
// Caldwell", "journalist Reed", "гражданина Мохова"), or written as a
// given name and a surname ("Kirill Mokhov"); not an acronym (NASA), an
// institution ("Bộ Tài chính"), nor a place after a preposition or an
// article ("tại bang New Jersey", "the New Jersey court").
func personNames(query string, cons []Constraint) map[string]bool {
	toks := corpus.Tokenize(query)
	upper := func(i int) bool {
		if i < 0 || i >= len(toks) {
			return false
		}
		return capitalisedWord(toks[i].Text) && strings.ToUpper(toks[i].Text) != toks[i].Text && !stopWord(toks[i].Folded, toks[i].Lower) && !askingWords[toks[i].Folded]
	}
	out := map[string]bool{}
	for _, k := range cons {
		if k.Kind != KindName {
			continue
		}
		words := strings.Fields(k.Text)
		for i, t := range toks {
			if t.Lower != words[0] {
				continue
			}
			// The whole name in the question: "Kirill Mokhov" may be two
			// constraints or one.
			start, end := i, i+len(words)
			for start > 0 && upper(start-1) {
				start--
			}
			for end < len(toks) && upper(end) {
				end++
			}
			if !upper(i) || institutionWords[toks[start].Lower] || orgEndWords[toks[end-1].Lower] {
				continue
			}
			before := func(set map[string]bool) bool {
				return start > 0 && set[toks[start-1].Lower] || start > 1 && set[toks[start-2].Lower]
			}
			if before(placeWords) || start > 0 && (toks[start-1].Lower == "the" || toks[start-1].Lower == "a") {
				continue
			}
			if before(personWords) || end-start >= 2 {
				out[k.Text] = true
			}
		}
	}
	return out
}

var (
	// personWords, lower-cased, put a person's name after them: an
	// honorific or a word for a person, in vi/en/ru.
	personWords = setOf("ông", "bà", "anh", "chị", "mr", "mrs", "ms", "dr", "nhà báo", "báo", "phóng", "viên", "dân",
		"citizen", "journalist", "reporter", "г-н", "г-жа", "господин", "госпожа", "гражданин", "гражданина", "гражданке",
		"журналист", "журналиста", "журналистку")
	// orgEndWords, lower-cased, end a company's or an organisation's
	// name of two capitalised words ("Lakeshore Energy", "Baltic
	// Shipping", "Volga Group"), which is then no person's: a person's
	// court or term is looked for where he is named, a company's
	// supplier is not.
	orgEndWords = setOf("energy", "group", "bank", "corp", "corporation", "inc", "ltd", "llc", "holding", "holdings",
		"airlines", "airways", "shipping", "oil", "gas", "power", "motors", "systems", "technologies", "industries",
		"partners", "capital", "steel", "resources", "electric", "logistics", "company", "foundation", "institute")
	// institutionWords, lower-cased, begin an institution's name.
	institutionWords = setOf("bộ", "cơ", "tổng", "ủy", "ngân", "ministry", "department", "министерство", "минфин")
)

// nameBeside reports whether the head noun at position p of c has a name
// beside it that the question does not give (own, by match key), nor
// the corpus's topic: a capitalised word within three words before or
// after it in its sentence ("Rosselkhozbank, the Russian state
// agricultural bank" within five, an apposition), a quoted title after
// it ("судне «Полярная звезда»"), or the head itself written inside a
// capitalised name ("Russian Agricultural Bank", "Sberbank").
func nameBeside(c *candidate, p int, own map[string]bool, placed bool) bool {
	s := c.sent[p]
	first := p
	for first > 0 && c.sent[first-1] == s {
		first--
	}
	sent := c.sents[s]
	toks := corpus.Tokenize(sent)
	i := p - first
	if i >= len(toks) {
		return false
	}
	upper := func(j int) bool {
		return capitalisedWord(toks[j].Text)
	}
	indefinite := slices.ContainsFunc(toks[max(0, i-3):i], func(t corpus.Token) bool { return indefiniteWords[t.Lower] }) &&
		!slices.ContainsFunc(toks[max(0, i-3):i], func(t corpus.Token) bool { return t.Lower == "the" })
	isName := func(j int) bool {
		t := toks[j]
		// A country of the topic or its adjective ("the Russian state
		// bank") names a side, not the thing; a city may ("a Moscow
		// court").
		// A sentence's first word is capitalised whatever it is: a name
		// only if distinctive ("Свердловский областной суд").
		// A word the lexicon knows as a common word is none even so
		// ("Китайские компании построят": Chinese, not a company's name).
		return (j > 0 || retrieval.Distinctive(t.Folded) && !retrieval.Known(t.Text)) && upper(j) && !stopWord(t.Folded, t.Lower) && !calendarWords[t.Folded] &&
			!own[matchKey(matchForm(t))] && !countryWord(t) && !currencyWord(t.Text) &&
			// Nor does a country, by its name or adjective, beside a head
			// brought in as one not known yet: "một ngân hàng Kazakhstan",
			// "a Swiss bank" say whose the bank is, not which ("the
			// Emirati company" points back at one the story named).
			!(indefinite && regionRun(toks, j))
	}
	// The head inside a name: capitalised mid-sentence beside another
	// name word, or a word that ends in it ("Sberbank").
	if i > 0 && upper(i) && (i+1 < len(toks) && isName(i+1) || isName(i-1)) {
		return true
	}
	// By its stem: "banks" of "through Zernobank".
	head := corpus.Stem(toks[i].Folded)
	for j := range toks {
		if j != i && upper(j) && len(toks[j].Folded) > len(head)+2 && strings.HasSuffix(toks[j].Folded, head) && !own[matchKey(matchForm(toks[j]))] {
			return true
		}
	}
	// A name given after a word for naming before the head names the
	// thing before that word: "the drill, named \"Polar Signal\", will
	// see a cruise ship…" names the drill, not the ship.
	given := namesBefore(sent, toks[i].Start)
	for j := max(0, i-5); j < min(len(toks), i+4); j++ {
		if j == i || !isName(j) || slices.ContainsFunc(given, func(sp []int) bool { return toks[j].Start >= sp[0] && toks[j].Start < sp[1] }) {
			continue
		}
		// Beyond three words before, only in an apposition: a comma
		// between.
		if j < i-3 && !strings.Contains(sent[toks[j].End:toks[i].Start], ",") {
			continue
		}
		// A place after the head locates the thing, it does not name it
		// ("a business daily in Chicago"), but for a court, named by its
		// seat ("một tòa án ở Yekaterinburg").
		if j > i && !placed && slices.ContainsFunc(toks[i+1:j], func(t corpus.Token) bool { return placeWords[t.Lower] }) {
			continue
		}
		return true
	}
	// A quoted title after the head: «Полярная звезда», "Kommersant".
	rest := sent[toks[i].End:]
	if k := strings.IndexAny(rest, "«\"“„"); k >= 0 && utf8.RuneCountInString(rest[:k]) <= 25 {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest[k:], "«\"“„ "))
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return false
}

// indefiniteWords, lower-cased, bring in a thing not known yet: "a
// bank", "one bank", "một ngân hàng", "một số công ty", "одним банком".
var indefiniteWords = setOf("a", "an", "one", "some", "một", "một số", "số", "один", "одна", "одно", "одним", "одной", "одного", "одному", "одну", "некий", "некоего", "некой", "некоторые")

// regionRun reports whether the run of capitalised words around toks[j]
// is a country or its adjective as the lexicon reads it ("Thụy Sĩ",
// "Swiss", "казахстанский"), or toks[j] alone is.
func regionRun(toks []corpus.Token, j int) bool {
	if retrieval.Region(toks[j].Text) {
		return true
	}
	start, end := j, j
	for start > 0 && capitalisedWord(toks[start-1].Text) {
		start--
	}
	for end+1 < len(toks) && capitalisedWord(toks[end+1].Text) {
		end++
	}
	if start == end {
		return false
	}
	words := make([]string, 0, end-start+1)
	for _, t := range toks[start : end+1] {
		words = append(words, t.Text)
	}
	return retrieval.Region(strings.Join(words, " "))
}

// namesBefore returns the byte spans of sentence, ending before end, of
// the names a word for naming introduces ("named", "called", "mang
// tên", "под названием"): each names the noun before its naming word.
func namesBefore(sentence string, end int) [][]int {
	var out [][]int
	for _, m := range nameGivenRE.FindAllStringSubmatchIndex(sentence, -1) {
		if m[3] <= end {
			out = append(out, []int{m[2], m[3]})
		}
	}
	return out
}

// nameGivenRE finds a name after a word for naming, in vi/en/ru: quoted,
// or a run of capitalised words.
var nameGivenRE = regexp.MustCompile(`(?:\b(?:named|called|dubbed|codenamed|titled)|(?:mang|có|với) tên|tên (?:là|gọi)|gọi là|(?:под )?названием|названн\p{L}*|именуем\p{L}*)\s+((?:«[^»]*»|"[^"]*"|“[^”]*”|(?:\p{Lu}[\p{L}\d-]*\s*)+))`)

// givesTerm reports whether sentence gives a term, or for a penalty a
// term or a fine.
func givesTerm(sentence string, kind fillKind) bool {
	return givesDuration(sentence) || kind == fillPenalty && moneyRE.MatchString(sentence) && numberRE.MatchString(sentence)
}

// halfOrLifeTermRE finds, lower-cased, the terms durations does not: a
// count and a half in Russian ("пять с половиной лет"), and a life term
// in vi/en/ru. A declined numeral ("к восьми
// годам", "сроком до десяти лет") is a count (isCount), so durations
// takes it.
var halfOrLifeTermRE = regexp.MustCompile(`(^|[^\p{L}])(с половиной) (` + timeUnits + `)([^\p{L}]|$)|life (sentence|term|in prison|imprisonment)|пожизненн\p{L}*|chung thân`)
