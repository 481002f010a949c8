package answer

import (
	"testing"
	"time"
)

// TestJudgeWordOfANameIsNoContent: "biển" (sea) is a word of its own
// and a word of the name "tuyến đường biển phía Bắc" (the Northern Sea
// Route). Read as content too, it located the question at every sentence
// on the sea, and the sentence that compares the route with the Suez
// Canal, further on, answered nothing: the question was refused. A word
// inside a name the question writes is the name's.
func TestJudgeWordOfANameIsNoContent(t *testing.T) {
	passage := "МУРМАНСК, 3 июня. Россия и Норвегия обсудили судоходство в Баренцевом море и квоты на вылов трески. " +
		"Эксперты ожидают роста грузоперевозок по Северному морскому пути. " +
		"Норвежская сторона предложила продлить соглашение о рыболовстве. " +
		"«По северу выходит на 40 процентов короче, чем через Суэцкий канал», — сказал министр."
	c := Citation{Title: "Россия и Норвегия обсудили Арктику", Lang: "ru", Published: time.Date(2026, 6, 3, 0, 0, 0, 0, time.UTC), Passage: passage}
	q := "Tuyến đường biển phía Bắc ngắn hơn kênh đào Suez bao nhiêu?"
	if v := judge(q, "vi", []Citation{c}); !v.Answerable {
		t.Errorf("%q: refused (%s), want answered by the comparison with the canal", q, v.Reason())
	}
}
