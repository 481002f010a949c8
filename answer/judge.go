package answer

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
)

// The answerability judge decides, before anything is quoted or a model is
// called, whether the retrieved passages answer this question or only its
// topic. Retrieval finds passages that share a question's words; in a
// corpus about one relationship nearly every passage shares "Russia",
// "talks" and "sanctions", so a question about another year, another
// country pair, another office-holder or a detail no article gives still
// finds plenty. The judge pins the question down by its key constraints
// and refuses when the passages do not meet them:
//
//   - names (people, organisations, places, countries): a distinctive word
//     the question capitalises, or a term the lexicon spells as a name in
//     another language ("Trung Quốc" is "China"), found in some passage in
//     any of its spellings;
//   - pairs: two names the question joins ("Nga – Trung Quốc", "Russia and
//     China", "Россия и Китай"), or an office and the country or person it
//     belongs to ("đại sứ Mỹ", "US ambassador"), found close together in
//     one passage, not merely both somewhere in it;
//   - years, dates and numbers: written in a passage (a date in either
//     language's form), a year also by the article's publication year;
//     a year is the event's only where the story tells the event, not a
//     year it gives for something else while it tells the event by its
//     day or headline, or away from the names the question writes
//     beside the year (judge_slot.go);
//   - offices (ambassador, foreign minister, đại sứ, посол): found in a
//     passage;
//   - content: the question's other words (what it asks about) must be
//     mostly covered by one article; words of one language that no
//     translation carries count only for articles in that language;
//   - the kind of answer (who, where, when, how many, why, what X said;
//     the deed a "who paid" asks, the time of day "at what time" asks):
//     given where the article says what the question is about, not
//     anywhere in it (see judge_slot.go); for "which bank", "what
//     sentence", "какова сумма", a filler of the noun's kind (a name
//     beside it, a term, a sum: judge_which.go), of the side of the topic
//     asked about (judge_side.go); a speaker named by an office, that
//     office of that side, by rank and not a deputy's (judge_speaker.go,
//     judge_office.go), who says the sentence (judge_said.go), in either
//     script (judge_names.go).
//
// Each unmet constraint is named in the verdict, for logs and evaluation.

// ConstraintKind is what a key constraint of a question pins down.
type ConstraintKind string

// Constraint kinds.
const (
	KindName    ConstraintKind = "name"
	KindPair    ConstraintKind = "pair"
	KindYear    ConstraintKind = "year"
	KindDate    ConstraintKind = "date"
	KindNumber  ConstraintKind = "number"
	KindOffice  ConstraintKind = "office"
	KindContent ConstraintKind = "content"
	// KindTopic is a name of the corpus's own topic (Russia, the US):
	// nearly every article meets it, but the article that answers must
	// too ("Jonathan Pryce on trade with Russia" is not answered by his
	// words on China), by any name of that side ("Moscow", "the Kremlin").
	KindTopic ConstraintKind = "topic"
	// KindAnswer is the kind of answer a "who", "where", "when", "how
	// many", "why" or "what did X say" question asks for: a name, a
	// place, a date, a number bound to what is counted, a cause, X's
	// words, given where the article says what the question is about
	// (judge_slot.go): "the price was not disclosed" does not answer
	// "how much does the gas cost", nor the talks' date "when will the
	// expert groups first meet".
	KindAnswer ConstraintKind = "answer"
	// KindHolder is the office by which a question other than "what did
	// X say" names its subject ("when did the US Treasury Secretary…"):
	// not met by a deputy's office of that side (judge_speaker.go).
	KindHolder ConstraintKind = "holder"
	// KindThing is a thing of the domain the question asks about (a
	// word the lexicon translates: "fertilizer", "vòng bi", "пошлин")
	// that no article of the corpus names in any spelling (rarity.go).
	KindThing ConstraintKind = "thing"
)

// Constraint is one thing a question requires of its passages.
type Constraint struct {
	Kind ConstraintKind
	Text string // as the question writes it ("Trung Quốc", "2024", "Nga – Trung Quốc")
	// concepts are indexes into the question's terms: one, or two for a pair.
	concepts []int
	// listed: a name the question lists beside another ("Saudi Arabia
	// and Turkey"), which another article may meet.
	listed bool
	// post: a pair of a post and a country (see postPair): the country
	// that sends the ambassador (postSends) or receives him.
	post, postSends bool
	// adjectives: a pair of two countries' adjectives joined before the
	// noun they qualify ("Russian and Belarusian airlines", "российские
	// и белорусские авиакомпании"), or of two countries a question of a
	// list joins ("Những công dân Mỹ nào đã được Nga và Belarus trả tự
	// do?"): a list of the airlines, or the Americans, of each, which a
	// story of one country's holds (Verdict.Holds).
	adjectives bool
	// span: the indexes (into the constraints) of the years of one span
	// the question writes ("2025–2026", "winter of 2025-26"), this one
	// among them: a date inside the span meets each (judge_yearspan.go).
	span []int
}

func (c Constraint) String() string { return string(c.Kind) + " " + strconv.Quote(c.Text) }

// Verdict is the judge's decision on one question and its passages.
type Verdict struct {
	Answerable  bool
	Constraints []Constraint // every key constraint of the question
	Unmet       []Constraint // those the passages do not meet
	// Coverage is the best share of the question's content one article
	// covers, from 0 to 1.
	Coverage float64
	// Missing are the content words of the question the best-covering
	// article lacks.
	Missing []string
	// Closest is the index (into the sources judged) of the article that
	// meets most of the question, -1 when there are no sources.
	Closest int
	// Meets tells, per source judged, whether it meets the whole
	// question (all constraints and enough content): when answerable,
	// the articles an answer should lead with.
	Meets []bool
	// Holds tells, per source judged, whether it meets the question's
	// hard constraints (hardKind: its names, places, pair, years and
	// dates, offices), a listed name where another source meets it,
	// whatever its content and the kind of answer it gives: the sources
	// an answer may quote at all (quotesFor).
	Holds []bool
	// missed are, per source judged, the hard constraints it fails (none
	// where Holds): heldByStory looks for its names in the whole story.
	missed [][]Constraint
	// metShare is, per constraint, the share of sources meeting it: the
	// answerability score's view of constraints the verdict stops at
	// (score.go).
	metShare []float64
	// need is the content share the closest source had to cover
	// (contrastCoverage raises it for a pair near miss), for Reason.
	need float64
	// spelt tells, per source judged, the names (Constraint.Text) it
	// writes in a spelling of its own language, not met on trust
	// (named.go).
	spelt []map[string]bool
}

// Reason says why the verdict is what it is, for logs and evaluation:
// "answerable", or the unmet constraints.
func (v Verdict) Reason() string {
	if v.Answerable {
		return "answerable"
	}
	parts := make([]string, 0, len(v.Unmet))
	for _, c := range v.Unmet {
		if c.Kind == KindContent {
			parts = append(parts, fmt.Sprintf("content %.2f < %.2f, missing %s", v.Coverage, cmp.Or(v.need, minContentCoverage), strings.Join(v.Missing, ", ")))
			continue
		}
		parts = append(parts, c.String())
	}
	return "unmet: " + strings.Join(parts, "; ")
}

// Judge tuning.
const (
	// pairWindow is how many words apart two names may be in a passage to
	// count as named together ("talks between Russia and China", "US
	// Ambassador to Moscow"); a sentence that names China twenty words
	// after Russia is about something else. Vietnamese counts syllables,
	// about two to an English word, and puts titles first ("Hạ nghị sĩ
	// đảng Dân chủ bang New York Gregory Meeks"): pairWindowVI.
	pairWindow   = 8
	pairWindowVI = 12
	// minContentCoverage is the share of the question's content words one
	// article must hold. Below it, the passages share the question's names
	// but not what it asks about ("prisoner swap" in an article on talks).
	minContentCoverage = 0.34
	// minNameMatch is the match (terms.match: the share of a name's
	// words and word pairs found, squared) that meets a name or office
	// without its whole spelling: three of four words and two of three
	// pairs.
	minNameMatch = 0.5
	// minContentWords is how many content words (untranslated ones
	// counting untranslatedWeight) a question needs for its content to
	// be judged: one verb ("achieve", "urge") is too often paraphrased.
	minContentWords = 2
	// partialContent discounts a content phrase found only in part.
	partialContent = 0.5
	// untranslatedWeight is what a content word the lexicon does not
	// know counts against one it does.
	untranslatedWeight = 0.5
)

// judge decides whether sources answer query (in the question's language
// lang). See the comment above ConstraintKind.
func judge(query, lang string, sources []Citation) Verdict {
	return judgeRare(nil, query, lang, sources)
}

// judgeRare is judge with the corpus's statistics: the question's content
// words weigh by their rarity in the whole corpus (rarityWeights).
func judgeRare(rare rarity, query, lang string, sources []Citation) Verdict {
	parts := askParts(query)
	if len(parts) < 2 {
		return judgeAsk(rare, query, lang, sources, true)
	}
	// Two asks in one question ("Who is the new ambassador, and from
	// what date will the embassy take visa applications?"): the answer
	// slot of one is blind to the other, whose terms pull the slot's
	// sentences away from it. The whole question is judged without a
	// slot (its names, years and content), and each ask by its own: the
	// passages answer it when they answer one ask. Each ask may be
	// another article's ("What did Tarasenko ask for in Juneau, and when
	// does the Chukchi Sea expedition sail?" is two reports): the whole is
	// met too when every ask, without its slot, is met by an article of
	// its own, so a name of one ask is not sought in the other's report,
	// and a detail no report holds still fails its ask.
	v := judgeAsk(rare, query, lang, sources, false)
	if !v.Answerable {
		v = asksMet(rare, v, parts, lang, sources)
	}
	if !v.Answerable {
		return v
	}
	var first Verdict
	for i, p := range parts {
		pv := judgeAsk(rare, p, lang, sources, true)
		if pv.Answerable {
			return v
		}
		if i == 0 {
			first = pv
		}
	}
	first.Constraints, first.metShare = v.Constraints, v.metShare
	return first
}

// askParts splits a question with several asks ("Who is X, and when will
// Y?", "Кто возглавлял делегацию и сколько вакансий…", "Ai là đại sứ
// mới và khi nào…") into them: at a conjunction or a comma with an
// interrogative on both sides, or where one ask is put to two settings
// ("in Vienna and in Muscat", coordinatedAsks). "What did the US and
// China agree" is one ask: nothing asks after its "and".
func askParts(query string) []string {
	for _, m := range askJoinRE.FindAllStringIndex(query, -1) {
		left, right := query[:m[0]], query[m[1]:]
		if both := elidedAsk(left, right); both != nil {
			return both
		}
		if both := gappedAsk(left, right); both != nil {
			return both
		}
		// Each side an ask of its own, not "Кто и когда подписал"; the
		// right one asks before its first comma: in "Where did the U.S.
		// and Russia hold …, and where …?" the first "and" joins the two
		// sides, and the ask after it is the second clause's.
		if len(strings.Fields(left)) >= 3 && len(strings.Fields(right)) >= 3 &&
			askWordRE.MatchString(strings.ToLower(left)) && askWordRE.MatchString(strings.ToLower(firstClause(right))) {
			// The left ask may put itself to two settings ("commented
			// both on the exchange and on the sanctions, and what did he
			// say?"): split as a question of its own.
			return append(coordinatedAsks(strings.TrimSpace(left)+"?", false), askParts(right)...)
		}
	}
	return coordinatedAsks(query, false)
}

// firstClause is s up to its first comma or semicolon.
func firstClause(s string) string {
	if k := strings.IndexAny(s, ",;"); k >= 0 {
		return s[:k]
	}
	return s
}

// elidedAsk splits a question whose second ask is its question word
// alone, the rest said once ("Where was Pell arrested, and why?", "Pell
// bị bắt ở đâu và vì sao?", "Где арестовали Пелла и почему?"), into the
// two asks, the second the first with its question word replaced ("why
// was Pell arrested?"); nil when right says more than a question word or
// asks the same kind as left.
func elidedAsk(left, right string) []string {
	word := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(right), "?!. "))
	if word == "" || len(strings.Fields(word)) > 2 || len(strings.Fields(left)) < 3 {
		return nil
	}
	lowLeft, lowWord := strings.ToLower(left), strings.ToLower(word)
	tw, tl := questionType(lowWord), questionType(lowLeft)
	if tw == qOther || tl == qOther || tw == tl {
		return nil
	}
	for _, qt := range questionTypes {
		if qt.t != tl {
			continue
		}
		m := qt.re.FindStringSubmatchIndex(lowLeft)
		if m == nil {
			return nil
		}
		// The question word of left (group 2), replaced by right's.
		second := left[:m[4]] + word + left[m[5]:]
		return []string{strings.TrimSpace(left) + "?", strings.TrimSpace(second) + "?"}
	}
	return nil
}

// gappedAsk splits a question whose second ask leaves out the verb the
// first one said (gapping): "What will Yekaterinburg get from Chicago,
// and Samara from Milwaukee?", "Что Екатеринбург получит из Чикаго, а
// Самара — из Милуоки?", "Yekaterinburg nhận gì từ Chicago, còn Samara
// từ Milwaukee?". The right side is a name and a phrase opened by a
// preposition of the left one (a dash may stand for the verb), no
// interrogative; the second ask is the left one with its name and that
// phrase replaced: "What will Samara get from Milwaukee?". Each ask may
// be another report's. nil when right is not such a remnant.
func gappedAsk(left, right string) []string {
	rest := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(right), "?!. "))
	if rest == "" || askWordRE.MatchString(strings.ToLower(rest)) || strings.ContainsAny(rest, ",;:") {
		return nil
	}
	rest = gapDashRE.ReplaceAllString(rest, " ")
	rw := wordSpans(rest)
	// The name: the capitalised words that open right, one or two.
	n := 0
	for n < len(rw) && n < 2 && startsUpper(rest[rw[n][0]:]) {
		n++
	}
	if n == 0 || n+2 > len(rw) || len(rw)-n > 4 {
		return nil
	}
	name, phrase := rest[:rw[n-1][1]], rest[rw[n][0]:]
	prep := strings.ToLower(rest[rw[n][0]:rw[n][1]])
	lw := wordSpans(left)
	// Left's name: its first capitalised run that is no interrogative,
	// not the first word unless Vietnamese-like subject first.
	ns, ne := -1, -1
	for i := 0; i < len(lw); i++ {
		w := left[lw[i][0]:lw[i][1]]
		if !startsUpper(w) || askWordRE.MatchString(strings.ToLower(w)) {
			if ns >= 0 {
				break
			}
			continue
		}
		if ns < 0 {
			ns = i
		}
		ne = i
	}
	// Left's phrase: the last word spelled as right's preposition, after
	// the name, its phrase running to the end of left, two to four words.
	pi := -1
	for i := len(lw) - 1; i > ne && ns >= 0; i-- {
		if strings.ToLower(left[lw[i][0]:lw[i][1]]) == prep {
			pi = i
			break
		}
	}
	if pi < 0 || len(lw)-pi < 2 || len(lw)-pi > 4 {
		return nil
	}
	second := left[:lw[ns][0]] + name + left[lw[ne][1]:lw[pi][0]] + phrase
	return []string{strings.TrimSpace(left) + "?", strings.TrimSpace(second) + "?"}
}

// gapDashRE finds a dash standing for a verb left out ("а Самара — из
// Милуоки").
var gapDashRE = regexp.MustCompile(`\s+[—–-]\s+`)

var (
	// askJoinRE finds what joins two asks: a comma or semicolon, a
	// conjunction, or both (vi/en/ru).
	askJoinRE = regexp.MustCompile(`(?i)\s*[,;]\s*((and|but|и|а|но|và|còn)\s+)?|\s+(and|but|и|а|но|và|còn)\s+`)
	// askWordRE finds an interrogative word (vi/en/ru), lower-cased.
	askWordRE = regexp.MustCompile(`(^|[^\p{L}])(who|whom|whose|what|when|where|why|how|which|кто|кого|кому|кем|что|чего|чем|когда|где|куда|откуда|почему|зачем|как|какой|какая|какое|какие|каких|каком|какую|каков\p{L}*|сколько|чей|чья|чьи|ai|gì|nào|đâu|bao nhiêu|bao lâu|mấy|sao)([^\p{L}]|$)`)
)

