package answer

import (
	"regexp"
	"strings"

	"github.com/detente/detente/corpus"
)

// The first day of a thing. "How many people came to the exhibition on
// its first day", "сколько человек прошло через пункт в первый день",
// "bao nhiêu người ... trong ngày đầu tiên" ask a count of one moment;
// a story that gives the exhibition's 38 paintings, or the crossing's
// capacity of "up to 500 people a day", gives other numbers of the same
// thing and not that one. The count must be told where the story names
// that first period.

// firstPeriodRE finds, lower-cased, the first or opening day, week,
// month or year of something, in vi (with or without diacritics), en
// and ru.
var firstPeriodRE = regexp.MustCompile(`(^|[^\p{L}])((first|opening|initial) (day|days|week|weeks|month|months|year|hours)|day one|` +
	`(в )?перв\p{L}* (день|дни|дня|сутки|недел\p{L}*|месяц\p{L}*|год|года|часы|часов)|(в )?день открытия|` +
	`(ngày|tuần|tháng|năm|giờ|ngay|tuan|thang|nam|gio) (đầu|dau)|(ngày|ngay) (khai mạc|khai mac))([^\p{L}]|$)`)

// asksFirstPeriod reports whether a "how many" question asks of the
// first period of something (firstPeriodRE).
func asksFirstPeriod(query string) bool {
	return firstPeriodRE.MatchString(strings.ToLower(query))
}

// firstPeriodCounted reports whether c names a first period
// (firstPeriodRE) in a sentence that gives a number, or in the sentence
// before one: "On the first day 4,200 visitors came", "В первый день
// работы пункта. Через него прошли 120 человек".
func firstPeriodCounted(c *candidate) bool {
	for i, s := range c.sents {
		if !firstPeriodRE.MatchString(strings.ToLower(s)) {
			continue
		}
		if givesNumber(s) || i+1 < len(c.sents) && givesNumber(c.sents[i+1]) {
			return true
		}
	}
	return false
}

// givesNumber reports whether sentence writes a count other than a year
// (isCount: digits or a number word).
func givesNumber(sentence string) bool {
	for _, t := range corpus.Tokenize(sentence) {
		if isCount(t.Lower) && !isYear(t.Folded) && !oneWords[t.Lower] {
			return true
		}
	}
	return false
}

// A sum for each. "How much is each engineer paid", "mỗi kỹ sư được trả
// bao nhiêu tiền", "сколько получит каждый инженер" ask a sum per head;
// the repair's total cost, "3.5 million euros", is not one. The sum must
// be written as one for each: "each", "per", "apiece", "mỗi", "từng",
// "каждому", "по 500 евро", "на человека".

// perHeadAskRE finds, lower-cased, a question's "each" or "per" before
// a noun, in vi (with or without diacritics), en and ru. A unit of time
// after it is a rate (askedPeriod), not a head.
var perHeadAskRE = regexp.MustCompile(`(^|[^\p{L}])(each|every|per|mỗi|moi|từng|кажд\p{L}*) (\p{L}+)`)

// perTimeUnits, lower-cased, follow "each" or "mỗi" in a rate ("mỗi
// tháng", "each year", "каждый день").
var perTimeUnits = setOf("day", "week", "month", "year", "hour", "time", "ngày", "ngay", "tuần", "tuan", "tháng", "thang", "năm", "nam", "giờ", "gio", "lần", "lan",
	"день", "дня", "неделю", "недели", "месяц", "месяца", "год", "года", "час", "раз")

// asksPerHead reports whether a question for a sum of money asks it for
// each of something (perHeadAskRE) other than a unit of time.
func asksPerHead(query string) bool {
	for _, m := range perHeadAskRE.FindAllStringSubmatch(strings.ToLower(query), -1) {
		if !perTimeUnits[m[3]] {
			return true
		}
	}
	return false
}

// perHeadRE finds, lower-cased, a sum written as one for each: "each",
// "apiece", "per person", "a head", "mỗi", "từng", "mỗi người", "каждому",
// "на человека", or the Russian distributive "по" before a number.
var perHeadRE = regexp.MustCompile(`(^|[^\p{L}])(each|apiece|per|a head|a person|mỗi|từng|кажд\p{L}*|на человека|на одного|на душу|по \d)`)

// perHeadPriced reports whether c gives a sum of money in a sentence that
// writes it as one for each (perHeadRE).
func perHeadPriced(c *candidate) bool {
	for _, s := range c.sents {
		if moneyRE.MatchString(s) && perHeadRE.MatchString(strings.ToLower(s)) {
			return true
		}
	}
	return false
}
