package answer

import (
	"slices"
	"strings"
	"testing"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/internal/fakeopenai"
	"github.com/detente/detente/llm"
	"github.com/detente/detente/prompts"
	"github.com/detente/detente/retrieval"
	"github.com/detente/detente/store"
)

func chunkHit(article string, seq int, text string) retrieval.Hit {
	return retrieval.Hit{ArticleID: article, Seq: seq, Title: "Title of " + article, URL: "https://example.org/" + article,
		Lang: "en", Text: text, Relevant: true}
}

func TestNumberSources(t *testing.T) {
	const (
		s1 = "Lavrov said talks would resume next week."
		s2 = "He did not give a venue."
		s3 = "Ryabkov will lead the delegation."
		s4 = "Officials expect a statement on Friday."
	)
	type want struct {
		id      string
		passage string
	}
	tests := []struct {
		name string
		hits []retrieval.Hit
		want []want
	}{
		{"one number per article, in order of first appearance",
			[]retrieval.Hit{chunkHit("a", 0, s1), chunkHit("b", 0, s3), chunkHit("a", 4, s4)},
			[]want{{"a", s1 + ExcerptSeparator + s4}, {"b", s3}}},
		{"excerpts in article order whatever their rank",
			[]retrieval.Hit{chunkHit("a", 7, s4), chunkHit("a", 2, s1)},
			[]want{{"a", s1 + ExcerptSeparator + s4}}},
		{"adjacent chunks share their boundary sentence once",
			[]retrieval.Hit{chunkHit("a", 3, s2+" "+s3), chunkHit("a", 2, s1+" "+s2)},
			[]want{{"a", s1 + " " + s2 + " " + s3}}},
		{"a line break at the boundary is kept",
			[]retrieval.Hit{chunkHit("a", 0, s1+"\n"+s2), chunkHit("a", 1, s2+"\n"+s3)},
			[]want{{"a", s1 + "\n" + s2 + "\n" + s3}}},
		{"a short overlapping sentence is still written once",
			[]retrieval.Hit{chunkHit("a", 0, s1+" He left."), chunkHit("a", 1, "He left. "+s3)},
			[]want{{"a", s1 + " He left. " + s3}}},
		{"adjacent chunks without overlap are joined",
			[]retrieval.Hit{chunkHit("a", 0, s1), chunkHit("a", 1, s3)},
			[]want{{"a", s1 + " " + s3}}},
		{"a word that happens to end one chunk and start the next is not overlap",
			[]retrieval.Hit{chunkHit("a", 0, "Talks ended in Geneva"), chunkHit("a", 1, "Geneva was calm.")},
			[]want{{"a", "Talks ended in Geneva Geneva was calm."}}},
		{"the same chunk twice is kept once",
			[]retrieval.Hit{chunkHit("a", 1, s1), chunkHit("a", 1, s1)},
			[]want{{"a", s1}}},
		{"a chunk inside the one before adds nothing",
			[]retrieval.Hit{chunkHit("a", 0, s1+" "+s2), chunkHit("a", 1, s2)},
			[]want{{"a", s1 + " " + s2}}},
		{"without article IDs, the URL identifies the article",
			[]retrieval.Hit{{URL: "u1", Text: s1}, {URL: "u2", Text: s2}, {URL: "u1", Seq: 3, Text: s3}},
			[]want{{"", s1 + ExcerptSeparator + s3}, {"", s2}}},
		{"without IDs or URLs, outlet and title do; with nothing, each hit is its own",
			[]retrieval.Hit{{Title: "T", Source: "TASS", Text: s1}, {Title: "t", Source: "tass", Seq: 2, Text: s2},
				{Title: "T", Source: "RIA", Text: s3}, {Text: s4}, {Text: s1}},
			[]want{{"", s1 + ExcerptSeparator + s2}, {"", s3}, {"", s4}, {"", s1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := numberSources(tt.hits)
			if len(got) != len(tt.want) {
				t.Fatalf("%d sources, want %d: %+v", len(got), len(tt.want), got)
			}
			for i, w := range tt.want {
				if got[i].N != i+1 || got[i].ArticleID != w.id || got[i].Passage != w.passage {
					t.Errorf("source %d = [%d] %q %q\nwant [%d] %q %q", i, got[i].N, got[i].ArticleID, got[i].Passage, i+1, w.id, w.passage)
				}
			}
		})
	}
}

// Over the real chunker and a real seed article: merging every chunk
// gives back the article's content, each sentence once.
func TestNumberSourcesRebuildsSeedArticle(t *testing.T) {
	seeds, err := corpus.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range seeds {
		t.Run(a.ID, func(t *testing.T) {
			chunks := corpus.Split(a, corpus.ChunkOptions{MaxRunes: 300, OverlapRunes: 150})
			if len(chunks) < 3 {
				t.Fatalf("only %d chunks: the test needs boundaries", len(chunks))
			}
			hits := make([]retrieval.Hit, len(chunks))
			for i, c := range chunks {
				// Retrieval returns them by relevance, not in order.
				hits[len(chunks)-1-i] = retrieval.Hit{ArticleID: a.ID, Seq: c.Seq, Text: c.Text}
			}
			srcs := numberSources(hits)
			if len(srcs) != 1 {
				t.Fatalf("%d sources for one article", len(srcs))
			}
			// Boilerplate lines are in no chunk, so the merge gives back the content.
			var content strings.Builder
			for _, l := range corpus.ClassifyLines(a.Body) {
				if l.Kind == corpus.LineContent {
					content.WriteString(a.Body[l.Start:l.ContentEnd] + "\n")
				}
			}
			if got, want := strings.Fields(srcs[0].Passage), strings.Fields(content.String()); !slices.Equal(got, want) {
				t.Errorf("merged chunks differ from the body:\n got %q\nwant %q", strings.Join(got, " "), strings.Join(want, " "))
			}
		})
	}
}

// Whatever the chunks, merging never loses text: each chunk, spacing
// aside, is still in its article's passage.
func FuzzMergeExcerpts(f *testing.F) {
	f.Add("One. Two three.", "Two three. Four.", 0, 1)
	f.Add("a a a a a", "a a a a a a", 3, 4)
	f.Add("x\n\ny", "y\nz", 1, 2)
	f.Add("", " ", 0, 0)
	f.Fuzz(func(t *testing.T, a, b string, seqA, seqB int) {
		merged := mergeExcerpts([]retrieval.Hit{{Seq: seqA, Text: a}, {Seq: seqB, Text: b}})
		norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
		for _, c := range []string{a, b} {
			if !strings.Contains(norm(merged), norm(c)) {
				t.Fatalf("chunk %q lost in %q", c, merged)
			}
		}
		if len(merged) > len(a)+len(b)+len(ExcerptSeparator) {
			t.Fatalf("merged %q is longer than its parts", merged)
		}
	})
}

// One article retrieved as several chunks is one source to the model and
// to the user: one <source> block, one number, its overlap written once.
func TestAskNumbersSourcesPerArticle(t *testing.T) {
	const overlapSentence = "Russia's delegation was led by Deputy Foreign Minister Sergei Ryabkov."
	g0, g1, g5 := hitGeneva, hitGeneva, hitGeneva
	g0.Seq, g0.Text = 0, "US Deputy Secretary of State Wendy Sherman said the two sides understood each other's priorities better after the Geneva meeting. "+overlapSentence
	g1.Seq, g1.Text = 1, overlapSentence+" The talks lasted nearly eight hours."
	g5.Seq, g5.Text = 5, "Sherman said the US would consult its allies at NATO in Brussels on Wednesday."
	hits := []retrieval.Hit{g1, hitLavrov, g0, g5}

	t.Run("model", func(t *testing.T) {
		h := newHarness(t, hits, false, nil)
		h.stream(fakeopenai.Text("Sherman saw progress [1]. Lavrov expects a second round [2]. A third source [3]."))
		a := h.ask(t, Request{Question: "What happened at the Geneva talks?", Lang: "en"})
		if a.Text != "Sherman saw progress [1]. Lavrov expects a second round [2]. A third source." {
			t.Errorf("text %q: [3] should not exist with two articles", a.Text)
		}
		if got := articleIDs(a.Sources); !slices.Equal(got, []string{"geneva", "lavrov"}) {
			t.Fatalf("sources %v, want one per article in rank order", got)
		}
		if got := citedNs(a.Citations); !slices.Equal(got, []int{1, 2}) {
			t.Errorf("citations %v", got)
		}
		wantPassage := g0.Text + " The talks lasted nearly eight hours." + ExcerptSeparator + g5.Text
		if a.Sources[0].Passage != wantPassage {
			t.Errorf("passage of [1]\n%q\nwant\n%q", a.Sources[0].Passage, wantPassage)
		}
		r := h.answerRequests()[0]
		user := r.LastUser()
		if n := strings.Count(user, "<source n="); n != 2 {
			t.Errorf("%d source blocks for 2 articles:\n%s", n, user)
		}
		if n := strings.Count(user, hitGeneva.Title); n != 1 {
			t.Errorf("the Geneva article's title appears %d times in the prompt", n)
		}
		if n := strings.Count(user, overlapSentence); n != 1 {
			t.Errorf("the chunks' shared sentence appears %d times in the prompt", n)
		}
		if sys := r.System(); !strings.Contains(sys, "(1 to 2)") || !strings.Contains(sys, `"`+strings.TrimSpace(ExcerptSeparator)+`"`) {
			t.Errorf("system prompt does not give the range 1 to 2 or explain the excerpt separator:\n%s", sys)
		}
	})
	t.Run("extractive", func(t *testing.T) {
		h := newHarness(t, hits, true, nil)
		a := h.ask(t, Request{Question: "What did Sherman and Ryabkov do at the Geneva talks?", Lang: "en"})
		titles := map[string]bool{}
		for _, c := range a.Sources {
			if titles[c.Title] {
				t.Errorf("two sources titled %q", c.Title)
			}
			titles[c.Title] = true
		}
		if len(a.Sources) != 2 {
			t.Errorf("%d sources for 2 articles", len(a.Sources))
		}
		if n := strings.Count(a.Text, overlapSentence); n > 1 {
			t.Errorf("the shared sentence is quoted %d times:\n%s", n, a.Text)
		}
		checkExtractive(t, prompts.T("en", "extractive.intro"), a.Query, "en", numberSources(hits), quoted{text: a.Text, citations: a.Citations, sources: a.Sources})
	})
}

// The model's answer falls back to the extractive one, renumbered with it:
// the sources returned match the numbers in the text.
func TestAskFallbackRenumbersSources(t *testing.T) {
	weak := hitLavrov
	weak.Text = "Foreign ministers met in New York in September."
	h := newHarness(t, []retrieval.Hit{weak, hitGeneva}, false, nil, func(o *llm.Options) { o.MaxRetries = -1 })
	h.stream(fakeopenai.Reply{Status: 500})
	a := h.ask(t, Request{Question: "What did Sherman say after the Geneva meeting?", Lang: "en"})
	if !a.Extractive || len(a.Sources) != 2 {
		t.Fatalf("answer %+v, want the extractive fallback over 2 sources", a)
	}
	if !strings.Contains(a.Text, "Wendy Sherman said the two sides understood each other's priorities better after the Geneva meeting. [1]") {
		t.Errorf("the quoted article is not [1]:\n%s", a.Text)
	}
	if a.Sources[0].ArticleID != "geneva" || a.Sources[0].N != 1 || a.Sources[1].N != 2 || a.Citations[0].ArticleID != "geneva" {
		t.Errorf("sources %+v do not match the text's numbers", a.Sources)
	}
}

// A story told by three outlets is one numbered source that names the
// other two, each with its own link.
func TestNumberSourcesAlsoReportedBy(t *testing.T) {
	also := []store.StoryArticle{
		{ArticleID: "b", Title: "Copy b", URL: "https://b.example/1", Source: "Daily"},
		{ArticleID: "c", Title: "Copy c", URL: "https://c.example/1", Source: "Herald"},
	}
	h1, h2 := chunkHit("a", 0, "Lavrov said talks would resume."), chunkHit("a", 1, "Ryabkov will lead.")
	h1.Story, h1.Also = 7, also
	h2.Story, h2.Also = 7, also
	got := numberSources([]retrieval.Hit{h1, chunkHit("d", 0, "Other story."), h2})
	if len(got) != 2 {
		t.Fatalf("%d sources, want 2: %+v", len(got), got)
	}
	want := []Outlet{{ArticleID: "b", Title: "Copy b", URL: "https://b.example/1", Source: "Daily"},
		{ArticleID: "c", Title: "Copy c", URL: "https://c.example/1", Source: "Herald"}}
	if !slices.Equal(got[0].Also, want) {
		t.Errorf("also = %+v, want %+v", got[0].Also, want)
	}
	if len(got[1].Also) != 0 {
		t.Errorf("a story told once lists %+v", got[1].Also)
	}
}
