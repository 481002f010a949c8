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