// judgeAsk is judge for one ask; slot: whether the answer slot (who,
// when, how many …) is judged.
func judgeAsk(rare rarity, query, lang string, sources []Citation, slot bool) Verdict {
	query = fullSpans(fullYears(spellUS(arabicCenturies(britainVI(query))), time.Now()))
	t, demonyms := withDemonyms(query, withBareOffices(queryTerms(query, lang)))
	cons, notContent := constraints(query, t)
	newPost := newPostAsked(query, t, cons) // judge_newpost.go, of the words as written
	qt := questionType(query)
	age := asksAgeOf(query)
	if qt == qOther && age {
		qt = qHowMany // "how old", "what age": a number of years, as "сколько лет ему" asks
	}
	if slot && (qt == qHowMany || qt == qWhen || qt == qWho || qt == qWhere || qt == qSay || qt == qWhy) {
		cons = append(cons, Constraint{Kind: KindAnswer, Text: qt.String()})
	}
	t = dayDates(stemmedTerms(withMonthNames(withTopicNames(withUnprefixed(query, withSynonyms(t)), cons), cons)), cons)
	v := Verdict{Constraints: cons, Closest: -1}
	if len(sources) == 0 {
		v.Unmet = cons
		return v
	}
	texts := make([]candidate, len(sources))
	for i, s := range sources {
		texts[i] = stemmedText(s.Title + "\n" + s.Passage)
	}
	q0 := qt
	lexName := lexNames(query)
	maps.Copy(lexName, demonyms)
	q := &question{t: t, cons: cons, notContent: notContent, lang: lang, qt: q0, lexName: lexName,
		money: asksMoney(query, qt), perHead: asksMoney(query, qt) && asksPerHead(query),
		event: qt == qWhen && !speechRE.MatchString(query) && !asksSaying(query),
		since: sinceYear(foldedWords(query)), often: frequencyQuestionRE.MatchString(strings.ToLower(query)),
		next: nextRE.MatchString(strings.ToLower(query)), counted: -1, named: -1, deed: deedConcept(query, t, qt), payer: payerQuestion(query, qt), target: targetYear(foldedWords(query)), headOf: headConcept(query, t), people: peopleCountRE.MatchString(strings.ToLower(query)), yearNames: nearYearNames(query, t, cons), past: pastQuestionRE.MatchString(strings.ToLower(query)),
		future: asksFuture(query, qt), day: qt == qWhen && asksDay(query), hour: qt == qWhen && asksHour(query), acronyms: acronymsOf(query)}
	q.succession = asksSuccession(query, qt)
	q.planFate = asksPlanFate(query, qt)               // judge_calledoff.go
	q.unwritten = unwrittenNames(rare, query, t, cons) // judge_unwritten.go
	q.newPost = newPost
	q.season = askedSeason(query) // judge_season.go
	q.wherePlace = askedWhere(query, qt)
	q.wherePlace.code = codeQuestionRE.MatchString(strings.ToLower(query)) // judge_where.go
	q.partner = partnerSideRE.MatchString(strings.ToLower(query))          // judge_side.go
	q.places = regionPlaces(query, cons)                                   // judge_region.go
	q.scale = askedScale(strings.ToLower(query))                           // judge_span.go
	q.priced = -1
	if q.money {
		q.priced = pricedConcept(query, t)
	}
	if qt == qHowMany && !q.money {
		q.counted = countedConcept(query, t)
		q.countMods = countModifiers(query)
		q.limit = limitQuestionRE.MatchString(strings.ToLower(query))
		q.per = askedPeriod(query)
		q.first = asksFirstPeriod(query)
		// A count per period ("bao nhiêu mỗi tháng", "how much a
		// week") asks no length of time: its unit of time is the rate's
		// (givesRate), and "900 USD mỗi tháng" answers it.
		if q.duration = q.per == perNone && (asksDuration(query) || age); q.duration {
			q.counted = -1 // "how many years": any length of time (givesDuration)
		}
	}
	if q.duration {
		durationNotContent(t, notContent)
		q.personTime = asksOfPerson(query, cons) // judge_bind.go
	}
	if qt == qWhen && fateQuestionRE.MatchString(strings.ToLower(query)) {
		q.fateOf = fatePersons(query, cons) // the date of a person's own fate (judge_bind.go)
		q.personTime = len(q.fateOf) > 0
	}
	// "How old is X?" is no count in English ("detail"): the age asked
	// is X's all the same.
	q.age = age
	if q.ratio = qt == qHowMany && asksRatio(query); q.ratio {
		q.counted = -1 // a multiplier answers, not a count (judge_ratio.go)
		ratioNotContent(t, notContent)
	}
	if qt == qSay {
		q.speakers = withoutMatter(query, lang, t, cons, speakers(query, cons))
		q.sayOffice = officeSpeaker(query, t, cons, q.speakers)
	} else if q.heldOffice = heldOffice(query, t, cons); q.heldOffice != nil {
		q.cons = append(q.cons, Constraint{Kind: KindHolder, Text: q.heldOffice.text})
		cons, v.Constraints = q.cons, q.cons
	}
	if q.named = namedConcept(query, t); q.named >= 0 && slot && !slices.ContainsFunc(cons, func(k Constraint) bool { return k.Kind == KindAnswer }) {
		q.cons = append(q.cons, Constraint{Kind: KindAnswer, Text: "name"})
		cons, v.Constraints = q.cons, q.cons
	}
	if q.which = whichHead(query, cons); qt == qWhere && q.which.kind == fillNone {
		q.which.persons = personNames(query, cons) // where a person is from, was held (fillsNameSlot)
	}
	if slot && q.which.kind != fillNone && (q.qt == qOther || q.qt == qSay) && q.named < 0 {
		q.cons = append(q.cons, Constraint{Kind: KindAnswer, Text: q.which.kind.String()})
		cons, v.Constraints = q.cons, q.cons
	}
	if h, text, ok := askedHead(query); slot && ok && q.which.kind == fillNone {
		q.head, q.headPerson = h, personHead(askedHeadWord(query))
		q.headBasis = basisAsked(query)
		q.headBuilding = buildingHead(h)
		q.cons = append(q.cons, Constraint{Kind: KindHead, Text: text})
		cons, v.Constraints = q.cons, q.cons
	} else if h, text, ok := askedRate(query); slot && ok && qt == qHowMany {
		q.head, q.rate = h, true
		q.cons = append(q.cons, Constraint{Kind: KindHead, Text: text})
		cons, v.Constraints = q.cons, q.cons
	}
	if n, text := askedOrdinal(query); n > 0 {
		q.ordinal = n
		// "When is the second round?" asks of one still to come, as
		// "will" does: a when-question not put in the past.
		q.futureAsked = futureRE.MatchString(strings.ToLower(query)) || nextRE.MatchString(strings.ToLower(query)) ||
			q.future || qt == qWhen && !q.past
		q.cons = append(q.cons, Constraint{Kind: KindOrdinal, Text: text}) // judge_ordinal.go
		cons, v.Constraints = q.cons, q.cons
	}
	if slot && q.qt == qOther && !slices.ContainsFunc(cons, func(k Constraint) bool { return k.Kind == KindAnswer }) && slices.ContainsFunc(cons, func(k Constraint) bool { return k.Kind == KindName }) {
		// What a named person did or had done to him (judge_bind.go).
		q.cons = append(q.cons, Constraint{Kind: KindAnswer, Text: "detail"})
		cons, v.Constraints = q.cons, q.cons
	}
	metBy := make([][]bool, len(sources)) // [source][constraint]
	for i := range sources {
		metBy[i] = make([]bool, len(cons))
		qi := regionView(&texts[i], q) // judge_region.go
		for ci, c := range cons {
			metBy[i][ci] = meets(&texts[i], sources[i], qi, c)
		}
	}
	spanMet(cons, metBy) // judge_yearspan.go
	v.spelt = make([]map[string]bool, len(sources))
	for i := range sources {
		for ci, c := range cons {
			if c.Kind == KindName && metBy[i][ci] && spelt(&texts[i], sources[i].Lang, q, t.concepts[c.concepts[0]]) {
				if v.spelt[i] == nil {
					v.spelt[i] = map[string]bool{}
				}
				v.spelt[i][c.Text] = true
			}
		}
	}
	v.metShare = make([]float64, len(cons))
	for _, m := range metBy {
		for ci, ok := range m {
			v.metShare[ci] += flag(ok) / float64(len(sources))
		}
	}
	// One article must meet the question: its names, pair, office, year
	// and content together. Names the question lists ("Saudi Arabia and
	// Turkey") may each come from another article.
	unionMet := func(ci int) bool { return slices.ContainsFunc(metBy, func(m []bool) bool { return m[ci] }) }
	best := -1.0
	var bestMissing []string
	covs := make([]float64, len(sources))
	misses := make([][]string, len(sources))
	// The head of a typed slot ("какой банк") is judged by the slot: as
	// content too, a story naming banks for another reason would cover
	// "which bank got the license" without the license.
	if slot && q.which.kind != fillNone {
		notContent = maps.Clone(notContent)
		if notContent == nil {
			notContent = map[int]bool{}
		}
		for ci, con := range t.concepts {
			if len(con.alts) > 0 && len(q.which.con.alts) > 0 && slices.Equal(con.alts[0].words, q.which.con.alts[0].words) {
				notContent[ci] = true
			}
		}
	}
	asked := nounFramesVI(query, lang, t) // judge_describe.go
	idf := rarityWeights(rare, t, func(ci int) bool { return notContent[ci] || questionConcept(t.concepts[ci]) && !asked[ci] })
	// "How did X describe Y" asks what X said of Y, whatever the kind
	// questionType reads (judge_describe.go).
	described := describeVerbs(query, t)
	about := (qt == qSay || described != nil) && saysAbout(t, notContent)
	lacking := unspelledLacking(q, texts, sources, metBy)
	// Looked up once, and only when asked for: a question refused
	// before it needs them, with no action to look up, costs no lookup.
	skipContent := func(ci int) bool { return notContent[ci] || questionConcept(t.concepts[ci]) }
	things := sync.OnceValue(func() []int { return absentThings(rare, t, skipContent) })
	// The verbs a report tells otherwise: how talks ended (judge_outcome.go),
	// an action the corpus never says (rarity.go). Left out of content
	// only where the passage names one of the question's names itself:
	// with a name met on trust alone, they are the last evidence left.
	otherwise := union(outcomeVerbs(query, t), described, unsaidActions(things, query, t, skipContent))
	for i := range sources {
		var told map[int]bool
		if otherwise != nil && vouchedName(q, sources[i], metBy[i]) {
			told = otherwise
		}
		cov, missing, ok := contentCoverage(&texts[i], sources[i].Lang, lang, t, notContent, idf, about, lacking[i], told, asked)
		if !ok {
			cov = 1 // nothing to cover beyond the constraints
		}
		covs[i], misses[i] = cov, missing
		if cov > best {
			best, bestMissing = cov, missing
		}
	}
	contrastParties(q, texts, metBy, covs) // judge_actor.go
	need := contrastCoverage(cons, metBy, covs)
	contrastCountry(query, q, texts, sources, metBy, covs, need) // judge_actor.go
	unspelledHeads(q, sources, cons, metBy, covs, need)
	closestScore := -1.0
	v.Holds, v.missed = make([]bool, len(sources)), make([][]Constraint, len(sources))
	for i := range sources {
		v.Holds[i] = true
		for ci, c := range cons {
			if hardKind(c.Kind) && !groupOffice(q, c) && !metBy[i][ci] && !(c.listed && unionMet(ci)) && !adjectiveListed(cons, ci, metBy[i], unionMet) {
				v.Holds[i] = false
				v.missed[i] = append(v.missed[i], c)
			}
		}
	}
	v.Meets = make([]bool, len(sources))
	for i := range sources {
		met, all := 0.0, true
		for ci, c := range cons {
			switch {
			case metBy[i][ci]:
				met++
			case c.listed && unionMet(ci):
			default:
				all = false
			}
		}
		if all && covs[i] >= need[i] {
			v.Meets[i] = true
			if !v.Answerable {
				v.Answerable, v.Closest, v.Coverage, v.Missing = true, i, covs[i], misses[i]
			}
			continue
		}
		// Closest: most constraints met, then most content.
		if s := met + covs[i]; s > closestScore {
			closestScore, v.Closest = s, i
		}
	}
	if v.Answerable {
		// A source in the question's language that lacks a thing the
		// corpus never names answers another question (absentThing).
		var thing *Constraint
		for i, m := range v.Meets {
			if !m {
				continue
			}
			if k, ok := absentThing(things(), query, sources[i].Lang, lang, t, &texts[i]); ok {
				v.Meets[i], thing = false, &k
			}
		}
		if thing == nil {
			return v
		}
		if i := slices.Index(v.Meets, true); i >= 0 {
			v.Closest, v.Coverage, v.Missing = i, covs[i], misses[i]
			return v
		}
		v.Answerable = false
		v.Unmet = append(v.Unmet, *thing)
		return v
	}
	c := v.Closest
	for ci, k := range cons {
		if !metBy[c][ci] && !(k.listed && unionMet(ci)) {
			v.Unmet = append(v.Unmet, k)
		}
	}
	v.Coverage, v.Missing, v.need = covs[c], misses[c], need[c]
	if covs[c] < need[c] {
		v.Unmet = append(v.Unmet, Constraint{Kind: KindContent, Text: query})
	}
	if len(v.Unmet) == 0 {
		// Each part met somewhere, never together.
		v.Coverage, v.Missing, v.need = best, bestMissing, minContentCoverage
		v.Unmet = append(v.Unmet, Constraint{Kind: KindContent, Text: query})
	}
	return v
}

// groupOffice reports whether c is an "office" that names a group, not a
// post ("the delegation", "phái đoàn", "делегация"): many stories tell
// of a delegation, and one that says "the Russian side" or names its
// members instead tells the same talks; it does not pin the story down.
func groupOffice(q *question, c Constraint) bool {
	return c.Kind == KindOffice && len(c.concepts) == 1 && c.concepts[0] < len(q.t.concepts) && delegationConcept(q.t.concepts[c.concepts[0]])
}

// hardKind reports whether a constraint of kind k pins down which story
// is asked about (a name, a place, the pair, a year or date, a number,
// an office, the topic's side), not what of it is asked (content, the
// kind of answer, the head noun): a story that fails one tells another
// event, and none of its sentences is evidence.
func hardKind(k ConstraintKind) bool {
	switch k {
	case KindName, KindPair, KindYear, KindDate, KindNumber, KindOffice, KindHolder, KindTopic:
		return true
	}
	return false
}

// contrastCoverage returns the share of the question's content each
// source must cover. It is minContentCoverage, but for a pair of the
// topic and another country ("the US and China") when another source
// tells the question's content in full of the corpus's own pair: then
// the question is a near miss of that story ("How did the US and China
// agree to ease limits on embassy staff?" of the US–Russia deal on
// embassy staff), and an article on the other pair answers only when it
// covers the content nearly as well (minContrastCoverage), not by its
// shared verbs ("agree", "ease limits" on chip exports).
func contrastCoverage(cons []Constraint, metBy [][]bool, covs []float64) []float64 {
	need := make([]float64, len(covs))
	for i := range need {
		need[i] = minContentCoverage
	}
	for pi, k := range cons {
		if k.Kind != KindPair || k.post || !slices.ContainsFunc(cons, func(o Constraint) bool {
			return o.Kind == KindTopic && len(o.concepts) == 1 && slices.Contains(k.concepts, o.concepts[0])
		}) {
			continue
		}
		// A source that meets all but the pair and its sides, covering
		// all of the content.
		if pairContrast(cons, pi, metBy, covs) < fullCoverage {
			continue
		}
		for i, m := range metBy {
			if m[pi] {
				need[i] = max(need[i], minContrastCoverage)
			}
		}
	}
	return need
}

// pairContrast returns the best content coverage of a source that fails
// the pair cons[pi] but meets every other constraint but the pair's
// sides: a story that tells the question of another pair (-1 when none
// covers minContentCoverage).
func pairContrast(cons []Constraint, pi int, metBy [][]bool, covs []float64) float64 {
	k := cons[pi]
	side := func(o Constraint) bool {
		return slices.ContainsFunc(o.concepts, func(x int) bool { return slices.Contains(k.concepts, x) })
	}
	best := -1.0
	for j, m := range metBy {
		if m[pi] || covs[j] < minContentCoverage {
			continue
		}
		others := true
		for oi, o := range cons {
			others = others && (m[oi] || side(o))
		}
		if others {
			best = max(best, covs[j])
		}
	}
	return best
}

// Coverage for a pair near miss by contrast (contrastCoverage).
const (
	// fullCoverage: the story of the corpus's own pair tells all the
	// question asks.
	fullCoverage = 0.9
	// minContrastCoverage: what an article on the other pair must then
	// cover. The question's objects (embassy staff, a treaty, a quota)
	// weigh more than its verbs (rarityWeights): sharing only verbs
	// covers about half.
	minContrastCoverage = 0.7
)

// topicMetonyms are the names that stand for each side of the corpus's
// topic ("Moscow wants", "the Kremlin said", "Washington imposed"): a
// question naming one is met by an article naming another. They are
// written in English and spelled in every language through the lexicon.
var topicMetonyms = [][]string{
	{"Russia", "Moscow", "Kremlin"},
	{"United States", "Washington", "White House"},
}

// withTopicNames adds to each topic name the spellings of the names that
// stand for the same side (topicMetonyms).
func withTopicNames(t terms, cons []Constraint) terms {
	for _, k := range cons {
		if k.Kind != KindTopic {
			continue
		}
		con := &t.concepts[k.concepts[0]]
		for _, group := range topicMetonyms {
			var alts []alternative
			hit := false
			for _, name := range group {
				spellings := append([]string{name}, retrieval.Expand(name)...)
				// The lexicon adds no spelling of a term's own language
				// (an English "Washington" is not expanded to "U.S.",
				// "American"): they come back through the others'.
				for _, sp := range spellings[1:] {
					for _, back := range retrieval.Expand(sp) {
						if !slices.Contains(spellings, back) {
							spellings = append(spellings, back)
						}
					}
				}
				for _, sp := range spellings {
					a := phraseOf(sp).alternative(expansionWeight)
					a.exact = make([]string, len(a.words)) // folded match
					alts = append(alts, a)
					hit = hit || slices.ContainsFunc(con.alts, func(b alternative) bool { return slices.Equal(b.words, a.words) })
				}
			}
			if hit {
				con.alts = append(con.alts, alts...)
			}
		}
	}
	return t
}

