package answer

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/detente/detente/internal/fakeopenai"
	"github.com/detente/detente/prompts"
	"github.com/detente/detente/retrieval"
)

// A question the corpus does not cover gets a reply that says what the
// corpus does cover, with only what is known: no "01/01/0001" for a
// corpus without dates, and a handful of topics, not every title.
func TestNoSourcesCoverage(t *testing.T) {
	titles := make([]string, 12)
	for i := range titles {
		titles[i] = fmt.Sprintf("Topic number %d", i+1)
	}
	tests := []struct {
		name    string
		lang    string
		cov     Coverage
		want    string // the whole text after the "no_sources" sentence
		wantErr error
	}{
		{"dates unknown (the seeds have none)", "vi", Coverage{Articles: 5, Topics: []string{"Hội đàm Geneva"}},
			"Kho dữ liệu có 5 bài viết. Các chủ đề gồm: Hội đàm Geneva.", nil},
		{"dates unknown, english", "en", Coverage{Articles: 5},
			"The corpus has 5 articles.", nil},
		{"both dates", "en", Coverage{Articles: 5, From: day("2018-07-16"), To: day("2022-01-25")},
			"The corpus has 5 articles published between 16 Jul 2018 and 25 Jan 2022.", nil},
		{"both dates, vietnamese", "vi", Coverage{Articles: 5, From: day("2018-07-16"), To: day("2022-01-25")},
			"Kho dữ liệu có 5 bài viết, đăng từ 16/07/2018 đến 25/01/2022.", nil},
		{"dates given the wrong way round", "en", Coverage{Articles: 5, From: day("2022-01-25"), To: day("2018-07-16")},
			"The corpus has 5 articles published between 16 Jul 2018 and 25 Jan 2022.", nil},
		{"only the oldest known", "vi", Coverage{Articles: 3, From: day("2021-09-25")},
			"Kho dữ liệu có 3 bài viết, bài cũ nhất đăng ngày 25/09/2021.", nil},
		{"only the newest known", "en", Coverage{Articles: 3, To: day("2025-04-08")},
			"The corpus has 3 articles, the newest published on 8 Apr 2025.", nil},
		{"all on one day", "en", Coverage{Articles: 2, From: day("2022-01-10"), To: day("2022-01-10").Add(20 * time.Hour)},
			"The corpus has 2 articles, all published on 10 Jan 2022.", nil},
		{"one article, dated", "en", Coverage{Articles: 1, From: day("2022-01-10"), To: day("2022-01-10")},
			"The corpus has one article, published on 10 Jan 2022.", nil},
		{"one article, undated", "vi", Coverage{Articles: 1},
			"Kho dữ liệu có một bài viết.", nil},
		{"at most three distinct topics (a phone screen), in the order given (newest first)", "en",
			Coverage{Articles: 12, Topics: append([]string{"Topic number 1", " ", "topic NUMBER 1"}, titles[1:]...)},
			"The corpus has 12 articles. Topics include: Topic number 1; Topic number 2; Topic number 3.", nil},
		{"titles in the asker's language only", "vi",
			Coverage{Articles: 3, Topics: []string{"Talks in Geneva", "Đàm phán ở Geneva", "Переговоры в Женеве"}, TopicLangs: []string{"en", "vi", "ru"}},
			"Kho dữ liệu có 3 bài viết. Các chủ đề gồm: Đàm phán ở Geneva.", nil},
		{"none in the asker's language: how many in each", "ru",
			Coverage{Articles: 3, Topics: []string{"Talks in Geneva", "Đàm phán ở Geneva", "Talks in Riyadh"}, TopicLangs: []string{"en", "vi", "en"}, ByLang: map[string]int{"en": 2, "vi": 1}},
			"Статей в базе: 3. Языки статей: английский — 2, вьетнамский — 1.", nil},
		{"none in the asker's language, in English", "en",
			Coverage{Articles: 3, Topics: []string{"Đàm phán ở Geneva", "Переговоры в Женеве"}, TopicLangs: []string{"vi", "ru"}, ByLang: map[string]int{"ru": 1, "vi": 1}},
			"The corpus has 3 articles. Articles by language: Russian 1, Vietnamese 1.", nil},
		{"some undated: they are counted apart", "en", Coverage{Articles: 11, Undated: 3, From: day("2018-07-16"), To: day("2022-01-25")},
			"The corpus has 11 articles: 8 published between 16 Jul 2018 and 25 Jan 2022, and 3 undated.", nil},
		{"some undated, vietnamese", "vi", Coverage{Articles: 11, Undated: 3, From: day("2018-07-16"), To: day("2022-01-25")},
			"Kho dữ liệu có 11 bài viết: 8 bài đăng từ 16/07/2018 đến 25/01/2022 và 3 bài không rõ ngày đăng.", nil},
		{"some undated, the dated ones on one day", "en", Coverage{Articles: 4, Undated: 2, From: day("2022-01-10"), To: day("2022-01-10")},
			"The corpus has 4 articles: 2 published on 10 Jan 2022, and 2 undated.", nil},
		{"one dated, the rest undated", "vi", Coverage{Articles: 6, Undated: 5, From: day("2025-04-08"), To: day("2025-04-08")},
			"Kho dữ liệu có 6 bài viết: một bài đăng ngày 08/04/2025 và 5 bài không rõ ngày đăng.", nil},
		{"all undated", "en", Coverage{Articles: 5, Undated: 5},
			"The corpus has 5 articles.", nil},
		{"empty corpus says nothing more", "en", Coverage{}, "", nil},
		{"coverage unavailable says nothing more", "en", Coverage{}, "", errors.New("database is locked")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cov := func(context.Context) (Coverage, error) { return tt.cov, tt.wantErr }
			h := newHarness(t, nil, true, func(o *Options) { o.Coverage = cov })
			a := h.ask(t, Request{Question: "Who won the 2018 World Cup final?", Lang: tt.lang})
			want := prompts.T(tt.lang, "no_sources")
			if tt.want != "" {
				want += "\n\n" + tt.want
			}
			if a.Text != want || !a.NoSources {
				t.Errorf("text\n%q\nwant\n%q", a.Text, want)
			}
			if strings.Contains(a.Text, "0001") || strings.Contains(a.Text, "%!") {
				t.Errorf("text shows an unknown date or a format error: %q", a.Text)
			}
			if tt.wantErr != nil && !strings.Contains(h.logs.String(), "corpus coverage unavailable") {
				t.Errorf("coverage error not logged:\n%s", h.logs)
			}
		})
	}
}

// The model is told the corpus's coverage the same way, without unknown dates.
func TestSystemPromptCoverageWithoutDates(t *testing.T) {
	cov := func(context.Context) (Coverage, error) {
		return Coverage{Articles: 5, Topics: []string{"Geneva talks"}}, nil
	}
	h := newHarness(t, []retrieval.Hit{hitGeneva}, false, func(o *Options) { o.Coverage = cov })
	h.stream(fakeopenai.Text("Fine [1]."))
	h.ask(t, Request{Question: "What happened in Geneva?", Lang: "vi"})
	sys := h.answerRequests()[0].System()
	if !strings.Contains(sys, "The corpus covers: The corpus has 5 articles. Topics include: Geneva talks.") || strings.Contains(sys, "0001") {
		t.Errorf("system prompt coverage:\n%s", sys)
	}
}
