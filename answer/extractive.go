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
	"github.com/detente/detente/prompts"
	"github.com/detente/detente/retrieval"
)

// Extractive answer bounds and weights.
const (
	minSentences = 2
	maxSentences = 5
	// maxPerArticle spreads the quotes when several articles bear on the
	// question; a single relevant article may give maxPerOnlyArticle.
	maxPerArticle     = 2
	maxPerOnlyArticle = 3
	maxSentenceRunes  = 500
	// maxQuotedRunes bounds all quotes together: a chat answer, not a
	// page of copy.
	maxQuotedRunes   = 900
	minSentenceRunes = 20
	// expansionWeight is how much a lexicon translation of a query term
	// counts against the term itself: synonyms are not always exact.
	expansionWeight = 0.8
	bigramWeight    = 0.5
	// contextWeight is how much a concept found only elsewhere in the
	// sentence's article counts: the article is about it, the sentence
	// may not repeat it.
	contextWeight = 0.4
	// specificWeight multiplies the IDF of a specific concept (a name,
	// place, acronym or number): idf among a handful of retrieved
	// sentences cannot tell that "Istanbul" narrows a question more than
	// "led" does.
	specificWeight = 2.0
	// rankBonus favours sentences of the articles retrieval ranked first
	// (it also weighed meaning, which word matching misses).
	rankBonus = 0.3
	// sameLangBonus favours sentences in the answer's language: when two
	// are about as relevant, the one the asker can read is more useful.
	sameLangBonus = 1.25
	// spreadPenalty discounts each further sentence of an article already
	// quoted, so a close second from another article gets its turn.
	spreadPenalty = 0.8
	// relativeFloor drops sentences scoring under this share of the best:
	// two sharp quotes beat five loose ones.
	relativeFloor = 0.5
	// fillFloor, times relativeFloor, is how close to the best a second
	// quote must score to join a single one.
	fillFloor = 0.8
	// coveredDiscount is how much less a query concept counts in a
	// sentence once a quote already holds it: the next quote should say
	// what the first did not ("who heads the delegation in Istanbul":
	// after a sentence on the Istanbul meeting, the one naming the head).
	coveredDiscount = 0.6
	// unpinnedFactor multiplies the relevance of a sentence whose article
	// never names a name or number of the question that another source
	// names: "who heads the delegation in Istanbul" is not answered by an
	// article on a delegation to Brussels, however well its words match.
	unpinnedFactor = 0.5
	// typeBonus multiplies the relevance of a sentence that gives the kind
	// of answer the question asks for (a date for "when", a name or role
	// for "who", reported speech for "what did X say"): among sentences
	// about the question, the one that answers it.
	typeBonus         = 1.6
	originalLangNoteK = "extractive.original_language"
	// leadFocus discounts a story's lead as the first bullet (see
	// scored).
	leadFocus = 0.7
	// nameFocus is how much a name of the question counts toward a
	// sentence's focus, against its other words.
	nameFocus = 0.25
	// typedFocusShare is how close to the best quote's focus a sentence
	// of the kind asked for must come to lead instead: the sentence that
	// names a crew need not say "crew".
	typedFocusShare = 0.75
	// ownLangShare is how close to the best quote a quote in the asker's
	// language must score for its article to lead instead.
	ownLangShare = 0.8
	// quoteFocus multiplies the focus of reported speech that quotes
	// the speaker's words, for "what did X say".
	quoteFocus = 1.25
	// orderWeight is how much two words of the question said in its
	// order count toward the focus of a sentence of the kind asked for,
	// times the lesser IDF: word order tells "the Russian ambassador to
	// the US" from "the US ambassador to Russia".
	orderWeight = 0.5
	// unpinnedNumberFactor further multiplies the relevance of a sentence
	// whose article lacks a date or number of the question that another
	// source gives.
	unpinnedNumberFactor = 0.5
)

// candidate is one sentence of a source that may be quoted.
type candidate struct {
	src, pos int // index into sources, sentence position in its passage
	text     string
	words    []string         // folded
	lower    []string         // the same words lower-cased, diacritics kept
	at       map[string][]int // folded word -> positions in words
	// name marks the Latin words capitalised inside a sentence, matched
	// as written rather than by stem: "States" of "United States" is not
	// the "state" of "the state of relations".
	name []bool
	lang string
	rel  float64 // query-term relevance, IDF-weighted
	// parts is rel by concept; own is how well the sentence itself (not
	// its article) matches each concept: what quoting it covers.
	parts, own []float64
	base       float64 // rel with informativeness and rank
	// focus is how well the sentence itself says what the question asks
	// beyond its names (see extractiveIn): it picks the first bullet.
	focus float64
	// typed: the sentence gives the kind of answer the question asks
	// for (a date for "when", a number for "how many"; see qType).
	typed   bool
	score   float64 // base with the answer-language bonus
	overlap bool    // shares a word with the query
	runes   int
	// lineStart: the sentence begins a line (a new paragraph or item), so
	// it does not carry on the story of the sentence before.
	lineStart bool
	// lead: the story's first sentence, after its dateline (see isLead).
	lead bool
	// cover is how much of the question the sentence's article says,
	// each concept weighted by its IDF: an article that says the
	// question's rarest words ("chum", "trawl") tells the story asked
	// about, one that shares only its common words ("meeting", "last")
	// another (see coverShare).
	cover float64
	// full holds the folded words when words holds their match keys, and
	// sent the sentence each word is in (the judge's texts, see
	// stemmedText).
	full  []string
	sent  []int
	sents []string // the sentences' texts
}

// extractive builds an answer without a model: the sentences of the
// sources that best match the query, each followed by its [n], under intro,
// best source first.
//
// Query terms are weighted by their inverse frequency among the retrieved
// sentences, so words that nearly every sentence shares ("Nga", "Mỹ",
// "Russia") count for little and a broad question is answered by the
// sentences that say something about it. Sentences that carry facts
// (length, numbers, names) and sentences in the answer's language are
// preferred when relevance is close; the same sentence (the chunker
// repeats one at chunk boundaries, and outlets repeat each other) is
// quoted once; quotes are spread over the articles and bounded in number
// and length. Sentences are quoted as written, in their own language
// (nothing can be translated without a model); the framing is in lang,
// with a note when a quote is in another language. Deterministic.
//
// The quoted articles are renumbered [1], [2], ... in the order they are
// quoted, the others following in rank order: without a model, numbers
// are not yet fixed by a prompt, and a reader should not meet [2] and [3]
// with no [1].
func extractive(intro, query, lang string, sources []Citation) quoted {
	return extractiveIn(intro, query, lang, lang, sources)
}

// extractiveIn is extractive for a question in qLang answered in lang:
// the question's own language reads it and chooses the sentences; lang
// only frames them.
func extractiveIn(intro, query, qLang, lang string, sources []Citation) quoted {
	return extractiveLed(intro, query, qLang, lang, sources, nil)
}

// extractiveLed is extractiveIn with the first bullet taken from a
// source that meets the question (meets, by source index, as the judge
// found; nil: any source), the best quoted one: word matching alone,
// with its preference for the asker's language, let a same-language
// article on another event lead a cross-lingual answer ("What did Hale
// urge Moscow to do about Iran?" led by an English story on an Iran
// prisoner swap, while only the Russian report of the call meets it).
func extractiveLed(intro, query, qLang, lang string, sources []Citation, meets []bool) quoted {
	return extractiveQuoted(intro, query, qLang, lang, sources, meets, nil)
}

// extractiveQuoted is extractiveLed quoting only the sources that hold
// the question's hard constraints (holds, by source index, as the judge
// found; nil or none: any source). A question of several asks quotes,
// for each ask's bullet, the sources that hold that ask's.
func extractiveQuoted(intro, query, qLang, lang string, sources []Citation, meets, holds []bool) quoted {
	holds = twinsHold(sources, holds)
	parts, timed := askParts(query), false
	if len(parts) < 2 {
		parts, timed = coordinatedAsks(query, true), true
	}
	// Each ask's verdict: which sources meet it, which hold its hard
	// constraints.
	askMet, askHeld := make([][]bool, len(parts)), make([][]bool, len(parts))
	whole := holds
	if len(parts) > 1 {
		for k, p := range parts {
			if timed {
				askMet[k], askHeld[k] = ofAskTime(p, sources, meets), holds
				continue
			}
			askMet[k], askHeld[k] = askMeets(p, qLang, sources, meets, holds)
			askHeld[k] = twinsHold(sources, askHeld[k])
		}
	}
	if len(parts) > 1 && !timed && slices.Contains(holds, true) {
		// Each ask's story may fail another ask's names ("what will
		// Yekaterinburg send, and what will Samara?"): the whole
		// question's bullets may quote any story that holds one ask.
		whole = slices.Clone(holds)
		for _, ah := range askHeld {
			for i, h := range ah {
				if i < len(whole) && h {
					whole[i] = true
				}
			}
		}
	}
	chosen, top, best := quotesFor(query, qLang, sources, meets, whole)
	// A question of several asks ("who is the new ambassador, and from
	// what date will the embassy take visa applications?") is answered
	// ask by ask: the answering sentence of each, in the question's
	// order, leads the others. Chosen for the whole question, the first
	// bullet answers the kind of one ask with the words of another.
	var pinned [][2]int // (src, pos) of the bullets that lead, in order
	//
	// A question of one ask put to two times ("the rounds of 2025 and
	// 2026") is answered time by time too, each time's bullet from the
	// sources that meet the question published then (ofAskTime).
	if len(parts) > 1 && top >= 0 {
		keep := func(c candidate) bool { return slices.Contains(pinned, [2]int{c.src, c.pos}) }
		for k, p := range parts {
			am := askMet[k]
			pc, pt, _ := quotesFor(p, qLang, onlyMeeting(sources, am), am, askHeld[k])
			if pt < 0 || pc[pt].text == "" || len(pinned) >= maxSentences {
				continue
			}
			a := pc[pt]
			if slices.Contains(pinned, [2]int{a.src, a.pos}) {
				continue
			}
			var at int
			chosen, at = withAnswer(chosen, a, keep)
			pinned = append(pinned, [2]int{chosen[at].src, chosen[at].pos})
			if _, ok := best[a.src]; !ok {
				best[a.src] = a.score
			}
		}
	}
	if top >= 0 && len(pinned) == 0 {
		pinned = [][2]int{{chosen[top].src, chosen[top].pos}}
	}
	// The first bullet's article leads the others.
	if len(pinned) > 0 {
		best[pinned[0][0]] = math.Inf(1)
	}
	// When several articles meet the question, each other article's
	// first quote of the kind asked follows the pinned bullets (see
	// quotesFor), so that the first bullets come from different
	// articles.
	seconds := map[[2]int]bool{}
	if len(slices.DeleteFunc(slices.Clone(meets), func(m bool) bool { return !m })) > 1 && len(pinned) > 0 {
		// Each other meeting article's quote of the kind asked, or its
		// best quote when none is of it.
		second := map[int]candidate{}
		for _, c := range chosen {
			if c.src == pinned[0][0] || !meetsAt(meets, c.src) || slices.Contains(pinned, [2]int{c.src, c.pos}) {
				continue
			}
			if s, ok := second[c.src]; !ok || c.typed && !s.typed || c.typed == s.typed && c.score > s.score {
				second[c.src] = c
			}
		}
		for _, c := range second {
			seconds[[2]int{c.src, c.pos}] = true
		}
	}
	rank := func(c candidate) int {
		if i := slices.Index(pinned, [2]int{c.src, c.pos}); i >= 0 {
			return i
		}
		if seconds[[2]int{c.src, c.pos}] {
			return len(pinned)
		}
		return len(pinned) + 1
	}
	slices.SortStableFunc(chosen, func(a, b candidate) int {
		if ra, rb := rank(a), rank(b); ra != rb {
			return ra - rb
		}
		if a.src != b.src {
			if best[a.src] != best[b.src] {
				if best[a.src] > best[b.src] {
					return -1
				}
				return 1
			}
			return a.src - b.src
		}
		return a.pos - b.pos
	})
	return render(intro, lang, sources, chosen)
}

// tellsAsMuch reports whether c's article says about as much of the
// question (asked in qLang) as l's (cover): a sentence of the kind asked
// for leads from another article only then. A sentence matches the
// question's common words ("How long did the meeting last?") in any
// story of a meeting; the story asked about is the one that also says
// its rare words, and the number it gives for another event is a wrong
// answer, worse than the topic sentence of the right one. The covers
// are compared only when c is read no worse than l: an article in the
// asker's language is read word for word, one in another language
// only through the lexicon, which loses the names' spellings
// ("Уитакер" for Whitaker) and half the words.
func tellsAsMuch(c, l candidate, qLang string) bool {
	return l.lang == qLang && c.lang != qLang || c.cover >= coverShare*l.cover
}

// coverShare is the share of the lead article's cover another article
// must have for its sentence to lead: the same story told in another
// language says less of the question through the lexicon (0.85 of it
// measured on the tune split's Abu Dhabi swap), another story with the
// question's common words only half (0.5 to 0.76 on the fresh stories
// of wbullet_test.go).
const coverShare = 0.8

// priceVerbRE finds, lower-cased, a verb of costing in vi/en/ru: "how
// much does a day cost", "сколько стоят сутки", "сколько в год будет
// стоить", "tốn bao nhiêu". It asks a price even when a unit of time
// follows "how much" (asksDuration reads "сколько стоят сутки" as a
// length of time): the time is what the price is for, and "девять
// суток" does not answer it. Russian's verb of costing in the past
// ("во сколько обошлись учения", "обошёлся", "обходятся") too.
//
// A value set on a thing is its price too: "what are the pieces insured
// for", "на какую сумму застрахованы", "được bảo hiểm bao nhiêu".
var priceVerbRE = regexp.MustCompile(`(^|[^\p{L}])(insured|valued|priced|worth|застрахова\p{L}*|оцене?н\p{L}*|bảo hiểm|bao hiem|định giá|dinh gia|cost|costs|сто(ит|ят|ить|ил|ила|ило|или)|обойд\p{L}*|обош[её]л\p{L}*|обошл(ась|ось|ись)|обход(ит|ят)ся|tốn|tốn kém)([^\p{L}]|$)`)

// quotedRunes is how long the quotes are together, as rendered.
func quotedRunes(chosen []candidate) int {
	n := 0
	for _, c := range chosen {
		n += min(c.runes, maxSentenceRunes)
	}
	return n
}

// onlyMeeting is sources with the passages of those that do not meet an
// ask (meets) left empty, their places kept: an ask's bullet is chosen
// from its own reports alone, and what the kind of answer asked is
// (the unit "how many people" counts: "ten workers" in the one report
// that tells the request) is not set by another report's sentence ("six
// specialists"). sources unchanged when none meets.
func onlyMeeting(sources []Citation, meets []bool) []Citation {
	if !slices.Contains(meets, true) {
		return sources
	}
	out := slices.Clone(sources)
	for i := range out {
		if !meetsAt(meets, i) {
			out[i].Title, out[i].Passage = "", ""
		}
	}
	return out
}

// meetsAt reports whether source i meets the question (meets, by source
// index, as the judge found).
func meetsAt(meets []bool, i int) bool { return i < len(meets) && meets[i] }

