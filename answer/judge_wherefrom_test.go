package answer

import (
	"testing"
	"time"
)

// Where a named person is from, asked of a story in another language
// whose words the judge cannot all look for there: the place is in the
// sentence naming him or the next, not the venue of the lead.
func TestJudgeWherePersonIsFrom(t *testing.T) {
	src := func(body string) []Citation {
		return []Citation{{N: 1, ArticleID: "a", Lang: "vi", Title: "Nga và Mỹ trao đổi tù nhân tại sân bay ở Lisbon", Passage: body, Published: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)}}
	}
	const lead = "LISBON — Nga và Mỹ ngày 4/3 đã trao đổi hai tù nhân tại sân bay Humberto Delgado ở thủ đô Lisbon của Bồ Đào Nha. "
	tests := []struct {
		name, body string
		want       bool
	}{
		{"only the state", lead + "Phía Nga trả tự do cho Martin Rourke, kỹ sư 41 tuổi đến từ bang Idaho, bị kết án 8 năm tù.", false},
		{"town given", lead + "Phía Nga trả tự do cho Martin Rourke, kỹ sư 41 tuổi đến từ thị trấn Sandpoint ở bang Idaho, bị kết án 8 năm tù.", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if v := judge("Which town in Idaho is Martin Rourke from?", "en", src(tc.body)); v.Answerable != tc.want {
				t.Errorf("answerable = %v, want %v (%s; %v)", v.Answerable, tc.want, v.Reason(), v.Constraints)
			}
		})
	}
}
