package answer

import (
	"slices"
	"strings"
	"testing"

	"github.com/detente/detente/prompts"
)

func citationsOf(hits ...struct{ lang, text string }) []Citation {
	out := make([]Citation, len(hits))
	for i, h := range hits {
		out[i] = Citation{N: i + 1, ArticleID: string(rune('a' + i)), Lang: h.lang, Passage: h.text}
	}
	return out
}

func TestExtractive(t *testing.T) {
	type src = struct{ lang, text string }
	geneva := src{"en", "The weather in Geneva was cold that week. Sherman said the United States and Russia understood each other's priorities better after the Geneva talks. Ryabkov led Russia's delegation. Nothing was signed."}
	lavrov := src{"en", "Lavrov said the second round of strategic stability dialogue would take place next week. He spoke in New York on September 25."}
	vi := src{"vi", "Theo phóng viên TTXVN, ngày 10/1, Thứ trưởng Wendy Sherman đánh giá Mỹ và Nga đã hiểu rõ hơn về các ưu tiên của nhau. Thời tiết hôm đó rất lạnh và có tuyết rơi."}
	tests := []struct {
		name     string
		lang     string
		query    string
		sources  []Citation
		want     []string // in this order
		notWant  []string
		cited    []int
		langNote bool
	}{
		{
			name: "best matching sentences, each with its number", lang: "en",
			query:   "What did Sherman say about Russia's priorities?",
			sources: citationsOf(geneva, lavrov),
			want:    []string{"From the sources in the corpus:", "Sherman said the United States and Russia understood each other's priorities better after the Geneva talks. [1]"},
			notWant: []string{"The weather in Geneva", "Lavrov"},
			cited:   []int{1},
		},
		{
			name: "second source reached by its own terms", lang: "en",
			query:   "strategic stability dialogue Lavrov",
			sources: citationsOf(geneva, lavrov),
			want:    []string{"Lavrov said the second round of strategic stability dialogue would take place next week. [2]", "He spoke in New York on September 25. [2]"},
			notWant: []string{"weather"},
			cited:   []int{2},
		},
		{
			name: "vietnamese question without diacritics", lang: "vi",
			query:   "sherman danh gia gi ve uu tien cua my va nga",
			sources: citationsOf(vi),
			want:    []string{"Từ các nguồn trong kho dữ liệu:", "Wendy Sherman đánh giá Mỹ và Nga đã hiểu rõ hơn về các ưu tiên của nhau. [1]"},
			cited:   []int{1},
		},
		{
			name: "vietnamese question over english sources keeps vietnamese framing", lang: "vi",
			query:    "Sherman nói gì về Nga sau hội đàm Geneva?",
			sources:  citationsOf(geneva),
			want:     []string{"Từ các nguồn trong kho dữ liệu:", prompts.T("vi", "extractive.original_language"), "Sherman said", "[1]"},
			cited:    []int{1},
			langNote: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, cits := extractive(prompts.T(tt.lang, "extractive.intro"), tt.query, tt.lang, tt.sources)
			at := 0
			for _, w := range tt.want {
				i := strings.Index(text[at:], w)
				if i < 0 {
					t.Fatalf("text lacks %q (in order) :\n%s", w, text)
				}
				at += i + len(w)
			}
			for _, w := range tt.notWant {
				if strings.Contains(text, w) {
					t.Errorf("text quotes %q, which does not bear on the question:\n%s", w, text)
				}
			}
			if got := citedNs(cits); !slices.Equal(got, tt.cited) {
				t.Errorf("citations %v, want %v", got, tt.cited)
			}
			if has := strings.Contains(text, prompts.T(tt.lang, "extractive.original_language")); has != tt.langNote {
				t.Errorf("original-language note present = %v, want %v", has, tt.langNote)
			}
			n := strings.Count(text, "\n• ")
			if n < minSentences && n < len(tt.sources)*2 || n > maxSentences {
				t.Errorf("%d sentences quoted", n)
			}
			// Every quoted line ends with a valid marker.
			for _, line := range strings.Split(text, "\n")[2:] {
				if !markerRE.MatchString(line) {
					t.Errorf("quoted line without its source: %q", line)
				}
			}
			again, _ := extractive(prompts.T(tt.lang, "extractive.intro"), tt.query, tt.lang, tt.sources)
			if again != text {
				t.Error("extractive answer not deterministic")
			}
		})
	}
}

