package answer

import (
	"testing"
	"time"
)

// TestJudgeCountAcrossLanguages: "how many" asked in one language of a
// report in another is answered by the number the report gives in its
// own way of counting.
//
// A Vietnamese report names the animals once and then counts them by a
// bare classifier, the noun left out ("đàn hải mã ... khoảng 6.500
// con"); a report that counts so another animal, or names none the
// question counts, leaves the count unmet.
//
// People are counted by what they do: volunteers, performers, athletes,
// fishermen ("9 добровольцев", "31 nghệ sĩ", "14 fishermen") answer "how
// many people"; boats do not, and a question that counts fishermen is
// not answered by a count of volunteers.
func TestJudgeCountAcrossLanguages(t *testing.T) {
	pub := time.Date(2026, 9, 3, 0, 0, 0, 0, time.UTC)
	walrusVI := "Các nhà khoa học Nga và Mỹ ngày 2/9 công bố kết quả đợt khảo sát chung đàn hải mã ở biển Laptev, ước tính có khoảng 6.500 con."
	bearsVI := "Các nhà khoa học Nga và Mỹ ngày 2/9 công bố kết quả đợt khảo sát chung đàn gấu ở biển Laptev, ước tính có khoảng 6.500 con."
	quotaVI := "Ủy ban Nga - Mỹ về hải mã kết thúc phiên họp ngày 2/9 với thỏa thuận giữ hạn ngạch săn bắt của người bản địa ở mức 40 con mỗi năm."
	drillRU := "ЛОРИНО, 2 сентября. Российские и американские спасатели провели учения у берегов Чукотки. К учениям привлекли 9 добровольцев из села Лорино."
	boatsRU := "ЛОРИНО, 2 сентября. Российские и американские спасатели провели учения у берегов Чукотки. К учениям привлекли 9 катеров из села Лорино."
	troupeEN := "NEW YORK - A Russian folk ensemble from Tomsk opened a tour of American cities on Tuesday. The State Department cleared 31 performers and four technicians after months of review."
	tests := []struct {
		name, q, lang, passage, plang string
		answerable                    bool
	}{
		{"ru how many animals, vi bare classifier", "Сколько моржей насчитали учёные в море Лаптевых?", "ru", walrusVI, "vi", true},
		{"en how many animals, vi bare classifier", "How many walruses did the scientists count in the Laptev Sea?", "en", walrusVI, "vi", true},
		{"ru another animal, vi report", "Сколько белых медведей насчитали учёные в море Лаптевых?", "ru", walrusVI, "vi", false},
		{"ru animals, vi report counts another", "Сколько моржей насчитали учёные в море Лаптевых?", "ru", bearsVI, "vi", false},
		{"ru a tally asked, vi quota per year", "Сколько моржей добыли охотники в прошлом году?", "ru", quotaVI, "vi", false},
		{"vi how many people, ru volunteers", "Có bao nhiêu người dân làng Lorino tham gia diễn tập?", "vi", drillRU, "ru", true},
		{"en how many people, ru volunteers", "How many people from the village of Lorino took part in the drill?", "en", drillRU, "ru", true},
		{"ru fishermen, ru volunteers counted", "Сколько рыбаков из села Лорино участвовали в учениях?", "ru", drillRU, "ru", false},
		{"vi how many people, ru boats", "Có bao nhiêu người dân làng Lorino tham gia diễn tập?", "vi", boatsRU, "ru", false},
		{"ru how many people, en performers", "Сколько человек из ансамбля из Томска приехали на гастроли в США?", "ru", troupeEN, "en", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := judge(tt.q, tt.lang, []Citation{{N: 1, Title: "x", Lang: tt.plang, Published: pub, Passage: tt.passage}})
			if v.Answerable != tt.answerable {
				t.Errorf("answerable = %v (%s; %v), want %v", v.Answerable, v.Reason(), v.Constraints, tt.answerable)
			}
		})
	}
}
