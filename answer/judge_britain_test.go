package answer

import (
	"testing"
	"time"
)

// TestJudgeBritainListedVI: a capitalised "Anh" listed beside another
// country is Britain: "Anh và Nga đã thỏa thuận gì" is not answered by
// the US–Russia accord on the same matter, and is by a British–Russian
// one, told in either language. "Anh" that is no item of a list (the
// pronoun, a given name, "Thủ tướng Anh") is left as written.
func TestJudgeBritainListedVI(t *testing.T) {
	day := time.Date(2026, 4, 2, 0, 0, 0, 0, time.UTC)
	usRU := Citation{Title: "Mỹ và Nga nối lại cấp thị thực cho phóng viên", Lang: "vi", Published: day,
		Passage: "Ngày 1/4, Mỹ và Nga đã thỏa thuận cấp thị thực một năm cho tối đa 15 phóng viên của mỗi bên sau hai ngày đàm phán tại Lisbon."}
	ukRUen := Citation{Title: "Britain and Russia agree on press visas", Lang: "en", Published: day,
		Passage: "LISBON - Britain and Russia agreed on Wednesday to issue one-year visas to up to 15 reporters from each side after two days of talks."}
	ukRUvi := Citation{Title: "Anh và Nga nối lại cấp thị thực cho phóng viên", Lang: "vi", Published: day,
		Passage: "Ngày 1/4, Vương quốc Anh và Nga đã thỏa thuận cấp thị thực một năm cho tối đa 15 phóng viên của mỗi bên."}
	tests := []struct {
		q          string
		src        Citation
		answerable bool
	}{
		{"Anh và Nga đã thỏa thuận gì về thị thực cho phóng viên?", usRU, false},
		{"Nga và Anh đã thỏa thuận gì về thị thực cho phóng viên?", usRU, false},
		{"Anh và Nga đã thỏa thuận gì về thị thực cho phóng viên?", ukRUen, true},
		{"Anh và Nga đã thỏa thuận gì về thị thực cho phóng viên?", ukRUvi, true},
		{"Mỹ và Nga đã thỏa thuận gì về thị thực cho phóng viên?", usRU, true},
	}
	for _, tt := range tests {
		v := judge(tt.q, "vi", []Citation{tt.src})
		if v.Answerable != tt.answerable {
			t.Errorf("judge(%q) over %q: answerable %v, want %v (%s)", tt.q, tt.src.Title, v.Answerable, tt.answerable, v.Reason())
		}
	}
	for q, want := range map[string]string{
		"Mỹ, Anh và Pháp nói gì về hiệp ước?":  "Mỹ, Vương quốc Anh và Pháp nói gì về hiệp ước?",
		"Quan hệ giữa Anh và Nhật Bản ra sao?": "Quan hệ giữa Vương quốc Anh và Nhật Bản ra sao?",
		"Anh nói gì về Nga?":                   "Anh nói gì về Nga?",
		"Anh Tuấn và Nga đã gặp ai?":           "Anh Tuấn và Nga đã gặp ai?",
		"Thủ tướng Anh và Nga đã bàn gì?":      "Thủ tướng Anh và Nga đã bàn gì?",
		"Ông ấy học tiếng Anh và Nga ở đâu?":   "Ông ấy học tiếng Anh và Nga ở đâu?",
	} {
		if got := britainVI(q); got != want {
			t.Errorf("britainVI(%q) = %q, want %q", q, got, want)
		}
	}
}
