package answer

import (
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
)

// The answer slot. A question asks for one thing (who, where, how many)
// about something the article says; a near miss is an article that says
// that something but not the thing asked: the talks, but not who will
// lead the next round; the drill, but not how many sailors took part. An
// article holds names and numbers in most sentences, so finding a name
// or a number anywhere in it proves nothing. The slot is filled only in
// a sentence that carries the question's own terms best: the sentence a
// reader would point at as the answer.

// slotSentences returns the sentences of c that carry the question's
// located terms best (its content words the article's language can hold,
// and its names and offices other than the topic; see locatable): those
// of the highest weight, each term weighing by how few sentences of the
// article hold it (the talks are in every sentence of a story on the
// talks, the fourth round in one), and those holding its rarest term (a
// story names its subject in the lead, "the delegations in Istanbul", and
// the detail in a sentence of its own, "Встреча во дворце Долмабахче"),
// and those naming one of its names. It returns nil when none of the
// terms is in c: the slot is not judged.
func slotSentences(c *candidate, q *question, srcLang string) []int {
	out, _ := slotSentencesWhy(c, q, srcLang)
	return out
}

// slotSentencesWhy is slotSentences, and of its sentences those it takes
// only because they name one of the question's names (namedOnly).
func slotSentencesWhy(c *candidate, q *question, srcLang string) (out []int, namedOnly map[int]bool) {
	cis, blind := locatable(q, srcLang)
	score := make([]float64, len(c.sents))
	n := float64(len(c.sents))
	rare := map[int]bool{}
	// And those that name one of the question's names: what a sentence
	// says beside the International Space Station is said of it, though
	// it may not say "taken out of orbit" ("The ISS is scheduled to be
	// brought down ... in 2030").
	namedSent := map[int]bool{}
	for _, k := range q.cons {
		if k.Kind == KindName {
			for _, p := range runStarts(c, q.t.concepts[k.concepts[0]]) {
				namedSent[c.sent[p]] = true
			}
		}
	}
	rarest := 0.0
	for _, ci := range cis {
		in := map[int]bool{}
		for _, p := range runStarts(c, q.t.concepts[ci]) {
			in[c.sent[p]] = true
		}
		if len(in) == 0 {
			continue
		}
		w := math.Log((n + 1) / (float64(len(in)) + 0.5))
		for s := range in {
			score[s] += w
		}
		switch {
		case w > rarest+1e-9:
			rarest, rare = w, maps.Clone(in)
		case w > rarest-1e-9:
			maps.Copy(rare, in)
		}
	}
	best := slices.Max(append(score, 0))
	if best <= 0 {
		return nil, nil
	}
	namedOnly = map[int]bool{}
	for i, x := range score {
		// Blind to some of the question's words (a word no entry of the
		// lexicon translates, asked of an article in another language),
		// the judge cannot tell which sentence carries it: the answer
		// may be in any ("кто возглавлял американскую команду" of "Sarah
		// Connelly, who led the U.S. team").
		if x >= best-1e-9 || rare[i] || blind {
			out = append(out, i)
		} else if namedSent[i] {
			out = append(out, i)
			namedOnly[i] = true
		}
	}
	// A sentence that names again by its head noun what one of these
	// names by its phrase is about the same thing: "the call lasted 40
	// minutes" after "held a phone call" (judge_anaphor.go).
	for _, ci := range cis {
		if !slices.ContainsFunc(runStarts(c, q.t.concepts[ci]), func(p int) bool { return slices.Contains(out, c.sent[p]) }) {
			continue
		}
		for _, p := range anaphorStarts(c, q.t.concepts[ci], srcLang) {
			if !slices.Contains(out, c.sent[p]) {
				out = append(out, c.sent[p])
			}
		}
	}
	slices.Sort(out)
	return out, namedOnly
}

// locatable returns the question's concepts that can locate its subject
// in an article in srcLang: content words (a word with no translation
// only in the question's own language) and names and offices other than
// the topic's. blind: some content word cannot be looked for there.
func locatable(q *question, srcLang string) (out []int, blind bool) {
	for ci, o := range q.t.concepts {
		if questionConcept(o) || q.notContent[ci] {
			continue
		}
		if slices.ContainsFunc(o.alts, func(a alternative) bool { return a.weight != 1 }) || srcLang == "" || srcLang == q.lang {
			out = append(out, ci)
		} else if w := o.alts[0].full; len(w) > 1 || len(w) == 1 && retrieval.Distinctive(w[0]) {
			blind = true // full: the words, not their match keys ("ком")
		}
	}
	for _, k := range q.cons {
		if k.Kind == KindName || k.Kind == KindOffice {
			out = append(out, k.concepts[0])
		}
	}
	return out, blind
}

// fillsNameSlot reports whether a "who" or "where" question finds its
// answer in c: a name the question does not already give (a person, an
// organisation, a place), in one of the sentences that carry the
// question's terms best (slotSentences); for "who will lead the next
// round", one that speaks of what is to come.
func fillsNameSlot(c *candidate, q *question, srcLang string) bool {
	best, namedOnly := slotSentencesWhy(c, q, srcLang)
	// A birthplace is told where a birth is, which every language's
	// words name ("born", "sinh ra", "родился"): an article that tells
	// none does not give it, whatever else it cannot be searched for.
	if q.wherePlace.birth && !slices.ContainsFunc(c.sents, func(s string) bool { return birthRE.MatchString(strings.ToLower(s)) }) {
		return false
	}
	if best == nil {
		return true
	}
	// Who will head a thing still to come is named where the article
	// speaks of it, not in any sentence that names who the question
	// names: "Roscosmos ... astronauts will train at the Gagarin
	// centre" does not say who will replace a Roscosmos deputy.
	if q.future && q.qt == qWho {
		best = slices.DeleteFunc(best, func(s int) bool { return namedOnly[s] })
	}
	// A paying body is the payer, named or not (judge_payer.go), and
	// its verb of paying is the deed asked whichever verb it is: "who
	// paid for the travel" is answered by "the foundation paid the
	// travel costs", "quỹ ... chi trả chi phí đi lại", with no "pay for"
	// in it.
	if q.payer && payerTold(c, best) {
		return true
	}
	if deedAbsent(c, q, srcLang) {
		return false
	}
	if q.succession {
		best = successionSentences(c, q) // judge_succession.go
	}
	if q.wherePlace.future {
		best = futureEventSentences(c, q, srcLang, best) // judge_where.go
	}
	if sideDoer(c, q, best) {
		return true
	}
	// Where a person the question names is from or was held, when the
	// judge cannot tell which sentence carries the question's other
	// words (blind): in a sentence naming him, or the next. "Which town
	// in Oregon is Kessler from" is not answered by the airport of the
	// exchange in the lead.
	if _, blind := locatable(q, srcLang); blind && q.qt == qWhere {
		if named := personSentences(c, q); named != nil {
			best = slices.DeleteFunc(best, func(s int) bool { return !named[s] })
		}
	}
	own := ownKeys(q)
	former := formerOffice(c, q)
	for _, i := range best {
		// A place may be told in the sentence after the event's ("They
		// met on Monday. The talks took place at the Foreign Ministry."),
		// a person in the lead after the headline that tells the event, or
		// in one that refers back to it ("Об этом объявил посол", "This
		// was announced by"). newName skips the dateline.
		next := i + 1
		if next >= len(c.sents) || q.qt != qWhere && i != 0 && !referBackRE.MatchString(strings.ToLower(c.sents[next])) {
			next = i
		}
		if former[i] {
			continue
		}
		around := []int{i, next}
		// What is still to come may be told two sentences after the
		// report of the accord that set it ("Ngày 14/5, … đã ký thỏa
		// thuận … Thỏa thuận được ký giữa … Theo đó, đường ống … sẽ đi
		// qua lãnh thổ Mông Cổ"): past sentences are passed over below.
		if q.wherePlace.future && next+1 < len(c.sents) && next > i && pastClause(c.sents[i]) {
			around = append(around, next+1)
		}
		for _, s := range around {
			sent := c.sents[s]
			lower := strings.ToLower(sent)
			if q.next && !nextRE.MatchString(lower) && !futureRE.MatchString(lower) {
				continue
			}
			// Where a thing still to come will be is told where the
			// article speaks of what is to come, and not in a clause of
			// what was ("met in Lisbon to prepare the summit"); where
			// someone was born, where it speaks of a birth
			// (judge_where.go).
			if wp := q.wherePlace; wp.future && !tellsToCome(sent) || wp.birth && !birthRE.MatchString(lower) {
				continue
			}
			if q.wherePlace.future || q.next && q.qt == qWhere {
				sent = futureClauses(sent)
			}
			// "Who will head the new group": who is named to what is to
			// come, not who led the talks that set it up.
			if q.future && q.qt == qWho && !speaksOfFuture(sent) {
				continue
			}
			if q.next || q.future && q.qt == qWho {
				sent = aboutNext(sent)
			}
			if q.next || q.future || q.wherePlace.future {
				sent = withoutSource(sent)
			}
			if q.future && q.qt == qWho {
				sent = officesLowered(sent)
			}
			if newNameOf(commonOpening(c, sent), own, q.qt == qWhere, q.wherePlace.city) {
				return true
			}
		}
	}
	return false
}

// asksFuture reports whether a "when" or "who" question asks of what is
// still to come: "when will", "who will head", "ai sẽ", "кто будет",
// and the Russian perfective that is a future by itself ("кто
// возглавит", "кто подпишет").
func asksFuture(query string, qt qType) bool {
	lower := strings.ToLower(query)
	// "Who was" asks of the past whatever else it says; "when will the
	// former ambassador return" of the future.
	if qt != qWhen && qt != qWho || qt == qWho && pastQuestionRE.MatchString(lower) {
		return false
	}
	if futureQuestionRE.MatchString(lower) {
		return true
	}
	toks := corpus.Tokenize(lower)
	for i, t := range toks {
		// The verb after "кто" ("кто возглавит"; after "когда" a noun may
		// look like one: "когда самолёт"), or a reflexive one anywhere,
		// which no noun ends as ("когда именно начнётся").
		if t.Folded == "кто" && i+1 < len(toks) && perfectiveRU(toks[i+1].Folded) ||
			perfectiveRU(t.Folded) && reflexiveRE.MatchString(t.Folded) {
			return true
		}
	}
	return false
}

// reflexiveRE finds the reflexive personal endings of a Russian verb.
var reflexiveRE = regexp.MustCompile(`(ится|ется|утся|ются|ятся|атся)$`)

// speaksOfFuture reports whether a sentence speaks of what is to come:
// the future tense or a plan ("will", "is to", "expected to", "sẽ", "dự
// kiến", "будет", "предстоит"), or a Russian perfective in the present
// form, a future ("группу возглавит").
func speaksOfFuture(sentence string) bool {
	lower := strings.ToLower(sentence)
	if futureRE.MatchString(lower) || nextRE.MatchString(lower) || planRE.MatchString(lower) {
		return true
	}
	for _, t := range corpus.Tokenize(lower) {
		if perfectiveRU(t.Folded) {
			return true
		}
	}
	return false
}

// planRE finds, lower-cased, a plan or an appointment still to take
// effect that futureRE does not: "would", "is to", "expected to", "sắp",
// "предстоит".
var planRE = regexp.MustCompile(`(^|[^\p{L}])(would|(is|are|was|were) (to|set to|expected to|due to)|expected to|set to|sắp|предстоит|планиру\p{L}*|намерен\p{L}*)([^\p{L}]|$)`)

