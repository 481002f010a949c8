package answer

import (
	"testing"
	"time"
)

// countedAtArticles are short original texts for a Vietnamese "bao
// nhiêu" question that names, before what it counts, another thing
// beginning with the same syllable ("chuyến thăm" before "chuyên gia",
// both "chuyen" folded), and the same story without the count.
var countedAtArticles = map[string]Citation{
	"experts-ru": {Title: "Канадские эксперты в Осло", Lang: "ru", Published: time.Date(2026, 4, 2, 0, 0, 0, 0, time.UTC),
		Passage: "Делегация Канады посетила Осло. В её составе девять экспертов по рыболовству."},
	"experts-ru-near": {Title: "Канадские эксперты в Осло", Lang: "ru", Published: time.Date(2026, 4, 2, 0, 0, 0, 0, time.UTC),
		Passage: "Делегация Канады посетила Осло. В её составе эксперты по рыболовству."},
	"experts-vi": {Title: "Chuyên gia Canada tới Oslo", Lang: "vi", Published: time.Date(2026, 4, 2, 0, 0, 0, 0, time.UTC),
		Passage: "Phái đoàn Canada đã tới Oslo. Phái đoàn gồm chín chuyên gia về nghề cá."},
}

// TestJudgeCountsTheNounAsked: the noun "bao nhiêu" counts is the
// concept it begins, not an earlier one sharing its first syllable: a
// count bound to "chuyên gia" answers, one of no visit is not asked.
func TestJudgeCountsTheNounAsked(t *testing.T) {
	judgeEachArticle(t, countedAtArticles, []articleCase{
		{"ru", "Chuyến thăm Oslo của Canada có bao nhiêu chuyên gia?", "vi", "experts-ru", true},
		{"ru-near", "Chuyến thăm Oslo của Canada có bao nhiêu chuyên gia?", "vi", "experts-ru-near", false},
		{"vi", "Chuyến thăm Oslo của Canada có bao nhiêu chuyên gia?", "vi", "experts-vi", true},
	})
}
