package retrieval

import "testing"

// TestNameSkeletonsAcrossOrthographies: a surname written in the Latin
// letters of its own language resembles the Russian press's spelling of
// it, whatever that language reads "ch", "sz" or a háček as; and names
// that differ stay apart.
func TestNameSkeletonsAcrossOrthographies(t *testing.T) {
	for _, tc := range []struct {
		latin, russian string
		want           bool
	}{
		{"Marchetti", "Маркетти", true}, // Italian "ch" is к
		{"Chiriac", "Кирияк", true},     // Romanian
		{"Christensen", "Кристенсен", true},
		{"Chirac", "Ширак", true},        // French "ch" is ш
		{"Bach", "Бах", true},            // German "ch" is х
		{"Churchill", "Черчилль", true},  // English keeps ч
		{"Schneider", "Шнайдер", true},   // German "sch"
		{"Szymański", "Шиманский", true}, // Polish "sz"
		{"Czarnecki", "Чарнецкий", true}, // Polish "cz"
		{"Vučić", "Вучич", true},         // háček
		{"Țurcan", "Цуркан", true},       // Romanian comma-below t
		{"Dvořák", "Дворжак", true},
		{"Schulz", "Шульц", true},       // German z is ц
		{"Salzburg", "Зальцбург", true}, // and s before a vowel з
		{"Rosenberg", "Розенберг", true},
		{"Schulz", "Шульман", false},
		{"Marchetti", "Мартов", false},
		{"Marchetti", "Мерфи", false},
		{"Chirac", "Кравец", false},
		{"Szymański", "Смирнов", false},
		{"Vučić", "Вулич", false},
	} {
		keys := map[string]bool{}
		for _, k := range NameSkeletons(tc.latin) {
			keys[k] = true
		}
		ru := NameSkeletons(Romanize(tc.russian))
		ru = append(ru, NameSkeletons(tc.russian)...)
		if got := SkeletonsResemble(ru, keys); got != tc.want {
			t.Errorf("%s ~ %s: got %v (keys %v, russian %v), want %v", tc.latin, tc.russian, got, keys, ru, tc.want)
		}
	}
}
