package answer

import (
	"testing"
	"time"
)

// TestOfficeTypedWithWrongMark: "Tổng thông Ghana" is the "Tổng thống"
// the report writes, typed with a wrong tone: each syllable is a word of
// its own ("thông" of "thông tin"), so no syllable is a typo, but the
// office is one phrase, and the question is answered by the president's
// words. An office typed right, or another word, is left as written.
func TestOfficeTypedWithWrongMark(t *testing.T) {
	src := Citation{Title: "Nga và Mỹ trao đổi tù nhân ở Zambia", Lang: "vi", Published: time.Date(2026, 6, 2, 0, 0, 0, 0, time.UTC),
		Passage: "Nga và Mỹ ngày 1/6 đã trao đổi hai tù nhân tại sân bay Lusaka. " +
			"Tổng thống Zambia phát biểu rằng đất nước ông sẵn sàng làm cầu nối cho đối thoại."}
	src.N, src.ArticleID = 1, "vi-zambia"
	for _, tc := range []struct{ q, want string }{
		{"Tổng thông Zambia nói gì về cuộc trao đổi tù nhân?", "Tổng thống Zambia nói gì về cuộc trao đổi tù nhân?"},
		{"tổng thông Zambia nói gì?", "tổng thống Zambia nói gì?"},
		{"Tổng thống Zambia nói gì về cuộc trao đổi tù nhân?", "Tổng thống Zambia nói gì về cuộc trao đổi tù nhân?"},
		{"Thông tin về cuộc trao đổi ở Zambia?", "Thông tin về cuộc trao đổi ở Zambia?"},
	} {
		got := repairTypos(tc.q, []Citation{src})
		if got != tc.want {
			t.Errorf("repairTypos(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
	if v := judge(repairTypos("Tổng thông Zambia nói gì về cuộc trao đổi tù nhân?", []Citation{src}), "vi", []Citation{src}); !v.Answerable {
		t.Errorf("the president's words refused: %s", v.Reason())
	}
}
