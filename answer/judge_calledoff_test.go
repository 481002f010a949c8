package answer

import (
	"testing"
	"time"
)

// TestJudgeCalledOffYear: a year an event was only planned for, the plan
// then called off ("planned for 2024 but postponed"), does not date the
// event: what it did in that year is not told. The year it was put
// back to, and a question of the delay itself, are.
func TestJudgeCalledOffYear(t *testing.T) {
	date := time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC)
	articles := map[string]Citation{
		"en": {Title: "Russian icons go on show in Boston", Lang: "en", Published: date,
			Passage: "BOSTON - Twenty Russian icons from the Tretyakov Gallery went on show at the Harbor Art Museum in Boston on Wednesday. " +
				"The exhibition was first planned for 2023 but was postponed after the gallery could not insure the icons. " +
				"The museum expects 40,000 visitors by the end of the year."},
		"vi": {Title: "Tranh thánh Nga được trưng bày tại Boston", Lang: "vi", Published: date,
			Passage: "BOSTON - Hai mươi bức tranh thánh của Phòng tranh Tretyakov được trưng bày tại Bảo tàng Nghệ thuật Harbor ở Boston từ thứ Tư. " +
				"Triển lãm ban đầu dự kiến tổ chức năm 2023 nhưng bị hoãn vì phòng tranh không mua được bảo hiểm. " +
				"Bảo tàng dự kiến đón 40.000 khách đến cuối năm."},
		"ru": {Title: "Русские иконы выставлены в Бостоне", Lang: "ru", Published: date,
			Passage: "БОСТОН - Двадцать икон из Третьяковской галереи выставлены в Художественном музее Харбор в Бостоне с среды. " +
				"Выставку планировали на 2023 год, но она была отложена, потому что галерея не смогла застраховать иконы. " +
				"Музей ожидает 40 000 посетителей до конца года."},
		"moved": {Title: "Icon show moved to 2026", Lang: "en", Published: date,
			Passage: "The Boston icon exhibition, planned for 2023, was postponed to 2026. " +
				"The exhibition drew 12,000 visitors in its first week in 2026."},
	}
	tests := []articleCase{
		{"en a count in the year called off", "How many visitors did the 2023 icon exhibition in Boston draw?", "en", "en", false},
		{"vi a count in the year called off", "Năm 2023 triển lãm tranh thánh ở Boston thu hút bao nhiêu khách?", "vi", "vi", false},
		{"ru a count in the year called off", "Сколько посетителей привлекла выставка икон в Бостоне в 2023 году?", "ru", "ru", false},
		{"en the count without the year", "How many visitors does the icon exhibition in Boston expect?", "en", "en", true},
		{"en the year it was put back to", "How many visitors did the icon exhibition in Boston draw in 2026?", "en", "moved", true},
	}
	judgeEachArticle(t, articles, tests)
}
