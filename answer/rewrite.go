package answer

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/detente/detente/corpus"
)

// rewriteOffline is the follow-up rewrite without a model. Each earlier
// turn is rewritten in turn, so a chain of follow-ups keeps its topic; a
// turn whose answer cited nothing (a refusal) gives the next one no topic,
// so the question after a refusal is judged as its own.
//
// The rewrite of one follow-up against the previous standalone question:
//   - it names a counterpart of a side the previous question named
//     (another country or its people): that word is replaced
//     and the rest kept ("And the American one?" after "Who leads the
//     Russian delegation?" is "Who leads the American delegation?");
//   - it asks why and names nothing: the previous question's topic with
//     "why" (the extractive answer then prefers causes);
//   - it names new entities and says enough on its own: it is its own
//     question;
//   - otherwise (short, or referring back): the follow-up with the
//     previous question's content words added for the search, while the
//     sentences are chosen by what the follow-up itself asks (focus), so
//     "What is on the agenda?" quotes the agenda, not the delegation heads
//     again.
func rewriteOffline(q, lang string, history []Turn) (query, focus string) {
	var th thread
	for _, t := range history {
		if tq := strings.TrimSpace(t.Question); tq != "" {
			prev, _ := rewriteTurn(tq, orDefault(corpus.DetectLang(tq), lang), th)
			if prev == tq {
				// A question of its own starts a new story.
				th = thread{}
			}
			th.prev, th.asked = prev, th.asked+"\n"+prev
		}
		th.said, th.lastSaid = th.said+"\n"+t.Answer, t.Answer
		if refused(t.Answer) {
			th = thread{}
		}
	}
	return rewriteTurn(q, lang, th)
}

// thread is what a follow-up is read against: the story so far, from the
// question that started it.
type thread struct {
	prev     string // the previous question, standalone
	asked    string // every standalone question of the story
	said     string // every answer of the story
	lastSaid string // the previous answer
}

// ReadsAsFollowUp reports whether q, sent without replying to anything,
// continues the conversation in history rather than starting a new one: it
// needs the previous turns to be understood ("And the American one?",
// "Why?", "What did they agree?"), and the last answer was not a refusal.
// A question that names its own subject starts over, so an old topic is
// not dragged into it. It is the offline rewrite's own test (see
// rewriteOffline), so what the bot threads and what the answer reads as a
// follow-up agree.
func ReadsAsFollowUp(q string, history []Turn) bool {
	q = strings.TrimSpace(corpus.Normalize(q))
	if q == "" || len(history) == 0 || refused(history[len(history)-1].Answer) {
		return false
	}
	query, _ := rewriteOffline(q, orDefault(corpus.DetectLang(q), "en"), history)
	return query != q
}

// TurnOf is the turn a finished answer to question leaves for the next
// question of the conversation.
func TurnOf(question string, a Answer) Turn {
	t := Turn{Question: question, Answer: a.Text}
	for _, c := range a.Citations {
		if !slices.Contains(t.Articles, c.ArticleID) {
			t.Articles = append(t.Articles, c.ArticleID)
		}
	}
	return t
}

// refused reports whether an earlier answer cited nothing: a refusal or a
// "no sources" reply, which leaves nothing to follow up on. A turn kept
// without its answer is taken as answered.
func refused(answer string) bool {
	return strings.TrimSpace(answer) != "" && !citeRE.MatchString(answer)
}

var citeRE = regexp.MustCompile(`\[\d+\]`)

// rewriteTurn rewrites q against the story so far. A name an answer gave
// ("What did Karen Liu say?" after an answer quoting her) is the story's,
// not a new subject.
func rewriteTurn(q, lang string, th thread) (query, focus string) {
	prev := th.prev
	if prev == "" {
		return q, q
	}
	own := followUpWords(q, lang)
	if sub, n := substitute(q, lang, prev); n > 0 && (len(own) == n || contrastive(q) && len(own)-n <= 1) {
		// A counterpart ("and the American one?"): the previous question
		// about it, plus what else the follow-up names.
		rest := wordsNotIn(own, sub)
		sub = strings.TrimSpace(sub + " " + strings.Join(rest, " "))
		return sub, sub
	}
	if questionType(q) == qWhy && len(own) <= 1 {
		query = joinNew(q, topicWords(prev, lang))
		return query, query
	}
	back := refersBack(q, lang)
	if !back && len(own) >= 2 && namesNew(q, th.asked+"\n"+th.said, lang) {
		return q, q
	}
	// The previous question's topic for the search: all its words for a
	// bare follow-up ("And?", "Why?"), its names for one that asks
	// something of its own ("How long is the pause on strikes?" after a
	// question on the Jeddah talks), whose own words would be diluted by
	// the previous question's.
	add := topicWords(prev, lang)
	if pins := names(prev, lang); len(own) >= 2 && !back && len(pins) > 0 {
		add = pins
	}
	query = joinNew(q, add)
	if len(own) == 0 {
		return query, query
	}
	if back {
		// "What did they agree?": the sentences must be about the same
		// parties, so the previous question's names stay in the focus.
		return query, joinNew(q, append(names(prev, lang), antecedents(q, lang, th)...))
	}
	return query, q
}

