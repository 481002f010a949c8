package retrieval

import "testing"

// TestGateParticiple: a Russian past participle of an -ить verb keeps
// "-ен-" after Snowball ("приговорённого" stems to "приговорен"), apart
// from the lexicon's "приговорить" ("приговор"): a question about who
// was sentenced found only the city in the story that writes the
// participle, and the gate refused it. A story of someone detained there
// stays refused.
func TestGateParticiple(t *testing.T) {
	checkGate(t, []gateCase{
		{"Who was sentenced in Kazan?", "В Казани приговорённого американца Марша этапировали в колонию.", true},
		{"Who was sentenced in Kazan?", "В Казани задержанного американца Марша отпустили домой.", false},
	})
}
