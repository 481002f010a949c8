package answer

import "testing"

func init() {
	// A participle's agent between "сколько" and the noun counted.
	slotKindArticles["ru-fishers-counted"] = Citation{Title: "В Находке освободили японских рыбаков", Lang: "ru", Published: slotKindDay,
		Passage: "НАХОДКА, 2 марта. Суд в Находке освободил 14 японских рыбаков, задержанных пограничниками в мае у острова Кунашир. " +
			"Рыбаки вернутся домой на судне «Хоккай-мару» на этой неделе."}
	slotKindArticles["ru-fishers-guards"] = Citation{Title: "В Находке освободили японских рыбаков", Lang: "ru", Published: slotKindDay,
		Passage: "НАХОДКА, 2 марта. Суд в Находке освободил японских рыбаков, задержанных в мае у острова Кунашир нарядом из 14 пограничников. " +
			"Рыбаки вернутся домой на судне «Хоккай-мару» на этой неделе."}
	slotKindArticles["ru-fishers-apart"] = Citation{Title: "В Находке освободили японских рыбаков", Lang: "ru", Published: slotKindDay,
		Passage: "НАХОДКА, 2 марта. Суд в Находке освободил 14 японских рыбаков. " +
			"Их задержали пограничники в мае у острова Кунашир."}
	slotKindArticles["ru-diplomats-named-agent"] = Citation{Title: "Дипломаты вернулись из Оттавы", Lang: "ru", Published: slotKindDay,
		Passage: "В Москву в пятницу вернулись 9 российских дипломатов, высланных Канадой в феврале. " +
			"В МИД России назвали высылку необоснованной."}
}

// TestJudgeCountParticipleAgent: "сколько усыновлённых американцами
// детей" counts the noun after the participle's agent, not the agent;
// so the count of that noun answers, and a count of the agent's kind
// does not.
func TestJudgeCountParticipleAgent(t *testing.T) {
	runSlotKinds(t, []slotKindCase{
		{"agent in -ами, counted", "Сколько задержанных пограничниками рыбаков освободил суд в Находке?", "ru", "ru-fishers-counted", true},
		{"agent in -ами, told apart", "Сколько задержанных пограничниками рыбаков освободил суд в Находке?", "ru", "ru-fishers-apart", true},
		{"agent in -ами, the agents counted", "Сколько задержанных пограничниками рыбаков освободил суд в Находке?", "ru", "ru-fishers-guards", false},
		{"agent a name", "Сколько высланных Канадой дипломатов вернулись в Москву?", "ru", "ru-diplomats-named-agent", true},
	})
}