// antecedents are the names a personal pronoun of q ("he", "его", "ông
// ấy") may stand for, beyond the previous question's: the names asked
// earlier in the story ("Что он думает о …?" two questions after one
// naming him), and, after a question asking who, the names of the
// answer's first quote, which is who was asked for ("За что его
// осудили?" after "Кого Россия передала?").
func antecedents(q, lang string, th thread) []string {
	if !personal(q, lang) {
		return nil
	}
	out := names(th.asked, lang)
	if questionType(th.prev) == qWho {
		if qs := quotedSentences(th.lastSaid); len(qs) > 0 {
			out = append(out, names(qs[0], lang)...)
		}
	}
	return out
}

// personal reports whether q refers back to a person by a pronoun.
func personal(q, lang string) bool {
	ts := corpus.Tokenize(q)
	for i, t := range ts {
		switch lang {
		case "vi":
			// "ông ấy", "bà ấy", "anh ấy", "chị ấy"
			if i+1 < len(ts) && ts[i+1].Folded == "ay" && personVI[t.Folded] {
				return true
			}
		case "ru":
			if personRU[t.Folded] {
				return true
			}
		default:
			if personEN[t.Folded] {
				return true
			}
		}
	}
	return false
}

var (
	personEN = setOf("he", "him", "his", "she", "her", "himself", "herself")
	personRU = setOf("он", "его", "ему", "него", "нем", "ним", "она", "ее", "ей", "нее", "ней")
	personVI = setOf("ong", "ba", "anh", "chi")
)

// joinNew appends to q the words of add it does not already hold.
func joinNew(q string, add []string) string {
	rest := wordsNotIn(add, q)
	if len(rest) == 0 {
		return q
	}
	return q + " " + strings.Join(rest, " ")
}

// wordsNotIn returns the words of ws (deduplicated) not in s, compared
// folded.
func wordsNotIn(ws []string, s string) []string {
	seen := map[string]bool{}
	for _, t := range corpus.Tokenize(s) {
		seen[t.Folded] = true
	}
	var out []string
	for _, w := range ws {
		if f := corpus.Fold(w); !seen[f] {
			seen[f] = true
			out = append(out, w)
		}
	}
	return out
}

// contrastive reports whether q opens as a follow-up that turns to
// another party: "And ...", "What about ...", "Còn ...", "А ...".
func contrastive(q string) bool {
	ts := corpus.Tokenize(q)
	if len(ts) == 0 {
		return false
	}
	switch ts[0].Folded {
	case "and", "con", "а", "и", "but":
		return true
	case "what", "how":
		return len(ts) > 1 && ts[1].Folded == "about"
	}
	return false
}

// followUpWords are q's content words without the fillers of a short
// follow-up ("one", "side", "phía"), which name nothing to search for.
func followUpWords(q, lang string) []string {
	var out []string
	for _, w := range contentWords(q, lang) {
		if !followUpFillers[corpus.Fold(w)] {
			out = append(out, w)
		}
	}
	return out
}

var followUpFillers = setOf("one", "ones", "side", "sides", "part", "phia", "ben", "thi", "con", "сторона", "сторону",
	"стороны", "насчет", "насчёт", "как", "что", "also", "else")

// substitute replaces in prev each word that has a counterpart in q: a
// country, side or nationality by another one ("Russian" → "American",
// "Nga" → "Mỹ", "российскую" → "американская"). Names of people and places
// are not swapped: without a gazetteer "And Geneva?" after a question on
// Lavrov cannot be told from "And Rubio?", and adding the name (the focus
// then quotes it) answers both. It returns the new text and how many of q's words found a
// counterpart.
func substitute(q, lang, prev string) (string, int) {
	pt := corpus.Tokenize(prev)
	used := 0
	repl := map[int]string{}
	for _, w := range corpus.Tokenize(q) {
		if !isContent(w.Folded, lang) || followUpFillers[w.Folded] {
			continue
		}
		g := sideIn(w.Folded, lang)
		if g < 0 {
			continue
		}
		for i, p := range pt {
			if _, done := repl[i]; done {
				continue
			}
			if pg := sideOf(p.Folded); pg >= 0 && pg != g {
				repl[i] = w.Text
				used++
				break
			}
		}
	}
	if used == 0 {
		return prev, 0
	}
	// The sides trade places: "Which Americans did Russia free?" asked of
	// the Russians is "Which Russians did Americans free?".
	for i, p := range pt {
		if _, done := repl[i]; done {
			continue
		}
		for j, r := range repl {
			if sideOf(p.Folded) == sideOf(corpus.Fold(r)) && sideOf(p.Folded) >= 0 {
				repl[i] = pt[j].Text
				break
			}
		}
	}
	var b strings.Builder
	last := 0
	for i, p := range pt {
		if r, ok := repl[i]; ok {
			b.WriteString(prev[last:p.Start])
			b.WriteString(r)
			last = p.End
		}
	}
	b.WriteString(prev[last:])
	return b.String(), used
}

