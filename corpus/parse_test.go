package corpus

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/golden")

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestParseMarkdown(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Article // only non-zero fields are compared (plus Body always)
	}{
		{
			name: "full front matter",
			in: "---\nid: lavrov-2021\ntitle: Lavrov on strategic stability\nurl: https://Example.com/a?utm_source=tg\n" +
				"source: RIA News\nlang: en\npublished: 2021-09-25\n---\nRussia and the United States will meet again.\n",
			want: Article{ID: "lavrov-2021", Title: "Lavrov on strategic stability", URL: "https://example.com/a",
				Source: "RIA News", Lang: "en", Published: date(2021, 9, 25), Body: "Russia and the United States will meet again."},
		},
		{
			name: "rfc3339 published keeps the local date",
			in:   "---\ntitle: T\nlang: vi\npublished: 2024-03-05T23:30:00+07:00\n---\nNội dung.",
			want: Article{Title: "T", Lang: "vi", Published: date(2024, 3, 5), Body: "Nội dung."},
		},
		{
			name: "unknown keys ignored",
			in:   "---\ntitle: T\nlang: en\ntags: [a, b]\nauthor: {name: X}\n---\nBody text.",
			want: Article{Title: "T", Lang: "en", Body: "Body text."},
		},
		{
			name: "quoted numbers and yaml end marker",
			in:   "---\nid: \"2024\"\ntitle: 1997\nlang: en\n...\nBody text.",
			want: Article{ID: "2024", Title: "1997", Lang: "en", Body: "Body text."},
		},
		{
			name: "empty front matter, title from heading",
			in:   "---\n---\n# Talks in *Riyadh*\n\nThe delegations met.",
			want: Article{Title: "Talks in Riyadh", Body: "The delegations met."},
		},
		{
			name: "no front matter, title from first heading",
			in:   "# Talks in Geneva\n\nThe delegations met in [Geneva](https://en.wikipedia.org/wiki/Geneva).\n",
			want: Article{Title: "Talks in Geneva", Body: "The delegations met in Geneva."},
		},
		{
			name: "no front matter, no heading: first line",
			in:   "Talks in Geneva\nThe delegations met.\nThey will meet again.",
			want: Article{Title: "Talks in Geneva", Body: "The delegations met.\nThey will meet again."},
		},
		{
			name: "heading repeating the title is dropped",
			in:   "---\ntitle: Talks in Geneva\nlang: en\n---\n\n# Talks in Geneva\n\nThe delegations met.",
			want: Article{Title: "Talks in Geneva", Lang: "en", Body: "The delegations met."},
		},
		{
			name: "markdown syntax stripped",
			in: "---\ntitle: T\nlang: en\n---\n## Background\n\nThe **U.S.** and _Russia_ signed ~~nothing~~ a `memo`.\n\n" +
				"> A quoted line\n\n- first point\n* second point\n\n---\n\n![map](map.png) See <https://example.com/x> and [the text][1].\n\n" +
				"[1]: https://example.com/text\n\n```\ncode stays\n```\nEscaped \\*stars\\* and snake_case_name stay.",
			want: Article{Title: "T", Lang: "en", Body: "Background\n\nThe U.S. and Russia signed nothing a memo.\n\n" +
				"A quoted line\n\nfirst point\nsecond point\n\nmap See https://example.com/x and the text.\n\n" +
				"code stays\n\nEscaped *stars* and snake_case_name stay."},
		},
		{
			name: "editorial brackets kept",
			in:   "---\ntitle: T\nlang: en\n---\n“[Russians'] expectations are high,” he said. [Source: RIA News]",
			want: Article{Title: "T", Lang: "en", Body: "“[Russians'] expectations are high,” he said. [Source: RIA News]"},
		},
		{
			name: "crlf and bom",
			in:   "\ufeff---\r\ntitle: T\r\nlang: en\r\n---\r\nLine one.\r\nLine two.\r\n",
			want: Article{Title: "T", Lang: "en", Body: "Line one.\nLine two."},
		},
		{
			name: "nfd body becomes nfc",
			in:   "---\ntitle: Vie\u0323\u0302t Nam\nlang: vi\n---\nQuan he\u0323\u0302 Nga My\u0303.",
			want: Article{Title: "Việt Nam", Lang: "vi", Body: "Quan hệ Nga Mỹ."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse("a.md", []byte(tt.in))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			checkArticle(t, got, tt.want)
		})
	}
}