// quotesFor chooses the quotes for query and which of them answers it (top,
// -1 when none), with each quoted article's best score (see
// extractiveLed).
func quotesFor(query, qLang string, sources []Citation, meets, holds []bool) (chosen []candidate, top int, best map[int]float64) {
	meeting := func(src int) bool { return src < len(meets) && meets[src] }
	held := func(src int) bool { return !slices.Contains(holds, true) || src < len(holds) && holds[src] }
	// Once the judge has found which articles hold the question's hard
	// constraints (its names, places, pair, years, offices: Verdict.Holds),
	// only those are evidence: "Where in Siberia did American firefighters
	// work in 2026?" is not told by a story of the same crews in Alberta,
	// however many of its words it shares. A question of several asks, or
	// one that lists its names, reaches here with the articles that hold
	// any one part.
	cands := slices.DeleteFunc(scored(query, qLang, sources), func(c candidate) bool { return !held(c.src) })
	chosen = choose(cands)
	if slices.Contains(meets, true) && len(chosen) > 0 && !slices.ContainsFunc(chosen, func(c candidate) bool { return meeting(c.src) }) {
		// The best sentence of a meeting source replaces the weakest
		// quote.
		best := -1
		for i, c := range cands {
			if meeting(c.src) && c.overlap && (best < 0 || c.score > cands[best].score) {
				best = i
			}
		}
		if best >= 0 {
			if len(chosen) >= maxSentences {
				weakest := 0
				for i, c := range chosen {
					if c.score < chosen[weakest].score {
						weakest = i
					}
				}
				chosen = slices.Delete(chosen, weakest, weakest+1)
			}
			chosen = append(chosen, cands[best])
		}
	}
	if len(chosen) == 0 {
		// Passages too short to split: quote them whole, on one line.
		// Of the meeting sources only, as above.
		var whole []int
		for i := range sources {
			if held(i) {
				whole = append(whole, i)
			}
		}
		quotedRunes := 0
		for k, i := range whole[:min(len(whole), maxSentences)] {
			text := truncate(strings.Join(strings.Fields(sources[i].Passage), " "), maxSentenceRunes)
			if text == "" {
				continue
			}
			if quotedRunes += utf8.RuneCountInString(text); k > 0 && quotedRunes > maxQuotedRunes {
				break
			}
			chosen = append(chosen, candidate{src: i, text: text})
		}
	}
	// Most relevant source first (by its best quote: the best match
	// brought back in after the language preference passed it over
	// leads, it is not left at the end); a source's sentences in their
	// own order, so that they read as they were written.
	best = map[int]float64{}
	for _, c := range chosen {
		best[c.src] = max(best[c.src], c.score)
	}
	// The answering sentence comes first whatever its place in its
	// article: a reader stops at the first bullet. It is the quote that
	// itself says most of what the question asks beyond its names (the
	// names pin down the article; a dateline repeats them all), of the
	// kind asked for; the best quote when none says more than another.
	// It comes from the most relevant article (by its best quote), which
	// leads as before.
	lead := -1
	for i, c := range chosen {
		if lead < 0 || c.score > chosen[lead].score {
			lead = i
		}
	}
	for i, c := range chosen {
		if meeting(c.src) && (!meeting(chosen[lead].src) || c.score > chosen[lead].score) {
			lead = i
		}
	}
	// A quote of another article that gives the kind of answer asked
	// for leads over one that only repeats the question's topic, when
	// it says as much of the question: most often the same story told
	// in another language, whose sentence the asker's own-language
	// article does not carry.
	if lead >= 0 && !chosen[lead].typed {
		l := chosen[lead]
		for i, c := range chosen {
			if c.typed && c.src != l.src && meeting(c.src) == meeting(l.src) && c.focus >= l.focus && tellsAsMuch(c, l, qLang) &&
				(!chosen[lead].typed || c.focus > chosen[lead].focus) {
				lead = i
			}
		}
	}
	// So does such a sentence that was not quoted, its article ranked
	// or scored low for being in another language than the question
	// ("Где раньше работал послом Уитакер?" answered by "Whitaker ...
	// previously served as ambassador to Finland"), when the lead's
	// article gives no answer of the kind anywhere: the kind of answer
	// and the question's words it says are what matter, not how many.
	if lead >= 0 && !chosen[lead].typed && !slices.ContainsFunc(cands, func(c candidate) bool { return c.src == chosen[lead].src && c.typed }) {
		l, pick := chosen[lead], -1
		for i, c := range cands {
			if c.typed && c.overlap && c.src != l.src && meeting(c.src) == meeting(l.src) && c.focus >= l.focus && tellsAsMuch(c, l, qLang) &&
				(pick < 0 || c.focus > cands[pick].focus) {
				pick = i
			}
		}
		if pick >= 0 {
			chosen, lead = withAnswer(chosen, cands[pick], same(l))
			best[cands[pick].src] = max(best[cands[pick].src], cands[pick].score)
		}
	}
	// An article the asker can read leads when it answers about as well
	// (the same story is often told in two languages).
	if lead >= 0 && chosen[lead].lang != qLang {
		l := chosen[lead]
		for i, c := range chosen {
			if c.lang == qLang && meeting(c.src) == meeting(l.src) && (c.typed || !l.typed) && c.score >= ownLangShare*l.score &&
				(chosen[lead].lang != qLang || c.score > chosen[lead].score) {
				lead = i
			}
		}
	}
	// A sentence of the kind asked for beats one that only repeats more
	// of the question's words: "when did Demidov start work" is answered
	// by the sentence with the date, not by his quote about work. It is
	// sought among all the lead article's sentences, not only those
	// chosen for their words: the one that names the crew of a launch
	// need not say "crew".
	top = lead
	qt := answerType(query)
	asksWho := qt == qWho
	asksOften := frequencyQuestionRE.MatchString(strings.ToLower(query))
	asksCharge := chargeQuestionRE.MatchString(strings.ToLower(query))
	asksFormer := formerQuestionRE.MatchString(strings.ToLower(query))
	asksAct := qt == qOther && actAsked(query) != nil
	if lead >= 0 {
		better := func(c, t candidate) bool {
			return c.typed && !t.typed ||
				c.typed == t.typed && (c.focus > t.focus || c.focus == t.focus && c.score > t.score)
		}
		for i, c := range chosen {
			if c.src == chosen[lead].src && better(c, chosen[top]) {
				top = i
			}
		}
		// Beyond the quotes, a sentence must say more of the question
		// (its focus counts the kind of answer too), not merely be of
		// the kind asked for.
		// An act said without the question's words leads only when no
		// sentence of the story says the act with them: "Kyiv called
		// for" does not answer what Moscow asked for.
		actWords := slices.ContainsFunc(cands, func(c candidate) bool { return c.src == chosen[top].src && c.typed && c.overlap })
		bestAll := -1
		for i, c := range cands {
			t := chosen[top]
			// Only a "who" sentence may lead without a word of the
			// question: a list of names is the answer, while a date or a
			// number alone may be of anything. So may a frequency, rare
			// in a story and most often of what it is about, when asked
			// across languages in words the lexicon does not translate
			// ("проверять", tested); and so may a charge ("guilty of
			// espionage" for "what was he convicted of"), said in
			// words other than the question's; and so may a past
			// office, most often told of "he" in a career's summary
			// ("he served as ambassador to Canada from 2018 to 2023");
			// and so may an act asked about, told in the story's words
			// for the side ("американцы" asked, "американская сторона
			// настаивала" said).
			if c.src == t.src && (c.overlap || c.typed && (asksWho || asksOften || asksCharge || asksFormer || asksAct && !actWords)) && (c.typed || !t.typed) &&
				(c.focus > t.focus || c.typed && !t.typed && c.focus >= typedFocusShare*t.focus) &&
				(bestAll < 0 || c.focus > cands[bestAll].focus) {
				bestAll = i
			}
		}
		if bestAll >= 0 {
			chosen, top = withAnswer(chosen, cands[bestAll], same(chosen[top]))
		}
		// A story's lead sums it up and so holds most of the question's
		// words, but it answers only when it gives the kind asked for.
		// When no sentence of the story gives that kind in the
		// question's words (a new story's own words: "cruise" asked,
		// "carry eight scientists for 38 days" told), the first that
		// gives it after the lead answers: a wire story tells its main
		// details right after its lead, most important first. So does
		// the sentence right after any other that says the question's
		// words without its kind: "Estonia will pay for the observers'
		// transport. The cost was put at about $310,000 a year."
		if t := chosen[top]; !t.typed && !slices.ContainsFunc(cands, func(c candidate) bool { return c.src == t.src && c.typed && c.overlap }) {
			next := -1
			for i, c := range cands {
				if c.src == t.src && c.typed && c.pos > t.pos && (t.lead || c.pos <= t.pos+detailReach) && (next < 0 || c.pos < cands[next].pos) {
					next = i
				}
			}
			// When no detail follows the sentence that said most of the
			// question (a quote late in the story: "We came because the
			// forests are alike," she said), the number that follows
			// the story's lead answers, when the lead is about the
			// question: "A team of 40 firefighters arrived in Yakutsk
			// ... The team will stay for three weeks."; "Talks in Oslo
			// broke off after one day. The sides could not agree on an
			// agenda." Only a number (of the unit asked, when one is) or
			// a cause: a name or a place right after a lead is of too
			// common a kind to answer on its place alone (measured: a
			// "who" question lost its answer to the envoy named after
			// the lead).
			if lead := slices.IndexFunc(cands, func(c candidate) bool { return c.src == t.src && c.lead && c.overlap }); (qt == qHowMany || qt == qWhy) && next < 0 && !t.lead && lead >= 0 {
				for i, c := range cands {
					if c.src == t.src && c.typed && c.pos > cands[lead].pos && c.pos <= cands[lead].pos+detailReach {
						next = i
						break
					}
				}
			}
			if next >= 0 {
				chosen, top = withAnswer(chosen, cands[next], same(t))
			}
		}
		// A "why" question most often restates a sentence of the story
		// ("salmon returns have collapsed"); when that sentence gives no
		// cause, the cause follows it within a few sentences, in words
		// of its own ("warmer water and bycatch are to blame").
		if t := chosen[top]; qt == qWhy && !t.typed {
			cause := -1
			for i, c := range cands {
				if c.src == t.src && c.typed && t.pos < c.pos && c.pos <= t.pos+causeReach && (cause < 0 || c.pos < cands[cause].pos) {
					cause = i
				}
			}
			// Or it is told right before ("Причиной соглашения стали
			// планы по завершению работы МКС. Российская станция будет
			// готова не раньше 2030-х годов"), when none follows.
			if cause < 0 {
				cause = slices.IndexFunc(cands, func(c candidate) bool { return c.src == t.src && c.typed && c.pos == t.pos-1 })
			}
			if cause >= 0 {
				chosen, top = withAnswer(chosen, cands[cause], same(t))
			}
		}
		// Asked where something took place, the venue ("held at the
		// Palais des Nations", "во дворце", "tại nhà khách chính phủ")
		// answers more than a city the question most often names
		// already: a sentence of the story, or of the same story told
		// in another language, that names a venue leads over one that
		// names none.
		if t := chosen[top]; qt == qWhere && !asksWhereTo(query) && !venueRE.MatchString(t.text) {
			venue := -1
			for i, c := range cands {
				if c.typed && c.overlap && venueRE.MatchString(c.text) && meeting(c.src) == meeting(t.src) && (c.src == t.src || tellsAsMuch(c, t, qLang)) &&
					c.focus >= typedFocusShare*t.focus && (venue < 0 || c.focus > cands[venue].focus) {
					venue = i
				}
			}
			if venue >= 0 {
				chosen, top = withAnswer(chosen, cands[venue], same(t))
			}
		}
		// A question several articles answer (the judge found them to
		// meet it: two rounds of talks, two cities) is answered from
		// each: an article that meets it and is not quoted yet gives
		// its sentence of the kind asked that says most of the
		// question; extractiveLed puts each other article's first
		// right after the answering sentence.
		if slices.ContainsFunc(meets, func(m bool) bool { return m }) && len(slices.DeleteFunc(slices.Clone(meets), func(m bool) bool { return !m })) > 1 {
			lead := chosen[top]
			for src := range meets {
				quoted := slices.ContainsFunc(chosen, func(c candidate) bool { return c.src == src })
				if !meets[src] || src == lead.src || slices.ContainsFunc(chosen, func(c candidate) bool { return c.src == src && c.typed }) {
					continue
				}
				// An article not quoted yet only in the asker's
				// language: one in another that meets the question most
				// often tells the same story, which the answering
				// sentence already gives.
				pick := -1
				for i, c := range cands {
					if c.src == src && (quoted || c.lang == qLang) && c.typed && c.overlap && (pick < 0 || c.focus > cands[pick].focus) {
						pick = i
					}
				}
				// Only where there is room: the quotes chosen for their
				// words often hold the rest of the answer.
				if pick >= 0 && len(chosen) < maxSentences && quotedRunes(chosen)+min(cands[pick].runes, maxSentenceRunes) <= maxQuotedRunes {
					chosen = append(chosen, cands[pick])
					best[src] = max(best[src], cands[pick].score)
				}
			}
			top = slices.IndexFunc(chosen, same(lead))
		}
	}
	// What someone said is best given in their own words: when the
	// speaker's sentence that leads reports the speech without quoting
	// it ("Bà Hale cho biết phía Mỹ muốn xem các kho lưu trữ") and the
	// next sentence quotes the speaker by a pronoun ("\"Minh bạch phải
	// là con đường hai chiều\", bà nói"; "\"The keys are yours,\" he
	// told reporters"), the quote joins it in the first bullet: the
	// reader gets who spoke and their words together.
	if top >= 0 && qt == qSay {
		at := func(src, pos int) int {
			return slices.IndexFunc(cands, func(c candidate) bool { return c.src == src && c.pos == pos })
		}
		// The pair: the reporting sentence and the quote after it,
		// whichever of the two leads.
		t, first, second := chosen[top], -1, -1
		if t.typed && !quotesWords(t.text) {
			first, second = at(t.src, t.pos), at(t.src, t.pos+1)
		} else if pronounSpeech.MatchString(t.text) && quotesWords(t.text) {
			if i := at(t.src, t.pos-1); i >= 0 && cands[i].typed && !quotesWords(cands[i].text) {
				first, second = i, at(t.src, t.pos)
			}
		}
		if first >= 0 && second >= 0 {
			a, n := cands[first], cands[second]
			if pronounSpeech.MatchString(n.text) && quotesWords(n.text) && a.runes+1+n.runes <= maxSentenceRunes {
				// The pair takes the leading sentence's place and scores.
				keep := t
				keep.text, keep.runes = a.text+" "+n.text, a.runes+1+n.runes
				keep.pos = a.pos
				chosen[top] = keep
				other := n
				if t.pos == n.pos {
					other = a
				}
				for j := len(chosen) - 1; j >= 0; j-- {
					if j != top && same(other)(chosen[j]) {
						chosen = slices.Delete(chosen, j, j+1)
						if j < top {
							top--
						}
					}
				}
			}
		}
	}
	return chosen, top, best
}

// render writes the quotes under intro, each followed by its source's
// [n], and renumbers the sources: the quoted ones first, in quoting order.
func render(intro, lang string, sources []Citation, chosen []candidate) quoted {
	// New numbers: quoted articles in quoting order, then the rest.
	perm := make([]int, 0, len(sources))
	for _, c := range chosen {
		if !slices.Contains(perm, c.src) {
			perm = append(perm, c.src)
		}
	}
	nCited := len(perm)
	for i := range sources {
		if !slices.Contains(perm, i) {
			perm = append(perm, i)
		}
	}
	renumbered := make([]Citation, len(sources))
	newN := make([]int, len(sources))
	for n, i := range perm {
		renumbered[n] = sources[i]
		renumbered[n].N = n + 1
		newN[i] = n + 1
	}

	var b strings.Builder
	b.WriteString(intro)
	for _, c := range chosen {
		// The sentence's own language when known: an article without a
		// language tag may still be quoted in another language.
		if l := cmpOr(c.lang, sources[c.src].Lang); l != "" && l != lang {
			b.WriteString(" " + prompts.T(lang, originalLangNoteK))
			break
		}
	}
	b.WriteString("\n")
	for _, c := range chosen {
		b.WriteString("\n• " + truncate(c.text, maxSentenceRunes) + " [" + strconv.Itoa(newN[c.src]) + "]")
	}
	return quoted{text: b.String(), citations: renumbered[:nCited:nCited], sources: renumbered}
}

// same returns whether a candidate is the sentence of c.
func same(c candidate) func(candidate) bool {
	return func(x candidate) bool { return x.src == c.src && x.pos == c.pos }
}

// withAnswer puts the answering sentence c among the quotes, in place of
// a quote that says the same thing or, when the quotes are full, of the
// weakest quote that is not kept; it returns the quotes and c's index.
func withAnswer(chosen []candidate, c candidate, keep func(candidate) bool) ([]candidate, int) {
	for i, x := range chosen {
		if nearDuplicate(x.words, c.words) {
			chosen[i] = c
			return chosen, i
		}
	}
	runes := 0
	for _, x := range chosen {
		runes += min(x.runes, maxSentenceRunes)
	}
	for len(chosen) >= maxSentences || len(chosen) > 1 && runes+min(c.runes, maxSentenceRunes) > maxQuotedRunes {
		weakest := -1
		for i, x := range chosen {
			if !keep(x) && (weakest < 0 || x.score < chosen[weakest].score) {
				weakest = i
			}
		}
		if weakest < 0 {
			break
		}
		runes -= min(chosen[weakest].runes, maxSentenceRunes)
		chosen = slices.Delete(chosen, weakest, weakest+1)
	}
	chosen = append(chosen, c)
	return chosen, len(chosen) - 1
}

