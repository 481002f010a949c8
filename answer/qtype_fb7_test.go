package answer

import "testing"

// TestRussianPrepositionAsksNoDateAlone: "с какого"/"до какого" ask for a
// bound of a period only before a noun of time ("с какого года", "до
// какого числа"); "с каких станций" asks from where, "по каким причинам"
// why, "до какого уровня" how far. And a noun between "какой" and a
// noun of persons is no adjective of theirs: "в какой срок дипломатам"
// asks for a time, not which diplomats.
func TestRussianPrepositionAsksNoDateAlone(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want qType
	}{
		{"С каких складов будут отгружать зерно?", qOther},
		{"До какого уровня стороны сократят арсеналы?", qOther},
		{"По каким причинам отложили переговоры?", qWhy},
		{"С какого числа действует новый тариф?", qWhen},
		{"До какого года продлён договор?", qWhen},
		{"С каких пор посольство закрыто?", qWhen},
		{"В какой срок журналистам должны выдать аккредитацию?", qHowMany},
		{"Какой американский журналист был освобождён?", qWho},
		{"Какие российские дипломаты вернулись в Москву?", qWho},
	} {
		if got := answerType(tc.q); got != tc.want {
			t.Errorf("answerType(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}
