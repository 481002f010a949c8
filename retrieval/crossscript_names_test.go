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

// TestCrossScriptNameWithEnglishC: a name that has an English c
// ("Octagon", "Mercer") is transcribed with "к" or "с" ("«Октагон»",
// "Мерсер"), which Romanize reads back as "k" or "s": the report was
// neither searched by its spelling nor counted as evidence for it. And
// Russian "специалисты" are "experts" as often as "specialists" in
// English reports ("chuyên gia" in Vietnamese), which the lexicon did not
// give them. Either gap left a Russian question about the laboratory
// with no relevant passage. The twin names another laboratory.
func TestCrossScriptNameWithEnglishC(t *testing.T) {
	q := "Сколько американских специалистов побывало в лаборатории «Октагон» в Пущине?"
	checkGate(t, []gateCase{
		{q, "Six American biosafety specialists toured the Octagon facility in Pushchino this week.", true},
		{q, "Six American biosafety experts toured the Octagon facility in Pushchino this week.", true},
		{q, "Sáu chuyên gia an toàn sinh học Mỹ đã thăm cơ sở Octagon ở Pushchino.", true},
		{q, "Six American biosafety experts toured the Polygon facility in Pushchino this week.", false},
	})
}
