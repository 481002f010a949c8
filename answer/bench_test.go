package answer

import (
	"strings"
	"testing"
)

// BenchmarkCiteFilter streams a ~2 KB answer in 4-byte deltas (a typical
// token size) through the citation filter: it runs on every token a user
// sees, so it must stay far below model latency.
func BenchmarkCiteFilter(b *testing.B) {
	text := strings.Repeat("Lavrov said talks would resume [1]. Sherman agreed [2, 3]; see https://x.example/y [9].\n", 24)
	var chunks []string
	for i := 0; i < len(text); i += 4 {
		chunks = append(chunks, text[i:min(i+4, len(text))])
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		f := newCiteFilter(6)
		for _, c := range chunks {
			f.write(c)
		}
		f.close()
	}
}

// BenchmarkExtractive builds an extractive answer over six ~900-rune
// passages, the default K.
func BenchmarkExtractive(b *testing.B) {
	passage := strings.Repeat("Ngoại trưởng Nga Sergey Lavrov cho biết Nga và Mỹ dự kiến tổ chức vòng hai về đối thoại ổn định chiến lược trong tuần tới. ", 6)
	srcs := make([]Citation, 6)
	for i := range srcs {
		srcs[i] = Citation{N: i + 1, Lang: "vi", Passage: passage}
	}
	b.ReportAllocs()
	for b.Loop() {
		extractive("Từ các nguồn:", "doi thoai on dinh chien luoc nga my", "vi", srcs)
	}
}
