package answer

import (
	"testing"
	"time"
)

// TestJudgeMonthAcrossLanguages: a storm, a visit or a round asked by its
// month is met by a report in another language that dates it, whatever
// form the question gives the month: a Russian month's adjective
// ("мартовский шторм", "апрельской встрече") names the month as "в марте"
// does, and a Vietnamese noun whose syllables fold to function words
// ("cơn bão", storm: "con bao") is the word beside which the month is
// looked for, not the place the question names. Another month is still
// unmet.
func TestJudgeMonthAcrossLanguages(t *testing.T) {
	c := Citation{Title: "Russian diplomats may inspect a storm-damaged Oregon lodge", Lang: "en", Published: time.Date(2026, 4, 20, 0, 0, 0, 0, time.UTC),
		Passage: "PORTLAND - Russian diplomats will be allowed to inspect a lodge on the Oregon coast owned by their embassy, the State Department said on Monday. " +
			"The property, bought by the Soviet Union in 1974, has been closed to Russian staff since 2016. " +
			"Talks in Seattle last week agreed a visit of six hours by four engineers. " +
			"The request followed a storm on March 3 that brought winds of 80 miles per hour and tore part of the roof off the main building. " +
			"The embassy puts the cost of repairs at $2.1 million."}
	judgeCases(t, c, "ru", map[string]bool{
		"Насколько сильным был мартовский шторм в Орегоне?":   true,
		"Насколько сильным был шторм в марте в Орегоне?":      true,
		"Насколько сильным был июльский шторм в Орегоне?":     false,
		"Насколько сильным был августовский шторм в Орегоне?": false,
		"Насколько сильным был майский шторм в Орегоне?":      false,
	})
	judgeCases(t, c, "vi", map[string]bool{
		"Cơn bão tháng Ba ở Oregon mạnh cỡ nào?":  true,
		"Cơn bão tháng 3 ở Oregon mạnh cỡ nào?":   true,
		"Cơn bão tháng Bảy ở Oregon mạnh cỡ nào?": false,
		"Cơn bão tháng 7 ở Oregon mạnh cỡ nào?":   false,
	})
}

// TestJudgeEverydayWordsAcrossLanguages: the everyday words a reader
// uses for the domain's things reach a report in another language
// through the lexicon: "the house" is "дом", "fix up" is "ремонт", and an
// office of the State Department named in Russian ("Управление по делам
// иностранных миссий") is the Vietnamese report's "Văn phòng Phái bộ
// Nước ngoài", not a name the report must spell.
func TestJudgeEverydayWordsAcrossLanguages(t *testing.T) {
	ru := Citation{Title: "Посольство оценило ремонт загородного дома", Lang: "ru", Published: time.Date(2026, 5, 6, 0, 0, 0, 0, time.UTC),
		Passage: "МОСКВА, 6 мая. Российские инженеры осмотрели загородный дом посольства на озере в штате Мичиган, сообщил МИД России. " +
			"Зимой на главном доме обрушилась крыша. " +
			"По оценке посольства, ремонт обойдётся примерно в 1,4 миллиона долларов."}
	judgeCases(t, ru, "en", map[string]bool{
		"How much does the Russian embassy think it will cost to fix up the Michigan house?": true,
	})
	vi := Citation{Title: "Mỹ bổ nhiệm giám đốc mới của Văn phòng Phái bộ Nước ngoài", Lang: "vi", Published: time.Date(2026, 6, 2, 0, 0, 0, 0, time.UTC),
		Passage: "WASHINGTON - Bộ Ngoại giao Mỹ ngày 1/6 đã bổ nhiệm ông Daniel Whitcombe làm Giám đốc Văn phòng Phái bộ Nước ngoài. " +
			"Văn phòng quản lý việc thuê nhà và đi lại của các phái bộ nước ngoài tại Mỹ."}
	judgeCases(t, vi, "ru", map[string]bool{
		"Кто стал новым директором Управления по делам иностранных миссий Госдепартамента?": true,
	})
}
