package main

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/detente/detente/answer"
)

func TestSourceLine(t *testing.T) {
	day := time.Date(2024, 3, 28, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		c    answer.Citation
		want string
	}{
		{"everything", answer.Citation{N: 1, Title: "Talks resume", Source: "TTXVN", Published: day, URL: "https://example.test/a"}, "[1] Talks resume — TTXVN, 2024-03-28 — https://example.test/a"},
		{"no outlet", answer.Citation{N: 2, Title: "Talks resume", Published: day, URL: "https://example.test/a"}, "[2] Talks resume — 2024-03-28 — https://example.test/a"},
		{"no date", answer.Citation{N: 3, Title: "Talks resume", Source: "RIA", URL: "https://example.test/a"}, "[3] Talks resume — RIA — https://example.test/a"},
		{"no url", answer.Citation{N: 4, Title: "Talks resume", Source: "RIA", Published: day}, "[4] Talks resume — RIA, 2024-03-28"},
		{"title only", answer.Citation{N: 5, Title: "Talks resume"}, "[5] Talks resume"},
		{"nothing but the id", answer.Citation{N: 6, ArticleID: "a1b2"}, "[6] a1b2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sourceLine(tt.c); got != tt.want {
				t.Errorf("sourceLine = %q, want %q", got, tt.want)
			}
		})
	}
}

// finishAnswer must leave the screen showing the final answer whatever was
// streamed before it, then the sources.
func TestFinishAnswer(t *testing.T) {
	cite := []answer.Citation{{N: 1, Title: "Talks resume", Source: "RIA"}}
	dated := []answer.Citation{{N: 1, Title: "Talks resume", Source: "RIA", Published: time.Date(2025, 10, 12, 0, 0, 0, 0, time.UTC)}, {N: 2, Title: "Undated note"}}
	const undatedLine = "The cited source has no publication date.\n"
	tests := []struct {
		name     string
		streamed string
		ans      answer.Answer
		want     string
	}{
		{"fully streamed", "Talks resumed [1].", answer.Answer{Text: "Talks resumed [1].", Citations: cite}, "\n\n[1] Talks resume — RIA\n" + undatedLine},
		{"nothing streamed", "", answer.Answer{Text: "Talks resumed [1].", Citations: cite}, "Talks resumed [1].\n\n[1] Talks resume — RIA\n" + undatedLine},
		{"tail added after the stream", "Talks resumed [1].", answer.Answer{Text: "Talks resumed [1].\n[cut off]", Citations: cite}, "\n[cut off]\n\n[1] Talks resume — RIA\n" + undatedLine},
		{"replaced after a failed stream", "Talks resu", answer.Answer{Text: "From the sources: talks resumed [1].", Citations: cite}, "\n\nFrom the sources: talks resumed [1].\n\n[1] Talks resume — RIA\n" + undatedLine},
		{"dated in Russian", "", answer.Answer{Lang: "ru", Text: "Переговоры возобновились [1][2].", Citations: dated},
			"Переговоры возобновились [1][2].\n\n[1] Talks resume — RIA, 2025-10-12\n[2] Undated note\n" +
				"По состоянию на 12 октября 2025 (дата самого нового из цитируемых источников). Без даты публикации: [2].\n"},
		{"no sources", "", answer.Answer{Text: "The corpus does not cover this.", NoSources: true}, "The corpus does not cover this.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := finishAnswer(&buf, tt.streamed, tt.ans); err != nil {
				t.Fatal(err)
			}
			if got := buf.String(); got != tt.want {
				t.Errorf("printed %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseInterspersed(t *testing.T) {
	var asJSON bool
	var k int
	c := &cli{env: loadEnv(func(string) string { return "" })}
	fs := c.flagSet("t", nil)
	fs.BoolVar(&asJSON, "json", false, "")
	fs.IntVar(&k, "k", 0, "")
	pos, err := parseInterspersed(fs, []string{"sanctions", "--json", "relief", "-k", "3", "--", "-not-a-flag", "--json"})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"sanctions", "relief", "-not-a-flag", "--json"}; !slices.Equal(pos, want) || !asJSON || k != 3 {
		t.Errorf("positional %q json=%v k=%d; want %q, true, 3", pos, asJSON, k, want)
	}
}

func FuzzParseWindow(f *testing.F) {
	for _, s := range []string{"24h", "7d", "90m", "0s", "-1h", "d", "1e9d", "99999999999999999999d", "1.5h", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := parseWindow(s)
		if err == nil && d <= 0 {
			t.Errorf("parseWindow(%q) = %v with no error; windows must be positive", s, d)
		}
		if err != nil && d != 0 {
			t.Errorf("parseWindow(%q) returned %v with error %v", s, d, err)
		}
	})
}

func FuzzParseIDs(f *testing.F) {
	for _, s := range []string{"", "1", "12345, -100987", " 7 ,, 8 ", "alice", "9223372036854775808", "1,2,x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ids, err := parseIDs(s)
		if err != nil {
			return
		}
		// Whatever parses must survive a round trip through its canonical form.
		parts := make([]string, len(ids))
		for i, id := range ids {
			parts[i] = strconv.FormatInt(id, 10)
		}
		again, err := parseIDs(strings.Join(parts, ","))
		if err != nil || !slices.Equal(again, ids) {
			t.Errorf("parseIDs(%q) = %v, but its canonical form parses to %v, %v", s, ids, again, err)
		}
	})
}

func TestIDFromName(t *testing.T) {
	tests := []struct{ name, want string }{
		{"museum-loan.txt", "museum-loan"},
		{"Đường dây nóng (2).md", "duong-day-nong-2"},
		{"  report 2024_03.final.html", "report-2024_03.final"},
		{".hidden.md", "hidden"},
		{strings.Repeat("a", 80) + ".md", strings.Repeat("a", 64)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := articleIDFromName(tt.name)
			if err != nil || got != tt.want {
				t.Errorf("articleIDFromName(%q) = %q, %v; want %q", tt.name, got, err, tt.want)
			}
		})
	}
	for _, bad := range []string{"Привет.md", "(((.txt", "---.md"} {
		if id, err := articleIDFromName(bad); err == nil {
			t.Errorf("articleIDFromName(%q) = %q, want an error", bad, id)
		}
	}
}
