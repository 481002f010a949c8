package answer

import (
	"testing"
	"time"
)

// TestComparedNamesAreListed: a question that asks to compare two named
// things ("Compare the Okhotsk and Baltic Sea drills") asks of two stories, each
// of which may be told in another article; one story that tells only one
// of them does not answer, nor does a question whose second name no
// article holds.
func TestComparedNamesAreListed(t *testing.T) {
	day := time.Date(2026, 5, 12, 0, 0, 0, 0, time.UTC)
	sources := []Citation{
		{N: 1, ArticleID: "en-okhotsk", Lang: "en", Published: day, Title: "Russian and U.S. rescuers rehearse a tanker fire in the Sea of Okhotsk",
			Passage: "Russian and American rescue crews spent two days in the Sea of Okhotsk practising how to fight a tanker fire. The scenario had 1,200 tonnes of crude oil spilled on the water."},
		{N: 2, ArticleID: "en-baltic", Lang: "en", Published: day, Title: "Baltic Sea spill drill goes ahead",
			Passage: "Russian and U.S. coast guards held a spill drill in the Baltic Sea this week. The scenario had 300 tonnes of fuel oil spilled by a freighter."},
	}
	for _, tc := range []struct {
		q, lang string
		want    bool
	}{
		{"Compare the Okhotsk and Baltic Sea drills: how much oil was spilled in each scenario?", "en", true},
		{"Сравните охотские и балтийские учения: сколько тонн нефти разлилось?", "ru", true},
		{"So sánh diễn tập biển Okhotsk và biển Baltic: bao nhiêu tấn dầu bị tràn?", "vi", true},
		{"Compare the Okhotsk and Caspian Sea drills: how much oil was spilled in each scenario?", "en", false},
		{"What did the Okhotsk and Baltic Sea drills rehearse?", "en", false},
	} {
		if v := judge(tc.q, tc.lang, sources); v.Answerable != tc.want {
			t.Errorf("%q: answerable = %v, want %v (%s)", tc.q, v.Answerable, tc.want, v.Reason())
		}
	}
}
