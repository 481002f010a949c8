package answer

import (
	"testing"
	"time"
)

// judgeCases judges each question against one article and wants it
// answered or refused.
func judgeCases(t *testing.T, c Citation, lang string, cases map[string]bool) {
	t.Helper()
	for q, want := range cases {
		if v := judge(q, lang, []Citation{c}); v.Answerable != want {
			t.Errorf("%q: answerable = %v (%s), want %v", q, v.Answerable, v.Reason(), want)
		}
	}
}

// TestJudgeCountOfAnotherHolder: a story that reopens a consulate and
// lets the embassies grow to 150 staff does not tell how many staff the
// consulate will have. The count must be where the question's own terms
// are (or in the sentence after), not anywhere the counted noun is.
func TestJudgeCountOfAnotherHolder(t *testing.T) {
	c := Citation{Title: "Moscow and Washington to reopen a consulate", Lang: "en", Published: time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC),
		Passage: "OSLO - Russia and the United States agreed on Monday to reopen the U.S. consulate general in Vladivostok, closed since 2020. " +
			"The mission is to resume work next year. " +
			"Talks on the properties seized in 2016 will continue in June. " +
			"Under the deal the embassies in Washington and Moscow may each grow to 150 accredited staff, up from about 90."}
	judgeCases(t, c, "en", map[string]bool{
		"How many staff will work at the reopened U.S. consulate in Vladivostok?":        false,
		"How many staff may the embassies in Washington and Moscow have under the deal?": true,
	})
}

// TestJudgeCountCiviliansAsPeople: civilians are people, counted by "up
// to 300 people a day" where the crossing is told.
func TestJudgeCountCiviliansAsPeople(t *testing.T) {
	c := Citation{Title: "Envoys agree on a crossing for civilians", Lang: "en", Published: time.Date(2026, 4, 20, 0, 0, 0, 0, time.UTC),
		Passage: "The crossing near the village of Dolgoye will open on May 2 and work on weekdays. " +
			"Up to 300 people a day will be allowed through, officials said. " +
			"Officials said the idea came from an aid group."}
	judgeCases(t, c, "en", map[string]bool{
		"How many civilians a day can pass through the crossing near Dolgoye?": true,
	})
}

// TestJudgeCountsPeopleNotThingsVI: "40 bức tranh Nga" counts paintings
// by the classifier "bức", not the Russians after them.
func TestJudgeCountsPeopleNotThingsVI(t *testing.T) {
	if countsPeople("40 bức tranh Nga sẽ được trưng bày tại Chicago") {
		t.Error(`countsPeople("40 bức tranh Nga ...") = true, want false`)
	}
	if !countsPeople("3.000 người đã đến xem triển lãm") {
		t.Error(`countsPeople("3.000 người ...") = false, want true`)
	}
	c := Citation{Title: "40 bức tranh Nga sẽ được trưng bày tại Chicago", Lang: "vi", Published: time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC),
		Passage: "Bảo tàng Nga sẽ cho Viện Nghệ thuật Chicago mượn tranh để tổ chức triển lãm \"Sông Volga\" từ ngày 10/4."}
	judgeCases(t, c, "vi", map[string]bool{
		"Bao nhiêu người đã đến xem triển lãm \"Sông Volga\" ở Chicago?": false,
	})
}

// TestJudgeCountOfTheFirstDay: "on the first day" asks a count of one
// moment; a crossing's capacity, "up to 400 people a day", is not it.
func TestJudgeCountOfTheFirstDay(t *testing.T) {
	capacity := Citation{Title: "Пункт пропуска у Ивановки откроется в мае", Lang: "ru", Published: time.Date(2026, 4, 20, 0, 0, 0, 0, time.UTC),
		Passage: "Пункт пропуска у села Ивановка откроется 3 мая. Через него смогут проходить до 400 человек в день."}
	judgeCases(t, capacity, "ru", map[string]bool{
		"Сколько человек прошло через пункт пропуска у Ивановки в первый день?": false,
		"Сколько человек в день сможет проходить через пункт у Ивановки?":       true,
	})
	judgeCases(t, capacity, "en", map[string]bool{
		"How many people crossed at Ivanovka on the first day?": false,
	})
	opened := Citation{Title: "Пункт пропуска у Ивановки открылся", Lang: "ru", Published: time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC),
		Passage: "Пункт пропуска у села Ивановка открылся 3 мая. В первый день через него прошли 250 человек."}
	judgeCases(t, opened, "ru", map[string]bool{
		"Сколько человек прошло через пункт пропуска у Ивановки в первый день?": true,
	})
}

// TestJudgeSumForEach: "how much is each engineer paid" asks a sum per
// head; the repair's total cost does not answer it.
func TestJudgeSumForEach(t *testing.T) {
	total := Citation{Title: "Ngừng bắn để sửa đường dây điện", Lang: "vi", Published: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC),
		Passage: "Các kỹ sư sẽ sửa đường dây Kakhovska trong 10 ngày. Chi phí sửa chữa ước tính khoảng 2 triệu euro và do một quỹ quốc tế chi trả."}
	judgeCases(t, total, "vi", map[string]bool{
		"Mỗi kỹ sư sửa đường dây Kakhovska được trả bao nhiêu tiền?": false,
		"Chi phí sửa đường dây Kakhovska là bao nhiêu tiền?":         true,
	})
	each := Citation{Title: "Ngừng bắn để sửa đường dây điện", Lang: "vi", Published: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC),
		Passage: "Các kỹ sư sẽ sửa đường dây Kakhovska trong 10 ngày. Mỗi kỹ sư được trả 3.000 euro cho công việc này."}
	judgeCases(t, each, "vi", map[string]bool{
		"Mỗi kỹ sư sửa đường dây Kakhovska được trả bao nhiêu tiền?": true,
	})
}
