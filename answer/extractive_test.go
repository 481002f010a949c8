package answer

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/prompts"
)

func citationsOf(hits ...struct{ lang, text string }) []Citation {
	out := make([]Citation, len(hits))
	for i, h := range hits {
		out[i] = Citation{N: i + 1, ArticleID: string(rune('a' + i)), Lang: h.lang, Passage: h.text}
	}
	return out
}

func articleIDs(cs []Citation) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.ArticleID)
	}
	return out
}

// bullets returns the quoted lines of an extractive answer.
func bullets(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if l, ok := strings.CutPrefix(line, "• "); ok {
			out = append(out, l)
		}
	}
	return out
}

// checkExtractive checks what every extractive answer promises: each
// quote ends with the number of a source it quotes, numbers run 1.. in
// order of first quote, no source and no sentence twice, within bounds,
// deterministic.
func checkExtractive(t *testing.T, intro, query, lang string, sources []Citation, q quoted) {
	t.Helper()
	bs := bullets(q.text)
	if len(bs) == 0 || len(bs) > maxSentences {
		t.Errorf("%d quotes, want 1..%d", len(bs), maxSentences)
	}
	next, quotedRunes := 1, 0
	seen := map[string]bool{}
	for _, b := range bs {
		m := markerRE.FindAllStringSubmatchIndex(b, -1)
		if len(m) == 0 || m[len(m)-1][1] != len(b) {
			t.Errorf("quote without its source number at the end: %q", b)
			continue
		}
		last := m[len(m)-1]
		n, _ := strconv.Atoi(b[last[2]:last[3]])
		sentence := strings.TrimSpace(b[:last[0]])
		switch {
		case n == next:
			next++
		case n > next || n < 1:
			t.Errorf("quote numbered [%d] before [%d] was used: %q", n, next, b)
		}
		if n >= 1 && n <= len(q.sources) && !strings.Contains(q.sources[n-1].Passage, strings.TrimSuffix(sentence, "…")) {
			t.Errorf("[%d] does not hold the sentence it is cited for: %q", n, sentence)
		}
		key := corpus.Fold(sentence)
		if seen[key] {
			t.Errorf("sentence quoted twice: %q", sentence)
		}
		seen[key] = true
		quotedRunes += utf8.RuneCountInString(sentence)
	}
	if len(bs) > 1 && quotedRunes > maxQuotedRunes {
		t.Errorf("%d runes quoted, bound %d", quotedRunes, maxQuotedRunes)
	}
	if len(q.citations) != next-1 {
		t.Errorf("%d citations for %d numbers used", len(q.citations), next-1)
	}
	// Renumbering keeps every source, each once, numbered 1..n.
	if len(q.sources) != len(sources) {
		t.Fatalf("%d sources after renumbering, want %d", len(q.sources), len(sources))
	}
	ids := map[string]bool{}
	for i, c := range q.sources {
		if c.N != i+1 || ids[c.ArticleID] {
			t.Errorf("source %d numbered %d (article %s seen before: %v)", i, c.N, c.ArticleID, ids[c.ArticleID])
		}
		ids[c.ArticleID] = true
		if i < len(q.citations) && fmt.Sprint(q.citations[i]) != fmt.Sprint(c) { // Citation holds a slice (Also)
			t.Errorf("citation %d is %+v, source %d is %+v", i, q.citations[i], i, c)
		}
	}
	if again := extractive(intro, query, lang, sources); again.text != q.text {
		t.Error("extractive answer not deterministic")
	}
}

