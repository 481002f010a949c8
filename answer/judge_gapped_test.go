package answer

import (
	"slices"
	"testing"
	"time"
)

// Two original reports (not from any evaluation set), each of one
// exchange: Kazan's gallery and Boston's, Perm's choir and Denver's.
var gappedStories = []Citation{
	{ArticleID: "kazan-boston", N: 1, Title: "Boston gallery lends Kazan twelve Winslow Homer watercolours", Lang: "en",
		Published: time.Date(2026, 4, 2, 0, 0, 0, 0, time.UTC),
		Passage: "BOSTON - The Harborview Gallery in Boston will lend twelve watercolours by Winslow Homer to the Kazan National Museum for a show opening in October, the gallery said on Thursday. " +
			"In return, Kazan will send Boston a collection of Tatar jewellery for a year."},
	{ArticleID: "perm-denver", N: 2, Title: "Пермский хор и денверский обменяются певцами", Lang: "ru",
		Published: time.Date(2026, 5, 20, 0, 0, 0, 0, time.UTC),
		Passage: "ПЕРМЬ, 20 мая. Десять певцов камерного хора из Денвера приедут в Пермь на месяц, а пермские певцы отправятся в Денвер, сообщил в среду руководитель пермского хора Олег Сафронов. " +
			"Хоры споют вместе четыре концерта."},
}

// A question that says its verb once and leaves it out of its second
// part ("What will Kazan get from Boston, and Perm from Denver?", "а
// Пермь — из Денвера", "còn Perm từ Denver") asks two things, each of
// its own report: it is split into two asks, answered when each is met
// by a report, refused when one part's place is in none.
func TestJudgeGappedAsks(t *testing.T) {
	tests := []struct {
		q, lang string
		parts   []string
		want    bool
	}{
		{"What will Kazan get from Boston, and Perm from Denver?", "en",
			[]string{"What will Kazan get from Boston?", "What will Perm get from Denver?"}, true},
		{"Что Казань получит из Бостона, а Пермь — из Денвера?", "ru",
			[]string{"Что Казань получит из Бостона?", "Что Пермь получит из Денвера?"}, true},
		{"Kazan sẽ nhận gì từ Boston, còn Perm từ Denver?", "vi",
			[]string{"Kazan sẽ nhận gì từ Boston?", "Perm sẽ nhận gì từ Denver?"}, true},
		// One part's place is in no report.
		{"What will Kazan get from Boston, and Perm from Seattle?", "en", nil, false},
		{"Что Казань получит из Бостона, а Пермь — из Сиэтла?", "ru", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if tt.parts != nil {
				if got := askParts(tt.q); !slices.Equal(got, tt.parts) {
					t.Errorf("askParts = %q, want %q", got, tt.parts)
				}
			}
			if v := judge(tt.q, tt.lang, gappedStories); v.Answerable != tt.want {
				t.Fatalf("answerable = %v, want %v (%s)", v.Answerable, tt.want, v.Reason())
			}
		})
	}
}

// A second clause that asks of its own, or says more than a name and a
// phrase, is not a gap: it is no split of this kind.
func TestGappedAskNeedsARemnant(t *testing.T) {
	for _, q := range []string{
		"What will Kazan get from Boston, and what will Perm sing in Denver?",
		"What will Kazan get from Boston and from Denver?",
		"Что Казань получит из Бостона и Денвера?",
	} {
		if got := gappedAsk(q, ""); got != nil {
			t.Errorf("gappedAsk(%q) = %q, want nil", q, got)
		}
	}
	if got := gappedAsk("What will Kazan get from Boston", "and what will Perm sing in Denver?"); got != nil {
		t.Errorf("a full second ask split as a gap: %q", got)
	}
}
