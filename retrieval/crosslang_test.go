package retrieval

import "testing"

// A passage in another language than the question holds only the evidence
// that language can: a name, spelt in its script as the press spells it,
// and the concepts the lexicon translates. These questions and stories
// were written for this test (names nobody tuned on): a name the question
// transliterates otherwise than the story (Семёнов/Semyonov, Бёрнс/Burns),
// a Vietnamese or English question whose other words the story's
// language cannot hold; each twin is the same story without the person,
// and stays irrelevant.
func TestJudgeAcrossLanguages(t *testing.T) {
	checkGate(t, []gateCase{
		{"Где сейчас Пётр Семёнов?", "Pyotr Semyonov, the deputy minister, is in Geneva for the meeting.", true},
		{"Где сейчас Пётр Семёнов?", "Pavel Smirnov, the deputy minister, is in Geneva for the meeting.", false},
		{"Когда прилетит Бёрнс?", "Ambassador Lynne Burns will arrive on Monday, the embassy said.", true},
		{"Когда прилетит Бёрнс?", "Ambassador Lynne Ross will arrive on Monday, the embassy said.", false},
		{"Где работал Фёдоров до назначения?", "Before his appointment, Fyodorov worked at the embassy in Oslo.", true},
		{"Где работал Фёдоров до назначения?", "Before his appointment, Fedotov worked at the embassy in Oslo.", false},
		{"Bà Okonkwo phát biểu gì tại hội nghị?", "Okonkwo told the conference that the grain would move by June.", true},
		{"Bà Okonkwo phát biểu gì tại hội nghị?", "Adeyemi told the conference that the grain would move by June.", false},
		{"Ông Halvorsen nói gì sau khi ký?", "Halvorsen told reporters after the signing that the deal was fair.", true},
		{"Ông Halvorsen nói gì sau khi ký?", "Lindqvist told reporters after the signing that the deal was fair.", false},
		{"Bà Kowalczyk đã đề nghị điều gì để đổi lấy việc dùng cảng?", "In exchange for using the port, Kowalczyk offered to cut the fees.", true},
		{"Bà Kowalczyk đã đề nghị điều gì để đổi lấy việc dùng cảng?", "In exchange for using the port, Novak offered to cut the fees.", false},
		{"What did Ashworth promise in return for the hangar in Nome?", "Ông Ashworth hứa sẽ mở lại văn phòng để đổi lấy nhà chứa máy bay ở Nome.", true},
		{"What did Ashworth promise in return for the hangar in Nome?", "Ông Pemberton hứa sẽ mở lại văn phòng để đổi lấy nhà chứa máy bay ở Nome.", false},
		{"Ong Brannigan da den dau?", "Brannigan arrived in Anchorage on Sunday after a long flight.", true},
		{"Ông Halvorsen nói gì sau khi ký?", "Halvorsen told reporters after the signing that the deal was fair.", true},
		{"Ông Halvorsen nói gì sau khi ký?", "Lindqvist told reporters after the signing that the deal was fair.", false},
		{"Bà Kowalczyk đã đề nghị điều gì để đổi lấy việc dùng cảng?", "In exchange for using the port, Kowalczyk offered to cut the fees.", true},
		{"Bà Kowalczyk đã đề nghị điều gì để đổi lấy việc dùng cảng?", "In exchange for using the port, Novak offered to cut the fees.", false},
		{"What did Ashworth promise in return for the hangar in Nome?", "Ông Ashworth hứa sẽ mở lại văn phòng để đổi lấy nhà chứa máy bay ở Nome.", true},
		{"What did Ashworth promise in return for the hangar in Nome?", "Ông Pemberton hứa sẽ mở lại văn phòng để đổi lấy nhà chứa máy bay ở Nome.", false},
		{"Ong Brannigan da den dau?", "Halloran arrived in Anchorage on Sunday after a long flight.", false},
		{"Why was Dunmore detained in Vladivostok?", "Ông Dunmore bị bắt tại Vladivostok hôm thứ Ba vì nghi ngờ buôn lậu.", true},
		{"Why was Dunmore detained in Vladivostok?", "Ông Carter bị bắt tại Vladivostok hôm thứ Ba vì nghi ngờ buôn lậu.", false},
		// An English c said as k is written к ("Claire" is "Клэр",
		// "Scott" "Скотт"); before e, i, y it is с ("Cecil", "Сесил").
		{"Claire Dunmore là ai?", "Россия освободила журналистку Клэр Данмор, приговорённую к шести годам колонии.", true},
		{"Claire Dunmore là ai?", "Россия освободила журналистку Анну Лоуренс, приговорённую к шести годам колонии.", false},
		{"Where did Scott Colby work before?", "Скотт Колби раньше работал в посольстве в Риге.", true},
		{"Where did Scott Colby work before?", "Стивен Морли раньше работал в посольстве в Риге.", false},
		{"Кто такой Сесил Прайс?", "Cecil Price, a lawyer from Ohio, joined the delegation.", true},
		// An English "dg" is said as "дж" ("Bridget" is "Бриджит").
		{"Кто такая Бриджит Конуэй?", "Bridget Conway said the agreement would hold.", true},
		{"Кто такая Бриджит Конуэй?", "Brenda Conroy said the agreement would hold.", false},
		// An English initial "a" said as in "cat" is written э ("Ashby"
		// is "Эшби", "Andrews" "Эндрюс"), and an "Э" read back is "e".
		{"Who is Bernard Ashby?", "Бернард Эшби получил восемь лет колонии.", true},
		{"Who is Bernard Ashby?", "Бернард Ошби получил восемь лет колонии.", false},
		{"Кто такая Эллисон Андерс?", "Allison Anders, a lawyer from Ohio, joined the delegation.", true},
		{"Ông Andrews nói gì tại Oslo?", "Посол Эндрюс заявил в Осло, что переговоры продолжатся.", true},
		// The name must be the other script's: a Latin word is spelt as
		// asked in a Latin story, however alike the consonants.
		{"How do I learn Python?", "Tổng thống Putin nói chuyện với báo chí.", false},
		// The corpus's topic alone is still no evidence.
		{"Что думают в США о погоде?", "The United States and Russia agreed to new talks.", false},
	})
}

