package answer

import (
	"slices"
	"testing"
	"time"
)

// TestHeldByStoryNameFurtherDown: the judge found the Vietnamese report's
// passages without the town asked about ("Tromso"), which its dateline
// paragraph, not retrieved, writes as "Tromsø"; its whole story holds
// the question, and its sentences may be quoted. A story that names
// another town, or fails a year, still does not hold.
func TestHeldByStoryNameFurtherDown(t *testing.T) {
	town := Constraint{Kind: KindName, Text: "Tromso"}
	year := Constraint{Kind: KindYear, Text: "2026"}
	sources := []Citation{
		{ArticleID: "ru", Lang: "ru", Passage: "Делегацию США в Тромсё возглавила адмирал Джейн Коллинз."},
		{ArticleID: "vi", Lang: "vi", Passage: "Phái đoàn Mỹ do đô đốc Jane Collins dẫn đầu.",
			story: "TROMSØ - Nga và Na Uy tổ chức hội nghị về cứu nạn.\nPhái đoàn Mỹ do đô đốc Jane Collins dẫn đầu."},
		{ArticleID: "other", Lang: "vi", Passage: "Phái đoàn Mỹ do đô đốc Jane Collins dẫn đầu.",
			story: "BODØ - Hội nghị ở Bodø.\nPhái đoàn Mỹ do đô đốc Jane Collins dẫn đầu."},
		{ArticleID: "year", Lang: "vi", Passage: "Phái đoàn Mỹ do đô đốc Jane Collins dẫn đầu.",
			story: "TROMSØ - Hội nghị năm 2024.\nPhái đoàn Mỹ do đô đốc Jane Collins dẫn đầu."},
	}
	v := Verdict{Holds: []bool{true, false, false, false}, missed: [][]Constraint{nil, {town}, {town}, {town, year}}}
	if got, want := heldByStory(v, sources), []bool{true, true, false, false}; !slices.Equal(got, want) {
		t.Errorf("holds %v, want %v", got, want)
	}
}

// TestHeldByStoryTwin: the Russian retelling of the English report of
// one day's talks shares only one name with it in the passages retrieved,
// but its whole story names the same town and officials: it holds as the
// English report does. A Russian story of that day on other talks does not.
func TestHeldByStoryTwin(t *testing.T) {
	day := time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC)
	sources := []Citation{
		{ArticleID: "en", Lang: "en", Published: day, Passage: "HALIFAX - U.S. and Russian negotiators agreed on Thursday to share ice charts.",
			story: "HALIFAX - U.S. and Russian negotiators agreed on Thursday to share ice charts.\nThe U.S. side was led by Maren Holloway and the Russian side by Pavel Drozdov."},
		{ArticleID: "ru", Lang: "ru", Published: day, Passage: "ГАЛИФАКС, 14 мая. Россия и США договорились обмениваться ледовыми картами.",
			story: "ГАЛИФАКС, 14 мая. Россия и США договорились обмениваться ледовыми картами.\nРоссийскую делегацию возглавил Павел Дроздов, американскую — Марен Холлоуэй."},
		{ArticleID: "ru-other", Lang: "ru", Published: day, Passage: "ЖЕНЕВА, 14 мая. Россия и США обсудили обмен заключёнными.",
			story: "ЖЕНЕВА, 14 мая. Россия и США обсудили обмен заключёнными.\nРоссийскую делегацию возглавил Олег Суханов."},
	}
	v := Verdict{Holds: []bool{true, false, false}}
	if got, want := heldByStory(v, sources), []bool{true, true, false}; !slices.Equal(got, want) {
		t.Errorf("holds %v, want %v", got, want)
	}
}
