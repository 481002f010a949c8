package answer

import "testing"

func init() {
	slotKindArticles["ru-bodies-split"] = Citation{Title: "План передачи тел погибших", Lang: "ru", Published: slotKindDay,
		Passage: "Делегации России и США согласовали в Женеве план передачи тел погибших. " +
			"По плану стороны до конца мая передадут друг другу тела 800 погибших военнослужащих. " +
			"Работу будет контролировать Красный Крест."}
	slotKindArticles["ru-bodies-uncounted"] = Citation{Title: "План передачи тел погибших", Lang: "ru", Published: slotKindDay,
		Passage: "Делегации России и США согласовали в Женеве план передачи тел погибших. " +
			"По плану стороны до 31 мая передадут друг другу тела погибших военнослужащих в три этапа. " +
			"Работу будет контролировать Красный Крест."}
}

// TestJudgeCountSplitPhrase: a Russian story counts a noun phrase by a
// number inside it, after its head ("тела 800 погибших" counts "тела
// погибших"); a date or the count of stages beside it does not.
func TestJudgeCountSplitPhrase(t *testing.T) {
	runSlotKinds(t, []slotKindCase{
		{"ru, split", "Сколько тел погибших передадут стороны по плану из Женевы?", "ru", "ru-bodies-split", true},
		{"ru, none", "Сколько тел погибших передадут стороны по плану из Женевы?", "ru", "ru-bodies-uncounted", false},
	})
}