// scored returns the quotable sentences of sources, each scored against
// query (see extractive).
func scored(query, lang string, sources []Citation) []candidate {
	cands := candidates(sources)
	qt := answerType(query)
	// A question for a place in a series is of no kind the judge reads,
	// but its answer is an ordinal.
	ordinal := (qt == qOther || qt == qHowMany) && ordinalQuestionRE.MatchString(strings.ToLower(query))
	saying := asksSaying(query)
	// sayWhen: "what did X say when ..." (sayWhenClauseRE).
	sayWhen := qt == qSay && sayWhenClauseRE.MatchString(strings.ToLower(query))
	// describe: "how did X describe/assess Y" ("как Лапшин оценил
	// договорённость", "ông X đánh giá ... thế nào") is answered by
	// what X called it ("назвал договорённость «техническим шагом»"),
	// when a sentence on the question's words tells it, not by anything
	// else X said (see describing, after terms).
	describe := qt == qSay && describeQuestionRE.MatchString(strings.ToLower(query))
	// A question of how often is answered by a frequency, of whatever
	// kind the judge reads it.
	frequency := frequencyQuestionRE.MatchString(strings.ToLower(query))
	rate := qt == qHowMany && !frequency && rateQuestionRE.MatchString(strings.ToLower(query))
	former := formerQuestionRE.MatchString(strings.ToLower(query))
	post := postQuestionRE.MatchString(strings.ToLower(query))
	charge := chargeQuestionRE.MatchString(strings.ToLower(query))
	whereTo := qt == qWhere && asksWayTo(query)
	// fromTo: the question asks where from and where to ("bay từ đâu
	// đến đâu", "откуда и куда летел самолёт").
	fromTo := qt == qWhere && fromToQuestionRE.MatchString(strings.ToLower(query))
	// from: the question asks where from (asksWhereFrom), when some
	// sentence names a place of origin.
	from := qt == qWhere && !fromTo && asksWhereFrom(query) &&
		slices.ContainsFunc(cands, func(c candidate) bool { return namesOrigin(&c, terms{}, false) })
	// distance: the question asks how far (asksDistance), when some
	// sentence gives a distance.
	distance := qt == qHowMany && asksDistance(query) && !asksSpan(query) &&
		slices.ContainsFunc(cands, func(c candidate) bool { return distanceRE.MatchString(c.text) })
	// A "when" question in the future tense ("when will the drills be
	// held") is not answered by a sentence in the past ("the previous
	// drill was held in 2019"), though it may be by one in the present
	// ("the agreement runs until 2031"). English and Vietnamese mark the
	// tenses with words (was, will; đã, sẽ); Russian by the verb's form
	// ("когда обменяются", see asksFuture). A sentence whose dates are
	// all before its article's own date tells of the past in any
	// language and tense ("agreed on Wednesday ... expired in February
	// 2026", see pastDated).
	future := qt == qWhen && asksFuture(query, qt)
	// "How many of the manuscripts are in Moscow" asks for a part, and
	// is answered by one; "how many manuscripts" by the whole.
	partQuestion := partQuestionRE.MatchString(strings.ToLower(query))
	// "Where will the next round be held?" is answered by the sentence
	// that tells of the next one ("the delegations agreed to meet again
	// in Valletta", "Следующий раунд запланирован в Валлетте"), not by
	// the dateline's city of the round just held, when one tells of it.
	tellsNext := func(text string) bool {
		lower := strings.ToLower(text)
		return nextRE.MatchString(lower) || againRE.MatchString(lower)
	}
	next := (qt == qWhere || qt == qWhen) && nextRE.MatchString(strings.ToLower(query)) &&
		slices.ContainsFunc(cands, func(c candidate) bool { return tellsNext(c.text) })
	// A question for the end or the start of a period is answered by
	// the date that bounds it (periodBound).
	// "What year" is not answered by a decade ("in the 1990s").
	yearAsked := qt == qWhen && yearQuestionRE.MatchString(strings.ToLower(query))
	// "С какого числа", "on what date", "ngày nào" ask a day: a sentence
	// that dates by a year alone ("в 2024 году прошли 92 рейса") does
	// not give it, when another gives a day (givesDay, as the judge
	// reads it).
	dayAsked := qt == qWhen && asksDay(query) && slices.ContainsFunc(cands, func(c candidate) bool { return givesDay(strings.ToLower(c.text), !future) })
	period := periodBound(query)
	if period == nil && qt == qWhen && stopQuestionRE.MatchString(strings.ToLower(query)) {
		period = untilRE
	}
	// A bound no sentence gives leaves any date to answer.
	if period != nil && !slices.ContainsFunc(cands, func(c candidate) bool { return period.MatchString(c.text) }) {
		period = nil
	}
	// A price or value asked ("giá trị bao nhiêu", "how much will Japan
	// pay") is answered by a sum of money, as the judge reads it.
	// "How late were the staff paid" asks how late, not how much.
	money := (asksMoney(query, qt) || qt == qHowMany && priceVerbRE.MatchString(strings.ToLower(query))) && !asksSpeed(query)
	// "What did they agree (on)?" asks for what was agreed: a sentence
	// that says they agreed, not the lead that says they met; so for
	// what they discussed, proposed, demanded or signed.
	var act *regexp.Regexp
	if qt == qOther {
		act = actAsked(query)
		// "How did it end" is best answered by how (outcomeRE), when
		// some sentence tells it.
		if act != nil && endAsked(query) && slices.ContainsFunc(cands, func(c candidate) bool { return outcomeRE.MatchString(c.text) }) {
			act = outcomeRE
		}
		// "What will the hotline connect?" asks for its two ends, told
		// by whatever verb of linking the story uses.
		if act == nil && connectQuestionRE.MatchString(strings.ToLower(query)) {
			act = connectRE
		}
	}
	// side: the one side of the topic the question names ("Who headed
	// the American side?"); a sentence that names only the other side
	// ("Tarasenko led the Russian team") gives the other side's answer.
	side := querySide(query)
	// "Which fields get priority?" is answered by the sentence that
	// lists them, whatever its words for the fields.
	list := qt == qOther && act == nil && asksList(query)
	// "Who brokered the swap?" ("nước nào làm trung gian") is answered
	// by the one who mediated, named after a noun of mediation ("при
	// посредничестве Казахстана"): a country or a body most often,
	// which the "who" and "where" tests do not take for a person.
	mediator := (qt == qWho || qt == qWhere || qt == qOther) && mediatorQuestionRE.MatchString(strings.ToLower(query))
	// "Who owns the ship?" ("кому принадлежит судно", "tàu thuộc sở
	// hữu của ai") is answered by the owner named beside a word of
	// owning ("принадлежащее консорциуму", "owned by the institute"):
	// most often a company or an institute, which the "who" test does
	// not take for a person, while the story's other sentences name
	// the officials who spoke of the ship. Only when a sentence tells
	// an owner: otherwise the question keeps its kind.
	owner := (qt == qWho || qt == qOther) && ownerQuestionRE.MatchString(strings.ToLower(query)) &&
		slices.ContainsFunc(cands, func(c candidate) bool { return ownershipRE.MatchString(c.text) })
	terms := stemmedTerms(answerTerms(queryTerms(query, lang)))
	var units []string // the counted unit in every spelling (see unitForms)
	// "How old is he" is answered by an age ("Yastrebov, 58,", "58
	// tuổi"), whatever number the story also gives.
	age := asksAge(query)
	// A price asked counts no unit: "Сколько стоят сутки проводки?"
	// asks the price of a day, which "девять суток" does not give.
	if qt == qHowMany && !frequency && !age && !money {
		unit := countedUnit(query)
		// A unit no sentence counts ("barels" typed for "barrels") asks
		// for no more than any number.
		units = unitForms(terms, unit)
		counted := func() bool {
			return slices.ContainsFunc(cands, func(c candidate) bool { return countsAny(c.text, c.full, units) })
		}
		// People counted by their role ("сколько сотрудников", "how
		// many staff") are most often counted as people ("штат
		// сократился до 120 человек", "a staff of 120 people").
		if !counted() && peopleNounRE.MatchString(unit) {
			units = peopleUnits
		}
		if !counted() {
			units = nil
		}
	}
	// The side whose count is asked ("How many American experts"): a
	// sentence whose every count of the noun is the other side's ("5
	// chuyên gia Nga") does not give it (countsOtherSide).
	cside := -1
	if len(units) > 0 {
		cside = countSide(query)
	}
	// A count or a size asked that is no length of time is not given by
	// one: "How big is the quota?" is not answered by the lead's "after
	// almost three weeks of talks", which times the story, not the thing
	// asked.
	spansAside := qt == qHowMany && !frequency && !age && !asksSpan(query)
	// A count of things or people (countsThings) is not given by a
	// measured amount: "How many rescuers took part?" is not answered by
	// "40 km south of the bay" nor by "2,500 tonnes of fuel".
	measuresAside := spansAside && !money && !distance && countsThings(query, countedUnit(query))
	// exact: some sentence counts in figures, so a sentence that only
	// says "hundreds" or "hàng chục" gives no answer of the kind (see
	// vagueCount).
	exact := qt == qHowMany && slices.ContainsFunc(cands, func(c candidate) bool {
		return numberRE.MatchString(yearRE.ReplaceAllString(uncounted(c.text), ""))
	})
	// "На сколько лет посадили Мерсера?", "for how many years" ask the
	// term set for it: of the sentences giving a length of time, one
	// that gives a term ("осуждён на 9 лет", "kết án 9 năm tù",
	// "sentenced to nine years") answers, not the time served since
	// ("thụ án gần ba năm"), whatever verb the question uses.
	termOnly := slices.Equal(units, []string{durationUnit}) && termQuestionRE.MatchString(strings.ToLower(query)) &&
		slices.ContainsFunc(cands, func(c candidate) bool { return len(termSpans(c.text, durations(c.text))) > 0 })
	// "How long did the drill go on?" asks how long it lasted, which
	// "the first joint drill in seven years" does not tell; "how long
	// since the last one" asks that gap.
	gapAsked := gapQuestionRE.MatchString(strings.ToLower(query))
	describing := describe && slices.ContainsFunc(cands, func(c candidate) bool {
		if !namingRE.MatchString(c.text) {
			return false
		}
		for ci, con := range terms.concepts {
			if !con.specific && terms.match(&c, ci) > 0 {
				return true
			}
		}
		return false
	})
	idf := terms.idf(cands)
	typeCredit := 0.0 // the mean IDF of the query's concepts
	for _, v := range idf {
		typeCredit += v / float64(len(idf))
	}
	terms.markSpecific(query, lang, sources)
	pairs := terms.pairs(query)
	// office: the question names a role, whose holder's country and
	// post's country the pairs' order tells apart.
	office := roleRE.MatchString(query)
	offices := make([]bool, len(terms.concepts)) // the concepts that name a role
	for ci, con := range terms.concepts {
		offices[ci] = !con.specific && roleRE.MatchString(strings.Join(con.alts[0].forms(), " "))
	}
	// A region asked is said by a place within it (regionConcepts),
	// where the story does not name the region itself.
	regions := regionConcepts(query, terms)
	match := func(c *candidate, ci int) float64 {
		m := terms.match(c, ci)
		if alts, ok := regions[ci]; ok && m == 0 {
			m = placeHeld(c, alts)
		}
		return m
	}
	ctx := make([]candidate, len(sources))
	cover := make([]float64, len(sources))
	for i, src := range sources {
		ctx[i] = wholeText(src.Title + "\n" + src.Passage)
		for ci := range terms.concepts {
			cover[i] += min(match(&ctx[i], ci), 1) * idf[ci]
		}
	}
	// pinning: the specific concepts that tell the sources apart, held
	// by some and not by others.
	var pinning []int
	pinWeight := 0.0
	for ci, con := range terms.concepts {
		// A name in half the sentences or more (an IDF of ln 2 or less)
		// is the corpus's topic ("Russia"), which pins nothing down.
		if !con.specific || idf[ci] <= math.Ln2 {
			continue
		}
		idf[ci] *= specificWeight
		if slices.ContainsFunc(ctx, func(c candidate) bool { return terms.match(&c, ci) >= wholeMatch }) {
			pinning = append(pinning, ci)
			pinWeight += idf[ci]
		}
	}
	// named: the question names someone or something (a specific
	// concept); namesAsked reports whether a sentence says it.
	named := slices.ContainsFunc(terms.concepts, func(con concept) bool { return con.specific })
	// alsoWhere: a when-question that asks where too ("Where and
	// when will the summit take place?").
	alsoWhere := qt == qWhen && asksType(query, qWhere)
	identity := qt == qWho && named && identityQuestionRE.MatchString(strings.TrimSpace(query))
	payer := payerQuestion(query, qt) // "who will pay": a paying body answers (judge_payer.go)
	// succession: a "who" question that asks who came before or after
	// someone in a post (judge_succession.go); any other is not
	// answered by a sentence that names only the one replaced.
	succession := asksSuccession(query, qt)
	// failed: a "why" question about talks that failed, answered by
	// the standoff that made them fail (standoffRE) as much as by a
	// connective of cause.
	failed := qt == qWhy && failureQuestionRE.MatchString(strings.ToLower(query))
	namesAsked := func(c *candidate) bool {
		for ci, con := range terms.concepts {
			if con.specific && terms.match(c, ci) > 0 {
				return true
			}
		}
		return false
	}
	// prev is the sentence before c in its passage, when quotable: a
	// pronoun that speaks ("ông nói", "— сказал он") speaks for whoever
	// it names, in the paragraph before too (a quote often opens one).
	at := map[[2]int]int{}
	for i, c := range cands {
		at[[2]int{c.src, c.pos}] = i
	}
	role := roleConcepts(query, terms)
	prev := func(c *candidate) *candidate {
		if i, ok := at[[2]int{c.src, c.pos - 1}]; ok {
			return &cands[i]
		}
		return nil
	}
	plain := make([]float64, len(cands)) // each sentence's focus before the kind asked counts
	for i := range cands {
		c := &cands[i]
		c.parts, c.own = terms.score(c, &ctx[c.src], idf)
		// A story that tells of a place within a region asked and never
		// names the region is of the region, as the judge reads it: all
		// its sentences are, so the place credits the story, as a word
		// of the question said only by its other sentences does, not
		// the sentence naming it (measured: crediting that sentence
		// took the first bullet from the lead that says what was asked,
		// "Россия отклонила предложение США ... в Бурятии", for a
		// minister's aside naming Buryatia again, ev16-en-24).
		for ci, alts := range regions {
			if c.parts[ci] == 0 {
				c.parts[ci] = idf[ci] * contextWeight * placeHeld(&ctx[c.src], alts)
			}
		}
		c.cover = cover[c.src]
		for ci, p := range c.parts {
			c.rel += p
			c.overlap = c.overlap || c.own[ci] > 0
		}
		// A pin is held only whole, by the sentence or its article: "март"
		// without "26" is another date.
		held := func(ci int) bool { return c.own[ci] >= wholeMatch || terms.match(&ctx[c.src], ci) >= wholeMatch }
		missing := 0.0
		for _, ci := range pinning {
			if !held(ci) {
				missing += idf[ci]
			}
		}
		if missing > 0 {
			c.rel *= 1 - (1-unpinnedFactor)*missing/pinWeight
		}
		// A date or number of the question names one event: an article
		// without it tells another ("sanctions of March 26" is not
		// answered by the sanctions of March 5).
		for _, ci := range pinning {
			if !held(ci) && numeric(terms.concepts[ci]) {
				c.rel *= unpinnedNumberFactor
				break
			}
		}
		c.base = c.rel * informativeness(c.text, c.runes) * (1 + rankBonus/float64(c.src+1))
		// A sentence that opens by pointing back ("Это ограничение,
		// введённое в 2017 году", "This rule dates from 2017", "Quy
		// định này có từ năm 2017") is about what the sentence before
		// says: it gives the answer, the sentence before the question's
		// words.
		var back []float64
		// So does a quote said by a pronoun ("\"...,\" she said") after
		// the sentence that tells the moment a "say when" question asks
		// of ("What did the colonel say when she received the
		// remains?"): the question's words are the moment's, which the
		// quote never repeats.
		if p := prev(c); p != nil && (pointsBack(c.text) || sayWhen && pronounSpeech.MatchString(c.text) && quotesWords(c.text)) {
			_, back = terms.score(p, nil, idf)
		}
		for ci, h := range c.own {
			if back != nil && anaphoraWeight*back[ci] > h {
				h = anaphoraWeight * back[ci]
				c.overlap = true
			}
			if role[ci] {
				// "Which senator": the sentence that names someone by
				// the role asked ("Senator Wade Corrigan said") answers,
				// not one naming someone else beside another word of the
				// question ("Lionel Marsh ... said the license").
				c.focus += h * idf[ci]
			}
			if terms.concepts[ci].specific {
				c.focus += nameFocus * h * idf[ci]
			} else {
				c.focus += h * idf[ci]
			}
		}
		// A year does not answer "how many" (answersKind).
		answers := answersKind(qt, c.text)
		// A word or two in quotation marks names a term ("a «one for
		// one» scheme", "a «gesture of goodwill»"), it does not report
		// speech: with no verb of saying, only a quote of a few words
		// tells what someone said.
		if qt == qSay && answers && !speechVerbRE.MatchString(c.text) && !quotesSpeech(c.text) {
			answers = false
		}
		if qt == qSay && !answers {
			answers = namingRE.MatchString(c.text)
		}
		if describing {
			answers = namingRE.MatchString(c.text)
		}
		if qt == qHowMany {
			text := c.text
			if spansAside {
				text = withoutSpans(text, durations(text))
			}
			if measuresAside {
				text = measureRE.ReplaceAllString(text, " ")
			}
			answers = answersKind(qt, uncounted(text))
			// "Hundreds of families" counts no number: the sentence
			// giving the count in figures answers ("312 of about 1,900
			// families"), when one does.
			if answers && exact && vagueCount(text) {
				answers = false
			}
		}
		// bound: the answer given stands by what is asked, so the
		// sentence may lead; a place anywhere in a sentence still makes
		// it more worth quoting for "where" (see namesPlace).
		bound := true
		switch qt {
		case qWho:
			answers = namesSomeone(c, terms) // a role, or a person the question does not name
			if !succession && pronounSucceedsRE.MatchString(c.text) {
				// "He replaces Ivan Belov", "Ông kế nhiệm Đại sứ Gennady
				// Tolmachev", "Он сменил Ивана Белова": the one named
				// held the post before the one asked about.
				answers = false
			}
			if payer {
				// A paying body, or someone named beside a payment.
				answers = paysIn(c.text) || answers && payVerbIn(c.text)
			}
			if identity {
				// "Who is Hernán Villalba?": the sentence that says
				// who he is names him; one naming another's role
				// does not.
				answers = namesAsked(c)
			}
		case qWhere:
			answers = namesPlace(c, terms, false, whereTo) // a place the question does not name
			bound = namesPlace(c, terms, true, whereTo)
			// "Where in Siberia" is answered by a place within it,
			// however the sentence tells of being there ("đã đến
			// Irkutsk").
			if !whereTo && !fromTo && !from && slices.ContainsFunc(slices.Collect(maps.Values(regions)), func(alts []alternative) bool { return placeHeld(c, alts) > 0 }) {
				answers, bound = true, true
			}
			if fromTo {
				// Asked both ends of a way, the sentence names both.
				answers = answers && fromToRE.MatchString(c.text)
			}
			if from {
				answers, bound = namesOrigin(c, terms, false), namesOrigin(c, terms, true)
			}
		case qWhy:
			answers = explains(c.text) || failed && standoffRE.MatchString(c.text) // a cause or a purpose, not a time
		case qWhen:
			answers = datesAsked(c, terms, saying) // a date beside what is asked
			// "Where and when will the summit take place?" is answered
			// by the sentence giving both.
			answers = answers && (!alsoWhere || namesPlace(c, terms, false, false))
			answers = answers && (period == nil || period.MatchString(c.text))
			answers = answers && !(yearAsked && decadeOnly(c.text))
			answers = answers && (!dayAsked || givesDay(strings.ToLower(c.text), !future))
			if lower := strings.ToLower(c.text); future && !futureRE.MatchString(lower) && !nextRE.MatchString(lower) && !planRE.MatchString(lower) &&
				(c.lang != "ru" && pastRE.MatchString(lower) || pastDated(lower, sources[c.src].Published)) {
				bound = false
			}
		}
		if next && !tellsNext(c.text) {
			bound = false
		}
		// The next meeting asked is said by whatever words the story's
		// language has for it ("các vòng tiếp theo" for "the next
		// round"): a sentence that tells of the next one says the
		// question's own ask, though the lexicon may translate none of
		// its words.
		if next && tellsNext(c.text) {
			c.overlap = true
		}
		if distance {
			answers = distanceRE.MatchString(c.text)
		}
		if ordinal {
			answers = hasOrdinal(c.text)
		}
		if frequency {
			answers = frequencyRE.MatchString(c.text)
		}
		if rate {
			answers = answers && frequencyRE.MatchString(c.text)
		}
		if age {
			answers = ageRE.MatchString(c.text)
		}
		if charge {
			// The charge of the person asked: a prisoner swap's story
			// names every prisoner's. A charge often follows the name
			// in a sentence of its own ("A court found him guilty of").
			answers = chargeRE.MatchString(c.text) && (!named || namesAsked(c) || prev(c) != nil && namesAsked(prev(c)))
		}
		if post {
			answers = roleRE.MatchString(c.text) // whatever kind the question reads as
		}
		if former {
			answers = answers && formerRE.MatchString(c.text)
		}
		// An office held by one country in another ("посол Норвегии в
		// Швеции") is another office with the two names swapped: the
		// sentence that swaps them names the other country's envoy, and
		// its names say nothing of the office asked. So is the office
		// and its post's country swapped: "Sweden's ambassador" for "the
		// ambassador to Sweden".
		if office {
			for _, pr := range pairs {
				a, b := terms.concepts[pr.a], terms.concepts[pr.b]
				if (a.specific || offices[pr.a]) && (b.specific || offices[pr.b]) &&
					terms.inOrder(c, pair{pr.b, pr.a, pr.gap}) && !terms.inOrder(c, pr) {
					answers = false
					c.focus -= nameFocus * (c.own[pr.a]*idf[pr.a] + c.own[pr.b]*idf[pr.b])
				}
			}
		}
		if act != nil {
			answers = act.MatchString(c.text)
		}
		if list {
			answers = c.overlap && listRE.MatchString(quotedSpanRE.ReplaceAllString(c.text, ""))
		}
		if mediator && mediationRE.MatchString(c.text) {
			answers, bound = true, true
		}
		if owner {
			answers = ownershipRE.MatchString(c.text)
		}
		if otherSideOnly(c.text, side) && !bothLeaders(c.text) {
			answers = false
		}
		if countsOtherSide(c, units, cside) {
			answers = false
		}
		if money {
			// moneyRE reads every currency the judge does ("about 4
			// million kroner" answers "во сколько обошлись учения").
			answers = answers && moneyRE.MatchString(c.text)
		}
		plain[i] = c.focus
		if (qt != qOther || ordinal || act != nil || frequency || charge || age || list || mediator || post || owner) && answers && (qt != qSay || speaks(c, terms) || pronounSpeech.MatchString(c.text) && prev(c) != nil && speaks(prev(c), terms)) &&
			(qt != qHowMany || len(units) == 0 || (partQuestion && countsAny(c.text, c.full, units) || !partQuestion && countsWhole(c.text, c.full, units)) && (!slices.Equal(units, []string{durationUnit}) || c.spanAsked(terms, notGaps(c.text, spansOf(c.text, termOnly), gapAsked), whenReach))) {
			// Giving the kind of answer asked for is worth a content word
			// of its own: "what did Orlov say" is answered by "Orlov said
			// ...", which need not repeat the question's other words.
			c.base *= typeBonus
			if bound {
				c.focus = (c.focus + typeCredit) * typeBonus
				c.typed = true
				// Of two sentences giving the answer asked for, the one
				// that says the question's words in its order: a lead
				// that repeats the question's phrase gains nothing.
				for _, pr := range pairs {
					if terms.inOrder(c, pr) {
						c.focus += orderWeight * min(idf[pr.a], idf[pr.b])
					}
				}
				// What someone said is best given in their own words.
				if qt == qSay && quotesWords(c.text) {
					c.focus *= quoteFocus
				}
			}
		}
		if c.lead {
			// A wire story's lead sums the whole story up: it holds
			// most of any question's words about it, yet a question
			// is most often answered by the sentence that gives the
			// detail asked for (measured on the tune split: leading
			// with the lead for untyped questions too cost 0.02 of
			// first bullets and won none).
			c.focus *= leadFocus
			plain[i] *= leadFocus
		}
		c.score = c.base
		if c.lang == lang {
			c.score *= sameLangBonus
		}
	}
	unbindOthers(cands, sources, terms, plain, prev)
	return cands
}

// vagueCountRE finds a count given only by its order of size, in
// vi/en/ru: "hundreds of", "dozens", "сотни", "десятки", "hàng trăm".
var vagueCountRE = regexp.MustCompile(`(?i)(^|[^\p{L}])(hundreds|thousands|dozens|millions|сотни|сотен|сотнями|десятки|десятков|десятками|hàng trăm|hàng nghìn|hàng ngàn|hàng chục|hàng triệu)([^\p{L}]|$)`)

// vagueCount reports whether sentence counts only by an order of size
// (vagueCountRE): no figure, and no number word once those are gone.
func vagueCount(sentence string) bool {
	if !vagueCountRE.MatchString(sentence) || numberRE.MatchString(yearRE.ReplaceAllString(sentence, "")) {
		return false
	}
	return !countInWords(vagueCountRE.ReplaceAllString(sentence, " "))
}

// personLike reports whether con may be a person's name: a name of the
// question that holds no digit and that the lexicon does not translate
// (the lexicon holds the domain's places, bodies and treaties, "СНВ-3",
// "Mỹ", which a story goes on to call "the treaty", "American").
func personLike(con concept) bool {
	if !con.specific {
		return false
	}
	for _, a := range con.alts {
		if a.weight < 1 || slices.ContainsFunc(a.forms(), func(w string) bool { return strings.ContainsFunc(w, unicode.IsDigit) || knownName(w) }) {
			return false
		}
	}
	return true
}

// namesAnother reports whether c names a person by a full name the
// question does not say (two capitalised words in a row, neither a word
// of the question nor a place the lexicon knows, one of them rare in the
// corpus): "Mỹ thả Gennady Kostrykin" tells of Kostrykin, whoever the
// sentence before named.
func namesAnother(c *candidate, t terms) bool {
	toks := corpus.Tokenize(c.text)
	inQuery := t.formSet()
	capital := func(i int) bool {
		return capitalisedWord(toks[i].Text) && strings.ToUpper(toks[i].Text) != toks[i].Text
	}
	for i := 0; i+1 < len(toks); i++ {
		a, b := toks[i], toks[i+1]
		if !capital(i) || !capital(i+1) || c.text[a.End:b.Start] != " " || i == 0 && corpus.IsStopWord("", a.Folded) {
			continue
		}
		if inQuery[matchForm(a)] || inQuery[matchForm(b)] || inQuery[a.Folded] || inQuery[b.Folded] {
			continue
		}
		if knownName(a.Text+" "+b.Text) || placeHeads[b.Folded] {
			continue
		}
		if retrieval.Distinctive(a.Folded) || retrieval.Distinctive(b.Folded) {
			return true
		}
	}
	return false
}

// unbindOthers takes the kind asked from the sentences that tell of
// someone else than the one the question names. A story of several
// people (a prisoner swap, a list of sanctioned firms) gives each of them
// a sentence of the same kind ("X was sentenced to nine years", "Y was
// sentenced to four years"); asked of Y, the sentence on X gives a wrong
// answer, though its other words may match the question better (its verb
// the question's, Y's a synonym). A name pins the sentence down only
// when the story's opening does not say it (its title and first
// sentence): a name there (the city of the talks, the countries) is the
// whole story's, and its sentences need not repeat it. A sentence that
// says no such name of the question but follows one that does tells of
// the same one ("Brewster was freed. She had served two years").
// When some sentence of the kind asked in an article says such a name,
// the article's other sentences of the kind that say none of them lose
// the kind (and the focus it gave).
func unbindOthers(cands []candidate, sources []Citation, terms terms, plain []float64, prev func(*candidate) *candidate) {
	for src := range sources {
		opening := wholeText(sources[src].Title)
		first := -1
		for i, c := range cands {
			if c.src == src && (first < 0 || c.pos < cands[first].pos) {
				first = i
			}
		}
		var own []int // the question's names only the story's body says
		for ci, con := range terms.concepts {
			if !personLike(con) || terms.match(&opening, ci) > 0 {
				continue
			}
			if slices.ContainsFunc(cands, func(c candidate) bool {
				return c.src == src && (c.lead || c.pos == cands[first].pos) && terms.match(&c, ci) > 0
			}) {
				continue
			}
			own = append(own, ci)
		}
		if len(own) == 0 {
			continue
		}

		says := func(c *candidate) bool {
			return slices.ContainsFunc(own, func(ci int) bool { return terms.match(c, ci) >= wholeMatch })
		}
		binds := func(c *candidate) bool { return says(c) || prev(c) != nil && says(prev(c)) && !namesAnother(c, terms) }
		if !slices.ContainsFunc(cands, func(c candidate) bool { return c.src == src && c.typed && binds(&c) }) {
			continue
		}
		for i := range cands {
			if c := &cands[i]; c.src == src && c.typed && !binds(c) {
				c.typed = false
				c.focus = plain[i]
			}
		}
	}
}

// asksList reports whether query asks which things of a kind, in the
// plural, a question of no other kind: "which subjects", "what
// sectors", "какие направления", "những ngành nào" (also without
// diacritics). Its answer is most often one sentence that lists them.
func asksList(query string) bool {
	lower := strings.ToLower(query)
	if listQuestionRE.MatchString(lower) {
		return true
	}
	ws, _ := tokens(query)
	for i, w := range ws {
		if (w == "which" || w == "what") && i+1 < len(ws) {
			n := ws[i+1]
			if i+2 < len(ws) && !strings.HasSuffix(n, "s") {
				n = ws[i+2] // an adjective first: "which main sectors"
			}
			if len(n) > 3 && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") && !auxiliaryS[n] {
				return true
			}
		}
	}
	return false
}

// auxiliaryS are the English words ending in s that follow "what" or
// "which" without being a plural noun.
var auxiliaryS = setOf("does", "was", "has", "is", "this", "its", "says", "his", "hers", "theirs", "yours", "ours", "news")

// listQuestionRE asks which things of a kind in Russian and Vietnamese,
// lower-cased: the plural "какие", "những/các ... nào".
var listQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(какие|каких|какими|(những|các|nhung|cac) (\p{L}+ ){1,3}(nào|nao))([^\p{L}]|$)`)

// listRE finds a list of three or more short items, the last joined by
// a conjunction, in vi/en/ru: "physics, linguistics and Arctic
// ecology", "vật lý, ngôn ngữ học và sinh thái học", "по физике,
// лингвистике и экологии".
var listRE = regexp.MustCompile(`(?i)[\p{L}-]+( [\p{L}-]+){0,3}, [\p{L}-]+( [\p{L}-]+){0,3},? (and|or|và|hoặc|cùng|и|или) [\p{L}-]+`)

// mediatorQuestionRE asks who mediated, in vi/en/ru (lower-cased,
// Vietnamese also without diacritics).
var mediatorQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(broker\p{L}*|mediat\p{L}*|intermediar\p{L}*|go-between|facilitat\p{L}*|trung gian|dàn xếp|dan xep|làm cầu nối|lam cau noi|посредни\p{L}*)([^\p{L}]|$)`)

// mediationRE finds the one who mediated named after a word of
// mediation, in vi/en/ru: "with the mediation of Qatar", "brokered by
// the UAE", "при посредничестве Казахстана", "với sự trung gian của
// Kazakhstan", "Hungary làm trung gian".
var mediationRE = regexp.MustCompile(`(?i)(^|[^\p{L}])(mediation of|mediated by|brokered by|with the help of|при посредничестве|при содействии|посредником|посредником выступил\p{L}*|(sự )?trung gian của|làm trung gian|đứng ra trung gian)([^\p{L}]|$)`)

// ownerQuestionRE asks who owns something, in vi/en/ru (lower-cased,
// Vietnamese also without diacritics): "who owns the ship", "кому
// принадлежит судно", "con tàu thuộc sở hữu của ai".
var ownerQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(who owns|who owned|who is the owner|who was the owner|owned by whom|belongs? to whom|кому (\p{L}+ )?принадлеж\p{L}*|кто (\p{L}+ )?(владеет|владел\p{L}*|владелец|собственник)|(thuộc|thuoc) (sở hữu|so huu|về|ve) (của )?(ai|cơ quan nào|công ty nào)|(chủ sở hữu|chu so huu) .{0,40}(là ai|la ai))([^\p{L}]|$)`)

// ownershipRE finds the owner named by a word of owning, in vi/en/ru:
// "the Northwind, owned by the Halden Marine Institute", "судно,
// принадлежащее институту", "thuộc sở hữu của Viện Hải dương học".
var ownershipRE = regexp.MustCompile(`(?i)(^|[^\p{L}])(own(s|ed|er|ers|ership)|belong(s|ed|ing)?|принадлеж\p{L}*|владел\p{L}*|владе(ет|ют|ющ\p{L}*)|собственност\p{L}*|собственник\p{L}*|(thuộc|thuoc) (sở hữu|so huu|về|ve)|(chủ sở hữu|chu so huu)|(của|cua) (công ty|tập đoàn|viện|hãng))([^\p{L}]|$)`)

// connectQuestionRE asks what something connects or links, in
// vi/en/ru (lower-cased, Vietnamese also without diacritics).
var connectQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(connect|connects|link|links|join|joins|соедин\p{L}*|связ(ать|ывать|ывает|ала|ал|ало|ет|ут)|kết nối|ket noi|nối|noi)([^\p{L}]|$)`)

