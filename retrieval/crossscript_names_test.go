package retrieval

import "testing"

// TestCrossScriptNameAndThing: a Russian question naming a person by first
// name and surname, misspelt ("Мелиса Данинг" of "Melissa Dunning"), and
// a thing, is three units; each name is found in an English passage only
// by resemblance (namelike.go), which the plain rule does not read, and
// the cross-script rule took no question of more than two units: the
// report that quotes her was "no relevant passage". Every unit found is
// evidence however many there are. The twins lack the person or the
// thing.
func TestCrossScriptNameAndThing(t *testing.T) {
	checkGate(t, []gateCase{
		{"Что сказала Мелиса Данинг о турбинах?",
			`Melissa Dunning, a Commerce Department official, said the gas turbines "should never have left Europe".`, true},
		{"Что сказала Мелиса Данинг о турбинах?",
			`Robert Hale, a Commerce Department official, said the gas turbines "should never have left Europe".`, false},
		{"Что сказала Мелиса Данинг о турбинах?",
			`Melissa Dunning, a Commerce Department official, said the shipments "should never have left Europe".`, false},
	})
}
