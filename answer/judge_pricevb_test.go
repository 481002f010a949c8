package answer

import "testing"

func init() {
	slotKindArticles["en-clinic-paid"] = Citation{Title: "Field hospitals for the border", Lang: "en", Published: slotKindDay,
		Passage: "Russia and the United States agreed in Vienna on a plan for the border region. " +
			"Under the plan, the United States will pay for two mobile field hospitals. " +
			"Officials of both sides will meet every month."}
	slotKindArticles["en-clinic-priced"] = Citation{Title: "Field hospitals for the border", Lang: "en", Published: slotKindDay,
		Passage: "Russia and the United States agreed in Vienna on a plan for the border region. " +
			"Under the plan, the United States will pay for two mobile field hospitals, which will cost $4 million. " +
			"Officials of both sides will meet every month."}
}

// TestJudgePriceVerb: a price asked by the verb of costing in any of its
// forms ("сколько стоят", "будут стоить", "tốn bao nhiêu") is answered by
// a sum of money, not by the count of the things priced.
func TestJudgePriceVerb(t *testing.T) {
	runSlotKinds(t, []slotKindCase{
		{"ru, стоят, none", "Сколько стоят два полевых госпиталя, которые оплатят США?", "ru", "en-clinic-paid", false},
		{"ru, стоят, priced", "Сколько стоят два полевых госпиталя, которые оплатят США?", "ru", "en-clinic-priced", true},
		{"ru, будут стоить, none", "Сколько будут стоить два госпиталя, о которых договорились Россия и США?", "ru", "en-clinic-paid", false},
		{"ru, будут стоить, priced", "Сколько будут стоить два госпиталя, о которых договорились Россия и США?", "ru", "en-clinic-priced", true},
		{"vi, tốn, none", "Hai bệnh viện dã chiến tốn bao nhiêu?", "vi", "en-clinic-paid", false},
		{"vi, tốn, priced", "Hai bệnh viện dã chiến tốn bao nhiêu?", "vi", "en-clinic-priced", true},
		{"en, cost, none", "How much will the two field hospitals cost?", "en", "en-clinic-paid", false},
	})
}