// connectRE finds two ends told as linked, in vi/en/ru: "a line
// linking the naval command in Naples with the fleet's headquarters",
// "свяжет штаб с командованием", "nối Moskva với Washington", "between
// X and Y".
var connectRE = regexp.MustCompile(`(?i)(^|[^\p{L}])(connect\p{L}*|link(s|ing|ed)?|join(s|ing|ed)?|between|соедин\p{L}*|свяж\p{L}*|связыва\p{L}*|между|kết nối|nối|giữa)([^\p{L}]|$)`)

// quotedSpanRE finds words in quotation marks: a speaker's adjectives
// ("businesslike, long and not easy") are no list of things asked.
var quotedSpanRE = regexp.MustCompile(`"[^"]*"|“[^”]*”|«[^»]*»`)

// againRE finds a meeting told as the next by repeating it, in vi/en/ru
// (lower-cased): "meet again", "họp lại", "встретиться снова".
var againRE = regexp.MustCompile(`(^|[^\p{L}])(again|reconvene\p{L}*|снова|вновь|(họp|gặp|nhóm họp) lại)([^\p{L}]|$)`)

// bothLeaders reports whether sentence names someone in a role and then,
// after a conjunction, the other side's: "the consultations were led by
// Assistant Secretary Daniel Whitcombe and Russian Deputy Foreign
// Minister Gennady Lavrentiev". Only the second is marked by his side;
// the first is the other party's, so the sentence answers for both
// sides (otherSideOnly sees only the one marked).
func bothLeaders(sentence string) bool {
	m := roleRE.FindStringIndex(sentence)
	if m == nil {
		return false
	}
	toks := corpus.Tokenize(sentence)
	for i, t := range toks {
		if t.Start < m[1] || topicSide(t) < 0 {
			continue
		}
		gap := sentence[toks[i-1].End:t.Start]
		prev := toks[i-1].Folded
		return strings.Contains(gap, ",") || prev == "and" || prev == "va" || prev == "и" || i > 1 && toks[i-2].Folded == "and" && prev == "the"
	}
	return false
}

// goingToRE finds English's future with "going to" before a verb of
// being or meeting, lower-cased: "where is the next session going to
// be", not "where is the plane going to".
var goingToRE = regexp.MustCompile(`going to (be|take place|happen|meet|convene|sit)([^\p{L}]|$)`)

// namingRE finds speech that names a thing for what the speaker holds
// it to be, in vi/en/ru: "gọi thỏa thuận là dấu hiệu...", "called the
// step small", "описал". It answers "what did X say about Y" as well as
// a verb of saying does (speechRE has "назвал" too), and is
// common in Vietnamese reports, which drop the quotation marks. An
// English report names a thing in quotes after "said the step was" as
// often ("X said the step was "small, practical and checkable"").
var namingRE = regexp.MustCompile(`(?i)(^|[^\p{L}])(called|calls|described|describes|dubbed|gọi|mô tả|coi|охарактеризовал\p{L}*|описал\p{L}*|назвал\p{L}*|называ\p{L}*)([^\p{L}]|$)|(^|[^\p{L}])(?:said|says) (?:that )?(?:the|this|its|their|his|her) (?:\p{L}+ ){1,3}(?:was|is|were|are|would be|will be) ["“]`)

// querySide returns the one side of the topic whose party a question
// names (see topicSide): "the American side", "phái đoàn Mỹ",
// "российскую делегацию"; -1 when it names none or both. A side named
// otherwise ("ambassador to Russia", "before his Washington posting")
// is where or to whom, and a sentence may name only the other side.
func querySide(query string) int {
	var texts []string
	for _, m := range sidePartyRE.FindAllStringSubmatch(query, -1) {
		texts = append(texts, m[2:]...)
	}
	return oneSide(texts, topicSide)
}

// sidePartyRE finds a party of one side at talks, in vi/en/ru: an
// adjective or a country before (en, ru) or after (vi) a noun for a
// delegation or a side.
var sidePartyRE = regexp.MustCompile(`(?i)(^|[^\p{L}])(?:(\p{L}+(?:'s)?) (?:side|delegation|team|negotiators|part|officials)|(?:phía|phái đoàn|đoàn|bên|phia|phai doan|doan) (\p{L}+)|(\p{L}+) (?:сторон\p{L}*|делегаци\p{L}*|команд\p{L}*|част\p{L}*))([^\p{L}]|$)`)

// anaphoraWeight is how much a concept of the sentence before counts in
// a sentence that opens by pointing back to it (see pointsBack): "this
// restriction" stands for the restriction just named.
const anaphoraWeight = 0.8

// pointsBack reports whether sentence opens by pointing back, in
// vi/en/ru: a demonstrative before its noun ("This ban", "Это
// ограничение", "Эти меры") or after it ("Quy định này", "Lệnh cấm
// đó"). A demonstrative that is the subject ("This is the first round",
// "Это первые переговоры") says something new of its own and does not:
// English puts a verb after it, Russian an adjective or an adverb after
// "это", so "это" counts only before a noun of a kind that names a
// thing done or a state ("ограничение", "соглашение", "решение").
func pointsBack(sentence string) bool {
	// "One of the two collections is kept at Vector. The other is kept
	// in Atlanta": the other of a pair told in the sentence before, as
	// a subject before its verb ("The other is", "Вторая хранится",
	// "Nơi còn lại là").
	if m := otherOfPairRE.FindStringSubmatch(sentence); m != nil {
		next := strings.ToLower(m[2])
		return slices.Contains(auxiliariesEN, next) || ruVerbRE.MatchString(next) || m[1] == ""
	}
	m := pointsBackRE.FindStringSubmatch(sentence)
	if m == nil {
		return false
	}
	next := strings.ToLower(m[2])
	switch strings.ToLower(m[1]) {
	case "this", "these", "those", "such":
		return !slices.Contains(auxiliariesEN, next) && !subjectVerbsEN[next]
	case "это":
		return ruNounOfActRE.MatchString(next)
	}
	return true
}

var (
	// pointsBackRE is a demonstrative opening a sentence (1) and the
	// word after it (2), or a Vietnamese noun phrase closed by one.
	pointsBackRE = regexp.MustCompile(`^(?i)(?:(this|these|those|such|это|эта|этот|эти|этим|этой|этого|такое|такая|такой|такие)\s+(\p{L}+)|(?:\p{L}+ ){1,3}(?:này|đó)(?:[^\p{L}]|$))`)
	// otherOfPairRE opens a sentence with the other one of a pair as
	// its subject (1) and the word after it (2), in vi/en/ru; a
	// Vietnamese noun closed by "còn lại" (the remaining one) matches
	// whole, with no group 1.
	otherOfPairRE = regexp.MustCompile(`^(?i)(?:(the other|the second|the remaining one|другая|другой|другое|вторая|второй|второе)\s+(\p{L}+)|(?:nơi|cái|bên|chiếc|người|bộ|kho|mẫu) còn lại()(?:[^\p{L}]|$))`)
	// ruVerbRE is a Russian verb of the present or past tense, or a
	// short participle ("хранится", "находится", "расположена").
	ruVerbRE = regexp.MustCompile(`^\p{Cyrillic}+(?:ся|сь|ет|ит|ут|ют|ат|ят|ал|ала|ало|али|ил|ила|ило|или|ена|ено|ены|ан|ана|ано|аны)$`)
	// ruNounOfActRE is a Russian noun of an act or a state, nominative
	// or accusative ("ограничение", "событие", "соглашение").
	ruNounOfActRE = regexp.MustCompile(`^\p{L}+(?:(?:ени|ани|ти|стви)е|ство|ость)$`)
)

// subjectVerbsEN are English verbs that follow a demonstrative used as
// a subject ("This means", "These include").
var subjectVerbsEN = setOf("means", "meant", "comes", "came", "follows", "followed", "include", "includes", "included", "marks", "marked", "may", "might", "should", "must")

// uncounted is sentence without the numbers that count nothing a "how
// many" question asks: dates ("ngày 12/4", "1/2031") and the two
// parties of a bilateral story ("hai bên", "both sides", "обе
// стороны"), which every sentence of it may name; and the type of a
// craft or weapon named by letters and a number ("Ми-8", "HC-130",
// "Su-35"), or an ordinal in figures ("the 17th District", "20-й
// пакет"), which count nothing.
func uncounted(sentence string) string {
	sentence = designationRE.ReplaceAllString(sentence, " ")
	sentence = figureOrdinalRE.ReplaceAllString(sentence, " ")
	sentence = slashDateRE.ReplaceAllString(sentence, " ")
	sentence = yearVIRE.ReplaceAllString(sentence, " ")
	return partiesRE.ReplaceAllString(dateRE.ReplaceAllString(sentence, " "), " ")
}

// figureOrdinalRE is an ordinal written in figures, in en/ru.
var figureOrdinalRE = regexp.MustCompile(`(?i)\b\d+(st|nd|rd|th)\b|\d+-(й|я|е|го|му|м|ю|х)([^\p{L}]|$)`)

// designationRE is the type of a craft or a weapon: up to four letters,
// a hyphen and a number ("Ми-8", "HC-130", "PV-1", "С-400").
var designationRE = regexp.MustCompile(`(^|[^\p{L}\d-])\p{L}{1,4}-\d+([^\d.,]|$)`)

// withoutSpans is text with the byte spans blanked out.
func withoutSpans(text string, spans [][]int) string {
	for _, m := range slices.Backward(spans) {
		text = text[:m[0]] + " " + text[m[1]:]
	}
	return text
}

// yearVIRE is a Vietnamese year with its word ("năm 2026"), whole:
// "năm" is also the number five, which would count what the year only
// dates once the year's digits are gone.
var yearVIRE = regexp.MustCompile(`(?i)(^|[^\p{L}])(năm|nam) (19|20)\d\d\b`)

// slashDateRE is a date written with slashes, whole ("12/4", "tháng
// 1/2031", "19/11/2025"): dateRE, trying its alternatives from the left,
// takes "ngày 1" of "ngày 12/4" and leaves "2/4".
var slashDateRE = regexp.MustCompile(`(?i)((ngày|tháng|hôm) )?\b\d{1,2}/\d{1,4}(/\d{2,4})?\b`)

// partiesRE finds the two parties of a story, in vi/en/ru.
var partiesRE = regexp.MustCompile(`(?i)(^|[^\p{L}])(hai (bên|nước|phía|quốc gia)|both (sides|countries)|the two (sides|countries|delegations|ministers|leaders)|обе стороны|обеих сторон|обеим сторонам|две страны|двух стран|двумя странами)([^\p{L}]|$)`)

// acronym reports whether w is written in capitals, two letters or more
// ("МИД", "NASA").
func acronym(w string) bool {
	return utf8.RuneCountInString(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// termQuestionRE asks the length of a term set for something, lower-cased:
// "на сколько лет", "к скольким годам", "for how many years", "how
// many years was he jailed for", "bao nhiêu năm tù".
var termQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(на сколько|к скольким|for how (many|long)|how (many (years|months|weeks|days)|long)[^?]* for\s*\?*\s*$|(bao nhiêu|mấy) (năm|tháng) tù)([^\p{L}]|$)`)

// termSpans returns the spans of text that give a term set, not time that
// passed: a span after "на", "к", "to", "for", "án", "tù" (termBeforeRE)
// or before a word of prison ("9 năm tù", "восьми годам колонии", "nine
// years in prison").
func termSpans(text string, spans [][]int) [][]int {
	var out [][]int
	for _, m := range spans {
		// A span may begin a word early ("án 9 năm"): that word is
		// before its count.
		pre, span := text[:m[0]], text[m[0]:m[1]]
		if f := strings.Fields(span); len(f) > 2 && !isCount(strings.ToLower(f[0])) {
			pre += " " + f[0]
		}
		if termBeforeRE.MatchString(strings.ToLower(pre)) || termAfterRE.MatchString(strings.ToLower(text[m[1]:])) {
			out = append(out, m)
		}
	}
	return out
}

// spansOf returns the durations of text, only its terms when termOnly.
func spansOf(text string, termOnly bool) [][]int {
	if termOnly {
		return termSpans(text, durations(text))
	}
	return durations(text)
}

// gapBeforeRE ends, lower-cased, the words before a length of time that
// make it the gap since a thing last happened, not how long it lasted:
// "the first joint drill in seven years", "впервые за семь лет", "lần
// đầu tiên sau bảy năm", "for the first time since ... in".
var gapBeforeRE = regexp.MustCompile(`(^|[^\p{L}])(first|впервые|первы\p{L}*|lần đầu|lan dau)([^.;:!?]{0,40}[^\p{L}])?(in|за|sau|trong)\s+((the )?(past|last|almost|nearly|over|more than|почти|более|гần|hơn) )?$`)

// gapQuestionRE asks, lower-cased, how long since a thing last happened
// ("how long since", "сколько лет не", "bao lâu nay"), which a gap
// answers.
var gapQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(since|с тех пор|с каких|kể từ|ke tu|bao lâu nay|bao lau nay|last time|в последний раз|lần cuối|lan cuoi)([^\p{L}]|$)|(сколько|как долго)( \p{L}+){0,4} не( |$)`)

// notGaps returns spans (of text) without the gaps since a thing last
// happened (gapBeforeRE), unless the question asks one (gap).
func notGaps(text string, spans [][]int, gap bool) [][]int {
	if gap {
		return spans
	}
	return slices.DeleteFunc(spans, func(sp []int) bool {
		// The span may hold its preposition (" за семь лет ").
		before := strings.ToLower(text[:sp[0]])
		if f := strings.Fields(strings.ToLower(text[sp[0]:sp[1]])); len(f) > 1 && !unicode.IsDigit([]rune(f[0])[0]) {
			before += " " + f[0] + " "
		}
		return gapBeforeRE.MatchString(before)
	})
}

// termAfterRE begins the words after a length of time that make it a
// term of prison, lower-cased.
var termAfterRE = regexp.MustCompile(`^\s*(tù|колони\p{L}*|тюрьм\p{L}*|заключени\p{L}*|лишения свободы|(in )?(prison|jail))([^\p{L}]|$)`)

// asksAge reports whether query asks how old someone is, in vi/en/ru.
func asksAge(query string) bool {
	if ageQuestionRE.MatchString(strings.ToLower(query)) {
		return true
	}
	for _, m := range ruAgeQuestionRE.FindAllStringSubmatch(query, -1) {
		// "На сколько лет посадили Мерсера?", "Сколько лет дали
		// Колдуэллу?" ask a term: "на", "за" or "через" before, or a
		// verb of the deed between (past "-л", "-ли", not the "было" of
		// "Сколько лет было Колдуэллу?"), time a deed, not the man.
		if m[1] != "" || slices.ContainsFunc(strings.Fields(m[2]), ruDeedVerb) {
			continue
		}
		return true
	}
	return false
}

// ruDeedVerb reports a lower-case Russian word in the past tense of a
// verb ("посадили", "дали", "провёл") other than "to be".
func ruDeedVerb(w string) bool {
	switch w {
	case "был", "была", "было", "были":
		return false
	}
	for _, e := range []string{"л", "ла", "ло", "ли", "лся", "лась", "лось", "лись"} {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w) > len([]rune(e))+1 {
			return true
		}
	}
	return false
}

var (
	// ageQuestionRE asks an age, lower-cased.
	ageQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(how old|what age|(bao nhiêu|mấy|bao nhieu|may) tuổi|(bao nhieu|may) tuoi|сколько лет (ему|ей|им|исполнилось)|в каком возрасте|какого возраста)([^\p{L}]|$)`)
	// ruAgeQuestionRE asks the age of someone named in the dative
	// ("Сколько лет Ястребову?"), as written: a capital tells the name
	// from a span of time ("сколько лет длится").
	ruAgeQuestionRE = regexp.MustCompile(`(?:^|[^\p{L}])((?:[Нн]а|[Зз]а|[Чч]ерез) )?[Сс]колько лет ((?:\p{Ll}+ ){0,3})\p{Lu}`)
	// ageRE finds an age, in vi/en/ru, as written: a number set off
	// after a name ("Yastrebov, 58,"), or before a word for years of age.
	ageRE = regexp.MustCompile(`\p{Lu}\p{L}+, \d{2}[,)]|[Aa]ged \d{2}|\d{2}-year-old|\d{2} (tuổi|years old|года|лет)|возрасте \d{2}`)
)

// personNouns are nouns of persons, in vi/en/ru (lower-cased, with and
// without Vietnamese diacritics), and roleNouns the roles a person
// holds: "which <one of them>" asks who.
const (
	personNouns = `officials?|senators?|lawmakers?|cosmonauts?|astronauts?|journalists?|reporters?|prisoners?|citizens?|persons?|people|diplomats?|engineers?|scientists?|students?|leaders?|negotiators?|mediators?|` +
		`сенатор\p{L}*|космонавт\p{L}*|астронавт\p{L}*|журналист\p{L}*|заключ[её]нн\p{L}*|граждан\p{L}*|дипломат\p{L}*|чиновник\p{L}*|уч[её]н\p{L}*|посредник\p{L}*|переговорщик\p{L}*|` +
		`phi hành gia|phi hanh gia|nhà báo|nha bao|công dân|cong dan|tù nhân|tu nhan|nhà ngoại giao|nha ngoai giao|quan chức|quan chuc|thượng nghị sĩ|thuong nghi si|nhà khoa học|nha khoa hoc`
	roleNouns = `ambassadors?|ministers?|secretary|envoys?|spokes(?:man|woman|person)|advis[eo]rs?|directors?|deputy|president|governors?|commanders?|посол\p{L}*|министр\p{L}*|замминистра|спецпосланник\p{L}*|пресс-секретар\p{L}*|директор\p{L}*|губернатор\p{L}*|đại sứ|dai su|bộ trưởng|bo truong|ngoại trưởng|ngoai truong|thứ trưởng|thu truong|người phát ngôn|nguoi phat ngon|đặc phái viên|dac phai vien`
)

// adjEndingRU is the ending of a Russian adjective in any case, gender
// and number (after its stem: "американск-ий", "нов-ого").
const adjEndingRU = `(ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ей|ыми|ими)`

// personNounsVI are Vietnamese nouns of persons built on "nhà" (one who
// does: "nhà du hành", astronaut; "nhà đàm phán", negotiator) and on
// "người" before a people ("người Nga nào"), that only the extractive
// answer reads: "nhà" alone is also a house, and the judge takes none of
// these as a role.
const personNounsVI = `nhà (du hành|đàm phán|lãnh đạo|nghiên cứu|hoạt động|phân tích|bình luận|sử học|kinh tế|vật lý|thiên văn|văn)|nha (du hanh|dam phan|lanh dao|nghien cuu|hoat dong|phan tich)|người|nguoi`

// answerType is the kind of answer the extractive answer looks for:
// questionType, and also a date for a question asking since or until
// when ("с какого года", "до каких пор"), a place for one asking which
// country or city ("Which country was he ambassador to?") and a person
// for one asking which person or role ("which senator", "какой
// космонавт"), which the judge reads as no kind (reading them so there
// would refuse when the passages give none, a risk the judge does not
// take on a question's wording alone).
func answerType(query string) qType {
	qt := questionType(query)
	// "What did Haines say about who controls the lab?" asks what he
	// said: its "who" opens the clause said of, as do "о том, почему"
	// and "về việc ai".
	if qt != qSay && sayAboutClauseRE.MatchString(strings.ToLower(query)) {
		return qSay
	}
	// "What did Colonel Reyes say when she landed?" asks what she said:
	// its "when" opens the clause of the moment she said it, as does
	// "что сказал посол, когда".
	if qt == qWhen && sayWhenClauseRE.MatchString(strings.ToLower(query)) {
		return qSay
	}
	// "How fast must the consultation start if one side thinks ..."
	// asks a span of time, whatever verb its clause uses.
	if lower := strings.ToLower(strings.TrimSpace(query)); speedQuestionRE.FindStringIndex(lower) != nil && speedQuestionRE.FindStringIndex(lower)[0] == 0 {
		return qHowMany
	}
	if qt != qOther {
		return qt
	}
	lower := strings.ToLower(query)
	switch {
	case periodBound(query) != nil:
		return qWhen
	case whichPlaceQuestionRE.MatchString(lower):
		return qWhere
	case whichPersonQuestionRE.MatchString(lower) || whichDemonymQuestionRE.MatchString(query):
		return qWho
	case placeOfKindQuestionRE.MatchString(lower) || asksWhereFrom(query):
		// "Xuất phát từ cảng nào", "из какого порта": a place answers.
		return qWhere
	case sizeQuestionRE.MatchString(lower) || asksDistance(query):
		return qHowMany
	case describeQuestionRE.MatchString(lower):
		return qSay
	case sumQuestionRE.MatchString(lower):
		return qHowMany
	case asksSpan(query):
		// "За какое время стороны обязались ответить?" asks for a
		// length of time, which a "how many" answer gives.
		return qHowMany
	}
	return qt
}

// sumQuestionRE asks, without "how much", for the sum a thing is
// insured, valued or priced at, or what it costs, lower-cased: "what are
// the pieces insured for?", "what is the collection worth?", "what will
// the repairs cost?", "во что обойдётся обмен". A sum of money answers
// it (asksMoney with priceVerbRE), not any other number of the story.
// Only at the question's end: "what was insured after the storm" asks
// what, not how much.
var sumQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(what( [^ ]+){1,12} (insured|valued|priced|appraised) (for|at)|what( [^ ]+){1,12} (worth|cost))[\s?.!]*$|(^|[^\p{L}])во что (обойд|обош[её]?л|обход|встал|встанет)\p{L}*`)

// sayAboutClauseRE finds a verb of saying whose topic is a clause
// opened by a question word, in vi/en/ru (lower-cased): "say about who
// controls", "сказал о том, почему", "nói gì về việc ai".
var sayAboutClauseRE = regexp.MustCompile(`(^|[^\p{L}])(say|said|tell|told|сказал\p{L}*|заявил\p{L}*|говорил\p{L}*|nói gì|cho biết gì|noi gi)( \p{L}+){0,4},? (about|of|on|о том|об этом|về việc|về chuyện|ve viec)[ ,]+(who|whom|why|where|when|how|кто|кого|почему|зачем|где|когда|ai|vì sao|tại sao|ở đâu|khi nào)([^\p{L}]|$)`)