func TestExtractive(t *testing.T) {
	type src = struct{ lang, text string }
	geneva := src{"en", "The weather in Geneva was cold that week. Sherman said the United States and Russia understood each other's priorities better after the Geneva talks. Ryabkov led Russia's delegation. Nothing was signed."}
	lavrov := src{"en", "Lavrov said the second round of strategic stability dialogue would take place next week. He spoke in New York on September 25."}
	vi := src{"vi", "Theo phóng viên TTXVN, ngày 10/1, Thứ trưởng Wendy Sherman đánh giá Mỹ và Nga đã hiểu rõ hơn về các ưu tiên của nhau. Thời tiết hôm đó rất lạnh và có tuyết rơi."}
	viLavrov := src{"vi", "Ngoại trưởng Sergey Lavrov ngày 25/9 cho biết Nga và Mỹ dự kiến tổ chức vòng hai về đối thoại ổn định chiến lược trong tuần tới."}
	// The same news in both languages.
	enResume := src{"en", "Russia and the United States agreed to resume strategic stability talks in Geneva, the State Department said."}
	viResume := src{"vi", "Nga và Mỹ nhất trí nối lại đàm phán về ổn định chiến lược tại Geneva, Bộ Ngoại giao Mỹ cho biết."}
	enWeak := src{"en", "Observers said strategic questions would weigh on future talks between Moscow and Washington for years."}
	// Every sentence names Russia and the United States; one is about
	// the relationship. A broad question must find that one.
	broad := []src{
		{"en", "Russia and the United States exchanged prisoners in Abu Dhabi on 1 August, the United States said."},
		{"en", "Russia said the United States had expelled two Russian diplomats from Washington in March."},
		{"en", "The United States imposed new sanctions on Russia's banks, and Russia promised a response."},
		{"en", "Relations are at their lowest point since the Cold War, the ambassador said in a 2024 interview."},
	}
	tests := []struct {
		name     string
		lang     string
		query    string
		sources  []Citation
		want     []string // in this order
		notWant  []string
		cited    []string // article IDs, in number order
		langNote bool
	}{
		{
			name: "best matching sentences, each with its number", lang: "en",
			query:   "What did Sherman say about Russia's priorities?",
			sources: citationsOf(geneva, lavrov),
			want:    []string{"From the sources in the corpus:", "Sherman said the United States and Russia understood each other's priorities better after the Geneva talks. [1]"},
			notWant: []string{"The weather in Geneva", "Lavrov"},
			cited:   []string{"a"},
		},
		{
			name: "second source reached by its own terms is renumbered [1]", lang: "en",
			query:   "strategic stability dialogue Lavrov",
			sources: citationsOf(geneva, lavrov),
			want:    []string{"Lavrov said the second round of strategic stability dialogue would take place next week. [1]", "He spoke in New York on September 25. [1]"},
			notWant: []string{"weather", "[2]"},
			cited:   []string{"b"},
		},
		{
			name: "vietnamese question without diacritics", lang: "vi",
			query:   "sherman danh gia gi ve uu tien cua my va nga",
			sources: citationsOf(vi),
			want:    []string{"Từ các nguồn trong kho dữ liệu:", "Wendy Sherman đánh giá Mỹ và Nga đã hiểu rõ hơn về các ưu tiên của nhau. [1]"},
			cited:   []string{"a"},
		},
		{
			name: "vietnamese question over english sources keeps vietnamese framing", lang: "vi",
			query:    "Sherman nói gì về Nga sau hội đàm Geneva?",
			sources:  citationsOf(geneva),
			want:     []string{"Từ các nguồn trong kho dữ liệu:", prompts.T("vi", "extractive.original_language"), "Sherman said", "[1]"},
			cited:    []string{"a"},
			langNote: true,
		},
		{
			name: "broad question: words every sentence shares weigh little", lang: "en",
			query:   "What is the state of US-Russia relations?",
			sources: citationsOf(broad...),
			want:    []string{"Relations are at their lowest point since the Cold War"},
			cited:   []string{"d"},
		},
		{
			name: "english question prefers the english source when relevance is close", lang: "en",
			query:    "strategic stability talks in Geneva",
			sources:  citationsOf(viResume, enResume),
			want:     []string{enResume.text + " [1]", viResume.text + " [2]"},
			cited:    []string{"b", "a"},
			langNote: true,
		},
		{
			name: "vietnamese question prefers the vietnamese source when relevance is close", lang: "vi",
			query:    "đàm phán ổn định chiến lược ở Geneva",
			sources:  citationsOf(enResume, viResume),
			want:     []string{viResume.text + " [1]", enResume.text + " [2]"},
			cited:    []string{"b", "a"},
			langNote: true,
		},
		{
			name: "the best match is kept whatever its language, however many sources are in the asker's", lang: "en",
			query: "Lavrov Blinken Geneva",
			sources: citationsOf(
				src{"vi", "Ngoại trưởng Lavrov gặp Ngoại trưởng Blinken tại Geneva ngày 21/1 trong 90 phút."},
				src{"en", "Lavrov met Blinken in Geneva on January 21 for 90 minutes, officials said."},
				src{"en", "Lavrov and Blinken spoke in Geneva again on January 22, a spokesman said."},
				src{"en", "In Geneva on January 23, Lavrov told Blinken that Moscow wanted written answers."},
				src{"en", "Blinken said in Geneva on January 24 that Lavrov had been given proposals."},
				src{"en", "Lavrov left Geneva on January 25 after Blinken promised a reply within days."}),
			want:     []string{"Ngoại trưởng Lavrov gặp Ngoại trưởng Blinken"},
			langNote: true,
		},
		{
			name: "the only source that answers is kept whatever its language", lang: "en",
			query:    "What did Lavrov say about strategic stability on September 25?",
			sources:  citationsOf(enWeak, viLavrov),
			want:     []string{prompts.T("en", "extractive.original_language"), "Ngoại trưởng Sergey Lavrov ngày 25/9"},
			cited:    []string{"b"},
			langNote: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			intro := prompts.T(tt.lang, "extractive.intro")
			q := extractive(intro, tt.query, tt.lang, tt.sources)
			text := q.text
			at := 0
			for _, w := range tt.want {
				i := strings.Index(text[at:], w)
				if i < 0 {
					t.Fatalf("text lacks %q (in order):\n%s", w, text)
				}
				at += i + len(w)
			}
			for _, w := range tt.notWant {
				if strings.Contains(text, w) {
					t.Errorf("text quotes %q, which does not bear on the question:\n%s", w, text)
				}
			}
			if got := articleIDs(q.citations); tt.cited != nil && !slices.Equal(got, tt.cited) {
				t.Errorf("cited articles %v, want %v:\n%s", got, tt.cited, text)
			}
			if has := strings.Contains(text, prompts.T(tt.lang, "extractive.original_language")); has != tt.langNote {
				t.Errorf("original-language note present = %v, want %v", has, tt.langNote)
			}
			checkExtractive(t, intro, tt.query, tt.lang, tt.sources, q)
		})
	}
}

