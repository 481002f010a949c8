package answer_test

import (
	"context"
	"strings"
	"testing"

	"github.com/detente/detente/answer"
)

// TestJudgeSeedsNames runs questions over the real seeds with no model: those
// about names the corpus never mentions get the "not covered" reply, those
// it answers do not. A year the undated articles leave unsaid is not met:
// the report of the Biden–Putin meeting "in June" has no year nor a
// publication date, so it tells the meeting without telling it of 2021.
func TestJudgeSeedsNames(t *testing.T) {
	eng, _ := seededEngine(t)
	svc := answer.New(eng, answer.Options{})
	tests := []struct {
		q      string
		refuse bool
	}{
		{"What was agreed at the Putin–Trump summit in Alaska?", true},
		{"What did Putin and Trump agree at their summit in Anchorage, Alaska?", true},
		{"Mỹ phản ứng ra sao với cuộc nổi loạn của Wagner?", true},
		{"Mỹ phản ứng thế nào sau cái chết của Navalny?", true},
		{"Biden và Putin gặp nhau năm 2021 ở đâu?", true},
		{"Biden và Putin gặp nhau ở đâu?", false},
		{"What does Moscow want NATO to do about members that joined after 1997?", false},
		{"Who did Trump pick to replace Huntsman as ambassador in Moscow?", false},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			a, err := svc.Ask(context.Background(), answer.Request{Question: tc.q}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.NoSources != tc.refuse {
				t.Errorf("NoSources = %v, want %v; answer:\n%s", a.NoSources, tc.refuse, a.Text)
			}
		})
	}
}

// TestExtractiveSeedsRareTerms pins the regressions of rare terms losing
// to common same-language words.
func TestExtractiveSeedsRareTerms(t *testing.T) {
	eng, _ := seededEngine(t)
	svc := answer.New(eng, answer.Options{})
	a, err := svc.Ask(context.Background(), answer.Request{Question: "Nga muốn NATO rút quân khỏi đâu?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.NoSources || len(a.Citations) == 0 || a.Citations[0].ArticleID != "002_61e6d07a90f56528" {
		t.Errorf("first cited article is not 002 (NATO, Eastern Europe):\n%s", a.Text)
	}
}

// TestJudgeSeedsIssueExamples: over the real seeds with no model, the
// near misses reported in issue 8 (another year, another country pair)
// are refused with the closest article offered and the reason kept, and
// questions the seeds answer, in vi/en/ru, are answered.
func TestJudgeSeedsIssueExamples(t *testing.T) {
	eng, _ := seededEngine(t)
	svc := answer.New(eng, answer.Options{})
	tests := []struct {
		q      string
		refuse bool
	}{
		{"Nga và Mỹ trao đổi tù nhân năm 2024 gồm những ai?", true},
		{"Quan hệ Nga – Trung Quốc hiện nay thế nào?", true},
		{"Mỹ và Trung Quốc đàm phán thương mại ra sao?", true},
		{"Nga yêu cầu NATO điều gì?", false},
		{"Who heads the American delegation?", false},
		{"Кто возглавляет российскую делегацию в Стамбуле?", false},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			a, err := svc.Ask(context.Background(), answer.Request{Question: tc.q}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.NoSources != tc.refuse {
				t.Fatalf("NoSources = %v, want %v (%s); answer:\n%s", a.NoSources, tc.refuse, a.Verdict.Reason(), a.Text)
			}
			if tc.refuse && (a.Verdict.Answerable || len(a.Verdict.Unmet) == 0 || !strings.Contains(a.Text, "“")) {
				t.Errorf("refusal without its reason or the closest article: %+v\n%s", a.Verdict, a.Text)
			}
		})
	}
}

// TestAskLangSetsOnlyTheReplyLanguage: a forced reply language frames
// the answer in that language and changes nothing else: the same
// sentences are quoted as for the question asked in its own language.
func TestAskLangSetsOnlyTheReplyLanguage(t *testing.T) {
	eng, _ := seededEngine(t)
	svc := answer.New(eng, answer.Options{})
	q := "Who led the Russian and US delegations in Istanbul?"
	own, err := svc.Ask(context.Background(), answer.Request{Question: q}, nil)
	if err != nil {
		t.Fatal(err)
	}
	forced, err := svc.Ask(context.Background(), answer.Request{Question: q, Lang: "vi"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	bullets := func(text string) string {
		_, after, _ := strings.Cut(text, "\n")
		return after
	}
	if forced.Lang != "vi" || own.Lang != "en" {
		t.Errorf("languages %q and %q, want en and vi", own.Lang, forced.Lang)
	}
	if own.NoSources || bullets(own.Text) != bullets(forced.Text) {
		t.Errorf("--lang vi changed the quotes:\n%s\n---\n%s", own.Text, forced.Text)
	}
}