// sayWhenClauseRE finds a question of what someone said or how they
// reacted, whose "when" opens a clause after the verb, in en/ru
// (lower-cased): "what did she say when", "how did he react when", "что
// сказала полковник, когда".
var sayWhenClauseRE = regexp.MustCompile(`(^|[^\p{L}])(what|how|что|как)( \p{L}+){1,5} (say|tell|react|respond|reply|сказал\p{L}*|заявил\p{L}*|говорил\p{L}*|ответил\p{L}*|отреагировал\p{L}*)( \p{L}+){0,4},? (when|когда)([^\p{L}]|$)`)

// describeQuestionRE asks how someone described something, what they
// promised or what they think of it, in vi/en/ru (lower-cased): answered by their words as a
// "what did X say" is ("Уиткомб назвал договорённость «небольшой»",
// "По её словам, посольство будет рассматривать заявления").
var describeQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(how did \p{L}+( \p{L}+)? (describe|characteri[sz]e|call)|what did .{1,60} (promise|pledge|vow)|what (did|does) .{1,60} (think|make) of|(nghĩ|nghi) (gì|gi) về|что .{1,60}(думает|думают)|(mô tả|đánh giá|nhận xét) .{1,60} (như thế nào|ra sao|thế nào)|(mo ta|danh gia|nhan xet) .{1,60} (nhu the nao|ra sao|the nao)|hứa (điều )?gì|hua (dieu )?gi|как .{1,60}(описал|охарактеризовал|назвал|оценил)\p{L}*|что .{1,60}(пообещал|обещал)\p{L}*)([^\p{L}]|$)`)

var (
	// whichPlaceQuestionRE asks which country or city before an
	// auxiliary, lower-cased: "Which country was he ambassador to?"
	// asks for a place, while "Which country mediated the swap?" asks
	// who acted (a government, see namesSomeone). Russian and
	// Vietnamese ask a place with a preposition ("в какой стране",
	// "tại nước nào"), which questionType reads. A question may name
	// the place asked by its noun ("tại địa điểm nào ở Lisbon", "which
	// venue", "в каком месте"): read here, not by questionType, since
	// the judge would then ask the answer for the noun's own word.
	// whichPersonQuestionRE asks which person of a kind, by a noun of
	// persons or a role, in vi/en/ru, lower-cased: "which senator",
	// "какой сенатор", "phi hành gia Nga nào", "which Russian cosmonaut".
	// The word between a Russian "какой" and the noun of persons is
	// an adjective ("какой американский журналист"), never a noun:
	// "В какой срок дипломатам выдают визы" asks for a time, not
	// which diplomats.
	whichPersonQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(((which|what) (\p{L}+ )?|(какой|какая|какое|какие|какого|какую|каких|каким|которы\p{L}*) (\p{L}+` + adjEndingRU + ` )?)(` + personNouns + `|` + roleNouns + `)|(` + personNouns + `|` + roleNouns + `|` + personNounsVI + `)( \p{L}+){0,2} (nào|nao))([^\p{L}]|$)`)
	// whichDemonymQuestionRE asks which person of a country, by its
	// adjective before an auxiliary, as written: "Which Russian did the
	// US release?".
	whichDemonymQuestionRE = regexp.MustCompile(`(^|[^\p{L}])[Ww]hich \p{Lu}\p{L}+ (did|does|do|was|were|is|are|will|has|have|had)([^\p{L}]|$)`)
	// sizeQuestionRE asks a size or a share without "how many"/"сколько"
	// ("How big is the quota?", "What share of exports...", "Какова доля",
	// "hạn ngạch lớn cỡ nào"; a length of time, "Какова
	// продолжительность", "what was the duration"): a number answers it,
	// as it does "how many", though the judge reads no kind in it.
	sizeQuestionRE       = regexp.MustCompile(`(^|[^\p{L}])(how (big|large|high|small|far|heavy|deep|wide)|what (size|share|percentage|proportion|portion|amount|volume|quantity|capacity)|what( is| was| will be)?( the)? (duration|length)|(lớn|cao|rộng|nặng|xa) (cỡ|đến mức|tới mức) nào|(quy mô|khối lượng|tỷ lệ|tỉ lệ|dung lượng|công suất) (là )?(bao nhiêu|thế nào|ra sao)|(каков|какова|каково|каковы|какой|какую|какая) (размер\p{L}*|дол\p{L}*|объ[её]м\p{L}*|сумм\p{L}*|мощност\p{L}*|величин\p{L}*|продолжительност\p{L}*|длительност\p{L}*))([^\p{L}]|$)`)
	whichPlaceQuestionRE = regexp.MustCompile(`(^|[^\p{L}])((which|what) (country|countries|city|cities|capital|port) (was|is|were|are|did|does|do|will|has|have|had)|(what|which) (venue|location)|địa điểm nào|dia diem nao|в каком месте)([^\p{L}]|$)`)
)

// roleConcepts returns the concepts of a "which <person or role>"
// question that name the kind of person asked ("senator" of "Which US
// senator criticised...", "журналист" of "Какой американский журналист"):
// the noun right after "which"/"what"/"какой", or one word later.
func roleConcepts(query string, t terms) map[int]bool {
	out := map[int]bool{}
	toks := corpus.Tokenize(query)
	for i, tok := range toks {
		if !whichWords[tok.Folded] {
			continue
		}
		for _, nt := range toks[i+1 : min(len(toks), i+3)] {
			if !roleNounRE.MatchString(nt.Lower) {
				continue
			}
			st := corpus.Stem(nt.Folded)
			for ci, con := range t.concepts {
				if slices.ContainsFunc(con.alts, func(a alternative) bool {
					return slices.ContainsFunc(a.forms(), func(w string) bool { return corpus.Stem(w) == st })
				}) {
					out[ci] = true
				}
			}
		}
	}
	return out
}

var (
	// whichWords open a question of which person (folded).
	whichWords = setOf("which", "what", "какой", "какая", "какое", "какие", "какого", "какую", "каких", "каким")
	// roleNounRE is a whole noun of persons or a role (see
	// whichPersonQuestionRE).
	roleNounRE = regexp.MustCompile(`^(` + personNouns + `|` + roleNouns + `)$`)
)

// pair is two concepts of a question next to each other in it, a
// before b, with at most gap words between them.
type pair struct{ a, b, gap int }

// pairs returns the concepts of query that stand next to each other in
// it, in its order: in "Đại sứ Nga tại Mỹ" (the Russian ambassador to
// the US), "Đại sứ" before "Nga" and "Nga" before "Mỹ".
func (t terms) pairs(query string) []pair {
	q := wholeText(query)
	type span struct{ ci, start, end int }
	var spans []span
	for ci := range t.concepts {
		if p, n := t.first(&q, ci); p >= 0 {
			spans = append(spans, span{ci, p, p + n - 1})
		}
	}
	slices.SortFunc(spans, func(x, y span) int { return x.start - y.start })
	var out []pair
	for i := 1; i < len(spans); i++ {
		x, y := spans[i-1], spans[i]
		if gap := y.start - x.end - 1; gap >= 0 && gap <= maxPairGap {
			out = append(out, pair{x.ci, y.ci, gap})
		}
	}
	return out
}

// maxPairGap is how many words (function words: "tại", "of the") may
// part two concepts of a question that make one phrase.
const maxPairGap = 2

// first returns where the query's own words of concept ci (not a
// translation: word order is the language's) first stand whole in c,
// and how many words they are; -1 when they do not.
func (t terms) first(c *candidate, ci int) (int, int) {
	for _, a := range t.concepts[ci].alts {
		if a.weight != 1 {
			continue
		}
		for p := range c.words {
			if c.wholeAt(a, p) {
				return p, len(a.words)
			}
		}
	}
	return -1, 0
}

// inOrder reports whether c says pr's concepts in the question's order,
// as close as the question does (one word more): "Đại sứ Nga tại Mỹ
// Gennady Shubin" does, "Đại sứ Mỹ tại Nga Grant Tolliver" does not,
// though it holds the same words.
func (t terms) inOrder(c *candidate, pr pair) bool {
	for _, a := range t.concepts[pr.a].alts {
		if a.weight != 1 {
			continue
		}
		for p := range c.words {
			if !c.wholeAt(a, p) {
				continue
			}
			end := p + len(a.words) - 1
			for _, b := range t.concepts[pr.b].alts {
				for s := end + 1; b.weight == 1 && s <= end+2+pr.gap; s++ {
					if c.wholeAt(b, s) {
						return true
					}
				}
			}
		}
	}
	return false
}

// speaks reports whether c is reported speech of someone the question
// names, or the question names no one: "what did Marsh say" is answered
// by "..., Marsh said", not by the story's lead that "it said" something.
// A speaker is a name of the question (see markSpecific) or an
// institution the lexicon spells as one ("Bộ Ngoại giao Mỹ", the State
// Department), not the corpus's topic: "Moscow said" answers "what did
// Orlov say about Moscow" no better than the lead does. The sentence must
// name the speaker whole, in some spelling: "Bộ Ngoại giao Nga" is not
// "Bộ Ngoại giao Mỹ".
func speaks(c *candidate, t terms) bool {
	named := false
	for ci, con := range t.concepts {
		q := strings.Join(con.alts[0].forms(), " ")
		if numeric(con) || retrieval.Topic(q) || !con.specific && !(len(con.alts[0].words) > 1 && knownName(q)) {
			continue
		}
		named = true
		if c.own[ci] >= wholeMatch && !placeOnly(c.text, q) {
			return true
		}
		// The name in the other script may be a concept of its own,
		// a lexicon's transliteration that does not romanize back
		// letter for letter ("эвелин", "хартма" for "Evelyn
		// Hartman"): the names' skeletons tell them one.
		for cj, other := range t.concepts {
			if cj != ci && !other.specific && c.own[cj] >= wholeMatch && sameNameAcross(q, strings.Join(other.alts[0].forms(), " ")) {
				return true
			}
		}
	}
	return !named
}

// placeOnly reports whether text names name (lower-cased) only as a
// place, after a preposition of place ("held ... in Muscat", "в
// Маскате"): a city of the question is where things were said, not who
// said them.
func placeOnly(text, name string) bool {
	lower := strings.ToLower(text)
	found := false
	for i := strings.Index(lower, name); i >= 0; {
		before := strings.Fields(lower[:i])
		if len(before) == 0 || !placePrepositions[before[len(before)-1]] {
			return false
		}
		found = true
		next := strings.Index(lower[i+len(name):], name)
		if next < 0 {
			break
		}
		i += len(name) + next
	}
	return found
}

// placePrepositions are the prepositions before a place, in vi/en/ru.
var placePrepositions = setOf("in", "at", "from", "near", "tại", "ở", "từ", "в", "во", "из", "под")

// pronounSpeech is reported speech whose speaker is a pronoun, in
// vi/en/ru: "he said", "ông nói", "— сказал он", or who speaks
// through one ("По её словам, ...", "according to her"; not "theo
// ông", which Vietnamese also writes of a man named just before by
// another's words).
var pronounSpeech = regexp.MustCompile(`(?i)(^|[^\p{L}])((he|she) (said|added|told|stressed|noted|warned)|(said|added) (he|she)|(ông|bà) (nói|cho biết|nhấn mạnh|khẳng định|nói thêm)|(сказал|заявил|добавил|отметил|подчеркнул|пояснил)[аи]? (он|она)|(он|она) (сказал|заявил|добавил|отметил|подчеркнул)[аи]?|по (его|её|ее|их) словам|according to (him|her)|in (his|her) words)([^\p{L}]|$)`)

// wholeMatch is the least match (terms.match) of a concept found whole in
// one of its spellings: a translation counts at expansionWeight.
const wholeMatch = expansionWeight - 1e-9

// numeric reports a concept written with a digit ("2026", "MS-29").
func numeric(con concept) bool {
	return strings.ContainsFunc(strings.Join(con.alts[0].forms(), " "), unicode.IsDigit)
}

// namesSomeone reports whether c answers "who" with a role ("led by",
// "ambassador") or names a person the question does not: two
// capitalised words in a row (opening the sentence only before an
// apposition, see apposed), one of them not a syllable a Vietnamese
// title capitalises ("Bộ Ngoại giao"); or the agent of a passive. When
// the sentence holds words of what the question asks about ("led",
// "delegation"), the role or person must stand within whoReach words of
// one: in "the delegation will be headed by Aleksandr Darchiev" the
// name answers, in "delegations will meet, spokesperson Tammy Bruce
// announced" it only reports.
func namesSomeone(c *candidate, t terms) bool {
	toks := corpus.Tokenize(c.text)
	near := c.asked(t)
	close := func(i int) bool {
		return len(near) == 0 || slices.ContainsFunc(near, func(p int) bool { return p-whoReach <= i && i <= p+whoReach })
	}
	// A passive names who did what is asked right after its participle:
	// "the match is sponsored by a Swiss foundation" answers "who
	// sponsors the match", whether or not the agent is a name ("a visit
	// to New Delhi by the minister" is no passive).
	if slices.ContainsFunc(near, func(p int) bool {
		if p+1 >= len(toks) {
			return false
		}
		w := toks[p].Folded
		return toks[p+1].Folded == "by" && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en"))
	}) {
		return true
	}
	for _, m := range roleRE.FindAllStringSubmatchIndex(c.text, -1) {
		at := m[4] // the role itself, after its leading boundary
		i := slices.IndexFunc(toks, func(tk corpus.Token) bool { return tk.End > at })
		// The question's own word is no answer to it: "delegation" is a
		// role only when the question does not ask about one; nor is the
		// title of a person the question names ("Foreign Minister Viktor
		// Orlov" for "whom did Orlov meet").
		// A role in the English plural ("a meeting of the two
		// presidents", "the ministers agreed") names no one.
		// (No singular role roleRE knows ends in "s".)
		if i >= 0 && strings.HasSuffix(toks[i].Folded, "s") && !cyrillic(toks[i].Folded) {
			continue
		}
		if i >= 0 && close(i) && !slices.Contains(near, i) && !titlesAsked(toks, i, t) {
			return true
		}
	}
	inQuery := t.formSet()
	// apposed: the name ending at token i is followed by an apposition
	// between commas, after which what is asked comes ("Oleg Tarasenko,
	// deputy head of the fisheries agency, led the Russian team"): the
	// apposition does not part the name from its verb.
	apposed := func(i int) bool {
		rest := c.text[toks[i].End:]
		if !strings.HasPrefix(rest, ",") {
			return false
		}
		k := strings.IndexAny(rest[1:], ",.;")
		if k < 0 || rest[1+k] != ',' {
			return false
		}
		after := toks[i].End + 1 + k + 1
		j := slices.IndexFunc(toks, func(tk corpus.Token) bool { return tk.Start >= after })
		// Or the apposition itself says what is asked: "Dana Whitfield,
		// acting director of the export office, said ..." answers "who
		// is the acting director of the export office", the office
		// asked being the name's own.
		if slices.ContainsFunc(near, func(p int) bool { return i < p && p < j }) {
			return true
		}
		return j >= 0 && slices.ContainsFunc(near, func(p int) bool { return j <= p && p <= j+whoReach })
	}
	capital := func(i int) bool {
		return capitalisedWord(toks[i].Text) && strings.ToUpper(toks[i].Text) != toks[i].Text
	}
	for i := 0; i+1 < len(toks); i++ {
		a, b := toks[i], toks[i+1]
		if !capital(i) || !capital(i+1) || c.text[a.End:b.Start] != " " {
			continue
		}
		// A sentence may open with a person's name set off by an
		// apposition ("Oleg Tarasenko, deputy head of ..., led the
		// Russian team"); opening one otherwise, two capitalised words
		// are as often a place ("Baikonur Cosmodrome will host") or a
		// word every sentence capitalises there ("The", "Ông").
		if i == 0 && (corpus.IsStopWord("", a.Folded) || !apposed(i+1)) {
			continue
		}
		if inQuery[matchForm(a)] || inQuery[matchForm(b)] || inQuery[a.Folded] || inQuery[b.Folded] {
			continue
		}
		// A place or institution the lexicon knows ("United Arab
		// Emirates", "Abu Dhabi") is not a person.
		// (A neighbour the lexicon knows alone, "Nga" of "Nga Alexei
		// Dorokhov", does not make the pair a place.)
		// Nor is one whose last word says what kind of place or body it
		// is ("Bering Sea", "Baikonur Cosmodrome", "Geneva Security
		// Forum"), as English writes them.
		// The whole run of capitals counts, not the pair: "Indian Space
		// Research Organisation" is a body though "Indian Space" ends
		// in no such word.
		end := i + 1
		for end+1 < len(toks) && capital(end+1) && c.text[toks[end].End:toks[end+1].Start] == " " {
			end++
		}
		if knownName(a.Text+" "+b.Text) || placeHeads[b.Folded] || placeHeads[toks[end].Folded] ||
			i > 0 && knownName(toks[i-1].Text+" "+a.Text+" "+b.Text) && !knownName(toks[i-1].Text) ||
			i+2 < len(toks) && knownName(a.Text+" "+b.Text+" "+toks[i+2].Text) && !knownName(toks[i+2].Text) {
			continue
		}
		if (retrieval.Distinctive(a.Folded) || retrieval.Distinctive(b.Folded)) && (close(i) || close(i+1) || apposed(i+1)) {
			return true
		}
		// A Vietnamese name is of syllables no one of which is
		// distinctive alone ("Nguyễn Minh Khải"); a run of three or more
		// capitalised ones opened by a family name is a person's.
		if end >= i+2 && viSurnames[a.Folded] && a.Text != strings.ToUpper(a.Text) && (close(i) || close(end) || apposed(end)) {
			return true
		}
	}
	return false
}

// viSurnames are the commonest Vietnamese family names, folded: a closed
// class (these fourteen are borne by about nine in ten Vietnamese), which
// opens a person's full name ("Nguyễn Minh Khải", "Trần Thị Lan").
// "Hồ" is left out: it opens the city's name as often as a person's.
var viSurnames = setOf("nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ngo", "duong")

// pronounSucceedsRE finds a sentence whose subject is a personal
// pronoun that succeeds or replaces someone in a post, in vi/en/ru (up
// to two words between: "He will replace", "Ông sẽ thay thế", "Он
// сменил на этом посту"): the only person it names is the one replaced.
var pronounSucceedsRE = regexp.MustCompile(`^(?i)(?:he|she|ông|bà|он|она)\s+(?:\p{L}+\s+){0,2}?(?:` + successionWords + `|thay)(?:[^\p{L}]|$)`)

// regionRE finds a place told as a part of a named one, its name up to
// four words after the preposition ("в отдалённый район южной части
// Тихого океана", "into a remote area of the South Pacific", "xuống
// một vùng hẻo lánh ở Nam Thái Bình Dương"), with placeRE's groups; the
// words between must hold a noun of a region (regionNounRE).
var regionRE = regexp.MustCompile(`(^|[^\p{L}])(in|into|to|at|в|во|на|tại|ở|xuống|vào|tới|đến)\s+((?:\p{Ll}+\s+){1,4})(\p{Lu}[\p{L}-]*)`)

// regionNounRE finds a noun of a region, in vi/en/ru.
var regionNounRE = regexp.MustCompile(`(^|[^\p{L}])(area|region|part|zone|район\p{L}*|част\p{L}*|зон\p{L}*|област\p{L}*|vùng|khu vực|miền)([^\p{L}]|$)`)

// topicCountry reports whether w is a country of the topic written as
// an acronym ("США", "US"): a place ("пройдёт в США"), not a body ("в
// МИД", "at NASA").
func topicCountry(w string) bool {
	toks := corpus.Tokenize(w)
	return len(toks) == 1 && countryWord(toks[0])
}

// placeHeads are the English nouns that end the name of a place or a
// body, not of a person.
var placeHeads = setOf("sea", "seas", "river", "strait", "straits", "bay", "island", "islands", "ocean", "lake", "gulf",
	"mountains", "peninsula", "cosmodrome", "airport", "base", "square", "street", "palace", "hotel", "center", "centre",
	"university", "coast", "guard", "department", "ministry", "council", "agency", "forum", "foundation", "institute",
	"fleet", "navy", "army", "region", "province", "district", "oblast", "krai", "republic", "union",
	"bank", "company", "corporation", "service", "committee", "commission", "court", "parliament", "duma", "senate",
	"organisation", "organization", "administration", "authority", "office", "embassy", "mission", "group",
	// Where talks are held and delegations study: "the Naval
	// Postgraduate School", "Brdo Castle", "the Diplomatic Academy".
	"school", "college", "academy", "castle", "museum", "cathedral", "monastery", "stadium", "library", "theatre",
	"theater", "laboratory", "observatory", "mansion", "residence")

// directions are the prepositions of placeRE that say where to, in
// vi/en/ru (the Russian ones also say where, which their case tells
// apart, left alone).
var directions = setOf("to", "tới", "đến", "về", "sang", "в", "во", "на")

// roleBefore reports whether text ends with an office (roleRE), at most
// two words before its end: "ambassador to", "đại sứ Nga tới".
func roleBefore(text string) bool {
	ws := strings.Fields(text)
	return roleRE.MatchString(strings.Join(ws[max(0, len(ws)-2):], " "))
}

// onlyTowards are the directions that never say where a thing is or
// happens (the Russian ones and "về", "about", do).
var onlyTowards = setOf("to", "tới", "đến", "sang")

// namesPlace reports whether c answers "where" with a place the question
// does not already name: a capitalised word after a preposition of place
// ("in the Marshall Islands", "qua lãnh thổ Mông Cổ", "во дворце
// Долмабахче" is not, "в Стамбуле" is only when the question does not
// say Istanbul). When bound, as a date the place must stand within
// whenReach words of what the question asks about, if the sentence holds
// any of it: in "the engineer, sentenced by a court in Kazan, was flown
// to Ramstein after his release", only Ramstein is where he was released
// to.
//
// When to, the question asks where to ("куда", "đi đâu"): the place must
// follow a preposition of direction ("flown to", "đưa về", "доставлен
// в"); "a court in Yekaterinburg" is where he was, not where he went.
func namesPlace(c *candidate, t terms, bound, to bool) bool {
	toks := corpus.Tokenize(c.text)
	near := c.asked(t)
	places := placeRE.FindAllStringSubmatchIndex(c.text, -1)
	for _, m := range regionRE.FindAllStringSubmatchIndex(c.text, -1) {
		if regionNounRE.MatchString(c.text[m[6]:m[7]]) {
			places = append(places, m)
		}
	}
	for _, m := range places {
		i := slices.IndexFunc(toks, func(tk corpus.Token) bool { return tk.Start >= m[8] })
		if i < 0 || i >= len(c.words) {
			continue
		}
		prepWord := strings.ToLower(c.text[m[4]:m[5]])
		if to && !directions[prepWord] {
			continue
		}
		// Nor, asked where something happened, is a place it went to
		// ("ký thỏa thuận bay chéo tới Trạm Vũ trụ Quốc tế", "agreed
		// on flights to the ISS"): where it was signed is not there.
		// An envoy's post is where he serves ("ambassador to Finland").
		if !to && onlyTowards[prepWord] && !roleBefore(c.text[:m[4]]) {
			continue
		}
		if placeAt(c, t, toks, near, m, i, bound) {
			return true
		}
	}
	return false
}

