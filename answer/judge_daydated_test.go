package answer

import (
	"testing"
	"time"
)

// TestYearOfADayWithoutYear: a sentence that tells its event on a day of
// a month, with no year ("ngày 3/4", "12 мая", "on May 12"), tells it in
// its story's year, as one told on a weekday does: the year asked is met
// though the sentence also writes the year a plan aims at, or another
// sentence tells something of "last year". Before, the plan's year or
// "last year" dated the event, and the story of the year asked was
// refused. A story of another year still does not meet it, nor a day
// written with another year.
func TestYearOfADayWithoutYear(t *testing.T) {
	for _, tc := range []struct {
		name, lang, q, passage string
		pub                    time.Time
		want                   bool
	}{
		{"vi plan", "vi", "Năm 2026, Boeing và Rosatom thống nhất kế hoạch gì về lò phản ứng?",
			"Boeing và Rosatom ngày 3/4 đã thống nhất kế hoạch chung về việc tháo dỡ lò phản ứng thử nghiệm vào năm 2031. Hai bên sẽ chia đều chi phí.",
			time.Date(2026, 4, 4, 0, 0, 0, 0, time.UTC), true},
		{"vi plan, story of another year", "vi", "Năm 2026, Boeing và Rosatom thống nhất kế hoạch gì về lò phản ứng?",
			"Boeing và Rosatom ngày 3/4 đã thống nhất kế hoạch chung về việc tháo dỡ lò phản ứng thử nghiệm vào năm 2031. Hai bên sẽ chia đều chi phí.",
			time.Date(2025, 4, 4, 0, 0, 0, 0, time.UTC), false},
		{"vi plan, day of another year", "vi", "Năm 2026, Boeing và Rosatom thống nhất kế hoạch gì về lò phản ứng?",
			"Boeing và Rosatom ngày 3/4/2024 đã thống nhất kế hoạch chung về việc tháo dỡ lò phản ứng thử nghiệm vào năm 2031. Hai bên sẽ chia đều chi phí.",
			time.Date(2026, 4, 4, 0, 0, 0, 0, time.UTC), false},
		{"ru last year", "ru", "Сколько инженеров КБ «Сокол» не получили визы и пропустили выставку в Хьюстоне в 2025 году?",
			"ОМСК, 12 мая — Девять инженеров КБ «Сокол» не смогут поехать на выставку в Хьюстоне, которая открывается 15 мая: визы им так и не выдали. В прошлом году инженеры КБ «Сокол» провели в Хьюстоне около 60 рабочих дней.",
			time.Date(2025, 5, 12, 0, 0, 0, 0, time.UTC), true},
	} {
		src := []Citation{{N: 1, ArticleID: "a", Lang: tc.lang, Published: tc.pub, Title: "", Passage: tc.passage}}
		v := judgeAsk(nil, tc.q, tc.lang, src, true)
		if v.Answerable != tc.want {
			t.Errorf("%s: answerable %v, want %v (%s)", tc.name, v.Answerable, tc.want, v.Reason())
		}
	}
}

// TestDayWithoutYear: which sentences write a day of a month with no
// year after it.
func TestDayWithoutYear(t *testing.T) {
	for s, want := range map[string]bool{
		"ngày 3/4 đã thống nhất":             true,
		"ngày 3/4/2024 đã thống nhất":        false,
		"hồi tháng 9/2025":                   false,
		"омск, 12 мая — девять инженеров":    true,
		"12 мая 2025 года":                   false,
		"on may 12, officials said":          false, // "may" is left out (monthWord)
		"on june 12, officials said":         true,
		"on june 12, 2025, officials said":   false,
		"ngày 1 tháng 6 năm 2025":            false,
		"ngày 1 tháng 6, hai bên thống nhất": true,
	} {
		if got := dayWithoutYear(s); got != want {
			t.Errorf("%q: %v, want %v", s, got, want)
		}
	}
}
