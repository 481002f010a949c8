package answer

import "testing"

// A day written with digits is no count of the people named after it:
// "Ngày 18/3, Nga và Mỹ…" opens most Vietnamese leads.
func TestCountsPeopleNotADay(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"Ngày 18/3, Nga và Mỹ đã nhất trí mở lại hai lãnh sự quán.", false},
		{"Hôm 5/6/2026, Mỹ và Nga ký thỏa thuận.", false},
		{"Ngày 5 tháng 3, Nga trao trả hai công dân.", true},
		{"Ngày 5 tháng 3, Nga và Mỹ ký thỏa thuận.", false},
		{"On 3/18, Russia and the United States met in Riyadh.", false},
		{"Russia freed two Americans on March 18.", true},
		{"Россия освободила двух граждан США.", true},
	}
	for _, tt := range tests {
		if got := countsPeople(tt.sentence); got != tt.want {
			t.Errorf("countsPeople(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}
