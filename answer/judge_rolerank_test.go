package answer

import (
	"testing"
	"time"
)

// TestJudgeChiefOfARole: "chief" before a role noun ranks the role
// ("Norway's chief negotiator"), it does not make the speaker the head of
// the country beside it: a story where only another side's envoy speaks
// does not say what Norway's chief negotiator said.
func TestJudgeChiefOfARole(t *testing.T) {
	arts := map[string]Citation{
		"other": {Title: "Geneva talks reopen Arctic fisheries hotline", Lang: "en", Published: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC),
			Passage: "GENEVA - U.S. and Russian envoys agreed in Geneva on Monday to reopen the Arctic fisheries hotline, closed since 2022. " +
				"The U.S. side was led by Dana Holt, the special envoy for Norway talks. A Norwegian delegation followed the talks from a separate room. " +
				"Holt said the deal was \"small but real\"."},
		"given": {Title: "Geneva talks reopen Arctic fisheries hotline", Lang: "en", Published: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC),
			Passage: "GENEVA - U.S., Russian and Norwegian envoys agreed in Geneva on Monday to reopen the Arctic fisheries hotline, closed since 2022. " +
				"Norway's chief negotiator, Erik Lunde, said the deal was \"small but real\"."},
		"vi-other": {Title: "Đàm phán tại Geneva mở lại đường dây nóng nghề cá Bắc Cực", Lang: "vi", Published: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC),
			Passage: "GENEVA - Các đặc phái viên Mỹ và Nga ngày 2/3 đã nhất trí tại Geneva mở lại đường dây nóng nghề cá Bắc Cực, bị đóng từ năm 2022. " +
				"Trưởng đoàn Mỹ là đặc phái viên Dana Holt. Phái đoàn Na Uy theo dõi cuộc đàm phán từ một phòng riêng. " +
				"Bà Holt cho biết thỏa thuận \"nhỏ nhưng có thật\"."},
		"vi-given": {Title: "Đàm phán tại Geneva mở lại đường dây nóng nghề cá Bắc Cực", Lang: "vi", Published: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC),
			Passage: "GENEVA - Các đặc phái viên Mỹ, Nga và Na Uy ngày 2/3 đã nhất trí tại Geneva mở lại đường dây nóng nghề cá Bắc Cực, bị đóng từ năm 2022. " +
				"Trưởng đoàn đàm phán Na Uy Erik Lunde cho biết thỏa thuận \"nhỏ nhưng có thật\"."},
	}
	tests := []struct {
		q, article string
		answerable bool
	}{
		{"What did Norway's chief negotiator say after the Geneva talks on the fisheries hotline?", "other", false},
		{"What did Norway's chief negotiator say after the Geneva talks on the fisheries hotline?", "given", true},
		{"What did the U.S. special envoy say after the Geneva talks on the fisheries hotline?", "other", true},
		// A report in another language that writes no negotiator of
		// Norway, where only the US envoy speaks.
		{"What did Norway's chief negotiator say after the Geneva talks on the fisheries hotline?", "vi-other", false},
		{"What did Norway's chief negotiator say after the Geneva talks on the fisheries hotline?", "vi-given", true},
	}
	for _, tt := range tests {
		v := judge(tt.q, "en", []Citation{arts[tt.article]})
		if v.Answerable != tt.answerable {
			t.Errorf("judge(%q) on %s: answerable %v, want %v (%s)", tt.q, tt.article, v.Answerable, tt.answerable, v.Reason())
		}
	}
}
