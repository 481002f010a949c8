package answer

import (
	"regexp"
	"strings"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
)

// A question may ask who came before or after a person it names in a
// post ("Who was ambassador before Whitaker?", "Кто был послом до
// Демидова?", "Ai là đại sứ trước ông Tarasov?", "Who did Yastrebov
// replace?"). Any new name in a sentence about that post does not answer
// it: the story of the named holder names him, his country and his
// earlier posts, never his predecessor unless it tells the succession.
// The answer is a name in a sentence that tells one ("replaces Vadim
// Sorokin", "сменил на этом посту", "thay thế ông Zorin", "his
// predecessor, ..."). The words are a closed class of the three
// languages, not drawn from one story.

// successionAskRE finds, lower-cased, a word that asks the succession
// by itself: "predecessor", "replace", "предшественник", "сменил",
// "tiền nhiệm", "thay thế".
var successionAskRE = regexp.MustCompile(`(^|[^\p{L}])(predecessors?|successors?|preceded|succeeded|succeed|replac\p{L}*|предшественни\p{L}*|преемни\p{L}*|смени\p{L}*|сменя\p{L}*|tiền nhiệm|kế nhiệm|thay thế)([^\p{L}]|$)`)

// successionBefore are the prepositions, folded, that put a named
// person's time in a post before or after the one asked of: "before
// Whitaker", "до Демидова", "trước ông Tarasov".
var successionBefore = setOf("before", "after", "до", "после", "truoc", "sau")

// successionToldRE finds, lower-cased, a sentence that tells a
// succession: who preceded, succeeded or replaced whom in a post.
var successionToldRE = regexp.MustCompile(`(^|[^\p{L}])(` + successionWords + `|thay ông|thay bà)([^\p{L}]|$)`)

// successionWords are the words, lower-cased, that tell a succession,
// as a regular expression's alternatives ("thay ông" aside: successionAt
// reads "thay" before an honorific by itself).
const successionWords = `predecessors?|successors?|preceded|precedes|succeeded|succeeds|succeed|replac\p{L}*|took over from|taking over from|takes over from|предшественни\p{L}*|преемни\p{L}*|смени\p{L}*|сменя\p{L}*|на смену|до него|до неё|до нее|tiền nhiệm|kế nhiệm|thay thế|kế vị`

// asksSuccession reports whether a "who" question asks who held a post
// before or after a person it names (see successionAskRE): a succession
// word, or "before"/"до"/"trước" right before a person's capitalised
// name (after an honorific: "trước ông Tarasov").
func asksSuccession(query string, qt qType) bool {
	if qt != qWho {
		return false
	}
	lower := strings.ToLower(query)
	if successionAskRE.MatchString(lower) {
		return true
	}
	toks := corpus.Tokenize(query)
	for i := 0; i+1 < len(toks); i++ {
		if !successionBefore[toks[i].Folded] {
			continue
		}
		j := i + 1
		honoured := honorifics[toks[j].Folded] && j+1 < len(toks)
		if honoured {
			j++
		}
		// Vietnamese capitalises institutions and events too ("sau Hội
		// nghị"): a person there is one after "ông" or "bà".
		if (toks[i].Folded == "truoc" || toks[i].Folded == "sau") && !honoured {
			continue
		}
		// A person: a capitalised word that is not the topic's place
		// ("after Moscow"), a month, nor a stop word.
		t := toks[j]
		if capitalisedWord(t.Text) && !retrieval.Topic(t.Text) && !calendarWords[t.Folded] && !stopWord(t.Folded, t.Lower) {
			return true
		}
	}
	return false
}

// successionSentences returns the sentences of c that tell a succession
// and name its other holder (namedAround) beside a word of
// successionToldRE, the question's own names aside. "His predecessor left Moscow in October" tells that
// there was one, not who; "replaces Vadim Sorokin", "сменил на этом
// посту Вадима Сорокина", "thay thế ông Mikhail Zorin" tell who.
func successionSentences(c *candidate, q *question) []int {
	own := ownKeys(q)
	var out []int
	for si, s := range c.sents {
		if !successionToldRE.MatchString(strings.ToLower(s)) {
			continue
		}
		toks := corpus.Tokenize(s)
		name := func(j int) bool {
			if j < 0 || j >= len(toks) {
				return false
			}
			t := toks[j]
			return capitalisedWord(t.Text) && !own[matchKey(matchForm(t))] && !retrieval.Topic(t.Text) &&
				!calendarWords[t.Folded] && !stopWord(t.Folded, t.Lower) && !honorifics[t.Folded]
		}
		for i := range toks {
			end := successionAt(toks, i)
			if end < 0 {
				continue
			}
			if namedAround(toks, i, end, name) {
				out = append(out, si)
				break
			}
		}
	}
	return out
}

// namedAround reports whether a person is named within six words of the
// succession word toks[i:end]: after it, a full name or an honorific and
// a name ("replaces Vadim Sorokin", "thay thế ông Zorin"), so that "his
// predecessor left Oslo" names no one; before it, any name, the subject
// of the succession ("Yastrebov, 58, replaces", "Trump picked Sullivan
// to replace"). A name after a preposition of place is where, not who.
func namedAround(toks []corpus.Token, i, end int, name func(int) bool) bool {
	placed := func(j int) bool { return j > 0 && placeWords[toks[j-1].Lower] }
	for j := end; j < end+6 && j < len(toks); j++ {
		if !placed(j) && (name(j) && name(j+1) || honorifics[toks[j].Folded] && name(j+1)) {
			return true
		}
	}
	for j := max(0, i-6); j < i; j++ {
		if !placed(j) && name(j) {
			return true
		}
	}
	return false
}

// successionWordRE matches, lower-cased, the words of successionToldRE
// at the start of a run of tokens joined by spaces.
var successionWordRE = regexp.MustCompile(`^(` + successionWords + `)( |$)`)

// successionAt returns the index of the token after a succession word
// starting at toks[i], or -1.
func successionAt(toks []corpus.Token, i int) int {
	var words []string
	for k := i; k < i+3 && k < len(toks); k++ {
		words = append(words, toks[k].Lower)
	}
	// "thay" replaces a person only before one ("thay ông Huntsman");
	// "thay mặt" is "on behalf of".
	if toks[i].Lower == "thay" && i+1 < len(toks) && honorifics[toks[i+1].Folded] {
		return i + 1
	}
	m := successionWordRE.FindString(strings.Join(words, " "))
	if m == "" {
		return -1
	}
	return i + len(strings.Fields(m))
}
