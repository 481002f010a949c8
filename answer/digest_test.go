package answer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/internal/fakeopenai"
	"github.com/detente/detente/llm"
	"github.com/detente/detente/prompts"
)

var digestArticles = []corpus.Article{
	{ID: "a1", Title: "Lavrov: strategic stability talks next week", URL: "https://example.org/a1", Source: "TASS", Lang: "en",
		Published: day("2021-09-25"), Body: "Foreign Minister Sergey Lavrov said on Saturday that the second round would take place next week. He gave no venue. Diplomats welcomed the news."},
	{ID: "a2", Title: "Nga và Mỹ đạt kết quả về an ninh mạng", URL: "https://example.org/a2", Source: "TTXVN", Lang: "vi",
		Published: day("2021-09-19"), Body: "Đại sứ Nga tại Mỹ Anatoly Antonov cho biết Moskva và Washington đã đạt được một số kết quả rõ ràng về đối thoại an ninh mạng. Hai bên sẽ tiếp tục thảo luận."},
	{ID: "a3", Title: "No date, no outlet", Body: "A short body."},
}

func TestDigestWithoutModel(t *testing.T) {
	tests := []struct {
		lang string
		want []string
	}{
		{"en", []string{prompts.T("en", "digest.intro_extractive"),
			"[1] Lavrov: strategic stability talks next week — TASS, 25 Sep 2021\nForeign Minister Sergey Lavrov said on Saturday that the second round would take place next week. He gave no venue.\n",
			"[2] Nga và Mỹ đạt kết quả về an ninh mạng — TTXVN, 19 Sep 2021",
			"[3] No date, no outlet\nA short body."}},
		{"vi", []string{prompts.T("vi", "digest.intro_extractive"), "— TASS, 25/09/2021", "— TTXVN, 19/09/2021"}},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			h := newHarness(t, nil, true, nil)
			a, err := h.svc.Digest(context.Background(), digestArticles, tt.lang)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(a.Text, w) {
					t.Errorf("digest lacks %q:\n%s", w, a.Text)
				}
			}
			if strings.Contains(a.Text, "Diplomats welcomed") {
				t.Error("more than two lead sentences")
			}
			if !a.Extractive || a.Lang != tt.lang || !slices.Equal(citedNs(a.Citations), []int{1, 2, 3}) {
				t.Errorf("digest %+v", a)
			}
			if a.Citations[0].URL != "https://example.org/a1" || a.Citations[1].ArticleID != "a2" {
				t.Errorf("citations not from article metadata: %+v", a.Citations)
			}
		})
	}
}

func TestDigestEmpty(t *testing.T) {
	h := newHarness(t, nil, false, nil)
	a, err := h.svc.Digest(context.Background(), nil, "vi")
	if err != nil || !a.NoSources || a.Text != prompts.T("vi", "digest.empty") {
		t.Errorf("empty digest: %+v, %v", a, err)
	}
	if len(h.srv.ChatRequests()) != 0 {
		t.Error("model called for an empty digest")
	}
}

func TestDigestWithModel(t *testing.T) {
	h := newHarness(t, nil, false, nil)
	h.stream(fakeopenai.Text("Ổn định chiến lược: Lavrov thông báo vòng hai [1]. ",
		"An ninh mạng: hai bên đạt kết quả [2][9]. Xem https://fake.example/x"))
	a, err := h.svc.Digest(context.Background(), digestArticles, "vi")
	if err != nil {
		t.Fatal(err)
	}
	want := "Ổn định chiến lược: Lavrov thông báo vòng hai [1]. An ninh mạng: hai bên đạt kết quả [2]. Xem"
	if a.Text != want || a.Extractive || a.Model != "test-model" {
		t.Errorf("digest %q (extractive %v), want %q", a.Text, a.Extractive, want)
	}
	if got := citedNs(a.Citations); !slices.Equal(got, []int{1, 2}) || len(a.Sources) != 3 {
		t.Errorf("citations %v of %d sources", got, len(a.Sources))
	}
	if a.Citations[1].URL != "https://example.org/a2" {
		t.Errorf("URL %q not from metadata", a.Citations[1].URL)
	}
	r := h.answerRequests()[0]
	for _, w := range []string{"news digest in Vietnamese", `<source n="3">`, "Anatoly Antonov", "TTXVN", "2021-09-19"} {
		if !strings.Contains(r.LastUser(), w) {
			t.Errorf("digest prompt lacks %q", w)
		}
	}
}

func TestDigestModelFailureFallsBack(t *testing.T) {
	h := newHarness(t, nil, false, nil, func(o *llm.Options) { o.MaxRetries = -1 })
	// Cut mid-stream: nobody has seen a digest being written, so the whole
	// extractive digest replaces the half-written one.
	h.stream(fakeopenai.Reply{Chunks: []string{"Lavrov [1].", " more"}, AbortAfter: 1})
	a, err := h.svc.Digest(context.Background(), digestArticles, "en")
	if err != nil {
		t.Fatal(err)
	}
	if !a.Extractive || !strings.HasPrefix(a.Text, prompts.T("en", "digest.intro_extractive")) || len(a.Citations) != 3 {
		t.Errorf("digest %+v, want the extractive digest", a)
	}
}

// A digest's lead is the article's first content: not the headline
// repeated above it, not a photo caption, not a byline.
func TestDigestLeadSkipsBoilerplate(t *testing.T) {
	arts := []corpus.Article{
		{ID: "b1", Title: "Envoys meet in Istanbul", Source: "Test Wire", Lang: "en",
			Body: "Envoys meet in Istanbul\nBy Jane Roe and John Doe\nThe envoys met for four hours on Thursday. They set no date.\nJane Roe for Test Wire"},
		{ID: "b2", Title: "Hai bên nối lại đối thoại", Source: "TTXVN", Lang: "vi",
			Body: "Các nhà ngoại giao tại một cuộc gặp ở Geneva. Ảnh: TTXVN\nHai bên đã nối lại đối thoại ngày 10/1."},
	}
	h := newHarness(t, nil, true, nil)
	a, err := h.svc.Digest(context.Background(), arts, "en")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"[1] Envoys meet in Istanbul — Test Wire\nThe envoys met for four hours on Thursday.", "\nHai bên đã nối lại đối thoại ngày 10/1."} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("digest lacks %q:\n%s", w, a.Text)
		}
	}
	for _, b := range []string{"By Jane Roe", "Ảnh: TTXVN", "Jane Roe for Test Wire"} {
		if strings.Contains(a.Text, b) {
			t.Errorf("digest quotes boilerplate %q:\n%s", b, a.Text)
		}
	}
}
