package corpus

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Seed inputs beyond these f.Add calls live in testdata/fuzz/FuzzX/.

// checkParsed holds the invariants of any successful or failed Parse.
func checkParsed(t *testing.T, a Article, err error) {
	t.Helper()
	if err != nil {
		for _, want := range []error{ErrEmpty, ErrBinary, ErrFrontMatter, ErrUnsupported, ErrTooLarge, ErrInvalid} {
			if errors.Is(err, want) {
				return
			}
		}
		t.Fatalf("error %v wraps no sentinel: callers cannot explain it", err)
	}
	if a.Body == "" || !utf8.ValidString(a.Body) || Normalize(a.Body) != a.Body {
		t.Fatalf("body not clean: %q", a.Body)
	}
	if a.Title == "" || strings.ContainsAny(a.Title, "\n\r") || !utf8.ValidString(a.Title) {
		t.Fatalf("title not one clean line: %q", a.Title)
	}
	if checkID(a.ID) != nil || a.Hash != BodyHash(a.Body) {
		t.Fatalf("id %q / hash %q not finalised", a.ID, a.Hash)
	}
	if a.URL != "" && CanonicalURL(a.URL) != a.URL {
		t.Fatalf("url %q not canonical", a.URL)
	}
}

func FuzzParseMarkdown(f *testing.F) {
	f.Add([]byte("---\nid: a\ntitle: T\nurl: https://example.com/a\nsource: S\nlang: vi\npublished: 2024-03-05\n---\n# H\n\nBody **bold** [link](u)."))
	f.Add([]byte("---\ntitle: T\n"))
	f.Add([]byte("---\n: : :\n---\nx"))
	f.Add([]byte("# Only a heading"))
	f.Add([]byte("plain text\nsecond line"))
	f.Add([]byte("---\n&a [*a, *a]\n---\nx"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse("fuzz.md", data)
		checkParsed(t, a, err)
	})
}

func FuzzParseHTML(f *testing.F) {
	f.Add([]byte("<html><head><title>T</title></head><body><p>Một đoạn văn.</p></body></html>"))
	f.Add([]byte(`<meta charset="windows-1258"><p>Vie\xa3t</p>`))
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"datePublished":"2024-01-02"}]}</script><p>x</p>`))
	f.Add([]byte("<time datetime='bogus'>x</time><article><h1>T</h1><p>Body</p></article>"))
	f.Add([]byte("<<<>>><!-- <p>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse("fuzz.html", data)
		checkParsed(t, a, err)
	})
}

func FuzzSplit(f *testing.F) {
	f.Add("Câu một. Câu hai! Câu ba?\n\nĐoạn mới với U.S. và Vladimir V. Putin.", 40, 20)
	f.Add(strings.Repeat("word ", 300), 50, 0)
	f.Add(strings.Repeat("美俄关系", 100), 45, -1)
	f.Add("a.b.c. d... e… f。g", 0, 0)
	f.Fuzz(func(t *testing.T, body string, maxRunes, overlap int) {
		a := Article{ID: "f", Title: "T", Body: Normalize(body)}
		opt := ChunkOptions{MaxRunes: maxRunes % 5000, OverlapRunes: overlap % 500}
		limit := opt.withDefaults().MaxRunes
		chunks := Split(a, opt)
		if a.Body != "" && len(chunks) == 0 {
			t.Fatalf("non-empty body gave no chunks")
		}
		for i, c := range chunks {
			if strings.TrimSpace(c.Text) == "" {
				t.Fatalf("chunk %d is empty", i)
			}
			if n := utf8.RuneCountInString(c.Text); n > limit {
				t.Fatalf("chunk %d has %d runes, limit %d", i, n, limit)
			}
			if !utf8.ValidString(c.Text) {
				t.Fatalf("chunk %d is not valid UTF-8", i)
			}
			if !strings.Contains(a.Body, c.Text) {
				t.Fatalf("chunk %d is not a slice of the body", i)
			}
			if c.Seq != i || c.Header != "T" || c.ArticleID != "f" {
				t.Fatalf("chunk %d: bad metadata %+v", i, c)
			}
		}
		// Every word of the content (boilerplate lines are in no chunk)
		// that fits in a chunk must be citable from one.
		var content strings.Builder
		for _, l := range ClassifyLines(a.Body) {
			if l.Kind == LineContent {
				content.WriteString(a.Body[l.Start:l.ContentEnd] + "\n")
			}
		}
		for _, w := range strings.Fields(content.String()) {
			if utf8.RuneCountInString(w) > limit {
				continue
			}
			found := false
			for _, c := range chunks {
				if strings.Contains(c.Text, w) {
					found = true
					break
				}
			}
			if !found {
				t.Fatalf("word %q is in no chunk", w)
			}
		}
	})
}

func FuzzFold(f *testing.F) {
	f.Add("Quan hệ Nga – Mỹ")
	f.Add("Vie\u0323\u0302t")
	f.Add("ǅ İ ß Ǣ ﬁ")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		got := Fold(s)
		if again := Fold(got); again != got {
			t.Fatalf("Fold not idempotent: %q -> %q -> %q", s, got, again)
		}
		if nfd := Fold(norm.NFD.String(s)); nfd != Fold(norm.NFC.String(s)) {
			t.Fatalf("Fold differs for NFC and NFD of %q: %q vs %q", s, Fold(norm.NFC.String(s)), nfd)
		}
	})
}

func FuzzNormalize(f *testing.F) {
	f.Add("a \r\n\r\n b\u00a0c\u200b")
	f.Add("\xff\xfe")
	f.Fuzz(func(t *testing.T, s string) {
		got := Normalize(s)
		if !utf8.ValidString(got) || Normalize(got) != got {
			t.Fatalf("Normalize(%q) = %q is not a fixed point", s, got)
		}
		if strings.Contains(got, "\n\n\n") || strings.HasPrefix(got, " ") || strings.HasSuffix(got, " ") {
			t.Fatalf("Normalize(%q) = %q left whitespace runs", s, got)
		}
		_ = DetectLang(s) // must not panic on anything
	})
}
