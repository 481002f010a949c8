package answer

import (
	"testing"
	"time"
)

// TestJudgeSuccession: "who held the post before (or after) a person the
// question names" is answered by a story that tells the succession, not
// by one that names only the holder, his country and his earlier posts:
// the names there are new to the question but none is his predecessor.
// Stories written for this test, in the three languages.
func TestJudgeSuccession(t *testing.T) {
	pub := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	src := func(lang, title, body string) Citation {
		return Citation{N: 1, ArticleID: "s-" + lang, Title: title, Passage: body, Lang: lang, Published: pub}
	}
	holderEN := src("en", "New Canadian ambassador Brennan arrives in Oslo",
		"OSLO, March 2 - Patrick Brennan, the new Canadian ambassador to Norway, presented his credentials to King Harald on Monday.\n\n"+
			"Brennan, 57, previously served as ambassador to Chile and as consul general in Hamburg. He speaks Norwegian.\n\n"+
			"His predecessor left Oslo in the summer of 2025.")
	toldEN := src("en", "New Canadian ambassador Brennan arrives in Oslo",
		"OSLO, March 2 - Patrick Brennan, the new Canadian ambassador to Norway, presented his credentials to King Harald on Monday.\n\n"+
			"Brennan, 57, replaces Louise Tremblay, who left the post in the summer after four years.")
	holderRU := src("ru", "Новый посол Канады Бреннан прибыл в Осло",
		"ОСЛО, 2 марта. Новый посол Канады в Норвегии Патрик Бреннан вручил в понедельник верительные грамоты королю Харальду.\n\n"+
			"Бреннан ранее был послом в Чили и генеральным консулом в Гамбурге.")
	toldRU := src("ru", "Новый посол Канады Бреннан прибыл в Осло",
		"ОСЛО, 2 марта. Новый посол Канады в Норвегии Патрик Бреннан вручил в понедельник верительные грамоты королю Харальду.\n\n"+
			"Он сменил на этом посту Луизу Трамбле, которая покинула Осло летом.")
	holderVI := src("vi", "Tân Đại sứ Canada tại Na Uy trình quốc thư",
		"Ngày 2/3, ông Patrick Brennan, tân Đại sứ Canada tại Na Uy, đã trình quốc thư lên Nhà vua Harald tại Oslo.\n\n"+
			"Ông Brennan từng là Đại sứ tại Chile và Tổng lãnh sự tại Hamburg.")
	toldVI := src("vi", "Tân Đại sứ Canada tại Na Uy trình quốc thư",
		"Ngày 2/3, ông Patrick Brennan, tân Đại sứ Canada tại Na Uy, đã trình quốc thư lên Nhà vua Harald tại Oslo.\n\n"+
			"Ông Brennan thay thế bà Louise Tremblay, người đã rời nhiệm sở vào mùa hè.")
	tests := []struct {
		name, q, lang string
		src           Citation
		answerable    bool
	}{
		{"en before, holder only", "Who was Canada's ambassador to Norway before Patrick Brennan?", "en", holderEN, false},
		{"en before, told", "Who was Canada's ambassador to Norway before Patrick Brennan?", "en", toldEN, true},
		{"en predecessor, holder only", "Who was Brennan's predecessor as ambassador in Oslo?", "en", holderEN, false},
		{"en replace, told", "Who did Brennan replace as ambassador in Oslo?", "en", toldEN, true},
		{"ru до, holder only", "Кто был послом Канады в Норвегии до Патрика Бреннана?", "ru", holderRU, false},
		{"ru до, told", "Кто был послом Канады в Норвегии до Патрика Бреннана?", "ru", toldRU, true},
		{"vi trước ông, holder only", "Ai là Đại sứ Canada tại Na Uy trước ông Patrick Brennan?", "vi", holderVI, false},
		{"vi tiền nhiệm, holder only", "Ai là người tiền nhiệm của ông Brennan tại Na Uy?", "vi", holderVI, false},
		{"vi trước ông, told", "Ai là Đại sứ Canada tại Na Uy trước ông Patrick Brennan?", "vi", toldVI, true},
		{"en successor named before the word", "Who replaced Louise Tremblay as ambassador in Oslo?", "en", toldEN, true},
		{"vi thay ông, told", "Ai thay ông Patrick Brennan làm Đại sứ Canada tại Na Uy?", "vi",
			src("vi", "Canada cử đại sứ mới tại Na Uy", "Ngày 2/3, Canada đề cử bà Louise Tremblay làm Đại sứ mới tại Na Uy thay ông Patrick Brennan."), true},
		// Not a succession: who did a thing, with no person after "before".
		{"en before an event", "Who presented credentials to King Harald before the summer?", "en", holderEN, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := judge(tc.q, tc.lang, []Citation{tc.src})
			if v.Answerable != tc.answerable {
				t.Errorf("judge(%q) answerable = %v, want %v (%s)", tc.q, v.Answerable, tc.answerable, v.Reason())
			}
		})
	}
}
