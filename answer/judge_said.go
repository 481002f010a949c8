package answer

import (
	"github.com/detente/detente/corpus"
)

// Who says a sentence. "What did Menon say about the S-400 deliveries?"
// is not answered by "…the S-400 units, which Orlov said would arrive in
// the agreed time frame" though the next sentence quotes Menon; nor
// "What did Lebedev say about the flights?" by "He said four flights
// would be covered", whose "he" is the previous sentence's Kline. A
// sentence that names who says it is that person's words; one whose
// speaker is a pronoun is the previous sentence's speaker's; only a
// sentence with no speaker of its own may be told by a neighbour's.

// saidNear reports whether sentence s of c, which does not itself name
// the question's speaker, is that speaker's words by a neighbour
// (named: the sentences that name him).
func saidNear(c *candidate, s int, named map[int]bool) bool {
	switch attribution(c.sents[s]) {
	case saidByName:
		return false
	case saidByPronoun:
		return named[s-1]
	}
	return named[s-1] || named[s+1]
}

// The speaker a sentence gives itself.
const (
	saidByNone = iota
	saidByName
	saidByPronoun
)

// attribution returns who a sentence says says it: a name beside a
// saying verb ("Orlov said", "said Treasury Under Secretary Elena
// Marsh", "заявил Орлов", "ông Tolliver cho biết"), a pronoun ("he
// said", "она добавила", "ông cho biết", "по её словам"), or none. A
// capitalised word that opens the sentence alone is no name: "Officials
// said" and "Lebedev also said" are written alike.
func attribution(sentence string) int {
	toks := corpus.Tokenize(sentence)
	for i := range toks {
		n := sayingVerb(toks, i)
		if n == 0 {
			continue
		}
		// Before the verb, over an adverb ("Drozdova also said",
		// "Дроздова также сообщила").
		for j := i - 1; j >= 0 && j >= i-2; j-- {
			t := toks[j]
			if speakerPronouns[t.Folded] {
				return saidByPronoun
			}
			if capitalisedWord(t.Text) && !honorifics[t.Folded] {
				if j > 0 || j+1 < i && capitalisedWord(toks[j+1].Text) {
					return saidByName
				}
				break
			}
			if !sayAdverbs[t.Folded] {
				break
			}
		}
		// After it ("said Orlov", "заявил Орлов", "по словам Орлова").
		if k := i + n; k < len(toks) {
			if speakerPronouns[toks[k].Folded] {
				return saidByPronoun
			}
			if capitalisedWord(toks[k].Text) && !honorifics[toks[k].Folded] {
				return saidByName
			}
		}
	}
	return saidByNone
}

// sayingVerb returns how many words at toks[i] spell a verb of saying
// (vi/en/ru), or 0.
func sayingVerb(toks []corpus.Token, i int) int {
	w := toks[i].Folded
	if i+1 < len(toks) {
		if two := w + " " + toks[i+1].Folded; sayingPhrases[two] {
			return 2
		}
	}
	if sayingWords[w] {
		return 1
	}
	return 0
}

var (
	// sayingWords, folded, report speech.
	sayingWords = setOf("said", "says", "told", "added", "noted", "stressed", "warned", "insisted", "explained",
		"заявил", "заявила", "сказал", "сказала", "сообщил", "сообщила", "отметил", "отметила", "добавил", "добавила",
		"подчеркнул", "подчеркнула", "пояснил", "пояснила", "словам")
	// sayingPhrases, folded, report speech in two words.
	sayingPhrases = setOf("cho biet", "khang dinh", "nhan manh", "tuyen bo", "cho rang", "according to")
	// speakerPronouns, folded, stand for a speaker named before.
	speakerPronouns = setOf("he", "she", "он", "она", "его", "ее", "ong", "ba")
	// sayAdverbs, folded, may stand between a speaker and his verb.
	sayAdverbs = setOf("also", "later", "then", "further", "также", "тоже", "затем", "позже", "cung", "con")
)
