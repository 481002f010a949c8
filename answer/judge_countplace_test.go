package answer

import "testing"

// TestCountsPeopleNotThePlaceAfter: the people a number counts stand
// before a preposition of place; the capitalised place after it ("hai
// nước tại Phần Lan", "4 ngày tại Moskva") is where, not who is counted.
func TestCountsPeopleNotThePlaceAfter(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"Đã có nhiều cuộc gặp giữa quan chức hai nước tại Phần Lan cùng Thụy Sĩ.", false},
		{"Đặc phái viên đã dành 4 ngày ở Moskva trong tháng 7.", false},
		{"Có 3 chuyến thăm đến Moskva của các quan chức cấp cao.", false},
		{"The envoy spent four days at Geneva airport.", false},
		{"Hai công dân Mỹ đã được trả tự do tại Moskva.", true},
		{"Ba tù nhân đã được thả ở Abu Dhabi.", true},
		{"Three Americans were freed in Abu Dhabi.", true},
	}
	for _, tt := range tests {
		if got := countsPeople(tt.sentence); got != tt.want {
			t.Errorf("countsPeople(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}
