package retrieval

import "testing"

// TestCrossScriptLoanword: a question with no name whose thing is a word
// both languages borrowed ("транспондеры", "transponders"; "томографы",
// "tomographs") and the lexicon does not list was "no relevant passage"
// for the one report that tells it in the other script: its one
// translated concept is a common word, and a common word alone is no
// evidence. The borrowed word is found by its consonants and counts as a
// name does. A report without it stays out, and so does one with a word
// that merely begins alike ("transport" is no "транспондер").
func TestCrossScriptLoanword(t *testing.T) {
	checkGate(t, []gateCase{
		{"Где танкеры отключали транспондеры?",
			`Two of the tankers switched off their transponders off the coast of Malta, officials said.`, true},
		{"Где танкеры отключали транспондеры?",
			`Two of the tankers changed their flags off the coast of Malta, officials said.`, false},
		{"Где танкеры отключали транспондеры?",
			`Two of the tankers were used for transport of crude off the coast of Malta, officials said.`, false},
		{"Where did the clinic install the tomographs?",
			`Клиника в Самаре установила два томографа американского производства.`, true},
		{"Where did the clinic install the tomographs?",
			`Клиника в Самаре установила два аппарата американского производства.`, false},
	})
}