// checkArticle compares the fields of want that are set, and Body always.
func checkArticle(t *testing.T, got, want Article) {
	t.Helper()
	if got.Body != want.Body {
		t.Errorf("body:\n got %q\nwant %q", got.Body, want.Body)
	}
	for _, f := range []struct{ name, got, want string }{
		{"id", got.ID, want.ID}, {"title", got.Title, want.Title}, {"url", got.URL, want.URL},
		{"source", got.Source, want.Source}, {"lang", got.Lang, want.Lang},
	} {
		if f.want != "" && f.got != f.want {
			t.Errorf("%s = %q, want %q", f.name, f.got, f.want)
		}
	}
	if !want.Published.IsZero() && !got.Published.Equal(want.Published) {
		t.Errorf("published = %v, want %v", got.Published, want.Published)
	}
	if got.ID == "" || got.Hash != BodyHash(got.Body) {
		t.Errorf("not finalised: id %q, hash %q", got.ID, got.Hash)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name     string
		file     string
		in       []byte
		want     error
		contains []string // the message must say what and where
	}{
		{"unclosed front matter", "a.md", []byte("---\ntitle: T\n\nBody text."), ErrFrontMatter, []string{"line 1", "never closed"}},
		{"only opening line", "a.md", []byte("---"), ErrFrontMatter, []string{"never closed"}},
		{"invalid yaml", "a.md", []byte("---\ntitle: T\nlang: en\n  bad: : x\n---\nBody."), ErrFrontMatter, []string{"line 4"}},
		{"tab indentation", "a.md", []byte("---\n\ttitle: T\n---\nBody."), ErrFrontMatter, []string{"a.md"}},
		{"title is a list", "a.md", []byte("---\ntitle: [a, b]\n---\nBody."), ErrFrontMatter, []string{"line 2"}},
		{"front matter is a list", "a.md", []byte("---\n- a\n---\nBody."), ErrFrontMatter, []string{"line 2"}},
		{"bad published", "a.md", []byte("---\ntitle: T\npublished: 25/1/2022\n---\nBody."), ErrFrontMatter, []string{"line 3", "25/1/2022", "YYYY-MM-DD"}},
		{"bad lang", "a.md", []byte("---\nlang: english\n---\nBody."), ErrInvalid, []string{"english"}},
		{"bad id", "a.md", []byte("---\nid: ../etc/passwd\n---\nBody."), ErrInvalid, []string{"../etc/passwd"}},
		{"relative url", "a.md", []byte("---\nurl: /news/1\n---\nBody."), ErrInvalid, []string{"/news/1", "absolute"}},
		{"javascript url", "a.md", []byte("---\nurl: javascript:alert(1)\n---\nBody."), ErrInvalid, []string{"url"}},
		{"empty body", "a.md", []byte("---\ntitle: T\n---\n\n  \n"), ErrEmpty, nil},
		{"empty text", "a.txt", []byte(" \n\t\n"), ErrEmpty, nil},
		{"nul bytes", "a.txt", []byte("text\x00more"), ErrBinary, []string{"NUL"}},
		{"png", "a.html", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ErrBinary, nil},
		{"latin1 text file", "a.txt", []byte("Quan h\xea Nga M\xfd \xe0 \xe9 \xe8 \xf4"), ErrBinary, []string{"UTF-8"}},
		{"control characters", "a.md", bytes.Repeat([]byte("ab\x01\x02\x03"), 50), ErrBinary, nil},
		{"too large", "a.txt", bytes.Repeat([]byte("a "), MaxDocumentBytes/2+1), ErrTooLarge, []string{"limit"}},
		{"unknown extension", "a.pdf", []byte("%PDF-1.4"), ErrUnsupported, []string{".pdf"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(tt.file, tt.in)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Parse error = %v, want %v (article %+v)", err, tt.want, a)
			}
			msg := err.Error()
			if !strings.Contains(msg, tt.file) {
				t.Errorf("error %q does not name the file %s", msg, tt.file)
			}
			for _, c := range tt.contains {
				if !strings.Contains(msg, c) {
					t.Errorf("error %q does not mention %q", msg, c)
				}
			}
			if a != (Article{}) {
				t.Errorf("article returned with error: %+v", a)
			}
		})
	}
}

