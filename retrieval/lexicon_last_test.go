package retrieval

import (
	"slices"
	"testing"
)

// "Last" asked as an adverb or an adjective ("when did they last meet",
// "last week", "the last round") is no form of the verb "to last":
// Snowball stems "lasted" to "last", and the question was expanded to
// "длиться"/"kéo dài", a duration that the passage answering it need not
// tell. The verb still crosses, its forms and "last" itself.
func TestExpandLastIsNoDuration(t *testing.T) {
	for _, q := range []string{"When did the two ministers last meet?", "What did the embassy say last week?", "Who hosted the last round of talks?"} {
		if got := Expand(q); slices.Contains(got, "длиться") {
			t.Errorf("Expand(%q) = %v: reads last as the verb", q, got)
		}
	}
	for _, q := range []string{"The consultations lasted two days.", "Переговоры длились три часа.", "The pause will last for a year.", "How long did the talks in Geneva last?", "The talks will last two days."} {
		if got := Expand(q); !slices.Contains(got, "kéo dài") {
			t.Errorf("Expand(%q) = %v, want kéo dài", q, got)
		}
	}
}
