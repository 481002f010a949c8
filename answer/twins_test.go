package answer

import (
	"testing"
	"time"

	"github.com/detente/detente/retrieval"
)

// A twin of another script answers only when it names the person asked
// of itself: the judge counts a name it cannot spell in the twin's
// script as met, so a Russian passage that never names "Thornbury"
// would answer what he was convicted of.
func TestTwinMustNameThePersonAsked(t *testing.T) {
	v := Verdict{Answerable: true, Constraints: []Constraint{{Kind: KindName, Text: "thornbury"}, {Kind: KindAnswer, Text: "detail"}}, Meets: []bool{false, true}}
	twin := []retrieval.Hit{{ArticleID: "ru"}}
	without := []Citation{{ArticleID: "vi"}, {ArticleID: "ru", Passage: "Самолёт с освобождёнными вылетел в Рамштайн вечером."}}
	if twinMeets(v, without, twin) {
		t.Error("a twin that does not name Thornbury met the question")
	}
	with := []Citation{{ArticleID: "vi"}, {ArticleID: "ru", Passage: "Бывшего военного Дэвида Торнбери осудили за шпионаж."}}
	if !twinMeets(v, with, twin) {
		t.Error("a twin naming Торнбери did not meet the question")
	}
}

// A twin's sentence that retells one of the kept telling's, naming two of
// the same people, is not the twin's to answer with; its new sentence is.
func TestNewInTwinDropsRetoldSentences(t *testing.T) {
	day := time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC)
	kept := []retrieval.Hit{{ArticleID: "vi", Lang: "vi", Published: day,
		Text: "Phía Nga thả nhà báo David Thornbury cùng kỹ sư Martin Kessler tại sân bay Tashkent."}}
	twin := []retrieval.Hit{{ArticleID: "ru", Lang: "ru", Published: day,
		Text: "Россия освободила журналиста Дэвида Торнбери и инженера Мартина Кесслера. Самолёт вылетел в Рамштайн в 16:00."}}
	got := newInTwin(twin, kept)
	if len(got) != 1 || got[0].Text != "Самолёт вылетел в Рамштайн в 16:00." {
		t.Errorf("newInTwin = %+v, want only the flight's sentence", got)
	}
}
