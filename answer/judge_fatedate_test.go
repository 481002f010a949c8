package answer

import "testing"

func init() {
	slotKindArticles["en-fate-other"] = Citation{Title: "Prisoners swapped in Doha", Lang: "en", Published: slotKindDay,
		Passage: "Russia and the United States swapped prisoners in Doha on Monday. " +
			"Russia freed the American photographer John Pierce. " +
			"In return, Washington handed over the Russian engineer Oleg Semin, who was convicted in 2022 of smuggling chips."}
	slotKindArticles["en-fate-own"] = Citation{Title: "Prisoners swapped in Doha", Lang: "en", Published: slotKindDay,
		Passage: "Russia and the United States swapped prisoners in Doha on Monday. " +
			"Russia freed the American photographer John Pierce. " +
			"He had been arrested in Kaluga in 2023 while filming an airfield."}
	slotKindArticles["ru-fate-other"] = Citation{Title: "Обмен в Дохе", Lang: "ru", Published: slotKindDay,
		Passage: "Россия и США в понедельник обменялись заключёнными в Дохе. " +
			"Российская сторона освободила американского фотографа Джона Пирса. " +
			"В обмен Вашингтон передал инженера Олега Сёмина, осуждённого в 2022 году за контрабанду микросхем."}
	slotKindArticles["ru-fate-own"] = Citation{Title: "Обмен в Дохе", Lang: "ru", Published: slotKindDay,
		Passage: "Россия и США в понедельник обменялись заключёнными в Дохе. " +
			"Российская сторона освободила американского фотографа Джона Пирса. " +
			"Пирс был задержан в Калуге в 2023 году во время съёмки аэродрома."}
}

// TestJudgeFateDate: the year a person was arrested or sentenced is the
// one told of him, where he is named or in the sentence that goes on of
// him, not the year another prisoner of the same swap was convicted.
func TestJudgeFateDate(t *testing.T) {
	runSlotKinds(t, []slotKindCase{
		{"en, own", "When was John Pierce arrested?", "en", "en-fate-own", true},
		{"en, another's", "When was John Pierce arrested?", "en", "en-fate-other", false},
		{"vi, ru article, own", "John Pierce bị bắt vào năm nào?", "vi", "ru-fate-own", true},
		{"vi, ru article, another's", "John Pierce bị bắt vào năm nào?", "vi", "ru-fate-other", false},
		{"en, ru article, own", "In what year was John Pierce detained?", "en", "ru-fate-own", true},
		{"en, ru article, another's", "In what year was John Pierce detained?", "en", "ru-fate-other", false},
		{"ru, own", "Когда задержали Джона Пирса?", "ru", "ru-fate-own", true},
		{"ru, another's", "Когда задержали Джона Пирса?", "ru", "ru-fate-other", false},
		// Not a person's fate: the swap is dated by any sentence on it.
		{"en, swap", "When did Russia free John Pierce?", "en", "ru-fate-other", true},
	})
}
