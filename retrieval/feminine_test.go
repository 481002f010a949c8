package retrieval

import "testing"

// TestGateFeminineNoun: a woman of a trade is the man's word and "-к(а)"
// in Russian ("журналистка", "активистка"), which Snowball stems apart
// from the lexicon's "журналист": a question about "the journalist" found
// the name alone in the story that calls her "журналистку", one piece of
// evidence, and the gate refused it. The same story of an engineer stays
// refused.
func TestGateFeminineNoun(t *testing.T) {
	checkGate(t, []gateCase{
		{"Where is journalist Eileen Marsh now?", "Журналистку Эйлин Марш видели в Казани.", true},
		{"Where is journalist Eileen Marsh now?", "Инженера Эйлин Марш видели в Казани.", false},
	})
}
