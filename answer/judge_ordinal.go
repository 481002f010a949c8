package answer

import (
	"regexp"
	"strconv"
	"strings"
)

// The ordinal of an event. "What did they agree at the third round" asks
// of one round among several: a story of the first round, or of the
// talks with no round counted, does not tell what the third agreed. The
// question's ordinal (second and on: "first" is said of too much, "the
// first talks since 2019") of an event noun is a constraint the article
// meets by the same ordinal, in any of the three languages.

// KindOrdinal is the ordinal of the event a question asks about ("the
// third round", "на третьем раунде", "vòng đàm phán thứ ba").
const KindOrdinal ConstraintKind = "ordinal"

// ordinals are the ordinals from the first to the tenth: the English
// word, the Russian stem (ordinalRU endings follow) and the Vietnamese
// numeral after "thứ".
var ordinals = []struct{ en, ru, vi string }{
	{"first", "перв", "nhất"}, {"second", "втор", "hai"}, {"third", "трет", "ba"}, {"fourth", "четв[её]рт", "tư"}, {"fifth", "пят", "năm"},
	{"sixth", "шест", "sáu"}, {"seventh", "седьм", "bảy"}, {"eighth", "восьм", "tám"}, {"ninth", "девят", "chín"},
	{"tenth", "десят", "mười"},
}

const (
	// ordinalRUEndings are the endings of a Russian ordinal adjective
	// ("третий" and its soft declension aside).
	ordinalRUEndings = `(ый|ой|ая|ое|ого|ому|ом|ым|ую|ые|ых|ыми|ий|ья|ье|ьего|ьему|ьем|ьей|ью|ьи|ьих|ьим|ьими)`
	// eventNounsEN/RU/VI are the events a question counts by an ordinal.
	eventNounsEN = `rounds?|sessions?|meetings?|summits?|talks|consultations|conferences?|exchanges?|packages?|phases?|stages?`
	eventNounsRU = `раунд\p{L}*|заседани\p{L}*|встреч\p{L}*|сесси\p{L}*|саммит\p{L}*|переговор\p{L}*|консультаци\p{L}*|конференци\p{L}*|обмен\p{L}*|пакет\p{L}*|этап\p{L}*`
	eventNounsVI = `vòng|phiên|lần|kỳ|đợt|giai đoạn|hội nghị|cuộc`
)

// ordinalREs find, lower-cased, the ordinals of an event from the first
// on (index n-1), in vi/en/ru.
var ordinalREs = func() (out []*regexp.Regexp) {
	for i, o := range ordinals {
		n := i + 1
		if n == 1 {
			o.vi = "nhất|đầu tiên" // "vòng đàm phán đầu tiên" has no "thứ"
		}
		en := `(` + o.en + `|` + ordinalDigits(n) + `)( \p{L}+){0,2} (` + eventNounsEN + `)`
		ru := `(` + o.ru + ordinalRUEndings + `|` + ordinalDigitRU(n) + `)( \p{L}+)? (` + eventNounsRU + `)`
		vi := `(` + eventNounsVI + `)( \p{L}+){0,4} (thứ )?(` + o.vi + `|` + strconv.Itoa(n) + `)`
		if n > 1 {
			vi = `(` + eventNounsVI + `)( \p{L}+){0,4} thứ (` + o.vi + `|` + strconv.Itoa(n) + `)`
		}
		out = append(out, regexp.MustCompile(`(^|[^\p{L}])(`+en+`|`+ru+`|`+vi+`)([^\p{L}]|$)`))
	}
	return out
}()

// askedOrdinal returns the ordinal (2 to 10) of the event query asks
// about and the words that ask it ("third round"), or 0.
func askedOrdinal(query string) (int, string) {
	lower := strings.ToLower(query)
	for i, re := range ordinalREs[1:] {
		if m := re.FindString(lower); m != "" {
			return i + 2, strings.Trim(m, " ,.?!;:")
		}
	}
	return 0, ""
}

// ordinalMet reports whether c does not tell of another event than the
// one q counts: it names the event by the asked ordinal ("the third
// round", "третьего раунда", "vòng đàm phán thứ ba"; "nước thứ ba", a
// third country, is no event), or names no event by another ordinal. A
// passage may leave the round uncounted ("the talks"), but "the first
// round produced agreement only on visas" tells of another round, and
// for a question of what was done, "a third round is expected in April"
// tells of none yet.
func ordinalMet(c *candidate, q *question) bool {
	other := false
	for _, sent := range c.sents {
		lower := strings.ToLower(sent)
		for i, re := range ordinalREs {
			if !re.MatchString(lower) {
				continue
			}
			if i+1 != q.ordinal || !q.futureAsked && (speaksOfFuture(sent) || expectedRE.MatchString(lower)) {
				other = true
				continue
			}
			return true
		}
	}
	return !other
}

// expectedRE finds, lower-cased, an event expected that speaksOfFuture
// misses ("is expected in April", "ожидается", "dự kiến").
var expectedRE = regexp.MustCompile(`(^|[^\p{L}])(expected|ожида\p{L}*|dự kiến)([^\p{L}]|$)`)

// ordinalDigits is the English ordinal of n in digits ("3rd").
func ordinalDigits(n int) string {
	switch n {
	case 2:
		return "2nd"
	case 3:
		return "3rd"
	}
	return strconv.Itoa(n) + "th"
}

// ordinalDigitRU is the Russian ordinal of n in digits ("3-й", "3-го").
func ordinalDigitRU(n int) string { return strconv.Itoa(n) + `-(й|я|е|го|му|м|х)` }
