package answer

import "testing"

// TestUnprefixed: a Russian verb form loses its perfective prefix; a
// noun, a short root or an unlisted prefix does not.
func TestUnprefixed(t *testing.T) {
	tests := map[string]string{
		"застрахованы":  "страхованы",
		"перезапустить": "запустить",
		"засекречены":   "секречены",
		"выдал":         "", // root "дал" too short
		"закон":         "", // a noun
		"поставит":      "", // "по" is not stripped
		"договор":       "", // a noun
		"подписали":     "писали",
	}
	for w, want := range tests {
		if got := unprefixed(w); got != want {
			t.Errorf("unprefixed(%q) = %q, want %q", w, got, want)
		}
	}
}
