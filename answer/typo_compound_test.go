package answer

import (
	"strings"
	"testing"

	"github.com/detente/detente/retrieval"
)

// TestRepairTyposCompoundSyllable: a misspelt Vietnamese syllable no
// passage holds is repaired by the compound it is half of, where the
// passages write that compound beside the question's other half
// ("chuyến bau" for "chuyến bay"); alone, or beside a stop word, or
// with two compounds one letter away, it is left as written.
func TestRepairTyposCompoundSyllable(t *testing.T) {
	src := []Citation{{Title: "Mở lại đường bay thẳng Moskva - Hà Nội", Lang: "vi",
		Passage: "Mỗi tuần sẽ có 4 chuyến bay thẳng giữa Moskva và Hà Nội. Giá vé khứ hồi năm nay khoảng 900 USD. Hãng sẽ tập trung vào chuyến bay đêm."}}
	tests := []struct {
		name, q, want string
	}{
		{"the compound the passages write", "Mỗi tuần có bao nhiêu chuyến bau thẳng giữa Moskva và Hà Nội?", "Mỗi tuần có bao nhiêu chuyến bay thẳng giữa Moskva và Hà Nội?"},
		{"a syllable the passages hold stays", "Có bao nhiêu chuyến bay thẳng?", "Có bao nhiêu chuyến bay thẳng?"},
		{"no compound beside it", "Hãng bau nào bay thẳng?", "Hãng bau nào bay thẳng?"},
		{"beside a stop word", "Giá vé của bau là bao nhiêu?", "Giá vé của bau là bao nhiêu?"},
		{"a question word is no typo", "Đường bay mở lại vào năm nào?", "Đường bay mở lại vào năm nào?"},
		{"a syllable written with its marks is meant", "Hãng sẽ lập trung tâm bảo dưỡng ở đâu?", "Hãng sẽ lập trung tâm bảo dưỡng ở đâu?"},
		{"a question typed without marks has no slip to see", "moi tuan co bao nhieu chuyen bau thang?", "moi tuan co bao nhieu chuyen bau thang?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := repairTypos(tt.q, src); got != tt.want {
				t.Errorf("repairTypos(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
	// Two compounds one letter away ("chuyến bay", "chuyến tàu"): which
	// was meant is a guess, so none is made.
	two := []Citation{{Title: "Nối lại giao thông", Lang: "vi", Passage: "Mỗi tuần có 4 chuyến bay và 2 chuyến tàu đêm."}}
	if q := "Có bao nhiêu chuyến bau?"; repairTypos(q, two) != q {
		t.Errorf("repairTypos(%q) = %q, want it unchanged", q, repairTypos(q, two))
	}
	// Only Vietnamese passages are read as syllables.
	en := []Citation{{Title: "Flights resume", Lang: "en", Passage: "Four chuyen bay a week, the Vietnamese carrier said."}}
	if q := "Có bao nhiêu chuyến bau?"; repairTypos(q, en) != q {
		t.Errorf("repairTypos(%q) against English = %q, want it unchanged", q, repairTypos(q, en))
	}
}

// TestAskCountWithMisspeltSyllable: "Mỗi ngày có bao nhiêu chuyến bau…"
// is answered by the passage that counts "chuyến bay" a day.
func TestAskCountWithMisspeltSyllable(t *testing.T) {
	hit := retrieval.Hit{ChunkID: 9, ArticleID: "duongbay", Title: "Mở lại đường bay thẳng Moskva - Hà Nội",
		URL: "https://example.org/duongbay", Source: "Báo Mẫu", Lang: "vi", Published: day("2026-02-10"),
		Text: "Hai bên nhất trí mở lại đường bay thẳng từ tháng 4. Mỗi ngày sẽ có khoảng 6 chuyến bay chở khách giữa Moskva và Hà Nội.", Relevant: true}
	h := newHarness(t, []retrieval.Hit{hit}, true, nil)
	a := h.ask(t, Request{Question: "Mỗi ngày có bao nhiêu chuyến bau chở khách giữa Moskva và Hà Nội?", Lang: "vi"})
	if a.NoSources || !strings.Contains(a.Text, "6 chuyến bay") {
		t.Fatalf("the misspelt count was not answered: %+v", a)
	}
}
