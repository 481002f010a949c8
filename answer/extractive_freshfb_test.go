package answer

import "testing"

// TestFreshFirstBulletRules pins the rules the fresh factoid questions
// (extractive_fresh_test.go) brought, each on text of its kind.
func TestFreshFirstBulletRules(t *testing.T) {
	for q, want := range map[string]qType{
		"How big is the 2026 quota?":                 qHowMany,
		"What share of world exports comes from it?": qHowMany,
		"Какова доля российского газа?":              qHowMany,
		"Nhà du hành Nga nào sẽ bay lên trạm?":       qWho,
		"Người Mỹ nào được thả?":                     qWho,
		"Nhà máy nào bị trừng phạt?":                 qOther, // "nhà máy" is a factory
	} {
		if got := answerType(q); got != want {
			t.Errorf("answerType(%q) = %v, want %v", q, got, want)
		}
	}
	if !acts[endAct].asked.MatchString("How did the talks end?") {
		t.Error("acts[endAct] is not the act of ending")
	}
	for _, s := range []string{"The meeting lasted three days and ended without a joint statement.", "Cuộc họp không ra tuyên bố chung.", "Раунд завершился без договорённостей."} {
		if !outcomeRE.MatchString(s) {
			t.Errorf("outcomeRE misses %q", s)
		}
	}
	if outcomeRE.MatchString("Các chuyên gia đã kết thúc ba ngày thảo luận tại Geneva.") {
		t.Error("outcomeRE takes a bare end for an outcome")
	}
	if querySide("Who headed the American side at the talks?") < 0 || querySide("Who was confirmed as ambassador to Russia?") >= 0 {
		t.Error("querySide reads a side only from a party of the talks")
	}
	if !placeOnly("The talks were held at the Omani Foreign Ministry in Muscat.", "muscat") || placeOnly("Muscat said it hosted the talks.", "muscat") {
		t.Error("placeOnly")
	}
	if !compound("газопроводу", "газа") || compound("газами", "газа") {
		t.Error("compound")
	}
	if answersKind(qHowMany, uncounted("Hai nước đạt thỏa thuận năm 2026.")) {
		t.Error("the year's 'năm' counts as five")
	}
}
