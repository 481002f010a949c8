package answer

import (
	"testing"
	"time"
)

// TestJudgeAgeIsNoTerm: "Сколько лет Марте Коул?" asks how old she is;
// the judge read it as a length of time, and a prison term ("осуждённую
// на 11 лет") answered it. An age answers ("46-летнюю", "46 лет," after
// the name, "в возрасте 46 лет"); a term does not ("11-летний срок"
// neither), and a question with
// a verb between ("На сколько лет осудили...") still asks the term.
func TestJudgeAgeIsNoTerm(t *testing.T) {
	tests := []struct {
		q, passage string
		answerable bool
	}{
		{"Сколько лет Марте Коул?", "Россия освободила гражданку США Марту Коул, осуждённую на 11 лет за госизмену.", false},
		{"Сколько лет Марте Коул?", "Россия освободила 46-летнюю гражданку США Марту Коул, осуждённую на 11 лет за госизмену.", true},
		{"Сколько лет Марте Коул?", "Россия освободила гражданку США Марту Коул, 46 лет, осуждённую на 11 лет за госизмену.", true},
		{"Сколько лет Марте Коул?", "Россия освободила гражданку США Марту Коул в возрасте 46 лет.", true},
		{"Сколько лет Марте Коул?", "Россия освободила гражданку США Марту Коул, отбывавшую 11-летний срок за госизмену.", false},
		{"На сколько лет осудили Марту Коул?", "Россия освободила гражданку США Марту Коул, осуждённую на 11 лет за госизмену.", true},
	}
	for _, tt := range tests {
		c := Citation{Title: "Обмен заключёнными в Лиме", Lang: "ru", Published: time.Date(2026, 4, 10, 0, 0, 0, 0, time.UTC), Passage: tt.passage}
		if v := judge(tt.q, "ru", []Citation{c}); v.Answerable != tt.answerable {
			t.Errorf("%q | %q: answerable = %v (%s), want %v", tt.q, tt.passage, v.Answerable, v.Reason(), tt.answerable)
		}
	}
}

// TestJudgeAgeIsTheAskedPersons: an age given in the sentence that names
// the person asked of is someone else's when it is bound to another
// name ("Dmitri Volkov, 54, met Olga Brandt"; "54-year-old Dmitri Volkov
// met Olga Brandt"): the age follows the name it is told of, set off by
// commas or brackets, or precedes it as an adjective. The asked person's
// own age still answers, wherever the other's stands. Across scripts the
// names are compared by their skeletons, and an age that ends an
// apposition ("Volkov, giáo viên tiếng Anh 54 tuổi") is the name's before
// its comma, not the capitalised word beside it.
func TestJudgeAgeIsTheAskedPersons(t *testing.T) {
	tests := []struct {
		q, lang, passage string
		answerable       bool
	}{
		{"How old is Olga Brandt?", "en", "Dmitri Volkov, 54, met Olga Brandt in the prison yard on Tuesday.", false},
		{"How old is Olga Brandt?", "en", "The 54-year-old Dmitri Volkov met Olga Brandt in the prison yard on Tuesday.", false},
		{"How old is Olga Brandt?", "en", "Dmitri Volkov, aged 54, met Olga Brandt in the prison yard on Tuesday.", false},
		{"How old is Olga Brandt?", "en", "Dmitri Volkov, 54, met Olga Brandt, 38, in the prison yard on Tuesday.", true},
		{"How old is Olga Brandt?", "en", "Olga Brandt, 38, met Dmitri Volkov in the prison yard on Tuesday.", true},
		{"How old is Olga Brandt?", "en", "The 38-year-old Olga Brandt met Dmitri Volkov, 54, in the prison yard on Tuesday.", true},
		{"Сколько лет Ольге Брандт?", "ru", "Дмитрий Волков, 54, встретился с Ольгой Брандт во вторник.", false},
		{"Сколько лет Ольге Брандт?", "ru", "54-летний Дмитрий Волков встретился с Ольгой Брандт во вторник.", false},
		{"Сколько лет Ольге Брандт?", "ru", "Дмитрий Волков встретился с 38-летней Ольгой Брандт во вторник.", true},
		{"Olga Brandt bao nhiêu tuổi?", "vi", "Ông Dmitri Volkov, 54 tuổi, đã gặp bà Olga Brandt hôm thứ Ba.", false},
		{"Olga Brandt bao nhiêu tuổi?", "vi", "Bà Olga Brandt, 38 tuổi, đã gặp ông Dmitri Volkov hôm thứ Ba.", true},
		// Across scripts, names compared by their skeletons.
		{"Сколько лет Ольге Брандт?", "en", "Dmitri Volkov, 54, met Olga Brandt in the prison yard on Tuesday.", false},
		{"Сколько лет Ольге Брандт?", "en", "Olga Brandt, 38, met Dmitri Volkov in the prison yard on Tuesday.", true},
		{"Сколько лет Ольге Брандт?", "vi", "Ông Dmitri Volkov, giáo viên tiếng Anh 54 tuổi, đã gặp bà Olga Brandt hôm thứ Ba.", false},
	}
	for _, tt := range tests {
		c := Citation{Title: "Prisoner exchange in Lima", Lang: tt.lang, Published: time.Date(2026, 4, 10, 0, 0, 0, 0, time.UTC), Passage: tt.passage}
		if v := judge(tt.q, tt.lang, []Citation{c}); v.Answerable != tt.answerable {
			t.Errorf("%q | %q: answerable = %v (%s), want %v", tt.q, tt.passage, v.Answerable, v.Reason(), tt.answerable)
		}
	}
}
