package corpus

import (
	"strconv"
	"strings"
	"time"
)

// This file reads what a question says about time: "the latest talks",
// "hiện nay", "сейчас" ask for the newest state of things; "in 2025",
// "tháng 3/2026", "в декабре 2025 года", "this week", "năm ngoái" name a
// window. Retrieval turns the cue into a ranking preference; the cue itself
// is text analysis, so it lives here beside the tokenizer it reads with.

// TimeCue is what a question says about the time it asks about. The zero
// value says nothing.
type TimeCue struct {
	// Recent: the question asks for the newest state of things ("latest",
	// "now", "currently", "gần đây", "mới nhất", "сейчас", "последние").
	Recent bool
	// Year and Month name an absolute window: a year (Month 0), or one
	// month of it. A Month with Year 0 ("in March") is that month in the
	// last year that has it by the reference date (see Window).
	Year  int
	Month time.Month
	// Period is a window named relative to the present ("this week",
	// "năm ngoái", "в прошлом месяце"), resolved against the reference date.
	Period Period
}

// Period is a window named relative to the present.
type Period int

// The relative periods. Weeks are the seven days ending on the reference
// date (or the seven before them), not calendar weeks: news of "this week"
// asked on a Monday means the last few days, not one day. Months and years
// named "this"/"last" are calendar ones; "the past month/year" are the 30
// and 365 days ending on the reference date.
const (
	NoPeriod  Period = iota
	ThisWeek         // "this week", "the past week", "tuần này", "на этой неделе"
	LastWeek         // "last week", "tuần trước", "на прошлой неделе"
	ThisMonth        // "this month", "tháng này", "в этом месяце"
	PastMonth        // "the past month", "tháng qua", "за последний месяц"
	LastMonth        // "last month", "tháng trước", "в прошлом месяце"
	ThisYear         // "this year", "năm nay", "в этом году"
	PastYear         // "the past year", "năm qua", "за последний год"
	LastYear         // "last year", "năm ngoái", "в прошлом году"
)

// IsZero reports a question that says nothing about time.
func (c TimeCue) IsZero() bool { return c == TimeCue{} }

// HasWindow reports whether the cue names a window of time.
func (c TimeCue) HasWindow() bool { return c.Year != 0 || c.Month != 0 || c.Period != NoPeriod }

// Window is a span of publication dates a question asks about.
type Window struct {
	From, To time.Time // [From, To), UTC midnights
}

// Holds reports whether an article published on published is of the
// window. An undated article is not: nothing says it is.
//
// An article that only names the window's year ("detained in 2024") is
// not of it either. Counting those was tried: on the tune split it lifted
// passages naming the year in passing over the article's account of the
// event, and a 2024 near miss that had been refused was answered; no
// question gained.
func (w Window) Holds(published time.Time) bool {
	return !published.IsZero() && !published.Before(w.From) && published.Before(w.To)
}

// Window returns the window the cue names, resolving relative periods and
// a month without a year against ref, the date the question is taken to
// be asked on (the caller chooses it; retrieval uses the newest
// publication date in the corpus). ok is false when the cue names no
// window, or ref is needed and zero.
func (c TimeCue) Window(ref time.Time) (w Window, ok bool) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	span := func(from, to time.Time) (Window, bool) { return Window{From: from, To: to}, true }
	switch {
	case c.Year != 0 && c.Month != 0:
		from := day(c.Year, c.Month, 1)
		return span(from, from.AddDate(0, 1, 0))
	case c.Year != 0:
		return span(day(c.Year, 1, 1), day(c.Year+1, 1, 1))
	}
	if ref.IsZero() || (c.Month == 0 && c.Period == NoPeriod) {
		return Window{}, false
	}
	ref = day(ref.Year(), ref.Month(), ref.Day())
	end := ref.AddDate(0, 0, 1) // the reference day itself is inside
	if c.Month != 0 {
		y := ref.Year()
		if c.Month > ref.Month() {
			y-- // "in December" asked in March means the December before
		}
		from := day(y, c.Month, 1)
		return span(from, from.AddDate(0, 1, 0))
	}
	thisMonth := day(ref.Year(), ref.Month(), 1)
	thisYear := day(ref.Year(), 1, 1)
	switch c.Period {
	case ThisWeek:
		return span(end.AddDate(0, 0, -7), end)
	case LastWeek:
		return span(end.AddDate(0, 0, -14), end.AddDate(0, 0, -7))
	case ThisMonth:
		return span(thisMonth, thisMonth.AddDate(0, 1, 0))
	case PastMonth:
		return span(end.AddDate(0, 0, -30), end)
	case LastMonth:
		return span(thisMonth.AddDate(0, -1, 0), thisMonth)
	case ThisYear:
		return span(thisYear, thisYear.AddDate(1, 0, 0))
	case PastYear:
		return span(end.AddDate(0, 0, -365), end)
	case LastYear:
		return span(thisYear.AddDate(-1, 0, 0), thisYear)
	}
	return Window{}, false
}

