package answer

import (
	"testing"
	"time"
)

// bindArticles are short original texts that name a question's
// constraint only beside another event, office or thing: near misses a
// reader would call unanswered, and the texts that do answer.
var bindArticles = map[string]Citation{
	"india-visit": {Title: "India and Russia agree on fertiliser supplies", Lang: "en", Published: time.Date(2026, 5, 6, 0, 0, 0, 0, time.UTC),
		Passage: "NEW DELHI - Russian Foreign Minister Ivan Sorokin met Indian External Affairs Minister Vikram Nair on Wednesday. " +
			"Nair said India would keep buying fertiliser from Russia. " +
			"Sorokin said the last two air defence units would arrive on time."},
	"india-defence": {Title: "Indian minister on air defence deliveries", Lang: "en", Published: time.Date(2026, 5, 7, 0, 0, 0, 0, time.UTC),
		Passage: "India's Defence Minister Arjun Rao said on Thursday that the last two air defence units from Russia would arrive on time."},
}

// TestJudgeBinding: a question's office, counted noun or named thing
// must be what the article speaks of, not a word it uses of another.
func TestJudgeBinding(t *testing.T) {
	tests := []struct {
		name, q, lang, article string
		answerable             bool
	}{
		// British spelling of an office is the office: "India's
		// defence minister" is not met by India's foreign minister.
		{"office, British spelling, other office", "What did India's defence minister say about the air defence deliveries?", "en", "india-visit", false},
		{"office, British spelling, given", "What did India's defence minister say about the air defence deliveries?", "en", "india-defence", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := judge(tt.q, tt.lang, []Citation{bindArticles[tt.article]})
			if v.Answerable != tt.answerable {
				t.Errorf("judge(%q) on %s: answerable %v, want %v (%s)", tt.q, tt.article, v.Answerable, tt.answerable, v.Reason())
			}
		})
	}
}