// placeAt reports whether the place a match m of placeRE or originRE
// names, at token i of c, answers a question of where: not a time ("in
// December", "on Monday"), not a body ("в МИД", "at NASA": where its
// staff said something, not where the thing asked happened), near the
// question's words when bound, and not one of the question's own names.
func placeAt(c *candidate, t terms, toks []corpus.Token, near, m []int, i int, bound bool) bool {
	if w := c.text[m[8]:m[9]]; calendarWords[strings.ToLower(w)] || acronym(w) && !topicCountry(w) {
		return false
	}
	prep := slices.IndexFunc(toks, func(tk corpus.Token) bool { return tk.End > m[4] })
	if bound && len(near) > 0 && !slices.ContainsFunc(near, func(p int) bool { return p-whenReach <= prep && prep <= p+whenReach }) {
		return false
	}
	return !t.namesAt(c, i)
}

// namesAt reports whether a spelling of one of the question's concepts
// starts at word p of c: "United States" does, at "United Arab
// Emirates", not.
func (t terms) namesAt(c *candidate, p int) bool {
	for _, con := range t.concepts {
		if slices.ContainsFunc(con.alts, func(a alternative) bool { return c.wholeAt(a, p) }) {
			return true
		}
	}
	return false
}

// wholeAt reports whether all of a stands in c from word p on.
func (c *candidate) wholeAt(a alternative, p int) bool {
	for k := range a.words {
		if !c.matchAt(a, k, p+k) {
			return false
		}
	}
	return true
}

// names reports whether the word of token tok is one of the question's
// (in any spelling the lexicon gives it).
func (t terms) names(tok corpus.Token) bool {
	key, full := matchKey(matchForm(tok)), matchForm(tok)
	for _, con := range t.concepts {
		for _, a := range con.alts {
			for k, w := range a.words {
				if w == key && sameWord(a.forms()[k], full) {
					return true
				}
			}
		}
	}
	return false
}

// asked returns the positions in c of the question's own words that are
// not names: what the question asks about ("led", "delegation").
func (c *candidate) asked(t terms) []int {
	var near []int
	for ci, con := range t.concepts {
		if con.specific || c.own[ci] == 0 {
			continue
		}
		for _, a := range con.alts {
			for k := range a.words {
				for _, p := range c.at[a.words[k]] {
					if c.matchAt(a, k, p) {
						near = append(near, p)
					}
				}
			}
		}
	}
	return near
}

// datesAsked reports whether c answers "when" with a date within
// whenReach words of what the question asks about (anywhere when the
// sentence holds none of it): "the treaty expires on February 5" answers
// "when does the treaty expire", the date of a report elsewhere in the
// sentence does not. Nor does the date of the report itself ("the
// State Department said on Friday"), unless the question asks when
// something was said.
func datesAsked(c *candidate, t terms, saying bool) bool {
	dates := dateRE.FindAllStringIndex(c.text, -1)
	if !saying {
		reports := reportDateRE.FindAllStringIndex(c.text, -1)
		dates = slices.DeleteFunc(dates, func(d []int) bool {
			return slices.ContainsFunc(reports, func(r []int) bool { return r[0] <= d[0] && d[1] <= r[1] })
		})
	}
	return c.spanAsked(t, dates, whenReach)
}

// spanAsked reports whether one of spans (byte offsets in c.text) stands within reach
// words of what the question asks about, or anywhere when c holds none
// of it. A span of time binds to its verb as a date does: in "sentenced
// to eight years ... had been held for 23 months", only the second
// answers "how long was he held".
func (c *candidate) spanAsked(t terms, spans [][]int, reach int) bool {
	near := c.asked(t)
	toks := corpus.Tokenize(c.text)
	clauses := relativeClauses(c.text, toks)
	// gap is how many words of the relative clauses wholly between
	// word p and the words [first, last) the distance leaves out.
	gap := func(p, first, last int) int {
		n := 0
		for _, cl := range clauses {
			if p < cl[0] && cl[1] <= first || last <= cl[0] && cl[1] <= p {
				n += cl[1] - cl[0]
			}
		}
		return n
	}
	for _, m := range spans {
		if len(near) == 0 {
			return true
		}
		first := slices.IndexFunc(toks, func(tk corpus.Token) bool { return tk.End > m[0] })
		last := slices.IndexFunc(toks, func(tk corpus.Token) bool { return tk.Start >= m[1] })
		if last < 0 {
			last = len(toks)
		}
		if first >= 0 && slices.ContainsFunc(near, func(p int) bool {
			g := gap(p, first, last)
			return p+reach+g >= first && p-reach-g < last
		}) {
			return true
		}
	}
	return false
}

// relativeWords open a relative clause, in en/ru (lower-cased): "The new
// link, which will combine …, is to be working by March"; "линия,
// которая объединит …, должна заработать к марту".
var relativeWords = regexp.MustCompile(`^(which|who|whom|whose|котор\p{L}*|чей|чья|чьё|чьи)$`)

// relativeClauses returns the relative clauses set off by commas or
// dashes inside text, as [first, end) word ranges of toks: a clause that
// describes the subject stands between it and its verb, and the date or
// the span of time the verb gives belongs to the subject however long
// the clause (see spanAsked). A clause the sentence ends with is no
// aside and is not returned.
func relativeClauses(text string, toks []corpus.Token) [][2]int {
	// setOff reports whether a comma or a dash stands before word i.
	setOff := func(i int) bool {
		return i > 0 && strings.ContainsAny(text[toks[i-1].End:toks[i].Start], ",—–") || i > 0 && strings.Contains(text[toks[i-1].End:toks[i].Start], " - ")
	}
	var out [][2]int
	for i := 1; i < len(toks); i++ {
		if !setOff(i) || !relativeWords.MatchString(toks[i].Lower) {
			continue
		}
		for j := i + 1; j < len(toks); j++ {
			if setOff(j) {
				out = append(out, [2]int{i, j})
				i = j - 1
				break
			}
		}
	}
	return out
}

// partQuestionRE finds a question of how many of a whole, in vi/en/ru,
// lower-cased: "how many of the", "сколько из", "trong số". Any such
// phrase keeps the parts as answers: the question may name its own
// whole ("how many members of the delegation").
var partQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(of (the|these|those|them|its|their)|из|trong số|trong so)([^\p{L}]|$)`)

// pastDated reports whether sentence (lower-cased) dates what it tells
// only before pub, the date of its article: it names a year before
// pub's, or a month (and day) before pub's in pub's year or a year it
// names, and nothing still to come (futureDate). A story tells what has
// happened by its dates whatever the tense of its verbs ("agreed on
// Wednesday ... expired in February 2026", "прошли 10–11 марта"), which
// no list of past forms of vi/en/ru verbs would cover.
func pastDated(sentence string, pub time.Time) bool {
	if pub.IsZero() || futureDate(sentence, pub) {
		return false
	}
	years := yearRE.FindAllString(sentence, -1)
	for _, y := range years {
		if n, _ := strconv.Atoi(y); n < pub.Year() {
			return true
		}
	}
	year := pub.Year()
	if len(years) == 1 {
		year, _ = strconv.Atoi(years[0])
	}
	if year != pub.Year() {
		return false
	}
	for _, d := range monthDays(sentence) {
		if d.month < pub.Month() || d.month == pub.Month() && d.day > 0 && d.day < pub.Day() {
			return true
		}
	}
	return false
}

// pastRE finds a word of the past tense, in vi/en (lower-cased).
var pastRE = regexp.MustCompile(`(^|[^\p{L}])(` + pastWords + `|last|earlier|ago|hồi|vừa)([^\p{L}]|$)`)

// pastWords put a sentence or a question in the past, in vi/en,
// lower-cased: Russian does it by the verb's form. Shared by pastRE and
// pastQuestionRE.
const pastWords = `was|were|had|did|previous|previously|đã`

// explains reports whether sentence gives a cause or a purpose: a
// connective of causeRE that does not merely date ("since 2022", "after
// 2014", "после 2021 года" tell when, not why), or a phrase of purpose
// ("was meant to prevent accidents"). Stricter than the judge's
// givesReason, which only decides whether to refuse.
func explains(sentence string) bool {
	if purposePhraseRE.MatchString(sentence) || triggerRE.MatchString(sentence) {
		return true
	}
	for _, m := range causeRE.FindAllStringSubmatchIndex(sentence, -1) {
		if !temporalRE.MatchString(sentence[m[4]:]) {
			return true
		}
	}
	return false
}

var (
	// triggerRE finds what set something off or forced it, told as a
	// noun or a verb of cause rather than a connective, in vi/en/ru:
	// "Поводом для обострения стала история...", "толчком к
	// переговорам стало обращение", "the dispute was sparked by",
	// "the talks stemmed from", "thiếu nhân viên đã buộc đại sứ quán
	// phải", "bất đồng bắt nguồn từ". Only the extractive answer reads
	// it: the judge's cause test (givesCause, causeRE) is unchanged.
	triggerRE = regexp.MustCompile(`(?i)(^|[^\p{L}])(повод(ом|ов|а|ы)?|толч(ок|ком|ка)|вынудил\p{L}*|вынуждает|вынуждены|спровоцировал\p{L}*|sparked( off)? by|prompted by|spurred by|set off by|stem(s|med)? from|rooted in|(the |a )?trigger (for|of|was)|forced (\p{L}+ ){1,4}to|bắt nguồn từ|xuất phát từ|châm ngòi|nguyên do|buộc (\p{L}+ ){1,8}phải)([^\p{L}]|$)`)
	// purposePhraseRE finds a phrase of purpose, in vi/en/ru.
	purposePhraseRE = regexp.MustCompile(`(?i)(^|[^\p{L}])(meant to|intended to|designed to|aimed to|in a bid to|in an effort to|seeks? to|sought to|with the aim of|with a view to|nhằm mục đích|với mục đích|mục đích là|призван\p{L}*|с целью|для того чтобы|направлен\p{L}* на)([^\p{L}]|$)`)
	// temporalRE is a connective that only dates: "since", "after" and
	// their kin before a number ("since 2022", "sau khi 3 năm") or a
	// span of time ("broke off after a single day", "прерваны после
	// первого дня", "sau hai ngày đàm phán"): the talks' length, not
	// their cause; so does one before the talks themselves ("Vance told
	// reporters after the talks", "после переговоров"), and "since" a
	// dated event ("since Vance took office in January 2025").
	temporalRE = regexp.MustCompile(`(?i)^(since\s+(\p{L}+\s+){0,5}\d|(since|after|sau khi|sau|после|с тех пор как)\s+((\p{L}+\s+)?\d|(\p{L}+\s+){0,2}(days?|weeks?|months?|years?|hours?|minutes?|день|дн\p{L}*|недел\p{L}*|месяц\p{L}*|час\p{L}*|год\p{L}*|лет|ngày|tuần|tháng|năm|giờ|phút)([^\p{L}]|$)|(the |their |its )?(\p{L}+\s+)?(talks|meeting|consultations|negotiations|session|переговор\p{L}*|встреч\p{L}*|консультаци\p{L}*|заседани\p{L}*)([^\p{L}]|$)|(các |cuộc )?(đàm phán|hội đàm|tham vấn|cuộc gặp|phiên họp)([^\p{L}]|$)))`)
	// failureQuestionRE finds, in a lower-cased "why" question, that
	// what it asks about failed: talks that broke off, collapsed or
	// ended without agreement.
	failureQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(break off|broke off|broken off|collapse\p{L}*|fail\p{L}*|stall\p{L}*|no (deal|agreement)|not (agree|reach)\p{L}*|сорвал\p{L}*|сорван\p{L}*|прерва\p{L}*|прерв\p{L}*|провал\p{L}*|без результата|не удалось|не смогл\p{L}*|не договорил\p{L}*|thất bại|that bai|bỏ dở|bo do|gián đoạn|gian doan|đổ vỡ|do vo|không đạt được|khong dat duoc|không thống nhất|khong thong nhat)([^\p{L}]|$)`)
	// standoffRE finds a side's demand, insistence or refusal, or the
	// sides' failure to agree: how a story tells why talks failed
	// ("the Russian side insisted that...", "Вашингтон потребовал",
	// "Стороны не смогли договориться о повестке"), most often
	// without a causal connective.
	standoffRE = regexp.MustCompile(`(?i)(^|[^\p{L}])(insist\p{L}*|demand\p{L}*|refus\p{L}*|reject\p{L}*|balk\p{L}*|(failed|could not|did not|couldn't|didn't) (to )?agree|disagree\p{L}*|sticking point|настаива\p{L}*|настоя\p{L}*|потребова\p{L}*|требова\p{L}*|отказа\p{L}*|отказыва\p{L}*|отверг\p{L}*|не (смогли|сумели|удалось) договориться|не договорил\p{L}*|разноглас\p{L}*|yêu cầu|đòi|từ chối|bác bỏ|khăng khăng|nhất quyết|bất đồng|không (thể )?thống nhất)([^\p{L}]|$)`)
)

// quotesWords reports whether sentence quotes words between quotation
// marks ("...", “...”, «...»).
func quotesWords(sentence string) bool {
	return quotedRE.MatchString(sentence)
}

// speechVerbRE is speechRE without its quotation marks: a verb or a
// phrase of saying.
var speechVerbRE = regexp.MustCompile(strings.TrimSuffix(speechRE.String(), `|["“”«»]`))

// quotesSpeech reports whether sentence quotes at least four words: a
// saying, not a term put in quotation marks.
func quotesSpeech(sentence string) bool {
	for _, q := range quotedSpanRE.FindAllString(sentence, -1) {
		if len(strings.Fields(q)) >= 4 {
			return true
		}
	}
	return false
}

// quotedRE is a quotation of at least two words.
var quotedRE = regexp.MustCompile(`["“«][^"”»]*\s[^"”»]*["”»]`)

