package answer

import (
	"regexp"
	"slices"
	"strings"

	"github.com/detente/detente/corpus"
)

// A distance asked ("how far from the bay", "на каком расстоянии от
// берега", "как далеко от", "cách bờ bao xa") is answered by a number of
// a unit of length ("40 km", "в 40 километрах к югу", "cách 40 cây số"),
// not by any number of the story: across languages the question's words
// for the place measured from ("bay", "бухта") often have no translation,
// and the sentence holding a count ("96 voyages") would lead on the
// number alone.
var (
	distanceQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(how far|how many (kilomet\p{L}*|miles|metres|meters)|at what distance|what distance|(на )?каком расстоянии|как далеко|сколько (километров|миль|метров)|(cách|cach) (\p{L}+ ){0,6}(bao xa|bao nhiêu (km|cây số|dặm|hải lý|mét))|bao xa|xa (cỡ|đến mức|tới mức) nào|khoảng cách (là )?bao nhiêu)([^\p{L}]|$)`)
	// distanceRE finds a distance told in a sentence: a figure, or a
	// number word, before a unit of length, in vi/en/ru.
	distanceRE = regexp.MustCompile(`(?i)(\d[\d.,]*\s?-?\s?|(^|[^\p{L}])(a few|several|a|one|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|нескольк\p{L}*|дв\p{L}*|тр[её]х|четыр\p{L}*|пят\p{L}*|шест\p{L}*|сем\p{L}*|восьм\p{L}*|девят\p{L}*|десят\p{L}*|сотн\p{L}*|vài|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|hàng chục|hàng trăm) )(km|kilomet(er|re)s?|(nautical )?miles?|met(er|re)s?|км|километр\p{L}*|морск\p{L}* мил\p{L}*|мил(я|и|ь|ях|ями|ей)|метр(а|ов|ах)?|cây số|dặm|hải lý|mét)([^\p{L}]|$)`)
)

// asksDistance reports whether query asks how far (distanceQuestionRE):
// "How far will Moscow go" asks no distance, and is read as one only
// where a sentence gives a distance (see scored).
func asksDistance(query string) bool {
	return distanceQuestionRE.MatchString(strings.ToLower(query))
}

// Asked where from ("where did the cutter sail from", "откуда вылетел
// вертолёт", "cất cánh từ đâu", "from which port", "из какого порта",
// "xuất phát từ cảng nào"), a place after a preposition of origin
// answers ("sailed from Dutch Harbor", "из Анадыря", "từ đảo Attu"), not
// the place where the story happened ("the handover took place at
// Yelizovo airport"), which a question of where a thing set out from
// most often names already or does not ask.
var (
	whereFromQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(откуда|where from|from where|from which (\p{L}+ )?(port|airport|base|city|town|harbou?r|island|airfield|country)|из как\p{L}* (\p{L}+ )?(порт\p{L}*|аэропорт\p{L}*|баз\p{L}*|город\p{L}*|гаван\p{L}*|стран\p{L}*|остров\p{L}*|аэродром\p{L}*)|с как\p{L}* (\p{L}+ )?(баз\p{L}*|аэродром\p{L}*|остров\p{L}*)|(từ|tu) (đâu|dau)|(xuất phát|khởi hành|cất cánh|rời|xuat phat|khoi hanh|cat canh) (từ |tu )?(\p{L}+ )?(nào|nao))([^\p{L}]|$)`)
	// placeOfKindQuestionRE asks which port, airport or base, in
	// vi/ru (English "which port" is whichPlaceQuestionRE's and
	// whereFromQuestionRE's): a place answers it, as "where" does.
	placeOfKindQuestionRE = regexp.MustCompile(`(^|[^\p{L}])((cảng|bến cảng|sân bay|căn cứ|hải cảng|cang|san bay|can cu) (\p{L}+ ){0,2}(nào|nao)|(из|в|на|с|до|к) как\p{L}* (порт\p{L}*|аэропорт\p{L}*|баз\p{L}*|гаван\p{L}*|аэродром\p{L}*))([^\p{L}]|$)`)
)

// originRE finds a place of origin in a sentence: a capitalised name
// after a preposition of origin or a verb of leaving ("sailed from Dutch
// Harbor", "left Kodiak", "rời cảng Hải Phòng", "вылетел из Анадыря",
// "покинул порт Находка"), maybe after a noun of the kind of place.
var originRE = regexp.MustCompile(`(^|[^\p{L}])(from|out of|left|leaving|leaves|departed|departing|departs|từ|rời|rời khỏi|xuất phát từ|khởi hành từ|из|изо|покинул\p{L}*|покинет|покидает|покидают)\s+((?:the |(?:\p{Ll}+ ){0,2}` + placeNouns + `(?: of)?(?: the)? )?)(\p{Lu}[\p{L}-]*)`)