// recentPhrases are folded word sequences that ask for the newest state
// of things. "last" alone is not one: "how long did the talks last". A final "*" matches any ending of the last word (Russian
// inflects: "последние", "последних", "недавно", "недавних").
var recentPhrases = phraseList(
	// en
	"latest", "newest", "most recent", "recent", "recently", "lately", "now", "currently", "current",
	"nowadays", "these days", "at the moment", "at present", "presently", "today", "so far", "the last",
	"last time",
	// vi, folded ("hiện nay", "gần đây", "mới nhất", ...)
	"hien nay", "hien tai", "hien gio", "bay gio", "luc nay", "gan day", "moi day", "moi nhat",
	"gan nhat", "lan cuoi", "hom nay", "dao nay",
	// ru, folded (ё is е)
	"сейчас", "теперь", "ныне", "нынешн*", "в настоящее время", "на данный момент", "на сегодня",
	"сегодня", "последн*", "недавн*", "новейш*", "текущ*", "свеж*",
)

// periodPhrases name relative windows. They are matched before the recency
// phrases, whose words they share ("last week" is a window, not "the
// latest"; "за последний месяц" likewise). "за год" and "за месяц" are
// left out: as often as "in the past year" they mean "per year".
var periodPhrases = []struct {
	p       Period
	phrases []phrase
}{
	{ThisWeek, phraseList("this week", "past week", "tuan nay", "tuan qua", "на этой неделе",
		"за последнюю неделю", "за прошедшую неделю", "на текущей неделе")},
	{LastWeek, phraseList("last week", "previous week", "tuan truoc", "на прошлой неделе")},
	{ThisMonth, phraseList("this month", "thang nay", "в этом месяце", "в текущем месяце")},
	{PastMonth, phraseList("past month", "thang qua", "за последний месяц", "за прошедший месяц")},
	{LastMonth, phraseList("last month", "previous month", "thang truoc", "в прошлом месяце")},
	{ThisYear, phraseList("this year", "nam nay", "в этом году", "в текущем году", "с начала года")},
	{PastYear, phraseList("past year", "nam qua", "за последний год", "за прошедший год")},
	{LastYear, phraseList("last year", "previous year", "nam ngoai", "nam truoc", "в прошлом году")},
}

// phrase is a folded word sequence; prefix lets its last word be any word
// beginning with it.
type phrase struct {
	words  []string
	prefix bool
}

func phraseList(ss ...string) []phrase {
	out := make([]phrase, len(ss))
	for i, s := range ss {
		p := phrase{words: strings.Fields(s)}
		if last := p.words[len(p.words)-1]; strings.HasSuffix(last, "*") {
			p.words[len(p.words)-1], p.prefix = strings.TrimSuffix(last, "*"), true
		}
		out[i] = p
	}
	return out
}

// at reports whether p occurs in words at i.
func (p phrase) at(words []string, i int) bool {
	if i+len(p.words) > len(words) {
		return false
	}
	for j, w := range p.words {
		got := words[i+j]
		if p.prefix && j == len(p.words)-1 {
			if !strings.HasPrefix(got, w) {
				return false
			}
		} else if got != w {
			return false
		}
	}
	return true
}

// ParseTimeCue reads the time cue of a question (see TimeCue). A year is a
// window only where it is framed as one ("in 2025", "the 2024 exchange",
// "năm 2025", "в 2025 году", "March 2026", "tháng 3/2026"): "by 2030",
// "until 2028", "đến năm 2030", "к 2030 году" and "compared with 2017"
// name a target or a baseline, and an article from that year is not what
// such a question wants.
func ParseTimeCue(question string) TimeCue {
	c, _ := parseTimeCue(Words(question))
	return c
}

