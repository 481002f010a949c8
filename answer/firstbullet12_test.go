package answer

import (
	"strings"
	"testing"
)

// TestFirstBulletHowSoon: "how fast", "how soon", "how late" ask a span
// of time, though no word of theirs is a unit: "within 15 minutes",
// "up to six weeks late", not the sentence that repeats the question's
// words, nor a sum of money for "how late were they paid".
func TestFirstBulletHowSoon(t *testing.T) {
	hotline := Citation{Lang: "en", Title: "U.S. and Russia agree on a satellite hotline",
		Passage: "GENEVA - The United States and Russia agreed on Monday to set up a hotline for incidents involving each other's satellites.\n\n" +
			"\"A satellite that goes dark is a crisis nobody needs,\" the U.S. negotiator told reporters after the talks.\n\n" +
			"Under the agreement, a side that suspects its satellite is being interfered with can call the hotline, and the other side must answer within 30 minutes of the call.\n\n" +
			"Experts will meet again in May."}
	for _, q := range []string{
		"how fast must the other side answer if one side thinks its satellite is being interfered with",
		"How soon must the other side answer the hotline?",
	} {
		if got := firstBullet(t, q, "en", hotline); !strings.Contains(got, "within 30 minutes") {
			t.Errorf("%s: first bullet %q, want the 30 minutes", q, got)
		}
	}
	pay := Citation{Lang: "en", Title: "Embassies to open bank accounts",
		Passage: "VIENNA - U.S. and Russian diplomats agreed on Tuesday to let their embassies keep accounts at designated banks, ending a dispute that had left local staff paid late since spring.\n\n" +
			"Transfers will be capped at $2 million a month for each mission.\n\n" +
			"An embassy spokesman said about 200 local employees had been paid up to five weeks late."}
	if got := firstBullet(t, "How late were the embassy's local staff being paid?", "en", pay); !strings.Contains(got, "five weeks late") {
		t.Errorf("first bullet %q, want the five weeks", got)
	}
	for q, want := range map[string]qType{
		"How quickly will the visas be issued?":                           qHowMany,
		"Как быстро стороны должны ответить на запрос?":                   qHowMany,
		"What did the envoy say about how quickly the talks should move?": qSay,
	} {
		if got := answerType(q); got != want {
			t.Errorf("answerType(%q) = %v, want %v", q, got, want)
		}
	}
}
