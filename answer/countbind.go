package answer

import (
	"regexp"
	"strings"
	"unicode"

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
		if peopleRE.MatchString(w) || peopleCompoundsVI[w] || personSuffixVI(w) {
			return true
		}
	}
	return peopleHeadsVI[toks[k].Lower]
}

// peopleWordAt reports whether toks[k], after a number, is a word for
// people (peopleRE). A Vietnamese syllable that begins such words begins
// words for things as well: "nhà" is "nhà báo" (journalist) and "nhà
// máy" (factory), "công" "công dân" and "công ty" (company), "nhân"
// "nhân viên" and "nhân dịp", "tù" "tù nhân" and "nhà tù". Alone, it
// counts people only in one of those words ("5 nhà máy" counts
// factories); "nhà" before a syllable that makes no building ("12 nhà
// hoạt động", activists; "nhà nghiên cứu", researchers) is a person by
// his work, the way Vietnamese coins such words.
func peopleWordAt(toks []corpus.Token, k int) bool {
	w := toks[k].Lower
	if !peopleSyllablesVI[w] {
		return peopleRE.MatchString(w)
	}
	if peopleCompoundVI(toks, k) {
		return true
	}
	if w != "nhà" || k+1 >= len(toks) || toks[k].End != toks[k+1].Start-1 {
		return false
	}
	next := toks[k+1]
	return next.Lower == next.Text && !buildingsVI[next.Folded] && !thingsAfterNhaVI[next.Lower] && !corpus.IsStopWordVI(next.Lower) && !strings.ContainsFunc(next.Text, unicode.IsDigit)
}

// personSuffixVI reports whether a Vietnamese word of two or three
// syllables (lower-cased) ends in a Sino-Vietnamese suffix of persons:
// "sĩ" (nghệ sĩ, artist; ca sĩ, bác sĩ, binh sĩ) or "viên" (nhân viên,
// diễn viên, vận động viên, ủy viên), not "công viên" (a park).
func personSuffixVI(w string) bool {
	return (strings.HasSuffix(w, " sĩ") || strings.HasSuffix(w, " viên")) && w != "công viên"
}

