package answer

import (
	"slices"
	"testing"
)

// TestAskPartsAtTheClausesAnd: an "and" joins two asks only when the
// ask after it begins before its first comma; "the U.S. and Russia" of
// the first clause joins two sides, and the second clause's "and where"
// is the split. A first ask put to two settings ("both on … and on …")
// is split too, before the ask that follows it.
func TestAskPartsAtTheClausesAnd(t *testing.T) {
	for q, want := range map[string][]string{
		"Where did the U.S. and Russia hold their fisheries talks in May 2026, and where their cyber talks in June 2026?": {
			"Where did the U.S. and Russia hold their fisheries talks in May 2026?", "where their cyber talks in June 2026?"},
		"When did Britain and Norway sign the fisheries accord, and who signed it?": {
			"When did Britain and Norway sign the fisheries accord?", "who signed it?"},
		"Which Norwegian minister spoke both on the Tromsø accord and on the Bodø tariffs, and what did she say?": {
			"Which Norwegian minister spoke both on the Tromsø accord?", "Which Norwegian minister spoke both on the Bodø tariffs?", "what did she say?"},
		// Vietnamese asks last: the "và" of two sides after the comma's
		// "và" stays inside the second ask.
		"Ai là đại sứ mới, và Nga và Mỹ đã ký gì?": {"Ai là đại sứ mới?", "Nga và Mỹ đã ký gì?"},
	} {
		if got := askParts(q); !slices.Equal(got, want) {
			t.Errorf("askParts(%q) = %q, want %q", q, got, want)
		}
	}
}
