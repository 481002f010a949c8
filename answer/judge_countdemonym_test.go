package answer

import "testing"

// A Russian noun for people of a country, which Russian writes in lower
// case, counts people in every form a number governs: the genitive
// singular after два/три/четыре, the genitive plural after пять and more,
// women too, as "two Americans" does in English. A thing counted in the
// same forms ("три месяца") counts no one.
func TestCountsPeopleRussianDemonym(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"Москва освободила двух американцев.", true},
		{"Обменяли три американца и одного немца.", true},
		{"По данным посольства, задержаны два россиянина.", true},
		{"Вашингтон выдал пять россиян.", true},
		{"Освобождены две американки.", true},
		{"Среди задержанных четыре канадца и француженка.", true},
		{"Переговоры шли три месяца, Москва молчала.", false},
		{"За пять месяцев Вашингтон ответил один раз.", false},
		{"Санкции затронули два банка, Москва возразила.", false},
	}
	for _, tt := range tests {
		if got := countsPeople(tt.sentence); got != tt.want {
			t.Errorf("countsPeople(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}
