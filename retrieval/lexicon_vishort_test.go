package retrieval

import (
	"slices"
	"testing"
)

// Vietnamese names a country in a list by its one-syllable short name
// ("Pháp và Nga", "Đức, Nhật và Hàn"); the lexicon spells each as
// written ("=Đức", "=Nhật"), so the capitalised syllable is the country
// and the lower-case word ("hàn", to weld) is not.
func TestExpandVietnameseShortCountryNames(t *testing.T) {
	for q, want := range map[string]string{
		"Hàn và Nga đã ký thỏa thuận gì?":   "South Korea",
		"Nga, Nhật và Hàn họp ở đâu?":       "South Korea",
		"Pháp và Nga đã ký thỏa thuận gì?":  "France",
		"Nhật và Nga đã thảo luận điều gì?": "Japan",
	} {
		if got := Expand(q); !slices.Contains(got, want) {
			t.Errorf("Expand(%q) = %v, want %q", q, got, want)
		}
	}
	if got := Expand("Kỹ sư hàn ống dẫn khí ở đâu?"); slices.Contains(got, "South Korea") {
		t.Errorf("lower-case hàn (to weld) expanded: %v", got)
	}
}
