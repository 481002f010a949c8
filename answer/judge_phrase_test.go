package answer

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// phraseArticles are short reports, each with a near-miss twin that
// holds the folded words of an "=" spelling of the lexicon but not the
// spelling: "nước" (a country, water) without "Bỉ" (Belgium, folded
// "bi", the function word "bị"), "về" (about) where "vé" (ticket) is
// asked.
var phraseArticles = map[string]Citation{
	"vi-belgium": {Title: "Bỉ cử đại diện tới cuộc họp ở Geneva", Lang: "vi", Published: time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC),
		Passage: "Ngày 4/5, đại diện nước Bỉ đã tham dự cuộc họp về an ninh hạt nhân giữa Nga và Mỹ ở Geneva."},
	"vi-belgium-twin": {Title: "Các nước châu Âu cử đại diện tới cuộc họp ở Geneva", Lang: "vi", Published: time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC),
		Passage: "Ngày 4/5, đại diện nhiều nước châu Âu đã tham dự cuộc họp về an ninh hạt nhân giữa Nga và Mỹ ở Geneva."},
	"vi-mayor": {Title: "Juneau muốn nối lại tàu cá với Nga", Lang: "vi", Published: time.Date(2026, 6, 2, 0, 0, 0, 0, time.UTC),
		Passage: "Thị trưởng Juneau, bà Ellen Marsh, nói rằng thành phố muốn nối lại các chuyến tàu cá tới Vladivostok vào mùa hè."},
	"vi-mayor-twin": {Title: "Alaska muốn nối lại tàu cá với Nga", Lang: "vi", Published: time.Date(2026, 6, 2, 0, 0, 0, 0, time.UTC),
		Passage: "Bộ trưởng Thương mại Alaska, bà Ellen Marsh, nói rằng bang muốn nối lại các chuyến tàu cá tới Vladivostok vào mùa hè."},
	"vi-uk": {Title: "Ngoại trưởng Anh tới Geneva", Lang: "vi", Published: time.Date(2026, 6, 3, 0, 0, 0, 0, time.UTC),
		Passage: "Ngày 3/6, Ngoại trưởng Anh đã tới Geneva để dự cuộc họp về an ninh hàng hải ở Biển Đen."},
	"vi-uk-twin": {Title: "Ngoại trưởng Nga tới Geneva", Lang: "vi", Published: time.Date(2026, 6, 3, 0, 0, 0, 0, time.UTC),
		Passage: "Ngày 3/6, Ngoại trưởng Nga và một phiên dịch viên tiếng Anh đã tới Geneva để dự cuộc họp về an ninh hàng hải ở Biển Đen. Anh ấy nói cuộc họp kéo dài hai giờ."},
	"en-uk-twin": {Title: "Russian minister in Geneva", Lang: "en", Published: time.Date(2026, 6, 3, 0, 0, 0, 0, time.UTC),
		Passage: "The Russian government said its foreign minister and its ambassador travelled to Geneva on June 3 for the Black Sea security meeting."},
	"vi-ticket": {Title: "Tranh Nga được trưng bày ở Boston", Lang: "vi", Published: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC),
		Passage: "Bảo tàng Boston sẽ trưng bày 40 bức tranh Nga từ tháng Tư. Giá vé vào cửa triển lãm là 25 USD."},
	"vi-ticket-twin": {Title: "Tranh Nga được trưng bày ở Boston", Lang: "vi", Published: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC),
		Passage: "Bảo tàng Boston sẽ trưng bày 40 bức tranh Nga từ tháng Tư. Theo thông tin về triển lãm, giá trị bảo hiểm của các bức tranh là 90 triệu USD."},
}