// perfectiveRU reports whether a folded Russian word looks like a
// perfective verb in its present form, which is a future: a verbal
// prefix ("воз-", "под-", "на-") and a personal ending, without the
// imperfective "-ает", "-яет", "-ывает" ("возглавит", "подпишет",
// "назначат" but not "возглавляет"). No morphology library is in the
// module; a word wrongly taken only makes a sentence count as future.
func perfectiveRU(w string) bool {
	if !cyrillic(w) || utf8.RuneCountInString(w) < 6 {
		return false
	}
	prefixed := false
	for _, p := range []string{"воз", "вос", "под", "по", "на", "за", "при", "про", "пере", "вы", "раз", "рас", "от", "об", "из", "ис", "с", "у"} {
		prefixed = prefixed || strings.HasPrefix(w, p)
	}
	if !prefixed {
		return false
	}
	for _, e := range []string{"ает", "яет", "еет", "ует", "ают", "яют", "еют", "уют", "вает", "вают"} {
		if strings.HasSuffix(w, e) {
			return false
		}
	}
	for _, e := range []string{"ит", "ет", "ут", "ют", "ят", "ится", "ется", "утся", "ются", "ятся"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// officesLowered returns sentence with the offices it writes with a
// capital ("Tổng thống Nga", "Deputy Foreign Minister") in lower case: who
// will take a post is a person, and "ông Tolliver sẽ trình quốc thư lên
// Tổng thống Nga" names none but Tolliver. The office's holder, named
// after it, stays.
func officesLowered(sentence string) string {
	toks := corpus.Tokenize(sentence)
	out := []byte(sentence)
	for i := range toks {
		for n := min(3, len(toks)-i); n >= 1; n-- {
			var ws []string
			for _, t := range toks[i : i+n] {
				ws = append(ws, t.Folded)
			}
			if !offices[strings.Join(ws, " ")] || !capitalisedWord(toks[i].Text) {
				continue
			}
			for _, t := range toks[i : i+n] {
				copy(out[t.Start:t.End], strings.ToLower(sentence[t.Start:t.End]))
			}
			break
		}
	}
	return string(out)
}

// withoutSource returns sentence without the source a report ends with,
// after a comma: of "A second round is planned for June, the State
// Department said", the plan; the State Department tells of it and
// leads nothing. "..., Bộ Ngoại giao cho biết", "..., сообщил посол".
func withoutSource(sentence string) string {
	ms := speechRE.FindAllStringIndex(sentence, -1)
	if len(ms) == 0 {
		return sentence
	}
	m := ms[len(ms)-1]
	comma := strings.LastIndex(sentence[:m[0]], ",")
	// The source closes the sentence: a few words before the verb
	// ("the State Department said") or after it ("said Ellen Park"),
	// and no more than a date after.
	if comma < 0 || len(corpus.Tokenize(sentence[comma:m[0]])) > 4 || len(corpus.Tokenize(sentence[m[1]:])) > 4 {
		return sentence
	}
	return sentence[:comma]
}

// commonOpening returns sentence with its first word in lower case when
// the article writes that word in lower case elsewhere: a common word
// capitalised only because it opens the sentence ("Стороны создали
// рабочую группу" of "обе стороны"), which names no one. The lexicon
// does not know every common word.
func commonOpening(c *candidate, sentence string) string {
	toks := corpus.Tokenize(sentence)
	// Russian only: an English surname may be a common word too ("Price
	// said", "the oil price"), a Vietnamese opening syllable is no name
	// already (newName).
	if len(toks) == 0 || !capitalisedWord(toks[0].Text) || strings.ToUpper(toks[0].Text) == toks[0].Text || !cyrillic(toks[0].Folded) {
		return sentence
	}
	w := toks[0].Lower
	for _, s := range c.sents {
		for _, t := range corpus.Tokenize(s) {
			if t.Lower == w && t.Text == t.Lower {
				return sentence[:toks[0].Start] + w + sentence[toks[0].End:]
			}
		}
	}
	return sentence
}

// commonWord reports whether w is a common word of the lexicon, none of
// whose translations is a name: "Стороны" (the sides) opening a sentence
// names no one; "Китайские" (Chinese) names a country, who acts.
func commonWord(w string) bool {
	return retrieval.Known(w) && !slices.ContainsFunc(retrieval.Expand(w), capitalisedWord)
}

// syllableOnly reports whether c writes the name con only as a
// Vietnamese syllable in lower case: the lexicon spells Vienna "Viên",
// and "phóng viên" (reporter) or "sinh viên" (student) is no Vienna. A
// name is capitalised; the question side is done in constraints.
func syllableOnly(c *candidate, con concept) bool {
	found := false
	for _, a := range con.alts {
		if len(a.words) == 0 {
			continue
		}
		for _, p := range c.at[a.words[0]] {
			if !c.wholeAt(a, p) {
				continue
			}
			// A Latin syllable: not a number ("МС-29") nor a Cyrillic word.
			w := a.full[0]
			if len(a.full) > 1 || retrieval.Distinctive(w) || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" || capitalisedAt(c, p) {
				return false
			}
			found = true
		}
	}
	return found
}

// capitalisedAt reports whether the word at p of c is written with a
// capital: its sentence's token at the same place.
func capitalisedAt(c *candidate, p int) bool {
	first := p
	for first > 0 && c.sent[first-1] == c.sent[p] {
		first--
	}
	toks := corpus.Tokenize(c.sents[c.sent[p]])
	return p-first < len(toks) && capitalisedWord(toks[p-first].Text)
}

// formerOffice returns, for a "who is the <office>" question asked of
// the present, the sentences of c that write the office only as one
// held before ("từng làm Đại sứ Mỹ tại Kazakhstan", "a former US
// ambassador", "бывший посол"): who held it once is not who holds it.
func formerOffice(c *candidate, q *question) map[int]bool {
	if q.qt != qWho || q.past {
		return nil
	}
	var starts []int
	for _, k := range q.cons {
		if k.Kind == KindOffice {
			starts = append(starts, runStarts(c, q.t.concepts[k.concepts[0]])...)
		}
	}
	return onlyAfter(c, starts, func(j int) bool { return formerWords[c.lower[j]] })
}

// onlyAfter returns the sentences of c in which every mention starting
// at one of starts has, within the three words before it in its
// sentence, a word marked reports: the sentences that write a thing only
// as it was ("a former ambassador") or only as part of a whole
// ("including military officers").
func onlyAfter(c *candidate, starts []int, marked func(j int) bool) map[int]bool {
	out, free := map[int]bool{}, map[int]bool{}
	for _, p := range starts {
		in := false
		for k := 1; k <= 3 && p-k >= 0 && c.sent[p-k] == c.sent[p]; k++ {
			in = in || marked(p-k)
		}
		if in {
			out[c.sent[p]] = true
		} else {
			free[c.sent[p]] = true
		}
	}
	for s := range free {
		delete(out, s)
	}
	return out
}

var (
	// pastQuestionRE finds a question about the past, lower-cased: "who
	// was", "ai từng", "кто был", or any of formerOnes.
	pastQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(` + pastWords + `|` + strings.Join(formerOnes, "|") + `|trước đây|был|была|были|бывш\p{L}*)([^\p{L}]|$)`)
	// formerWords, lower-cased, put an office in the past: "former",
	// "từng", "cựu", "бывший".
	formerWords = setOf(formerOnes...)
	formerOnes  = []string{"former", "ex", "previously", "once", "từng", "cựu", "nguyên", "бывший", "бывшего", "бывшему",
		"бывшим", "бывшая", "бывшей", "экс", "ранее", "прежде", "раньше"}
)

// referBackRE finds, lower-cased, the opening of a sentence that refers
// back to what the one before told: "Об этом сообщил", "This was
// announced by", "Điều này được ... cho biết".
var referBackRE = regexp.MustCompile(`^\s*(об этом|это|так|как|this|that|it|the (move|decision|announcement|statement|agreement)|điều này|thông tin này|quyết định này|việc này)([^\p{L}]|$)`)

// ownKeys are the match keys of every spelling of the question's own
// words: a name the question gives is not the name it asks for.
func ownKeys(q *question) map[string]bool {
	out := map[string]bool{}
	for _, con := range q.t.concepts {
		for _, a := range con.alts {
			for _, w := range a.words {
				out[w] = true
			}
		}
	}
	return out
}

// newName reports whether sentence holds a capitalised word that the
// question does not give (own, by match key, nor a word of the same
// name: "Thomas" beside "Whitaker"), that is not the corpus's topic, a
// month or a weekday, nor a stop word ("В Стамбуле", "The").
// A headline capitalises every word and names nothing by it. For a
// place (where) the name must follow a preposition of place within two
// words ("in Istanbul", "в аэропорту Анкары"); for a person (who) it
// must not ("ambassador to Finland" names a country, not who).
func newName(sentence string, own map[string]bool, place bool) bool {
	return newNameOf(sentence, own, place, false)
}

// plannedWords, lower-cased, set an event for a place or a date after
// "for": "planned for St. Petersburg", "scheduled for Geneva".
var plannedWords = setOf("planned", "scheduled", "set", "slated", "pencilled", "penciled")

// newNameOf is newName, and for a city asked (city), a place that is
// not only a country's name: "tại Argentina" does not say in which city.
func newNameOf(sentence string, own map[string]bool, place, city bool) bool {
	toks := corpus.Tokenize(sentence)
	upper := func(i int) bool {
		if i < 0 || i >= len(toks) {
			return false
		}
		return capitalisedWord(toks[i].Text)
	}
	isOwn := func(i int) bool { return i >= 0 && i < len(toks) && own[matchKey(matchForm(toks[i]))] }
	caps := 0
	for i := range toks {
		if upper(i) {
			caps++
		}
	}
	if len(toks) >= 4 && caps*5 >= len(toks)*3 && !strings.ContainsAny(lastRune(sentence), ".!?»\"”") {
		return false // a headline
	}
	for i, t := range toks {
		// A sentence's first word is capitalised whatever it is: a name
		// if a capitalised word follows ("Igor Vetrov said") or it is
		// distinctive itself ("Vetrov said", "Китайские компании
		// построят").
		if !upper(i) || stopWord(t.Folded, t.Lower) ||
			i == 0 && (!upper(1) || stopWord(toks[1].Folded, toks[1].Lower)) && (!retrieval.Distinctive(t.Folded) || commonWord(t.Text)) {
			continue
		}
		if isOwn(i) || upper(i-1) && isOwn(i-1) || upper(i+1) && isOwn(i+1) || calendarWords[t.Folded] {
			continue
		}
		// The topic's names are in every story and name no one; right
		// after a preposition of place, a capital is where ("met in
		// Moscow", "в Вашингтоне"), unless it seats an institution ("the
		// U.S. embassy in Moscow", "Đại sứ quán Mỹ tại Moskva").
		if retrieval.Topic(t.Text) && !(place && i > 0 && placeWords[toks[i-1].Lower] && !upper(i+1) && !seated(toks, i-1)) {
			continue
		}
		// An all-capital dateline ("ANKARA, 16 сентября") places the
		// report, not the event.
		if i == 0 && utf8.RuneCountInString(t.Text) > 3 && strings.ToUpper(t.Text) == t.Text {
			continue
		}
		// Within three words: "в аэропорту Анкары", "tại thành phố
		// Tromsø".
		located := false
		for k := 1; k <= 3 && k <= i; k++ {
			located = located || placeWords[toks[i-k].Lower] || place && toks[i-k].Lower == "of"
		}
		if !place && located {
			// A person's name may follow the country of his post, a
			// name the question gives or the topic's: "посол США в
			// России Грант Толливер" names Tolliver. Only a preposition
			// right before the person's own run of capitals places him.
			start := i
			for start > 0 && upper(start-1) && !isOwn(start-1) && !retrieval.Topic(toks[start-1].Text) {
				start--
			}
			if start > 0 && (isOwn(start-1) || retrieval.Topic(toks[start-1].Text)) {
				located = placeWords[toks[start-1].Lower]
			}
		}
		// A place of several capitalised words is located by the
		// preposition before its first: "in the United Arab Emirates".
		// Not a person: "ambassador to Finland Thomas Whitaker" names
		// Whitaker.
		if start := i; place {
			for start > 0 && upper(start-1) {
				start--
			}
			for k := 1; k <= 3 && k <= start; k++ {
				located = located || placeWords[toks[start-k].Lower] || toks[start-k].Lower == "of"
			}
			// "Planned for St. Petersburg": an event set for a place (a
			// date is a calendar word, passed over above).
			located = located || start > 1 && toks[start-1].Lower == "for" && plannedWords[toks[start-2].Lower]
			located = located || routeEnd(toks, start, upper)
		}
		if located == place && !(city && countryOnly(toks, i, upper)) {
			return true
		}
	}
	if place {
		// A place need not be a name: "at the consulate general", "в
		// аэропорту", "tại sân bay"; a city must.
		return !city && placeNounRE.MatchString(strings.ToLower(sentence))
	}
	// Nor a person: "freeing two Americans and one Russian citizen", "ba
	// công dân Mỹ", "двух граждан России" say who by how many of whom.
	// Not by the count the question gives itself: "Nhóm bốn chuyên gia
	// … gồm những ai?" asks who the four are.
	return countsPeopleBut(sentence, own) || nationalBody(toks, own)
}

// nationalBody reports whether a Russian sentence (toks) names a body of
// another country than the question's by the country's adjective, which
// Russian writes in lower case ("при посредничестве турецкой разведки",
// "венгерские власти"): a who that no capital letter marks.
func nationalBody(toks []corpus.Token, own map[string]bool) bool {
	for i := 0; i+1 < len(toks); i++ {
		w := toks[i]
		if !nationalAdjRE.MatchString(w.Lower) || own[matchKey(matchForm(w))] || retrieval.Topic(w.Text) {
			continue
		}
		if bodyNounRE.MatchString(toks[i+1].Lower) {
			return true
		}
	}
	return false
}

var (
	// nationalAdjRE finds a lower-cased Russian adjective of a country
	// ("турецкой", "венгерские", "немецкого").
	nationalAdjRE = regexp.MustCompile(`^\p{Ll}+(ск|цк)(ий|ой|ая|ое|ие|ого|ому|им|ом|ую|ых|ими|ей)$`)
	// bodyNounRE finds a lower-cased Russian noun for a body that acts:
	// a service, a ministry, the authorities, a side, a delegation.
	bodyNounRE = regexp.MustCompile(`^(разведк|спецслужб|власт|мид|министерств|правительств|посольств|сторон|делегаци|посредник|дипломат|военн|пограничник|полици|суд)\p{L}*$`)
)

// seated reports whether the preposition at toks[p] follows, within
// three words, a noun for an institution it seats: "embassy in",
// "посольство США в", "đại sứ quán Mỹ tại".
func seated(toks []corpus.Token, p int) bool {
	for k := 1; k <= 3 && p-k >= 0; k++ {
		if seatNounRE.MatchString(toks[p-k].Lower) {
			return true
		}
	}
	return false
}

// seatNounRE finds, in one lower-cased word, an institution that has a
// seat in a capital, in vi/en/ru ("quán" ends "đại sứ quán").
var seatNounRE = regexp.MustCompile(`^(embassy|embassies|consulate|consulates|mission|missions|office|offices|officials?|посольств\p{L}*|консульств\p{L}*|генконсульств\p{L}*|миссии|миссия|представительств\p{L}*|quán|bộ)$`)

// peopleCountRE asks how many people, by a word for people that names
// no kind of them, lower-cased: "how many people", "bao nhiêu người",
// "сколько человек" (or "людей").
var peopleCountRE = regexp.MustCompile(`(^|[^\p{L}])(how many (people|persons)|bao nhiêu người|bao nhieu nguoi|сколько (человек|людей))([^\p{L}]|$)`)

// dayWordsVI, folded, put a day or a month after them: "ngày 18/3",
// "tháng 3", "hôm 5/6".
var dayWordsVI = setOf("ngay", "thang", "hom")

// countsPeople reports whether sentence counts people: a number before a
// capitalised word or a word for people ("two Americans", "ba công dân
// Mỹ", "двух граждан").
func countsPeople(sentence string) bool {
	return countsPeopleBut(sentence, nil)
}

// countsPeopleBut is countsPeople without the numbers whose match key is
// in own (the question's own words).
func countsPeopleBut(sentence string, own map[string]bool) bool {
	toks := corpus.Tokenize(sentence)
	for i, t := range toks {
		if own[matchKey(matchForm(t))] && (strings.ContainsFunc(t.Text, unicode.IsDigit) || countWord(t.Lower)) {
			continue
		}
		// A day is no count: "April 3 - U.S. diplomats", "3 апреля",
		// "Ngày 18/3, Nga và Mỹ", "ngày 5 tháng 3, Nga", "On 3/18, Russia".
		if i > 0 && (calendarWords[toks[i-1].Folded] || dayWordsVI[toks[i-1].Folded]) || i+1 < len(toks) && (afterDay(toks[i+1].Lower) || toks[i+1].Folded == "thang") ||
			slashDateRE.MatchString(t.Text) {
			continue
		}
		if strings.ContainsFunc(t.Text, unicode.IsDigit) && !isYear(t.Folded) || countWord(t.Lower) {
			for k := i + 1; k <= i+3 && k < len(toks); k++ {
				// An English singular after a plural number is a
				// modifier: "two expert groups" counts groups.
				if singularPeopleEN[toks[k].Lower] && !oneWords[t.Lower] {
					continue
				}
				// A currency is no one: "210 triệu USD", "28 USD". Nor
				// is a place after a preposition: the noun counted
				// comes before it ("hai nước tại Phần Lan" counts
				// countries, "4 ngày tại Moskva" days).
				if moneyRE.MatchString(toks[k].Text) || placeWords[toks[k].Lower] {
					break
				}
				if capitalisedWord(toks[k].Text) || peopleRE.MatchString(toks[k].Lower) || peopleByRoleRE.MatchString(toks[k].Lower) || peopleRURE.MatchString(toks[k].Folded) || agentRE.MatchString(toks[k].Folded) ||
					audienceAt(toks, k) || peopleCompoundVI(toks, k) {
					return true
				}
				// The noun the number counts ends the search: "38 картин
				// Музею" counts paintings, "two days at the Chilean
				// ministry" days, not the names after them.
				if countsOther(toks[k]) {
					break
				}
			}
		}
	}
	return false
}

// agentRE finds, folded, a noun for a person by the work he does, which
// a story in another language writes with words no lexicon row lists:
// English "-ists" ("six specialists", "two activists") and Russian
// "-ист", "-олог", "-чик"/"-щик" in the forms a number governs ("шесть
// российских специалистов", "трёх экологов", "двух переводчиков"). A
// question asking "bao nhiêu chuyên gia" of such a story is counted by
// the suffix its language CAN spell, not by a translation the lexicon
// lacks. Russian "-ник" and "-тель" are left out: they name things as
// often ("памятников", "двигателей", "истребителей"). English "-ants"
// is in: "400 applicants a week", "300 participants", "migrants",
// "inhabitants" answer "how many people", "bao nhiêu người", "сколько
// человек" (four letters before it: "grants" and "plants" are things).
var agentRE = regexp.MustCompile(`^(\p{L}{4,}ists|\p{L}{4,}ants|\p{L}{2,}(ист|олог|[чщ]ик)(а|у|ом|е|ы|ов|ам|ами|ах)?)$`)

// countsOther reports whether t, after a number, is the noun it counts
// and no word for people: a Vietnamese classifier of things ("38 bức
// tranh"), a Russian noun (no adjective's ending, which modifies the
// noun after it: "двух американских журналистов"), or an English plural
// in lower case ("38 paintings"). A Russian demonym
// ("американцев", "россиян") is written in lower case and counts people.
func countsOther(t corpus.Token) bool {
	switch {
	case classifiersVI[t.Lower] && t.Lower != "người":
		// A Vietnamese classifier of things: "38 bức tranh Nga" counts
		// paintings, not the Russians after them.
		return true
	case cyrillic(t.Folded):
		return !adjectiveRU(t.Folded) && !corpus.IsStopWord("ru", t.Folded) && !countWord(t.Lower) && !demonymRURE.MatchString(t.Folded)
	case asciiLetters(t.Folded):
		return strings.HasSuffix(t.Text, "s") && strings.ToLower(t.Text) == t.Text && !corpus.IsStopWord("en", t.Folded) && !countWord(t.Lower)
	}
	return false
}

// demonymRURE finds, folded, a Russian noun for people of a country or a
// kind, which Russian writes in lower case: "американцев", "японцы",
// "россиян", "беженцев" (peopleRURE's forms, and "горожане"), and no
// thing counted in the same forms ("пять месяцев" counts months, not the
// name after them).
var demonymRURE = regexp.MustCompile(`(ане|анам)$|` + peopleRUForms)

// peopleRURE finds, folded, a Russian noun for people of a country in
// every form a number governs: the genitive singular after два/три/четыре
// ("три американца", "два россиянина"), the genitive plural after пять
// and more ("пять американцев", "шесть россиян"), the nominative after
// 21 ("21 россиянин"), and the other cases ("трём американцам"), women
// included ("двух американок"). Russian writes them in lower case, so
// they count people as "two Americans" does in English. A vowel before
// the "ц" is a thing's ("три месяца", "пять месяцев").
var peopleRURE = regexp.MustCompile(`^\p{L}{3,}` + peopleRUForms)

const peopleRUForms = `([бвгджзйклмнпрстфх]ц(ы|ев|ам|ами|ах|а|у|ем)|ян(е|ам|ами|ах|ин|ина|ину|ином)?|чан(е|ам|ами|ах|ин|ина|ину|ином)?|(иканк|иянк|ичанк)(а|и|у|ой|ам|ами|ах)|(иканок|иянок|ичанок))$`

var (
	// singularPeopleEN are the English singulars of peopleRE's words.
	singularPeopleEN = setOf("citizen", "national", "prisoner", "detainee", "hostage", "person", "journalist", "diplomat",
		"official", "soldier", "scientist", "researcher", "expert", "student", "lawmaker", "senator", "member",
		"passenger", "sailor", "resident", "participant", "delegate", "worker", "employee")
	// oneWords count one.
	oneWords = setOf("1", "one", "a", "an", "single")
)

// lastRune returns the last character of s after trailing spaces.
func lastRune(s string) string {
	s = strings.TrimSpace(s)
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

// placeNounRE finds a preposition of place before a noun that names a
// kind of place (an airport, an embassy, a palace), in vi/en/ru,
// lower-cased.
var placeNounRE = regexp.MustCompile(`(^|[^\p{L}])(in|at|into|inside|outside|tại|ở|trong|xuống|в|во|на) (the |a |an |một |các |những |\p{L}+ )?(airport|embassy|consulate|consulate general|mission|residence|hotel|palace|hall|base|port|headquarters|ministry|office|villa|sân bay|đại sứ quán|lãnh sự quán|tổng lãnh sự quán|phái bộ|dinh thự|khách sạn|cung điện|trụ sở|cảng|căn cứ|аэропорт\p{L}*|посольств\p{L}*|консульств\p{L}*|генконсульств\p{L}*|генеральн\p{L}* консульств\p{L}*|резиденци\p{L}*|гостиниц\p{L}*|отел\p{L}*|дворц\p{L}*|зал\p{L}*|баз\p{L}*|порт\p{L}*|штаб-квартир\p{L}*|здани\p{L}*|миссии)([^\p{L}]|$)`)

// peopleRE finds a word for people counted ("two citizens", "ba công
// dân", "двух граждан"), lower-cased.
var peopleRE = regexp.MustCompile(`^(citizens?|nationals?|prisoners?|detainees?|hostages?|people|persons?|journalists?|diplomats?|officials?|soldiers?|servicemen|scientists?|researchers?|experts?|students?|lawmakers?|senators?|members?|passengers?|sailors?|crew|residents?|participants?|delegates?|troops|workers?|employees?|staff|công|công dân|người|nhân|tù|tù nhân|nhà|nhà khoa học|nhà ngoại giao|chuyên gia|sinh viên|nghị sĩ|hành khách|thủy thủ|thành viên|nhân viên|граждан\p{L}*|заключ\p{L}*|человек|журналист\p{L}*|дипломат\p{L}*|военн\p{L}*|пленн\p{L}*|узник\p{L}*|учен\p{L}*|исследовател\p{L}*|эксперт\p{L}*|студент\p{L}*|депутат\p{L}*|сенатор\p{L}*|пассажир\p{L}*|моряк\p{L}*|сотрудник\p{L}*|участник\p{L}*|жител\p{L}*)$`)

// peopleByRoleRE finds, lower-cased, a word for people by the part they
// take, which a report counts where a reader asks "how many people":
// "14 добровольцев", "31 performers", "40 athletes". Only a count in a
// report is read so: a question that counts fishermen still asks
// fishermen, which a count of volunteers does not give (peopleRE reads
// both). Vietnamese writes these in two syllables (peopleCompoundsVI).
var peopleByRoleRE = regexp.MustCompile(`^(volunteers?|performers?|musicians?|dancers?|athletes?|fishermen|hunters?|доброволь\p{L}*|волонт[её]р\p{L}*|артист\p{L}*|музыкант\p{L}*|танцор\p{L}*|спортсмен\p{L}*|рыбак\p{L}*|охотник\p{L}*)$`)

// audienceRE finds, lower-cased, a word for the people who come to see
// or visit: "40.000 lượt khách" (visits of guests), "12 тысяч зрителей",
// "2,000 visitors". A story counts an exhibition's or a match's public
// so, and "how many people came to see the ballet" asks that count.
// Only countsPeople reads it: a question that counts spectators is still
// answered by a count of spectators, not by any count of people.
var audienceRE = regexp.MustCompile(`^(visitors|spectators|viewers|tourists|fans|khách|зрител\p{L}*|посетител\p{L}*|болельщик\p{L}*|турист\p{L}*)$`)

// audienceAt reports whether toks[k] is a word of audienceRE, not the
// first half of a Vietnamese compound that names a thing ("khách sạn", a
// hotel).
func audienceAt(toks []corpus.Token, k int) bool {
	if !audienceRE.MatchString(toks[k].Lower) {
		return false
	}
	return toks[k].Lower != "khách" || k+1 >= len(toks) || toks[k+1].Lower != "sạn"
}

// civiliansRE finds, folded, a word for people by what befalls them,
// whom a story counts as people ("500 people a day"): civilians,
// refugees, evacuees.
var civiliansRE = regexp.MustCompile(`^(civilians?|refugees?|evacuees?|thuong dan|nguoi ti nan|беженц\p{L}*|мирн\p{L}* жител\p{L}*)$`)

// genericPeopleRE finds, lower-cased, a number before a word for people
// that names no kind of them: "500 people", "до 500 человек", "500
// người".
var genericPeopleRE = regexp.MustCompile(`(^|[^\p{L}\d])[\d][\d.,]*( \p{L}+)? (people|persons|человек|людей|người)([^\p{L}]|$)`)

// genericPeopleCounted reports whether sentence counts people by a word
// that names no kind of them (genericPeopleRE).
func genericPeopleCounted(sentence string) bool {
	return genericPeopleRE.MatchString(strings.ToLower(sentence))
}

// peopleFoldedRE is peopleRE for folded words. A question's own words are
// kept folded (alternative.full), so a Vietnamese one is spelled without
// its marks there ("chuyen gia", "cong dan") and peopleRE, written with
// them, never knew that a Vietnamese question counts people.
var peopleFoldedRE = regexp.MustCompile(strings.ReplaceAll(corpus.Fold(peopleRE.String()), `\p{l}`, `\p{L}`))

// placeWords are the prepositions of place in vi/en/ru, lower-cased.
// For a place asked for, "of" is one too ("Dr. Morozova of
// Vladivostok").
// "Into the Pacific Ocean", "off Alaska", "hạ cánh xuống căn cứ
// Andrews", "вблизи Владивостока" place what moved there.
var placeWords = setOf("in", "at", "to", "from", "near", "via", "through", "into", "onto", "off", "inside", "outside",
	"tại", "ở", "đến", "tới", "từ", "qua", "xuống", "khơi", "trên", "в", "во", "на", "из", "под", "около", "через", "возле", "вблизи")

// routeWords place what they join, the ends of a route or a link ("a
// ferry line between Kirkenes and Murmansk", "giữa Moskva và São
// Paulo", "между Мурманском и Киркенесом"), when a place is asked.
var routeWords = setOf("between", "giữa", "между")

// pairWords join the two ends after a route word.
var pairWords = setOf("and", "và", "и")

// routeEnd reports whether the run of capitalised words that starts at
// toks[start] is one end of "between X and Y": two names, each a run of
// capitals, joined by "and" after "between". Not a meeting's sides
// ("giữa Tổng thống hai nước", "between President Lee and President
// Park"): an end opens with no office and holds no common word of the
// lexicon.
func routeEnd(toks []corpus.Token, start int, upper func(int) bool) bool {
	run := func(from int) (end int, ok bool) {
		if _, office := findOffice(toks, from); office || !upper(from) {
			return from, false
		}
		for end = from; upper(end); end++ {
			if commonWord(toks[end].Text) {
				return end, false
			}
		}
		return end, true
	}
	first := start
	if start >= 2 && pairWords[toks[start-1].Lower] && upper(start-2) {
		// Y: step back over "X and".
		for first = start - 2; upper(first - 1); first-- {
		}
	}
	if first == 0 || !routeWords[toks[first-1].Lower] {
		return false
	}
	end, ok := run(first)
	if !ok || end >= len(toks) || !pairWords[toks[end].Lower] {
		return false
	}
	_, ok = run(end + 1)
	return ok
}

// calendarWords are the capitalised names of months and weekdays
// (folded), which name no one and no place.
var calendarWords = setOf("january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// countedConcept returns the concept of t (stemmed terms) that a "how
// many" question counts: the noun after "how many" ("how many
// additional diplomatic visas", "сколько новых послов", "bao nhiêu sinh
// viên"), or -1 when it counts nothing named (how much, how long, "đạt
// bao nhiêu?") or something generic (people, times), which any number
// beside the question's things may count.
func countedConcept(query string, t terms) int {
	toks := corpus.Tokenize(query)
	for i := range toks {
		var after []corpus.Token
		switch {
		case toks[i].Folded == "how" && i+1 < len(toks) && toks[i+1].Folded == "many":
			after = partCounted(toks[i+2:])
		case toks[i].Folded == "сколько" && (i == 0 || !countPrepositions[toks[i-1].Folded]):
			after = toks[i+1:]
		case (toks[i].Lower == "bao" && i+1 < len(toks) && toks[i+1].Folded == "nhieu" || toks[i].Lower == "mấy") && i >= 2 && toks[i-1].Folded == "thu":
			// An ordinal asked ("năm thứ mấy liên tiếp", "vòng thứ bao
			// nhiêu"): the noun counted stands before "thứ" and the
			// words after the interrogative qualify the place ("liên
			// tiếp", consecutive); "năm thứ chín" answers it
			// (ordinalAfter).
			after = toks[i-2 : i-1]
		case toks[i].Lower == "bao" && i+1 < len(toks) && toks[i+1].Folded == "nhieu", toks[i].Lower == "mấy":
			after = toks[i+1:]
			if toks[i].Lower == "bao" {
				after = toks[i+2:]
			}
		default:
			continue
		}
		w, ok := countedWord(after)
		if !ok || genericCounts[w.Folded] {
			return -1
		}
		w = nameModified(after, w)
		if ci := conceptAt(after, w, t); ci >= 0 {
			return ci
		}
		key := matchKey(matchForm(w))
		for ci, con := range t.concepts {
			if slices.ContainsFunc(con.alts, func(a alternative) bool { return a.weight == 1 && slices.Contains(a.words, key) }) {
				return ci
			}
		}
		return -1
	}
	return -1
}

// conceptAt returns the concept of t one of whose own alternatives is
// written in after from w on, word for word, or -1. A word of several
// concepts is counted as the one it begins: "bao nhiêu chuyên gia"
// counts "chuyên gia", not "chuyến khảo sát" that the question names
// before it, though both hold "chuyen".
func conceptAt(after []corpus.Token, w corpus.Token, t terms) int {
	at := slices.Index(after, w)
	if at < 0 {
		return -1
	}
	for ci, con := range t.concepts {
		if slices.ContainsFunc(con.alts, func(a alternative) bool {
			if a.weight != 1 || len(a.words) == 0 || at+len(a.words) > len(after) {
				return false
			}
			for k, aw := range a.words {
				if matchKey(matchForm(after[at+k])) != aw {
					return false
				}
			}
			return true
		}) {
			return ci
		}
	}
	return -1
}

// partCounted returns the words that name what "how many" counts when
// the question counts a part of a group: "how many of the negotiators
// were women" counts women, not negotiators (a delegation of 12 does not
// say how many of them were women); "how many of the delegates" counts
// delegates.
func partCounted(after []corpus.Token) []corpus.Token {
	if len(after) == 0 || after[0].Folded != "of" {
		return after
	}
	for j, w := range after {
		switch w.Folded {
		case "were", "was", "are", "is":
			rest := after[j+1:]
			for len(rest) > 0 && (rest[0].Folded == "the" || rest[0].Folded == "a" || rest[0].Folded == "an") {
				rest = rest[1:]
			}
			return rest
		}
	}
	for len(after) > 0 && (after[0].Folded == "of" || after[0].Folded == "the" || after[0].Folded == "them") {
		after = after[1:]
	}
	return after
}

// countModifiers returns the match keys of the words a "how many"
// question puts between the interrogative and the noun it counts ("how
// many Russian scientists": "russian").
func countModifiers(query string) []string {
	toks := corpus.Tokenize(query)
	for i := range toks {
		if toks[i].Folded == "how" && i+2 < len(toks) && toks[i+1].Folded == "many" {
			var out []string
			for j, t := range toks[i+2 : min(i+5, len(toks))] {
				if stopWord(t.Folded, t.Lower) || strings.HasSuffix(t.Text, "s") && strings.ToLower(t.Text) == t.Text || j > 0 && pastVerbEN(t.Lower) {
					break
				}
				out = append(out, matchKey(matchForm(t)))
			}
			return out
		}
	}
	return nil
}

// modifierBound reports whether c holds a number followed within three
// words by one of mods (match keys): "fourteen Russian researchers".
func modifierBound(c *candidate, mods []string) bool {
	for _, m := range mods {
		for _, p := range c.at[m] {
			for k := 1; k <= 3 && p-k >= 0 && c.sent[p-k] == c.sent[p]; k++ {
				w := c.lower[p-k]
				if isCount(w) {
					return true
				}
				if inclusionAt(c, p-k) {
					break
				}
			}
		}
	}
	return false
}

// countedWord picks the counted noun among the words after the
// interrogative: in English the first plural of the next three ("how
// many New START inspections"), in Russian the first that is not an
// adjective ("сколько новых послов"), in Vietnamese the next word.
// adjunctPrepositionsVI begin, after a Vietnamese "bao nhiêu" that ends
// its clause, an adjunct that names nothing counted: "... là bao nhiêu
// theo báo chí Nga" (according to), "bao nhiêu so với năm trước"
// (compared with), "bao nhiêu tại Hà Nội".
var adjunctPrepositionsVI = setOf("theo", "tại", "ở", "trong", "từ", "so", "với", "cho", "của", "đến", "tới", "sau", "trước", "vào", "khi", "nếu")

func countedWord(after []corpus.Token) (corpus.Token, bool) {
	if len(after) == 0 {
		return corpus.Token{}, false
	}
	first := after[0]
	switch {
	case cyrillic(first.Folded):
		after = withoutParticipleComplements(after)
		for j, w := range after[:min(3, len(after))] {
			// A name after "сколько" is who acts, not what is counted:
			// "Сколько Япония заплатит". An adjective with no noun after
			// it is the noun itself: "сколько военных было", "сколько
			// раненых доставили".
			if capitalisedWord(w.Text) || corpus.IsStopWord("ru", w.Folded) || countSkipRU[w.Folded] || j > 0 && verbRU(w.Folded) {
				if j > 0 && adjectiveRU(after[j-1].Folded) {
					return after[j-1], true
				}
				return corpus.Token{}, false
			}
			if !adjectiveRU(w.Folded) {
				return w, true
			}
		}
	case corpus.IsStopWord("en", first.Folded) || corpus.IsStopWordVI(first.Lower) || adjunctPrepositionsVI[first.Lower]:
	case unicode.IsLetter([]rune(first.Text)[0]) && !strings.ContainsFunc(first.Text, unicode.IsDigit):
		// Names before the noun modify it and do not use up the three
		// words: "how many United States diplomatic positions" counts
		// positions.
		// Names joined by "and"/"or" modify the noun together: "how
		// many Hong Kong and Kyrgyz companies" counts companies, not
		// Hong Kong.
		seen := 0
		for j, w := range after[:min(8, len(after))] {
			if (w.Folded == "and" || w.Folded == "or") && j > 0 && capitalisedWord(after[j-1].Text) && j+1 < len(after) && capitalisedWord(after[j+1].Text) {
				continue
			}
			if corpus.IsStopWord("en", w.Folded) {
				break
			}
			if capitalisedWord(w.Text) {
				continue
			}
			if seen++; seen > 3 {
				break
			}
			if strings.HasSuffix(w.Text, "s") && strings.ToLower(w.Text) == w.Text {
				return w, true
			}
		}
		return first, true
	}
	return corpus.Token{}, false
}

// nameModified returns the noun a name or demonym that is not itself
// plural modifies in what "how many" counts ("how many Vietnamese
// staff", "how many US military aircraft"): the last of the lower-case
// words that follow, before a function word or a past participle; else
// first. Only for counts: "the name of the NASA official" asks about
// NASA's official, whose name a story gives beside NASA.
func nameModified(after []corpus.Token, first corpus.Token) corpus.Token {
	if len(after) == 0 || after[0] != first || !capitalisedWord(first.Text) || strings.HasSuffix(first.Text, "s") {
		return first
	}
	var noun corpus.Token
	for _, w := range after[1:min(4, len(after))] {
		if capitalisedWord(w.Text) && noun.Text == "" {
			continue
		}
		if capitalisedWord(w.Text) || corpus.IsStopWord("en", w.Folded) || noun.Text != "" && strings.HasSuffix(w.Folded, "ed") {
			break
		}
		noun = w
	}
	if noun.Text != "" {
		return noun
	}
	return first
}

// verbRU reports a folded Russian word with a verb's ending, past or
// present ("входило", "насчитывала", "служат"): after an adjective it
// shows the adjective to be the noun counted ("сколько военных входило").
// A counted noun is in the genitive plural, which does not end so ("-ат"
// is left out: "солдат").
func verbRU(w string) bool {
	for _, e := range []string{"ло", "ла", "ли", "лось", "лась", "лись", "ет", "ит", "ут", "ют", "ят", "ется", "ится", "ются", "ятся"} {
		if strings.HasSuffix(w, e) && len([]rune(w)) > len([]rune(e))+2 {
			return true
		}
	}
	return false
}

// adjectiveRU reports a folded Russian word with an adjective's ending.
// A noun counted after "сколько" is in the genitive plural, which ends
// in "-ий" too ("компаний", "учений"): of "-ий", only "-ский", "-цкий"
// and the like are adjectives.
func adjectiveRU(w string) bool {
	// An ordinal is an adjective, "третью" too, whose soft stem the
	// endings below miss.
	if ordinalOneWordRE.MatchString(w) {
		return true
	}
	for _, e := range []string{"ых", "их", "ый", "ский", "цкий", "жий", "чий", "ший", "щий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им", "ую", "юю"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

var (
	// countPrepositions before "сколько" ask by how much or at what
	// price ("на сколько", "во сколько"), not how many of a thing.
	countPrepositions = setOf("на", "во", "в", "до")
	// countSkipRU are verbs that follow "сколько" directly ("сколько
	// стоит", "сколько было").
	countSkipRU = setOf("стоит", "стоил", "стоила", "стоило", "было", "будет", "есть", "всего", "же", "длился", "длилась", "длилось", "длились", "продлится")
	// genericCounts count anyone or anything: "how many people" is
	// answered by "three Americans and two Russians".
	// A percentage is written with "%": the unit, not a thing counted.
	// Time ("сколько времени", "how many times" aside) is counted in
	// any of its units: see givesDuration.
	genericCounts = setOf("people", "persons", "person", "times", "nguoi", "lan", "человек", "людей", "раз", "времени", "время", "time",
		"percent", "percentage", "phan", "процент", "процента", "процентов")
)

// countBound reports whether c gives a number bound to the counted
// concept (a number at most three words before it in one sentence:
// "two vessels", "30 additional diplomatic visas", "около 9 тысяч виз",
// "khoảng 1.000 sinh viên"). A concept the article's script cannot
// spell is not held against it.
func countBound(c *candidate, q *question, srcLang string) bool {
	if q.counted < 0 && q.people {
		// "Bao nhiêu người thiệt mạng": people counted, where the
		// question's terms are. "ba vụ tai nạn" counts accidents.
		slot := slotSentences(c, q, srcLang)
		if slot == nil {
			return givesAnswer(c, q, srcLang)
		}
		for _, i := range slot {
			if countsPeople(c.sents[i]) || i+1 < len(c.sents) && countsPeople(c.sents[i+1]) {
				return true
			}
		}
		return false
	}
	if q.counted < 0 {
		return givesAnswer(c, q, srcLang)
	}
	con := q.t.concepts[q.counted]
	if !spellable(con, srcLang, q, false) {
		return givesAnswer(c, q, srcLang) // nothing to bind: any number beside the question's things
	}
	// Asked in another language, a counted noun the story writes only
	// as the head of one of the lexicon's longer translations is the
	// same thing worded shorter: a new story says "40 vị trí" where the
	// lexicon has "vị trí công tác" for "positions". Only a number
	// beside the question's things answers then; a noun of which the
	// story holds nothing ("mét" of a ship's length) is still unmet.
	if q.lang != "" && srcLang != q.lang && len(runStarts(c, con)) == 0 && headOnly(c, con, srcLang) {
		return givesAnswer(c, q, srcLang)
	}
	// Or the story words the counted noun as the lexicon does not, and
	// the words the question puts before it follow the number there:
	// "how many diplomatic mail shipments" is "23 отправления
	// дипломатической почты". A number bound to the noun's own
	// modifiers counts it; one beside the question's other things does
	// not.
	if q.lang != "" && srcLang != q.lang && len(runStarts(c, con)) == 0 && modifierCounted(c, q) {
		return true
	}
	// People are counted by who they are: "how many prisoners" by "three
	// Americans and two Russians".
	// People are counted by who they are, where the question's terms
	// are ("how many prisoners were exchanged" by "the exchange freed
	// three Americans"), or by what the question says of them ("how
	// many Russian scientists" by "fourteen Russian researchers").
	if slices.ContainsFunc(con.alts, func(a alternative) bool {
		return a.weight == 1 && peopleFoldedRE.MatchString(strings.Join(a.full, " "))
	}) {
		part := includedOnly(c, con)
		for _, i := range countSlot(c, q, srcLang) {
			if !part[i] && countsPeople(c.sents[i]) {
				return true
			}
			// Or the next sentence counts them, as for "how many people":
			// "…the ban on hiring local staff at the embassy. Because of
			// it the staff fell to about 120 people."
			if n := i + 1; n < len(c.sents) && !part[n] && countsPeople(c.sents[n]) {
				return true
			}
		}
		// A word of the counted noun is no modifier of it: "how many
		// staff" (no plural "-s") counts staff, which "210 staff" of
		// another holder does not.
		if modifierBound(c, slices.DeleteFunc(slices.Clone(q.countMods), func(m string) bool {
			return slices.ContainsFunc(con.alts, func(a alternative) bool { return slices.Contains(a.words, m) })
		})) {
			return true
		}
	}
	// Civilians and refugees are counted as people: "up to 500 people a
	// day" where the crossing is told counts the civilians who cross;
	// "300 сотрудников завода" counts employees, no civilians.
	if slices.ContainsFunc(con.alts, func(a alternative) bool {
		return a.weight == 1 && civiliansRE.MatchString(strings.Join(a.full, " "))
	}) {
		for _, i := range countSlot(c, q, srcLang) {
			if genericPeopleCounted(c.sents[i]) || i+1 < len(c.sents) && genericPeopleCounted(c.sents[i+1]) {
				return true
			}
		}
	}
	if srcLang == "vi" && headCounted(c, con) {
		return true
	}
	if sideCounted(c, q, con, srcLang) {
		return true
	}
	near := slotNear(c, q, srcLang)
	if splitCounted(c, con, near) {
		return true
	}
	for _, p := range runStarts(c, con) {
		if !sameNoun(c.full[p], con, srcLang) || near != nil && !near[c.sent[p]] {
			continue
		}
		if countedAt(c, q, p) || massNoun(con) && measuredAt(c, p) || srcLang == "vi" && classifierCounted(c, q, p) {
			return true
		}
	}
	return headlineCounted(c, q, con, srcLang)
}

// unitRE finds, lower-cased, a unit of weight or volume: what a quantity
// of a substance is counted in ("40 тысяч тонн", "12.000 tấn", "4
// million barrels").
var unitRE = regexp.MustCompile(`^(тонн\p{L}*|тонна|тонны|tấn|tonnes?|tons|kg|кг|килограмм\p{L}*|kilograms?|баррел\p{L}*|barrels?|кубометр\p{L}*|м3|m3|литр\p{L}*|litres?|liters?|lít)$`)

// massNoun reports whether the counted concept is a substance, which a
// story counts by weight or volume ("how many cod may be caught" is
// answered in tonnes): the lexicon spells it in English, never in a
// plural beside its singular ("cod", "wheat", "uranium", not "vessel|
// vessels"), and it names no people.
func massNoun(con concept) bool {
	en := map[string]bool{}
	for _, a := range con.alts {
		w := strings.Join(a.full, " ")
		if w == "" || strings.ContainsFunc(w, func(r rune) bool { return r > unicode.MaxASCII }) {
			continue
		}
		if peopleFoldedRE.MatchString(w) {
			return false
		}
		en[w] = true
	}
	for w := range en {
		if en[w+"s"] || en[w+"es"] || strings.HasSuffix(w, "s") && en[strings.TrimSuffix(w, "s")] {
			return false
		}
	}
	return len(en) > 0
}

// measuredAt reports whether the sentence of the substance named at p
// of c gives its quantity by weight or volume: "40.000 tấn cá hồi",
// "4,000 tonnes of cod", or the measure after it in its sentence, a
// dozen words on at most ("квоту вылова лосося … в 40 тысяч тонн").
func measuredAt(c *candidate, p int) bool {
	s := c.sent[p]
	for j := max(p-4, 0); j < len(c.words) && j <= p+12; j++ {
		if c.sent[j] != s || j == p || !unitRE.MatchString(c.lower[j]) {
			continue
		}
		if j < p && slices.ContainsFunc(c.lower[j+1:p], func(w string) bool { return w != "of" }) {
			continue // "N tonnes of X": only "of" between the unit and the noun
		}
		if j > p {
			// "Trawlers caught 40,000 tonnes of pollock": the measure of
			// the noun after it.
			a := j + 1
			if a < len(c.words) && c.sent[a] == s && c.lower[a] == "of" {
				a++
			}
			if a < len(c.words) && c.sent[a] == s && !stopWord(c.full[a], c.lower[a]) {
				continue
			}
		}
		for k := j - 1; k >= max(j-2, 0) && c.sent[k] == s; k-- {
			if isCount(c.lower[k]) {
				return true
			}
		}
	}
	return false
}

// countedAt reports whether the counted noun written at p of c is
// counted there: a number before it (a partitive or modifiers between),
// "the number of", an ordinal after it, a predicate that counts it, or
// "six of them" in its sentence or the next.
func countedAt(c *candidate, q *question, p int) bool {
	// A cap told per the period the question counts per ("не более
	// чем на 40 судов в месяц", "tối đa 12 chuyến mỗi tuần", "a
	// maximum of 30 trucks a day") is the rate a permit or a deal
	// sets, which "how many a month" asks: a rate is a capacity more
	// often than a tally. A cap with no period stays a limit, no count.
	limit := q.limit || q.per != perNone && hasRate(c.sents[c.sent[p]], q.per)
	for k := 1; k <= 5 && p-k >= 0 && c.sent[p-k] == c.sent[p]; k++ {
		w := c.lower[p-k]
		// An ordinal counts what came before it: "the fourth round",
		// "четвёртый раунд".
		if isCount(w) && !designated(c, p-k) && (limit || !limitNumber(c, p-k)) || ordinalOneWordRE.MatchString(w) {
			return true
		}
		// A partitive stands between a number and what it counts
		// ("37 of its consular posts", "3 из 5 отделов", "12 своих
		// помощников", "4 trong số các cảng"); otherwise only
		// modifiers do: "200 студентов в университеты" counts
		// students.
		if partitiveWords[w] {
			continue
		}
		if k > 3 || stopWord(c.full[p-k], w) && !acronymAt(c, p-k) || inclusionAt(c, p-k) {
			break
		}
	}
	if numberOfBound(c, p) || ordinalAfter(c, p) || countPredicate(c, p, limit) {
		return true
	}
	// Or the number follows, of the noun named before: "the cars
	// are old, and six of them no longer run".
	for _, s := range []int{c.sent[p], c.sent[p] + 1} {
		if s >= len(c.sents) {
			continue
		}
		for _, m := range ofThemRE.FindAllStringSubmatch(strings.ToLower(c.sents[s]), -1) {
			if isCount(m[2]) {
				return true
			}
		}
		if countAfter(c.sents[s]) {
			return true
		}
	}
	return false
}

// headlineCounted reports whether c counts the counted noun con once,
// anywhere, when the only sentence where the question's other terms are
// is the headline (or the passage's opening): the story is then about
// what the question names, and its one count of the noun is the answer,
// though told sentences away ("Japan's women's volleyball team visits the US"
// … "The delegation of 25 includes 14 athletes"). Two counts of the noun
// (the other team's, another year's) are left to the sentences the
// question's words point at.
func headlineCounted(c *candidate, q *question, con concept, srcLang string) bool {
	if slot := countSlot(c, q, srcLang); len(slot) != 1 || slot[0] != 0 {
		return false
	}
	counts := 0
	for _, p := range runStarts(c, con) {
		if c.sent[p] != 0 && sameNoun(c.full[p], con, srcLang) && countedAt(c, q, p) {
			counts++
		}
	}
	return counts == 1
}

// splitCounted reports whether c counts a phrase of con by a number
// written inside it, after its head and before the words that govern
// it, in a sentence of near (any when near is nil): "тела 1200 погибших
// военнослужащих" counts "тела погибших", as "1200 тел" would.
func splitCounted(c *candidate, con concept, near map[int]bool) bool {
	for _, a := range con.alts {
		if len(a.words) < 2 || len(a.exact) != len(a.words) {
			continue
		}
		for _, p := range c.at[a.words[0]] {
			n := p + 1 // the number
			if !c.matchAt(a, 0, p) || n+len(a.words)-1 >= len(c.words) || c.sent[n+len(a.words)-1] != c.sent[p] ||
				near != nil && !near[c.sent[p]] || !isCount(c.lower[n]) || c.lower[n] == "one" || yearRE.MatchString(c.lower[n]) {
				continue
			}
			whole := true
			for k := 1; k < len(a.words) && whole; k++ {
				whole = c.matchAt(a, k, n+k)
			}
			if whole {
				return true
			}
		}
	}
	return false
}

// countSlot returns the sentences where the question's terms are
// (slotSentences) that hold one of its terms other than the counted noun,
// or that those other terms locate by themselves: the counted noun is in
// every sentence that counts it, whoever's it is, and "the embassies may
// grow to 210 staff" is no count of a consulate's staff. nil when nothing
// is located.
func countSlot(c *candidate, q *question, srcLang string) []int {
	slot := slotSentences(c, q, srcLang)
	if q.counted < 0 || slot == nil {
		return slot
	}
	q2 := *q
	q2.notContent = maps.Clone(q.notContent)
	if q2.notContent == nil {
		q2.notContent = map[int]bool{}
	}
	q2.notContent[q.counted] = true
	others := slotSentences(c, &q2, srcLang)
	if others == nil {
		return slot
	}
	held := map[int]bool{}
	cis, _ := locatable(&q2, srcLang)
	for _, ci := range cis {
		for _, p := range runStarts(c, q.t.concepts[ci]) {
			held[c.sent[p]] = true
		}
	}
	var out []int
	for _, i := range slot {
		if held[i] || slices.Contains(others, i) {
			out = append(out, i)
		}
	}
	return out
}

// slotNear returns the sentences of countSlot and the ones before and
// after each ("11 companies ... . The companies, registered in Hong
// Kong, ..." counts what the next sentence tells of), nil when nothing
// is located.
func slotNear(c *candidate, q *question, srcLang string) map[int]bool {
	slot := countSlot(c, q, srcLang)
	if slot == nil {
		return nil
	}
	near := map[int]bool{}
	for _, i := range slot {
		near[i-1], near[i], near[i+1] = true, true, true
	}
	// A sentence that opens on a pronoun for what the one before it
	// names goes on telling it: "The offer was passed on by the embassy
	// on August 1. In it, the U.S. proposed two planes" (withAnaphorOpen).
	for _, i := range slot {
		if n := i + 2; n < len(c.sents) && opensOnAnaphor(c.sents[n]) {
			near[n] = true
		}
	}
	return near
}

// acronymAt reports whether the word at j of c is written in capitals,
// two letters or more ("U.S.", "US", "UK"): a name that modifies what a
// number before it counts ("3 U.S. utilities", "the third U.S.
// utility"), though it folds to a stop word ("us").
func acronymAt(c *candidate, j int) bool {
	s, start := c.sent[j], j
	for start > 0 && c.sent[start-1] == s {
		start--
	}
	if s >= len(c.sents) {
		return false
	}
	toks := corpus.Tokenize(c.sents[s])
	if j-start >= len(toks) {
		return false
	}
	t := toks[j-start].Text
	return utf8.RuneCountInString(strings.ReplaceAll(t, ".", "")) > 1 && strings.ToUpper(t) == t && strings.ContainsFunc(t, unicode.IsLetter)
}

// inclusionWords, lower-cased, name a part of what was counted before
// them: "12 members, including military officers", "12 человек, в том
// числе (включая) военные", "12 thành viên, kể cả (bao gồm) sĩ quan".
// The count is of the whole, not of the part.
var inclusionWords = setOf("including", "included", "incl", "включая", "числе", "cả", "gồm")

// inclusionBefore, for the inclusion words that are one only after
// another ("в том числе", "kể cả", "bao gồm"; "cả" alone is "all",
// "gồm" alone "consists of"), is that word.
var inclusionBefore = map[string]string{"числе": "том", "cả": "kể", "gồm": "bao"}

// inclusionAt reports whether the word at j of c is an inclusion word
// (inclusionWords) in its sentence.
func inclusionAt(c *candidate, j int) bool {
	w := c.lower[j]
	if !inclusionWords[w] {
		return false
	}
	before, ok := inclusionBefore[w]
	return !ok || j > 0 && c.sent[j-1] == c.sent[j] && c.lower[j-1] == before
}

// includedOnly returns the sentences of c that name the counted concept
// con only after an inclusion word (inclusionWords, within three words):
// there the number counts the whole the part is of.
func includedOnly(c *candidate, con concept) map[int]bool {
	return onlyAfter(c, runStarts(c, con), func(j int) bool { return inclusionAt(c, j) })
}

// designated reports whether the number at p of c is part of a model's
// or a mission's name, letters and a hyphen before it ("a U.S. HC-130
// aircraft" is one aircraft, "МС-29" one spacecraft): the tokenizer
// splits them.
func designated(c *candidate, p int) bool {
	if p == 0 || c.sent[p-1] != c.sent[p] || !lettersOnly(c.lower[p-1]) {
		return false
	}
	return strings.Contains(strings.ToLower(c.sents[c.sent[p]]), c.lower[p-1]+"-"+c.lower[p])
}

// aboutNext returns the part of sentence that speaks of the next event,
// without who reports it: of "A Coast Guard spokesperson said no date had
// been set for the next exercise", what follows the verb of saying (the
// Coast Guard is the source, not who will lead it); of "The next round
// will be led by Sonata Coulter, the State Department said", what comes
// before it.
func aboutNext(sentence string) string {
	m := speechRE.FindStringIndex(sentence)
	if m == nil {
		return sentence
	}
	before, after := sentence[:m[0]], sentence[m[1]:]
	if l := strings.ToLower(after); nextRE.MatchString(l) || futureRE.MatchString(l) {
		if l := strings.ToLower(before); !nextRE.MatchString(l) && !futureRE.MatchString(l) {
			return after
		}
	}
	return sentence
}

// ordinalAfter reports whether a Vietnamese ordinal follows the counted
// noun at p, within three words: "vòng đàm phán thứ tư", "gói trừng
// phạt thứ 20".
func ordinalAfter(c *candidate, p int) bool {
	for q := p + 1; q <= p+3 && q+1 < len(c.lower) && c.sent[q+1] == c.sent[p]; q++ {
		if c.lower[q] == "thứ" && (isCount(c.lower[q+1]) || c.lower[q+1] == "tư") {
			return true
		}
	}
	return false
}

// ordinalOneWordRE finds an ordinal in one lower-cased word, in en/ru
// ("fourth", "20th", "четвёртый", "второго").
var ordinalOneWordRE = regexp.MustCompile(`^(` + ordinalFromSecond + `)$`)

// numberOfBound reports whether the counted noun at p is governed by a
// word for "the number of" ("the number of inspectors ... was cut to
// 12", "число дипломатов сократилось до 17", "số lượng hãng hàng không
// tăng lên 9", "số nạn nhân là 12" but not "trong số", "một số"), with
// modifiers between, and a count follows in the same sentence: the
// count is of the noun, written after it.
func numberOfBound(c *candidate, p int) bool {
	governed := false
	for k := 1; k <= 3 && p-k >= 0 && c.sent[p-k] == c.sent[p]; k++ {
		w, prev := c.lower[p-k], ""
		if p-k-1 >= 0 && c.sent[p-k-1] == c.sent[p] {
			prev = c.lower[p-k-1]
		}
		if w == "of" && (prev == "number" || prev == "numbers" || prev == "total") || numberOfWords[w] ||
			w == "lượng" && prev == "số" || w == "số" && prev != "trong" && prev != "một" && prev != "đa" {
			governed = true
			break
		}
		if partitiveWords[w] || stopWord(c.full[p-k], w) {
			break
		}
	}
	if !governed {
		return false
	}
	for q := p + 1; q < len(c.lower) && c.sent[q] == c.sent[p]; q++ {
		if q > 0 && calendarWords[c.full[q-1]] || q+1 < len(c.lower) && afterDay(c.lower[q+1]) {
			continue // a day, not a count: "May 3", "17 мая"
		}
		if isCount(c.lower[q]) && c.lower[q] != "one" && !yearNounVI(c, q) {
			return true
		}
	}
	return false
}

// yearNounVI reports whether the Vietnamese "năm" at q of c is the noun
// "year", not the number five: before a year ("năm 2016") or after a
// plural or quantifier ("những năm trước", "mỗi năm"). isCount takes it
// for five.
func yearNounVI(c *candidate, q int) bool {
	if c.lower[q] != "năm" {
		return false
	}
	if q+1 < len(c.lower) && c.sent[q+1] == c.sent[q] && strings.ContainsFunc(c.lower[q+1], unicode.IsDigit) {
		return true
	}
	return q > 0 && c.sent[q-1] == c.sent[q] && yearQuantifiersVI[c.lower[q-1]]
}

// yearQuantifiersVI, lower-cased, stand before "năm" as the noun year.
var yearQuantifiersVI = setOf("những", "các", "mỗi", "hằng", "hàng", "nhiều", "vài", "mấy", "cả")

// countPredicate reports whether the counted noun at p is the subject of
// a count given as its predicate, a few words on in its sentence: "the
// diplomats expelled numbered fifteen", "дипломатов, высланных Канадой,
// было пятнадцать", "nhà ngoại giao bị trục xuất lên tới 15".
func countPredicate(c *candidate, p int, limit bool) bool {
	for q := p + 1; q <= p+6 && q+1 < len(c.lower) && c.sent[q+1] == c.sent[p]; q++ {
		if !countVerbs[c.lower[q]] && !(limit && limitWords[c.lower[q]]) {
			continue
		}
		for r := q + 1; r <= q+3 && r < len(c.lower) && c.sent[r] == c.sent[p]; r++ {
			if isCount(c.lower[r]) && c.lower[r] != "one" {
				return true
			}
		}
		return false
	}
	return false
}

// countVerbs, lower-cased, give a count as a predicate.
var countVerbs = setOf("numbered", "totalled", "totaled", "totals", "number", "было", "были", "составило", "составил",
	"составила", "составили", "составляет", "составляют", "насчитывалось", "насчитывается", "достигло", "достиг", "là")

// numberOfWords, lower-cased, are the Russian nouns for "the number of"
// before the noun they count, in their cases.
var numberOfWords = setOf("число", "числа", "числу", "числом", "количество", "количества", "количеству", "количеством", "численность", "численности")

// headCounted reports whether a Vietnamese text counts the compound noun
// con by its first syllable alone, the head that serves as its
// classifier: "khoảng 20 chuyến mỗi tuần" counts "chuyến bay". A number
// stands before the head, which the compound's second syllable does not
// follow, nor another modifier.
func headCounted(c *candidate, con concept) bool {
	for _, a := range con.alts {
		if len(a.words) < 2 {
			continue
		}
		for _, p := range c.at[a.words[0]] {
			if p == 0 || c.sent[p-1] != c.sent[p] || p+1 < len(c.words) && c.words[p+1] == a.words[1] {
				continue
			}
			// The head with another modifier is another compound: "68
			// phiếu thuận" (votes for) does not count "phiếu chống".
			if p+1 < len(c.words) && c.sent[p+1] == c.sent[p] && !corpus.IsStopWordVI(c.lower[p+1]) && !isCount(c.lower[p+1]) && !afterHeadVI[c.lower[p+1]] {
				continue
			}
			if isCount(c.lower[p-1]) {
				return true
			}
		}
	}
	return false
}

// afterHeadVI are Vietnamese syllables that follow a counted head without
// making another compound of it: "20 chuyến mỗi tuần", "hai chuyến một
// ngày", "ba chuyến nữa".
var afterHeadVI = setOf("mỗi", "một", "trong", "của", "cho", "và", "với", "từ", "đến", "tới", "nữa", "khác", "này", "đó", "trên", "dưới", "ở", "tại", "vào", "đã", "sẽ", "đang", "được", "bị", "là")

// partitiveWords, lower-cased, join a number to the noun it counts in
// a partitive: "N of (its|the|their) <noun>", "N out of M", "N из M",
// "N своих/наших", "N trong số (các) <noun>".
var partitiveWords = setOf("of", "out", "its", "the", "their", "our", "his", "her", "these", "those",
	"из", "своих", "наших", "их", "его", "её", "ее", "trong", "số", "các", "những",
	// Determiners of kind and addition stand there too: "14 such
	// incidents", "12 other diplomats", "3 more ships", "5 таких
	// случаев", "ещё 4 судна".
	"such", "other", "more", "additional", "further", "таких", "других", "ещё", "еще")

// countAfter reports whether sentence gives, after a word that refers
// to what was named before ("of them, 41", "there were", "their number
// reached", "из них", "всего", "trong đó có", "con số này là"), a bare
// count within four words: one followed by the end of a clause or a
// word that is no noun ("There were more than 180 in two years"), not
// by a noun it counts instead ("There were 12 delegates").
func countAfter(sentence string) bool {
	lower := strings.ToLower(sentence)
	for _, m := range countAfterRE.FindAllStringIndex(lower, -1) {
		toks := corpus.Tokenize(lower[m[1]:])
		for k, t := range toks[:min(4, len(toks))] {
			if !isCount(t.Lower) || t.Lower == "one" {
				continue
			}
			if k+1 == len(toks) || strings.ContainsAny(lower[m[1]+t.End:m[1]+toks[k+1].Start], ".,;:!?()–—") ||
				stopWord(toks[k+1].Folded, toks[k+1].Lower) || isCount(toks[k+1].Lower) || classifiersVI[toks[k+1].Lower] {
				return true
			}
			break
		}
	}
	return false
}

// classifierCounted reports whether the Vietnamese sentence that names
// the counted noun at p counts it further on by a classifier alone, the
// noun left out after it as Vietnamese does once it is named: "đàn hải
// mã ... ước tính có khoảng 19.000 con", "đoàn nghệ sĩ gồm 40 người".
// The classifier must stand bare (the sentence ends, or a function
// word follows it): "12 con tàu" counts ships, not the noun before. A
// count per a period ("hạn ngạch ... 35 con mỗi năm") is a rate, which
// answers only a question that counts per that period: "how many
// polar bears did hunters kill last year" is no quota.
func classifierCounted(c *candidate, q *question, p int) bool {
	for k := p + 1; k+1 < len(c.words) && c.sent[k+1] == c.sent[p]; k++ {
		if !isCount(c.lower[k]) || !classifiersVI[c.lower[k+1]] {
			continue
		}
		n := k + 2
		if n < len(c.words) && c.sent[n] == c.sent[p] && rateMarkersVI[c.lower[n]] && (q.per == perNone || !hasRate(c.sents[c.sent[p]], q.per)) {
			continue
		}
		if n == len(c.words) || c.sent[n] != c.sent[p] || afterHeadVI[c.lower[n]] || corpus.IsStopWordVI(c.lower[n]) {
			return true
		}
	}
	return false
}

// rateMarkersVI, lower-cased, put a period after a count as its rate:
// "35 con mỗi năm", "hai chuyến hàng tuần".
var rateMarkersVI = setOf("mỗi", "hàng", "hằng")

// classifiersVI are Vietnamese classifiers, which follow a count in
// place of the noun named before ("7 chiếc", "3 người").
var classifiersVI = setOf("chiếc", "con", "cái", "người", "vụ", "lần", "bức", "quả", "tấm")

// countAfterRE finds, lower-cased, the words that refer a count to what
// was named before, in vi/en/ru.
var countAfterRE = regexp.MustCompile(`(^|[^\p{L}])(of them|of those|of these|among them|there (were|are|was|is|have been)|they (numbered|totall?ed|number)|(their|its|the) (number|total|tally|count) (was|is|reached|rose to|grew to|fell to|dropped to|stood at|came to)|in (all|total)|из них|из которых|среди них|всего|итого|их (было|число|количество)|число их|trong số đó|trong đó|trong số này|tổng cộng|(con số|tổng số|số lượng) (này|đó|là|lên tới|đạt))([^\p{L}]|$)`)

// ofThemRE finds a number of something named before, lower-cased: "six
// of them", "трое из них", "3 trong số đó".
var ofThemRE = regexp.MustCompile(`(^|[^\p{L}\d])([\p{L}\d.,]+) (of them|of those|out of them|из них|trong số đó|trong đó|trong số này)([^\p{L}]|$)`)

// sameNoun reports whether the article's word w (folded) is the counted
// noun itself, or a synonym, and not a word derived from it: Snowball
// and the lexicon take "diplomats" to "diplomatic", but "30 diplomatic
// visas" counts visas. In English a word of the question's stem must be
// the question's word but for a plural ending; other languages decline
// or do not inflect, and the stem decides.
func sameNoun(w string, con concept, srcLang string) bool {
	if srcLang != "en" {
		return true
	}
	// "-ies" and its misspelling "-ys" ("companys", "countrys") are one
	// plural: the typo stems as the word does.
	sing := func(s string) string {
		if stem, ok := strings.CutSuffix(s, "ies"); ok {
			s = stem + "ys"
		}
		return strings.TrimSuffix(strings.TrimSuffix(s, "s"), "e")
	}
	for _, a := range con.alts {
		if a.weight == 1 && len(a.full) == 1 && corpus.Stem(a.full[0]) == corpus.Stem(w) {
			return sing(a.full[0]) == sing(w)
		}
	}
	// Asked in another language, the question's word is a translation:
	// a word derived from one ("diplomatic" of "diplomat", which the
	// lexicon's synonyms also give) is not the noun counted.
	for _, a := range con.alts {
		if len(a.full) == 1 && corpus.Stem(a.full[0]) == corpus.Stem(w) && sing(a.full[0]) != sing(w) && strings.HasPrefix(w, a.full[0]) {
			return false
		}
	}
	return true
}

// asksMoney reports whether a "how many" question asks for a sum of
// money: it names a price, cost or value (namesPrice) or a currency, and
// asks neither a length of time ("how many years of duties") nor how much
// something changed (changeRE). One reading for the extractive answer and
// the judge.
func asksMoney(query string, qt qType) bool {
	lower := strings.ToLower(query)
	return qt == qHowMany && (namesPrice(query) || moneyRE.MatchString(query) || moneyAskRE.MatchString(lower)) && !asksDuration(query) && !changeRE.MatchString(lower)
}

// moneyAskRE finds, lower-cased, the words that make a "how much" ask for
// money though they name no price: money itself, and what is earned
// ("how much money has the project earned", "сколько денег заработал",
// "thu về bao nhiêu tiền", "doanh thu"). Tonnes or cargoes sold do not
// answer it.
var moneyAskRE = regexp.MustCompile(`(^|[^\p{L}])(money|funds|revenues?|income|earn|earns|earned|earnings|profits?|денег|деньги|деньгами|средств|доход\p{L}*|выручк\p{L}*|прибыл\p{L}*|заработа\p{L}*|doanh thu|lợi nhuận|thu nhập|thu về|kiếm được)([^\p{L}]|$)`)

// changeRE finds, lower-cased, a question about how much something
// changed ("how much did oil prices rise", "насколько подорожал газ",
// "giá dầu tăng bao nhiêu"): a percentage or any amount answers it, not
// only a sum of money.
var changeRE = regexp.MustCompile(`(^|[^\p{L}])(rise|rose|risen|fall|fell|fallen|increase|increased|decrease|decreased|drop|dropped|grow|grew|grown|jump|jumped|climb|climbed|decline|declined|tăng|giảm|вырос\p{L}*|вырастут|снизил\p{L}*|снизят\p{L}*|упал\p{L}*|подорожал\p{L}*|подешевел\p{L}*|увеличил\p{L}*|сократил\p{L}*)([^\p{L}]|$)`)

// namesPrice reports whether s speaks of a price, cost or value
// (moneyQuestionRE). Vietnamese "gia" without its accent is "giá"
// (price) only in a text typed without diacritics, and even there not
// in "tham gia" (take part), "quốc gia" (nation), "chuyên gia" (expert),
// "gia hạn" (extend): "có bao nhiêu tàu tham gia" counts ships.
func namesPrice(s string) bool {
	lower := strings.ToLower(s)
	accented := strings.ContainsFunc(lower, func(r rune) bool { return r > 127 && unicode.Is(unicode.Latin, r) })
	if !accented && unaccentedCostRE.MatchString(lower) {
		return true
	}
	for _, m := range moneyQuestionRE.FindAllStringSubmatchIndex(lower, -1) {
		if lower[m[4]:m[5]] != "gia" {
			return true
		}
		before, after := strings.Fields(lower[:m[4]]), strings.Fields(lower[m[5]:])
		compound := len(before) > 0 && giaBefore[before[len(before)-1]] || len(after) > 0 && giaAfter[strings.Trim(after[0], "?.,!")]
		if !accented && !compound {
			return true
		}
	}
	return false
}

// unaccentedCostRE finds, in Vietnamese typed without diacritics, the
// words of a price that no other word folds to: "chi phi" (chi phí,
// cost), "le phi" (lệ phí, fee), "tri gia" (trị giá, worth), "bao nhieu
// tien" (how much money). "phi" or "tien" alone are not: "phi hanh gia"
// is an astronaut, "tien hanh" to carry out.
var unaccentedCostRE = regexp.MustCompile(`(^|[^\p{L}])(chi phi|le phi|tri gia|bao nhieu tien|het bao nhieu|ton bao nhieu)([^\p{L}]|$)`)

// giaBefore and giaAfter make "gia" part of a word other than "giá"
// ("phi hanh gia" is an astronaut).
var (
	giaBefore = setOf("tham", "quoc", "chuyen", "cong", "an", "hanh")
	giaAfter  = setOf("dinh", "han", "tang", "nhap", "giam", "cong", "su", "toc")
)

// speakerBound reports whether a "what did X say about Y" question finds
// X beside Y in c: a sentence that says much of Y names X, or its
// neighbour does ("Treasury said the tankers ... . 'These vessels are
// old,' Marsh said"), or Y is in the headline or the lead, what the
// whole story is about. Another person's words on Y, in a story that
// quotes X on something else, do not answer it.
func speakerBound(c *candidate, q *question, srcLang string) bool {
	named := map[int]bool{}
	nameSet := map[int]bool{}
	for _, k := range q.cons {
		// The country of an office ("Tổng thống Ukraine") is no speaker.
		if k.Kind != KindName || !q.speakers[k.Text] || byOffice(q) && k.concepts[0] == q.sayOffice.side {
			continue
		}
		nameSet[k.concepts[0]] = true
		for _, p := range runStarts(c, q.t.concepts[k.concepts[0]]) {
			named[c.sent[p]] = true
		}
		if !spellable(q.t.concepts[k.concepts[0]], srcLang, q, true) {
			maps.Copy(named, nameSentences(c, k.Text)) // in the other script (judge_names.go)
		}
	}
	// A speaker named by an office and its side: where the article
	// writes them bound (judge_speaker.go), and nowhere else.
	// A side that may be the speaker's own name ("Đại sứ Antonov") is
	// met by the name, unless the office is bound to it only as a
	// deputy's.
	if q.sayOffice != nil {
		at, deputyOnly, ok := officeSentences(c, q, srcLang)
		switch {
		case unwrittenOffice(c, q):
			return false // the office written nowhere (judge_speaker.go)
		case !ok:
		case q.sayOffice.sideNamed && deputyOnly:
			return false
		case q.sayOffice.sideNamed:
			maps.Copy(named, at)
		case len(at) == 0:
			return false
		case !officeSpeaks(c, q, at):
			return false // written, never quoted (judge_said.go)
		default:
			named = at
			nameSet[q.sayOffice.side] = true
		}
	}
	if len(named) == 0 {
		return true // no name, or one the article cannot spell: judged elsewhere
	}
	cis, _ := locatable(q, srcLang)
	n := float64(len(c.sents))
	score := make([]float64, len(c.sents))
	for _, ci := range cis {
		if nameSet[ci] || officeConcept(q.t.concepts[ci]) {
			continue
		}
		in := map[int]bool{}
		for _, p := range runStarts(c, outerAlts(q.t.concepts[ci])) {
			in[c.sent[p]] = true
		}
		for s := range in {
			score[s] += math.Log((n + 1) / (float64(len(in)) + 0.5))
		}
	}
	best := slices.Max(append(score, 0))
	if best <= 0 {
		return true // nothing of Y located: judged by content elsewhere
	}
	// The sentences that say much of Y (half the best one's weight): a
	// word of Y alone ("diplomatic" visas for the diplomatic properties)
	// is not Y.
	for s, x := range score {
		// Y in the headline or the lead is what the story is about:
		// whatever X says in it is said about Y.
		if x >= best/2 && s <= 1 {
			return true
		}
		if x >= best/2 && saidBy(c, q, s, named) {
			return true
		}
		// X brought into the story by what the question asks about
		// ("The talks were chaired by Thailand's foreign minister
		// Pradit … Pradit said …", "… ông nói"): what he says next, by
		// his name, is said of it.
		if x >= best/2 && named[s] && !speech(c, s) {
			for t := s + 1; t < len(c.sents); t++ {
				if named[t] && speech(c, t) && saidBy(c, q, t, named) {
					return true
				}
			}
		}
		// The story states Y and X comments on it at once, his words
		// holding a word of Y ("Kazakhstan took no part in the talks.
		// Deputy minister Serikbaev said Astana «provided the table and
		// the coffee, not mediation»"): a sentence that reports no
		// speech sets what the next one's speaker speaks of.
		if x >= best/2 && !speech(c, s) && s+1 < len(c.sents) && score[s+1] > 0 && named[s+1] && saidBy(c, q, s+1, named) {
			return true
		}
	}
	return false
}

// outerAlts returns con without the synonyms of a word inside one of
// its phrases (alternative.inner): "hosting" is spoken of where a story
// writes "host", not "the two sides", which "принимающая сторона" holds.
func outerAlts(con concept) concept {
	if !slices.ContainsFunc(con.alts, func(a alternative) bool { return a.inner }) {
		return con
	}
	con.alts = slices.DeleteFunc(slices.Clone(con.alts), func(a alternative) bool { return a.inner })
	return con
}

// givesCause reports whether a "why" question finds a cause or a purpose
// (causeRE: because, after, in order to, vì, để, из-за, чтобы) in a
// sentence of c that carries the question's terms best, or in the
// sentence after it ("The consulate closed in 2021. The move followed
// ..."): a story may tell what happened and never why.
func givesCause(c *candidate, q *question, srcLang string) bool {
	best := slotSentences(c, q, srcLang)
	if best == nil {
		return true
	}
	for _, i := range best {
		for _, s := range []int{i - 1, i, i + 1} {
			if s >= 0 && s < len(c.sents) && givesReason(c.sents[s]) {
				return true
			}
		}
	}
	return false
}

// givesReason reports whether sentence states a cause or a purpose:
// a connective (causeRE, reasonRE) or, in English, an infinitive of
// purpose ("visited the embassy to convey condolences"). Looser than the
// extractive answer's explains, on purpose: the judge only refuses when
// no sentence near the question's words could give the reason ("due",
// "needed", any "to" of purpose), while explains picks the sentence
// that does and so turns down a date ("since 2022") and a bare "to".
func givesReason(sentence string) bool {
	if causeRE.MatchString(sentence) || reasonRE.MatchString(sentence) {
		return true
	}
	for _, m := range purposeRE.FindAllStringSubmatch(sentence, -1) {
		if !corpus.IsStopWord("en", m[2]) {
			return true
		}
	}
	return false
}

var (
	// reasonRE finds words that give a reason beyond causeRE's, in
	// vi/en/ru. A breakdown's cause is most often told as what the sides
	// could not do or disagreed on ("the talks were cut short. The sides
	// could not agree on an agenda"), with no connective at all.
	reasonRE = regexp.MustCompile(`(?i)(^|[^\p{L}])(in case|so as|ensure[sd]?|ensuring|needed|necessary|because of|given that|due|purpose|aim|goal|motive|do|bởi|giúp|đảm bảo|cần thiết|mục đích|mục tiêu|для|ради|обеспеч\p{L}*|цель\p{L}*|необходим\p{L}*|нужн\p{L}*|связан\p{L}*|could not|couldn't|failed to|disagree\p{L}*|không thể|bất đồng|не смогл\p{L}*|не удалось|разноглас\p{L}*)([^\p{L}]|$)`)
	// purposeRE finds "to" before a lower-case word: an infinitive of
	// purpose when the word is not a stop word ("to convey", not "to
	// the").
	purposeRE = regexp.MustCompile(`(^|[^\p{L}])to (\p{Ll}+)`)
)

// usRE finds "US" or "U.S." written in capitals as a word.
var usRE = regexp.MustCompile(`(^|[^\p{L}.])U\.?S\.?($|[^\p{L}])`)

// spellUS writes "US" and "U.S." in a question as "United States":
// folded, "us" is the English pronoun, a stop word, so the question's
// most common name for one side of the topic would constrain nothing
// ("What did the US and China agree" would ask only for China).
func spellUS(query string) string {
	return usRE.ReplaceAllString(query, "${1}United States${2}")
}

// stopWord reports a stop word of any of the languages, by its folded
// and lower-cased forms.
func stopWord(folded, lower string) bool {
	return corpus.IsStopWord("en", folded) || corpus.IsStopWord("ru", folded) || corpus.IsStopWordVI(lower)
}

// numberFormRE finds, in one lower-cased word, the numbers numberWordRE
// does not: Russian numerals in their declined and collective forms
// ("двух", "тремя", "пятерых", "трое", "сотен"), English ones it lacks,
// and Vietnamese "vài" (a few), "hàng" of "hàng trăm", "tỷ" (billion).
// Russian tens, teens and hundreds are written by their stems, whose
// every case is a number ("двадцать", "двадцати", "сорока", "двухсот").
var numberFormRE = regexp.MustCompile(`^((дво|тро|четвер|пятер|шестер|семер|восьмер|девятер|десятер)(е|о|их|ых|им|ым|ими|ыми)|(одиннадцат|двенадцат|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат|тридцат|пятьдесят|пятидесят|шестьдесят|шестидесят|семьдесят|семидесят|восемьдесят|восьмидесят|девяност|двухсот|трёхсот|трехсот|четырёхсот|четырехсот)\p{L}*|сорок|сорока|сто|ста|двести|триста|четыреста|пятьсот|шестьсот|семьсот|восемьсот|девятьсот|полгода|полчаса|одного|одной|одним|одному|двух|двум|двумя|трёх|трех|трём|трем|тремя|четырёх|четырех|четырьмя|пяти|пятью|шести|шестью|семи|семью|восьми|девяти|десяти|десятью|десятки|десятков|сотен|сотня|тысячи|тысяча|тысячу|миллиона|миллионов|млн|млрд|полтора|полторы|полутора|нескольк\p{L}*|one|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|several|vài|mươi|chục|tỷ|tỉ|twice|thrice|дважды|трижды|четырежды|пятикратно)$`)

// isCount reports whether a lower-cased word is a count: a number that
// is not a year, or a number word in any of its forms.
func isCount(w string) bool {
	return strings.ContainsFunc(w, unicode.IsDigit) && !isYear(w) || countWord(w)
}

// countWord reports whether a lower-cased word is a number written as a
// word, in any of its forms ("three", "трёх", "двадцати", "chục").
func countWord(w string) bool {
	return numberWordRE.MatchString(w) || numberFormRE.MatchString(w)
}

// countInWords reports whether a sentence writes a number as a word: a
// count without digits ("twenty", "сорок катеров", "hai chục tàu"). "One"
// is left out: "one of the", "no one" count nothing.
func countInWords(sentence string) bool {
	if numberWordRE.MatchString(sentence) {
		return true
	}
	for _, t := range corpus.Tokenize(sentence) {
		if t.Lower != "one" && numberFormRE.MatchString(t.Lower) {
			return true
		}
	}
	return false
}

// speakers returns the texts of the name constraints of a question that
// may be who spoke: not a place the question puts after a preposition
// ("What did Liu say in Geneva": Liu may be named, Geneva is where).
func speakers(query string, cons []Constraint) map[string]bool {
	toks := corpus.Tokenize(query)
	out := map[string]bool{}
	for _, k := range cons {
		if k.Kind != KindName {
			continue
		}
		first := strings.Fields(k.Text)[0]
		place := false
		for i, t := range toks {
			if t.Lower == first && i > 0 && placeWords[toks[i-1].Lower] {
				place = true
			}
		}
		if !place {
			out[k.Text] = true
		}
	}
	return out
}

// postPair returns the constraint that an ambassador's pair with one
// side of the topic makes: the side that sends him, written beside the
// post with nothing between ("US ambassador", "посол США", "đại sứ
// Mỹ"), or the side that receives him, after a preposition ("ambassador
// to Russia", "посол в России", "đại sứ tại Nga"). a and b are concepts
// in question order, kind their kinds, gap the words between them.
func postPair(t terms, kind []ConstraintKind, a, b int, gap []string, text func(int) string) (Constraint, bool) {
	post, side := a, b
	if kind[b] == KindOffice {
		post, side = b, a
	}
	if kind[side] != KindTopic && kind[side] != KindName || !postConcept(t.concepts[post]) {
		return Constraint{}, false
	}
	c := Constraint{Kind: KindPair, Text: text(a) + " – " + text(b), concepts: []int{post, side}, post: true}
	switch {
	case len(gap) == 0:
		c.postSends = true
	case len(gap) <= 2 && side == b && slices.ContainsFunc(gap, func(w string) bool { return placeWords[w] }):
	default:
		return Constraint{}, false
	}
	return c, true
}

// meetsPost reports whether c names the post of the constraint k with
// its side as the question places it (see postPair): "the Russian
// ambassador to the US" names a US side, but not a US ambassador.
func meetsPost(c *candidate, src Citation, q *question, k Constraint) bool {
	post, side := q.t.concepts[k.concepts[0]], q.t.concepts[k.concepts[1]]
	if !spellable(post, src.Lang, q, false) || !spellable(side, src.Lang, q, true) {
		return true
	}
	sides := runStarts(c, side)
	// A third country may send the post as the subject before it
	// ("Canada cử đại sứ mới tại Na Uy"); a side of the topic before it
	// is another phrase (below).
	topicSide := !slices.ContainsFunc(q.cons, func(o Constraint) bool { return o.Kind == KindName && o.concepts[0] == k.concepts[1] })
	for _, x := range runStarts(c, post) {
		if embassyRun(c, x) {
			continue // "Đại sứ quán Nga": the embassy, no ambassador
		}
		for _, y := range sides {
			if c.sent[x] != c.sent[y] || x == y {
				continue
			}
			lo, hi := min(x, y), max(x, y)
			between := c.lower[lo+1 : hi]
			prep := slices.ContainsFunc(between, func(w string) bool { return placeWords[w] })
			if k.postSends {
				// Beside it, and not itself after a preposition ("посол
				// России в США": США receives); "Đại sứ mới của Mỹ".
				// Vietnamese puts the sender after the post, always: a
				// side before it ("quan hệ Nga - Mỹ, Đại sứ cho rằng")
				// is another phrase.
				if src.Lang == "vi" && y < x && topicSide {
					continue
				}
				if hi-lo <= 4 && !prep && !(y > 0 && placeWords[c.lower[y-1]]) && (!q.newPost || toldNew(c, x)) {
					return true
				}
				continue
			}
			if y > x && y-x <= 6 && prep && (!q.newPost || toldNew(c, x)) {
				return true
			}
		}
	}
	return false
}

// datedSlot reports whether a "when" question finds a date in c where
// its terms are: in a sentence that carries them best (slotSentences)
// or the one after ("The groups were formed. They will meet on June
// 3."), not after the headline, whose next line is the dateline. A date
// elsewhere in the story dates something else: "when will the expert
// groups first meet" is not answered by "the talks were held on
// Thursday"; nor is an event dated by the dateline that dates the
// report, nor "when will it happen" by a date in the past tense.
func datedSlot(c *candidate, q *question, src Citation) bool {
	return kindInSlot(c, q, src.Lang, src.Published, qWhen)
}

// numberedSlot is datedSlot for "how many", "how long" and "how much"
// (a number that is not a year, nor the day of the dateline).
func numberedSlot(c *candidate, q *question, srcLang string) bool {
	return kindInSlot(c, q, srcLang, time.Time{}, qHowMany)
}

// kindInSlot reports whether a sentence where the question's terms are,
// or the one after, gives the kind of answer qt (see datedSlot). pub
// is the article's date, zero if unknown: a date after it is still to
// come in whatever tense the sentence is written ("вводит визы с 1
// апреля", "nối lại đường bay từ ngày 15/4", "reopens in October").
func kindInSlot(c *candidate, q *question, srcLang string, pub time.Time, qt qType) bool {
	best := slotSentences(c, q, srcLang)
	if best == nil && qt == qWhen && len(q.fateOf) > 0 {
		// A person's arrest is dated where he is named, in any script,
		// or in the sentence that goes on of him (goesOnOfPerson): not
		// by the year another prisoner was convicted.
		best = fateSentences(c, q)
	}
	if best == nil {
		// Nothing of the question located: any sentence may be the one,
		// but one must give the kind of answer.
		for i := range c.sents {
			best = append(best, i)
		}
	}
	for _, i := range best {
		for _, s := range []int{i, i + 1} {
			if s >= len(c.sents) || s == 1 && i == 0 && !slices.Contains(best, 1) || s > i && !goesOnOfPerson(c, q, s) {
				continue
			}
			sent := c.sents[s]
			if q.event || qt == qHowMany {
				sent = reportDateRE.ReplaceAllString(capsDatelineRE.ReplaceAllString(sent, " "), " ")
				if datelineRE.MatchString(strings.TrimSpace(c.sents[s])) {
					continue
				}
			}
			lower := strings.ToLower(sent)
			if (q.future || q.next) && !futureRE.MatchString(lower) && !nextRE.MatchString(lower) && !(q.future && !q.next && futureDate(lower, pub)) {
				continue
			}
			// "On what date": "in June" gives the month only.
			if q.day && qt == qWhen && !givesDay(lower, !q.future) || q.hour && qt == qWhen && (s != i || !hourRE.MatchString(lower)) {
				// An hour is told with its event, not the sentence after:
				// "Ташкент выбрали ... . Беляков прилетел поздно вечером"
				// is not the hour of the exchange.
				continue
			}
			if q.age {
				if givesAge(sent) {
					return true
				}
				continue
			}
			if q.duration && qt == qHowMany && givesDurationOfScale(withoutOtherSpans(lower), q.scale) || !q.duration && q.answeredBy(qt, sent) {
				return true
			}
		}
	}
	return false
}

// asksHour reports whether a "when" question asks for a time of day:
// "at what time", "what time of day", "в котором часу", "во сколько
// началась", "lúc mấy giờ", "vào giờ nào".
func asksHour(query string) bool {
	return hourQuestionRE.MatchString(strings.ToLower(query))
}

var (
	// hourQuestionRE finds, lower-cased, a question for a time of day;
	// vi with or without diacritics. "Во сколько" asks a time only
	// before a verb of an event, not of a cost ("во сколько обойдётся").
	hourQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(what time|at what hour|which hour|в котором часу|в какое время суток|во сколько (начал|закончил|прилетел|прибыл|вылетел|состоял|прошл|прошёл|открыл|встретил)\p{L}*|(mấy|may) (giờ|gio)|(giờ|gio) (nào|nao)|(thời điểm|thoi diem) nào trong ngày)([^\p{L}]|$)`)
	// hourRE finds, lower-cased, a time of day: a clock time ("10:30",
	// "3 p.m.", "в 15 часов", "lúc 9 giờ") or a part of the day
	// ("in the morning", "вечером", "buổi tối", "chiều nay").
	hourRE = regexp.MustCompile(`\d{1,2}[:.]\d{2}(\s|$|[^\d])|\d{1,2}\s?(a\.?m\.?|p\.?m\.?)([^\p{L}]|$)|(^|[^\p{L}])(o'clock|noon|midnight|morning|afternoon|evening|night|dawn|утром|днём|днем|вечером|ночью|утра|вечера|ночи|полдень|полночь|\d{1,2} час\p{L}*|(buổi|vào|lúc|rạng|đêm) (sáng|trưa|chiều|tối|khuya|đêm)|(sáng|trưa|chiều|tối|đêm) (nay|qua|mai|cùng ngày|ngày|thứ)|\d{1,2} giờ|nửa đêm)([^\p{L}]|$)`)
)

// asksDay reports whether a "when" question asks for a day: "on what
// date", "which day", "ngày nào", "ngày mấy", "какого числа", "в какой
// день".
func asksDay(query string) bool {
	return dayQuestionRE.MatchString(strings.ToLower(query))
}

// dayQuestionRE finds, lower-cased, a question for a day (asksDay); vi
// with or without diacritics.
var dayQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(what date|which date|what day|which day|(ngày|ngay|hôm|hom) (nào|nao|mấy|may)|какого числа|какое число|как\p{L}* дат\p{L}*|как\p{L}* день|какой день)([^\p{L}]|$)`)

// givesDay reports whether a sentence (lower-cased) names a day: a day of
// a month ("5 февраля", "February 5", "ngày 5/2", "5 tháng 2"), a day
// told from today ("tomorrow", "ngày mai", "завтра"), or when weekday, a
// weekday. A weekday dates what a story reports ("signed on Wednesday
// an agreement under which they will train from September"), not the
// date of what is still to come.
func givesDay(lower string, weekday bool) bool {
	for _, md := range monthDays(lower) {
		if md.day > 0 {
			return true
		}
	}
	if weekday {
		return dayWordRE.MatchString(lower)
	}
	return relativeDayRE.MatchString(lower)
}

// relativeDayRE finds, lower-cased, a day told from today, in vi/en/ru.
var relativeDayRE = regexp.MustCompile(`(^|[^\p{L}])(today|tomorrow|сегодня|завтра|послезавтра|hôm nay|ngày mai)([^\p{L}]|$)`)

// dayWordRE finds, lower-cased, a weekday or a day told from today, in
// vi/en/ru.
var dayWordRE = regexp.MustCompile(`(^|[^\p{L}])(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|понедельник\p{L}*|вторник\p{L}*|сред[ауы]|четверг\p{L}*|пятниц\p{L}*|суббот\p{L}*|воскресень\p{L}*|сегодня|завтра|вчера|thứ (hai|ba|tư|năm|sáu|bảy)|chủ nhật|hôm nay|hôm qua|ngày mai)([^\p{L}]|$)`)

// givesDuration reports whether a sentence gives a length of time: a
// count before a unit of time, a few words apart ("seven hours", "около
// пяти месяцев", "gần ba tháng", "a week"), a word that is one
// ("полгода", "сутки"), its start or end ("since 2019", "until 2028",
// "до 2030 года"), a declined Russian term ("к восьми годам") or a life
// term. One test for "how long" questions and for the typed slot's terms.
func givesDuration(sentence string) bool {
	sentence = strings.ToLower(sentence)
	return len(durations(sentence)) > 0 || durationWordRE.MatchString(sentence) || sinceYearRE.MatchString(sentence) ||
		halfOrLifeTermRE.MatchString(sentence)
}

// givesAge reports whether a sentence, as written, gives someone's age
// (ageRE, or "34-летний"), not a term of years: "осуждённую на 11 лет",
// "к 11 годам" and "12-летний срок" are how long, not how old.
func givesAge(sentence string) bool {
	for _, m := range ageRE.FindAllStringIndex(sentence, -1) {
		if !termBeforeRE.MatchString(strings.ToLower(sentence[:m[0]])) {
			return true
		}
	}
	for _, m := range ageAdjectiveRE.FindAllStringIndex(sentence, -1) {
		// "12-летний срок" is a term of twelve years.
		if !strings.HasPrefix(strings.TrimSpace(sentence[m[1]:]), "срок") {
			return true
		}
	}
	return false
}

// ageOfAsked reports whether a sentence of c gives the age of the person
// q asks of (givesAgeOf).
func ageOfAsked(c *candidate, q *question) bool {
	var names []string
	for _, k := range q.cons {
		if k.Kind == KindName {
			names = append(names, strings.Fields(k.Text)...)
		}
	}
	return slices.ContainsFunc(c.sents, func(s string) bool { return givesAgeOf(s, names) })
}

// givesAgeOf reports whether a sentence, as written, gives the age of the
// person named by names (folded words of the question): an age
// (givesAge) bound to one of them. An age is told of the name it follows,
// set off by commas or brackets ("Dmitri Volkov, 54, met Olga Brandt",
// "Волков, 54 года,", "ông Volkov, 54 tuổi", "aged 54", "в возрасте 54
// лет"), or of the name an adjective of age precedes ("the 54-year-old
// Dmitri Volkov", "54-летний Дмитрий Волков"); the one "How old is Olga
// Brandt?" asks of is hers, not the man's she met. A name in the other
// script is compared by its skeleton ("Уолш", "Walsh"). An age bound to
// no name ("she, 38,") or to one too short to compare counts, as
// givesAge alone.
func givesAgeOf(sentence string, names []string) bool {
	if len(names) == 0 {
		return givesAge(sentence)
	}
	toks := corpus.Tokenize(sentence)
	asked := func(w string) bool {
		return slices.ContainsFunc(names, func(n string) bool { return sameNameWord(n, w) || sameNameAcross(n, w) })
	}
	// A name in the other script is compared by its skeleton
	// (sameNameAcross); one of three letters or fewer has none to
	// compare.
	comparable := func(w string) bool {
		return slices.ContainsFunc(names, func(n string) bool {
			return cyrillic(n) == cyrillic(w) || len(retrieval.NameSkeleton(n)) >= 3 && len(retrieval.NameSkeleton(w)) >= 3
		})
	}
	ok := func(at, end int, before bool) bool {
		name := boundName(sentence, toks, at, end, before)
		return !slices.ContainsFunc(name, comparable) || slices.ContainsFunc(name, asked)
	}
	for _, m := range ageRE.FindAllStringIndex(sentence, -1) {
		if termBeforeRE.MatchString(strings.ToLower(sentence[:m[0]])) {
			continue
		}
		text := sentence[m[0]:m[1]]
		if strings.Contains(strings.ToLower(text), "year-old") {
			if ok(m[0], m[1], false) {
				return true
			}
			continue
		}
		// The number's start: the name written inside the match
		// ("Volkov, 54,") comes before it.
		at := m[0] + strings.IndexFunc(text, func(r rune) bool { return r >= '0' && r <= '9' })
		if ok(at, m[1], true) {
			return true
		}
	}
	for _, m := range ageAdjectiveRE.FindAllStringIndex(sentence, -1) {
		if !strings.HasPrefix(strings.TrimSpace(sentence[m[1]:]), "срок") && ok(m[0], m[1], false) {
			return true
		}
	}
	return false
}

// boundName returns the folded words of the name an age at sentence
// bytes [at, end) is told of: before, the capitalised words that end
// right before it, across a comma, a bracket or "aged", "в возрасте";
// otherwise the first capitalised words after it, past a few lower-case
// ones ("54-летний бывший посол Дмитрий Волков"). None when there is no
// such name.
func boundName(sentence string, toks []corpus.Token, at, end int, before bool) []string {
	capital := func(t corpus.Token) bool {
		r, _ := utf8.DecodeRuneInString(t.Text)
		return unicode.IsUpper(r) && t.Text != strings.ToUpper(t.Text)
	}
	var name []string
	if before {
		// The name before the comma or bracket that opens the
		// apposition the age ends ("Brandon Kessler, giáo viên tiếng
		// Anh 34 tuổi" is Kessler's, not the language's), a few words
		// back; else the capitalised words right before it ("bà Olga
		// Brandt 38 tuổi").
		last := -1 // the last token before the age
		for i, t := range toks {
			if t.End <= at {
				last = i
			}
		}
		for i := last; i >= 0 && i >= last-appositionWords; i-- {
			next := at
			if i < last {
				next = toks[i+1].Start
			}
			if !strings.ContainsAny(sentence[toks[i].End:next], ",(") {
				continue
			}
			if !capital(toks[i]) {
				return nil
			}
			for j := i; j >= 0 && capital(toks[j]); j-- {
				name = append(name, toks[j].Folded)
			}
			return name
		}
		skip := 0
		for i := last; i >= 0; i-- {
			t := toks[i]
			switch {
			case capital(t):
				name = append(name, t.Folded)
				continue
			case len(name) > 0:
				return name
			}
			if skip++; skip > 2 || !ageLeadWords[t.Folded] {
				return nil
			}
		}
		return name
	}
	lower := 0
	for _, t := range toks {
		switch {
		case t.Start < end:
			continue
		case capital(t):
			name = append(name, t.Folded)
			continue
		case len(name) > 0:
			return name
		}
		if lower++; lower > 3 {
			return nil
		}
	}
	return name
}

// appositionWords is how many words an apposition may hold between a
// name's comma and the age that ends it ("giáo viên tiếng Anh").
const appositionWords = 5

// ageLeadWords may stand between a name and the age told of it: "aged
// 54", "в возрасте 54 лет", folded.
var ageLeadWords = setOf("aged", "age", "в", "возрасте")

// sameNameWord reports whether two folded words are one name, declined
// perhaps ("ольге", "ольгой"): equal, or of four letters or more with
// all but their last two in common.
func sameNameWord(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	n := min(len(ra), len(rb))
	if n < 4 {
		return false
	}
	k := 0
	for k < n && ra[k] == rb[k] {
		k++
	}
	return k >= max(3, n-2)
}

var (
	// termBeforeRE ends the words before a number of years that make it
	// a term ("на 11 лет", "án 11 năm"), lower-cased.
	termBeforeRE = regexp.MustCompile(`(^|[^\p{L}])(на|к|to|for|án|tù)\s*$`)
	// ageAdjectiveRE finds a Russian age written as an adjective
	// ("34-летний учитель", "51-летняя").
	ageAdjectiveRE = regexp.MustCompile(`\d{2}-летн\p{L}*`)
	// ageOfNameRE asks the age of someone named right after "сколько
	// лет" ("Сколько лет Ирине Уолш?"); with a verb between, it asks a
	// length of time ("Сколько лет осудили Марту Коул?").
	ageOfNameRE = regexp.MustCompile(`(?:^|[^\p{L}])[Сс]колько лет \p{Lu}`)
)

// asksAgeOf reports whether a question asks how old someone is, in the
// forms the judge holds to an age (givesAge): asksAge's, but a Russian
// name only right after "сколько лет".
func asksAgeOf(query string) bool {
	return ageQuestionRE.MatchString(strings.ToLower(query)) || ageOfNameRE.MatchString(query)
}

// timeUnits are the units of a length of time, in en/ru/vi, lower-cased,
// every form: one list for the sentences that give one (durations,
// timeSpanRE, halfOrLifeTermRE) and the questions that ask for one
// (durationQuestionRE).
const timeUnits = `seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|` +
	`секунд\p{L}*|минут\p{L}*|час\p{L}*|дн\p{L}*|день|сут\p{L}*|недел\p{L}*|месяц\p{L}*|год\p{L}*|лет|` +
	`giây|phút|giờ|tiếng|ngày|tuần|tháng|năm|thập kỷ`

var (
	// timeSpanRE finds a word (m[2]) before a unit of time, in vi/en/ru,
	// perhaps another between (m[3]) or a hyphen ("10-day"); durationWordRE
	// a length of time with no count ("полгода", "overnight", "nửa năm";
	// "half a year" is "a year" to durations).
	timeSpanRE = regexp.MustCompile(`(?i)(^|[^\p{L}\d])([\p{L}\d.,]+)[ -](\p{L}+ )?(` + timeUnits + `)([^\p{L}]|$)`)
	// sinceYearRE finds a length of time told by its start or end, as a
	// term of an agreement or sentence is: "since 2019", "с 2019 года",
	// "từ năm 2019", "until 2030", "through the end of 2028", "до 2030
	// года", "đến hết năm 2028".
	sinceYearRE    = regexp.MustCompile(`(^|[^\p{L}])(since|until|till|through|с|со|до|по|từ|kể từ|đến|cho đến|tới)( the end of| конца| hết| cuối)?( năm| year)? (19|20)\d\d([^\d]|$)`)
	durationWordRE = regexp.MustCompile(`(^|[^\p{L}])(полгода|полугода|полугоду|полчаса|получаса|полдня|сутки|неделю|overnight|nửa năm|nửa tháng)([^\p{L}]|$)`)
	// durationArticles stand for "one" or "a few" before a unit: "a
	// week", "một tháng", "один месяц", "mấy ngày".
	durationArticles = setOf("a", "an", "one", "một", "один", "одна", "одну", "одного", "одной", "mấy")
)

var (
	// capsDatelineRE finds the dateline that opens a wire story, a
	// place in capitals and the report's date ("ISTANBUL, April 3 - ",
	// "GENEVA, March 12 (Northwind) - "); datelineRE one on its own line.
	// A Vietnamese "Ngày 20/1, ..." dates the event itself and stays.
	capsDatelineRE = regexp.MustCompile(`^\s*` + capsDateline)
	// futureQuestionRE finds a question about what is still to come:
	// "when will", "khi nào ... sẽ", "когда будет".
	futureQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(` + futureWords + `|se|планируется|планируют|намерены)([^\p{L}]|$)`)
)

// onlyDeputy reports whether c names the office con only as a deputy's
// ("Deputy Foreign Minister Pavel Sokolov", "Phó Tổng thống", "заместитель
// министра") while the question (its text asked) asks for the office
// itself: a deputy is another office-holder.
func onlyDeputy(c *candidate, con concept, asked string) bool {
	for _, w := range strings.Fields(asked) {
		if deputyWords[w] {
			return false
		}
	}
	at := runStarts(c, con)
	if len(at) == 0 {
		return false
	}
	for _, p := range at {
		if p == 0 || !deputyWords[c.lower[p-1]] {
			return false
		}
	}
	return true
}

// deputyWords, lower-cased, make an office a deputy's.
var deputyWords = setOf("deputy", "vice", "assistant", "under", "acting", "phó", "заместитель", "заместителя", "заместителем", "зам", "вице")

// futureDate reports whether sentence (lower-cased) gives a date still
// to come at pub, the date of its article: a deadline ("by the end of
// the year", "до конца года", "cuối năm nay"), a later year, or a month
// (and day) after pub's in its year or the year the sentence names ("с 1
// апреля", "từ ngày 15/4", "in October", "к 15 мая 2027 года"). A
// month before pub's with no year may be next year's or a past one:
// it is not taken as to come.
func futureDate(sentence string, pub time.Time) bool {
	if pub.IsZero() {
		return false
	}
	if deadlineRE.MatchString(sentence) {
		return true
	}
	for _, y := range yearRE.FindAllString(sentence, -1) {
		if n, _ := strconv.Atoi(y); n > pub.Year() {
			return true
		}
	}
	year := pub.Year()
	if ys := yearRE.FindAllString(sentence, -1); len(ys) == 1 {
		year, _ = strconv.Atoi(ys[0])
	}
	for _, d := range monthDays(sentence) {
		if year == pub.Year() && (d.month > pub.Month() || d.month == pub.Month() && d.day > pub.Day()) {
			return true
		}
	}
	return false
}

// deadlineRE finds a time still to come from the report's own date, in
// vi/en/ru, lower-cased.
var deadlineRE = regexp.MustCompile(`(^|[^\p{L}])(by the end of (the|this) (year|month)|later this (year|month)|by (year|month)[ -]end|до конца (года|месяца|этого года|текущего года)|к концу (года|месяца|этого года|текущего года)|позднее в этом году|cuối năm nay|cuối tháng này|trong năm nay|trước cuối năm|next (week|month|year)|in the coming (days|weeks|months)|в (следующем|будущем) (месяце|году)|на (следующей|будущей) неделе|в ближайш\p{L}* (дни|недели|месяцы)|(tuần|tháng|năm) (tới|sau)|trong (những|các|vài) (ngày|tuần|tháng) tới|(this|next) (spring|summer|autumn|fall|winter)|mùa (xuân|hè|thu|đông) (này|tới|năm nay)|(этой|следующей) (весной|осенью|зимой)|(этим|следующим) летом)([^\p{L}]|$)`)

// monthDay is a day of a month a sentence names; day 0 for a month
// alone.
type monthDay struct {
	month time.Month
	day   int
}

// monthDays returns the days and months sentence (lower-cased) names in
// vi/en/ru: "april 1", "1 april", "в октябре", "1 апреля", "ngày 15/4",
// "15/4", "1 tháng 4", "tháng 10".
func monthDays(sentence string) []monthDay {
	var out []monthDay
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	for _, m := range numericDayRE.FindAllStringSubmatch(sentence, -1) {
		if mo := atoi(m[3]); mo >= 1 && mo <= 12 {
			out = append(out, monthDay{time.Month(mo), atoi(m[2])})
		}
	}
	for _, m := range monthVIRE.FindAllStringSubmatch(sentence, -1) {
		if mo := atoi(m[3]); mo >= 1 && mo <= 12 {
			out = append(out, monthDay{time.Month(mo), atoi(m[2])})
		}
	}
	toks := corpus.Tokenize(sentence)
	for i, t := range toks {
		mo := monthWord(t.Lower)
		if mo == 0 {
			continue
		}
		day := 0
		for _, j := range []int{i - 1, i + 1} {
			if j >= 0 && j < len(toks) && len(toks[j].Lower) <= 2 && strings.Trim(toks[j].Lower, "0123456789") == "" {
				day = atoi(toks[j].Lower)
			}
		}
		out = append(out, monthDay{mo, day})
	}
	return out
}

var (
	// numericDayRE finds a day/month ("15/4", "15/4/2026"); monthVIRE a
	// Vietnamese month, with its day ("1 tháng 4", "ngày 1 tháng 4",
	// "tháng 10").
	numericDayRE = regexp.MustCompile(`(^|[^\d/])(\d{1,2})/(\d{1,2})`)
	monthVIRE    = regexp.MustCompile(`(^|[^\p{L}\d])(?:(?:ngày )?(\d{1,2}) )?tháng (\d{1,2})([^\d]|$)`)
)

// afterDay reports whether a lower-cased word, after a number, names a
// month and makes the number a day ("3 April", "3 апреля", "3 Oct."):
// there "may" is May.
func afterDay(w string) bool {
	return w == "may" || monthWord(w) != 0
}

// monthWord returns the month an English or Russian word names ("october",
// "oct", "октябре", "мая"), or 0. "May" is also a modal verb: only
// capitalised text names it, which lower-cased text cannot tell, so
// "may" is left out.
func monthWord(w string) time.Month {
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		if m != time.May && (w == name || len(w) >= 3 && strings.HasPrefix(name, w) && (len(w) == 3 || w == "sept")) {
			return m
		}
	}
	for m, p := range monthsRU {
		if strings.HasPrefix(w, p) && (p != "ма" || utf8.RuneCountInString(w) == 3) && utf8.RuneCountInString(w) <= utf8.RuneCountInString(p)+2 {
			return time.Month(m + 1)
		}
	}
	return 0
}

