package corpus

import (
	"testing"
	"time"
	"unicode/utf8"
)

func TestParseTimeCue(t *testing.T) {
	t.Parallel()
	tests := []struct {
		q    string
		want TimeCue
	}{
		// Recency, in each language and typed without diacritics.
		{"What is the latest on the prisoner exchange?", TimeCue{Recent: true}},
		{"Who is the US ambassador in Moscow now?", TimeCue{Recent: true}},
		{"What are Russia and the US currently discussing?", TimeCue{Recent: true}},
		{"Quan hệ Nga - Mỹ hiện nay ra sao?", TimeCue{Recent: true}},
		{"quan he nga my gan day the nao", TimeCue{Recent: true}},
		{"Tin mới nhất về trao đổi tù nhân?", TimeCue{Recent: true}},
		{"Những năm gần đây Nga và Mỹ trao đổi tù nhân mấy lần?", TimeCue{Recent: true}},
		{"Что сейчас происходит с посольствами?", TimeCue{Recent: true}},
		{"Какие последние новости об обмене заключёнными?", TimeCue{Recent: true}},
		{"Когда лидеры России и США в последний раз встречались?", TimeCue{Recent: true}},
		// Relative windows take their words from recency.
		{"What did Lavrov say this week?", TimeCue{Period: ThisWeek}},
		{"What happened last week in Geneva?", TimeCue{Period: LastWeek}},
		{"Tuần này Nga và Mỹ bàn gì?", TimeCue{Period: ThisWeek}},
		{"Năm nay có bao nhiêu cuộc gặp?", TimeCue{Period: ThisYear}},
		{"Năm ngoái hai nước trao đổi tù nhân ở đâu?", TimeCue{Period: LastYear}},
		{"О чём договорились на этой неделе?", TimeCue{Period: ThisWeek}},
		{"Что случилось в прошлом месяце?", TimeCue{Period: LastMonth}},
		{"Какие санкции ввели за последний год?", TimeCue{Period: PastYear}},
		// Counted back from a number: no period we resolve.
		{"Hai năm trước Nga và Mỹ trao đổi tù nhân ở đâu?", TimeCue{}},
		// Years framed as windows.
		{"Who was freed in the 2023 prisoner swap?", TimeCue{Year: 2023}},
		{"Which consulates closed in 2023?", TimeCue{Year: 2023}},
		{"What did the sides agree in early 2025?", TimeCue{Year: 2025}},
		{"Kim ngạch thương mại Việt Nam - Nga năm 2025 đạt bao nhiêu?", TimeCue{Year: 2025}},
		{"Сколько виз выдало посольство в 2025 году?", TimeCue{Year: 2025}},
		{"Каковы итоги 2025 года?", TimeCue{Year: 2025}},
		// Months of a year.
		{"What did the ministers discuss in December 2025?", TimeCue{Year: 2025, Month: time.December}},
		{"О чём говорили министры в декабре 2025 года?", TimeCue{Year: 2025, Month: time.December}},
		{"Hai bên gặp nhau tháng 3/2026 ở đâu?", TimeCue{Year: 2026, Month: time.March}},
		{"Hai bên gặp nhau vào tháng 3 năm 2026 ở đâu?", TimeCue{Year: 2026, Month: time.March}},
		{"Which banks were cut off in March of 2026?", TimeCue{Year: 2026, Month: time.March}},
		{"What was signed in March?", TimeCue{Month: time.March}},
		{"Что подписали в марте?", TimeCue{Month: time.March}},
		{"Tháng 3 hai bên ký gì?", TimeCue{Month: time.March}},
		// A target or a baseline is no window.
		{"What trade target did India and Russia set for 2030?", TimeCue{}},
		{"Until when did NASA extend the deal, until 2028?", TimeCue{}},
		{"Mục tiêu thương mại đến năm 2030 là bao nhiêu?", TimeCue{}},
		{"Какой объём транзита хотят достичь к 2030 году?", TimeCue{}},
		{"Какую долю сотрудников по сравнению с 2017 годом имеет посольство?", TimeCue{}},
		{"Sanctions since 2022?", TimeCue{}},
		// Nothing about time.
		{"What did the US and Russia agree in Istanbul?", TimeCue{}},
		{"When does New START expire?", TimeCue{}},
		{"How long did the talks in Geneva last?", TimeCue{}},
		{"When was the last prisoner swap?", TimeCue{Recent: true}},
		{"Who may attend the talks in May?", TimeCue{}},
		{"", TimeCue{}},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := ParseTimeCue(tt.q); got != tt.want {
				t.Errorf("ParseTimeCue(%q) = %+v, want %+v", tt.q, got, tt.want)
			}
		})
	}
}

