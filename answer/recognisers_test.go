package answer

import (
	"testing"
)

// TestRepresentativeIsARole: a representative is an office like an
// envoy (roleRE), in vi/en/ru: "tân Đại diện thường trực của Nga tại
// Liên hợp quốc Vadim Nesterenko" names who holds it.
func TestRepresentativeIsARole(t *testing.T) {
	for _, s := range []string{
		"The talks were led by the U.S. trade representative.",
		"Đại diện thường trực của Chile tại Liên hợp quốc phát biểu.",
		"Постоянный представитель Чили при ООН выступил первым.",
	} {
		if !roleRE.MatchString(s) {
			t.Errorf("no role found in %q", s)
		}
	}
	// A representative of a group, or a mission, names no one.
	for _, s := range []string{
		"Representatives of both services met five times.",
		"В Астане прошли встречи представителей спецслужб.",
		"Vụ này phụ trách các cơ quan đại diện ngoại giao.",
	} {
		if roleRE.MatchString(s) {
			t.Errorf("a role found in %q", s)
		}
	}
}

// TestSeasonBoundIsADate: a deadline or a start given by a season is a
// date in any case Russian declines it ("до конца весны", "к началу
// лета", "с осени") and in English ("by the end of summer").
func TestSeasonBoundIsADate(t *testing.T) {
	for _, s := range []string{
		"Минск ждёт ответа на своё предложение до конца весны.",
		"Работы планируется завершить к началу лета.",
		"Новые правила действуют с осени.",
		"The pipeline should be repaired by the end of summer.",
	} {
		if !qWhen.answers(s) {
			t.Errorf("no date found in %q", s)
		}
	}
	// Years ("лет") are no season.
	if s := "Договор действует уже десять лет."; qWhen.answers(s) {
		t.Errorf("a date found in %q", s)
	}
}
