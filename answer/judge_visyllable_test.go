package answer

import (
	"testing"
	"time"
)

// TestJudgeVietnameseSpellingTogether: a name asked in English or
// Russian is met in a Vietnamese story only by the lexicon's Vietnamese
// spelling written together ("Vương quốc Anh", "nước Anh"), not by its
// syllables apart: "nước" and "ảnh" (folded "anh") are in any story.
// Stories written for this test.
func TestJudgeVietnameseSpellingTogether(t *testing.T) {
	pub := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
	body := "Ngày 9/3, Hội đồng Liên minh châu Âu thông qua lệnh trừng phạt đối với bốn ngân hàng Nga bị cáo buộc giúp né tránh các biện pháp hạn chế.\n\n" +
		"Các nước thành viên cho rằng lệnh trừng phạt sẽ ảnh hưởng đến nguồn thu của Nga."
	apart := Citation{N: 1, ArticleID: "visyl", Lang: "vi", Published: pub, Title: "EU trừng phạt bốn ngân hàng Nga", Passage: body}
	together := apart
	together.Passage += "\n\nVương quốc Anh cũng trừng phạt bốn ngân hàng này, đóng băng tài sản của họ tại London."
	tests := []struct {
		name, q, lang string
		src           Citation
		answerable    bool
	}{
		{"ru apart", "Какие санкции ввела Великобритания против российских банков?", "ru", apart, false},
		{"en apart", "What sanctions did the United Kingdom impose on Russian banks?", "en", apart, false},
		{"ru together", "Какие санкции ввела Великобритания против российских банков?", "ru", together, true},
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
