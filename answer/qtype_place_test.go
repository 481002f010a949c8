package answer

import "testing"

// A town, a city or a state asked by its kind is a where, whatever the
// question's grammar: its answer is a place, and a place the question
// names itself ("which town in Ohio") does not answer it.
func TestQuestionTypePlaceHead(t *testing.T) {
	tests := []struct {
		q    string
		want qType
	}{
		{"Which town in Ohio does the pilot come from?", qWhere},
		{"Which city will host the next round of talks?", qWhere},
		{"Thành phố nào sẽ đăng cai vòng đàm phán tới?", qWhere},
		{"Nhà báo này sinh ra ở bang nào?", qWhere},
		{"Какой город примет следующий раунд переговоров?", qWhere},
		{"В каком штате живёт освобождённый журналист?", qWhere},
		{"Суд какого штата осудил журналиста?", qOther},
		{"Which country mediated the exchange?", qOther},
		{"Nước nào làm trung gian cho cuộc trao đổi?", qOther},
	}
	for _, tt := range tests {
		if got := questionType(tt.q); got != tt.want {
			t.Errorf("questionType(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
