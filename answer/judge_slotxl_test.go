package answer

import (
	"testing"
	"time"
)

// A Vietnamese question counting people ("bao nhiêu chuyên gia") keeps
// its own words folded ("chuyen gia"), and peopleRE, written with the
// marks, never knew them: asked of a story in another language, where
// the lexicon's translation of the word is not the story's, the count of
// people in the sentence that carries the question's terms was not
// looked for, and the report that answers was refused.
func TestJudgeCountsPeopleAskedInVietnamese(t *testing.T) {
	story := "ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ, 3 марта. Институт вулканологии и Геологическая служба США договорились о совместном наблюдении за вулканами Камчатки. Соглашение подписано в понедельник.\n\n" +
		"Летом 2027 года планируется совместная экспедиция на Камчатку, в которой примут участие пять российских специалистов. Данные будут публиковаться раз в квартал."
	c := Citation{Title: "Вулканологи России и США возобновят совместные наблюдения", Lang: "ru", Published: time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC), Passage: story}
	q := "Chuyến khảo sát chung tới Kamchatka dự kiến có bao nhiêu chuyên gia Nga?"
	if v := judge(q, "vi", []Citation{c}); !v.Answerable {
		t.Errorf("%q: refused (%s), want answered", q, v.Reason())
	}
	// The same story without the count does not answer it.
	near := c
	near.Passage = "ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ, 3 марта. Институт вулканологии и Геологическая служба США договорились о совместном наблюдении за вулканами Камчатки. Соглашение подписано в понедельник.\n\n" +
		"Летом 2027 года планируется совместная экспедиция на Камчатку, в которой примут участие российские специалисты. Данные будут публиковаться раз в квартал."
	if v := judge(q, "vi", []Citation{near}); v.Answerable {
		t.Errorf("%q: answered by a story that gives no count, want refused", q)
	}
}

// A person named by the work he does is counted by the suffix his
// language spells it with, as the lexicon may not list the word:
// "-ists", "-ист", "-олог", "-чик"/"-щик". Nouns in "-ник" and "-тель"
// name things as often and are not taken.
func TestCountsPeopleByAgentSuffix(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"В экспедиции примут участие пять российских специалистов.", true},
		{"На станции работают трое геологов и два переводчика.", true},
		{"12 specialists from both countries will join the survey.", true},
		{"В Вашингтоне установили пять памятников.", false},
		{"Завод поставит шесть двигателей.", false},
		{"The two lists were exchanged in May.", false},
	}
	for _, tt := range tests {
		if got := countsPeople(tt.sentence); got != tt.want {
			t.Errorf("countsPeople(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

// "Năm" is five, and the noun year: "số lượng tàu ... so với những năm
// trước" gives no number of ships, and "năm 2016" is a year. The number
// of a thing said with no count was taken as one by the word "năm".
func TestJudgeYearIsNoCountVI(t *testing.T) {
	lead := "HẢI PHÒNG - Nga và Mỹ trao đổi dữ liệu về tàu cá hoạt động ở biển Bering trong phiên họp thường niên hôm 12/5.\n\n"
	q := "Có bao nhiêu tàu cá Nga hoạt động ở biển Bering?"
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Theo báo cáo, số lượng tàu cá Nga hoạt động ở biển Bering là 140 chiếc, tăng so với năm 2016.", true},
		{"Theo báo cáo, số lượng tàu cá Nga hoạt động ở biển Bering đã giảm so với những năm trước.", false},
		{"Theo báo cáo, số lượng tàu cá Nga hoạt động ở biển Bering thấp hơn năm 2016.", false},
	} {
		c := Citation{Title: "Nga và Mỹ trao đổi dữ liệu về tàu cá", Lang: "vi", Published: time.Date(2026, 5, 13, 0, 0, 0, 0, time.UTC), Passage: lead + tt.text}
		if v := judge(q, "vi", []Citation{c}); v.Answerable != tt.want {
			t.Errorf("%q of %q: answerable %v (%s), want %v", q, tt.text, v.Answerable, v.Reason(), tt.want)
		}
	}
}

// A question whose word no lexicon row translates into the report's
// language ("teleconference" of a Russian story) cannot locate the
// sentence that carries it: a length of time may be in any, as
// slotSentences already takes. givesAnswer still sought it only beside
// the words it could translate, so "Беседа продолжалась около 50 минут" did not answer
// how long the teleconference was. A story that gives no length still
// does not.
func TestJudgeBlindWordAnswerAnywhere(t *testing.T) {
	lead := "МОСКВА, 12 апреля. Министр транспорта России Игорь Волков и министр транспорта США Дэниел Прайс провели видеоконференцию по вопросам авиасообщения.\n\n" +
		"Стороны обсудили возобновление прямых рейсов. Кроме того, министры затронули безопасность полётов над Арктикой. "
	q := "How long was the teleconference on direct flights?"
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Беседа продолжалась около 50 минут и прошла в деловом ключе.", true},
		{"Беседа прошла в деловом ключе, следующая встреча пока не назначена.", false},
	} {
		c := Citation{Title: "Волков и Прайс обсудили прямые рейсы", Lang: "ru", Published: time.Date(2026, 4, 12, 0, 0, 0, 0, time.UTC), Passage: lead + tt.text}
		if v := judge(q, "en", []Citation{c}); v.Answerable != tt.want {
			t.Errorf("%q of %q: answerable %v (%s), want %v", q, tt.text, v.Answerable, v.Reason(), tt.want)
		}
	}
}
