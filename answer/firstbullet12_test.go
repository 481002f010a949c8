package answer

import (
	"strings"
	"testing"
)

// TestFirstBulletPersonAsked: asked of one person in a story of several
// (a prisoner swap gives each prisoner's sentence), the sentence on the
// person asked leads, not a sentence of the same kind on another one
// whose verb happens to be the question's.
func TestFirstBulletPersonAsked(t *testing.T) {
	vi := Citation{Lang: "vi", Title: "Nga và Mỹ trao đổi tù nhân tại Abu Dhabi",
		Passage: "Nga và Mỹ ngày 3/4 đã trao đổi tù nhân tại sân bay Abu Dhabi.\n\n" +
			"Theo thỏa thuận, Nga thả nhà báo Peter Lindqvist và kỹ sư Marta Okonkwo.\n\n" +
			"Đổi lại, Mỹ thả Anton Belyakov, một công dân Nga bị tòa án ở Seattle kết án bảy năm tù vì rửa tiền.\n\n" +
			"Bà Okonkwo, 47 tuổi, lãnh án ba năm vì quyên tiền cho một bệnh viện ở Ukraine."}
	for _, q := range []string{"Kỹ sư Marta Okonkwo bị kết án bao nhiêu năm?", "Ky su Marta Okonkwo bi ket an bao nhieu nam?"} {
		if got := firstBullet(t, q, "vi", vi); !strings.Contains(got, "ba năm") {
			t.Errorf("%s: first bullet %q, want Okonkwo's three years", q, got)
		}
	}
	en := Citation{Lang: "en", Title: "U.S. and Russia swap prisoners in Abu Dhabi",
		Passage: "ABU DHABI - Russia and the United States swapped prisoners on Friday.\n\n" +
			"Russia freed journalist Peter Lindqvist and engineer Marta Okonkwo.\n\n" +
			"In return, Washington released Anton Belyakov, who had been sentenced in Seattle to seven years for money laundering.\n\n" +
			"She had been given three years for donating to a hospital in Ukraine."}
	// "She" tells of the person the sentence before named, not of
	// Belyakov: a pronoun's sentence keeps the kind asked.
	if got := firstBullet(t, "How many years was Marta Okonkwo given?", "en", en); !strings.Contains(got, "three years") {
		t.Errorf("first bullet %q, want Okonkwo's three years", got)
	}
	// Asked of no one in particular, the sentence of the kind asked leads
	// as before.
	if got := firstBullet(t, "How many years was Anton Belyakov sentenced to?", "en", en); !strings.Contains(got, "seven years") {
		t.Errorf("first bullet %q, want Belyakov's seven years", got)
	}
}

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

// TestFirstBulletWhoNotVenue: the venue's name ("the Naval War College")
// names no one, so a lead that gives only the venue does not answer
// "who headed the side": the sentence naming the head does.
func TestFirstBulletWhoNotVenue(t *testing.T) {
	src := Citation{Lang: "en", Title: "Naval arms talks in Newport end early",
		Passage: "NEWPORT, Rhode Island - Talks between U.S. and Russian officials on naval drones ended on Tuesday after one day at the Naval War College, with no agreement.\n\n" +
			"The talks had been planned for two days.\n\n" +
			"The U.S. delegation was headed by Margaret Ellison, a deputy assistant secretary of state, and the Russian one by Ambassador Oleg Rudenko."}
	if got := firstBullet(t, "who headed the us side at the newport naval drone talks", "en", src); !strings.Contains(got, "Margaret Ellison") {
		t.Errorf("first bullet %q, want the sentence naming the head", got)
	}
}
