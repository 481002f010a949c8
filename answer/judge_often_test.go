package answer

import (
	"testing"
	"time"
)

// oftenArticles are short original texts for a "how often" question and
// a question naming the corpus's sides by their capitals: a frequency
// told without a number, sides told by their adjectives ("American and
// Russian officials"), and the same story without the frequency.
var oftenArticles = map[string]Citation{
	"monthly": {Title: "U.S. and Russia to test satellite hotline", Lang: "en", Published: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC),
		Passage: "American and Russian officials agreed to keep the old satellite hotline until the new cable is laid. " +
			"Both sides will send a test call over it on the last Friday of every month."},
	"monthly-near": {Title: "U.S. and Russia to test satellite hotline", Lang: "en", Published: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC),
		Passage: "American and Russian officials agreed to keep the old satellite hotline until the new cable is laid. " +
			"Both sides will send a test call over it before the cable is laid."},
	"weekly": {Title: "Grain corridor talks", Lang: "en", Published: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC),
		Passage: "U.S. and Russian envoys met in Geneva on the grain corridor. They will hold weekly video calls on the inspections."},
}

// TestJudgeHowOftenByFrequency: "how often" is read as "how many", and a
// frequency answers it without a number; the capitals of the corpus's
// sides are met by an article that names them by their adjectives
// ("U.S. and Russian envoys"), as the lexicon spells them in English.
func TestJudgeHowOftenByFrequency(t *testing.T) {
	judgeEachArticle(t, oftenArticles, []articleCase{
		{"monthly", "How often will Washington and Moscow test the satellite hotline?", "en", "monthly", true},
		{"monthly-near", "How often will Washington and Moscow test the satellite hotline?", "en", "monthly-near", false},
		{"weekly", "How often will the envoys hold video calls on the grain corridor?", "en", "weekly", true},
		{"capitals", "What did Washington and Moscow agree about the satellite hotline?", "en", "monthly", true},
	})
}