// stemmedTerms returns t with every alternative's words replaced by
// their match keys (matchKey), to match stemmedText: "Орлова" is
// "Орлов", "expires" is "expire". The spellings that must match with
// their diacritics (alternative.exact) are kept as written.
func stemmedTerms(t terms) terms {
	out := terms{concepts: make([]concept, len(t.concepts))}
	for ci, con := range t.concepts {
		c := concept{specific: con.specific, alts: make([]alternative, 0, len(con.alts))}
		for _, a := range con.alts {
			b := a
			b.full = a.words
			b.words = make([]string, len(a.words))
			for k, w := range a.words {
				b.words[k] = matchKey(w)
			}
			c.alts = append(c.alts, b)
		}
		out.concepts[ci] = c
	}
	return out
}

// stemmedText is wholeText with its words replaced by their match keys
// (see stemmedTerms).
func stemmedText(text string) candidate {
	var c candidate
	n := 0
	for _, line := range strings.Split(text, "\n") {
		for _, sent := range sentences(line) {
			// One word for one word: c.sents keeps the story's own text.
			f, l := tokens(arabicCenturies(sent))
			c.sents = append(c.sents, sent)
			c.full = append(c.full, f...)
			c.lower = append(c.lower, l...)
			for range f {
				c.sent = append(c.sent, n)
			}
			n++
		}
	}
	c.text = text
	c.words = make([]string, len(c.full))
	c.at = make(map[string][]int, len(c.words))
	for p, w := range c.full {
		c.words[p] = matchKey(w)
		c.at[c.words[p]] = append(c.at[c.words[p]], p)
	}
	return c
}

// matchKey is the key a folded word is looked up by: its stem, or for a
// Cyrillic word its first three letters, since Snowball's Russian stems
// of one word's forms differ ("Орлов" → "орл", "Орлова" → "орлов";
// "транзит" → "транз", "транзита" → "транзит") and sameWord decides.
func matchKey(w string) string {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.Is(unicode.Cyrillic, r) {
		return corpus.Stem(w)
	}
	if rs := []rune(w); len(rs) > 3 {
		return string(rs[:3])
	}
	return w
}

// sameWord reports whether two folded words with the same match key are
// forms of one word: equal stems, or, in Cyrillic, the stem of one
// beginning the other ("транзит" of "транзита" begins "транзит"), stems
// of three letters or more.
func sameWord(a, b string) bool {
	if a == b {
		return true
	}
	sa, sb := corpus.Stem(a), corpus.Stem(b)
	if sa == sb {
		return true
	}
	r, _ := utf8.DecodeRuneInString(a)
	if !unicode.Is(unicode.Cyrillic, r) {
		return false
	}
	return stemBegins(sa, b) || stemBegins(sb, a)
}

// stemBegins reports whether stem s (three letters or more) begins w as
// a stem begins its inflected forms: followed by an ending of at most
// four letters ("организац" + "иями"). A longer rest is another word
// that shares a short stem's letters: "посл" (of "посла") begins
// "последний", "сам" "самсонов".
func stemBegins(s, w string) bool {
	n := utf8.RuneCountInString(s)
	return n >= 3 && strings.HasPrefix(w, s) && utf8.RuneCountInString(w)-n <= 4
}

// withSynonyms adds to each concept the same-language synonyms the
// lexicon knows through a translation ("restore" → "khôi phục" →
// "reestablish"): the judge asks whether an article says the thing, not
// the asker's word for it.
func withSynonyms(t terms) terms {
	for ci := range t.concepts {
		con := &t.concepts[ci]
		seen := map[string]bool{}
		for _, a := range con.alts {
			seen[strings.Join(a.words, " ")] = true
		}
		var more []alternative
		for _, a := range con.alts {
			if a.weight == 1 {
				continue
			}
			part := partExpansions(a.words)
			from := a.words
			if a.whole {
				// As written: folded, "vé" is "ve" and no "=vé" of
				// the lexicon.
				from = make([]string, len(a.words))
				for i, w := range a.words {
					from[i] = cmp.Or(a.exact[i], w)
				}
			}
			for _, e := range retrieval.Expand(strings.Join(from, " ")) {
				if a.whole && !expandsBack(e, from) {
					// An "=" phrase holds other entries' terms
					// ("Thủ tướng Anh" holds "Thủ tướng", prime
					// minister): only its own entry's spellings are
					// its synonyms, or Britain is met by any premier.
					continue
				}
				p := phraseOf(e)
				if key := strings.Join(p.folded, " "); key != "" && !seen[key] {
					seen[key] = true
					alt := p.alternative(expansionWeight)
					// The topic's country a longer name holds ("Cơ quan
					// Tình báo Trung ương Mỹ") is a part of it, even
					// where the word alone expands to nothing ("my"
					// without its tone): the CIA is not the US.
					back := len(from) < 2 || expandsBack(e, from)
					alt.part = part[key] || retrieval.Topic(e) && !back
					alt.inner = !a.whole && !back
					if retrieval.Exact(e) {
						alt.whole = true
					}
					more = append(more, alt)
				}
			}
		}
		con.alts = append(con.alts, more...)
	}
	return t
}

// partExpansions returns the expansions (folded) of the shorter runs of
// words that name a side of the topic: the lexicon expands every phrase
// inside a text, so "russian president" also expands to "Nga", its
// "russian" alone, which is no synonym of the whole: a name in several
// words ("Tổng thống Nga") would be met by any story naming Russia
// (alternative.part), as nearly all of them do.
func partExpansions(words []string) map[string]bool {
	out := map[string]bool{}
	for i := range words {
		for j := i + 1; j <= len(words); j++ {
			if j-i == len(words) {
				continue
			}
			for _, e := range retrieval.Expand(strings.Join(words[i:j], " ")) {
				if retrieval.Topic(e) {
					out[strings.Join(phraseOf(e).folded, " ")] = true
				}
			}
		}
	}
	return out
}

// expandsBack reports whether the lexicon expands e back to the phrase
// words (as written): whether e spells the phrase's own entry.
func expandsBack(e string, words []string) bool {
	want := strings.Join(foldedWords(strings.Join(words, " ")), " ")
	return slices.ContainsFunc(retrieval.Expand(e), func(b string) bool {
		return strings.Join(foldedWords(b), " ") == want
	})
}

// constraints extracts the key constraints of query from its terms. Only
// concepts the question itself writes are constraints (a translation the
// lexicon adds is one of their spellings, not another requirement).
//
// notContent holds the concepts that are not the question's content: its
// constraints, the topic's names, and translations not tied to a word of
// the question.
func constraints(query string, t terms) (out []Constraint, notContent map[int]bool) {
	q := phraseOf(query)
	raw, dashAfter, bracketed := rawWords(query, len(q.folded))
	names := nameConcepts(query, t)
	pos := make([][2]int, len(t.concepts)) // query word span of each concept, or -1
	for ci, con := range t.concepts {
		pos[ci] = [2]int{-1, -1}
		for _, a := range con.alts {
			if a.weight != 1 {
				continue
			}
			if i := indexRun(q.folded, a.words); i >= 0 {
				pos[ci] = [2]int{i, i + len(a.words)}
				break
			}
		}
		if pos[ci][0] < 0 {
			pos[ci] = markedCompoundAt(q, con)
		}
	}
	text := func(ci int) string {
		p := pos[ci]
		return strings.Join(q.lower[p[0]:p[1]], " ")
	}

	notContent = map[int]bool{}
	kind := make([]ConstraintKind, len(t.concepts))
	for ci, con := range t.concepts {
		if pos[ci][0] < 0 {
			notContent[ci] = true
			continue
		}
		var words []string
		for _, a := range con.alts {
			if a.weight == 1 {
				words = append(words, a.words...)
			}
		}
		switch {
		case slices.ContainsFunc(words, isYear):
			kind[ci] = KindYear
		case slices.ContainsFunc(words, isDate) || dateConcept(con) || monthConcept(con, capitalised(raw, pos[ci]) && unmarked(raw, pos[ci])):
			kind[ci] = KindDate
		case slices.ContainsFunc(words, isNumber) && pos[ci][0] > 0 && dashAfter(pos[ci][0]-1):
			// "MS-29", "G-7": part of a name.
			kind[ci] = KindName
		case slices.ContainsFunc(words, isNumber) && pos[ci][1]-pos[ci][0] == 1 && bracketed(pos[ci][0]):
			// "(3)": a reference or a tag on the question, not a number
			// it asks about.
			notContent[ci] = true
			continue
		case slices.ContainsFunc(words, isNumber):
			kind[ci] = KindNumber
		case officeConcept(con):
			kind[ci] = KindOffice
		case names[ci] && raw != nil && (retrieval.Topic(strings.Join(raw[pos[ci][0]:pos[ci][1]], " ")) || topicSpelled(con)):
			// Russia, the US: every passage is about them; they
			// constrain only as one side of a pair.
			kind[ci] = KindTopic
		case names[ci]:
			kind[ci] = KindName
		default:
			continue
		}
		notContent[ci] = true
		out = append(out, Constraint{Kind: kind[ci], Text: text(ci), concepts: []int{ci}})
	}
	// A word inside a name the question writes is the name's, no content
	// of its own: "biển" (sea) of "Tuyến đường biển phương Bắc", which
	// would locate the question at any sentence on the sea instead of
	// where the story names the route or the canal.
	for ci := range t.concepts {
		if kind[ci] != "" || notContent[ci] {
			continue
		}
		for cj := range t.concepts {
			if kind[cj] == KindName && pos[cj][0] <= pos[ci][0] && pos[ci][1] <= pos[cj][1] && pos[cj][1]-pos[cj][0] > pos[ci][1]-pos[ci][0] {
				notContent[ci] = true
			}
		}
	}

	// Pairs: two names the question joins, one of them the corpus's topic
	// ("Nga – Trung Quốc", "Russia and China": the other country pair
	// that a US–Russia corpus mentions in passing), or an office and the
	// name beside it ("đại sứ Mỹ", "ambassador to Russia").
	order := make([]int, 0, len(t.concepts))
	for ci := range t.concepts {
		if kind[ci] == KindName || kind[ci] == KindOffice || kind[ci] == KindTopic {
			order = append(order, ci)
		}
	}
	slices.SortFunc(order, func(a, b int) int { return pos[a][0] - pos[b][0] })
	for k := 1; k < len(order); k++ {
		a, b := order[k-1], order[k]
		gap := q.lower[pos[a][1]:max(pos[a][1], pos[b][0])]
		office := kind[a] == KindOffice || kind[b] == KindOffice
		if !office {
			gap = withoutArticles(gap) // "China and the United States"
		}
		switch {
		case kind[a] == KindName && kind[b] == KindName:
			// Two names joined are a list ("Saudi Arabia and Turkey"),
			// each of which another article may meet.
			if len(gap) == 1 && pairJoiners[gap[0]] && pos[a][0] > 0 && betweenWords[q.lower[pos[a][0]-1]] {
				// "between Vietnam and China": a relation, not a list.
				out = append(out, Constraint{Kind: KindPair, Text: text(a) + " – " + text(b), concepts: []int{a, b}})
				continue
			}
			// Two names that act together ("Did NASA and China agree",
			// "договорились Роскосмос и ЕКА") are the parties of one
			// story: one article must name both. Only names after a
			// preposition ("talks in Saudi Arabia and Turkey") are a list.
			// Nor names whose roles are asked ("What roles did Laos and
			// Qatar play", "Việt Nam và Thái Lan đóng vai trò gì"): each
			// played its own, told where it did.
			// Nor names a question asks to compare ("Compare the Chukotka
			// and Barents Sea drills", "Сравните учения на Чукотке и в
			// Баренцевом море"): each is a story of its own.
			if len(gap) == 1 && pairJoiners[gap[0]] && (pos[a][0] > 0 && listWords[q.lower[pos[a][0]-1]] || asksRoles(q.lower) || asksComparison(q.lower)) ||
				ownHeads(q.lower, pos[a], pos[b], gap) {
				for i := range out {
					if len(out[i].concepts) == 1 && (out[i].concepts[0] == a || out[i].concepts[0] == b) {
						out[i].listed = true
					}
				}
			}
			continue
		case kind[a] == KindTopic && kind[b] == KindTopic:
			continue // the corpus's own pair
		case kind[a] == KindOffice && kind[b] == KindOffice:
			continue
		case office && (kind[a] == KindTopic || kind[b] == KindTopic):
			// "US ambassador", "ambassador in Moscow": in this corpus
			// the office of one side or the other, which the office
			// alone already asks for; but an ambassador of one side is
			// posted to the other, and "the US ambassador" is not "the
			// Russian ambassador to the US" (see postPair).
			if c, ok := postPair(t, kind, a, b, gap, text); ok {
				out = append(out, c)
				out = append(out, hostAfterSender(t, kind, order, k, c, pos, q.lower, text)...)
			}
			continue
		case office && (kind[a] == KindOffice && ownPost(t.concepts[a]) && regionName(text(b)) || kind[b] == KindOffice && ownPost(t.concepts[b]) && regionName(text(a))):
			// A post and a third country: "Đại sứ Thái Lan tại Nga",
			// "Thailand's ambassador to Russia" — sent by one, posted
			// to the other, as with a side of the topic.
			if c, ok := postPair(t, kind, a, b, gap, text); ok {
				out = append(out, c)
				out = append(out, hostAfterSender(t, kind, order, k, c, pos, q.lower, text)...)
				continue
			}
		}
		var joined bool
		switch {
		case office:
			// "US ambassador", "đại sứ Mỹ", "ambassador to Russia". A
			// place after "in" is where a delegation or a minister was
			// ("the delegation in Jeddah"), which the story may say
			// sentences away; only a post is held in a country ("посол
			// в США", "đại sứ tại Việt Nam").
			joined = len(gap) == 0 || len(gap) == 1 && officeJoiners[gap[0]] &&
				(!placeWords[gap[0]] || postConcept(t.concepts[a]) || postConcept(t.concepts[b]))
		case len(gap) == 1:
			joined = pairJoiners[gap[0]]
		case comitative(gap) && !office && (kind[a] == KindTopic || regionName(text(a))) && (kind[b] == KindTopic || regionName(text(b))):
			// "Russia will hold with Norway", "Россия проведёт вместе с
			// Норвегией", "Nga sẽ tổ chức cùng với Na Uy": one verb
			// between a country and the one it acts with.
			joined = true
		case len(gap) == 0:
			// Adjacent names are one name ("Gregory Meeks") unless a
			// dash joins them ("Nga – Trung Quốc", "US-China").
			joined = dashAfter(pos[a][1] - 1)
		}
		if joined {
			out = append(out, Constraint{Kind: KindPair, Text: text(a) + " – " + text(b), concepts: []int{a, b},
				adjectives: len(gap) == 1 && listJoiners[gap[0]] && kind[a] != KindOffice && kind[b] != KindOffice &&
					(coordinatedAdjectives(raw, pos[a], pos[b]) || asksList(query))})
		}
	}
	listTimes(out, pos, q.lower, dashAfter)
	return out, notContent
}

// listTimes marks as listed the years and dates of a question that
// lists several times ("the consultations of June 2025 and January
// 2026", "в 2025 и 2026 годах", "tháng 6/2025 và tháng 1/2026"): each
// time is a story of its own, which another article may tell, as a
// listed name may be another's. A time is a run of years and dates
// (with "năm", "tháng", "года" and the like between them); two are
// listed when one joiner ("and", "và", "и", "or") stands between them.
// A range is not a list: "between 2021 and 2025", "2016–2017".
func listTimes(out []Constraint, pos [][2]int, lower []string, dashAfter func(i int) bool) {
	var times []int // indexes into out, by position in the question
	for i, k := range out {
		if (k.Kind == KindYear || k.Kind == KindDate) && len(k.concepts) == 1 && pos[k.concepts[0]][0] >= 0 {
			times = append(times, i)
		}
	}
	if len(times) < 2 {
		return
	}
	span := func(i int) [2]int { return pos[out[i].concepts[0]] }
	slices.SortFunc(times, func(a, b int) int { return span(a)[0] - span(b)[0] })
	// gap returns the words between two spans without the time words.
	gap := func(a, b [2]int) []string {
		var ws []string
		for _, w := range lower[a[1]:max(a[1], b[0])] {
			// A month or day the second time repeats ("February 2024 and
			// February 2026") is part of it.
			if !timeWords[w] && monthWord(w) == 0 && !isDate(w) && !isNumber(w) {
				ws = append(ws, w)
			}
		}
		return ws
	}
	var groups [][]int
	for _, i := range times {
		if n := len(groups); n > 0 {
			last := groups[n-1][len(groups[n-1])-1]
			if g := gap(span(last), span(i)); len(g) == 0 && !dashAfter(span(last)[1]-1) {
				groups[n-1] = append(groups[n-1], i) // "June 2025", "tháng 6 năm 2025"
				continue
			} else if len(g) == 0 && yearSpan(out, last, i) {
				groups[n-1] = append(groups[n-1], i) // "2025–2026": one time (judge_yearspan.go)
				continue
			}
		}
		groups = append(groups, []int{i})
	}
	for g := 1; g < len(groups); g++ {
		a, b := span(groups[g-1][len(groups[g-1])-1]), span(groups[g][0])
		first := span(groups[g-1][0])[0]
		// "in 2025 and again in 2026", "в 2025-м и снова в 2026-м": a
		// word that says the second time repeats the first lists it.
		w := slices.DeleteFunc(gap(a, b), func(w string) bool { return againWords[w] })
		if len(w) != 1 || !pairJoiners[w[0]] || timeJoinerNot[w[0]] || first > 0 && betweenWords[lower[first-1]] {
			continue
		}
		for _, i := range append(slices.Clone(groups[g-1]), groups[g]...) {
			out[i].listed = true
		}
	}
}