// The chunker repeats a sentence at chunk boundaries and outlets repeat
// each other: a sentence is quoted once, in its fullest form.
func TestExtractiveQuotesASentenceOnce(t *testing.T) {
	type src = struct{ lang, text string }
	full := "Since the beginning of Donald Trump's presidency, Washington and Moscow have engaged in multiple high-level talks on embassy operations."
	tests := []struct {
		name    string
		sources []Citation
		once    string
	}{
		{"same sentence in two excerpts of one article", citationsOf(
			src{"en", "Talks on embassy operations resumed in Istanbul on April 10. " + full + "\n…\n" + full + " Delegations met for six hours."}), full},
		{"same sentence in two articles", citationsOf(
			src{"en", full + " The State Department confirmed the date."},
			src{"en", "Wire copy: " + full}), "Washington and Moscow have engaged"},
		{"teaser cut short and the full sentence", citationsOf(
			src{"en", "Since the beginning of Donald Trump's presidency, Washington and Moscow...\n" + full}), "Washington and Moscow"},
		{"same sentence with other spacing and case", citationsOf(
			src{"en", full}, src{"en", strings.ToUpper(full[:1]) + strings.ReplaceAll(full[1:], " ", "  ")}), "Washington and Moscow"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			query := "Washington Moscow high-level talks embassy operations"
			q := extractive("Intro:", query, "en", tt.sources)
			if n := strings.Count(q.text, tt.once); n != 1 {
				t.Errorf("%q quoted %d times:\n%s", tt.once, n, q.text)
			}
			checkExtractive(t, "Intro:", query, "en", tt.sources, q)
		})
	}
}