// dayDatedElsewhere reports whether the sentences of c that tell the
// question's event best (eventScores) give it a day and no year ("on
// Thursday widened a general license", "во вторник", "ngày 14/7 đã ký")
// while the article is of another year than y. A news story tells its
// own event by the day, and the day is of the article's year: "Russia
// supplied 15 percent of fertilizer exports in 2025" does not date the
// license widened "on Thursday" in a story of 2026 to 2025, nor does
// "the previous rounds were held in Istanbul in 2025" date the talks held
// "on Tuesday". The headline is the story's own event too. A best
// sentence that writes y dates the event to it and keeps the year; one
// with neither a day nor a year tells nothing of when.
func dayDatedElsewhere(c *candidate, q *question, src Citation, y int) bool {
	if src.Published.IsZero() || q.since {
		return false
	}
	pub := src.Published.UTC()
	// A story of early January may tell on "Tuesday" what happened on
	// the last days of December.
	if y == pub.Year() || y == pub.Year()-1 && pub.Month() == time.January {
		return false
	}
	if yearOnlyRelative(c, q, src.Lang, y) {
		return true
	}
	score, best := eventScores(c, q, src.Lang)
	if best <= 0 {
		return false
	}
	years := eventYears(c)
	// A sentence on earlier instances of the event ("the previous rounds
	// were held in Istanbul in 2025") dates them, not this one, unless
	// the question asks of those.
	asksEarlier := slices.ContainsFunc(q.t.concepts, func(con concept) bool {
		return slices.ContainsFunc(con.alts, func(a alternative) bool { return a.weight == 1 && earlierRE.MatchString(strings.Join(a.full, " ")) })
	})
	if !asksEarlier {
		top := best
		best = 0
		for s := range score {
			if earlierRE.MatchString(strings.ToLower(c.sents[s])) {
				// The year asked, written where the story tells an
				// earlier instance best ("the previous aviation dialogue
				// was held in Vienna in 2019"), asks of that instance.
				if score[s] >= top-1e-9 && slices.Contains(years[s], y) {
					return false
				}
				score[s] = 0
			}
			best = max(best, score[s])
		}
		if best <= 0 {
			return false
		}
	}
	dated := false
	for s, x := range score {
		if x < best-1e-9 {
			continue
		}
		lower := strings.ToLower(c.sents[s])
		// The headline tells the story's own event, of the article's date.
		headline := s == 0 && src.Title != "" && strings.HasPrefix(strings.TrimSpace(src.Title), strings.TrimSpace(c.sents[s]))
		switch {
		// y as a target ("raise trade to $100 billion by 2030") is the
		// year of a question that asks a target ("set for 2030").
		case slices.Contains(years[s], y) || q.target && strings.Contains(c.sents[s], strconv.Itoa(y)):
			return false
		case len(years[s]) == 0 && (headline || givesDay(lower, true)):
			dated = true
		}
	}
	return dated
}