// timeWords, lower-cased and folded, stand between the parts of one
// time ("tháng 6 năm 2025", "в июне 2025 года", "June of 2025") or
// before it ("in 2025", "в 2025 году", "vào năm 2025").
var timeWords = setOf("năm", "nam", "tháng", "thang", "ngày", "ngay", "vào", "vao", "hồi", "hoi",
	"год", "года", "году", "годах", "годы", "г", "в", "во",
	"of", "in", "on", "the", "year", "years")

// againWords, lower-cased and folded, say that a second time listed
// repeats the first ("and again in 2026", "и снова в 2026 году", "và
// lại vào năm 2026"): they stand between two listed times as "and" does.
var againWords = setOf("again", "then", "later", "also", "too", "снова", "опять", "затем", "потом", "также", "тоже", "lại", "lai", "rồi", "roi", "cũng", "cung", "sau", "đó", "do")

// timeJoinerNot are joiners that do not list times: "with", "с", "với"
// tie a time to something else.
var timeJoinerNot = setOf("with", "с", "со", "với", "voi", "vs", "versus", "против")

// rawWords returns the words of query as written (case kept), as tokens
// splits them, and a function reporting whether a dash separates word i
// from word i+1; nil if they do not line up with the n tokens.
func rawWords(query string, n int) (words []string, dashAfter, bracketed func(i int) bool) {
	toks := corpus.Tokenize(query)
	if len(toks) != n {
		no := func(int) bool { return false }
		return nil, no, no
	}
	for _, t := range toks {
		words = append(words, t.Text)
	}
	dashAfter = func(i int) bool {
		return i >= 0 && i+1 < len(toks) && strings.ContainsAny(query[toks[i].End:toks[i+1].Start], "-–—/")
	}
	bracketed = func(i int) bool {
		return i >= 0 && i < len(toks) && strings.HasSuffix(strings.TrimSpace(query[:toks[i].Start]), "(") &&
			strings.HasPrefix(strings.TrimSpace(query[toks[i].End:]), ")")
	}
	return words, dashAfter, bracketed
}

// topicSpelled reports a name whose translations are nearly all the
// corpus's topic: "My" typed without its diacritics is "Mỹ", which the
// lexicon spells "United States", "Hoa Kỳ", "США", though alone the word
// is not one the lexicon reads as the topic (English "my"). One of its
// spellings may be a word of its own ("US" is "us"), so two in three
// are enough.
func topicSpelled(con concept) bool {
	yes, no := 0, 0
	for _, a := range con.alts {
		switch {
		case a.weight == 1:
		case retrieval.Topic(strings.Join(a.words, " ")):
			yes++
		default:
			no++
		}
	}
	return yes >= 2 && yes >= 2*no
}

// The joiners and prepositions below are written with their diacritics
// and without: a Vietnamese question typed without them ("My va Nhat
// Ban") joins its names as one with them does.

// pairJoiners join two names into a pair: "Nga và Mỹ", "Russia and China",
// "Россия и Китай", "Lavrov with Rubio". A hyphen or dash leaves no word.
var pairJoiners = setOf("và", "va", "and", "и", "với", "voi", "with", "с", "со", "vs", "versus", "против", "or", "hay", "hoặc", "hoac", "или")

// listJoiners join two things a question lists (not "with", "or").
var listJoiners = setOf("và", "va", "and", "и")

// ownHeads reports whether two names of a question (at spans a and b,
// gap the words between them) each stand beside a noun of its own, with
// "and" between the two phrases: "trạm Nam Cực và chương trình Mặt
// Trăng", "станции в Антарктиде и лунной программы", "the Antarctic
// station and the Moon programme". Those are two things, each of which
// another story may tell, as "talks in Saudi Arabia and Turkey" are two
// places; "Did NASA and China agree" joins the names themselves.
func ownHeads(lower []string, a, b [2]int, gap []string) bool {
	if len(gap) < 2 {
		return false
	}
	j := slices.IndexFunc(gap, func(w string) bool { return listJoiners[w] })
	if j < 0 || slices.ContainsFunc(gap[j+1:], func(w string) bool { return listJoiners[w] }) {
		return false
	}
	plain := func(w string) bool { return !pairJoiners[w] && !listWords[w] && !betweenWords[w] }
	switch {
	case j == 0:
		// The head before each name (Vietnamese, a Russian noun before
		// its complement): one before the first, one after the joiner.
		return a[0] > 0 && plain(lower[a[0]-1]) && !slices.ContainsFunc(gap[1:], func(w string) bool { return !plain(w) })
	case j == len(gap)-1:
		// The head after each name (English attributive names).
		return b[1] < len(lower) && plain(lower[b[1]]) && !slices.ContainsFunc(gap[:j], func(w string) bool { return !plain(w) })
	}
	return false
}

// comitative reports whether the lower-case words between two names are
// one verb and a word of acting with another ("hold with", "проведёт
// вместе с", "tổ chức cùng với"): the names are the parties of one deed.
// A noun between ("the consultations with the Russians") makes the
// second name that noun's, not the first's partner.
func comitative(gap []string) bool {
	n := len(gap)
	if n == 0 {
		return false
	}
	// A Vietnamese verb is written in syllables ("tổ chức", "sẽ tập
	// trận"): up to three stand before the marker.
	marker, verb := 0, 1
	switch last := gap[n-1]; {
	case last == "with":
		marker = 1
	case last == "cùng" || last == "cung" || last == "với" || last == "voi":
		marker, verb = 1, 3
		if n >= 2 && (last == "với" || last == "voi") && (gap[n-2] == "cùng" || gap[n-2] == "cung") {
			marker = 2
		}
	case (last == "с" || last == "со") && n >= 2 && (gap[n-2] == "вместе" || gap[n-2] == "совместно"):
		marker = 2
	}
	return marker > 0 && n-marker >= 1 && n-marker <= verb
}

// betweenWords before two joined names make them a pair.
var betweenWords = setOf("between", "giữa", "giua", "между")

// listWords are the prepositions after which joined names are a list
// of places or parties, each of which another article may meet.
var listWords = setOf("in", "at", "to", "from", "with", "on", "of", "for", "by", "visit", "visited",
	"tại", "tai", "ở", "o", "đến", "den", "tới", "toi", "với", "voi", "từ", "tu", "thăm", "tham",
	"в", "во", "на", "из", "к", "ко", "для", "по", "посетил", "посетила")

// asksRoles reports whether a question's lower-case words ask a role
// (vi/en/ru).
func asksRoles(lower []string) bool {
	for i, w := range lower {
		if roleWords[w] || i > 0 && (w == "trò" || w == "tro") && (lower[i-1] == "vai") {
			return true
		}
	}
	return false
}

// asksComparison reports whether a question's lower-case words ask to
// compare (vi/en/ru): "compare", "comparison", "сравните", "в сравнении",
// "so sánh".
func asksComparison(lower []string) bool {
	for i, w := range lower {
		if strings.HasPrefix(w, "compar") || strings.HasPrefix(w, "сравн") || i > 0 && (w == "sánh" || w == "sanh") && (lower[i-1] == "so") {
			return true
		}
	}
	return false
}

// roleWords name a role played, lower-case (vi "vai trò" is read by
// asksRoles).
var roleWords = setOf("role", "roles", "роль", "роли", "ролью", "ролей")

// postConcept reports an office held in a country: an ambassador, a
// consul.
func postConcept(con concept) bool {
	return slices.ContainsFunc(con.alts, func(a alternative) bool {
		return slices.ContainsFunc(a.words, func(w string) bool {
			return postWords[w] || strings.HasPrefix(w, "посол") || strings.HasPrefix(w, "посл") || strings.HasPrefix(w, "консул")
		})
	})
}

// postWords are the folded words of the offices held in a country.
var postWords = setOf("ambassador", "ambassadors", "consul", "consuls", "su", "lanh")

// officeJoiners tie an office to its country: "ambassador to Russia",
// "đại sứ tại Nga", "посол в США", "đại sứ của Mỹ", "minister of".
var officeJoiners = setOf("to", "of", "in", "at", "tại", "tai", "ở", "o", "của", "cua", "в", "во", "при")

// lexNames returns the lexicon's expansions of query that are names
// (capitalised), folded.
func lexNames(query string) map[string]bool {
	out := map[string]bool{}
	for _, e := range retrieval.Expand(query) {
		if capitalisedWord(e) {
			out[strings.Join(foldedWords(e), " ")] = true
		}
	}
	return out
}

// nameConcepts reports the concepts that name someone or something: a
// distinctive word the question writes capitalised (not as its first
// word), or a concept the lexicon spells as a name in some language (so
// "Trung Quốc" and "trung quoc" are China, and "Nga" is Russia).
func nameConcepts(query string, t terms) map[int]bool {
	// capital: the question's own capitalised words; lexName: the
	// lexicon's names, whole (a word of one, "Viên" for Vienna, is not
	// "nhân viên").
	capital, lexName := map[string]bool{}, map[string]bool{}
	toks := corpus.Tokenize(query)
	for i, tok := range toks {
		// The word in the form the terms hold it (a Russian name by its
		// stem).
		w, f := tok.Text, matchForm(tok)
		if capitalisedWord(w) && (!sentenceStart(query, toks, i) || utf8.RuneCountInString(w) > 1 && strings.ToUpper(w) == w) && retrieval.Distinctive(f) {
			capital[f] = true
		}
		// An acronym is a name wherever it stands ("NATO", "СНВ").
		if acronym(w) {
			capital[f] = true
		}
	}
	// A short foreign surname ("Liu", "Kim", "Wu") is not distinctive
	// alone, but beside a distinctive capitalised given name it is the
	// name's other half ("Bà Karen Liu"): without it only "Karen" was a
	// name, and the article's "Bà Liu nói…" never met it. Letters of
	// ASCII only, so a Vietnamese syllable capitalised in a title
	// ("Ngoại giao") stays out.
	for i := 1; i < len(toks); i++ {
		w, f := toks[i].Text, matchForm(toks[i])
		if capital[f] || !capitalisedWord(w) || !asciiLetters(w) || toks[i].Start != toks[i-1].End+1 {
			continue
		}
		if prev := toks[i-1]; capitalisedWord(prev.Text) && asciiLetters(prev.Text) && capital[matchForm(prev)] {
			capital[f] = true
		}
	}
	maps.Copy(lexName, lexNames(query))
	// A Vietnamese syllable written in lower case is part of a word, not
	// a place: "sinh viên" (student) holds the lexicon's "Viên" (Vienna)
	// as "nhân viên" does.
	syllable := map[string]bool{}
	for _, tok := range corpus.Tokenize(query) {
		if tok.Text == tok.Lower && strings.ContainsFunc(tok.Text, func(r rune) bool { return r > 127 && unicode.Is(unicode.Latin, r) }) {
			syllable[matchForm(tok)] = true
		}
	}
	out := map[int]bool{}
	for ci, con := range t.concepts {
		if own := con.alts[0].words; len(own) == 1 && syllable[own[0]] && !capital[own[0]] {
			continue
		}
		for _, a := range con.alts {
			key := strings.Join(a.words, " ")
			if lexName[key] || a.weight == 1 && slices.ContainsFunc(a.words, func(w string) bool { return capital[w] }) {
				out[ci] = true
				break
			}
		}
	}
	return out
}

// union returns the concepts of every set in sets, nil when they are all
// empty.
func union(sets ...map[int]bool) map[int]bool {
	var out map[int]bool
	for _, m := range sets {
		for ci := range m {
			if out == nil {
				out = map[int]bool{}
			}
			out[ci] = true
		}
	}
	return out
}

// conceptsWhere returns the concepts of t that the question writes (an
// alternative of weight 1) in forms for which own holds, nil when none.
func conceptsWhere(t terms, own func(forms []string) bool) map[int]bool {
	var out map[int]bool
	for ci, con := range t.concepts {
		if slices.ContainsFunc(con.alts, func(a alternative) bool { return a.weight == 1 && own(a.forms()) }) {
			if out == nil {
				out = map[int]bool{}
			}
			out[ci] = true
		}
	}
	return out
}

// sentenceStart reports whether token i of query opens it or a sentence
// of it: the first word, or one after ".", "!", "?" or ":" ("Hi! Until
// what year…", "Вопрос такой: Насколько…"), which is capitalised as the
// first word is, and so is no name by its capital.
func sentenceStart(query string, toks []corpus.Token, i int) bool {
	return i == 0 || strings.ContainsAny(query[toks[i-1].End:toks[i].Start], ".!?:")
}

// offices are the titles the judge treats as offices, folded, in every
// language the lexicon translates them from. The lexicon knows the
// translations; which of its terms name an office is the judge's
// knowledge, so it lives here.
var offices = setOf(
	"ambassador", "ambassadors", "dai su", "посол", "послом", "посла",
	"foreign minister", "secretary of state", "ngoai truong", "bo truong ngoai giao", "министр иностранных дел", "глава мид",
	"president", "tong thong", "президент", "президента",
	"prime minister", "premier", "thu tuong", "премьер", "премьер-министр",
	"emir", "king", "monarch", "quoc vuong", "tieu vuong", "nha vua", "эмир", "король", "монарх",
	"defense minister", "defense secretary", "defence minister", "defence secretary", "bo truong quoc phong", "министр обороны",
	"deputy foreign minister", "deputy secretary of state", "thu truong ngoai giao", "замминистра", "заместитель министра",
	"national security adviser", "national security advisor", "co van an ninh quoc gia",
	"spokesperson", "spokesman", "spokeswoman", "nguoi phat ngon", "пресс-секретарь",
	"special envoy", "envoy", "dac phai vien", "спецпосланник", "посланник",
	"secretary-general", "secretary general", "tong thu ky", "генсек", "генеральный секретарь",
	"vice president", "pho tong thong", "вице-президент",
	"head of delegation", "truong doan", "глава делегации",
	"governor", "thong doc", "губернатор", "губернатора", "mayor", "thi truong", "мэр", "мэра",
	"nghi si", "ha nghi si", "thuong nghi si", "lawmaker", "congressman", "senator", "сенатор", "конгрессмен",
	"delegation", "delegations", "phai doan", "делегация", "делегации", "делегацию",
)

// officeConcept reports whether con names an office in any spelling.
func officeConcept(con concept) bool {
	return slices.ContainsFunc(con.alts, func(a alternative) bool {
		w := a.words
		if a.full != nil {
			w = a.full // stemmed terms: the words before their match keys
		}
		return offices[strings.Join(w, " ")] || officeForms()[strings.Join(w, " ")]
	})
}

// officeForms are the offices in the form the terms hold their words (a
// Russian word by its stem, see matchForm).
var officeForms = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for o := range offices {
		var ws []string
		for _, t := range corpus.Tokenize(o) {
			ws = append(ws, matchForm(t))
		}
		out[strings.Join(ws, " ")] = true
	}
	return out
})

// markedCompoundAt returns the span of the question's words that a
// Vietnamese compound of con, written with its marks, spells, or -1:
// "cơn bão" (storm) folds to "con bao", "bảo vệ" (protect) to "bao ve",
// syllables that folded are function words, so the question's own
// spelling is no alternative of its concept (queryTerms) and the concept
// was no content: "Cơn bão tháng Hai ở Maryland mạnh cỡ nào?" then had
// no word to find the month beside but the place, which the sentence
// that dates the storm does not name. The marks tell the compound from
// the function words; a compound that asks ("bao nhiêu ngày") is none.
func markedCompoundAt(q phrase, con concept) [2]int {
	best := [2]int{-1, -1}
	for _, a := range con.alts {
		for _, back := range retrieval.Expand(strings.Join(a.words, " ")) {
			p := phraseOf(back)
			n := len(p.folded)
			if n == 0 || n <= best[1]-best[0] || !slices.ContainsFunc(p.lower, func(w string) bool { return corpus.Fold(w) != w && !functionWordVI(w) }) {
				continue
			}
			i := indexRun(q.folded, p.folded)
			if i < 0 || !slices.Equal(q.lower[i:i+n], p.lower) || askWordRE.MatchString(back) {
				continue
			}
			best = [2]int{i, i + n}
		}
	}
	return best
}

// dateConcept reports a concept translated from a date ("April 10" for
// "10/4"): one of its alternatives is a day/month.
func dateConcept(con concept) bool {
	return slices.ContainsFunc(con.alts, func(a alternative) bool { return slices.ContainsFunc(a.words, isDate) })
}

