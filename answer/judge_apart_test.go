package answer

import (
	"strings"
	"testing"
	"time"

	"github.com/detente/detente/corpus"
)

// A name's words written apart as common words are not the name: a
// Vietnamese story that says "trung gian" (mediation) and "quốc tế"
// (international) does not name China, and a question that puts China
// where the story has Russia is refused; the story that writes "Trung
// Quốc", or a person's name with a middle initial between its words, still
// meets it. Two names each beside a noun of its own, joined by "and", are
// two things that two stories may tell.
func TestJudgeNameWordsApart(t *testing.T) {
	swap := Citation{Title: "Nga và Mỹ trao đổi tù nhân tại Tallinn", Lang: "vi", Published: time.Date(2026, 5, 3, 0, 0, 0, 0, time.UTC),
		Passage: "Nga và Mỹ ngày 2/5 đã trao đổi tù nhân tại sân bay quốc tế Tallinn với sự trung gian của chính phủ Estonia. " +
			"Phía Nga trả tự do cho nhà báo Mỹ Owen Marsh, còn phía Mỹ thả doanh nhân Nga Pavel Drozdov."}
	china := Citation{Title: "Trung Quốc và Mỹ trao đổi tù nhân tại Tallinn", Lang: "vi", Published: time.Date(2026, 5, 3, 0, 0, 0, 0, time.UTC),
		Passage: "Trung Quốc và Mỹ ngày 2/5 đã trao đổi tù nhân tại sân bay Tallinn. " +
			"Phía Trung Quốc trả tự do cho nhà báo Mỹ Owen Marsh."}
	house := Citation{Title: "Envoys meet in Oslo", Lang: "en", Published: time.Date(2026, 5, 3, 0, 0, 0, 0, time.UTC),
		Passage: "Russian and American envoys met in a white wooden house outside Oslo on Friday. " +
			"The talks were led by Donald J. Harlan, a State Department veteran."}
	station := Citation{Title: "Mỹ chở nhiên liệu đến trạm Nam Cực của Nga", Lang: "vi", Published: time.Date(2026, 1, 10, 0, 0, 0, 0, time.UTC),
		Passage: "Một máy bay Mỹ đã chở 20 tấn nhiên liệu đến trạm Mirny của Nga ở Nam Cực."}
	moon := Citation{Title: "NASA và Roscosmos hợp tác về Mặt Trăng", Lang: "vi", Published: time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC),
		Passage: "NASA sẽ cung cấp cho Nga ảnh chụp từ quỹ đạo để chọn bãi đáp gần cực nam của Mặt Trăng."}
	capitals := Citation{Title: "NASA và Roscosmos ký thỏa thuận tại Trung tâm Vũ trụ Marshall", Lang: "vi", Published: time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC),
		Passage: "NASA sẽ cung cấp cho Nga ảnh chụp từ quỹ đạo. Quốc hội Mỹ đã phê duyệt ngân sách cho chương trình."}
	tests := []struct {
		name, q    string
		sources    []Citation
		answerable bool
		unmet      string
	}{
		{"vi country's syllables apart", "Trung Quốc đã trả tự do cho ai tại Tallinn?", []Citation{swap}, false, `name "trung quốc"`},
		{"vi typed without diacritics", "Trung Quoc da tra tu do cho ai tai Tallinn?", []Citation{swap}, false, `name "trung quoc"`},
		{"vi syllables capitalised far apart", "NASA sẽ cung cấp gì cho Trung Quốc?", []Citation{capitals}, false, `name "trung quốc"`},
		{"vi country written", "Trung Quốc đã trả tự do cho ai tại Tallinn?", []Citation{china}, true, ""},
		{"vi the story's own country", "Nga đã trả tự do cho ai tại Tallinn?", []Citation{swap}, true, ""},
		{"en common words apart", "Who led the talks at the White House?", []Citation{house}, false, `name "white house"`},
		{"en a middle initial between", "Who is Donald Harlan?", []Citation{house}, true, ""},
		{"vi two things, two stories", "Mỹ đã giúp gì cho trạm Nam Cực và chương trình Mặt Trăng của Nga?", []Citation{station, moon}, true, ""},
		{"vi two things, one story lacks", "Mỹ đã giúp gì cho trạm Nam Cực và chương trình Sao Hỏa của Nga?", []Citation{station, moon}, false, `name "sao hỏa"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := judge(tt.q, corpus.DetectLang(tt.q), tt.sources)
			if v.Answerable != tt.answerable {
				t.Fatalf("%q: answerable=%v (%s), want %v", tt.q, v.Answerable, v.Reason(), tt.answerable)
			}
			if !tt.answerable && !strings.Contains(v.Reason(), tt.unmet) {
				t.Errorf("%q: %s, want %s unmet", tt.q, v.Reason(), tt.unmet)
			}
		})
	}
}
