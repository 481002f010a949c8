package answer

import (
	"slices"
	"testing"
	"time"
)

// A noun of a length of time in a "how long" question ("thời hạn bao
// lâu") is the kind of answer, as "bao lâu" is: a story that gives the
// length ("for two years") need not hold the noun, and the content it
// covers is not cut by it.
func TestJudgeDurationNoun(t *testing.T) {
	src := Citation{N: 1, ArticleID: "en", Title: "Canada and Russia settle press visa dispute", Lang: "en", Published: time.Date(2026, 4, 2, 0, 0, 0, 0, time.UTC),
		Passage: "OTTAWA - Canada and Russia will restore the accreditation of three reporters from each country, the two governments said on Thursday. " +
			"Under the deal, press visas will be issued for two years instead of one."}
	near := src
	near.Passage = "OTTAWA - Canada and Russia will restore the accreditation of three reporters from each country, the two governments said on Thursday. " +
		"Under the deal, more press visas will be issued."
	q := "Thị thực cho nhà báo giữa Canada và Nga sẽ có thời hạn bao lâu?"
	v := judge(q, "vi", []Citation{src})
	if !v.Answerable || slices.Contains(v.Missing, "thoi han") || v.Coverage < 1 {
		t.Errorf("answerable %v, coverage %.2f, missing %v; want answerable, all content covered", v.Answerable, v.Coverage, v.Missing)
	}
	if v := judge(q, "vi", []Citation{near}); v.Answerable {
		t.Errorf("no length given: answerable, want refused")
	}
}

// Russian puts the subject between "сколько" and its verb of lasting as
// readily as after it ("Сколько переговоры в Осло длились?", "Сколько
// экспедиция продлится?"): the question asks a length of time, answered
// by one, and a count of anything else does not answer it.
func TestJudgeDurationVerbLastRU(t *testing.T) {
	day := time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC)
	src := Citation{N: 1, ArticleID: "ru", Title: "Россия и США провели консультации в Осло", Lang: "ru", Published: day,
		Passage: "Консультации России и США по Арктике прошли в Осло во вторник. Переговоры длились шесть часов, сообщил МИД. " +
			"В них участвовали 12 дипломатов."}
	near := src
	near.Passage = "Консультации России и США по Арктике прошли в Осло во вторник, сообщил МИД. В них участвовали 12 дипломатов."
	for _, q := range []string{"Сколько длились переговоры в Осло?", "Сколько переговоры в Осло длились?"} {
		if v := judge(q, "ru", []Citation{src}); !v.Answerable {
			t.Errorf("%q: refused (%s), the story gives the length", q, v.Reason())
		}
		if v := judge(q, "ru", []Citation{near}); v.Answerable {
			t.Errorf("%q: answered by a story that gives no length", q)
		}
	}
	if !asksDuration("Сколько экспедиция в Беринговом море продлится?") || asksDuration("Сколько стран продлили санкции?") {
		t.Errorf("a verb of lasting at the end asks a length; \"продлили\" (extended) does not")
	}
}