// capitalised reports whether the query words in span (as rawWords
// returns them) begin with a capital letter.
func capitalised(raw []string, span [2]int) bool {
	if raw == nil || span[0] < 0 {
		return false
	}
	return capitalisedWord(raw[span[0]])
}

// unmarked reports whether the word at span is written without
// diacritics: "Mấy" (how many), capitalised as a Vietnamese question's
// first word, folds to "may" but is no English month.
func unmarked(raw []string, span [2]int) bool {
	if raw == nil || span[0] < 0 {
		return false
	}
	w := raw[span[0]]
	return strings.ToLower(corpus.Fold(w)) == strings.ToLower(w)
}

// yearOf returns the year a year concept names.
func yearOf(con concept) int {
	for _, a := range con.alts {
		for _, w := range a.words {
			if isYear(w) {
				y, _ := strconv.Atoi(w)
				return y
			}
		}
	}
	return 0
}

// monthOf returns the month a concept names alone ("January", "tháng
// Một", "tháng 1": the lexicon gives the English name as a spelling), or 0.
// The question's own word counts only when own is set (it is written
// capitalised): folded, "mấy" (how many) is "may".
func monthOf(con concept, own bool) time.Month {
	for _, a := range con.alts {
		if len(a.words) != 1 {
			continue
		}
		w := a.words[0]
		if len(a.full) == 1 {
			w = a.full[0]
		}
		for m, p := range monthsRU {
			if rest, ok := strings.CutPrefix(w, p); ok && monthEnding(rest) && (p != "ма" || w == p || utf8.RuneCountInString(w) == 3 || strings.HasPrefix(w, "майск")) {
				return time.Month(m + 1)
			}
		}
		if a.weight == 1 && !own {
			continue
		}
		for m := time.January; m <= time.December; m++ {
			if name := strings.ToLower(m.String()); a.words[0] == name || a.words[0] == corpus.Stem(name) || len(a.full) == 1 && a.full[0] == name {
				return m
			}
		}
	}
	return 0
}

// withMonthNames gives each date constraint that names a month alone
// the month's names in every language, as the lexicon spells them
// (February, tháng Hai, tháng 2, февраль), when the question writes it
// in a form the lexicon does not list: a Russian month's adjective
// ("февральский шторм", "в апрельской договорённости") has no row of
// its own, and a report in English or Vietnamese that says "February" or
// "tháng 2" was held to lack it.
func withMonthNames(t terms, cons []Constraint) terms {
	for _, k := range cons {
		if k.Kind != KindDate || len(k.concepts) != 1 {
			continue
		}
		con := t.concepts[k.concepts[0]]
		m := monthOf(con, true)
		if m == 0 || dayOf(con) > 0 {
			continue
		}
		alts := slices.Clone(con.alts)
		for _, e := range append(retrieval.Expand(m.String()), m.String()) {
			// Whole spellings only: "tháng 2" without its number is any
			// month; and none that is another word too, lower-cased as a
			// sentence is matched: English "may" is the verb (everywhere;
			// "march", a protest, is rare beside what a question dates),
			// Russian "май" reads as its stem "ма".
			p := phraseOf(e)
			a, ok := lexAlternative(p, corpus.DetectLang(e), expansionWeight)
			if ok && len(a.words) == len(p.folded) && !slices.ContainsFunc(a.words, func(w string) bool { return utf8.RuneCountInString(w) < 3 || w == "may" }) && !slices.ContainsFunc(alts, func(b alternative) bool { return slices.Equal(a.words, b.words) }) {
				alts = append(alts, a)
			}
		}
		if len(alts) == len(con.alts) {
			continue
		}
		t = terms{concepts: slices.Clone(t.concepts)}
		t.concepts[k.concepts[0]] = concept{specific: con.specific, alts: alts}
	}
	return t
}

// dayDates keeps, of each date constraint that names a day ("April
// 17"), the spellings that hold a number: the lexicon spells the month
// alone too ("april", "tháng 4"), and any mention of April would meet
// "the talks on April 17".
func dayDates(t terms, cons []Constraint) terms {
	for _, k := range cons {
		if k.Kind != KindDate {
			continue
		}
		con := &t.concepts[k.concepts[0]]
		if dayOf(*con) == 0 {
			continue
		}
		con.alts = slices.DeleteFunc(slices.Clone(con.alts), func(a alternative) bool {
			return !slices.ContainsFunc(a.words, func(w string) bool { return strings.ContainsFunc(w, unicode.IsDigit) })
		})
	}
	return t
}

// dayMonth returns the month a day's date names in one of its spellings
// of several words ("5 марта", "april 17"), or 0.
func dayMonth(con concept) time.Month {
	for _, a := range con.alts {
		if len(a.words) < 2 {
			continue
		}
		words := a.words
		if len(a.full) == len(a.words) {
			words = a.full
		}
		for _, w := range words {
			if m := monthOf(concept{alts: []alternative{{words: []string{w}, full: []string{w}, weight: 1}}}, true); m > 0 {
				return m
			}
		}
	}
	return 0
}

// dayOf returns the day of the month a date concept names ("10 апреля",
// "April 10", "ngày 10/4"), or 0 when it names a month alone.
func dayOf(con concept) int {
	for _, a := range con.alts {
		words := a.words
		if len(a.full) == len(a.words) {
			words = a.full
		}
		if len(words) < 2 {
			continue
		}
		for i, w := range words {
			// "tháng 4" is April, not a day.
			if i > 0 && (words[i-1] == "tháng" || words[i-1] == "thang") {
				continue
			}
			if d, err := strconv.Atoi(w); err == nil && d >= 1 && d <= 31 {
				return d
			}
		}
	}
	return 0
}

// monthConcept reports whether the question's concept con names a month.
// A single word must be written as a month is: capitalised ("May", not
// "mấy" or "may" folded) or a Russian month name; "tháng 5" names one by
// its translation.
func monthConcept(con concept, capital bool) bool {
	own := con.alts[0]
	if len(own.words) == 1 && !capital {
		return monthOf(concept{alts: []alternative{own}}, false) > 0
	}
	return monthOf(con, capital) > 0
}

// monthsRU are the beginnings of the Russian month names in all their
// forms ("декабрь", "декабре", "декабря"), folded; May's ("май", "мая",
// "мае") are whole words of three letters, or their Snowball stem "ма"
// (a question's own word is read stemmed: "в мае" was a name).
var monthsRU = [...]string{"январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"}

// monthEnding reports whether rest, after the beginning of a Russian
// month's name, is a case ending or an adjective's ("марта", "мартом",
// "сентябрьские", "мартовский", "августовской", "майский"): "Мартин" is
// a name, not March.
func monthEnding(rest string) bool {
	for _, adj := range []string{"ьск", "овск", "йск", "ск"} {
		if r, ok := strings.CutPrefix(rest, adj); ok {
			rest = r
			break
		}
	}
	return strings.Trim(rest, ruEndingLetters) == ""
}

// isDate reports a day/month word as tokens keeps it ("10/4", "26/3/2024").
func isDate(w string) bool {
	return strings.Contains(w, "/") && strings.Trim(w, "0123456789/") == ""
}

// isNumber reports a word of digits that is not a year.
func isNumber(w string) bool {
	return w != "" && strings.Trim(w, "0123456789.,") == "" && !isYear(w)
}

// question is a question as the judge reads it.
type question struct {
	// planFate: the question speaks itself of a plan or its fate
	// ("postponed", "why"): a year set by a plan that fell through still
	// dates it (judge_calledoff.go).
	planFate    bool
	newPost     bool     // the post of a pair is asked as a new one (judge_newpost.go)
	season      *season  // a season the question writes before its year (judge_season.go)
	personTime  bool     // a length of time, or the date of an arrest or sentence, asked of a person the question names (judge_bind.go)
	fateOf      []string // the persons whose arrest or sentence a "when" question dates (judge_bind.go)
	scale       int      // the scale of the unit a "how long" question names (judge_span.go)
	succession  bool     // who held a post before or after a person named (judge_succession.go)
	t           terms    // stemmed (see stemmedTerms)
	cons        []Constraint
	notContent  map[int]bool
	lang        string  // the question's
	headOf      headAsk // the institution whose head is asked (judge_bind.go)
	people      bool    // "how many people", counted by no noun of its own (judge_slot.go)
	ordinal     int     // the ordinal of the event asked, 2 and on, or 0 (judge_ordinal.go)
	futureAsked bool    // the question asks of what is to come ("will", "sẽ", "будет")
	qt          qType
	lexName     map[string]bool // the lexicon's names for the question's words, folded
	places      map[string]bool // the names asked as regions a country within meets (judge_region.go)
	// acronyms: the question's words written in capitals ("OFAC"), by
	// their folded form, as written (see spelledOut).
	acronyms map[string]string
	// partner: the question names its one side as the partner of a
	// joint thing ("the exchange with Russia"), not as its owner
	// (judge_side.go).
	partner bool
	// money: a "how much" question about a price, cost or value, which
	// only a sum of money answers ("the price was not disclosed" beside
	// "50 billion cubic metres" does not).
	money bool
	// event: a "when" question about an event, not about when someone
	// said something: the date of the report ("said on July 8 that a
	// summit could take place") does not date it.
	event bool
	// since: the question dates something from a year on ("since
	// 2022"), see sinceWords.
	since bool
	// often: the question asks how often (frequencyQuestionRE).
	often bool
	// next: a "when" question about the next of a kind of event ("when
	// is the next round"), which the date of the last one does not
	// answer: see nextRE.
	next bool
	// future: a "when" question about what is still to come ("when
	// will the consulate reopen"), which a date in the past does not
	// answer.
	future bool
	// wherePlace: what a "where" question asks of the place it asks for
	// (judge_where.go): a place still to come, a city, a birthplace; and
	// of any question, whether it asks a flight's number.
	wherePlace whereAsk
	// speakers: the texts of the names that may be who spoke in a "what
	// did X say" question (see speakers).
	speakers map[string]bool
	// unwritten: the texts of the names the corpus never writes as the
	// question does, each with the last word of the name it stands in
	// (judge_unwritten.go).
	unwritten map[string]string
	// counted: the concept a "how many" question counts (countedConcept),
	// -1 for none; countMods the words the question puts before it.
	counted   int
	countMods []string
	// limit: a "how many" question about a limit ("giữ giới hạn bao
	// nhiêu đầu đạn", "what is the ceiling"), which a number told as a
	// limit answers; another is not (limitNumber).
	limit bool
	// duration: a "how long" question ("сколько времени", "bao lâu"),
	// answered by a length of time, not any number (givesDuration).
	duration bool
	// age: a "how long" question that asks how old someone is ("Сколько
	// лет Ирине Уолш?", asksAgeOf), answered by an age (givesAge), not by
	// a term ("осуждённую на 11 лет").
	age bool
	// ratio: a "how many times" question ("во сколько раз", "gấp mấy
	// lần"), answered by a multiplier (judge_ratio.go).
	ratio bool
	// named: the concept whose name the question asks ("what is the
	// name of the hotel", "как называется отель"), -1 for none: see
	// namedConcept.
	named int
	// which: the head noun of a "which <noun>" question and the kind of
	// filler it asks for (judge_which.go).
	which typedHead
	// head: the thing the question asks for, which the article must
	// speak of (judge_head.go); no alternatives when none.
	head concept
	// rate: head is the unit of time a count is asked per (judge_head.go).
	rate bool
	// headBasis: the head is asked after a preposition of basis ("theo
	// cơ chế nào", "under what arrangement"), which the article's own
	// preposition after the question's terms may answer (basisGiven).
	headBasis bool
	// headBuilding: the head is a building ("tòa nhà nào", "which
	// building", "в каком здании"), met by a building the story names
	// by its kind (buildingNamed, judge_head.go).
	headBuilding bool
	// headPerson: head names a kind of person, met by a person's name
	// (judge_head.go).
	headPerson bool
	// sayOffice: the office a "what did X say" question names as its
	// speaker, bound to a side (judge_speaker.go); nil for none.
	sayOffice *sayOffice
	// heldOffice: the office a question of another kind names its
	// subject by ("when did the US Treasury Secretary…"); nil for none.
	heldOffice *sayOffice
	// past: the question asks about the past ("who was", "ai từng"), see
	// formerOffice.
	past bool
	// day: a "when" question asks for a day, not a month or a season
	// (asksDay).
	day bool
	// hour: a "when" question asks for a time of day ("at what time",
	// "в котором часу", "lúc mấy giờ"): a weekday or a date is not one.
	hour bool
	// target: the question writes its year as a target ("set for
	// 2030", "đến năm 2028", "к 2030 году"), not as a date.
	target bool
	// yearNames: the question's names written beside its year ("trên
	// tàu Soyuz năm 2027"), by concept (see namesAway).
	yearNames map[int]bool
	// deed: the concept of the deed a "who V" question asks the doer
	// of ("who paid", "кто пилотировал", "ai lái"), or -1.
	deed int
	// payer: a "who" question asks who pays or funds (judge_payer.go).
	payer bool
	// per: the period a "how many" question counts per ("a week", "mỗi
	// tháng", "в год"), see askedPeriod.
	per period
	// first: a "how many" question asks of the first day, week... of
	// something ("в первый день", judge_qualifier.go).
	first bool
	// priced: the concept of what a question for a sum of money asks the
	// cost of ("how much did the drill cost": the drill), or -1
	// (pricedConcept).
	priced int
	// perHead: a question for a sum of money asks it for each of
	// something ("mỗi kỹ sư", judge_qualifier.go).
	perHead bool
}

// sinceYear reports whether words (folded) hold a year after a since
// word ("since 2022", "с 2022 года", "từ năm 2022").
func sinceYear(words []string) bool {
	for p, w := range words {
		if isYear(w) && (p > 0 && sinceWords[words[p-1]] || p > 1 && sinceWords[words[p-2]]) {
			return true
		}
	}
	return false
}

// sinceWords, folded, put a year before or after the time they speak
// of, which it bounds but does not date: "since 2021", "kể từ năm 2021",
// "с 2021 года", "sau năm 2021", "после 2021 года", "trước năm 2022",
// "before 2022". "Trước năm 2022, Aeroflot khai thác khoảng 14 chuyến
// mỗi tuần" does not tell the flights of 2022.
var sinceWords = setOf("since", "ke", "tu", "с", "со", "начиная",
	"after", "sau", "после", "before", "prior", "truoc", "перед")

