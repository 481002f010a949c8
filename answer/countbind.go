package answer

import (
	"regexp"
	"strings"

	"github.com/detente/detente/corpus"
)

// participleRURE finds, folded, a Russian participle in the plural
// forms a number governs, passive ("усыновленных", "высланных",
// "убитых", "задерживаемых") or active ("прибывших", "работающих"): a
// participle before the noun counted may govern an agent that stands
// between them, "сколько усыновлённых американцами детей", "сколько
// высланных Канадой дипломатов". Plain adjectives ("раненых",
// "военных") have one "н" and govern nothing.
var participleRURE = regexp.MustCompile(`\p{L}{2,}(нных|тых|вших|щих|емых|имых)$`)

// instrumentalRURE finds, folded, a lower-case Russian noun in the
// instrumental, the case of a passive participle's agent: plural
// "-ами"/"-ями" ("американцами", "властями"), singular "-ом"/"-ем"
// ("судом", "Кремлём" is capitalised). No genitive plural, the case a
// counted noun takes, ends so.
var instrumentalRURE = regexp.MustCompile(`\p{L}{3,}(ами|ями|ом|ем)$`)

// withoutParticipleComplements returns after (the words after
// "сколько") without the agent a participle governs before the noun it
// modifies, in the instrumental ("американцами") or a name ("Канадой"),
// when a noun follows it. A prepositional phrase is left alone: after a
// participle used as a noun it is no part of what is counted
// ("сколько военнослужащих в российском списке" counts servicemen).
func withoutParticipleComplements(after []corpus.Token) []corpus.Token {
	for j := 0; j+1 < len(after) && j < 3; j++ {
		if !participleRURE.MatchString(after[j].Folded) {
			if adjectiveRU(after[j].Folded) {
				continue
			}
			return after
		}
		k := j + 1
		if w := after[k]; !capitalisedWord(w.Text) && !(instrumentalRURE.MatchString(w.Folded) && !adjectiveRU(w.Folded)) {
			return after
		}
		if k++; k >= len(after) {
			return after
		}
		// The noun the agent stands before: no adjective, no verb, no
		// stop word ("сколько высланных Канадой было").
		if w := after[k]; cyrillic(w.Folded) && !capitalisedWord(w.Text) && !adjectiveRU(w.Folded) && !verbRU(w.Folded) && !corpus.IsStopWord("ru", w.Folded) && !countSkipRU[w.Folded] {
			out := append(append([]corpus.Token{}, after[:j+1]...), after[k:]...)
			return out
		}
		return after
	}
	return after
}

// peopleCompoundVI reports whether the Vietnamese syllables from k of
// toks spell a word for people of two or three syllables ("40 chuyên
// gia", "5 nhà ngoại giao", "12 lính cứu hỏa"): the tokenizer splits a
// Vietnamese word into its syllables, so peopleRE's compounds never
// match one token alone.
func peopleCompoundVI(toks []corpus.Token, k int) bool {
	w := toks[k].Lower
	for n := k + 1; n < len(toks) && n <= k+2; n++ {
		w += " " + toks[n].Lower
		if peopleRE.MatchString(w) || peopleCompoundsVI[w] {
			return true
		}
	}
	return peopleHeadsVI[toks[k].Lower]
}

var (
	// peopleCompoundsVI are Vietnamese words for people of two
	// syllables or more that peopleRE does not list, lower-cased.
	peopleCompoundsVI = setOf("binh sĩ", "quân nhân", "cảnh sát", "phóng viên", "nhà báo", "cư dân", "người dân", "công nhân", "kỹ sư", "bác sĩ", "giáo viên", "học sinh", "du khách",
		"tình nguyện viên", "nghệ sĩ", "vũ công", "nhạc công", "vận động viên", "ngư dân", "thợ săn")
	// peopleHeadsVI, lower-cased, begin a Vietnamese word for people by
	// themselves: "lính" (soldier) heads "lính cứu hỏa" (firefighters),
	// "lính thủy" (sailors).
	peopleHeadsVI = setOf("lính")
)

// anaphorOpenRE finds, lower-cased, a sentence that opens on a pronoun
// for what the sentence before named, alone or after a preposition: "In
// it, …", "It offered …", "They …", "В нём говорилось …", "Они …",
// "Trong đó, …", "Theo đó, …", "Họ …". Such a sentence goes on telling
// the thing named before it, and a count it gives is of that thing.
var anaphorOpenRE = regexp.MustCompile(`^[«"'(\s]*((in|under|with|by) (it|them)|it|they|в (нём|нем|ней|них)|по (нему|ней|ним)|согласно (ему|ей|им)|он|она|оно|они|trong đó|theo đó|họ)([^\p{L}]|$)`)

// opensOnAnaphor reports whether sentence opens on a pronoun for what
// the sentence before it named (anaphorOpenRE). A bare "it" before a
// copula or a verb of seeming is English's empty subject ("It is not
// clear whether …", "It remains to be seen"), no reference.
func opensOnAnaphor(sentence string) bool {
	l := strings.ToLower(strings.TrimSpace(sentence))
	m := anaphorOpenRE.FindStringSubmatch(l)
	if m == nil {
		return false
	}
	if m[1] == "it" {
		rest := strings.Fields(l[len(m[0]):])
		return len(rest) > 0 && !expletiveAfterIt[strings.Trim(rest[0], ",.;:")]
	}
	return true
}

// expletiveAfterIt, lower-cased, follow an empty "it": "It is unclear",
// "It was not", "It remains to be seen", "It seems".
var expletiveAfterIt = setOf("is", "was", "'s", "has", "had", "will", "would", "remains", "seems", "appears", "took", "takes")

// pastVerbEN reports whether a lower-case English word has the ending
// of a verb in the past ("toured", "visited"): after the noun a "how
// many" question counts, it begins the predicate ("how many American
// expert toured the lab" counts experts, not tours). Only read after
// another word of the noun phrase: first, "armed", "detained" modify
// the noun ("how many detained journalists").
func pastVerbEN(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && asciiLetters(w)
}

// pluralEN reports whether a lower-case English word ends as a plural
// noun does ("experts", "visas"), not as "-ss" ("press").
func pluralEN(w string) bool {
	return len(w) > 2 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && asciiLetters(w)
}