// earlierRE finds, lower-cased or folded, a word that speaks of earlier
// instances of a thing: "previous", "предыдущие", "прежние", "trước đó",
// "lần trước".
var earlierRE = regexp.MustCompile(`(^|[^\p{L}])(previous|prior|earlier|предыдущ\p{L}*|прежн\p{L}*|trước đó|lần trước|vòng trước|truoc do|lan truoc)([^\p{L}]|$)`)

// endOfWords, folded, stand between a deadline word and its year: "until
// the end of 2028", "đến hết năm 2028", "đến cuối năm 2028".
var endOfWords = setOf("the", "end", "of", "het", "cuoi", "nam")

// untilEndOf reports whether the year at p follows a deadline word across
// only endOfWords ("đến hết năm 2028"): a target, not the event's date.
func untilEndOf(c *candidate, p int) bool {
	for i := p - 1; i >= 0 && i >= p-4; i-- {
		if deadlineWords[c.full[i]] {
			return i < p-2
		}
		if !endOfWords[c.full[i]] {
			return false
		}
	}
	return false
}

// The deed asked. "Who paid for the meeting", "кто пилотировал
// самолёт", "ai lái máy bay" ask the doer of a deed; an article that
// never tells the deed (no one pays, flies or drives in it) names people
// for other deeds: the delegation's head, the man flown home. The deed
// is the verb right after the interrogative, the one shape where it is
// plain which word it is; a question that asks it otherwise ("who did
// the ministry thank") is not judged here.