// TestJudgeWrittenSpellings: the judge matches an "=" spelling of the
// lexicon as the lexicon writes it, whole, in every language the
// question is asked in: "nước Bỉ" is not any "nước" once its "Bỉ" is
// dropped as the function word it folds to, and "vé" (ticket) is a
// word of the question, not the "về" it folds to, so a report without
// tickets does not answer what a ticket costs.
func TestJudgeWrittenSpellings(t *testing.T) {
	tests := []struct {
		name, q, lang string
		article       string
		answerable    bool
		unmet         string
	}{
		{"en name, vi report", "Did Belgium attend the nuclear security meeting in Geneva?", "en", "vi-belgium", true, ""},
		{"en name, vi twin without it", "Did Belgium attend the nuclear security meeting in Geneva?", "en", "vi-belgium-twin", false, `name "belgium"`},
		{"ru name, vi twin without it", "Присутствовала ли Бельгия на встрече по ядерной безопасности в Женеве?", "ru", "vi-belgium-twin", false, `бельгия`},
		{"en word, vi report", "What did the mayor say about resuming fishing boat trips to Vladivostok?", "en", "vi-mayor", true, ""},
		{"en word, vi twin with its folded half", "What did the mayor say about resuming fishing boat trips to Vladivostok?", "en", "vi-mayor-twin", false, "mayor"},
		{"ru Britain, vi report", "Приезжал ли министр иностранных дел Великобритании в Женеву на встречу по безопасности на Черном море?", "ru", "vi-uk", true, ""},
		{"ru Britain, vi twin with tiếng Anh", "Приезжал ли министр иностранных дел Великобритании в Женеву на встречу по безопасности на Черном море?", "ru", "vi-uk-twin", false, "великобритании"},
		{"ru Britain, en twin with a government and an ambassador", "Приезжал ли министр иностранных дел Великобритании в Женеву на встречу по безопасности на Черном море?", "ru", "en-uk-twin", false, "великобритании"},
		{"en Britain, vi report", "Did the British foreign minister travel to Geneva for the Black Sea security meeting?", "en", "vi-uk", true, ""},
		{"en Britain, vi twin with tiếng Anh", "Did the British foreign minister travel to Geneva for the Black Sea security meeting?", "en", "vi-uk-twin", false, "british"},
		{"vi marked word", "Giá vé xem triển lãm tranh Nga ở Boston là bao nhiêu?", "vi", "vi-ticket", true, ""},
		{"en, vi report", "How much does a ticket to the Russian painting exhibition in Boston cost?", "en", "vi-ticket", true, ""},
		{"en, vi twin without it", "How much does a ticket to the Russian painting exhibition in Boston cost?", "en", "vi-ticket-twin", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := judge(tt.q, tt.lang, []Citation{phraseArticles[tt.article]})
			if v.Answerable != tt.answerable {
				t.Fatalf("answerable = %v (%s), want %v", v.Answerable, v.Reason(), tt.answerable)
			}
			if !tt.answerable && !strings.Contains(v.Reason(), tt.unmet) {
				t.Errorf("reason %q does not name %s", v.Reason(), tt.unmet)
			}
		})
	}
}

// TestJudgeMarkedSpellingIsContent: an "=" word of the question written
// with its marks ("vé", ticket) is a content word, though folded it is
// a function word ("về", about): a report that gives a price but holds
// no ticket misses it, and covers less of the question than the one
// that sells tickets.
func TestJudgeMarkedSpellingIsContent(t *testing.T) {
	q := "Giá vé xem triển lãm tranh Nga ở Boston là bao nhiêu?"
	twin := judge(q, "vi", []Citation{phraseArticles["vi-ticket-twin"]})
	if !slices.Contains(twin.Missing, "ve") {
		t.Errorf("missing %v, want it to name the ticket (ve)", twin.Missing)
	}
	if v := judge(q, "vi", []Citation{phraseArticles["vi-ticket"]}); !v.Answerable || v.Coverage <= twin.Coverage {
		t.Errorf("report with tickets: %s, coverage %.2f, twin's %.2f", v.Reason(), v.Coverage, twin.Coverage)
	}
}
