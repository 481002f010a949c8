package corpus

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// sentences splits s the way the chunker sees it.
func sentences(s string) []string {
	var out []string
	prev := 0
	for _, end := range sentenceEnds(s) {
		if t := strings.TrimSpace(s[prev:end]); t != "" {
			out = append(out, t)
		}
		prev = end
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"simple", "Nga và Mỹ gặp nhau. Hai bên đàm phán! Kết quả ra sao?",
			[]string{"Nga và Mỹ gặp nhau.", "Hai bên đàm phán!", "Kết quả ra sao?"}},
		{"u.s. mid sentence", "The U.S. mission drafted a resolution. It passed.",
			[]string{"The U.S. mission drafted a resolution.", "It passed."}},
		{"u.s. before lowercase", "which the U.S. has declined to endorse. Next.",
			[]string{"which the U.S. has declined to endorse.", "Next."}},
		{"u.s. before name", "according to U.S. President Joe Biden. Then more.",
			[]string{"according to U.S. President Joe Biden.", "Then more."}},
		{"titles", "Mr. Darchiev met Dr. Smith on St. Mark's Square. They talked.",
			[]string{"Mr. Darchiev met Dr. Smith on St. Mark's Square.", "They talked."}},
		{"initials", "Tổng thống Nga Vladimir V. Putin và Dmitri S. Peskov. Câu sau.",
			[]string{"Tổng thống Nga Vladimir V. Putin và Dmitri S. Peskov.", "Câu sau."}},
		{"decimals and dates", "Growth was 3.5 percent on 25/1. Prices rose 1.000 đồng.",
			[]string{"Growth was 3.5 percent on 25/1.", "Prices rose 1.000 đồng."}},
		{"hyphenated acronym", "Talks on U.S.-Russia relations resumed. Good.",
			[]string{"Talks on U.S.-Russia relations resumed.", "Good."}},
		{"closing quote", `He said "it is over." She agreed.`,
			[]string{`He said "it is over."`, "She agreed."}},
		{"curly quotes", "“Đã đến lúc giảm căng thẳng.” Đây là tuyên bố.",
			[]string{"“Đã đến lúc giảm căng thẳng.”", "Đây là tuyên bố."}},
		{"ellipsis then lowercase", "Washington and Moscow... have talked. Yes.",
			[]string{"Washington and Moscow... have talked.", "Yes."}},
		{"unicode ellipsis", "Chờ đợi… Rồi mọi thứ thay đổi.",
			[]string{"Chờ đợi…", "Rồi mọi thứ thay đổi."}},
		{"newlines end sentences", "Headline without period\nFirst sentence. Second",
			[]string{"Headline without period", "First sentence.", "Second"}},
		{"abbreviated month", "On Feb. 27 they met. Later too.",
			[]string{"On Feb. 27 they met.", "Later too."}},
		{"vietnamese title", "TS. Nguyễn Văn A nhận định. Ông nói thêm.",
			[]string{"TS. Nguyễn Văn A nhận định.", "Ông nói thêm."}},
		{"chinese", "美俄会谈在日内瓦举行。双方同意继续对话！",
			[]string{"美俄会谈在日内瓦举行。", "双方同意继续对话！"}},
		{"question and exclamation run", "Really?! Yes.", []string{"Really?!", "Yes."}},
		{"no terminator", "just words", []string{"just words"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentences(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplit(t *testing.T) {
	sentence := func(i int) string {
		return "Câu số " + strings.Repeat("x", i%7) + " nói về quan hệ Nga Mỹ và đối thoại chiến lược giữa hai nước."
	}
	var sb strings.Builder
	for i := range 40 {
		sb.WriteString(sentence(i))
		if i%5 == 4 {
			sb.WriteString("\n\n")
		} else {
			sb.WriteByte(' ')
		}
	}
	a := Article{ID: "a1", Title: "Quan hệ Nga – Mỹ", Body: strings.TrimSpace(sb.String())}

	t.Run("bounds, header, seq", func(t *testing.T) {
		chunks := Split(a, ChunkOptions{MaxRunes: 300, OverlapRunes: 120})
		if len(chunks) < 10 {
			t.Fatalf("got %d chunks, want many for a %d-rune body", len(chunks), utf8.RuneCountInString(a.Body))
		}
		for i, c := range chunks {
			if n := utf8.RuneCountInString(c.Text); n > 300 || n == 0 {
				t.Errorf("chunk %d has %d runes", i, n)
			}
			if c.Seq != i || c.ArticleID != "a1" || c.Header != a.Title {
				t.Errorf("chunk %d: seq %d id %q header %q", i, c.Seq, c.ArticleID, c.Header)
			}
			if !strings.Contains(a.Body, c.Text) {
				t.Errorf("chunk %d is not a verbatim slice of the body", i)
			}
			if !strings.HasPrefix(c.Text, "Câu số") || !strings.HasSuffix(c.Text, "hai nước.") {
				t.Errorf("chunk %d does not start and end on sentence boundaries: %q", i, c.Text)
			}
		}
	})
	t.Run("one sentence overlap", func(t *testing.T) {
		chunks := Split(a, ChunkOptions{MaxRunes: 300, OverlapRunes: 120})
		for i := 1; i < len(chunks); i++ {
			prev := sentences(chunks[i-1].Text)
			cur := sentences(chunks[i].Text)
			if prev[len(prev)-1] != cur[0] {
				t.Errorf("chunk %d does not start with the last sentence of chunk %d:\n%q\n%q", i, i-1, prev[len(prev)-1], cur[0])
			}
		}
	})
	t.Run("no overlap when disabled", func(t *testing.T) {
		chunks := Split(a, ChunkOptions{MaxRunes: 300, OverlapRunes: -1})
		var joined []string
		for _, c := range chunks {
			joined = append(joined, sentences(c.Text)...)
		}
		if want := sentences(a.Body); !reflect.DeepEqual(joined, want) {
			t.Errorf("without overlap the chunks should partition the sentences: got %d, want %d", len(joined), len(want))
		}
	})
	t.Run("defaults", func(t *testing.T) {
		chunks := Split(a, ChunkOptions{})
		for i, c := range chunks {
			if n := utf8.RuneCountInString(c.Text); n > DefaultMaxRunes {
				t.Errorf("chunk %d has %d runes > %d", i, n, DefaultMaxRunes)
			}
		}
		if len(chunks) < 3 {
			t.Errorf("got %d chunks with defaults", len(chunks))
		}
	})
	t.Run("deterministic", func(t *testing.T) {
		if !reflect.DeepEqual(Split(a, ChunkOptions{MaxRunes: 250}), Split(a, ChunkOptions{MaxRunes: 250})) {
			t.Error("two splits of the same article differ")
		}
	})
	t.Run("short body is one chunk", func(t *testing.T) {
		got := Split(Article{ID: "s", Title: "T", Body: "Một câu ngắn."}, ChunkOptions{})
		if len(got) != 1 || got[0].Text != "Một câu ngắn." {
			t.Errorf("got %+v", got)
		}
	})
	t.Run("empty body gives no chunks", func(t *testing.T) {
		for _, body := range []string{"", "  \n\n \t"} {
			if got := Split(Article{Body: body}, ChunkOptions{}); len(got) != 0 {
				t.Errorf("body %q: got %d chunks", body, len(got))
			}
		}
	})
}

func TestSplitLongSentence(t *testing.T) {
	tests := []struct {
		name string
		body string
	}{
		{"words", strings.Repeat("đối thoại ổn định chiến lược ", 100)},
		{"no spaces", strings.Repeat("美俄关系", 200)},
		{"one huge word", strings.Repeat("a", 1000) + " end."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			chunks := Split(Article{Body: strings.TrimSpace(tt.body)}, ChunkOptions{MaxRunes: 100})
			if len(chunks) < 2 {
				t.Fatalf("got %d chunks", len(chunks))
			}
			var total int
			for i, c := range chunks {
				n := utf8.RuneCountInString(c.Text)
				if n > 100 || n == 0 {
					t.Errorf("chunk %d has %d runes", i, n)
				}
				if c.Text != strings.TrimSpace(c.Text) {
					t.Errorf("chunk %d has untrimmed spaces", i)
				}
				if tt.name == "words" && (strings.HasPrefix(c.Text, "ại") || strings.HasSuffix(c.Text, "đối th")) {
					t.Errorf("chunk %d cut inside a word: %q", i, c.Text)
				}
				total += len(strings.Fields(c.Text))
			}
			if want := len(strings.Fields(tt.body)); tt.name == "words" && total < want {
				t.Errorf("chunks hold %d words, body has %d", total, want)
			}
		})
	}
}

func TestSplitSeeds(t *testing.T) {
	seeds, err := Seeds()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range seeds {
		chunks := Split(a, ChunkOptions{})
		if len(chunks) == 0 {
			t.Errorf("%s: no chunks", a.ID)
		}
		// Every word of the article's content must be citable from some
		// chunk (boilerplate lines are in none: boilerplate_test.go).
		var all strings.Builder
		for _, c := range chunks {
			all.WriteString(c.Text)
			all.WriteByte(' ')
		}
		have := make(map[string]bool)
		for _, w := range strings.Fields(all.String()) {
			have[w] = true
		}
		var content strings.Builder
		for _, l := range ClassifyLines(a.Body) {
			if l.Kind == LineContent {
				content.WriteString(a.Body[l.Start:l.ContentEnd] + "\n")
			}
		}
		for _, w := range strings.Fields(content.String()) {
			if !have[w] {
				t.Errorf("%s: word %q is in no chunk", a.ID, w)
				break
			}
		}
	}
}

func BenchmarkSplit(b *testing.B) {
	seeds, err := Seeds()
	if err != nil {
		b.Fatal(err)
	}
	a := seeds[1]
	a.Body = strings.Repeat(a.Body+"\n\n", 10) // ~45 KB, a long feature article
	b.ReportAllocs()
	b.SetBytes(int64(len(a.Body)))
	for b.Loop() {
		_ = Split(a, ChunkOptions{})
	}
}
