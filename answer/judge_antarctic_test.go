package answer

import (
	"testing"
	"time"
)

// TestJudgeAntarcticAdjective: "the Antarctic commission" asked of a
// Vietnamese report is met by "Nam Cực" (Antarctica), as "Arctic" is
// by "Bắc Cực"; it was a name no report could spell ("антарктик"), and
// the question was refused. A report of the Arctic is still not one of
// the Antarctic.
func TestJudgeAntarcticAdjective(t *testing.T) {
	story := func(s string) []Citation {
		return []Citation{{Title: "Hội nghị về nhuyễn thể ở Valparaíso", Lang: "vi", Published: time.Date(2026, 5, 2, 0, 0, 0, 0, time.UTC), Passage: s}}
	}
	q := "Who chaired the Antarctic krill commission meeting in Valparaíso?"
	if v := judge(q, "en", story("Cuộc họp của ủy ban về nhuyễn thể Nam Cực tại Valparaíso do bà Inés Carrasco, nhà khoa học Chile, chủ trì.")); !v.Answerable {
		t.Errorf("Nam Cực report: refused (%s), want answered", v.Reason())
	}
	if v := judge(q, "en", story("Cuộc họp của ủy ban về nhuyễn thể Bắc Cực tại Valparaíso do bà Inés Carrasco, nhà khoa học Chile, chủ trì.")); v.Answerable {
		t.Errorf("Bắc Cực report: answered, want refused")
	}
}