// meets reports whether source src (its stemmed words c) meets
// constraint k of q.
func meets(c *candidate, src Citation, q *question, k Constraint) bool {
	t := q.t
	if k.Kind == KindHolder {
		return officeHeld(c, q, src.Lang)
	}
	if k.Kind == KindHead {
		return headSpoken(c, q, src.Lang)
	}
	if k.Kind == KindOrdinal {
		return ordinalMet(c, q)
	}
	if k.Kind == KindAnswer {
		if q.qt != qWho && q.qt != qSay && anotherDetail(c, q, src.Lang) {
			return false // told of another person listed beside (judge_bind.go)
		}
		if q.age && !ageOfAsked(c, q) {
			return false // another's age (givesAgeOf), or none
		}
		if q.wherePlace.code && !givesCode(c) {
			return false // a flight's number asked, none given (judge_where.go)
		}
		if k.Text == "detail" {
			return true
		}
		if q.named >= 0 && !namedGiven(c, q, src.Lang) {
			return false
		}
		if headOnlyDeputy(c, q) {
			return false // the head asked, a deputy quoted (judge_bind.go)
		}
		if q.named >= 0 && !nameNear(c, q, src.Lang) {
			return false // a name asked, none beside the thing (judge_bind.go)
		}
		if k.Text == "name" {
			// "The name of the bank" is a bank's name beside it, as
			// "which bank" asks (judge_which.go), not the bank alone.
			return q.which.kind != fillName || fillsTypedSlot(c, q, src.Lang)
		}
		if q.which.kind != fillNone && k.Text == q.which.kind.String() {
			return fillsTypedSlot(c, q, src.Lang)
		}
		switch q.qt {
		case qWho, qWhere:
			return fillsNameSlot(c, q, src.Lang)
		case qSay:
			return speakerBound(c, q, src.Lang)
		case qWhy:
			return givesCause(c, q, src.Lang)
		case qWhen:
			return datedSlot(c, q, src)
		}
		if q.ratio {
			return givesRatio(c, q)
		}
		if q.per != perNone && !givesRate(c, q.per) {
			return false // a count of another period
		}
		if q.priced >= 0 && !pricedNamed(c, q, src.Lang) {
			return false // the sum of another thing (money.go)
		}
		if q.perHead && !perHeadPriced(c) {
			return false // a sum, not one for each (judge_qualifier.go)
		}
		if q.first && !q.duration && !firstPeriodCounted(c) {
			return false // a count of the thing, not of its first day (judge_qualifier.go)
		}
		if q.qt == qHowMany && (q.counted >= 0 || q.people) {
			// A number bound to what is counted is the answer itself.
			return countBound(c, q, src.Lang)
		}
		if q.qt == qHowMany && !q.money && !numberedSlot(c, q, src.Lang) {
			return false
		}
		return givesAnswer(c, q, src.Lang)
	}
	con := t.concepts[k.concepts[0]]
	switch k.Kind {
	case KindPair:
		if k.post {
			return meetsPost(c, src, q, k)
		}
		w := pairWindow
		if src.Lang == "vi" {
			w = pairWindowVI
		}
		other := t.concepts[k.concepts[1]]
		if !spellable(con, src.Lang, q, !officeConcept(con)) || !spellable(other, src.Lang, q, !officeConcept(other)) {
			return true // one side cannot be looked for in this script
		}
		return near(c, con, other, w) && partiesOfEvent(c, q, src.Lang, k, w) || delegationConcept(con) && sideNamed(c, other) || delegationConcept(other) && sideNamed(c, con) ||
			delegationConcept(con) && sideDelegation(c, q, con, other, w) || delegationConcept(other) && sideDelegation(c, q, other, con, w)
	case KindName, KindOffice, KindTopic:
		if !spellable(con, src.Lang, q, k.Kind != KindOffice) {
			// A name the lexicon cannot spell in the article's script
			// ("Уитакер" for an English article): nothing to check it
			// against, and a missing translation is no evidence; but a
			// speaker no word of the story resembles is not in it
			// (judge_names.go).
			return !(k.Kind == KindName && (q.speakers[k.Text] && nameAbsent(c, k.Text) || strangerAbsent(c, q, k.Text)))
		}
		// The speaking office of a "what did X say" question the rank
		// table knows is met by its rank in any word ("заместитель
		// министра" for "замминистра"); whether the deputy or the
		// minister speaks is speakerBound's to judge, by rank; but an
		// office the story writes of the side only in the other rank (a
		// deputy for the minister) is unmet, so that the refusal names it.
		if k.Kind == KindOffice && rankedSayOffice(q, k) {
			if _, deputyOnly, seen := rankSentences(c, q, q.sayOffice, src.Lang); seen {
				return !deputyOnly || q.sayOffice.sideNamed
			}
		} else if k.Kind == KindOffice && onlyDeputy(c, con, k.Text) || k.Kind == KindName && syllableOnly(c, con) && !eraDated(c, con) {
			return false
		}
		// A synonym of a part of a name is no spelling of the name
		// (partExpansions).
		if k.Kind == KindName && slices.ContainsFunc(con.alts, func(a alternative) bool { return a.part }) {
			con.alts = slices.DeleteFunc(slices.Clone(con.alts), func(a alternative) bool { return a.part })
			t = terms{concepts: slices.Clone(t.concepts)}
			t.concepts[k.concepts[0]] = con
		}
		// A Vietnamese spelling the lexicon gives a name asked in
		// another language is met as written, its syllables together:
		// apart, "nước" and "Anh" (folded, also "ảnh" of "ảnh hưởng")
		// are in any Vietnamese story, and Великобритания is not.
		if k.Kind == KindName && slices.ContainsFunc(con.alts, func(a alternative) bool { return foreignSyllables(c, a) }) {
			con.alts = slices.DeleteFunc(slices.Clone(con.alts), func(a alternative) bool { return foreignSyllables(c, a) })
			t = terms{concepts: slices.Clone(t.concepts)}
			t.concepts[k.concepts[0]] = con
		}
		// Most of a name is enough ("đặc phái viên Mỹ" is met by "đặc
		// phái viên của Mỹ"; "Crocus City Hall" by "Crocus"), but not
		// half of an office: "foreign" of "foreign banks" is no foreign
		// minister; nor a name's words written apart as common words
		// (judge_apart.go).
		return slices.ContainsFunc(con.alts, c.hasRun) || k.Kind == KindName && src.Lang != "vi" && unmarkedName(c, con) ||
			k.Kind != KindOffice && apartNameMatch(c, t, k.concepts[0]) >= minNameMatch ||
			k.Kind == KindName && (spelledOut(c, q.acronyms[k.Text]) || regionNamed(c, q, k.Text) || eraDated(c, con)) ||
			k.Kind == KindOffice && delegationConcept(con) && sideOfParty(c, q)
	case KindDate:
		// A month alone ("in January 2022") is met by an article of
		// that month, which need not name it.
		// A day of the month ("10 апреля") is met by the publication
		// date only when the story could be reporting it: that day or
		// the week after. A story of April 3 does not tell the meeting
		// of April 10.
		m := monthOf(con, true)
		if m == 0 {
			m = dayMonth(con) // a day's date keeps only its spellings with the day
		}
		if m > 0 && !src.Published.IsZero() && src.Published.Month() == m {
			d := dayOf(con)
			if d == 0 {
				return true
			}
			asked := time.Date(src.Published.Year(), m, d, 0, 0, 0, 0, time.UTC)
			if pub := src.Published.UTC(); !asked.After(pub) && pub.Sub(asked) <= 7*24*time.Hour {
				return true
			}
		}
		if monthYearMet(c, con, src.Published) {
			return true
		}
	case KindYear:
		y := yearOf(con)
		if !seasonMet(c, src, q.season, y) {
			return false // "осенью 2025 года" of a February story (judge_season.go)
		}
		if met, ok := relativeYearMet(c, q, src, y); ok {
			return met // "last year", "năm nay" (judge_slot.go)
		}
		switch {
		case inContext(c, con, q, src.Lang), yearInDate(c, q, src.Lang, y):
			if countDated(c, q, src.Lang, y) {
				return true
			}
			if namesAway(c, q, y) {
				return false
			}
			if q.past && !q.future && onlyPlanned(c, y) {
				return false // "did they agree at the 2026 round": planned for 2026
			}
			if !q.planFate && onlyCalledOff(c, y) {
				return false // "planned for 2024 but postponed" (judge_calledoff.go)
			}
			return !eventDatedElsewhere(c, q, src.Lang, src.Published.Year(), y) && !boundedBy(c, q, src.Lang, y) && !dayDatedElsewhere(c, q, src, y)
		case src.Published.IsZero():
			// Undated, and the passage does not date the event to the
			// year: nothing does. That it names no year, or only
			// years around it, does not rule the year out, but a year
			// asked is met by the event's own date: an undated piece
			// on the talks in Geneva does not tell "the talks in
			// Geneva in 2013", nor the one round of several a question
			// lists by its year.
			return false
		}
		return y == src.Published.Year() && !datedElsewhere(c, q, src.Published.Year(), y) && !eventDatedElsewhere(c, q, src.Lang, src.Published.Year(), y)
	}
	// A year, date or number counts where the article speaks of the
	// question's other things: "detained in 2024" does not date "the
	// 2024 prisoner exchange" when the exchange is another sentence's.
	return inContext(c, con, q, src.Lang)
}

// monthYearMet reports whether a month and year asked as "M/YYYY"
// ("tháng 3/2026") are met by c: the article is of that month, or of
// that year and gives a day of that month ("ngày 12/3", "12/3/2026").
func monthYearMet(c *candidate, con concept, pub time.Time) bool {
	for _, a := range con.alts {
		if len(a.words) != 1 || !isDate(a.words[0]) {
			continue
		}
		parts := strings.Split(a.words[0], "/")
		if len(parts) != 2 || !isYear(parts[1]) {
			continue
		}
		m, _ := strconv.Atoi(parts[0])
		y, _ := strconv.Atoi(parts[1])
		if pub.Year() == y && int(pub.Month()) == m {
			return true
		}
		for _, w := range c.words {
			d := strings.Split(w, "/")
			if !isDate(w) || len(d) < 2 || len(d) > 3 || strings.TrimLeft(d[1], "0") != strconv.Itoa(m) {
				continue
			}
			if len(d) == 3 && d[2] == parts[1] || len(d) == 2 && pub.Year() == y {
				return true
			}
		}
	}
	return false
}

// yearInDate reports whether c writes the year y inside a date ("tháng
// 3/2028", "1/4/2028") in a sentence that holds one of the question's
// other located terms: the date is that year's, though no word of it is
// the year.
func yearInDate(c *candidate, q *question, srcLang string, y int) bool {
	suffix := "/" + strconv.Itoa(y)
	cis, _ := locatable(q, srcLang)
	for p, w := range c.words {
		if !isDate(w) || !strings.HasSuffix(w, suffix) {
			continue
		}
		for _, ci := range cis {
			if yearOf(q.t.concepts[ci]) != 0 {
				continue
			}
			if slices.ContainsFunc(runStarts(c, q.t.concepts[ci]), func(r int) bool { return c.sent[r] == c.sent[p] }) {
				return true
			}
		}
	}
	return false
}

// onlyPlanned reports whether every sentence of c that writes the year
// y (alone or in a date) speaks of what is still to come ("a third round
// is planned for February 2026", "dự kiến diễn ra vào tháng 2/2026",
// speaksOfFuture): a question of what was done then asks of an event
// the story has not told.
func onlyPlanned(c *candidate, y int) bool {
	return everyYearSentence(c, y, speaksOfFuture)
}

// everyYearSentence reports whether c writes the year y (alone or in a
// date) and every sentence of c that writes it is one ok accepts:
// onlyPlanned's plans, onlyCalledOff's plans that fell through.
func everyYearSentence(c *candidate, y int, ok func(sent string) bool) bool {
	ys := strconv.Itoa(y)
	found := false
	for p, w := range c.words {
		if w != ys && !(isDate(w) && strings.HasSuffix(w, "/"+ys)) {
			continue
		}
		if !ok(c.sents[c.sent[p]]) {
			return false
		}
		found = true
	}
	return found
}

// datedElsewhere reports whether every sentence of c that names one of
// the question's names (not the topic) gives another year than y: an
// article of 2026 that recalls "the exchange in Ankara in September
// 2025" does not date an exchange in Ankara to 2026 by its own date.
// A year of the background ("the first drill since 2021", "by 2030")
// dates no event of the sentence: the story of November 2025 on "the
// first Bering Strait drill since 2021" still dates its drill by its own
// date. Nor does a year beside a weekday, in a story of y: "The State
// Department has turned down a request to visit the estate, the embassy
// said on Wednesday, in a dispute over the compound closed in 2017"
// tells this week's refusal; 2017 dates what the compound went through.
// A year the sentence tells from the story's date ("last year",
// relativeYears) is written there as any other.
func datedElsewhere(c *candidate, q *question, pub, y int) bool {
	years := eventYears(c)
	found := false
	for _, k := range q.cons {
		if k.Kind != KindName {
			continue
		}
		for _, p := range runStarts(c, q.t.concepts[k.concepts[0]]) {
			found = true
			lower := strings.ToLower(c.sents[c.sent[p]])
			ys := append(slices.Clip(years[c.sent[p]]), relativeYears(lower, pub)...)
			if len(ys) == 0 || slices.Contains(ys, y) || y == pub && newsDated(lower) {
				return false
			}
		}
	}
	return found
}

// newsDayRE finds, lower-cased, the day a story tells its news on: a
// weekday (in Russian and Vietnamese after its preposition: "в среду", "hôm thứ
// Ba"), "today", "yesterday". Stricter than dayWordRE: "cuộc trao đổi
// thứ hai" is the second exchange, "окружающей среды" the environment.
var newsDayRE = regexp.MustCompile(`(^|[^\p{L}])(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|` +
	`во? (понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|сегодня|вчера|` +
	`(hôm|ngày|vào|sáng|chiều|tối|trưa|đêm) (thứ (hai|ba|tư|năm|sáu|bảy)|chủ nhật)|hôm nay|hôm qua)([^\p{L}]|$)`)

// newsDated reports whether a sentence (lower-cased) tells its event on
// a day of its story's date: a weekday or "today" (newsDayRE), or a day
// of a month written without a year ("ngày 1/6", "20 июня", "on June
// 1"): "NASA và Roscosmos ngày 1/6 đã thống nhất kế hoạch … rời quỹ đạo
// vào năm 2030" agreed in its story's year on a plan for 2030.
func newsDated(lower string) bool {
	return newsDayRE.MatchString(lower) || dayWithoutYear(lower)
}

// dayWithoutYear reports whether a sentence (lower-cased) writes a day
// of a month (monthDays) with no year after it: "1/6" but not
// "1/6/2025", "20 июня" but not "20 июня 2025 года", "tháng 6" alone is
// no day.
func dayWithoutYear(lower string) bool {
	for _, m := range numericDayRE.FindAllStringSubmatchIndex(lower, -1) {
		d, _ := strconv.Atoi(lower[m[4]:m[5]])
		mo, _ := strconv.Atoi(lower[m[6]:m[7]])
		rest := lower[m[1]:]
		// "9/2025" is a month and its year, not the 9th of a 20th month.
		if d >= 1 && d <= 31 && mo >= 1 && mo <= 12 && (rest == "" || rest[0] < '0' || rest[0] > '9') &&
			!strings.HasPrefix(rest, "/") && !yearNextRE.MatchString(rest) {
			return true
		}
	}
	for _, m := range monthVIRE.FindAllStringSubmatchIndex(lower, -1) {
		if m[4] >= 0 && !yearNextRE.MatchString(lower[m[7]:]) {
			return true
		}
	}
	toks := corpus.Tokenize(lower)
	day := func(j int) bool {
		return j >= 0 && j < len(toks) && len(toks[j].Lower) <= 2 && strings.Trim(toks[j].Lower, "0123456789") == ""
	}
	for i, t := range toks {
		if monthWord(t.Lower) == 0 || !day(i-1) && !day(i+1) {
			continue
		}
		next := i + 1
		if day(i + 1) {
			next = i + 2
		}
		if next >= len(toks) || !isYear(toks[next].Lower) {
			return true
		}
	}
	return false
}

// yearNextRE finds a year right after a day ("/2025", ", 2025", " năm
// 2025", " 2025 года").
var yearNextRE = regexp.MustCompile(`^(/|,? (năm |nam )?)\d{4}`)

// boundedBy reports whether the sentences of c that tell the question's
// event best (eventScores) write the year y only as a bound of it
// ("before 2022", "since 2021", "после 2021 года", see sinceWords),
// never as its date: "Trước năm 2022, Aeroflot khai thác khoảng 14
// chuyến mỗi tuần" tells the flights before 2022, and another sentence's
// "danh sách hạn chế năm 2022" does not make them the flights of 2022.
// A question that asks with such a word ("before 2022") is not judged.
func boundedBy(c *candidate, q *question, srcLang string, y int) bool {
	if q.since {
		return false
	}
	score, best := eventScores(c, q, srcLang)
	if best <= 0 {
		return false
	}
	ys := strconv.Itoa(y)
	bounded := map[int]bool{} // best sentences that write y as a bound
	for p, w := range c.words {
		s := c.sent[p]
		if score[s] < best-1e-9 || w != ys && !(isDate(w) && strings.HasSuffix(w, "/"+ys)) {
			continue
		}
		if !(p > 0 && sinceWords[c.full[p-1]] || p > 1 && sinceWords[c.full[p-2]] || p > 2 && sinceWords[c.full[p-3]] && isDate(w)) || whenClause(c, p) {
			return false // y dates something the best sentence tells
		}
		bounded[s] = true
	}
	return len(bounded) > 0
}

// eventScores scores each sentence of c by how well it tells the
// question's event: its content words (not its names, dates or
// numbers), each weighing by how few sentences hold it; best is the
// highest score, 0 when nothing is found or the question's words cannot
// all be looked for in the article's language.
func eventScores(c *candidate, q *question, srcLang string) (score []float64, best float64) {
	cis, blind := locatable(q, srcLang)
	if blind {
		return nil, 0
	}
	cis = slices.DeleteFunc(cis, func(ci int) bool {
		return slices.ContainsFunc(q.cons, func(k Constraint) bool { return slices.Contains(k.concepts, ci) })
	})
	score = make([]float64, len(c.sents))
	n := float64(len(c.sents))
	for _, ci := range cis {
		in := map[int]bool{}
		for _, p := range runStarts(c, q.t.concepts[ci]) {
			in[c.sent[p]] = true
		}
		w := math.Log((n + 1) / (float64(len(in)) + 0.5))
		for s := range in {
			score[s] += w
		}
	}
	return score, slices.Max(append(score, 0))
}

// eventYears returns, per sentence of c, the years it dates something
// by, alone or in a date ("9/2025"): not a year after a since word ("since 2021", "с 2021 года", "từ
// năm 2021"), which dates an earlier time, nor after a deadline word
// ("by 2030"), which names a target.
func eventYears(c *candidate) [][]int { return eventYearsOf(c, false) }

// eventYearsOf is eventYears; fate leaves out the years of a person's
// earlier fate told in a clause of its own ("журналистку, задержанную в
// марте 2024 года", "detained in March 2024", "bị bắt năm 2024"): they
// date the arrest or the sentence, not the swap or the release the
// sentence tells.
func eventYearsOf(c *candidate, fate bool) [][]int {
	years := make([][]int, len(c.sents))
	for p, w := range c.words {
		if isDate(w) {
			w = w[strings.LastIndexByte(w, '/')+1:] // "tháng 9/2025"
		}
		if !isYear(w) || c.sent[p] >= len(years) {
			continue
		}
		before := func(set map[string]bool) bool { return p > 0 && set[c.full[p-1]] || p > 1 && set[c.full[p-2]] }
		if (before(sinceWords) || before(deadlineWords)) && !whenClause(c, p) || untilEndOf(c, p) {
			continue
		}
		if fate && fateBefore(c, p) {
			continue
		}
		v, _ := strconv.Atoi(w)
		years[c.sent[p]] = append(years[c.sent[p]], v)
	}
	return years
}