var (
	// peopleSyllablesVI are the syllables of peopleRE that begin
	// Vietnamese words for things too (peopleWordAt).
	peopleSyllablesVI = setOf("nhà", "công", "nhân", "tù")
	// thingsAfterNhaVI, lower-cased, make "nhà" a house, a building or a
	// firm beside buildingsVI: "nhà khách" (guesthouse), "nhà kính",
	// "nhà xưởng", "nhà nghỉ", "nhà trọ", "nhà dân" (houses), "nhà
	// riêng", "nhà cửa", "nhà trẻ", "nhà xuất bản" (publisher), "nhà
	// mạng" (carrier), "nhà cung cấp" (supplier), "nhà sản xuất"
	// (maker), "nhà điều hành" (operator), "nhà thầu" (contractor), "nhà
	// băng" (bank), "nhà đất".
	thingsAfterNhaVI = setOf("khách", "kính", "xưởng", "nghỉ", "trọ", "dân", "riêng", "cửa", "trẻ", "xuất", "mạng", "cung", "sản", "điều", "thầu", "băng", "đất", "chứa", "bếp", "trường", "văn", "thi", "tạm", "lưu", "để", "vệ")

	// peopleCompoundsVI are Vietnamese words for people of two
	// syllables or more that peopleRE does not list, lower-cased.
	peopleCompoundsVI = setOf("binh sĩ", "quân nhân", "cảnh sát", "phóng viên", "nhà báo", "cư dân", "người dân", "công nhân", "kỹ sư", "bác sĩ", "giáo viên", "học sinh", "du khách",
		"công chức", "công an", "nhân chứng", "tù binh", "nhà văn", "nhà thơ", "nhà sư", "nhà đàm phán", "nhà nghiên cứu", "nhà hoạt động", "nhà lập pháp", "nhà quan sát", "nhà phân tích")
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

// classifierCounted reports whether the noun at p of c is counted later
// in its sentence by a number and a classifier or measure word that
// stands for it: "số lượng gấu trong quần thể ước tính khoảng 2.900
// con" (bears, "con" for animals), "самолётов осталось 4 штуки", "the
// herd is put at 300 head". The classifier closes its phrase (the end
// of the sentence, a comma, a function word): "3 chiếc máy bay" counts
// the aircraft after it, not the noun before.
func classifierCounted(c *candidate, p int) bool {
	s := c.sent[p]
	for q := p + 1; q+1 < len(c.lower) && q <= p+12 && c.sent[q+1] == s; q++ {
		if !isCount(c.lower[q]) || isYear(c.lower[q]) || !measureClassifiers[c.lower[q+1]] {
			continue
		}
		if n := q + 2; n >= len(c.lower) || c.sent[n] != s || stopWord(c.full[n], c.lower[n]) || afterHeadVI[c.lower[n]] {
			return true
		}
	}
	return false
}

// measureClassifiers, lower-cased, stand after a number for a noun named
// before them: Vietnamese "con" (animals), "chiếc", "cái", "quả",
// "tấm", "bức" (things); Russian "штук", "единиц" (pieces, units),
// "голов" (head of cattle); English "head", "units", "pieces".
var measureClassifiers = setOf("con", "chiếc", "cái", "quả", "tấm", "bức",
	"штук", "штука", "штуки", "единиц", "единицы", "единица", "голов", "головы",
	"head", "units", "pieces")

// recipientsCounted reports whether the thing at p of c, given to
// people one each, is counted by the people it went to: "cấp thị thực
// cho 52 nghệ sĩ" (visas issued to 52 artists), "visas for 48
// musicians", "выдал визы 48 артистам", "визы для 48 артистов". The
// count right after the preposition (or, in Russian, right after the
// noun, before a dative) must count people.
func recipientsCounted(c *candidate, p int) bool {
	s := c.sent[p]
	if s >= len(c.sents) {
		return false
	}
	// The sentence's tokens are c's words from the sentence's first.
	first := p
	for first > 0 && c.sent[first-1] == s {
		first--
	}
	return recipientsAt(corpus.Tokenize(c.sents[s]), p-first)
}

// recipientsAt is recipientsCounted for the thing at p of a sentence's
// tokens.
func recipientsAt(toks []corpus.Token, p int) bool {
	for k := p + 1; k <= p+2 && k+1 < len(toks); k++ {
		at := -1
		switch {
		case recipientPrepositions[toks[k].Lower] && isCount(toks[k+1].Lower):
			at = k + 1
		case k == p+1 && cyrillic(toks[k+1].Lower) && isCount(toks[k].Lower) && datives.MatchString(toks[k+1].Lower):
			at = k
		}
		if at < 0 || isYear(toks[at].Lower) {
			continue
		}
		for n := at + 1; n <= at+3 && n < len(toks); n++ {
			if peopleWordAt(toks, n) || peopleRURE.MatchString(toks[n].Folded) || agentRE.MatchString(toks[n].Folded) || peopleCompoundVI(toks, n) {
				return true
			}
			if countsOther(toks[n]) && !cyrillic(toks[n].Folded) {
				break
			}
		}
	}
	return false
}

var (
	// recipientPrepositions, lower-cased, name to whom a thing is given.
	recipientPrepositions = setOf("to", "for", "cho", "для")
	// datives finds, folded, a Russian plural in the dative, the case of
	// whom a thing is given without a preposition ("48 артистам").
	datives = regexp.MustCompile(`\p{L}{3,}(ам|ям)$`)
)

// vagueAt reports whether the number word at j of c gives only an order
// of size ("dozens of", "сотни", "hàng trăm"; vagueCountRE): it says
// there were many, not how many.
func vagueAt(c *candidate, j int) bool {
	w := c.lower[j]
	return vagueCountRE.MatchString(w) || j > 0 && c.sent[j-1] == c.sent[j] && vagueCountRE.MatchString(c.lower[j-1]+" "+w)
}
