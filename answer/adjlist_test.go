package answer

import (
	"slices"
	"testing"
)

// TestBulletsCoordinatedAdjectivesList: "Which Russian and Belarusian
// airlines …" asks a list, the airlines of each country: the story of
// the Russian airline holds the question as much as the one that names
// both countries, and its sentence is quoted. Before, the two adjectives
// were read as a country pair one story must name, and only the story
// that recalls the other country's airline was quoted. In Russian too.
func TestBulletsCoordinatedAdjectivesList(t *testing.T) {
	for _, tc := range []struct{ lang, q string }{
		{"en", "Which Russian and Belarusian airlines can buy Airbus brake parts under U.S. licences?"},
		{"ru", "Какие российские и белорусские авиакомпании могут покупать тормоза Airbus по американским лицензиям?"},
	} {
		sources := []Citation{
			{N: 1, ArticleID: "by", Lang: tc.lang, Title: "Minsk carrier cleared to buy Airbus brake parts",
				Passage: "WASHINGTON - Russian and Belarusian airlines won relief this month. A Belarusian airline, Pripyat Avia, may again buy Airbus brake parts under a U.S. licence granted on Wednesday, a week after one for a Russian airline."},
			{N: 2, ArticleID: "ru", Lang: tc.lang, Title: "Siberian carrier cleared to buy Airbus brakes",
				Passage: "WASHINGTON - The Russian airline Taiga Air can buy Airbus brake parts for its twelve A320 jets under a U.S. licence granted on Tuesday, officials said. Taiga Air had grounded four of the jets since January."},
		}
		if tc.lang == "ru" {
			sources[0].Passage = "ВАШИНГТОН, 9 апреля. Российские и белорусские авиакомпании получили послабления. Белорусская авиакомпания «Припять Авиа» снова может покупать тормоза Airbus по американской лицензии, выданной в среду, через неделю после лицензии для российской авиакомпании."
			sources[1].Passage = "ВАШИНГТОН, 2 апреля. Российская авиакомпания «Тайга Эйр» может покупать тормоза Airbus для двенадцати самолётов A320 по американской лицензии, выданной во вторник. Четыре самолёта стояли на земле с января."
		}
		v := judgeAsk(nil, tc.q, tc.lang, sources, true)
		if !v.Answerable {
			t.Errorf("%s: refused (%s)", tc.lang, v.Reason())
			continue
		}
		if !slices.Equal(v.Holds, []bool{true, true}) {
			t.Errorf("%s: holds %v, want both (constraints %v)", tc.lang, v.Holds, v.Constraints)
		}
		if got := citedIDs(extractiveQuoted("Intro:", tc.q, tc.lang, tc.lang, sources, v.Meets, v.Holds)); !slices.Equal(got, []string{"by", "ru"}) {
			t.Errorf("%s: cites %v, want both", tc.lang, got)
		}
	}
}

// TestBulletsListQuestionCountries: a question of a list ("những công
// dân Mỹ nào", "which Americans") that joins two countries asks of each
// one's: the story of the Americans Russia freed holds it as much as the
// story of Belarus's release, which recalls Russia's, and both are
// quoted. Before, the two countries were a pair one story must name.
func TestBulletsListQuestionCountries(t *testing.T) {
	for _, tc := range []struct{ lang, q string }{
		{"vi", "Những công dân Mỹ nào đã được Nga và Belarus trả tự do?"},
		{"en", "Which American citizens were freed by Russia and Belarus?"},
	} {
		sources := []Citation{
			{N: 1, ArticleID: "minsk", Lang: "en", Title: "Belarus frees three Americans",
				Passage: "MINSK - Belarus and Russia have now freed five American citizens this spring. Belarus freed three, teacher Mark Holt, pilot Dana Reyes and student Owen Pratt, on Friday, a month after Russia freed two in a prisoner exchange."},
			{N: 2, ArticleID: "swap", Lang: "vi", Title: "Nga trả tự do cho hai công dân Mỹ",
				Passage: "ASTANA - Nga đã trả tự do cho hai công dân Mỹ, nhà báo Ellen Marsh và kỹ sư Tom Briggs, trong cuộc trao đổi tù nhân tại Astana hôm thứ Ba."},
		}
		v := judgeAsk(nil, tc.q, tc.lang, sources, true)
		if !v.Answerable {
			t.Errorf("%s: refused (%s)", tc.lang, v.Reason())
			continue
		}
		if !slices.Equal(v.Holds, []bool{true, true}) {
			t.Errorf("%s: holds %v, want both (constraints %v)", tc.lang, v.Holds, v.Constraints)
		}
		if got := citedIDs(extractiveQuoted("Intro:", tc.q, tc.lang, tc.lang, sources, v.Meets, v.Holds)); !slices.Equal(got, []string{"minsk", "swap"}) {
			t.Errorf("%s: cites %v, want both", tc.lang, got)
		}
	}
}