// fateBefore reports whether the year at p of c closes a clause of a
// person's arrest, detention or sentence: one of the six words before
// it ("задержанную в Екатеринбурге в марте 2024"), in its sentence, is
// such a participle (fateWordRE).
func fateBefore(c *candidate, p int) bool {
	for j := p - 1; j >= max(0, p-6) && c.sent[j] == c.sent[p]; j-- {
		if fateWordRE.MatchString(c.lower[j]) || j > 0 && c.sent[j-1] == c.sent[p] && fateWordRE.MatchString(c.lower[j-1]+" "+c.lower[j]) {
			return true
		}
	}
	return false
}

// fateWordRE finds the participles of a person's arrest, detention or
// sentence in vi/en/ru ("detained", "bị bắt", "задержанную",
// "приговорённого", "осуждённый").
var fateWordRE = regexp.MustCompile(`^(detained|arrested|convicted|sentenced|jailed|imprisoned|bị bắt|bị giam|bị kết án|bị tạm giam|bị bắt giữ|` +
	`(задержанн|арестованн|осужд[её]нн|приговор[её]нн|заключ[её]нн)\p{L}*)$`)

// givesAnswer reports whether c has a sentence giving the kind of answer
// q asks for (a number that is not a year, a date) beside one of the
// question's own things: a content word or a name other than the topic's,
// in that sentence or the one before.
func givesAnswer(c *candidate, q *question, srcLang string) bool {
	var about []int
	for ci, o := range q.t.concepts {
		if questionConcept(o) || q.notContent[ci] {
			continue
		}
		// Words the article's language cannot hold locate nothing.
		if slices.ContainsFunc(o.alts, func(a alternative) bool { return a.weight != 1 }) || srcLang == "" || srcLang == q.lang {
			about = append(about, ci)
		}
	}
	var names []int
	for _, k := range q.cons {
		if k.Kind == KindName || k.Kind == KindOffice {
			names = append(names, k.concepts[0])
		}
	}
	if len(about)+len(names) == 0 {
		return true
	}
	near := map[int]bool{} // sentences about the question
	locate := func(cis []int) {
		for _, ci := range cis {
			for _, p := range runStarts(c, q.t.concepts[ci]) {
				near[c.sent[p]] = true
			}
			for _, p := range aspectRunStarts(c, q.t.concepts[ci]) {
				near[c.sent[p]] = true
			}
			for _, p := range anaphorStarts(c, q.t.concepts[ci], srcLang) {
				near[c.sent[p]] = true // "the call lasted 40 minutes"
			}
		}
	}
	// By what the question asks about where the article says it ("giá
	// khí đốt": the gas price), by its names only where it does not: a
	// country's name is in half the article's sentences, and "trade
	// reached $240 billion" does not price the gas.
	if locate(about); len(near) == 0 && !q.money {
		locate(names)
	}
	// Blind to some of the question's words (no entry of the lexicon
	// translates them into the article's language), the judge cannot tell
	// which sentence carries them, as slotSentences cannot: a length of
	// time may be in any ("How long was the phone call" of "разговор
	// продолжался около 40 минут", "phone call" untranslated). Only a
	// length: a story holds few, but a number in most sentences, and any
	// number of a sibling story answered "how many failures".
	if _, blind := locatable(q, srcLang); blind && q.duration {
		clear(near)
	}
	if q.money {
		// A sum of money in the sentence that says what it is the price
		// of, or, when the article says that nowhere in the question's
		// words, in one that names a price: "trade reached $240
		// billion" after "they did not disclose the price" prices
		// nothing.
		if len(near) == 0 {
			for i, sent := range c.sents {
				near[i] = namesPrice(sent)
			}
		}
		// Or in the sentence after one about the question's things when
		// it says itself that it prices or pays something and names who
		// the question names: a story tells the deal, then "Phía Nhật
		// Bản sẽ trả cho Nga khoảng 2 tỷ yên tiền hợp tác" (Japan will
		// pay Russia 2 billion yen). "The pipeline will cost $12 billion"
		// after the gas deal does not price the gas.
		about, named := maps.Clone(near), map[int]bool{}
		for _, ci := range names {
			for _, p := range runStarts(c, q.t.concepts[ci]) {
				named[c.sent[p]] = true
			}
		}
		for i := 1; i < len(c.sents); i++ {
			near[i] = near[i] || about[i-1] && named[i] && namesPrice(c.sents[i])
		}
		for i := range near {
			near[i] = near[i] && !otherSideOnly(c.sents[i], questionSide(q))
		}
		return moneyNear(c, near)
	}
	for i, sent := range c.sents {
		// Nothing located: any sentence may be the one.
		if q.event {
			sent = reportDateRE.ReplaceAllString(sent, " ")
		}
		if q.next && !nextRE.MatchString(strings.ToLower(sent)) && !futureRE.MatchString(strings.ToLower(sent)) {
			continue // the date of the last one
		}
		kind := q.answeredBy(q.qt, sent)
		if q.duration {
			kind = givesDuration(strings.ToLower(sent)) // "с 2019 года" is a length of time
		}
		if q.age {
			kind = givesAge(sent)
		}
		if (near[i] || near[i-1] || len(near) == 0) && kind && (!q.money || moneyRE.MatchString(sent)) {
			return true
		}
	}
	return false
}

var (
	// nextRE finds "the next one" in vi/en/ru (lower-cased): "next round",
	// "upcoming", "vòng tới", "lần tới", "tiếp theo", "следующий раунд".
	nextRE = regexp.MustCompile(`(^|[^\p{L}])(next|upcoming|(vòng|lần|cuộc|phiên|kỳ|đợt|vong|lan|cuoc|phien|ky|dot) (tới|toi|sau)|tiếp theo|tiep theo|следующ\p{L}*|очередн\p{L}*)([^\p{L}]|$)`)
	// futureRE finds a sentence that speaks of what is to come: the
	// next of an event is dated in the future tense ("will be held on
	// March 3", "sẽ diễn ra", "пройдёт", "запланирован").
	futureRE = regexp.MustCompile(`(^|[^\p{L}])(` + futureWords + `|scheduled|planned|due to|dự kiến|пройд\p{L}*|состоится|состоятся|запланирован\p{L}*|намечен\p{L}*)([^\p{L}]|$)`)
)

// futureWords put a sentence or a question in the future, in vi/en/ru,
// lower-cased. Shared by futureRE and futureQuestionRE.
const futureWords = `will|shall|sẽ|будет|будут`

// asksSaying reports whether a question asks about something said
// ("when did X say ..."), as a "what did X say" question does.
func asksSaying(query string) bool { return asksType(query, qSay) }

// moneyNear reports whether a sentence of c that speaks of the
// question's things (near) gives a sum of money.
func moneyNear(c *candidate, near map[int]bool) bool {
	for i, sent := range c.sents {
		if near[i] && moneyRE.MatchString(sent) && numberRE.MatchString(sent) {
			return true
		}
	}
	return false
}

// answeredBy is answersKind for q: a question of how often ("how often
// will they test the line") is read as "how many", and a frequency
// answers it without a number ("on the first Monday of every month",
// "monthly", "ежемесячно").
func (q *question) answeredBy(t qType, sentence string) bool {
	return answersKind(t, sentence) || t == qHowMany && q.often && frequencyRE.MatchString(sentence)
}

// answersKind is qType.answers, but a year does not answer "how many".
func answersKind(t qType, sentence string) bool {
	if t == qHowMany {
		return numberRE.MatchString(yearRE.ReplaceAllString(sentence, "")) || countInWords(sentence)
	}
	return t.answers(sentence)
}

