package answer

import "testing"

// TestStatedCauseIsNoWhy: a Vietnamese question that states a cause ("vì
// lý do an ninh", for security reasons) asks what its interrogative
// asks, not why; "vì lý do gì" and "lý do ... là gì" still ask why.
func TestStatedCauseIsNoWhy(t *testing.T) {
	tests := []struct {
		q    string
		want qType
	}{
		{"Bộ nào của Canada nói chuyến bay bị hủy vì lý do an ninh?", qOther},
		{"Ai đã đóng cửa lãnh sự quán vì lý do tài chính?", qWho},
		{"Vi ly do an ninh, ai da dong cua lanh su quan?", qWho},
		{"Khi nào cảng được mở lại sau khi đóng vì lí do thời tiết?", qWhen},
		{"Canada hủy chuyến bay vì lý do gì?", qWhy},
		{"Vì lý do nào cảng bị đóng?", qWhy},
		{"Lý do Canada hủy chuyến bay là gì?", qWhy},
		{"Tại sao chuyến bay bị hủy vì lý do an ninh?", qWhy},
	}
	for _, tt := range tests {
		if got := questionType(tt.q); got != tt.want {
			t.Errorf("questionType(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