func TestParseText(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		wantTitle string
		wantBody  string
	}{
		{"headline then body", "\n\nNga và Mỹ đối thoại\n\nHai bên gặp nhau tại Geneva.\nKết quả tích cực.",
			"Nga và Mỹ đối thoại", "Hai bên gặp nhau tại Geneva.\nKết quả tích cực."},
		{"first sentence line stays in the body", "Ngày 12/1, Mỹ cho biết sẽ tiếp tục đàm phán.\nNgày 10/1, hai bên gặp nhau.",
			"Ngày 12/1, Mỹ cho biết sẽ tiếp tục đàm phán.", "Ngày 12/1, Mỹ cho biết sẽ tiếp tục đàm phán.\nNgày 10/1, hai bên gặp nhau."},
		{"question headline", "Will the talks resume?\nBoth sides say yes.", "Will the talks resume?", "Both sides say yes."},
		{"single paragraph keeps all text", "Russia and the U.S. met in Riyadh. They agreed to restore embassies.",
			"Russia and the U.S. met in Riyadh.", "Russia and the U.S. met in Riyadh. They agreed to restore embassies."},
		{"long first line is not a title",
			strings.Repeat("Diplomatic relations were restored after years of tension and mutual expulsions ", 3) + "today. Next line here.\nMore.",
			"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(tt.in)
			if err != nil {
				t.Fatalf("ParseText: %v", err)
			}
			if tt.wantTitle == "" { // long-line case: checked by properties
				if n := len([]rune(a.Title)); n > maxTitleRunes || !strings.HasSuffix(a.Title, "…") {
					t.Errorf("title %q (%d runes): want a shortened headline", a.Title, n)
				}
				if !strings.HasPrefix(a.Body, "Diplomatic relations") || !strings.HasSuffix(a.Body, "More.") {
					t.Errorf("body lost text: %q", a.Body)
				}
				return
			}
			if a.Title != tt.wantTitle || a.Body != tt.wantBody {
				t.Errorf("got title %q body %q\nwant title %q body %q", a.Title, a.Body, tt.wantTitle, tt.wantBody)
			}
		})
	}
}

func TestParseTextUTF16(t *testing.T) {
	// Notepad's "Unicode" is UTF-16LE with a BOM.
	s := "Tiêu đề\nNội dung bài báo."
	b := []byte{0xff, 0xfe}
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	a, err := Parse("a.txt", b)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Tiêu đề" || a.Body != "Nội dung bài báo." {
		t.Errorf("got %q / %q", a.Title, a.Body)
	}
}

