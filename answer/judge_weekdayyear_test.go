package answer

import (
	"testing"
	"time"
)

// An original report of 2025 (not from any evaluation set): the news of
// the week is told "on Tuesday" in a sentence that also recalls, of the
// lodge it names, a closure years before; the request itself is dated by
// a month alone.
var lodgeRefusal = Citation{ArticleID: "lodge-refusal", Title: "Helsinki refuses repair crew for lakeside property", Lang: "en", N: 1,
	Published: time.Date(2025, 9, 11, 0, 0, 0, 0, time.UTC),
	Passage: "HELSINKI - Finland has rejected a Russian request to send a repair crew to the Saimaa Lodge, the Russian embassy said on Tuesday, " +
		"in a long dispute over the lakeside property seized from the trade mission in 2019. " +
		"The embassy said it had asked in July to send seven electricians for two days to check the wiring. " +
		"Finnish officials said the property remained under court control."}

// A sentence that tells its news on a weekday is of the story's year,
// whatever other year it recalls: the 2025 story's refusal, told "on
// Tuesday" beside "seized … in 2019", answers a question of 2025. The
// year the story does not give stays refused, and so does the year it
// recalls for the closure when the question asks of the request.
func TestJudgeWeekdaySentenceIsOfTheStoryYear(t *testing.T) {
	tests := []struct {
		q, lang string
		want    bool
	}{
		{"How many electricians did the Russian embassy want to send to the Saimaa Lodge in 2025?", "en", true},
		{"How many electricians did Russia ask to send to the Saimaa Lodge in 2025?", "en", true},
		{"How many electricians did the Russian embassy want to send to the Saimaa Lodge in 2024?", "en", false},
		{"How many electricians did the Russian embassy want to send to the Saimaa Lodge in 2023?", "en", false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if v := judge(tt.q, tt.lang, []Citation{lodgeRefusal}); v.Answerable != tt.want {
				t.Fatalf("answerable = %v, want %v (%s)", v.Answerable, tt.want, v.Reason())
			}
		})
	}
}