// deedConcept returns the concept of the verb right after "who", "кто"
// or "ai" in a "who" question, or -1: not an auxiliary ("who was",
// "who will"), a saying verb (judged by the speaker, judge_said.go) or
// an office ("who heads": judge_office.go).
func deedConcept(query string, t terms, qt qType) int {
	if qt != qWho {
		return -1
	}
	toks := corpus.Tokenize(query)
	for i := 0; i+1 < len(toks); i++ {
		w, next := toks[i], toks[i+1]
		switch {
		case w.Folded == "who" && !deedSkipEN[next.Folded] && strings.HasSuffix(next.Folded, "ed") || w.Folded == "who" && deedPastEN[next.Folded]:
		case w.Folded == "кто" && (verbRU(next.Folded) || pastRU(next.Folded)) && !deedSkipRU(next.Folded):
		case w.Lower == "ai" && !corpus.IsStopWordVI(next.Lower) && !deedSkipVI[next.Folded]:
		default:
			continue
		}
		// A Vietnamese verb of two syllables may keep only its second as a
		// term when the first folds to a stop word ("tài trợ": "tại").
		cands := []corpus.Token{next}
		if w.Lower == "ai" && i+2 < len(toks) {
			cands = append(cands, toks[i+2])
		}
		for _, tok := range cands {
			key := matchKey(matchForm(tok))
			for ci, con := range t.concepts {
				if officeConcept(con) || questionConcept(con) {
					continue
				}
				if slices.ContainsFunc(con.alts, func(a alternative) bool { return a.weight == 1 && len(a.words) > 0 && a.words[0] == key }) {
					return ci
				}
			}
		}
		return -1
	}
	return -1
}

