package answer

import "testing"

func init() {
	// A count in a sentence that goes on telling, by a pronoun, what
	// the sentence before named.
	slotKindArticles["ru-offer-in-it"] = Citation{Title: "Москва отклонила помощь Токио", Lang: "ru", Published: slotKindDay,
		Passage: "ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ, 2 марта. Москва отклонила предложение Японии прислать спасателей на Камчатку после землетрясения, сообщили в МЧС. " +
			"Предложение было передано через посольство 28 февраля. " +
			"В нём говорилось о готовности направить 20 спасателей и три вертолёта. " +
			"В МЧС заявили, что своих сил достаточно."}
	slotKindArticles["ru-offer-elsewhere"] = Citation{Title: "Москва отклонила помощь Токио", Lang: "ru", Published: slotKindDay,
		Passage: "ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ, 2 марта. Москва отклонила предложение Японии прислать спасателей на Камчатку после землетрясения, сообщили в МЧС. " +
			"Предложение было передано через посольство 28 февраля. " +
			"Отдельно флот перебросил на Курилы три вертолёта. " +
			"В МЧС заявили, что своих сил достаточно."}
	slotKindArticles["en-offer-in-it"] = Citation{Title: "Moscow turns down Tokyo's help", Lang: "en", Published: slotKindDay,
		Passage: "PETROPAVLOVSK - Moscow turned down Japan's offer to send rescuers to Kamchatka after the earthquake, the emergencies ministry said on Monday. " +
			"The offer was passed on through the embassy on February 28. " +
			"In it, Tokyo proposed 20 rescuers and three helicopters. " +
			"The ministry said its own forces were enough."}
	slotKindArticles["en-offer-elsewhere"] = Citation{Title: "Moscow turns down Tokyo's help", Lang: "en", Published: slotKindDay,
		Passage: "PETROPAVLOVSK - Moscow turned down Japan's offer to send rescuers to Kamchatka after the earthquake, the emergencies ministry said on Monday. " +
			"The offer was passed on through the embassy on February 28. " +
			"Separately, the navy moved three helicopters to the Kuril Islands. " +
			"The ministry said its own forces were enough."}
}

// TestJudgeCountAnaphorOpen: a count in a sentence that opens on a
// pronoun for the sentence before ("В нём говорилось…", "In it, …")
// tells of what that sentence named, though the question's words are
// two sentences up; the same count told of another thing there does not
// answer.
func TestJudgeCountAnaphorOpen(t *testing.T) {
	runSlotKinds(t, []slotKindCase{
		{"ru, in it", "Сколько вертолётов предлагала прислать Япония на Камчатку?", "ru", "ru-offer-in-it", true},
		{"ru, elsewhere", "Сколько вертолётов предлагала прислать Япония на Камчатку?", "ru", "ru-offer-elsewhere", false},
		{"en, in it", "How many helicopters did Japan offer to send to Kamchatka?", "en", "en-offer-in-it", true},
		{"en, elsewhere", "How many helicopters did Japan offer to send to Kamchatka?", "en", "en-offer-elsewhere", false},
	})
}
