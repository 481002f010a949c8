package answer

import "testing"

// TestLeadTimeListMediatorRules pins the kinds eval4's first-bullet
// misses brought (extractive_fb2_test.go), each on text of its kind.
func TestLeadTimeListMediatorRules(t *testing.T) {
	for _, q := range []string{"How much notice must the navy give?", "How far in advance are drills announced?", "За какой срок стороны предупредят друг друга?", "Báo trước bao lâu?", "В течение скольких часов они сообщат?"} {
		if !asksDuration(q) {
			t.Errorf("asksDuration(%q) = false: a lead time is a length of time", q)
		}
	}
	for q, want := range map[string]bool{
		"Which sectors get priority?":          true,
		"What main subjects will it cover?":    true,
		"Какие направления получат приоритет?": true,
		"Những lĩnh vực nào được ưu tiên?":     true,
		"nhung nganh nao duoc uu tien?":        true,
		"What does the deal cover?":            false,
		"What was agreed?":                     false,
	} {
		if got := asksList(q); got != want {
			t.Errorf("asksList(%q) = %v, want %v", q, got, want)
		}
	}
	if !listRE.MatchString("Priority goes to physics, linguistics and Arctic ecology.") ||
		listRE.MatchString(quotedSpanRE.ReplaceAllString(`He called the talks "businesslike, long and not easy."`, "")) {
		t.Error("listRE takes a list of things, not a speaker's adjectives")
	}
	for _, s := range []string{"The swap took place with the mediation of Qatar.", "Обмен прошёл при посредничестве Казахстана.", "Hai bên trao đổi tù nhân với sự trung gian của Kazakhstan."} {
		if !mediationRE.MatchString(s) {
			t.Errorf("mediationRE misses %q", s)
		}
	}
	if !mediatorQuestionRE.MatchString("ai lam trung gian cho cuoc trao doi?") || mediatorQuestionRE.MatchString("who led the talks?") {
		t.Error("mediatorQuestionRE")
	}
	if !connectRE.MatchString("a 24-hour line linking the naval command in Naples with the fleet") || !connectQuestionRE.MatchString("что соединит линия?") {
		t.Error("connectRE")
	}
	if !bothLeaders("The talks were led by Assistant Secretary Daniel Whitcombe and Russian Deputy Foreign Minister Gennady Lavrentiev.") ||
		bothLeaders("The Russian delegation was led by Deputy Foreign Minister Gennady Lavrentiev.") {
		t.Error("bothLeaders tells a sentence naming both sides' leaders from one naming the other side's")
	}
	for q, want := range map[string]qType{
		"How did Whitcombe describe the step?":        qSay,
		"Как Аргайл охарактеризовал договорённость?":  qSay,
		"Ông Whitcombe mô tả thỏa thuận như thế nào?": qSay,
		"What did the attaché promise?":               qSay,
		"What did the negotiator think of the cut?":   qSay,
		"How did the talks end?":                      qOther,
		"За какое время стороны обязались ответить?":  qHowMany,
	} {
		if got := answerType(q); got != want {
			t.Errorf("answerType(%q) = %v, want %v", q, got, want)
		}
	}
	for _, s := range []string{"Эксперты обменяются контактами к концу декабря.", "Работы начнутся в середине марта.", "Срок продлён до середины мая."} {
		if !dateRE.MatchString(s) {
			t.Errorf("dateRE misses the edge of a month in %q", s)
		}
	}
	if !topicCountry("США") || !topicCountry("US") || topicCountry("МИД") || topicCountry("NASA") {
		t.Error("topicCountry tells a country of the topic from a body")
	}
	if !goingToRE.MatchString("where is the next session going to be?") || goingToRE.MatchString("where is the plane going to?") {
		t.Error("goingToRE")
	}
	if !namingRE.MatchString("Bà Morales gọi thỏa thuận là dấu hiệu tích cực.") || !againRE.MatchString("the delegations agreed to meet again in valletta") {
		t.Error("namingRE or againRE")
	}
}
