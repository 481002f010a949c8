package answer

import (
	"testing"
	"time"
)

// TestJudgeNewPostHolder: a post asked as a new one ("the new Russian
// ambassador to Peru", "tân Đại sứ Nga tại Peru", "новый посол России в
// Перу") is not answered by a story that names the post's long-serving
// holder, or names the post in passing while its new holder is another
// country's; a story that tells the post as new, or its holder appointed
// or presenting credentials, answers it, in any of the three languages.
func TestJudgeNewPostHolder(t *testing.T) {
	day := time.Date(2026, 5, 6, 0, 0, 0, 0, time.UTC)
	old := []Citation{
		{Title: "Russian envoy in Lima discusses fishing licences", Lang: "en", Published: day,
			Passage: "LIMA - The Russian ambassador to Peru, Oleg Brandt, met Peru's fisheries minister on Tuesday to discuss licences for Russian trawlers. " +
				"Brandt, who has served in Lima since 2019, said the talks were constructive."},
		{Title: "Tân Đại sứ Mỹ tại Peru trình quốc thư", Lang: "vi", Published: day,
			Passage: "Ngày 5/5, ông Mark Ellison, tân Đại sứ Mỹ tại Peru, đã trình quốc thư lên Tổng thống Peru tại Lima. " +
				"Đại sứ quán Nga tại Lima không bình luận về việc bổ nhiệm. Đại sứ Nga tại Peru đã gặp ông Ellison trong một buổi tiếp tân hôm 4/5."},
	}
	fresh := []Citation{
		{Title: "Russia's new envoy presents credentials in Lima", Lang: "en", Published: day,
			Passage: "LIMA - Oleg Brandt, Russia's new ambassador to Peru, presented his credentials to the Peruvian president on Tuesday."},
		{Title: "Đại sứ Nga tại Peru trình quốc thư", Lang: "vi", Published: day,
			Passage: "Ngày 5/5, Đại sứ Nga tại Peru Oleg Brandt đã trình quốc thư lên Tổng thống Peru tại Lima."},
		{Title: "Посол в Перу", Lang: "ru", Published: day,
			Passage: "ЛИМА. Указом президента Олег Брандт назначен послом России в Перу. Ранее он работал в Мадриде."},
	}
	questions := []struct{ q, lang string }{
		{"Who is the new Russian ambassador to Peru?", "en"},
		{"Tân đại sứ Nga tại Peru là ai?", "vi"},
		{"Ai là đại sứ Nga mới tại Peru?", "vi"},
		{"Tan dai su Nga tai Peru la ai?", "vi"},
		{"Кто новый посол России в Перу?", "ru"},
	}
	for _, q := range questions {
		for _, src := range old {
			if v := judge(q.q, q.lang, []Citation{src}); v.Answerable {
				t.Errorf("judge(%q) over %q: answerable, want refused (an older holder, or another's new post)", q.q, src.Title)
			}
		}
		for _, src := range fresh {
			if v := judge(q.q, q.lang, []Citation{src}); !v.Answerable {
				t.Errorf("judge(%q) over %q: refused (%s), want answerable", q.q, src.Title, v.Reason())
			}
		}
	}
	// Not asked as new: the long-serving holder answers.
	for _, q := range []struct{ q, lang string }{{"Who is the Russian ambassador to Peru?", "en"}, {"Ai là Đại sứ Nga tại Peru?", "vi"}} {
		if v := judge(q.q, q.lang, old[:1]); !v.Answerable {
			t.Errorf("judge(%q): refused (%s), want answerable", q.q, v.Reason())
		}
	}
}
