package answer_test

import (
	"context"
	"testing"

	"github.com/detente/detente/answer"
)

// Over the real stack with no model and open evaluation articles, a
// question that names a country by its adjective, a capital or a ministry
// in another language than the report's is answered from the report, and
// its twin naming another country the same way is refused. Both need the
// lexicon to know the whole class (every country's demonym, Russian
// adjective and capital; the common ministries), not only the countries
// most in the news: before those rows, "Ghanaian" and "Culture Ministry"
// found nothing to meet them, and "кувейтском", "замбийского",
// "парагвайской" were no country at all, so their near misses were
// answered from the Omani, Zimbabwean and Uruguayan reports.
func TestCountryClassesAcrossLanguages(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests a set of articles")
	}
	eng, st := seededEngine(t)
	for _, f := range []string{
		"../testdata/eval7/articles/ev7-vi-accra-exchange.md",
		"../testdata/eval7/articles/ev7-ru-accra-exchange.md",
		"../testdata/eval3/articles/ev3-en-muscat-consulates.md",
		"../testdata/eval3/articles/ev3-vi-muscat-lanh-su.md",
		"../testdata/eval7/articles/ev7-en-addis-children-talks.md",
		"../testdata/eval7/articles/ev7-en-montevideo-inspections.md",
		"../testdata/eval7/articles/ev7-ru-montevideo-inspections.md",
		"../testdata/eval4/articles/ev4-en-valletta-bomber-notices.md",
		"../testdata/eval5/articles/ev5-vi-ballet-tour.md",
	} {
		ingestFiles(t, eng, st, f)
	}
	svc := answer.New(eng, answer.Options{})
	tests := []struct {
		q string
		// first is the article the answer must cite first; "" for a
		// near miss, which must be refused.
		first string
	}{
		// English adjective of a country a Vietnamese report names.
		{"What did the Ghanaian president say about the prisoner exchange?", "ev7-vi-accra-exchange"},
		{"What did the Nigerian president say about the prisoner exchange?", ""},
		// Russian adjectives of countries English reports name.
		{"Сколько дипломатических виз в квартал договорились выдавать на консультациях в оманском МИД?", "ev3-en-muscat-consulates"},
		{"Сколько дипломатических виз в квартал договорились выдавать на консультациях в кувейтском МИД?", ""},
		{"Как зовут зимбабвийского посланника Африканского союза, который председательствовал на встрече?", "ev7-en-addis-children-talks"},
		{"Как зовут замбийского посланника Африканского союза, который председательствовал на встрече?", ""},
		{"Сколько инспекторов каждой стороны посетят ракетную базу, договорились в уругвайской столице?", "ev7-en-montevideo-inspections"},
		{"Сколько инспекторов каждой стороны посетят ракетную базу, договорились в парагвайской столице?", ""},
		{"Когда делегации снова встретятся в мальтийской столице?", "ev4-en-valletta-bomber-notices"},
		{"Когда делегации снова встретятся в кипрской столице?", ""},
		// A ministry an English question names, a Vietnamese report too.
		{"According to the Russian Culture Ministry, where could an American orchestra perform in the autumn?", "ev5-vi-ballet-tour"},
	}
	for _, tc := range tests {
		a, err := svc.Ask(context.Background(), answer.Request{Question: tc.q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case tc.first == "" && !a.NoSources:
			t.Errorf("near miss %q answered: %s", tc.q, firstLine(a.Text))
		case tc.first == "":
		case a.NoSources:
			t.Errorf("%q refused (%s)", tc.q, a.Verdict.Reason())
		case a.Citations[0].ArticleID != tc.first:
			t.Errorf("%q cites %v, want %s first", tc.q, citedIDs(a.Citations), tc.first)
		}
	}
}

// citedIDs are the articles an answer cites, in order.
func citedIDs(cs []answer.Citation) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.ArticleID)
	}
	return out
}
