package answer

import (
	"testing"
	"time"
)

// A name a word for naming gives to one thing ("the drill, named …",
// "cuộc diễn tập mang tên …") does not name the ship of the next clause:
// "which ships will they send" is not answered by the drill's name.
func TestJudgeNameGivenToAnother(t *testing.T) {
	src := func(lang, body string) []Citation {
		return []Citation{{N: 1, ArticleID: "a", Lang: lang, Title: "Rescue drill", Passage: body, Published: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)}}
	}
	tests := []struct {
		name, q, lang, body string
		want                bool
	}{
		{"en drill named, ship unnamed", "Which ship will Russia send to the rescue drill in the Arctic?", "en",
			"Russia and the United States will hold a joint rescue drill in the Arctic in August. Under the scenario of the drill named \"Polar Signal\", a cruise ship carrying 180 passengers sends a distress call.", false},
		{"vi drill named, ship unnamed", "Mỗi bên sẽ cử những con tàu nào tham gia cuộc diễn tập cứu nạn ở Bắc Cực?", "vi",
			"Nga và Mỹ sẽ tổ chức cuộc diễn tập cứu nạn chung ở Bắc Cực vào tháng 8. Theo kịch bản của cuộc diễn tập mang tên \"Tín hiệu Vùng cực\", một tàu du lịch chở 180 hành khách gặp nạn.", false},
		{"en plural asked, drill named, ships unnamed", "Which ships will each side send to the rescue drill in the Arctic?", "en",
			"Russia and the United States will hold a joint rescue drill in the Arctic in August. Under the scenario of the drill named \"Polar Signal\", a cruise ship carrying 180 passengers sends a distress call.", false},
		{"en ship named", "Which ship will Russia send to the rescue drill in the Arctic?", "en",
			"Russia and the United States will hold a joint rescue drill in the Arctic in August. Russia will send a ship named Polar Star to the drill.", true},
		{"vi ship named", "Nga sẽ cử con tàu nào tham gia cuộc diễn tập cứu nạn ở Bắc Cực?", "vi",
			"Nga và Mỹ sẽ tổ chức cuộc diễn tập cứu nạn chung ở Bắc Cực vào tháng 8. Nga sẽ cử tàu cứu hộ Spasatel Ilyin tham gia cuộc diễn tập.", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if v := judge(tc.q, tc.lang, src(tc.lang, tc.body)); v.Answerable != tc.want {
				t.Errorf("answerable = %v, want %v (%s; %v)", v.Answerable, tc.want, v.Reason(), v.Constraints)
			}
		})
	}
}