// WithoutTimeCue returns question without the words of its time cue ("in
// 2023", "latest", "tuần này", "в декабре 2025 года"), for matching
// passages by their words once the sources have been chosen by date: a
// passage that repeats "February 2026" says no more about what was agreed
// then than one published that February.
func WithoutTimeCue(question string) string {
	toks := Tokenize(question)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Folded
	}
	_, used := parseTimeCue(words)
	var b strings.Builder
	prev := 0
	for i, t := range toks {
		if used[i] {
			b.WriteString(strings.TrimRight(question[prev:t.Start], " "))
			prev = t.End
		}
	}
	b.WriteString(question[prev:])
	return strings.Join(strings.Fields(b.String()), " ")
}

// parseTimeCue reads the cue from folded words and marks the words that
// make it up.
func parseTimeCue(words []string) (TimeCue, []bool) {
	var c TimeCue
	used := make([]bool, len(words))
	mark := func(from, to int) { // words[from:to]
		for k := max(0, from); k < min(to, len(words)); k++ {
			used[k] = true
		}
	}
	for i := range words {
		for _, pp := range periodPhrases {
			for _, p := range pp.phrases {
				if c.Period == NoPeriod && p.at(words, i) && !countedAgo(words, i) {
					c.Period = pp.p
					mark(i, i+len(p.words))
				}
			}
		}
	}
	for i := range words {
		if used[i] {
			continue
		}
		for _, p := range recentPhrases {
			if p.at(words, i) {
				c.Recent = true
				mark(i, i+len(p.words))
			}
		}
	}
	for i, w := range words {
		if c.Year != 0 {
			break
		}
		if y, m, ok := monthYearToken(w); ok {
			c.Year, c.Month = y, m
			from := i
			if i > 0 && words[i-1] == "thang" {
				from--
			}
			mark(framedFrom(words, from), i+1)
			continue
		}
		if !isYearWord(w) {
			continue
		}
		y, _ := strconv.Atoi(w)
		if m, from := monthBefore(words, i); m != 0 {
			c.Year, c.Month = y, m
			mark(framedFrom(words, from), i+1+yearWordAfter(words, i))
		} else if from, ok := yearFramed(words, i); ok {
			c.Year = y
			mark(from, i+1+yearWordAfter(words, i))
		}
	}
	if c.Year == 0 {
		var from int
		if c.Month, from = monthAlone(words); c.Month != 0 {
			mark(from, from+2)
		}
	}
	return c, used
}

// framedFrom returns where the words framing a date that begins at i
// begin: "in", "during", "vào", "trong", "в" before "March 2026".
func framedFrom(words []string, i int) int {
	if i > 0 && yearWindowBefore[words[i-1]] && words[i-1] != "the" {
		return i - 1
	}
	return i
}

// yearWordAfter is 1 when the year at i is followed by the Russian word
// for year ("2025 года", "в 2025 году", "2025 г").
func yearWordAfter(words []string, i int) int {
	if i+1 < len(words) && (strings.HasPrefix(words[i+1], "год") || words[i+1] == "г") {
		return 1
	}
	return 0
}

// countedAgo reports a period phrase that counts back from a number ("hai
// năm trước" is two years ago, not last year) and so is no cue we resolve.
func countedAgo(words []string, i int) bool {
	if i == 0 {
		return false
	}
	_, err := strconv.Atoi(words[i-1])
	return err == nil || numberWords[words[i-1]]
}

// numberWords are the small folded number words that count periods back.
// ("năm", five, is left out: it is also "year", as in "những năm gần đây",
// recent years.)
var numberWords = setOfWords("hai", "ba", "bon", "vai", "two", "three", "few", "several", "два", "две", "три", "несколько")