// sides are the countries and sides of the corpus's subject, each as the
// folded word starts that name it in vi, en and ru (prefixes, so Russian
// case forms match: "российскую", "США"). A word naming one side in a
// follow-up stands for the other side named in the previous question.
var sides = [][]string{
	{"russia", "russian", "russians", "moscow", "kremlin", "nga", "росси", "русск", "москв", "кремл"},
	{"us", "usa", "america", "american", "americans", "washington", "my", "сша", "америк", "вашингтон", "штат"},
	{"china", "chinese", "beijing", "trung", "китай", "китае", "пекин"},
	{"ukraine", "ukrainian", "ukrainians", "kyiv", "kiev", "украин", "киев"},
	{"europe", "european", "eu", "brussels", "chau", "евросоюз", "европ", "ес", "брюссел"},
	{"iran", "iranian", "tehran", "иран", "тегеран"},
	{"india", "indian", "delhi", "индия", "индии", "индийск"},
	{"turkey", "turkish", "ankara", "türkiye", "турци", "турецк", "анкар"},
	{"vietnam", "vietnamese", "viet", "вьетнам"},
	{"nato", "нато"},
}

// sideOf returns the index in sides of the side a folded word names, or -1.
func sideOf(folded string) int {
	for i, ws := range sides {
		for _, w := range ws {
			// Latin and Vietnamese words whole (so "my" is not "myself"),
			// Cyrillic by their start.
			if folded == w || cyrillic(w) && len(w) >= 6 && strings.HasPrefix(folded, w) {
				return i
			}
		}
	}
	return -1
}

// sideIn is sideOf for a word of a question in lang: English "my" is not
// Vietnamese "Mỹ".
func sideIn(folded, lang string) int {
	if folded == "my" && lang != "vi" {
		return -1
	}
	return sideOf(folded)
}

// topicWords are the content words of a previous question, with the
// acronyms written in capitals that a stopword list takes for function
// words ("US" is not "us").
func topicWords(s, lang string) []string {
	var out []string
	for i, t := range corpus.Tokenize(s) {
		w := t.Text
		if i == 0 && (questionType(w) != qOther || interrogatives[t.Folded]) {
			// The question word that opens it ("Until", "Сколько"),
			// capitalised mid-query, would read as a name.
			w = strings.ToLower(w)
		}
		if isContent(t.Folded, lang) || sideAcronym(t) {
			out = append(out, w)
		}
	}
	return out
}

// sideAcronym reports whether t is a side written as an acronym in
// capitals, which a stopword list takes for a function word ("US" is not
// "us").
func sideAcronym(t corpus.Token) bool {
	return len(t.Text) > 1 && strings.ToUpper(t.Text) == t.Text && sideOf(t.Folded) >= 0
}

// interrogatives open questions without being caught by questionType.
var interrogatives = setOf("until", "since", "which", "what", "how", "whose", "did", "does", "do", "is", "are", "was",
	"were", "has", "have", "will", "can", "какой", "какая", "какое", "какие", "каких", "каким", "какую", "что",
	"чего", "чем", "чём", "ли", "зачем", "каков", "какова", "каковы")

// properName reports whether t is capitalised where a sentence does not
// begin, or is all capitals: a name or an acronym.
func properName(s string, t corpus.Token) bool {
	r := []rune(t.Text)
	if len(r) < 2 || !unicode.IsUpper(r[0]) {
		return false
	}
	before := strings.TrimRightFunc(s[:t.Start], unicode.IsSpace)
	if before == "" || strings.HasSuffix(before, ".") || strings.HasSuffix(before, "?") || strings.HasSuffix(before, "!") {
		// Sentence start: a name only if it is not an ordinary word.
		return !corpus.IsStopWord("en", t.Folded) && !stopwordsEN[t.Folded] && !stopwordsVI[t.Folded] && !corpus.IsStopWord("ru", t.Folded) && sideOf(t.Folded) < 0 && len(r) > 2 && unicode.IsUpper(r[1])
	}
	return sideOf(t.Folded) < 0
}

// names are the names, sides and acronyms of s: what pins a question to
// its parties.
func names(s, lang string) []string {
	var out []string
	for _, t := range corpus.Tokenize(s) {
		if isContent(t.Folded, lang) && (sideIn(t.Folded, lang) >= 0 || properName(s, t)) || sideAcronym(t) {
			out = append(out, t.Text)
		}
	}
	return out
}

// namesNew reports whether q names a person, place or side prev does not.
func namesNew(q, prev, lang string) bool {
	have := map[string]bool{}
	for _, t := range corpus.Tokenize(prev) {
		have[corpus.Fold(corpus.NameStem(t.Folded))] = true
	}
	return slices.ContainsFunc(names(q, lang), func(w string) bool {
		return !have[corpus.Fold(corpus.NameStem(corpus.Fold(w)))]
	})
}