var (
	// deedSkipEN are English verbs in -ed after "who" that ask who led
	// or spoke: the office and speaker readers judge those.
	deedSkipEN = setOf("headed", "chaired", "hosted", "signed", "represented", "announced", "stated", "reported", "called", "named", "appointed", "nominated", "replaced", "succeeded", "mediated", "attended", "visited", "met", "welcomed", "criticized", "criticised", "praised", "confirmed")
	// deedPastEN are irregular English past tenses of deeds.
	deedPastEN = setOf("paid", "drove", "flew", "built", "made", "bought", "sold", "wrote", "brought", "sent", "gave", "took", "found", "caught", "shot", "stole")
	// deedSkipVI are Vietnamese words after "ai" that ask who led or
	// spoke, or are not a deed, folded: a question written without
	// diacritics ("Ai ky thoa thuan") asks the same.
	deedSkipVI = setOf("la", "da", "se", "dang", "duoc", "bi", "dan", "dung", "chu", "dai", "noi", "phat", "cho", "tuyen", "ky", "lam", "thay", "don", "gap", "tiep", "co")
)

// deedSkipRU reports a Russian verb after "кто" that asks who led,
// spoke, met or took part, or who is one of a group ("кто входит в
// экипаж", "кто является"): a membership, not a deed.
func deedSkipRU(w string) bool {
	for _, p := range []string{"возглав", "руковод", "заяв", "сказ", "сообщ", "подпис", "представл", "был", "будет", "стал", "встреч", "участв", "назнач", "замен", "предлож", "посредн", "принимал", "провод", "вед", "вход", "явля", "счита", "наход", "оста", "работа"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// pastRU reports a folded Russian word with a masculine past tense
// ending ("пилотировал", "заплатил"), which verbRU leaves out.
func pastRU(w string) bool {
	n := len([]rune(w))
	return n > 4 && (strings.HasSuffix(w, "ал") || strings.HasSuffix(w, "ил") || strings.HasSuffix(w, "ял") || strings.HasSuffix(w, "ел"))
}

// deedAbsent reports whether the deed q asks the doer of (q.deed) is told
// nowhere in c, in any spelling the lexicon gives it, when c's language
// can hold it.
func deedAbsent(c *candidate, q *question, srcLang string) bool {
	if q.deed < 0 || q.future {
		return false
	}
	con := q.t.concepts[q.deed]
	if !spellable(con, srcLang, q, false) || srcLang != q.lang && !slices.ContainsFunc(con.alts, func(a alternative) bool { return a.weight != 1 }) {
		return false
	}
	return !slices.ContainsFunc(con.alts, c.hasRun)
}

// sideCounted reports whether people counted by their side ("сколько
// американцев", "how many Russians") are counted in c by the side's
// adjective standing for them, with no noun after it: "22 исследователя,
// из них девять американских" counts the Americans. An adjective before
// a noun ("пять американских кораблей") counts the noun. The adjective
// is the counted word's when it names a side of the topic and shares
// the word's stem ("американск", "американц").
func sideCounted(c *candidate, q *question, con concept, srcLang string) bool {
	var stems [][]rune
	for _, a := range con.alts {
		if a.weight == 1 && len(a.full) == 1 {
			if r := []rune(a.full[0]); len(r) >= 5 {
				stems = append(stems, r[:5])
			}
		}
	}
	if len(stems) == 0 {
		return false
	}
	// In a sentence that holds one of the question's other terms ("В ней
	// примут участие 22 исследователя" of "участвует в экспедиции").
	about := map[int]bool{}
	cis, _ := locatable(q, srcLang)
	for _, ci := range cis {
		if ci == q.counted {
			continue
		}
		for _, p := range runStarts(c, q.t.concepts[ci]) {
			about[c.sent[p]] = true
		}
	}
	for i := range about {
		toks := corpus.Tokenize(c.sents[i])
		for j := 1; j < len(toks); j++ {
			if topicSide(toks[j]) < 0 || !isCount(toks[j-1].Lower) {
				continue
			}
			if !slices.ContainsFunc(stems, func(st []rune) bool { return strings.HasPrefix(toks[j].Folded, string(st)) }) {
				continue
			}
			if j+1 == len(toks) || stopWord(toks[j+1].Folded, toks[j+1].Lower) {
				return true
			}
		}
	}
	return false
}

// countDated reports whether a "how many" question's year dates the
// count itself in c: one sentence writes the year, the counted noun and a
// number before it ("the centers had exchanged more than 1,200 messages
// in 2025"). The sentence that tells the question's other words best may
// be another ("notify each other ... under a 1988 agreement, using the
// nuclear risk reduction centers"); the count and its year are the
// answer.
func countDated(c *candidate, q *question, srcLang string, y int) bool {
	if q.qt != qHowMany || q.counted < 0 {
		return false
	}
	years := attrEventYears(c, q, srcLang, false) // not "the 2024 law" (judge_attryear.go)
	for _, p := range runStarts(c, q.t.concepts[q.counted]) {
		s := c.sent[p]
		if !slices.Contains(years[s], y) {
			continue
		}
		for k := 1; k <= 3 && p-k >= 0 && c.sent[p-k] == s; k++ {
			if isCount(c.lower[p-k]) {
				return true
			}
		}
	}
	return false
}

// targetYear reports whether folded question words write a year as a
// target or a bound: after "for", "by", "until", "đến (hết) năm", "к",
// "до" (deadlineWords), not as the date of the event ("in 2028", "vào
// năm 2028").
func targetYear(words []string) bool {
	for i, w := range words {
		if !isYear(w) {
			continue
		}
		for k := 1; k <= 3 && i-k >= 0; k++ {
			b := words[i-k]
			if deadlineWords[b] || b == "for" || b == "на" {
				return true
			}
			if !endOfWords[b] {
				break
			}
		}
	}
	return false
}

// namesAway reports whether the question's names written beside its
// year (its people, places and things, not the topic's, not a list;
// "and in 2025, how many messages" of a question in two parts keeps
// "Geneva" to the other part) are in c but none within a
// sentence of where c writes the year y: "Anton Yeremin will fly on Crew
// Dragon in February 2027" does not date a flight on Soyuz, which
// another sentence names. The year is what happened to those names.
func namesAway(c *candidate, q *question, y int) bool {
	ys := strconv.Itoa(y)
	var at []int
	for p, w := range c.words {
		if w == ys || isDate(w) && strings.HasSuffix(w, "/"+ys) {
			at = append(at, c.sent[p])
		}
	}
	return namesAwayFrom(c, q, at)
}

// namesAwayFrom is namesAway for a year c tells in the sentences at.
func namesAwayFrom(c *candidate, q *question, at []int) bool {
	if len(at) == 0 {
		return false
	}
	var names []int
	for _, k := range q.cons {
		if k.Kind == KindName && !k.listed && q.yearNames[k.concepts[0]] {
			names = append(names, k.concepts[0])
		}
	}
	// A side of the pair the question asks about ("the 2025 Geneva talks
	// of the US and China") is named all through a story of that pair;
	// the setting beside the year ("Geneva") tells which event it dates.
	inPair := func(ci int) bool {
		return slices.ContainsFunc(q.cons, func(k Constraint) bool { return k.Kind == KindPair && slices.Contains(k.concepts, ci) })
	}
	if slices.ContainsFunc(names, func(ci int) bool { return !inPair(ci) }) {
		names = slices.DeleteFunc(names, inPair)
	}
	found := false
	for _, ci := range names {
		for _, p := range runStarts(c, q.t.concepts[ci]) {
			found = true
			if slices.ContainsFunc(at, func(s int) bool { return abs(s-c.sent[p]) <= 1 }) {
				return false
			}
		}
	}
	return found
}

// nearYearNames returns the concepts of the question's names written
// within four words of one of its years.
func nearYearNames(query string, t terms, cons []Constraint) map[int]bool {
	qc := stemmedText(query)
	var years []int
	for p, w := range qc.words {
		if isYear(w) {
			years = append(years, p)
		}
	}
	if len(years) == 0 {
		return nil
	}
	out := map[int]bool{}
	for _, k := range cons {
		if k.Kind != KindName {
			continue
		}
		for _, p := range runStarts(&qc, t.concepts[k.concepts[0]]) {
			if slices.ContainsFunc(years, func(y int) bool { return abs(y-p) <= 4 }) {
				out[k.concepts[0]] = true
			}
		}
	}
	return out
}

// sideDoer reports whether one of the sentences best tells the deed a
// "who V" question asks (q.deed) with a side of the topic just before it
// as its doer: "Washington proposed adding advance notice", "американские
// власти освободили Тимура Белякова", "Mỹ thả công dân Nga". A country is
// the answer then, though it is no new name.
func sideDoer(c *candidate, q *question, best []int) bool {
	if q.deed < 0 || q.future {
		return false
	}
	con := q.t.concepts[q.deed]
	for _, p := range runStarts(c, con) {
		s := c.sent[p]
		if !slices.Contains(best, s) {
			continue
		}
		first := slices.Index(c.sent, s)
		toks := corpus.Tokenize(c.sents[s])
		i := p - first // the deed's index among the sentence's tokens
		if i < 0 || i >= len(toks) {
			continue
		}
		for j := max(i-3, 0); j < i; j++ {
			if topicSide(toks[j]) >= 0 {
				return true
			}
		}
	}
	return false
}

// A count per period. "How many flights a week", "bao nhiêu người mỗi
// tháng", "сколько медведей в год" ask a rate, and a rate of another
// period does not answer it: "32 flights a week" does not say how many a
// day, nor "11.000 người mỗi tháng" how many a week. Converting one into
// the other is the reader's sum, not something the story told.

// period is the time a rate is counted per.
type period int

const (
	perNone period = iota
	perDay
	perWeek
	perMonth
	perYear
)

// periodForms, lower-cased, write a rate's period: strict forms a
// question asks with, and the looser ones a story also writes ("một
// tuần", "за сутки", "/day"), which in a question may be a length of
// time ("trong một tuần").
var periodForms = map[period]struct{ ask, also []string }{
	perDay: {
		ask:  []string{"a day", "per day", "each day", "every day", "daily", "mỗi ngày", "moi ngay", "hàng ngày", "hang ngay", "hằng ngày", "hang ngay", "в день", "в сутки", "ежедневно", "ежедневные", "ежедневных"},
		also: []string{"một ngày", "за день", "за сутки", "/day", "/ngày", "per-day"},
	},
	perWeek: {
		ask:  []string{"a week", "per week", "each week", "every week", "weekly", "mỗi tuần", "moi tuan", "hàng tuần", "hang tuan", "hằng tuần", "в неделю", "еженедельно", "еженедельных", "еженедельные"},
		also: []string{"một tuần", "за неделю", "/week", "/tuần"},
	},
	perMonth: {
		ask:  []string{"a month", "per month", "each month", "every month", "monthly", "mỗi tháng", "moi thang", "hàng tháng", "hang thang", "hằng tháng", "в месяц", "ежемесячно", "ежемесячных", "ежемесячные"},
		also: []string{"một tháng", "за месяц", "/month", "/tháng"},
	},
	perYear: {
		ask:  []string{"a year", "per year", "each year", "every year", "yearly", "annually", "annual", "per annum", "mỗi năm", "moi nam", "hàng năm", "hang nam", "hằng năm", "в год", "ежегодно", "ежегодных", "ежегодные", "ежегодная", "ежегодный"},
		also: []string{"một năm", "за год", "/year", "/năm", "a-year"},
	},
}

// periodBefore, folded, make a period phrase a length or a point of
// time, not a rate: "in a week", "for a year", "within a month", "a
// year ago" (see ratePeriod).
var periodBefore = setOf("in", "for", "within", "after", "than", "over", "about", "nearly", "almost", "trong", "sau", "через")

// askedPeriod returns the period a question asks a count per: one of
// the strict forms of periodForms as whole words, not after a word that
// makes it a length of time ("in a week") nor before "ago". perNone when
// it writes none, or more than one (a question that asks both is judged
// by neither).
func askedPeriod(query string) period {
	lower := strings.ToLower(query)
	found := perNone
	for per, f := range periodForms {
		for _, form := range f.ask {
			if !ratePhrase(lower, form) {
				continue
			}
			if found != perNone && found != per {
				return perNone
			}
			found = per
		}
	}
	return found
}

// ratePhrase reports whether lower holds form as whole words, and not as
// a length or a point of time (periodBefore, "ago").
func ratePhrase(lower, form string) bool {
	for from := 0; ; {
		i := strings.Index(lower[from:], form)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(form)
		from = end
		before, _ := utf8.DecodeLastRuneInString(lower[:i])
		after, _ := utf8.DecodeRuneInString(lower[end:])
		if i > 0 && (unicode.IsLetter(before) || unicode.IsDigit(before)) || end < len(lower) && unicode.IsLetter(after) {
			continue
		}
		prev := strings.Fields(lower[:i])
		if len(prev) > 0 && periodBefore[corpus.Fold(strings.Trim(prev[len(prev)-1], ",;:"))] {
			continue
		}
		if strings.HasPrefix(strings.TrimSpace(lower[end:]), "ago") {
			continue
		}
		return true
	}
}

// givesRate reports whether c gives a count per the period per: a
// sentence that writes the period (in any language's form, loose) and a
// number that is not a year. A story that writes no rate of that period
// does not answer "how many a day", whatever else it counts.
func givesRate(c *candidate, per period) bool {
	return slices.ContainsFunc(c.sents, func(s string) bool {
		return hasRate(s, per) && answersKind(qHowMany, s)
	})
}

// hasRate reports whether sentence s writes the period per among others.
func hasRate(s string, per period) bool {
	lower := strings.ToLower(s)
	f := periodForms[per]
	return slices.ContainsFunc(append(slices.Clone(f.ask), f.also...), func(form string) bool { return ratePhrase(lower, form) })
}

// relativeYear reports whether a sentence (lower-cased) that tells its
// event by a weekday writes the year y only in a clause after it that
// describes one of its things: after a comma, a relative word or a
// participle ("…подписали в понедельник соглашение о возобновлении
// обмена, прерванного в 2022 году", "signed on Monday a deal to resume
// the exchange, which was halted in 2022"). The weekday dates the
// sentence's event; the year dates what the clause tells of the
// exchange. clauses: the byte ranges from each such comma to the year.
func relativeYear(lower string, y int) (clauses [][2]int, ok bool) {
	day := dayWordRE.FindStringIndex(lower)
	if day == nil {
		return nil, false
	}
	ys := strconv.Itoa(y)
	for from := 0; ; {
		i := strings.Index(lower[from:], ys)
		if i < 0 {
			return clauses, len(clauses) > 0
		}
		i += from
		from = i + len(ys)
		comma := strings.LastIndex(lower[:i], ",")
		if comma < day[1] {
			return nil, false // the year is in the weekday's clause
		}
		words := append(strings.Fields(lower[comma+1:i]), "")
		if w := strings.Trim(words[0], "\"«“("); !relativeWordRE.MatchString(w) || demonstrativeRU[w] {
			return nil, false
		}
		clauses = append(clauses, [2]int{comma, i})
	}
}

// yearOnlyRelative reports whether c writes the year y, where it dates
// anything (eventYears), only in relative clauses of sentences that
// tell their event by a weekday (relativeYear) and that hold none of the
// question's content words: a question of "the deal signed in 2022" is
// not met by "signed on Monday the deal on exchanges, interrupted in
// 2022", but one of "the exchange interrupted in 2022" is.
func yearOnlyRelative(c *candidate, q *question, srcLang string, y int) bool {
	years := eventYears(c)
	cis, _ := locatable(q, srcLang)
	cis = slices.DeleteFunc(cis, func(ci int) bool {
		return slices.ContainsFunc(q.cons, func(k Constraint) bool { return slices.Contains(k.concepts, ci) })
	})
	found := false
	first := 0
	for s, text := range c.sents {
		base := first
		for first < len(c.sent) && c.sent[first] == s {
			first++
		}
		if !slices.Contains(years[s], y) {
			continue
		}
		lower := strings.ToLower(text)
		clauses, ok := relativeYear(lower, y)
		toks := corpus.Tokenize(text)
		if !ok || len(toks) != first-base || len(lower) != len(text) {
			return false
		}
		for _, ci := range cis {
			for _, p := range runStarts(c, q.t.concepts[ci]) {
				if c.sent[p] != s {
					continue
				}
				at := toks[p-base].Start
				if slices.ContainsFunc(clauses, func(r [2]int) bool { return at > r[0] && at < r[1] }) {
					return false // the question asks what the clause tells
				}
			}
		}
		found = true
	}
	return found
}

// relativeWordRE matches, lower-cased, a word that opens a clause
// describing a thing named before it: a relative pronoun ("which",
// "который", "vốn") or a past participle ("halted", "прерванного",
// "приостановленной", "начатых").
var relativeWordRE = regexp.MustCompile(`^(which|who|whose|that|\p{L}+ed|котор\p{L}*|\p{L}+(нн|вш|т)(ого|ому|ой|ым|ых|ую|ая|ое|ые|ый|ий|ом)|vốn|mà|bị)$`)

// demonstrativeRU are Russian pronouns of a participle's shape ("этого").
var demonstrativeRU = setOf("этого", "этой", "этом", "этому", "этим", "этих", "это")

// shortYearRE finds a year written with an apostrophe and two digits
// ("talks of '25", "в ’24"), not inside a word ("rock'n'roll").
var shortYearRE = regexp.MustCompile(`(^|[\s(,;:–—-])['’‘](\d\d)([^\p{L}\p{N}]|$)`)

// fullYears writes a year the question gives as "'25" in full ("2025"):
// read as the number 25, it asks for a 25 no story writes. Two digits
// up to ten years past the current one are of this century, the rest
// of the last.
func fullYears(query string, now time.Time) string {
	return shortYearRE.ReplaceAllStringFunc(query, func(m string) string {
		sub := shortYearRE.FindStringSubmatch(m)
		n, _ := strconv.Atoi(sub[2])
		century := "20"
		if n > now.Year()%100+10 {
			century = "19"
		}
		return sub[1] + century + sub[2] + sub[3]
	})
}

// A year told from the story's date. "Trade reached $66 billion last
// year" in a story of 2026 tells the trade of 2025; "Demidov took up his
// post last year" in a story of 2025 does not date it to 2025, whatever
// the story's own year.

// relativeYearRE finds, lower-cased, a year told from the story's date:
// the last ("last year", "năm ngoái", "в прошлом году"), this ("this
// year", "năm nay", "в этом году") or the next ("next year", "в
// следующем году"). Group 2 is the phrase. Not "năm trước", "năm tới"
// nor "năm sau": after a number they are "years ago", "the coming
// years", "years later" ("hai năm trước"); nor "over the last year".
var relativeYearRE = regexp.MustCompile(`(^|[^\p{L}])(last year|năm ngoái|в прошлом году|прошлого года|в минувшем году|минувшего года|this year|năm nay|в этом году|этого года|в текущем году|текущего года|next year|в следующем году|следующего года|в будущем году)([^\p{L}]|$)`)

// relativeYears returns the years sentence (lower-cased) tells from pub
// (relativeYearRE).
func relativeYears(lower string, pub int) []int {
	var out []int
	for _, m := range relativeYearRE.FindAllStringSubmatchIndex(lower, -1) {
		p := lower[m[4]:m[5]]
		switch {
		case strings.HasSuffix(lower[:m[4]], "the "):
			// "over the last year", "the next year": a span, not a year
		case comparedRE.MatchString(lower[:m[4]]):
			// "giảm 10% so với năm ngoái", "more than last year": the
			// figure is of the story's year, compared with the last
		case strings.HasPrefix(p, "last") || strings.Contains(p, "ngoái") || strings.Contains(p, "прошл") || strings.Contains(p, "минувш"):
			out = append(out, pub-1)
		case strings.HasPrefix(p, "this") || strings.Contains(p, "nay") || strings.Contains(p, "этом") || strings.Contains(p, "этого") || strings.Contains(p, "текущ"):
			out = append(out, pub)
		default:
			out = append(out, pub+1)
		}
	}
	return out
}

// comparedRE finds, lower-cased, a comparison that ends right before a
// relative year: "so với", "compared with", "than", "по сравнению с".
var comparedRE = regexp.MustCompile(`(so với|so voi|compared (with|to)|than|against|по сравнению с|против) $`)

// relativeYearMet decides the year y of q by the sentences of c that
// carry the question's terms best (slotSentences) and tell a year from
// the story's date: met when one of them tells y; not met when they tell
// another and none writes y itself. ok is false when none tells a year
// so, or the story is undated: the year is judged as any other.
func relativeYearMet(c *candidate, q *question, src Citation, y int) (met, ok bool) {
	if src.Published.IsZero() || q.since || q.target {
		return false, false
	}
	cis, _ := locatable(q, src.Lang)
	named, office := map[int]bool{}, map[int]bool{} // the question's names, its offices
	for _, k := range q.cons {
		switch k.Kind {
		case KindName:
			named[k.concepts[0]] = true
		case KindOffice:
			office[k.concepts[0]] = true
		}
	}
	holds := map[int]bool{}   // sentences holding one of the question's terms
	content := map[int]bool{} // … one of its content words
	names := map[int]int{}    // … how many of its names
	asks := false             // the question has content words the story can hold
	for _, ci := range cis {
		if yearOf(q.t.concepts[ci]) != 0 {
			continue
		}
		word := !named[ci] && !office[ci]
		asks = asks || word
		seen := map[int]bool{}
		for _, p := range runStarts(c, q.t.concepts[ci]) {
			s := c.sent[p]
			holds[s] = true
			content[s] = content[s] || word
			if named[ci] && !seen[s] {
				seen[s] = true
				names[s]++
			}
		}
	}
	// A sentence tells the question's event when it holds what the
	// question asks or, the event told in other words ("took up his
	// post" for "start his job"), all the names it asks about; one that
	// holds only some of them tells something else of theirs: "up from
	// $66 billion last year, during a visit by Orlov" is no call between
	// Orlov and Hale.
	tells := func(s int) bool { return !asks || content[s] || len(named) > 0 && names[s] == len(named) }
	years := eventYears(c)
	told, written, dated := false, false, false // written: y itself, even as a bound ("by 2030")
	for _, s := range slotSentences(c, q, src.Lang) {
		if !holds[s] {
			continue
		}
		lower := strings.ToLower(c.sents[s])
		rs := relativeYears(lower, src.Published.Year())
		// "Trade between the US and China came to $580 billion last
		// year" dates the trade, not "the 2025 Geneva talks" another
		// sentence names: the question's names written beside its year
		// must be near, as for a year written out (namesAway).
		if tells(s) {
			if slices.Contains(rs, y) && !namesAwayFrom(c, q, []int{s}) {
				return true, true
			}
			// A sentence that tells its event by the day ("agreed on
			// Wednesday to raise trade …, up from $66 billion last
			// year") dates that event to the story's date; "last year"
			// dates a detail of it.
			told = told || len(rs) > 0 && !givesDay(lower, true)
			// One that tells it on a day of the story's date, with no
			// year ("ДУБНА, 20 июня — Семнадцать физиков … не смогут
			// принять участие"), dates it to the story's year; "в
			// прошлом году" in another sentence dates the background.
			dated = dated || len(rs) == 0 && len(years[s]) == 0 && y == src.Published.Year() && newsDated(lower)
		}
		written = written || slices.Contains(years[s], y) || strings.Contains(c.sents[s], strconv.Itoa(y))
	}
	return false, told && !written && !dated
}

// headOnly reports whether c holds the head of one of con's translated
// multi-word alternatives without the rest: the first words of a
// Vietnamese compound (at least two syllables, since one syllable is
// any word's), the last word of an English or Russian one ("vacancies"
// of "job vacancies").
func headOnly(c *candidate, con concept, srcLang string) bool {
	return slices.ContainsFunc(con.alts, func(a alternative) bool {
		if a.weight == 1 || len(a.words) < 2 {
			return false
		}
		lo, hi := len(a.words)-1, len(a.words)
		if srcLang == "vi" {
			if len(a.words) < 3 {
				return false
			}
			lo, hi = 0, 2
		}
		h := alternative{words: a.words[lo:hi], weight: a.weight}
		if len(a.exact) == len(a.words) {
			h.exact = a.exact[lo:hi]
		}
		if len(a.full) == len(a.words) {
			h.full = a.full[lo:hi]
		}
		return c.hasRun(h)
	})
}

// modifierCounted reports whether c holds a number one or two words
// before a concept the question writes between "how many" and the noun
// it counts (countModifiers): the noun between them, in the story's
// words.
func modifierCounted(c *candidate, q *question) bool {
	for ci, con := range q.t.concepts {
		if ci == q.counted || !slices.ContainsFunc(con.alts, func(a alternative) bool {
			return a.weight == 1 && slices.ContainsFunc(a.words, func(w string) bool { return slices.Contains(q.countMods, w) })
		}) {
			continue
		}
		for _, p := range runStarts(c, con) {
			for k := 1; k <= 2 && p-k >= 0 && c.sent[p-k] == c.sent[p]; k++ {
				if isCount(c.lower[p-k]) && !designated(c, p-k) {
					return true
				}
			}
		}
	}
	return false
}
