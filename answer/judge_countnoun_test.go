package answer

import "testing"

// A number counts the noun right after it: a name further on is not
// what it counts ("38 paintings to Houston" counts no people), so a
// question of how many people came is not answered by it.
func TestCountsPeopleNounAfterNumber(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"The museum will lend 38 paintings to Houston.", false},
		{"Музей передаст 38 картин Эрмитажу в апреле.", false},
		{"The talks took two days in Geneva.", false},
		{"Russia freed two American journalists.", true},
		{"Russia freed two Americans.", true},
		{"Вашингтон выслал трёх российских дипломатов.", true},
		{"Москва освободила двух американцев Пола и Марка.", true},
		{"Các bức tranh được bảo hiểm với tổng giá trị 210 triệu USD.", false},
		{"Vé vào cửa giá 28 USD và bảo tàng mở cửa đến 21 giờ.", false},
		{"Hai nhà báo Mỹ đã được trả tự do.", true},
	}
	for _, tt := range tests {
		if got := countsPeople(tt.sentence); got != tt.want {
			t.Errorf("countsPeople(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}