func TestTimeCueWindow(t *testing.T) {
	t.Parallel()
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }
	ref := time.Date(2026, time.March, 12, 15, 30, 0, 0, time.UTC) // the newest article's date
	tests := []struct {
		name     string
		cue      TimeCue
		from, to time.Time
		ok       bool
	}{
		{"year", TimeCue{Year: 2023}, d(2023, 1, 1), d(2024, 1, 1), true},
		{"month of a year", TimeCue{Year: 2025, Month: time.December}, d(2025, 12, 1), d(2026, 1, 1), true},
		{"month this year", TimeCue{Month: time.February}, d(2026, 2, 1), d(2026, 3, 1), true},
		{"month of the reference", TimeCue{Month: time.March}, d(2026, 3, 1), d(2026, 4, 1), true},
		{"month last year", TimeCue{Month: time.December}, d(2025, 12, 1), d(2026, 1, 1), true},
		{"this week", TimeCue{Period: ThisWeek}, d(2026, 3, 6), d(2026, 3, 13), true},
		{"last week", TimeCue{Period: LastWeek}, d(2026, 2, 27), d(2026, 3, 6), true},
		{"this month", TimeCue{Period: ThisMonth}, d(2026, 3, 1), d(2026, 4, 1), true},
		{"past month", TimeCue{Period: PastMonth}, d(2026, 2, 11), d(2026, 3, 13), true},
		{"last month", TimeCue{Period: LastMonth}, d(2026, 2, 1), d(2026, 3, 1), true},
		{"this year", TimeCue{Period: ThisYear}, d(2026, 1, 1), d(2027, 1, 1), true},
		{"past year", TimeCue{Period: PastYear}, d(2025, 3, 13), d(2026, 3, 13), true},
		{"last year", TimeCue{Period: LastYear}, d(2025, 1, 1), d(2026, 1, 1), true},
		{"recent only", TimeCue{Recent: true}, time.Time{}, time.Time{}, false},
		{"nothing", TimeCue{}, time.Time{}, time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, ok := tt.cue.Window(ref)
			if !w.From.Equal(tt.from) || !w.To.Equal(tt.to) || ok != tt.ok {
				t.Errorf("Window = %v, %v, %v; want %v, %v, %v", w.From, w.To, ok, tt.from, tt.to, tt.ok)
			}
		})
	}
	// A relative window needs a reference date; a year does not.
	if _, ok := (TimeCue{Period: ThisWeek}).Window(time.Time{}); ok {
		t.Error("this week resolved without a reference date")
	}
	if _, ok := (TimeCue{Year: 2025}).Window(time.Time{}); !ok {
		t.Error("a year needs no reference date")
	}
}

func FuzzParseTimeCue(f *testing.F) {
	for _, s := range []string{"latest talks in 2025", "tháng 3/2026", "в декабре 2025 года", "2026-13", "0/2026",
		"this week last year", "hai năm trước", "к 2030 году", "thang 99 nam 2025"} {
		f.Add(s)
	}
	ref := time.Date(2026, time.March, 12, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		c := ParseTimeCue(s)
		if c.Month < 0 || c.Month > 12 || (c.Year != 0 && (c.Year < 1900 || c.Year > 2099)) {
			t.Fatalf("ParseTimeCue(%q) = %+v: not a date", s, c)
		}
		w, ok := c.Window(ref)
		if ok != c.HasWindow() {
			t.Fatalf("ParseTimeCue(%q) = %+v: window %v but HasWindow %v", s, c, ok, c.HasWindow())
		}
		if ok && !w.From.Before(w.To) {
			t.Fatalf("ParseTimeCue(%q) = %+v: empty window %+v", s, c, w)
		}
		if ok && !w.Holds(w.From) {
			t.Fatalf("window %+v does not hold its own first day", w)
		}
		if out := WithoutTimeCue(s); len(out) > len(s) || !utf8.ValidString(out) && utf8.ValidString(s) {
			t.Fatalf("WithoutTimeCue(%q) = %q: longer, or broke the text", s, out)
		}
	})
}

func TestWindowHolds(t *testing.T) {
	t.Parallel()
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	year, _ := TimeCue{Year: 2025}.Window(time.Time{})
	month, _ := TimeCue{Year: 2025, Month: time.December}.Window(time.Time{})
	tests := []struct {
		name      string
		w         Window
		published time.Time
		want      bool
	}{
		{"published in the year", year, day(2025, 6, 1), true},
		{"first day", year, day(2025, 1, 1), true},
		{"first day after", year, day(2026, 1, 1), false},
		{"last day before", year, day(2024, 12, 31), false},
		{"undated", year, time.Time{}, false},
		{"published that month", month, day(2025, 12, 20), true},
		{"the month after", month, day(2026, 1, 5), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.w.Holds(tt.published); got != tt.want {
				t.Errorf("Holds(%v) = %v, want %v", tt.published, got, tt.want)
			}
		})
	}
}

func TestWithoutTimeCue(t *testing.T) {
	t.Parallel()
	tests := []struct{ q, want string }{
		{"Who was freed in the 2023 prisoner exchange?", "Who was freed in the prisoner exchange?"},
		{"What was agreed in Istanbul in early 2025?", "What was agreed in Istanbul?"},
		{"What was the latest prisoner exchange?", "What was the prisoner exchange?"},
		{"О чём договорились в Стамбуле в феврале 2026 года?", "О чём договорились в Стамбуле?"},
		{"Kim ngạch thương mại Việt Nam - Nga năm 2025 đạt bao nhiêu?", "Kim ngạch thương mại Việt Nam - Nga đạt bao nhiêu?"},
		{"Hai bên gặp nhau vào tháng 3/2026 ở đâu?", "Hai bên gặp nhau ở đâu?"},
		{"Tuần này Nga và Mỹ bàn gì?", "Nga và Mỹ bàn gì?"},
		{"Что сейчас происходит с посольствами?", "Что происходит с посольствами?"},
		// No cue, or a target year: the question as it is.
		{"What trade target did India and Russia set for 2030?", "What trade target did India and Russia set for 2030?"},
		{"When does New START expire?", "When does New START expire?"},
	}
	for _, tt := range tests {
		if got := WithoutTimeCue(tt.q); got != tt.want {
			t.Errorf("WithoutTimeCue(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// BenchmarkParseTimeCue is the cost every search pays for reading its
// question's time cue.
func BenchmarkParseTimeCue(b *testing.B) {
	qs := []string{"What was the latest prisoner exchange between Russia and the United States?",
		"О чём договорились Россия и США на консультациях по работе посольств в Стамбуле в феврале 2026 года?",
		"Kim ngạch thương mại Việt Nam - Nga năm 2025 đạt bao nhiêu?"}
	for i := 0; b.Loop(); i++ {
		ParseTimeCue(qs[i%len(qs)])
	}
}
