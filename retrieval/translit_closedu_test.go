package retrieval

import (
	"slices"
	"testing"
)

// TestCyrillizeClosedU: the "u" of an English closed syllable is said
// "а" and Russian outlets write it so ("Hunter" is "Хантер", "Sullivan"
// "Салливан", "Justin" "Джастин"): a question naming the person in
// Latin letters searched only "хунтер" and never found a Russian story
// about him. The "у" guess stays, for the names the press spells so
// ("Дункан"), and a "u" before a vowel, "r" or "sh" is not guessed.
func TestCyrillizeClosedU(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"hunter", "хантер"},
		{"sullivan", "салливан"},
		{"justin", "джастин"},
		{"upton", "аптон"},
		{"duncan", "дункан"},
	} {
		if got := Cyrillize(tt.name); !slices.Contains(got, tt.want) {
			t.Errorf("Cyrillize(%q) = %q, want %q among them", tt.name, got, tt.want)
		}
	}
	for _, tt := range []struct{ name, not string }{
		{"truman", "траман"},
		{"burton", "бартон"},
		{"bush", "баш"},
	} {
		if got := Cyrillize(tt.name); slices.Contains(got, tt.not) {
			t.Errorf("Cyrillize(%q) = %q, want no %q", tt.name, got, tt.not)
		}
	}
	if got := Expand("Ông Mundford nói gì?"); !slices.Contains(got, "мандфорд") {
		t.Errorf(`Expand("Ông Mundford nói gì?") = %q, want "мандфорд" among them`, got)
	}
}

// TestCyrillizeInitialA: an English initial "a" said as in "cat" is
// written "э" by Russian outlets ("Ashby" is "Эшби", "Ashton"
// "Эштон"), others keep "а" ("Adams" "Адамс"): a question naming the
// person in Latin letters searched only "ашби" and never found the
// Russian story about him.
func TestCyrillizeInitialA(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"ashby", "эшби"},
		{"ashton", "эштон"},
		{"allison", "эллисон"},
		{"adams", "адамс"},
	} {
		if got := Cyrillize(tt.name); !slices.Contains(got, tt.want) {
			t.Errorf("Cyrillize(%q) = %q, want %q among them", tt.name, got, tt.want)
		}
	}
	if got := Cyrillize("arnold"); slices.Contains(got, "эрнолд") {
		t.Errorf(`Cyrillize("arnold") = %q, want no "эрнолд"`, got)
	}
}

// TestCyrillizeAir: an English "air" is said and written "эр" ("Claire"
// is "Клэр", "Blair" "Блэр"); read as "ai" and "r" it was "клейр", which
// no Russian story writes, so the search never found it by its name.
func TestCyrillizeAir(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"claire", "клэр"},
		{"blair", "блэр"},
		{"baird", "бэрд"},
		{"blaine", "блейн"},
	} {
		if got := Cyrillize(tt.name); !slices.Contains(got, tt.want) {
			t.Errorf("Cyrillize(%q) = %q, want %q among them", tt.name, got, tt.want)
		}
	}
}