// namesOrigin reports whether c names a place of origin (originRE) the
// question does not name; when bound, within whenReach words of what
// the question asks about, if the sentence holds any of it (as
// namesPlace): in "Crews from the U.S. Coast Guard ... practised off
// Chukotka", the crews' country is no origin of the ship asked.
func namesOrigin(c *candidate, t terms, bound bool) bool {
	toks := corpus.Tokenize(c.text)
	near := c.asked(t)
	for _, m := range originRE.FindAllStringSubmatchIndex(c.text, -1) {
		i := slices.IndexFunc(toks, func(tk corpus.Token) bool { return tk.Start >= m[8] })
		if i < 0 || i >= len(c.words) {
			continue
		}
		if placeAt(c, t, toks, near, m, i, bound) {
			return true
		}
	}
	return false
}

// asksWhereFrom reports whether query asks where from and not also
// where to (fromToQuestionRE asks both ends).
func asksWhereFrom(query string) bool {
	lower := strings.ToLower(query)
	return (whereFromQuestionRE.MatchString(lower) || whereEndFromRE.MatchString(lower)) && !fromToQuestionRE.MatchString(lower)
}

// whereEndFromRE is an English question opened by "where" and closed by
// "from" ("Where did the plane take off from?"): not "How did they hide
// where the gas came from?", which asks how.
var whereEndFromRE = regexp.MustCompile(`^\s*where\b[^?]*\bfrom\s*\?*\s*$`)

// measureRE finds a measured amount in a sentence: a figure, maybe with
// a word of scale, before a unit of length, weight or money ("40
// km", "2,5 тысячи тонн", "about 4 million kroner", "$310,000", "1.200
// tấn"), in vi/en/ru.
var measureRE = regexp.MustCompile(`(?i)([$€£¥₽]\s?\d[\d.,]*(\s?(thousand|million|billion|bn|m)\b)?|\d[\d.,]*\s?-?\s?((thousand|million|billion|тысяч\p{L}*|тыс\.|миллион\p{L}*|млн|миллиард\p{L}*|млрд|nghìn|ngàn|triệu|tỷ|tỉ)\s)?(km|kilomet(er|re)s?|(nautical )?miles?|met(er|re)s?|км|километр\p{L}*|морск\p{L}* мил\p{L}*|мил(я|и|ь|ях|ями|ей)|метр(а|ов|ах)?|cây số|dặm|hải lý|mét|tonnes?|tons?|kg|kilograms?|тонн\p{L}*|кг|килограмм\p{L}*|tấn|hectares?|гектар\p{L}*|ha|barrels?|баррел\p{L}*|thùng|cubic met(er|re)s?|кубометр\p{L}*|m3|` + currencyWords + `|` + moreCurrencyWords + `)([^\p{L}]|$))`)

// countsThings reports whether a "how many" question counts things or
// people by the noun unit (countedUnit), not an amount of a mass ("how
// much gas", "сколько нефти"), which a measure answers: English asks it
// with "how many", Russian with the noun in the genitive plural
// ("сколько спасателей", "сколько судов"); a noun of people is counted
// in any language ("bao nhiêu nhân viên"). A measured amount ("40
// km", "2,500 tonnes of fuel") does not count such a noun: across
// languages, where the lexicon gives the counted noun no translation
// ("responders" for "спасатели"), the story's measures would answer on
// their number alone.
func countsThings(query, unit string) bool {
	if unit == "" || unit == durationUnit || unit == percentUnit || scaleWord(unit) || measureRE.MatchString("1 "+unit) {
		return false
	}
	lower := strings.ToLower(query)
	if peopleNounRE.MatchString(unit) || strings.Contains(lower, "how many") {
		return true
	}
	// The unit is a stem ("спасател"): its ending is the question's.
	_, words := tokens(query)
	return cyrillic(unit) && slices.ContainsFunc(words, func(w string) bool {
		return strings.HasPrefix(w, unit) && (strings.HasSuffix(w, "ов") || strings.HasSuffix(w, "ев") || strings.HasSuffix(w, "ёв") || strings.HasSuffix(w, "ей"))
	})
}

// currencyWords and moreCurrencyWords are the currency names measureRE
// reads after a figure as a measured amount, not a count ("4 million
// kroner" is no answer to "how many"). moneyRE (money.go) knows more
// names and matches without the figure; joining the two lists is left for
// a change of its own.
const currencyWords = `usd|eur|rub|cny|vnd|dollars?|euros?|roubles?|rubles?|yuan|yen|pounds?|иен\p{L}*|йен\p{L}*|yên|доллар\p{L}*|долл|евро|руб\p{L}*|юан\p{L}*|đô la|đôla|tỷ đồng|triệu đồng|nghìn đồng|euro|nhân dân tệ`

const moreCurrencyWords = `kroner|kronor|krone|krona|крон|кроны|кронами|curon|francs?|франк(а|ов|ами)?|hryvnias?|гривен|гривн\p{L}*|tenge|тенге|rúp`
