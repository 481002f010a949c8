package answer

import "testing"

func init() {
	slotKindArticles["en-planned-place"] = Citation{Title: "Arctic shipping talks end in Oslo", Lang: "en", Published: slotKindDay,
		Passage: "OSLO - Russian and American officials ended two days of talks on Arctic shipping on Friday. " +
			"They agreed to share ice forecasts for the Bering Strait. " +
			"The next round of talks is planned for Reykjavik."}
	slotKindArticles["en-planned-month"] = Citation{Title: "Arctic shipping talks end in Oslo", Lang: "en", Published: slotKindDay,
		Passage: "OSLO - Russian and American officials ended two days of talks on Arctic shipping on Friday. " +
			"They agreed to share ice forecasts for the Bering Strait. " +
			"The next round of talks is planned for September."}
}

// TestJudgePlannedFor: an event set for a place ("is planned for
// Reykjavik") tells where it will be; set for a month, it does not.
func TestJudgePlannedFor(t *testing.T) {
	runSlotKinds(t, []slotKindCase{
		{"en, place", "Where will the next round of Arctic shipping talks take place?", "en", "en-planned-place", true},
		{"vi, place", "Vòng đàm phán tiếp theo về vận tải biển ở Bắc Cực sẽ diễn ra ở đâu?", "vi", "en-planned-place", true},
		{"en, month", "Where will the next round of Arctic shipping talks take place?", "en", "en-planned-month", false},
		{"vi, month", "Vòng đàm phán tiếp theo về vận tải biển ở Bắc Cực sẽ diễn ra ở đâu?", "vi", "en-planned-month", false},
	})
}