var (
	// reportDateRE finds the date of a report beside its verb of saying:
	// "said on Tuesday", "said on July 8", "ngày 8/7 cho biết", "заявил
	// в среду", "8 июля заявил", "said yesterday", "вчера заявил".
	reportDateRE = regexp.MustCompile(`(?i)((said|told|announced|stated|added|reported)( \p{L}+)? (yesterday|today)|(yesterday|today) (said|told|announced|stated)|hôm (qua|nay) (cho biết|tuyên bố|nói|khẳng định|thông báo)|(вчера|сегодня) (заявил|заявила|заявили|сообщил|сообщила|сообщили|сказал|сказала)|(заявил|заявила|заявили|сообщил|сообщила|сообщили|сказал|сказала) (вчера|сегодня)|(said|told|announced|stated|added|reported)( \p{L}+)? on (monday|tuesday|wednesday|thursday|friday|saturday|sunday|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.? \d{1,2})|(ngày|hôm) \d{1,2}/\d{1,2}(/\d{2,4})? (cho biết|tuyên bố|nói|khẳng định|thông báo|nhấn mạnh)|(заявил|заявила|заявили|сообщил|сообщила|сообщили|сказал|сказала|отметил|отметила) (в )?(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|\d{1,2} \p{L}+)|\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) (заявил|заявила|сообщил|сообщила|сказал|сказала))`)
	// moneyQuestionRE finds a question about a price, cost or value, in
	// vi/en/ru (lower-cased).
	moneyQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(price|prices|cost|costs|fee|fees|fare|fares|worth|value|valued|pay|paid|spend|spent|giá|gia|trị giá|chi phí|lệ phí|phí|tiền|сбор|сборы|пошлин\p{L}*|стоимост\p{L}*|стоит|стоят|стоить|стоил\p{L}*|tốn|цен[аеуы]|оценива\p{L}*|сумм\p{L}*|заплат\p{L}*|обойд\p{L}*|обош[её]?л\p{L}*)([^\p{L}]|$)`)
	yearRE          = regexp.MustCompile(`\b(19|20)\d\d\b`)
	numberRE        = regexp.MustCompile(`\d`)
)

// inContext reports whether c holds con in a sentence that also holds
// what the question says of it: one of its content words, a few words
// away, or when it has none, another of its names or offices (not the
// topic, not a number) there or in a neighbouring sentence.
// "The 2024 prisoner exchange" is dated by a sentence on an exchange,
// not by "detained in 2024"; "ambassador in 2012" by a sentence on
// presenting credentials, not by "served between 2009 and 2012".
func inContext(c *candidate, con concept, q *question, srcLang string) bool {
	at := runStarts(c, con)
	if yearOf(con) > 0 && !q.since {
		// "the first drill since 2021" dates an earlier drill, not this
		// one: a year after "since" answers only a question that asks
		// "since".
		at = slices.DeleteFunc(at, func(p int) bool {
			return (p > 0 && sinceWords[c.full[p-1]] || p > 1 && sinceWords[c.full[p-2]]) && !whenClause(c, p)
		})
	}
	if len(at) == 0 {
		return false
	}
	var content, names []int
	for ci, o := range q.t.concepts {
		if questionConcept(o) || slices.ContainsFunc(o.alts, func(a alternative) bool { return slices.Equal(a.words, con.alts[0].words) }) {
			continue
		}
		// A word the article's language cannot hold (untranslated, in
		// the question's language) is no context there.
		translated := slices.ContainsFunc(o.alts, func(a alternative) bool { return a.weight != 1 })
		if !q.notContent[ci] && (translated || srcLang == "" || srcLang == q.lang) {
			content = append(content, ci)
		}
	}
	for _, k := range q.cons {
		switch k.Kind {
		case KindName, KindOffice:
			names = append(names, k.concepts[0])
		}
	}
	// Content must be near: "freed ... who had been detained in 2024"
	// is one sentence, but the year dates the detention.
	others, reach, window := content, 0, pairWindow
	if srcLang == "vi" {
		window = pairWindowVI
	}
	if q.qt == qOther && yearOf(con) == 0 {
		// "What will they swap every November?": the thing asked is
		// not in the question but stands between its verb and the
		// month ("exchange lists of ice-class ships available for
		// rescue each November"), so a month of the same sentence
		// reaches twice as far.
		window *= 2
	}
	if len(others) == 0 {
		// Names are often in the sentence before ("New START was
		// signed in 2010. In 2021 the two extended it").
		others, reach, window = names, 1, len(c.words)
	}
	if len(others) == 0 {
		return true
	}
	near := func(others []int, reach, window int) bool {
		for _, ci := range others {
			for _, p := range runStarts(c, q.t.concepts[ci]) {
				if slices.ContainsFunc(at, func(x int) bool { return abs(c.sent[x]-c.sent[p]) <= reach && abs(x-p) <= window }) {
					return true
				}
			}
		}
		return false
	}
	// The question's names and offices date what they do as its content
	// words do, within the same reach: "On April 10, US and Russian
	// delegations will meet in Istanbul" dates the talks the question
	// calls "переговоры".
	return near(others, reach, window) || reach == 0 && near(names, 0, window)
}

// spellable reports whether one of con's spellings can be written in an
// article in lang: Cyrillic for Russian, Latin otherwise, and of a
// Latin word, one of that language (see altLangs). Of a name, only the
// question's own spelling and the lexicon's names count (q.lexName): a
// romanised guess ("kheyl" for "Хейл") that the article does not hold is
// no evidence that it lacks the name. A word the question writes in its
// own language that no translation carries ("tonnes", with no entry)
// cannot be looked for in an article in another language, though both
// are written in Latin letters: its absence from a Vietnamese article
// is no evidence. A name may keep its spelling across Latin-script
// languages ("Toliver"), so any of its Latin spellings counts.
func spellable(con concept, lang string, q *question, name bool) bool {
	return slices.ContainsFunc(con.alts, func(a alternative) bool {
		if name && a.weight != 1 && !q.lexName[strings.Join(a.full, " ")] {
			return false
		}
		r, _ := utf8.DecodeRuneInString(a.words[0])
		if unicode.IsDigit(r) {
			return true
		}
		if unicode.Is(unicode.Cyrillic, r) != (lang == "ru") {
			return false
		}
		if name || lang == "" || q.lang == "" || lang == "ru" {
			return true
		}
		if a.weight == 1 {
			return lang == q.lang
		}
		langs := altLangs(a)
		return langs == "" || langs == lang
	})
}

// spelt reports whether the story c, in lang, writes the name con whole
// in one of its own spellings there (the question's, or a name of the
// lexicon): evidence, not trust (a name the lexicon cannot spell in lang
// is met on trust), and not a word's translation ("space" of "Европейское
// космическое агентство" is in any report on a space agency).
func spelt(c *candidate, lang string, q *question, con concept) bool {
	if !spellable(con, lang, q, true) {
		return false
	}
	return slices.ContainsFunc(con.alts, func(a alternative) bool {
		return !a.part && (a.weight == 1 || q.lexName[strings.Join(a.full, " ")]) && c.hasRun(a)
	})
}

// foreignSyllables reports whether a is a Vietnamese spelling of several
// syllables from the lexicon (not the question's own words) that c does
// not write together.
func foreignSyllables(c *candidate, a alternative) bool {
	return a.weight != 1 && len(a.words) > 1 && altLangs(a) == "vi" && !c.hasRun(a)
}

// unmarkedName reports whether c, an article in another language than
// Vietnamese, writes a name the question spells with Vietnamese marks by
// the same letters without them, capitalised: "Hồng Kông" is "Hong
// Kong", "Thanh Hóa" "Thanh Hoa" to English reports. The marks hold a
// Vietnamese story to the spelling as written ("Mỹ" is not "my");
// another language has none to hold, and a capitalised run of the same
// letters is the name. The question's own spelling only, of two words or
// more (one syllable folded may be an English word: "Bỉ", "bi").
func unmarkedName(c *candidate, con concept) bool {
	for _, a := range con.alts {
		if a.weight != 1 || altLangs(a) != "vi" || len(a.forms()) < 2 || !slices.ContainsFunc(c.at[a.words[0]], func(p int) bool {
			plain := a
			plain.exact = make([]string, len(a.words)) // matched folded
			return c.wholeAt(plain, p)
		}) {
			continue
		}
		forms := a.forms()
		for _, sent := range c.sents {
			toks := corpus.Tokenize(sent)
			for i := 0; i+len(forms) <= len(toks); i++ {
				if !slices.ContainsFunc(toks[i:i+len(forms)], func(t corpus.Token) bool { return !capitalisedWord(t.Text) }) &&
					slices.EqualFunc(toks[i:i+len(forms)], forms, func(t corpus.Token, f string) bool { return t.Folded == f }) {
					return true
				}
			}
		}
	}
	return false
}

// altLangs tells the language of a Latin-script alternative where its
// letters do: "vi" when a word keeps a Vietnamese diacritic (a.exact
// holds the spellings that differ from their folding), "" when it could
// be English or Vietnamese typed without them.
func altLangs(a alternative) string {
	for _, e := range a.exact {
		if e != "" && strings.ContainsFunc(e, func(r rune) bool { return r > unicode.MaxASCII && unicode.Is(unicode.Latin, r) }) {
			return "vi"
		}
	}
	return ""
}

// delegationConcept reports whether con names a delegation, which a
// story names again by its side: "Phái đoàn Nga do ông A dẫn đầu. Phía
// Nhật Bản do ông B phụ trách", "the Japanese side was led by".
func delegationConcept(con concept) bool {
	return slices.ContainsFunc(con.alts, func(a alternative) bool {
		w := a.words
		if a.full != nil {
			w = a.full
		}
		return len(w) > 0 && delegationWords[strings.Join(w, " ")]
	})
}

// delegationWords are the folded words of a delegation (vi/en/ru).
var delegationWords = setOf("delegation", "delegations", "phai doan", "doan", "делегация", "делегации", "делегацию", "делегацией")

// sideNamed reports whether c names con as a side: "phía Nhật Bản",
// "bên Nhật Bản", "со стороны Японии" (the word before it); "the
// Japanese side", "японская сторона" (one of the two words after it).
func sideNamed(c *candidate, con concept) bool {
	side := func(w string) bool { return strings.HasPrefix(w, "сторон") }
	for _, p := range runStarts(c, con) {
		if p > 0 && (sideBefore[c.full[p-1]] || side(c.full[p-1])) {
			return true
		}
		for e := p + 1; e < len(c.full) && e <= p+2 && c.sent[e] == c.sent[p]; e++ {
			if c.full[e] == "side" || side(c.full[e]) {
				return true
			}
		}
	}
	return false
}

// sideOfParty reports whether c names a party of the question (a topic:
// "the American delegation") as a side ("The U.S. side was led by …",
// "Phía Mỹ do … dẫn đầu", "американскую сторону возглавил …"): a report
// of talks calls the delegation the side, so "who led the American
// delegation" is met by it, as the pair of the two is (sideNamed).
func sideOfParty(c *candidate, q *question) bool {
	return slices.ContainsFunc(q.cons, func(k Constraint) bool {
		return k.Kind == KindTopic && len(k.concepts) > 0 && sideNamed(c, q.t.concepts[k.concepts[0]])
	})
}

// sideDelegation reports whether c tells the delegation del of a side
// the question names (a topic: "the Russian navy delegation") and names
// what the question says the delegation is of (of: the navy) in a
// sentence with that side: a story tells "Hải quân Mỹ và Nga" in its lead
// and "phái đoàn Nga do … dẫn đầu" later. The delegation of another side
// does not meet it, nor one of a country the story names elsewhere ("ngư
// dân Hàn Quốc" is no South Korean delegation).
func sideDelegation(c *candidate, q *question, del, of concept, w int) bool {
	for _, k := range q.cons {
		if k.Kind != KindTopic || len(k.concepts) == 0 {
			continue
		}
		side := q.t.concepts[k.concepts[0]]
		if near(c, del, side, w) && sameSentence(c, of, side) {
			return true
		}
	}
	return false
}

// sameSentence reports whether c names a and b in one sentence.
func sameSentence(c *candidate, a, b concept) bool {
	sa := map[int]bool{}
	for _, p := range runStarts(c, a) {
		sa[c.sent[p]] = true
	}
	return slices.ContainsFunc(runStarts(c, b), func(p int) bool { return sa[c.sent[p]] })
}

// sideBefore, folded, name a party to talks by its side before its name.
var sideBefore = setOf("phia", "ben")

// near reports whether c names a and b within window words of each other.
func near(c *candidate, a, b concept, window int) bool {
	pa, pb := runStarts(c, a), runStarts(c, b)
	for _, x := range pa {
		for _, y := range pb {
			if x != y && abs(x-y) <= window {
				return true
			}
		}
	}
	return false
}

// runStarts returns where in c any alternative of con begins.
func runStarts(c *candidate, con concept) []int {
	var out []int
	for _, a := range con.alts {
		for _, p := range c.at[a.words[0]] {
			if c.wholeAt(a, p) {
				out = append(out, p)
			}
		}
	}
	return out
}

// aspectMarkersVI put a Vietnamese verb in a tense or aspect ("sẽ", "đã",
// "đang", "vừa", "sắp", "cũng"): they stand between a subject and its
// verb, so a question's "mỗi bên đóng góp" is the story's "mỗi bên sẽ
// đóng góp".
var aspectMarkersVI = setOf("sẽ", "đã", "đang", "vừa", "sắp", "cũng")

// aspectRunStarts returns where c holds an alternative of con of two
// words or more with one aspect marker (aspectMarkersVI) between two of
// its words.
func aspectRunStarts(c *candidate, con concept) []int {
	var out []int
	for _, a := range con.alts {
		if len(a.words) < 2 {
			continue
		}
		for _, p := range c.at[a.words[0]] {
			for gap := 1; gap < len(a.words); gap++ {
				g := p + gap
				if g+len(a.words)-gap > len(c.lower) || !aspectMarkersVI[c.lower[g]] || c.sent[g] != c.sent[p] {
					continue
				}
				ok := true
				for k := range a.words {
					at := p + k
					if k >= gap {
						at++
					}
					if !c.matchAt(a, k, at) {
						ok = false
						break
					}
				}
				if ok {
					out = append(out, p)
				}
			}
		}
	}
	return out
}

// abs returns the distance of x from 0: math.Abs is for floats.
func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// contentCoverage is the share of the question's content concepts (those
// not in notContent and not question words) that c holds, each by
// its best alternative's match; ok is false when the question has no
// word the lexicon knows. A concept with no spelling in the article's
// language is unverifiable there (a Vietnamese syllable the lexicon does
// not know can never be found in an English article): it counts as held,
// unless it is one of lacking, which a report that can spell it tells
// the same story without: then it is left out (judge_unspelled.go).
// The concepts of told are left out too: verbs a report tells in its
// own words (the question's verb of ending, outcomeVerbs; an action no
// chunk of the corpus says, unsaidActions; how someone described a
// thing, describeVerbs). The concepts of asked are content though
// questionConcept reads them as the kind of answer (nounFramesVI).
//
// idf, when not nil, weighs each concept by its rarity in the whole corpus
// (rarityWeights): the words that pin the question down must be met,
// its topic's words count little. about: the question asks what was said
// about its content, so a single word the lexicon translates is judged.
func contentCoverage(c *candidate, srcLang, lang string, t terms, notContent map[int]bool, idf []float64, about bool, lacking, told, asked map[int]bool) (cov float64, missing []string, ok bool) {
	var have, total, domain, words float64
	for ci, con := range t.concepts {
		if notContent[ci] || questionConcept(con) && !asked[ci] || told[ci] {
			continue
		}
		translated := slices.ContainsFunc(con.alts, func(a alternative) bool { return a.weight != 1 })
		if unspelledIn(con, srcLang, lang) { // judge_unspelled.go
			if iw, ok := unspelledWeight(con, ci, idf); ok && !lacking[ci] {
				have, total = have+iw, total+iw
			}
			continue
		}
		// What the lexicon translates is the domain's vocabulary
		// (talks, sanctions, prisoners, grain): an article without it is
		// about something else. Other words are often the asker's own
		// ("bring back", "want"), which the article says otherwise.
		w := 1.0
		switch {
		case translated:
			domain++
		case len(con.alts[0].words) == 1 && !retrieval.Distinctive(con.alts[0].forms()[0]):
			continue // a lone syllable or short word: no evidence either way
		default:
			w = untranslatedWeight
		}
		iw := w // its weight in the share covered
		if idf != nil {
			iw *= idf[ci]
		}
		total += iw
		// Words, not concepts, say how much a question asks: "trao
		// đổi tù nhân" (prisoner exchange) is two words of two syllables.
		size := len(con.alts[0].full)
		if lang == "vi" {
			size = (size + 1) / 2
		}
		words += w * float64(max(size, 1))
		if slices.ContainsFunc(con.alts, c.hasRun) || declinedNameGuess(c, con) || diplomatByOffice(c, con) {
			have += iw
		} else {
			missing = append(missing, strings.Join(con.alts[0].words, " "))
			// Part of a phrase ("trao đổi" of "trao đổi tù nhân") is
			// another thing more often than the same one.
			have += iw * partialContent * t.match(c, ci)
		}
	}
	if domain == 0 || words < minContentWords && !(about && domain >= words) {
		// Only the asker's own words, or a single one: they never
		// refuse alone. But what a saying is about (about), when the
		// lexicon translates it, is the domain's thing asked ("what did
		// the foreign minister say about the license?"): an article
		// without it is about something else. Not a verb of another
		// kind of question, which the article may say otherwise
		// ("họp bao lâu", how long did they meet, folds to "họp báo").
		return 0, nil, false
	}
	return have / total, missing, true
}

// declinedNameGuess reports whether c writes, capitalised, a Latin name
// that one of the romanised guesses of con's Cyrillic word begins, a
// letter or two short: a Russian name is asked declined and stemmed ("в
// Номе" is "ном", romanised "nom"), and the stem's guess lacks the
// ending the name has in English ("Nome"). Only a word the article
// capitalises counts, so a common word that begins alike is no match.
func declinedNameGuess(c *candidate, con concept) bool {
	own, _ := utf8.DecodeRuneInString(con.alts[0].forms()[0])
	if !unicode.Is(unicode.Cyrillic, own) {
		return false
	}
	words := c.full
	if words == nil {
		words = c.words
	}
	return slices.ContainsFunc(con.alts, func(a alternative) bool {
		f := a.forms()
		if a.weight == 1 || len(f) != 1 || len(f[0]) < 3 || strings.ContainsFunc(f[0], func(r rune) bool { return r > unicode.MaxASCII }) {
			return false
		}
		for p, w := range words {
			if len(w) <= len(f[0]) || len(w)-len(f[0]) > 2 || !strings.HasPrefix(w, f[0]) || p >= len(c.sent) || c.sent[p] >= len(c.sents) {
				continue
			}
			sent := c.sents[c.sent[p]]
			if strings.Contains(sent, strings.ToUpper(w[:1])+w[1:]) || strings.Contains(sent, strings.ToUpper(w)) {
				return true
			}
		}
		return false
	})
}

// questionConcept reports a concept made only of question words ("thế
// nào", "ra sao", "hiện nay", "когда") or the verbs that frame what is
// asked ("what did they discuss", "nói gì"): what the question asks, not
// what it is about.
func questionConcept(con concept) bool {
	for _, a := range con.alts {
		if a.weight != 1 {
			continue
		}
		// The words are match keys ("many" as "mani", "сколько" as
		// "ско"): a question word is also known by its folded form, or
		// in Russian by its stem ("кого" as "ког"), never by a key that
		// is only a word's first letters ("ком" of "комитет").
		return !slices.ContainsFunc(a.words, func(w string) bool { return !questionWords[w] && !framingVerbs[w] }) ||
			!slices.ContainsFunc(a.forms(), func(w string) bool { return !questionWords[w] && !framingVerbs[w] && !askStems[w] }) ||
			framingPhrasesVI[strings.Join(a.forms(), " ")]
	}
	return false
}

// questionWords are folded interrogatives and the words that frame a
// question in vi/en/ru: they say what kind of answer is wanted, not what
// it is about.
var questionWords = setOf(slices.Concat([]string{
	// vi
	"ai", "gi", "nao", "the", "sao", "ra", "bao", "nhieu", "khi", "luc", "may", "dau", "hien", "nay",
	"gom", "nhung", "la", "co", "khong", "chua", "nhu", "dieu", "viec", "chuyen", "ket", "qua",
	// en
	"whom", "whose", "which", "how", "many", "much", "currently", "now", "today", "latest", "happen", "happened",
	"doing", "done", "going",
	// "how long", "bao lâu", "как долго": the kind of answer (a length
	// of time), not a word the answering sentence holds; as a term it
	// pulls the slot to "as long as" ("How long did the talks last?").
	"long", "lau", "долго",
	// ru, and the other cases ("Кого США отдали", "чьи войска"); every
	// form of "какой" and "каков" is in ruWhichList
	"кто", "что", "когда", "где", "почему", "зачем", "как", "сколько", "ли", "чем", "чего", "куда", "откуда", "сейчас", "теперь",
	"кого", "кому", "кем", "чему", "чей", "чья", "чье", "чьи", "чьего", "чьей", "насколько",
	// the word that frames a year ("năm 2024", "in the year", "в 2023
	// году"): part of the year, not what the question is about
	"year", "nam", "год", "году", "года",
}, ruWhichList)...)

// askStems are the stems of the Russian question words, the form in
// which a question holds those that are not stop words (matchForm): "кого"
// as "ког". Framing verbs are left out: their stems are nouns too
// ("договорились", agreed, is "договор", treaty).
var askStems = func() map[string]bool {
	m := map[string]bool{}
	for w := range questionWords {
		if cyrillic(w) {
			m[corpus.Stem(w)], m[corpus.NameStem(w)] = true, true
		}
	}
	return m
}()

// isYear reports a four-digit year from 1900 to 2099.
func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) &&
		strings.Trim(w, "0123456789") == ""
}

// framingVerbs are folded verbs a question uses to ask for what was said,
// discussed or agreed, in vi/en/ru: "what did they discuss in Geneva" is
// answered by an article on the Geneva talks, whatever its verb.
var framingVerbs = setOf(
	// en
	"say", "said", "says", "tell", "told", "discuss", "discussed", "agree", "agreed", "think", "thought",
	"talk", "talked", "mean", "meant", "ask", "asked", "want", "wanted", "do", "did", "does", "happen", "happened",
	// vi
	"noi", "ban", "thao", "luan", "nhan", "xet", "danh", "gia", "nghi", "muon",
	// ru
	"сказал", "сказала", "сказали", "заявил", "заявила", "заявили", "говорил", "говорит", "обсуждали",
	"обсудили", "обсуждают", "договорились", "считает", "думает", "хочет", "хотят", "произошло",
)

// framingPhrasesVI are the Vietnamese verbs of saying of two syllables
// (folded) that frame a "what did X say" question as sayQuestionRE reads
// it ("bà Vance đã phát biểu gì", "tuyên bố gì", "phản ứng ra sao"): the
// kind of answer, which the article may give with another verb ("cho
// biết", "nói"). Whole phrases, since their syllables alone are parts of
// other words ("phát hiện", "Bộ").
var framingPhrasesVI = setOf("phat bieu", "tuyen bo", "binh luan", "phan ung", "tra loi", "phan hoi", "cho biet", "khang dinh")

// saysAbout reports whether a question about what was said names what
// the saying is about: a content word that is not its verb of saying or
// reacting ("respond", "trả lời", "ответил"). "How did the State
// Department respond?" asks for any reported speech of it, which the
// article may give with another verb ("cho biết", "said", "заявил"); the
// verb alone is no topic to hold the article to.
func saysAbout(t terms, notContent map[int]bool) bool {
	for ci, con := range t.concepts {
		if notContent[ci] || questionConcept(con) {
			continue
		}
		verb := false
		for _, a := range con.alts {
			w := strings.Join(a.forms(), " ")
			if speechRE.MatchString(w) || sayQuestionRE.MatchString(w) {
				verb = true
				break
			}
		}
		if !verb {
			return true
		}
	}
	return false
}

// asciiLetters reports a word of ASCII letters only.
func asciiLetters(w string) bool {
	for _, r := range w {
		if r > 127 || !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// adjectiveListed reports whether constraint ci of cons is a pair of
// coordinated adjectives (Constraint.adjectives) or one of its two
// countries, every country of the pair met by some source and one of
// them by this one (met, by constraint): "Which Russian and Belarusian
// airlines …" is held by the story of the Russian airlines and by the
// one of the Belarusian, each its part of the list.
func adjectiveListed(cons []Constraint, ci int, met []bool, unionMet func(int) bool) bool {
	for _, p := range cons {
		c := cons[ci]
		if p.Kind != KindPair || !p.adjectives ||
			!(len(c.concepts) == 1 && slices.Contains(p.concepts, c.concepts[0]) || c.Kind == KindPair && slices.Equal(c.concepts, p.concepts)) {
			continue
		}
		mine, all := false, true
		for cj, k := range cons {
			if len(k.concepts) == 1 && slices.Contains(p.concepts, k.concepts[0]) {
				mine = mine || met[cj]
				all = all && unionMet(cj)
			}
		}
		if mine && all {
			return true
		}
	}
	return false
}

// coordinatedAdjectives reports whether the question words at spans a
// and b (raw, as written) are two adjectives joined before the noun they
// qualify: the word after b is a lower-case word, and each is an English
// adjective of a country (capitalised, with an ending demonymEndings
// lists: "Russian", "Chinese", "Turkish", "Iraqi") or a lower-case
// Russian adjective ("российские", "белорусских").
func coordinatedAdjectives(raw []string, a, b [2]int) bool {
	if raw == nil || a[0] < 0 || b[0] < 0 || a[1]-a[0] != 1 || b[1]-b[0] != 1 || b[1] >= len(raw) {
		return false
	}
	next := []rune(raw[b[1]])
	if len(next) < 3 || !unicode.IsLower(next[0]) {
		return false
	}
	adjective := func(w string) bool {
		r := []rune(w)
		lower := strings.ToLower(w)
		if unicode.Is(unicode.Cyrillic, r[0]) {
			return unicode.IsLower(r[0]) && russianAdjectiveRE.MatchString(lower)
		}
		return unicode.IsUpper(r[0]) && slices.ContainsFunc(demonymEndings, func(e demonymEnding) bool { return strings.HasSuffix(lower, e.suffix) })
	}
	return adjective(raw[a[0]]) && adjective(raw[b[0]])
}

// russianAdjectiveRE matches, lower-cased, the plural and singular case
// endings of a Russian relative adjective ("российские", "белорусских",
// "американской").
var russianAdjectiveRE = regexp.MustCompile(`(ский|ская|ское|ские|ских|ским|скими|ского|ской|скую|скому|ном|ный|ная|ное|ные|ных|ным|ными)$`)
