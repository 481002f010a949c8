package answer

import (
	"testing"
	"time"
)

// TestJudgeOrdinalAskedVI: a Vietnamese question for a place in a series
// ("năm thứ mấy liên tiếp", "vòng thứ bao nhiêu") counts the noun before
// "thứ", not the words after the interrogative: "liên tiep" (in a row)
// is no thing counted, and "năm thứ chín liên tiếp" answers it. A story
// that gives no place in the series still does not.
func TestJudgeOrdinalAskedVI(t *testing.T) {
	story := func(s string) Citation {
		return Citation{Title: "Na Uy bác đề xuất mở rộng cảng cá", Lang: "vi", Published: time.Date(2026, 4, 10, 0, 0, 0, 0, time.UTC), Passage: s}
	}
	tests := []struct {
		name, q, passage string
		answerable       bool
	}{
		{"year in a row, in words", "Na Uy bác đề xuất mở rộng cảng cá ở đảo Svalbard năm thứ mấy liên tiếp?",
			"Na Uy tiếp tục bác đề xuất mở rộng cảng cá ở đảo Svalbard, năm thứ bảy liên tiếp đề xuất này bị từ chối.", true},
		{"year in a row, in digits", "Na Uy bác đề xuất mở rộng cảng cá ở đảo Svalbard năm thứ mấy liên tiếp?",
			"Na Uy tiếp tục bác đề xuất mở rộng cảng cá ở đảo Svalbard, năm thứ 7 liên tiếp đề xuất này bị từ chối.", true},
		{"bao nhiêu", "Na Uy bác đề xuất mở rộng cảng cá ở đảo Svalbard năm thứ bao nhiêu liên tiếp?",
			"Na Uy tiếp tục bác đề xuất mở rộng cảng cá ở đảo Svalbard, năm thứ bảy liên tiếp đề xuất này bị từ chối.", true},
		{"no place in the series", "Na Uy bác đề xuất mở rộng cảng cá ở đảo Svalbard năm thứ mấy liên tiếp?",
			"Na Uy tiếp tục bác đề xuất mở rộng cảng cá ở đảo Svalbard, vì lo ngại cho nghề cá địa phương.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := judge(tt.q, "vi", []Citation{story(tt.passage)})
			if v.Answerable != tt.answerable {
				t.Errorf("answerable = %v (%s), want %v", v.Answerable, v.Reason(), tt.answerable)
			}
		})
	}
}