func setOfWords(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// isYearWord reports a four-digit year from 1900 to 2099.
func isYearWord(w string) bool {
	if len(w) != 4 || (!strings.HasPrefix(w, "19") && !strings.HasPrefix(w, "20")) {
		return false
	}
	return strings.Trim(w, "0123456789") == ""
}

// monthYearToken reads one word that is a month of a year: "3/2026",
// "03/2026", "2026-03" (the tokenizer keeps digits joined by / or - as one
// word). A full date ("5/2/2026") is no window: the judge checks dates.
func monthYearToken(w string) (int, time.Month, bool) {
	var ms, ys string
	if a, b, ok := strings.Cut(w, "/"); ok && !strings.Contains(b, "/") {
		ms, ys = a, b
	} else if a, b, ok := strings.Cut(w, "-"); ok && !strings.Contains(b, "-") {
		ys, ms = a, b
	} else {
		return 0, 0, false
	}
	if !isYearWord(ys) || len(ms) == 0 || len(ms) > 2 {
		return 0, 0, false
	}
	m, err := strconv.Atoi(ms)
	if err != nil || m < 1 || m > 12 {
		return 0, 0, false
	}
	y, _ := strconv.Atoi(ys)
	return y, time.Month(m), true
}

// monthBefore returns the month named just before the year at i, and
// where its words begin: "March 2026", "March of 2026", "в марте 2026",
// "декабря 2025", "tháng 3 năm 2026", "tháng 3 2026".
func monthBefore(words []string, i int) (time.Month, int) {
	j := i - 1
	if j >= 0 && (words[j] == "of" || words[j] == "nam") {
		j--
	}
	if j < 0 {
		return 0, 0
	}
	if m := monthName(words[j]); m != 0 {
		return m, j
	}
	if j >= 1 && words[j-1] == "thang" {
		if n, err := strconv.Atoi(words[j]); err == nil && n >= 1 && n <= 12 {
			return time.Month(n), j - 1
		}
	}
	return 0, 0
}

// monthAlone returns a month named without a year as a window, and the
// index of its first of two words: "in March", "в марте", "tháng 3". It is
// resolved against the reference date.
func monthAlone(words []string) (time.Month, int) {
	for i, w := range words {
		if i+1 < len(words) && w == "thang" {
			if n, err := strconv.Atoi(words[i+1]); err == nil && n >= 1 && n <= 12 {
				return time.Month(n), i
			}
		}
		if i+1 < len(words) && (w == "in" || w == "в" || w == "во" || w == "during") {
			if m := monthName(words[i+1]); m != 0 && words[i+1] != "may" {
				return m, i // "in may" is too often the verb to be a window
			}
		}
	}
	return 0, 0
}

// enMonths are the English month names and their common abbreviations.
var enMonths = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

// ruMonthStems begin every case form of a Russian month name but May's
// ("май", "мая", "мае"), which is too short to be a prefix.
var ruMonthStems = []string{"январ", "феврал", "март", "апрел", "", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"}

// monthName returns the month a folded English or Russian word names.
func monthName(w string) time.Month {
	if m, ok := enMonths[w]; ok {
		return m
	}
	switch w {
	case "май", "мая", "мае":
		return time.May
	}
	for i, st := range ruMonthStems {
		if st != "" && strings.HasPrefix(w, st) {
			return time.Month(i + 1)
		}
	}
	return 0
}

// yearWindowBefore are the folded words that frame the year after them as a
// window: "in 2025", "during 2025", "the 2024 exchange", "in early 2025",
// "trong (năm) 2025", "vào năm 2025", "в 2025", "за 2025 год", "в течение
// 2025 года", "в начале 2025 года".
var yearWindowBefore = setOfWords("in", "during", "throughout", "the", "trong", "vao", "в", "во", "за",
	"течение", "начале", "конце", "середине")

// yearNotWindow are the words that make "năm 2030" or "2030 году" a target
// or a baseline: "đến năm", "từ năm", "so với năm", "к 2030 году", "до",
// "с 2017 года", "после".
var yearNotWindow = setOfWords("den", "toi", "truoc", "sau", "tu", "voi", "cho", "by", "until", "since",
	"before", "after", "к", "до", "с", "со", "после", "от", "по", "сравнению")

// yearFramed reports whether the year at i is framed as a window, and
// where its framing words begin.
func yearFramed(words []string, i int) (int, bool) {
	prev := func(k int) string {
		if i-k < 0 {
			return ""
		}
		return words[i-k]
	}
	from := i - 1
	p := prev(1)
	switch p {
	case "early", "late", "mid":
		p, from = prev(2), i-2
	case "nam": // Vietnamese "năm 2025": a window unless a target or baseline
		if yearNotWindow[prev(2)] {
			return 0, false
		}
		return framedFrom(words, i-1), true
	}
	if yearWindowBefore[p] {
		if p == "the" { // "the 2024 exchange": the article stays
			from++
		}
		return from, true
	}
	// Russian "2025 год(а/у)" without a preposition ("итоги 2025 года")
	// is the year itself, unless a target or baseline frames it.
	if i+1 < len(words) && strings.HasPrefix(words[i+1], "год") {
		return i, !yearNotWindow[p]
	}
	return 0, false
}