// gateCase is a question, a passage and whether the relevance gate
// should find the passage bears on the question.
type gateCase struct {
	q, passage string
	want       bool
}

func checkGate(t *testing.T, tests []gateCase) {
	t.Helper()
	for _, tt := range tests {
		phrasings := []string{tt.q}
		c := queryConcepts(phrasings, expansionGroups(phrasings))
		if got, _ := c.judge(tt.passage); got != tt.want {
			t.Errorf("judge(%q, %q) = %v, want %v", tt.q, tt.passage, got, tt.want)
		}
	}
}

// TestConferenceInMontreal: two gaps of the lexicon that left a
// cross-lingual question's one report with a unit it could not find.
// Vietnamese writes an academic conference "hội thảo" as often as "hội
// nghị"; Russian writes Montreal without its "t" ("Монреаль", which no
// guess romanizes back). The twin is the same report from another city.
func TestConferenceInMontreal(t *testing.T) {
	checkGate(t, []gateCase{
		{"Сколько экономистов собралось на конференцию в Монреале?",
			"Khoảng 30 nhà kinh tế học đã dự một hội thảo hai ngày ở Montréal, Canada.", true},
		{"Сколько экономистов собралось на конференцию в Монреале?",
			"Khoảng 30 nhà kinh tế học đã dự một hội thảo hai ngày ở Ottawa, Canada.", false},
	})
}

// TestMissileTestInVietnamese: Vietnamese writes a test "vụ thử" beside
// "thử nghiệm"; asked so (here without its marks, as typed on a phone),
// the question found in the English report that answers it only the
// missile, and the gate dropped it. The twin is a report on a missile
// deployed, not tested.
func TestMissileTestInVietnamese(t *testing.T) {
	checkGate(t, []gateCase{
		{"Vu thu ten lua dien ra o dau?",
			"Russia tested a cruise missile over the Barents Sea on Tuesday, the ministry said.", true},
		{"Vu thu ten lua dien ra o dau?",
			"Russia deployed a cruise missile over the Barents Sea on Tuesday, the ministry said.", false},
	})
}
