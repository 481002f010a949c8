package answer

import (
	"slices"
	"testing"
	"time"
)

// citedIDs are the articles an extractive answer cites, sorted.
func citedIDs(q quoted) []string {
	var ids []string
	for _, c := range q.citations {
		ids = append(ids, c.ArticleID)
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// TestBulletsTwinsShareTheVerdict: the judge found that the Russian
// telling holds the question's names and the English one does not (its
// spelling of a name failed); the English telling of the same story,
// the same day, is quoted too, while a story of another day is not.
// Before, the bullet filter dropped the twin's sentences.
func TestBulletsTwinsShareTheVerdict(t *testing.T) {
	day := time.Date(2026, 4, 2, 0, 0, 0, 0, time.UTC)
	sources := []Citation{
		{N: 1, ArticleID: "ru-tromso", Lang: "ru", Published: day, Title: "В Тромсё договорились о спасательных учениях",
			Passage: "ТРОМСЁ, 2 апреля. Российскую делегацию возглавил Виктор Самойлов, американскую — адмирал Джейн Коллинз. Учения пройдут в августе у острова Медвежий."},
		{N: 2, ArticleID: "en-tromso", Lang: "en", Published: day.Add(20 * time.Hour), Title: "Rescue drill agreed at Tromsø talks",
			Passage: "TROMSØ - Admiral Jane Collins led the U.S. side, and Viktor Samoylov headed the Russian team. The drill will be held in August near Bear Island."},
		{N: 3, ArticleID: "en-other", Lang: "en", Published: day.AddDate(0, 2, 0), Title: "Coast guards meet in Halifax",
			Passage: "HALIFAX - Admiral Jane Collins led the U.S. side at the coast guard forum in Halifax in June."},
	}
	got := citedIDs(extractiveQuoted("Intro:", "Who led the American side at the talks in Tromso?", "en", "en", sources,
		[]bool{true, false, false}, []bool{true, false, false}))
	if want := []string{"en-tromso", "ru-tromso"}; !slices.Equal(got, want) {
		t.Errorf("cites %v, want %v", got, want)
	}
}

// TestBulletsEachAskItsStory: a question of two asks, each met by its
// own story, quotes both stories, though the judge's verdict on the
// whole question held only one (the other lacks the first ask's city).
func TestBulletsEachAskItsStory(t *testing.T) {
	sources := []Citation{
		{N: 1, ArticleID: "tula", Lang: "en", Title: "Tula museum lends samovars to Boston",
			Passage: "BOSTON - The Tula Museum of Samovars is sending forty antique samovars to the Boston Museum of Fine Arts for a show that opens in May."},
		{N: 2, ArticleID: "omsk", Lang: "en", Title: "Omsk orchestra to tour Denver",
			Passage: "DENVER - The Omsk Philharmonic Orchestra is sending sixty musicians to Denver for three concerts in October."},
	}
	got := citedIDs(extractiveQuoted("Intro:", "What is the Tula museum sending to Boston, and what is the Omsk orchestra sending to Denver?", "en", "en", sources,
		[]bool{true, true}, []bool{true, false}))
	if want := []string{"omsk", "tula"}; !slices.Equal(got, want) {
		t.Errorf("cites %v, want %v", got, want)
	}
}

// TestHoldsDelegationIsNoPost: "delegation" names a group, not a post: a
// story that says "the Russian side" of the same talks holds the
// question as much as one that says "delegation".
func TestHoldsDelegationIsNoPost(t *testing.T) {
	sources := []Citation{
		{N: 1, ArticleID: "a", Lang: "en", Title: "Fisheries talks end in Busan",
			Passage: "BUSAN - Russia and South Korea agreed on new crab quotas at talks in Busan on Friday. The Russian side was led by Pavel Orekhov, deputy head of the fisheries agency."},
	}
	v := judgeAsk(nil, "Who led the Russian delegation at the fisheries talks in Busan?", "en", sources, true)
	if !v.Answerable || len(v.Holds) != 1 || !v.Holds[0] {
		t.Errorf("answerable %v, holds %v (%s), want the story held", v.Answerable, v.Holds, v.Reason())
	}
}