var (
	// fromToQuestionRE asks both ends of a way, lower-cased: "từ đâu
	// đến đâu", "from where to where", "откуда и куда".
	fromToQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(từ đâu (đến|tới|sang|về|đi) đâu|tu dau (den|toi|sang|ve|di) dau|from where (to|and) where|where\b[^?]*\bfrom and (to|where)|откуда (и )?куда|откуда\b[^?]*\bкуда)([^\p{L}]|$)`)
	// fromToRE finds a way from one named place to another: "flying
	// from Incheon to Anchorage", "из Инчхона в Анкоридж", "từ Incheon
	// đến Anchorage".
	fromToRE = regexp.MustCompile(`(^|[^\p{L}])([Ff]rom|[Ии]з|[Tt]ừ) (\p{Lu}[\p{L}'-]*\s?){1,3},? (to|в|во|đến|tới|sang|về) \p{Lu}`)
)

// asksWhereTo reports whether query asks where to or from where, not
// where something took place.
func asksWhereTo(query string) bool {
	return asksWayTo(query) || fromToQuestionRE.MatchString(strings.ToLower(query))
}

// asksWayTo reports whether query asks where to (whereToRE), "going to
// be held" being English's future, not a way somewhere.
func asksWayTo(query string) bool {
	q := strings.ToLower(query)
	return whereToRE.MatchString(q) && !goingToRE.MatchString(q)
}

// venueRE finds a venue: a building or grounds where talks, a signing
// or an exchange take place, in vi/en/ru.
var venueRE = regexp.MustCompile(`(?i)(^|[^\p{L}])(palace|cent(er|re)|hotel|manor|mansion|estate|villa|residence|guest ?house|castle|resort|airport|cosmodrome|headquarters|дв(орец|орц\p{L}*)|центр\p{L}*|отел\p{L}*|гостиниц\p{L}*|усадьб\p{L}*|особняк\p{L}*|вилл\p{L}*|резиденци\p{L}*|замк\p{L}*|зам(ок)|аэропорт\p{L}*|космодром\p{L}*|cung|trung tâm|khách sạn|dinh thự|biệt thự|nhà khách|lâu đài|sân bay|trụ sở)([^\p{L}]|$)`)

// detailReach is how many sentences after the one that says a
// question's words (not its story's lead) the detail it asks for may
// stand: the next one, which most often goes on with its subject.
const detailReach = 1

// causeReach is how many sentences after the one a "why" question
// restates its cause may stand.
const causeReach = 3

// whenReach is how many words from the question's words a date may stand
// and still date what was asked.
const whenReach = 8

// titlesAsked reports whether the role at token i is the title of a
// person the question names: one of the next three words is a
// capitalised name of the question.
func titlesAsked(toks []corpus.Token, i int, t terms) bool {
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		if capitalisedWord(toks[j].Text) && t.names(toks[j]) && !retrieval.Topic(toks[j].Folded) {
			return true
		}
	}
	return false
}

// whoReach is how many words from the question's words a role or name
// may stand and still say who did what was asked.
const whoReach = 6

// countedUnit returns the folded word a "how many" question counts
// ("how many tonnes", "сколько тонн", "bao nhiêu người"): the first
// content word after the question words, "" if none.
// countAskAt reports whether ws[i] (folded question words) asks for a
// count: "how many", "how much", "сколько", "bao nhiêu".
func countAskAt(ws []string, i int) bool {
	w := ws[i]
	return (w == "many" || w == "much") && i > 0 && ws[i-1] == "how" || w == "сколько" || w == "nhieu" && i > 0 && ws[i-1] == "bao"
}

func countedUnit(query string) string {
	if asksSpan(query) {
		return durationUnit
	}
	ws, lower := tokens(query)
	for i, w := range ws {
		// "How big is the grant", "каков размер гранта": the size of
		// the noun after, which the number must stand by ("a $1.3
		// million grant"), not any number of the story ("about 1,800
		// manuscripts").
		// Only the noun a copula names: in "how big can each embassy's
		// staff get" the thing sized is no single noun.
		if (w == "big" || w == "large") && i > 0 && ws[i-1] == "how" && i+1 < len(ws) && sizeCopula[ws[i+1]] || sizeNounsRU[w] && i > 0 && sizeAsksRU[ws[i-1]] {
			for _, u := range ws[i+1:] {
				if corpus.IsContentWord(u) && !questionWords[u] && !sizeSkip[u] {
					return u
				}
				if !sizeSkip[u] && !corpus.IsStopWord("", u) {
					break
				}
			}
			return ""
		}
		if countAskAt(ws, i) {
			unit := ""
			for j, u := range ws[i+1:] {
				if percentWord(u, ws[i+1+j:]) {
					return percentUnit
				}
				// Vietnamese puts the counted noun right after "bao
				// nhiêu"; folded, its syllable may spell a question word
				// its marks tell apart: "bao nhiêu chuyên gia" counts
				// experts, though "chuyen" is also "chuyện". (Only a
				// question word: "bao nhiêu người" still counts no unit,
				// measured: reading it as one lost ev5-vi-x02's answer.)
				if j == 0 && w == "nhieu" && questionWords[u] && corpus.IsContentWord(u) && lower[i+1] != u && !corpus.IsStopWordVI(lower[i+1]) {
					return u
				}
				if corpus.IsContentWord(u) && !questionWords[u] {
					// English puts the counted noun last ("how many
					// third-country banks"); Russian and Vietnamese put
					// it first ("сколько банков третьих стран"), after
					// its adjectives ("сколько развёрнутых боезарядов").
					if k := i + 1 + j; w == "сколько" && k+1 < len(ws) && ruPluralAdjective(lower[k]) && corpus.IsContentWord(ws[k+1]) {
						continue
					}
					// A participle's agent stands before the noun it
					// modifies: "сколько усыновлённых американцами детей"
					// counts children (withoutParticipleComplements).
					if k := i + 1 + j; w == "сколько" && k > i+1 && k+1 < len(ws) && participleRURE.MatchString(ws[k-1]) && instrumentalRURE.MatchString(ws[k]) && corpus.IsContentWord(ws[k+1]) {
						continue
					}
					// A verb in the past ends what English counts when
					// the noun was written in the singular: "how many
					// American expert toured the lab" counts experts.
					if (w == "many" || w == "much") && unit != "" && pastVerbEN(u) && !slices.ContainsFunc(ws[i+1:i+1+j], pluralEN) {
						break
					}
					unit = u
					if w != "many" && w != "much" {
						break
					}
					continue
				}
				if unit != "" || !corpus.IsStopWord("", u) {
					break
				}
			}
			return unit
		}
	}
	return ""
}

var (
	// sizeAsksRU and sizeNounsRU, folded, ask a size in Russian:
	// "каков размер", "какова сумма".
	sizeAsksRU  = setOf("каков", "какова", "каково", "каковы", "какой", "какая")
	sizeNounsRU = setOf("размер", "сумма", "объем", "объём")
	sizeCopula  = setOf("is", "was", "are", "were")
	// sizeSkip, folded, stand between "how big" and the noun sized.
	sizeSkip = setOf("is", "was", "are", "were", "will", "be", "the", "a", "an", "this", "that", "its", "their")
)

// compound reports whether w, found by the prefix a Russian word
// shares with unit (sameWord), is longer than unit by more than a case
// ending: "газопроводу" (pipeline) is no form of "газа" (gas).
func compound(w, unit string) bool {
	return utf8.RuneCountInString(w)-utf8.RuneCountInString(unit) > maxEndingGrowth
}

// maxEndingGrowth is how many letters a Russian noun's case ending may
// add to another of its forms ("газ" → "газами", "тонна" → "тоннами").
const maxEndingGrowth = 3

// scaleWordRE finds, in one folded word, a word of scale or measure
// that stands between a number and the noun it counts, in vi/en/ru.
var scaleWordRE = regexp.MustCompile(`^(thousand|thousands|million|millions|billion|billions|trillion|tonnes?|tons?|barrels?|cubic|metres?|meters?|nghin|ngan|trieu|ty|ti|tan|тысяч\p{L}*|миллион\p{L}*|миллиард\p{L}*|триллион\p{L}*|млн|млрд|тонн\p{L}*|кубометр\p{L}*|баррел\p{L}*)$`)

// scaleWord reports whether a folded word is one of scaleWordRE.
func scaleWord(w string) bool { return scaleWordRE.MatchString(w) }

// peopleNounRE finds, in a folded word, a noun for people counted by
// what they are (staff, members, employees, diplomats), in vi/en/ru.
var peopleNounRE = regexp.MustCompile(`^(staff|staffers|employees?|workers?|personnel|members?|diplomats?|officials?|people|persons|nhan|nguoi|сотрудник\p{L}*|работник\p{L}*|персонал\p{L}*|дипломат\p{L}*|член\p{L}*|человек|люд\p{L}*)$`)

// peopleUnits are the words that count people as such, folded.
var peopleUnits = []string{"people", "persons", "staff", "members", "employees", "nguoi", "человек", "сотрудников", "членов"}

// ruNumberAfter is how many words after the counted noun a Russian
// sentence may give its number.
const ruNumberAfter = 6

// ruPluralAdjective reports a Russian adjective in the genitive plural
// ("развёрнутых", "третьих"), which "сколько" puts before its noun.
func ruPluralAdjective(lower string) bool {
	return cyrillic(lower) && (strings.HasSuffix(lower, "ых") || strings.HasSuffix(lower, "их"))
}

// percentUnit is the unit of a "what percentage" question, which
// sentences write with a sign ("70%") rather than a word: the folded
// syllable "phan" of "phần trăm" would otherwise match "đàm phán".
const percentUnit = "%"

// durationUnit is the unit of a "how long" question: any span of time
// ("seven hours", "tám tháng", "около 40 минут"), not a date ("tháng 3").
const durationUnit = "⧗"

// durationQuestionRE asks how long something lasted or took, or how
// long before something happens, also by counting units of time ("на сколько дней", "how many more days", "kéo
// dài mấy ngày", "bao lau"), lower-cased. Read by asksDuration.
var durationQuestionRE = regexp.MustCompile(`(^|[^\p{L}])((how many|сколько|скольких|bao nhiêu|mấy) (\p{L}+ )?(` + timeUnits + `|времени|time|thời gian)|` +
	`(bao nhieu|may) (phut|gio|tieng|ngay|tuan|thang|nam|thoi gian)|how long|как долго|bao lâu|bao lau|` +
	// A lead time asked ("how much notice", "how far in advance", "за
	// какой срок", "báo trước bao lâu") is a length of time too: "at
	// least 72 hours before"; so is a time allowed ("в какой срок
	// выдают визы", "within what period"): "within 30 days".
	`how far (in )?(advance|ahead)|how much (advance |prior )?(notice|warning)|how early|за какой срок|за какое время|в какой срок|в течение какого (времени|срока|периода)|within what (time|period)|насколько заранее|сколько (длил|длит|продл|продолжа|займ|занял)\p{L}*|` +
	// Russian may put the subject between "сколько" and its verb of
	// lasting ("Сколько переговоры длились?", "Сколько продлится
	// экспедиция" said "Сколько экспедиция продлится?"): only the verbs
	// that can mean nothing but lasting, not "продлили" (extended).
	`сколько( [\p{L}«»"-]+){1,8} (длил|длит|продлится|продлятся|продлилась|продлился|продлились|продлилось)\p{L}*\s*\??\s*$)([^\p{L}]|$)`)

// speedQuestionRE asks, lower-cased, how soon something must or did
// happen, or how late: "how quickly must the consultation begin", "how
// soon will the visas be issued", "how late were the salaries paid",
// "как быстро", "через какое время", "nhanh đến mức nào". Its answer is
// a span ("within 15 minutes", "up to six weeks late"), as for "how
// long" (durationQuestionRE), though none of its words is a unit of
// time.
var speedQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(how (soon|quickly|fast|late)|как (скоро|быстро)|насколько (быстро|скоро)|через какое время|nhanh (đến mức nào|như thế nào|ra sao))([^\p{L}]|$)`)

// asksSpan reports whether the extractive answer should give a length of
// time: asksDuration's questions and speedQuestionRE's. The judge reads
// asksDuration alone.
func asksSpan(query string) bool {
	return asksDuration(query) || asksSpeed(query)
}

// asksSpeed reports whether query asks how soon or how late
// (speedQuestionRE).
func asksSpeed(query string) bool {
	return speedQuestionRE.MatchString(strings.ToLower(query))
}

// asksDuration reports whether a question asks for a length of time
// (durationQuestionRE), not a count in a year: "bao nhiêu tàu năm 2025"
// counts ships. One test for the extractive answer's counted unit and
// the judge's.
func asksDuration(query string) bool {
	lower := strings.ToLower(query)
	for _, m := range durationQuestionRE.FindAllStringSubmatchIndex(lower, -1) {
		end := m[len(m)-2] // where the unit ends
		if rest := strings.TrimLeft(lower[end:], " "); rest == "" || !unicode.IsDigit([]rune(rest)[0]) {
			return true
		}
	}
	return false
}

// durations returns where text gives a length of time: a count before a
// unit of time, a word apart at most ("seven hours", "a 10-day window",
// "около пяти полных месяцев", "gần ba tháng", "a week"), not a year
// ("с 2004 года") nor a Vietnamese date, whose month or year comes
// before its number ("ngày 5 tháng 3 năm 2026"). The one test for the
// extractive answer's "how long" and the judge's (givesDuration).
func durations(text string) [][]int {
	var out [][]int
	for pos := 0; pos < len(text); {
		ix := timeSpanRE.FindStringSubmatchIndex(text[pos:])
		if ix == nil {
			break
		}
		for k := range ix {
			if ix[k] >= 0 {
				ix[k] += pos
			}
		}
		w, mid := strings.ToLower(text[ix[4]:ix[5]]), ""
		if ix[6] >= 0 {
			mid = strings.ToLower(strings.TrimSpace(text[ix[6]:ix[7]]))
		}
		rest := strings.TrimLeft(text[ix[9]:], " ")
		// The match may start a word early ("около пяти месяцев"); when
		// it gives no count, the next may start at the word between
		// ("12 diplomats, a year later").
		if date := rest != "" && unicode.IsDigit([]rune(rest)[0]); date || !isCount(w) && !durationArticles[w] && !isCount(mid) {
			pos = ix[5]
			continue
		}
		out = append(out, ix[:2])
		pos = ix[1]
	}
	return out
}

// percentRE finds a percentage written with its sign or word.
var percentRE = regexp.MustCompile(`(?i)\d\s?%|\d\s(percent|per cent|phần trăm|процент\p{L}*)`)

// percentWord reports whether rest (folded words, from u on) starts with
// a word for "percent" in vi/en/ru.
func percentWord(u string, rest []string) bool {
	return u == "percent" || u == "percentage" || strings.HasPrefix(u, "процент") ||
		u == "phan" && len(rest) > 1 && rest[1] == "tram"
}

// unitForms returns unit in every spelling the question's terms give it
// (the first word of each alternative of its concept: "banks" is also
// "ngân hàng" and "банк"), so that a number is bound to the counted noun
// in a sentence of another language too.
func unitForms(t terms, unit string) []string {
	if unit == durationUnit || unit == percentUnit || unit == "" {
		return []string{unit}
	}
	out := []string{unit}
	for _, con := range t.concepts {
		if !slices.ContainsFunc(con.alts, func(a alternative) bool { return a.weight == 1 && slices.Contains(a.forms(), unit) }) {
			continue
		}
		for _, a := range con.alts {
			if f := a.forms(); len(f) > 0 && !slices.Contains(out, f[0]) {
				out = append(out, f[0])
			}
		}
	}
	return out
}

// countsAny reports whether words give a number of any of units.
func countsAny(text string, words, units []string) bool {
	return slices.ContainsFunc(units, func(u string) bool { return countsUnit(text, words, u, false) })
}

// countsWhole is countsAny without the numbers that count a part of
// what was counted before ("about 1,100 of the manuscripts are in
// Moscow", "1100 из них", "1.100 trong số các bản thảo"): a question of
// how many in all is answered by the whole, not by one of its parts.
func countsWhole(text string, words, units []string) bool {
	return slices.ContainsFunc(units, func(u string) bool { return countsUnit(text, words, u, true) })
}

// partitive reports whether the folded words at i start a partitive
// after a number: "of the", "of these", "из", "trong số".
func partitive(words []string, i int) bool {
	if i >= len(words) {
		return false
	}
	next := ""
	if i+1 < len(words) {
		next = words[i+1]
	}
	switch words[i] {
	case "of":
		return next == "the" || next == "these" || next == "those" || next == "them" || next == "its" || next == "their"
	case "из":
		return true
	case "trong":
		return next == "so" || next == "số"
	}
	return false
}

// countsUnit reports whether words (folded) give a number of unit: a
// number, not a year, at most three words before a form of it ("340,000
// tonnes", "40 million barrels", "500 военнопленных"), or in Russian at
// most ruNumberAfter words after it.
func countsUnit(text string, words []string, unit string, whole bool) bool {
	if unit == "" {
		return false
	}
	if unit == durationUnit {
		return len(durations(text)) > 0
	}
	if unit == percentUnit {
		return percentRE.MatchString(text)
	}
	key := matchKey(unit)
	for p, w := range words {
		if matchKey(w) != key || !sameWord(w, unit) || corpus.Stem(w) != corpus.Stem(unit) && compound(w, unit) {
			continue
		}
		// Russian also gives the number in the predicate, after the
		// counted noun ("ограничивал число боезарядов у каждой из
		// сторон 1550 единицами").
		after := p
		if cyrillic(w) {
			after = min(len(words)-1, p+ruNumberAfter)
		}
		// Three words before, not counting the words of scale and
		// measure that stand between a number and its noun ("10
		// миллиардов кубометров российского газа", "2 tỷ yên", "40
		// million barrels of oil").
		before := p
		for n := 0; before > 0 && n < 3; before-- {
			if !scaleWord(words[before-1]) {
				n++
			}
		}
		for q := before; q <= after; q++ {
			if q != p && (strings.ContainsFunc(words[q], unicode.IsDigit) && !isYear(words[q]) || numberWordRE.MatchString(words[q])) && !(whole && q < p && partitive(words, q+1)) {
				return true
			}
		}
	}
	return false
}

var (
	// datelineRE is a dateline on its own, as Russian wire copy writes
	// it: "МОСКВА, 28 марта.", "NEW YORK, May 3.", with the region or
	// the agency ("ФОРТ-РОСС (Калифорния), 14 сентября.", "ВАШИНГТОН,
	// 5 мая. /ТАСС/.").
	datelineRE = regexp.MustCompile(`^\p{Lu}[\p{Lu}\s.'’-]+(\s*\([^)]*\))?,\s*\d{1,2}\s+\p{L}+\.?(\s*/[\p{L}\s-]+/\.?)?$`)
	// leadRE is a story's first sentence: after a dateline in capitals
	// ("ABU DHABI - ", "GENEVA, March 20 (Northwind) - "), or, in
	// Vietnamese, after the day it happened ("Ngày 20/1, ").
	leadRE = regexp.MustCompile(`^(` + capsDateline + `|Ngày \d{1,2}/\d{1,2}(/\d{2,4})?,)`)
)

// capsDateline is the dateline in capitals that opens a wire story: the
// place, perhaps the report's date and agency, then a dash ("ABU DHABI -
// ", "GENEVA, March 20 (Northwind) - ").
const capsDateline = `\p{Lu}{2,}[\p{Lu}\s.'’]*(,[^–—-]{1,40})?\s+[-–—]\s`

// knownName reports whether the lexicon spells s as a name (its
// expansions are capitalised; a romanised guess is not).
func knownName(s string) bool {
	return slices.ContainsFunc(retrieval.Expand(s), func(e string) bool {
		return capitalisedWord(e)
	})
}

// cmpOr returns a, or b when a is empty.
func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// quoted is an answer built without a model.
type quoted struct {
	text      string
	citations []Citation // the quoted sources, ordered by N
	sources   []Citation // every source, renumbered to match text
}

// candidates splits the sources into quotable sentences: not too short,
// not a headline, each text once (the first, best-ranked occurrence) and
// in its fullest form.
func candidates(sources []Citation) []candidate {
	var out []candidate
	seen := map[string]bool{}
	for i, src := range sources {
		title := corpus.Fold(strings.TrimSpace(src.Title))
		sents, lineStart := splitSentences(src.Passage)
		for pos, sent := range sents {
			runes := utf8.RuneCountInString(sent)
			// A passage often starts with its headline: not a finding;
			// nor is a dateline ("СТАМБУЛ, 27 февраля.").
			if runes < minSentenceRunes || corpus.Fold(sent) == title || datelineRE.MatchString(sent) {
				continue
			}
			words, lower := tokens(sent)
			key := strings.Join(words, " ")
			if len(words) == 0 || seen[key] {
				continue
			}
			seen[key] = true
			l := src.Lang
			if l == "" {
				l = corpus.DetectLang(sent)
			}
			keys, at := keyed(words)
			out = append(out, candidate{src: i, pos: pos, text: sent, words: keys, full: words, lower: lower, at: at, name: namesIn(sent),
				lang: l, runes: runes, lineStart: lineStart[pos],
				lead: leadRE.MatchString(sent) || pos > 0 && datelineRE.MatchString(sents[pos-1])})
		}
	}
	// A sentence found whole inside a longer one (a teaser cut short
	// with "...", a quote repeated in its context) gives way to it.
	kept := make([]candidate, 0, len(out))
	for _, c := range out {
		if !slices.ContainsFunc(out, func(o candidate) bool {
			return len(o.words) > len(c.words) && indexRun(o.words, c.words) >= 0
		}) {
			kept = append(kept, c)
		}
	}
	return kept
}

// choose picks the sentences to quote from cands.
func choose(cands []candidate) []candidate {
	best, rawBest := -1, -1
	for i, c := range cands {
		if !c.overlap {
			continue
		}
		if best < 0 || c.score > cands[best].score {
			best = i
		}
		if rawBest < 0 || c.base > cands[rawBest].base {
			rawBest = i
		}
	}
	floor := 0.0
	if best >= 0 {
		floor = cands[best].score * relativeFloor
	}
	strong := func(c candidate) bool { return c.overlap && c.score >= floor }
	// Spread over articles only when more than one has something to say.
	perArticle := maxPerOnlyArticle
	articles := map[int]bool{}
	for _, c := range cands {
		if strong(c) {
			articles[c.src] = true
		}
	}
	if len(articles) > 1 {
		perArticle = maxPerArticle
	}

	var chosen []candidate
	per := map[int]int{}
	quoted := 0
	// covered is, per concept, the best match among the chosen quotes.
	var covered []float64
	if len(cands) > 0 {
		covered = make([]float64, len(cands[0].parts))
	}
	// gain is c's score for what it adds to the quotes chosen: each
	// concept discounted by how fully a chosen quote already holds it.
	gain := func(c candidate) float64 {
		all, left := 0.0, 0.0
		for ci, p := range c.parts {
			all += p
			left += p * (1 - coveredDiscount*covered[ci])
		}
		if all <= 0 {
			return c.score
		}
		return c.score * left / all
	}
	isChosen := func(src, pos int) bool {
		return slices.ContainsFunc(chosen, func(x candidate) bool { return x.src == src && x.pos == pos })
	}
	fits := func(c candidate) bool {
		if len(chosen) >= maxSentences || per[c.src] >= perArticle || isChosen(c.src, c.pos) {
			return false
		}
		if len(chosen) > 0 && quoted+min(c.runes, maxSentenceRunes) > maxQuotedRunes {
			return false
		}
		return !slices.ContainsFunc(chosen, func(x candidate) bool { return nearDuplicate(x.words, c.words) })
	}
	add := func(c candidate) {
		chosen = append(chosen, c)
		per[c.src]++
		quoted += min(c.runes, maxSentenceRunes)
		for ci, h := range c.own {
			covered[ci] = max(covered[ci], h)
		}
	}
	// take adds, one at a time, the candidate accepted by ok with the best
	// gain after the spread penalty, until limit.
	take := func(limit int, ok func(candidate) bool) {
		for len(chosen) < limit {
			pick, pickScore := -1, 0.0
			for i, c := range cands {
				if !ok(c) || !fits(c) {
					continue
				}
				s := gain(c) * math.Pow(spreadPenalty, float64(per[c.src]))
				if pick < 0 || s > pickScore {
					pick, pickScore = i, s
				}
			}
			if pick < 0 {
				return
			}
			add(cands[pick])
		}
	}
	take(maxSentences, strong)
	// The language preference must never cost the best match its place:
	// if the most relevant article went unquoted, its best sentence
	// replaces the weakest quote.
	// (Unless another article already quotes the same sentence.)
	if rb := rawBest; rb >= 0 && per[cands[rb].src] == 0 &&
		!slices.ContainsFunc(chosen, func(x candidate) bool { return nearDuplicate(x.words, cands[rb].words) }) {
		for len(chosen) > 0 && !fits(cands[rb]) {
			last := chosen[len(chosen)-1]
			chosen = chosen[:len(chosen)-1]
			per[last.src]--
			quoted -= min(last.runes, maxSentenceRunes)
		}
		clear(covered)
		for _, c := range chosen {
			for ci, h := range c.own {
				covered[ci] = max(covered[ci], h)
			}
		}
		add(cands[rb])
	}
	// A single quote: the sentence after it, in the same paragraph,
	// usually carries on the same fact; a loosely related sentence from
	// elsewhere would only blur a sharp answer.
	take(minSentences, func(c candidate) bool { return !c.lineStart && isChosen(c.src, c.pos-1) })
	take(minSentences, func(c candidate) bool { return c.overlap && c.score >= floor*fillFloor })
	// None: retrieval judged these passages relevant even though no
	// sentence shares a word with the question (a synonym, another
	// language); quote the best-ranked.
	if len(chosen) == 0 {
		take(minSentences, func(candidate) bool { return true })
	}
	return chosen
}

// terms are what a sentence is scored against: the concepts of a query.
// A concept is a query word, or a phrase the lexicon knows ("strategic
// stability"), with its expansions in the other language
// (retrieval.Expand: "ổn định chiến lược"; "Nga" also looks for
// "Russia"). A concept counts once, by its best-matching alternative: a
// sentence saying "relations" and "ties" says no more about "quan hệ"
// than one saying one of them, and a four-syllable Vietnamese phrase is
// worth as much as the two English words it translates.
type terms struct {
	concepts []concept
}

type concept struct {
	alts []alternative
	// specific: a name, a place, an acronym or a number. Such a term
	// pins a question down ("NATO", "Istanbul", "1997") where a verb or
	// a title ("led", "delegation") is shared by many stories.
	specific bool
}

// markSpecific sets concept.specific for the concepts that have a name
// among their alternatives: a distinctive word written capitalised in the
// query (not as its first word) or in a lexicon expansion, or in the
// middle of a sentence of the sources (so "huntsman", typed in lower case,
// is a name because the article writes "Huntsman"), or any word holding
// a digit.
func (t *terms) markSpecific(query, lang string, sources []Citation) {
	names := map[string]bool{}
	// Vietnamese capitalises only names, so a capitalised syllable inside
	// a Vietnamese question is part of one ("Sức mạnh Siberia 2", "Nhà
	// Trắng"), however common it is alone.
	viQuery := false
	addNames := func(text string, skipFirst bool) {
		for _, line := range strings.Split(text, "\n") {
			for _, sent := range sentences(line) {
				for j, w := range corpus.Tokenize(sent) {
					if (j > 0 || !skipFirst) && capitalisedWord(w.Text) {
						if f := matchForm(w); retrieval.Distinctive(f) || viQuery {
							names[f] = true
						}
					}
				}
			}
		}
	}
	viQuery = lang == "vi"
	addNames(query, true)
	viQuery = false
	for _, e := range retrieval.Expand(query) {
		addNames(e, false)
	}
	// A word the sources also write in lower case is a word, not a name,
	// wherever one of them capitalises it: "Договор о ..." (a treaty's
	// title) does not make "договорились" (agreed) a name.
	fromSources := map[string]bool{}
	lower := map[string]bool{}
	for _, src := range sources {
		for _, w := range corpus.Tokenize(src.Passage) {
			if r, _ := utf8.DecodeRuneInString(w.Text); unicode.IsLower(r) {
				lower[matchForm(w)] = true
			}
		}
	}
	own := names
	names = fromSources
	for _, src := range sources {
		addNames(src.Passage, true)
	}
	names = own
	for f := range fromSources {
		if !lower[f] {
			names[f] = true
		}
	}
	for ci := range t.concepts {
		c := &t.concepts[ci]
		// Only the query's own words: "Nga" is not made a name by its
		// translation "Russia".
		c.specific = slices.ContainsFunc(c.alts, func(a alternative) bool {
			return a.weight == 1 && slices.ContainsFunc(a.forms(), func(w string) bool {
				return names[w] || strings.ContainsAny(w, "0123456789")
			})
		})
	}
}

// alternative is one way a concept can appear in a sentence.
type alternative struct {
	words []string // folded content words, in order
	// exact holds, for each word written with diacritics, its lower-case
	// spelling, which a sentence must match: "bàn" (discuss) is not "ban"
	// (Ủy ban, committee), "Mỹ" is not "my". "" matches folded, for
	// questions typed without diacritics.
	exact  []string
	weight float64  // 1 for the query's own words, expansionWeight otherwise
	full   []string // folded words when words holds match keys (see stemmedTerms)
	// part: a synonym of a part of the concept's phrase only (see
	// partExpansions), which content may count but a name may not.
	part bool
	// inner: a synonym the lexicon gives a word inside a translation's
	// phrase, not the phrase ("стороны", sides, of "принимающая
	// сторона", host): content may count it, but it does not locate
	// where an article speaks of the concept.
	inner bool
	// whole: an "=" spelling of the lexicon (retrieval.Exact), whose
	// folded words are function words or other words ("tại Anh" folded
	// is the pronoun "anh", "vé" is "về"): it matches whole, a marked
	// word as written, or not at all (writtenAlternative).
	whole bool
}

// forms returns the folded words of a, whether or not its words hold
// match keys.
func (a alternative) forms() []string {
	if a.full != nil {
		return a.full
	}
	return a.words
}

// functionWordVI reports Vietnamese question and function words, as written
// with their diacritics, that carry no topic in a question
// (corpus.IsStopWordVI).
func functionWordVI(lower string) bool { return corpus.IsStopWordVI(lower) }

// phrase is a run of words, folded and as written (lower-case).
type phrase struct{ folded, lower []string }

func phraseOf(s string) phrase {
	f, l := tokens(s)
	return phrase{f, l}
}

// content keeps the words that carry a topic in lang.
func (p phrase) content(lang string) phrase {
	var out phrase
	for i, w := range p.folded {
		if isContent(w, lang) && !functionWordVI(p.lower[i]) {
			out.folded = append(out.folded, w)
			out.lower = append(out.lower, p.lower[i])
		}
	}
	return out
}

func (p phrase) alternative(weight float64) alternative {
	a := alternative{words: p.folded, exact: make([]string, len(p.folded)), weight: weight}
	for i, w := range p.folded {
		// Russian words differ from their stems, not by diacritics.
		if p.lower[i] != w && !cyrillic(w) {
			a.exact[i] = p.lower[i]
		}
	}
	return a
}

// writtenAlternative is the alternative of an "=" spelling of the
// lexicon: all its words, function words too, matched whole, a word
// written with marks as written (phrase.alternative).
func writtenAlternative(p phrase, weight float64) alternative {
	a := p.alternative(weight)
	a.whole = true
	return a
}

// lexAlternative is the alternative of a lexicon term found as p, and
// whether it has anything to match: an "=" spelling as written
// (writtenAlternative), unless its words are function words the
// lower-case text cannot tell from the spelling ("US" is "us"); else
// its content words in lang (whose stopwords they are).
func lexAlternative(p phrase, lang string, weight float64) (alternative, bool) {
	c := p.content(lang)
	switch {
	case retrieval.Exact(strings.Join(p.lower, " ")):
		return writtenAlternative(p, weight), len(c.folded) > 0 || marked(p)
	case len(c.folded) == 0:
		return alternative{}, false
	}
	return c.alternative(weight), true
}

func queryTerms(query, lang string) terms {
	q := phraseOf(query)
	inPhrase := make([]int, len(q.folded)) // 1 + index of the concept a query word belongs to
	var t terms
	// Expansions first: each one names, by expanding back, the query
	// phrase it translates ("ổn định chiến lược" → "strategic
	// stability"), which becomes its concept.
	phraseConcept := map[string]int{}
	qStems := stemsOf(q.folded)
	for _, e := range retrieval.Expand(query) {
		// Stopwords by the expansion's own language: folded, English "on"
		// is Vietnamese "ổn" (ổn định, stability).
		pe, el := phraseOf(e), corpus.DetectLang(e)
		ew := pe.content(el)
		// An "=" spelling is whole or nothing: "tại Anh" is not "anh",
		// "vé" not the function word "về" it folds to.
		eAlt, ok := lexAlternative(pe, el, expansionWeight)
		if !ok {
			continue
		}
		at, n := -1, 0
		for _, back := range retrieval.Expand(e) {
			// By stems, as the lexicon matched: "Стамбуле" is what
			// "Istanbul" expands back to ("Стамбул").
			bw := foldedWords(back)
			if i := indexRunStems(q.folded, qStems, bw, stemsOf(bw)); i >= 0 && len(bw) > n {
				at, n = i, len(bw)
			}
		}
		if at < 0 {
			// A fuller name for a query word ("Sergey Lavrov" for
			// "Lavrov") is that word's concept, and so is its
			// romanization ("orlov" for "Орлова") and its
			// transliteration ("толливер" for "Tolliver"): a name
			// counts once, in whichever script a sentence writes it.
			for i, w := range q.folded {
				if isContent(w, lang) && (slices.ContainsFunc(ew.folded, func(e string) bool { return e == w || cyrillic(w) && sameStem(e, w) }) || slices.Contains(ew.folded, retrieval.Romanize(corpus.NameStem(w))) ||
					slices.Contains(ew.folded, retrieval.Romanize(w)) || slices.ContainsFunc(ew.folded, func(e string) bool { return retrieval.Romanize(e) == w })) {
					at, n = i, 1
					break
				}
			}
		}
		var pw phrase
		if at >= 0 {
			// The lexicon knows the whole phrase: its function syllables
			// belong to it ("nối lại", resume, is not "lại", again, which
			// half the Vietnamese sentences hold), as long as it has a
			// content word at all.
			pw = phrase{q.folded[at : at+n], q.lower[at : at+n]}
		}
		if len(pw.folded) == 0 {
			// Nothing in the query to tie it to: a concept of its own.
			t.concepts = append(t.concepts, concept{alts: []alternative{eAlt}})
			continue
		}
		key := strings.Join(pw.lower, " ")
		ci, ok := phraseConcept[key]
		if !ok {
			ci = len(t.concepts)
			phraseConcept[key] = ci
			own, exact := pw.alternative(1), retrieval.Exact(key)
			if exact {
				own = writtenAlternative(pw, 1)
			}
			if len(pw.content(lang).folded) == 0 && !(exact && marked(pw)) {
				// A phrase of function words only ("US", folded "us"):
				// its own spelling would match the pronoun, but its
				// translations are still one concept, not one each
				// ("США", "американский", "Hoa Kỳ"), or a sentence
				// saying "американскими" would count the US twice. An
				// "=" spelling with its marks ("vé", ticket, folded
				// "về") is no function word: the marks tell it apart.
				t.concepts = append(t.concepts, concept{alts: []alternative{eAlt}})
				continue
			}
			t.concepts = append(t.concepts, concept{alts: []alternative{own}})
			for k := range n {
				inPhrase[at+k] = ci + 1
			}
		}
		c := &t.concepts[ci]
		c.alts = append(c.alts, eAlt)
	}
	// The query's other content words are concepts of their own, except
	// that adjacent Vietnamese syllables the lexicon does not know make
	// one: a Vietnamese word is often two syllables ("đề xuất", propose;
	// "tấn công", attack), and each alone is another word ("đề cử",
	// nominate; "thông tấn", news agency). The phrase's match share then
	// gives a lone syllable little credit.
	seen := map[string]bool{}
	free := func(i int) bool {
		return i < len(q.folded) && inPhrase[i] == 0 && isContent(q.folded[i], lang) && !functionWordVI(q.lower[i])
	}
	for i := 0; i < len(q.folded); i++ {
		if !free(i) {
			continue
		}
		n := 1
		if lang == "vi" {
			for free(i+n) && syllableVI(q.folded[i+n-1]) && syllableVI(q.folded[i+n]) {
				n++
			}
			if n > 3 {
				n = 2 // a long run: pairs, most Vietnamese words are two syllables
			}
		}
		key := strings.Join(q.lower[i:i+n], " ")
		if !seen[key] {
			seen[key] = true
			t.concepts = append(t.concepts, concept{alts: []alternative{phrase{q.folded[i : i+n], q.lower[i : i+n]}.alternative(1)}})
		}
		i += n - 1
	}
	return t
}

// marked reports whether a word of p is written with marks (Latin
// diacritics), which a sentence must write so too (phrase.alternative).
func marked(p phrase) bool {
	return slices.ContainsFunc(p.lower, func(w string) bool { return !cyrillic(w) && corpus.Fold(w) != w })
}

// syllableVI reports whether a folded word is a Vietnamese syllable that
// can be part of a longer word: not a name, an acronym or a number.
func syllableVI(w string) bool {
	return !retrieval.Distinctive(w) && !strings.ContainsAny(w, "0123456789")
}

// sameStem reports whether two words in their match forms (matchForm)
// are one word by their stems. Snowball's Russian stemmer is not
// idempotent: the case a question writes may stem to the whole
// nominative ("Таджикистане" → "таджикистан") while the nominative the
// lexicon writes stems once more ("Таджикистан" → "таджикиста"), so one
// more cut on either side is the same word.
func sameStem(a, b string) bool {
	return stemsMatch(a, b, corpus.Stem(a), corpus.Stem(b))
}

// stemsMatch is sameStem for words whose stems sa and sb are known.
func stemsMatch(a, b, sa, sb string) bool {
	return sa == sb || cyrillic(a) && cyrillic(b) && (sa == b || sb == a)
}

// indexRunStems is indexRun with words compared by sameStem, their stems
// (hs, ns) computed once by the caller: stemming the same words again in
// every window and for every expansion took an eighth of the tune set's
// answer time (pprof, 1.5 s of 12 s).
func indexRunStems(hay, hs, needle, ns []string) int {
	if len(needle) == 0 {
		return -1
	}
	for i := 0; i+len(needle) <= len(hay); i++ {
		j := 0
		for j < len(needle) && stemsMatch(hay[i+j], needle[j], hs[i+j], ns[j]) {
			j++
		}
		if j == len(needle) {
			return i
		}
	}
	return -1
}

// stemsOf returns the corpus.Stem of each folded word.
func stemsOf(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = corpus.Stem(w)
	}
	return out
}