func TestExtractiveBounds(t *testing.T) {
	long := strings.Repeat("Russia and the United States discussed arms control in Geneva at length. ", 20)
	srcs := citationsOf(struct{ lang, text string }{"en", long}, struct{ lang, text string }{"en", long},
		struct{ lang, text string }{"en", long}, struct{ lang, text string }{"en", long})
	text, _ := extractive("Intro:", "arms control Geneva Russia", "en", srcs)
	if n := strings.Count(text, "\n• "); n != maxSentences {
		t.Errorf("%d sentences, want at most %d", n, maxSentences)
	}
	for i := 1; i <= 4; i++ {
		if c := strings.Count(text, "["+string(rune('0'+i))+"]"); c > maxPerSource {
			t.Errorf("source %d quoted %d times", i, c)
		}
	}
	// A passage with no sentence boundary is quoted whole, bounded.
	text, cits := extractive("Intro:", "x", "en", citationsOf(struct{ lang, text string }{"en", "short"}))
	if !strings.Contains(text, "short [1]") || len(cits) != 1 {
		t.Errorf("short passage: %q", text)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"One here. Two there! Three? Four", []string{"One here.", "Two there!", "Three?", "Four"}},
		{"U.S. Secretary Blinken met Lavrov. Talks ended.", []string{"U.S. Secretary Blinken met Lavrov.", "Talks ended."}},
		{"Mr. Putin spoke. Then Gen. Milley.", []string{"Mr. Putin spoke.", "Then Gen. Milley."}},
		{`He said "we agree." Then left.`, []string{`He said "we agree."`, "Then left."}},
		{"Ông nói: “Đã đến lúc.” Sau đó rời đi.", []string{"Ông nói: “Đã đến lúc.”", "Sau đó rời đi."}},
		{"Line one\nLine two. version 2.0 shipped", []string{"Line one", "Line two. version 2.0 shipped"}},
		{"Ngày 10/1. 2022 là năm khó khăn.", []string{"Ngày 10/1.", "2022 là năm khó khăn."}},
	}
	for _, tt := range tests {
		if got := sentences(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("sentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"A. B.", "U.S. x", "“Q.” R", "\n\n", "…"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, sent := range sentences(s) {
			if sent == "" || sent != strings.TrimSpace(sent) {
				t.Fatalf("bad sentence %q from %q", sent, s)
			}
			if !strings.Contains(s, sent) {
				t.Fatalf("sentence %q not in the input %q", sent, s)
			}
		}
	})
}

func TestFollowUpHeuristic(t *testing.T) {
	hist := []prompts.Turn{{Question: "What did Lavrov say about strategic stability?"}}
	tests := []struct {
		name, q, lang string
		history       []prompts.Turn
		want          string
	}{
		{"pronoun pulls in the topic", "What did they agree?", "en", hist, "What did they agree? Lavrov strategic stability"},
		{"short question", "And Geneva?", "en", hist, "And Geneva? Lavrov strategic stability"},
		{"self-contained question untouched", "When did Biden and Putin meet in Geneva?", "en", hist, "When did Biden and Putin meet in Geneva?"},
		{"vietnamese pronoun", "Họ đã thỏa thuận những gì?", "vi", []prompts.Turn{{Question: "Ngoại trưởng Lavrov nói gì về ổn định chiến lược?"}}, "Họ đã thỏa thuận những gì? Ngoại trưởng Lavrov ổn định chiến lược"},
		{"vietnamese without diacritics", "ho noi gi", "vi", []prompts.Turn{{Question: "hoi dam geneva"}}, "ho noi gi hoi dam geneva"},
		{"chain of short follow-ups", "Why?", "en", []prompts.Turn{{Question: "Sherman on Geneva talks"}, {Question: "And Ryabkov?"}}, "Why? Ryabkov Sherman Geneva talks"},
		{"no history words to add", "What did they say?", "en", []prompts.Turn{{Question: "what?"}}, "What did they say?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := followUpHeuristic(tt.q, tt.lang, tt.history); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCleanModelLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Geneva talks 2022", "Geneva talks 2022"},
		{"\n  \"Geneva talks\"  \nExplanation: I rewrote it.", "Geneva talks"},
		{"Query: Lavrov September 2021", "Lavrov September 2021"},
		{"**Translation:** Hội đàm Geneva", "Hội đàm Geneva"},
		{"Nga-Mỹ: đối thoại", "Nga-Mỹ: đối thoại"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := cleanModelLine(tt.in); got != tt.want {
			t.Errorf("cleanModelLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
