package answer

import "testing"

func init() {
	// Sums of money in currencies other than the dollar, euro or rouble.
	slotKindArticles["en-drill-kronor"] = Citation{Title: "Sweden and Finland hold a joint mine-clearing drill", Lang: "en", Published: slotKindDay,
		Passage: "KARLSKRONA - Sweden and Finland finished a three-day mine-clearing drill in the Baltic on Friday. " +
			"Rear Admiral Lena Strand said the drill cost the Swedish navy about 6 million kronor."}
	slotKindArticles["en-drill-code"] = Citation{Title: "Sweden and Finland hold a joint mine-clearing drill", Lang: "en", Published: slotKindDay,
		Passage: "KARLSKRONA - Sweden and Finland finished a three-day mine-clearing drill in the Baltic on Friday. " +
			"Rear Admiral Lena Strand said the drill cost the Swedish navy SEK 6 million."}
	slotKindArticles["ru-drill-kronor"] = Citation{Title: "Швеция и Финляндия провели учения по разминированию", Lang: "ru", Published: slotKindDay,
		Passage: "КАРЛСКРУНА, 5 марта. Швеция и Финляндия завершили трёхдневные учения по разминированию на Балтике. " +
			"По словам контр-адмирала Лены Странд, учения обошлись шведской стороне примерно в 6 млн крон."}
	slotKindArticles["en-drill-ships"] = Citation{Title: "Sweden and Finland hold a joint mine-clearing drill", Lang: "en", Published: slotKindDay,
		Passage: "KARLSKRONA - Sweden and Finland finished a three-day mine-clearing drill in the Baltic on Friday. " +
			"Rear Admiral Lena Strand said the drill involved 14 ships of the Swedish navy."}
	slotKindArticles["vi-drill-rubles"] = Citation{Title: "Nga và Mông Cổ diễn tập cứu hộ", Lang: "vi", Published: slotKindDay,
		Passage: "ULAN BATOR, ngày 5/3 - Nga và Mông Cổ kết thúc cuộc diễn tập cứu hộ chung kéo dài ba ngày. " +
			"Theo Bộ Tình trạng khẩn cấp Nga, cuộc diễn tập tốn khoảng 90 triệu rúp."}
}

// TestJudgeAmountCurrencies: "how much did X cost" is a sum of money,
// answered by a sum in any currency a story names ("6 million kronor",
// "SEK 6 million", "6 млн крон", "90 triệu rúp"), not by a count of
// ships.
func TestJudgeAmountCurrencies(t *testing.T) {
	runSlotKinds(t, []slotKindCase{
		{"en, kronor", "How much did the mine-clearing drill cost the Swedish navy?", "en", "en-drill-kronor", true},
		{"en, ISO code", "How much did the mine-clearing drill cost the Swedish navy?", "en", "en-drill-code", true},
		{"en, ru article", "How much did the mine-clearing drill cost the Swedish side?", "en", "ru-drill-kronor", true},
		{"ru", "Во сколько обошлись учения по разминированию шведской стороне?", "ru", "ru-drill-kronor", true},
		{"vi, rúp", "Cuộc diễn tập cứu hộ của Nga và Mông Cổ tốn bao nhiêu tiền?", "vi", "vi-drill-rubles", true},
		{"en, ships counted", "How much did the mine-clearing drill cost the Swedish navy?", "en", "en-drill-ships", false},
	})
}

// TestJudgeAmountPricedThing: the sum of money answers for the thing the
// question prices only where the story names that thing: a story of a
// drill's cost does not say what uranium cost.
func TestJudgeAmountPricedThing(t *testing.T) {
	runSlotKinds(t, []slotKindCase{
		{"en, drill", "How much did the Baltic drill cost the Swedish navy?", "en", "en-drill-kronor", true},
		{"en, uranium", "How much did the Baltic uranium cost the Swedish navy?", "en", "en-drill-kronor", false},
		{"ru, drill", "Во сколько обошлись учения шведской стороне?", "ru", "ru-drill-kronor", true},
		{"ru, uranium", "Во сколько обошёлся уран шведской стороне?", "ru", "ru-drill-kronor", false},
	})
}