// indexRun returns where needle occurs as consecutive words in hay, or -1.
func indexRun(hay, needle []string) int {
	if len(needle) == 0 {
		return -1
	}
	for i := 0; i+len(needle) <= len(hay); i++ {
		if slices.Equal(hay[i:i+len(needle)], needle) {
			return i
		}
	}
	return -1
}

// matchAt reports whether word k of a is at position p of c.
func (c *candidate) matchAt(a alternative, k, p int) bool {
	if p >= 0 && p < len(c.words) && c.full != nil && a.full != nil {
		same := p < len(c.name) && c.name[p] && c.full[p] == a.full[k] || (p >= len(c.name) || !c.name[p]) && sameWord(c.full[p], a.full[k])
		return c.words[p] == a.words[k] && same && (a.exact[k] == "" || c.lower[p] == a.exact[k])
	}
	return p >= 0 && p < len(c.words) && c.words[p] == a.words[k] && (a.exact[k] == "" || c.lower[p] == a.exact[k])
}

// has reports whether word k of a is anywhere in c.
func (c *candidate) has(a alternative, k int) bool {
	return slices.ContainsFunc(c.at[a.words[k]], func(p int) bool { return c.matchAt(a, k, p) })
}

// hasPair reports whether words k-1 and k of a are adjacent in c.
func (c *candidate) hasPair(a alternative, k int) bool {
	return slices.ContainsFunc(c.at[a.words[k]], func(p int) bool { return c.matchAt(a, k, p) && c.matchAt(a, k-1, p-1) })
}

// hasRun reports whether c holds all of a, in order and adjacent.
// formSet returns every form of every alternative of t's concepts: the
// words by which a sentence speaks of the question.
func (t terms) formSet() map[string]bool {
	out := map[string]bool{}
	for _, con := range t.concepts {
		for _, a := range con.alts {
			for _, w := range a.forms() {
				out[w] = true
			}
		}
	}
	return out
}

func (c *candidate) hasRun(a alternative) bool {
	return slices.ContainsFunc(c.at[a.words[0]], func(p int) bool { return c.wholeAt(a, p) })
}

// idf returns the inverse document frequency of each concept among the
// candidate sentences (BM25's form, always positive), a sentence holding
// a concept when it holds one of its alternatives whole: a concept in
// every sentence ("Nga", "Russia") weighs almost nothing, one in a single
// sentence weighs most. Counting concepts rather than words keeps the
// languages even: "Russia" is not rarer than "Nga" just because fewer
// sentences are in English.
func (t terms) idf(cands []candidate) []float64 {
	out := make([]float64, len(t.concepts))
	n := float64(len(cands))
	for i, c := range t.concepts {
		df := 0.0
		for j := range cands {
			if slices.ContainsFunc(c.alts, cands[j].hasRun) {
				df++
			}
		}
		out[i] = bm25IDF(df, n)
	}
	return out
}

// bm25IDF is BM25's inverse document frequency of a word in df of n
// documents, always positive.
func bm25IDF(df, n float64) float64 {
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// score returns, for each concept, its IDF times how well the best
// alternative matches sentence c: its weight times the square of the
// share of its words and adjacent pairs found (pairs at bigramWeight), so
// "quan chức" is a poor match for "quan hệ" and the whole phrase a full
// one. A concept the sentence lacks but its article's excerpts (ctx) hold
// counts at contextWeight: in "who heads the Russian delegation in
// Istanbul", the answer's sentence names the delegation and its head,
// the sentence before it names Istanbul, and a sentence about another
// delegation somewhere else must not win on the shared words alone. It
// also returns the sentence's own match of each concept.
func (t terms) score(c, ctx *candidate, idf []float64) (parts, has []float64) {
	parts, has = make([]float64, len(t.concepts)), make([]float64, len(t.concepts))
	for ci := range t.concepts {
		best := t.match(c, ci)
		has[ci] = best
		if best == 0 && ctx != nil {
			best = contextWeight * t.match(ctx, ci)
		}
		parts[ci] = idf[ci] * best
	}
	return parts, has
}

// match is how well concept ci's best alternative matches c, in [0, 1].
// A whole alternative (alternative.whole) matches whole or not at all.
func (t terms) match(c *candidate, ci int) float64 {
	return t.matchWith(c, ci, func(a alternative) bool { return a.whole }, c.has)
}

// matchWith is match with whole telling the alternatives that match whole
// or not at all, and has whether c holds word k of an alternative.
func (t terms) matchWith(c *candidate, ci int, whole func(a alternative) bool, has func(a alternative, k int) bool) float64 {
	best := 0.0
	for _, a := range t.concepts[ci].alts {
		if whole(a) {
			if c.hasRun(a) {
				best = max(best, a.weight)
			}
			continue
		}
		found, units := 0.0, 0.0
		for k := range a.words {
			units++
			if has(a, k) {
				found++
			}
			if k > 0 {
				units += bigramWeight
				if c.hasPair(a, k) {
					found += bigramWeight
				}
			}
		}
		if found > 0 {
			share := found / units
			best = max(best, a.weight*share*share)
		}
	}
	return best
}

// wholeText is text as one candidate, for matching concepts anywhere in it.
func wholeText(text string) candidate {
	words, lower := tokens(text)
	keys, at := keyed(words)
	var name []bool
	for _, line := range strings.Split(text, "\n") {
		for _, sent := range sentences(line) {
			name = append(name, namesIn(sent)...)
		}
	}
	if len(name) != len(words) {
		name = nil // the sentence splitter dropped or joined words: match by stem
	}
	return candidate{text: text, words: keys, full: words, lower: lower, at: at, name: name}
}

// namesIn marks the words of sentence s that are Latin and capitalised
// after its first word (see candidate.name).
func namesIn(s string) []bool {
	toks := corpus.Tokenize(s)
	out := make([]bool, len(toks))
	for i, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		out[i] = i > 0 && unicode.IsUpper(r) && r < unicode.MaxLatin1+0x180 && !cyrillic(t.Folded)
	}
	return out
}

// keyed returns the match keys of folded words (matchKey) and where each
// key is: sentences are matched by stem in every language, as the judge
// matches them, so "priority" finds "priorities" and "release" finds
// "released" (measured on the tune split: wordform questions lost their
// answering sentence to one that repeated the question's exact forms).
func keyed(words []string) (keys []string, at map[string][]int) {
	keys = make([]string, len(words))
	at = make(map[string][]int, len(words))
	for p, w := range words {
		keys[p] = matchKey(w)
		at[keys[p]] = append(at[keys[p]], p)
	}
	return keys, at
}

// informativeness is a factor in [0.7, 1.2] favouring sentences that say
// something: long enough to hold a fact, with a number or date, naming
// people or places. It only reorders sentences of similar relevance.
func informativeness(sentence string, runes int) float64 {
	f := 0.7 + 0.2*min(1, float64(runes)/120)
	digit, names := false, 0
	for i, w := range strings.Fields(sentence) {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "\"'“‘«("))
		switch {
		case unicode.IsDigit(r):
			digit = true
		case i > 0 && unicode.IsUpper(r):
			names++
		}
	}
	if digit {
		f += 0.15
	}
	return f + 0.15*min(1, float64(names)/3)
}

// nearDuplicate reports whether two sentences (folded words) say the same
// thing: equal, one contained in the other (a teaser cut short with
// "...", a sentence quoted inside a longer one), or sharing nearly all
// their words and every number (the same wire copy lightly edited; a
// different date or figure is a different fact).
func nearDuplicate(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return false
	}
	if containsRun(b, a) {
		return true
	}
	if len(a) < 6 {
		return false
	}
	if !slices.Equal(numbers(a), numbers(b)) {
		return false
	}
	set := make(map[string]bool, len(b))
	for _, w := range b {
		set[w] = true
	}
	inter, union := 0, len(set)
	counted := map[string]bool{}
	for _, w := range a {
		if counted[w] {
			continue
		}
		counted[w] = true
		if set[w] {
			inter++
		} else {
			union++
		}
	}
	return float64(inter) >= 0.8*float64(union)
}

// numbers returns the distinct words holding a digit, sorted.
func numbers(words []string) []string {
	var out []string
	for _, w := range words {
		if strings.ContainsAny(w, "0123456789") {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// containsRun reports whether needle occurs as consecutive words in hay.
func containsRun(hay, needle []string) bool {
	for i := 0; i+len(needle) <= len(hay); i++ {
		if slices.Equal(hay[i:i+len(needle)], needle) {
			return true
		}
	}
	return false
}

// foldedWords returns the folded words of s.
func foldedWords(s string) []string {
	f, _ := tokens(s)
	return f
}

// tokens returns the words of s lower-cased, and each folded (no
// diacritics, đ as d), as corpus.Tokenize cuts them: a date or number
// ("10/4", "25/9", "3.5") is one word, since its parts alone would match
// any other date sharing a day.
func tokens(s string) (folded, lower []string) {
	toks := corpus.Tokenize(s)
	folded = make([]string, len(toks))
	lower = make([]string, len(toks))
	for i, t := range toks {
		folded[i], lower[i] = matchForm(t), t.Lower
	}
	return folded, lower
}

// matchForm is the form in which a word is compared: a Russian word by
// its stem, since declension changes its ending with its role ("Орлов",
// "разговор Орлова", "с Орловым"; a capitalised one by corpus.NameStem),
// except stop words, which must still be recognised as such; any other
// word as folded (Vietnamese and English answering depends on the forms
// as written).
func matchForm(t corpus.Token) string {
	if !cyrillic(t.Folded) || corpus.IsStopWord("ru", t.Folded) {
		return t.Folded
	}
	if capitalisedWord(t.Text) {
		s := corpus.NameStem(t.Folded)
		// Snowball reads a name's case ending as a verb's or a
		// participle's and cuts three letters or more: "Кувейте" is
		// "кув", "Елена" "ел", where "Кувейт" and "Кувейта" are
		// "кувейт". A name declines as a noun: only its last vowel goes.
		if n, m := utf8.RuneCountInString(t.Folded), utf8.RuneCountInString(s); n-m >= 3 && n > 4 {
			if r, size := utf8.DecodeLastRuneInString(t.Folded); strings.ContainsRune("аеиоуыэюя", r) {
				s = t.Folded[:len(t.Folded)-size]
			}
		}
		// A name whose stem is a function word ("НАСА" → "нас", "Надю"
		// → "над") would vanish from a question as one: it stays whole.
		if !corpus.IsStopWord("ru", s) {
			return s
		}
		return t.Folded
	}
	return corpus.Stem(t.Folded)
}

// capitalisedWord reports whether a word starts with a capital letter.
func capitalisedWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// identityQuestionRE asks who a person named is, and nothing more, as
// written: "Who is Hernán Villalba?", "Кто такой Игорь Зорин?", "Ông
// Igor Zorin là ai?".
var identityQuestionRE = regexp.MustCompile(`^(?:(?i:who (?:is|was)|кто (?:такой|такая|такие|такой был|была))\s+(?:\p{Lu}[\p{L}.'-]*\s*)+|(?:(?:Ông|Bà|ông|bà)\s+)?(?:\p{Lu}[\p{L}.'-]*\s+)+là ai)\s*\?*$`)

// sameNameAcross reports whether a and b, one Cyrillic and one Latin
// (folded), are one name by their skeletons ("hartman", "хартманн"; a
// lexicon's stem, "хартма", resembles it as retrieval.SkeletonResembles
// says).
func sameNameAcross(a, b string) bool {
	if cyrillic(a) == cyrillic(b) {
		return false
	}
	k, l := retrieval.NameSkeleton(a), retrieval.NameSkeleton(b)
	return len(k) >= 3 && len(l) >= 3 && retrieval.SkeletonResembles(k, map[string]bool{l: true})
}

// cyrillic reports whether a word starts with a Cyrillic letter.
func cyrillic(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.Is(unicode.Cyrillic, r)
}

// sentences splits a passage into sentences (corpus.Sentences).
func sentences(text string) []string {
	out, _ := splitSentences(text)
	return out
}

// splitSentences is sentences, also reporting which sentences begin a
// line: in a news roundup each line is a separate item, so the sentence
// after a quoted one only carries on its story within the same line.
//
// A quotation that runs over several sentences is kept whole, with the
// words that attribute it: in `"These vessels are old. They are a
// danger," Marsh said.` the first sentence is what Marsh said, and alone
// it names no speaker ("what did Marsh say" would miss it).
func splitSentences(text string) (out []string, lineStart []bool) {
	sts := corpus.Sentences(text)
	for i := 0; i < len(sts); i++ {
		st := sts[i]
		end := st.End
		// Join the sentences of the same line up to the one that closes
		// a quotation opened here; one never closed joins nothing.
		if openQuote(text[st.Start:end]) {
			for j := i + 1; j < len(sts) && j-i < maxQuoteSentences && !sts[j].LineStart; j++ {
				if utf8.RuneCountInString(text[st.Start:sts[j].End]) > maxSentenceRunes {
					break
				}
				if !openQuote(text[st.Start:sts[j].End]) {
					end, i = sts[j].End, j
					break
				}
			}
		}
		out = append(out, text[st.Start:end])
		lineStart = append(lineStart, st.LineStart)
	}
	return out, lineStart
}

// maxQuoteSentences bounds the sentences one quotation joins.
const maxQuoteSentences = 3

// openQuote reports whether s leaves a quotation open: an odd number of
// straight double quotes, or more opening than closing curly or angle
// quotes (“ ” « »).
func openQuote(s string) bool {
	return strings.Count(s, `"`)%2 == 1 ||
		strings.Count(s, "“") > strings.Count(s, "”") ||
		strings.Count(s, "«") > strings.Count(s, "»")
}