func TestExtractiveBounds(t *testing.T) {
	sentence := func(article, i int) string {
		return fmt.Sprintf("Russia and the United States discussed arms control in Geneva, round %d of article %d, at considerable length and in detail. ", i, article)
	}
	passage := func(article int) string {
		var b strings.Builder
		for i := range 6 {
			b.WriteString(sentence(article, i))
		}
		return b.String()
	}
	several := make([]Citation, 4)
	for i := range several {
		several[i] = Citation{N: i + 1, ArticleID: fmt.Sprint("art", i), Lang: "en", Passage: passage(i)}
	}
	one := []Citation{{N: 1, ArticleID: "only", Lang: "en", Passage: passage(0)}}
	tests := []struct {
		name       string
		sources    []Citation
		perArticle int
		articles   int
	}{
		{"several relevant articles: quotes spread, at most two each", several, maxPerArticle, 3},
		{"a single relevant article may give more", one, maxPerOnlyArticle, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := extractive("Intro:", "arms control Geneva Russia", "en", tt.sources)
			per := map[string]int{}
			for _, b := range bullets(q.text) {
				m := markerRE.FindAllStringSubmatch(b, -1)
				per[m[len(m)-1][1]]++
			}
			for n, c := range per {
				if c > tt.perArticle {
					t.Errorf("source [%s] quoted %d times, at most %d", n, c, tt.perArticle)
				}
			}
			if len(per) < tt.articles {
				t.Errorf("%d articles quoted, want at least %d:\n%s", len(per), tt.articles, q.text)
			}
			checkExtractive(t, "Intro:", "arms control Geneva Russia", "en", tt.sources, q)
		})
	}
	// A passage with no sentence boundary is quoted whole, bounded.
	q := extractive("Intro:", "x", "en", citationsOf(struct{ lang, text string }{"en", "short"}))
	if !strings.Contains(q.text, "short [1]") || len(q.citations) != 1 {
		t.Errorf("short passage: %q", q.text)
	}
	// An over-long sentence is cut, and the total stays bounded.
	long := strings.Repeat("Arms control talks in Geneva went on ", 40) + "."
	q = extractive("Intro:", "arms control Geneva", "en", citationsOf(struct{ lang, text string }{"en", long + " " + long}))
	for _, b := range bullets(q.text) {
		if n := utf8.RuneCountInString(b); n > maxSentenceRunes+8 {
			t.Errorf("quote of %d runes", n)
		}
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
		// The quoter and the chunker agree on sentences (corpus.Sentences).
		{"Amb. Darchiev met Sec. Rubio in Istanbul. They agreed.", []string{"Amb. Darchiev met Sec. Rubio in Istanbul.", "They agreed."}},
		{"TS. Nguyễn Văn A nhận định. Ông nói thêm.", []string{"TS. Nguyễn Văn A nhận định.", "Ông nói thêm."}},
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

// Whatever the passages and the question, every quote is text of the
// source whose number follows it, numbers run from [1] in order of first
// quote, and the bounds hold.
func FuzzExtractive(f *testing.F) {
	f.Add("Lavrov Geneva 10/4", "Lavrov met Blinken in Geneva. They talked for 90 minutes.\nNo deal.", "Ngoại trưởng Lavrov gặp Blinken ngày 10/4. Hai bên sẽ gặp lại.")
	f.Add("quan hệ", "Quan hệ Nga – Mỹ. Quan hệ Nga – Mỹ.", "…\n…\n…")
	f.Add("", "", "")
	f.Add("x", "short", "a. b. c. d. e. f. g.")
	f.Fuzz(func(t *testing.T, query, p1, p2 string) {
		if !utf8.ValidString(p1) || !utf8.ValidString(p2) {
			t.Skip("passages come from the corpus, which stores valid UTF-8")
		}
		srcs := []Citation{{N: 1, ArticleID: "a", Lang: "en", Passage: p1}, {N: 2, ArticleID: "b", Lang: "vi", Passage: p2}}
		q := extractive("Intro:", query, "en", srcs)
		norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
		next := 1
		bs := bullets(q.text)
		if len(bs) > maxSentences {
			t.Fatalf("%d quotes", len(bs))
		}
		for _, b := range bs {
			i := strings.LastIndex(b, " [")
			n, err := strconv.Atoi(strings.TrimSuffix(b[i+2:], "]"))
			if i < 0 || err != nil || n < 1 || n > next || n > len(q.sources) {
				t.Fatalf("quote %q: bad or out-of-order number (next %d)", b, next)
			}
			if n == next {
				next++
			}
			quote := strings.TrimSuffix(b[:i], "…")
			if !strings.Contains(norm(q.sources[n-1].Passage), norm(quote)) {
				t.Fatalf("quote %q is not in source [%d] %q", quote, n, q.sources[n-1].Passage)
			}
		}
		if len(q.citations) != next-1 || len(q.sources) != len(srcs) {
			t.Fatalf("%d citations, %d numbers used, %d sources", len(q.citations), next-1, len(q.sources))
		}
	})
}

// TestQueryTermsVietnameseWords pins how a Vietnamese question becomes
// concepts: a word of two syllables the lexicon does not know is one
// concept (so "đề" alone, as in "đề cử", is a poor match for "đề xuất"),
// a phrase the lexicon knows keeps its function syllables ("nối lại" is
// not "lại"), and classifiers and purpose words ("vụ", "để") are none.
func TestQueryTermsVietnameseWords(t *testing.T) {
	tests := []struct {
		q       string
		want    []string // each the first alternative of a concept, in order
		notWant []string
	}{
		{"Nga đề xuất gì?", []string{"de xuat"}, []string{"de", "xuat"}},
		{"Mỹ nối lại đàm phán", []string{"noi lai"}, []string{"lai"}},
		{"để chia buồn vụ tấn công nào", []string{"chia buon"}, []string{"vu", "de"}},
		{"putin gap biden o g20", []string{"putin", "biden", "g20"}, []string{"putin biden"}},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			var got []string
			for _, c := range queryTerms(tc.q, "vi").concepts {
				got = append(got, strings.Join(c.alts[0].words, " "))
			}
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("concepts %q lack %q", got, w)
				}
			}
			for _, w := range tc.notWant {
				if slices.Contains(got, w) {
					t.Errorf("concepts %q have %q", got, w)
				}
			}
		})
	}
}