func TestFinalize(t *testing.T) {
	t.Run("normalises fields", func(t *testing.T) {
		a := Article{
			Title:     "  Talks\nin  Geneva ",
			Source:    " RIA\u00a0News ",
			Lang:      "EN-us",
			URL:       " HTTPS://Example.com/a/#top ",
			Published: time.Date(2024, 3, 5, 23, 30, 0, 0, time.FixedZone("ICT", 7*3600)),
			Body:      "Text  one.\r\n\r\n\r\nText two.",
		}
		if err := Finalize(&a); err != nil {
			t.Fatal(err)
		}
		want := Article{Title: "Talks in Geneva", Source: "RIA News", Lang: "en", URL: "https://example.com/a",
			Published: date(2024, 3, 5), Body: "Text one.\n\nText two."}
		checkArticle(t, a, want)
		if a.Published.Location() != time.UTC || a.Published.Hour() != 0 {
			t.Errorf("published %v: want UTC midnight", a.Published)
		}
		if a.ID != DeriveID(a) || !strings.HasPrefix(a.ID, "u-") {
			t.Errorf("id %q not derived from the URL", a.ID)
		}
	})
	t.Run("title from body", func(t *testing.T) {
		a := Article{Body: "Ngoại trưởng Lavrov cho biết hai bên sẽ gặp lại. Chi tiết sau."}
		if err := Finalize(&a); err != nil {
			t.Fatal(err)
		}
		if a.Title != "Ngoại trưởng Lavrov cho biết hai bên sẽ gặp lại." {
			t.Errorf("title = %q", a.Title)
		}
	})
	t.Run("error leaves the article unchanged", func(t *testing.T) {
		a := Article{Title: " T ", Body: " body ", URL: "ftp://x/y"}
		before := a
		if err := Finalize(&a); !errors.Is(err, ErrInvalid) {
			t.Fatalf("err = %v, want ErrInvalid", err)
		}
		if a != before {
			t.Errorf("article changed on error: %+v", a)
		}
	})
	t.Run("idempotent", func(t *testing.T) {
		a := Article{Title: "T", Body: "Quan hệ  Nga–Mỹ.\n\n\nĐối thoại.", Lang: "vi"}
		if err := Finalize(&a); err != nil {
			t.Fatal(err)
		}
		b := a
		if err := Finalize(&b); err != nil || a != b {
			t.Errorf("second Finalize changed the article: %+v -> %+v (%v)", a, b, err)
		}
	})
}

func TestParseHTML(t *testing.T) {
	tests := []struct {
		file       string
		want       Article
		bodyHas    []string
		bodyHasNot []string
	}{
		{
			file: "en_jsonld.html",
			want: Article{Title: "U.S. and Russian diplomats meet in Istanbul on embassy operations", Source: "Example Wire",
				URL: "https://wire.example.com/world/us-russia-istanbul-talks", Published: date(2025, 4, 10)},
			bodyHas:    []string{"second round of talks", "Mr. Darchiev", "Feb. 27"},
			bodyHasNot: []string{"Subscribe", "Most read", "All rights reserved", "analytics", "display:flex"},
		},
		{
			file:       "vi_windows1258.html",
			want:       Article{Title: "Nga và Mỹ nhất trí tiếp tục đối thoại ổn định chiến lược", Source: "Báo Ví Dụ", Published: date(2021, 9, 30)},
			bodyHas:    []string{"vòng hai đối thoại ổn định chiến lược", "Thứ trưởng Ngoại giao Nga Sergey Ryabkov"},
			bodyHasNot: []string{"Trang chủ"},
		},
		{
			file:    "time_only.html",
			want:    Article{Title: "Lavrov says strategic stability dialogue will continue", Published: date(2021, 9, 25)},
			bodyHas: []string{"New START"},
		},
		{
			file:    "fr_latin1.html",
			want:    Article{Title: "Moscou et Washington rétablissent le dialogue", Source: "Le Quotidien d'Exemple"},
			bodyHas: []string{"délégations russe et américaine", "« Aucune décision"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(tt.file, data)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			tt.want.Body = a.Body
			checkArticle(t, a, tt.want)
			for _, s := range tt.bodyHas {
				if !strings.Contains(a.Body, s) {
					t.Errorf("body lacks %q:\n%s", s, a.Body)
				}
			}
			for _, s := range tt.bodyHasNot {
				if strings.Contains(a.Body, s) {
					t.Errorf("body contains page chrome %q", s)
				}
			}
			checkGolden(t, strings.TrimSuffix(tt.file, ".html")+".txt", renderArticle(a))
		})
	}
}

// renderArticle is the reviewable text form of an extracted article.
func renderArticle(a Article) string {
	pub := ""
	if !a.Published.IsZero() {
		pub = a.Published.Format(time.DateOnly)
	}
	return fmt.Sprintf("id: %s\ntitle: %s\nurl: %s\nsource: %s\nlang: %s\npublished: %s\n\n%s\n",
		a.ID, a.Title, a.URL, a.Source, a.Lang, pub, a.Body)
}

// checkGolden compares got with testdata/golden/name, rewriting it with -update.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden %s: %v (run go test -run %s -update)", path, err, t.Name())
	}
	if got != string(want) {
		t.Errorf("output differs from %s (rerun with -update after checking):\n got:\n%s\nwant:\n%s", path, got, want)
	}
}
