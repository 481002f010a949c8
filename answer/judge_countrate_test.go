package answer

import (
	"testing"
	"time"
)

// TestJudgeCappedRate: a count per period told with its cap ("не более
// чем на 25 танкеров в месяц", "tối đa 12 chuyến tàu mỗi tuần", "a
// maximum of 30 trucks a day") is the rate a permit or a deal allows,
// and answers "how many a month" of it; a cap told without the period
// still answers no count of one.
func TestJudgeCappedRate(t *testing.T) {
	ru := Citation{Title: "Минфин США выдал лицензию на вывоз удобрений", Lang: "ru", Published: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC),
		Passage: "Лицензия действует полгода. Она распространяется на танкеры из Усть-Луги, но не более чем на 25 танкеров в месяц."}
	judgeCases(t, ru, "ru", map[string]bool{
		"Сколько танкеров в месяц покрывает лицензия Минфина?": true,
	})
	judgeCases(t, ru, "en", map[string]bool{
		"How many tankers a month does the Treasury license cover?": true,
	})
	vi := Citation{Title: "Nga và Na Uy mở lại tuyến phà qua vịnh", Lang: "vi", Published: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC),
		Passage: "Theo thỏa thuận, tuyến phà Kirkenes sẽ được mở lại từ tháng 5. Các hãng được chạy tối đa 12 chuyến tàu mỗi tuần."}
	judgeCases(t, vi, "vi", map[string]bool{
		"Mỗi tuần có bao nhiêu chuyến tàu trên tuyến phà Kirkenes?": true,
	})
	en := Citation{Title: "Border crossing at Narva to reopen for freight", Lang: "en", Published: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC),
		Passage: "The Narva crossing will reopen for freight on June 1. Customs will clear a maximum of 30 trucks a day, officials said."}
	judgeCases(t, en, "en", map[string]bool{
		"How many trucks a day will customs clear at the Narva crossing?": true,
	})
	// A cap with no period is not a rate: "how many a month" is unmet.
	total := Citation{Title: "Минфин США выдал лицензию на вывоз удобрений", Lang: "ru", Published: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC),
		Passage: "Лицензия действует полгода. Она распространяется на танкеры из Усть-Луги, но не более чем на 25 танкеров."}
	judgeCases(t, total, "ru", map[string]bool{
		"Сколько танкеров в месяц покрывает лицензия Минфина?": false,
	})
}
