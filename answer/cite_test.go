package answer

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// filterAll runs chunks through a fresh filter and returns the emitted
// deltas (empty ones dropped) and the cited numbers.
func filterAll(max int, chunks ...string) ([]string, []int) {
	f := newCiteFilter(max)
	var out []string
	for _, c := range chunks {
		if d := f.write(c); d != "" {
			out = append(out, d)
		}
	}
	if d := f.close(); d != "" {
		out = append(out, d)
	}
	return out, f.citedNumbers()
}

func TestCiteFilter(t *testing.T) {
	tests := []struct {
		name   string
		max    int
		chunks []string
		want   string
		cited  []int
	}{
		{"valid markers pass", 3, []string{"Talks resumed [1]. Lavrov spoke [3]."}, "Talks resumed [1]. Lavrov spoke [3].", []int{1, 3}},
		{"out of range removed with its space", 2, []string{"Claim [7]. Other [2]."}, "Claim. Other [2].", []int{2}},
		{"zero removed", 2, []string{"Claim [0] here."}, "Claim here.", nil},
		{"marker split across chunks", 3, []string{"Talks [", "2", "] ended."}, "Talks [2] ended.", []int{2}},
		{"invalid marker split across chunks", 3, []string{"Talks [", "9] ended."}, "Talks ended.", nil},
		{"comma list normalised", 3, []string{"Both agreed [1, 2]."}, "Both agreed [1][2].", []int{1, 2}},
		{"comma list keeps valid only", 3, []string{"Both agreed [1, 5]."}, "Both agreed [1].", []int{1}},
		{"range expanded", 4, []string{"All said so [1-3]."}, "All said so [1][2][3].", []int{1, 2, 3}},
		{"en dash range", 4, []string{"All said so [2–3]."}, "All said so [2][3].", []int{2, 3}},
		{"adjacent duplicates collapse", 3, []string{"Yes [1][1] and [1] [1]."}, "Yes [1] and [1].", []int{1}},
		{"footnote style", 3, []string{"Yes [^2]."}, "Yes [2].", []int{2}},
		{"non-marker brackets stay", 3, []string{"He said [sic] and [a1]."}, "He said [sic] and [a1].", nil},
		{"year in brackets is not a source", 3, []string{"In [2021] they met [1]."}, "In they met [1].", []int{1}},
		{"dangling marker at end dropped", 3, []string{"Done [1", ""}, "Done", nil},
		{"link removed, full stop kept", 3, []string{"See https://evil.example/x?a=1. Next [1]."}, "See. Next [1].", []int{1}},
		{"link in parentheses", 3, []string{"Read (http://x.y/z) now."}, "Read () now.", nil},
		{"link split across chunks", 3, []string{"See htt", "ps://a.b/c now."}, "See now.", nil},
		{"word starting with h is kept", 3, []string{"He had help [1]."}, "He had help [1].", []int{1}},
		{"http as a word", 3, []string{"The http protocol."}, "The http protocol.", nil},
		{"sources list cut", 2, []string{"Talks resumed [1].\n\nSources:\n[1] Reuters https://r.com\n[2] TASS"}, "Talks resumed [1].", []int{1}},
		{"bold sources header split", 2, []string{"Answer [2].\n**Sour", "ces:**\n- [1] x"}, "Answer [2].", []int{2}},
		{"vietnamese header", 2, []string{"Hai bên đã gặp nhau [1].\nNguồn tham khảo: [1] TTXVN"}, "Hai bên đã gặp nhau [1].", []int{1}},
		{"sentence starting with Sources kept", 2, []string{"Intro.\nSources say talks resumed [1]."}, "Intro.\nSources say talks resumed [1].", []int{1}},
		{"paragraphs kept, edges trimmed", 2, []string{"  \n First [1].\n\nSecond [2].  \n"}, "First [1].\n\nSecond [2].", []int{1, 2}},
		{"removed marker before a paragraph keeps the break", 2, []string{"First.\n\n[5] Second."}, "First.\n\nSecond.", nil},
		{"link after a colon", 3, []string{"Log in at:https://evil.example/login now [1]."}, "Log in at: now [1].", []int{1}},
		{"link after a dash", 3, []string{"Read more —https://evil.example/x."}, "Read more —.", nil},
		{"www link", 3, []string{"Visit www.evil.example/x today."}, "Visit today.", nil},
		{"bare domain with path", 3, []string{"Go to evil.example/login now."}, "Go to now.", nil},
		{"telegram link", 3, []string{"Join t.me/evilchannel for more."}, "Join for more.", nil},
		{"upper-case real domain", 3, []string{"Write to EVIL.COM."}, "Write to.", nil},
		{"e-mail address", 3, []string{"Mail boss@evil.example today."}, "Mail today.", nil},
		{"telegram username", 3, []string{"Ask @evil_support_bot now."}, "Ask now.", nil},
		{"ip address", 3, []string{"Open 203.0.113.9/x now."}, "Open now.", nil},
		{"abbreviations and names kept", 3, []string{"U.S. envoys met in TP.HCM and St.Petersburg, e.g. 3.5% [1]."}, "U.S. envoys met in TP.HCM and St.Petersburg, e.g. 3.5% [1].", []int{1}},
		{"domain joined by a removed marker", 2, []string{"Visit evil [9].com/login now."}, "Visit now.", nil},
		{"domain split across chunks", 3, []string{"See evil.exa", "mple/lo", "gin now."}, "See now.", nil},
		{"scheme split across chunks", 3, []string{"See h", "t", "tps:/", "/evil.example now."}, "See now.", nil},
		{"removed link leaves no marker", 3, []string{"Odd [9 https://x.example ] text."}, "Odd [9  text.", nil},
		{"zero-width space in a marker", 3, []string{"Claim [7\u200b]. Other [2\u200b]."}, "Claim. Other [2].", []int{2}},
		{"fullwidth digit marker", 3, []string{"Claim [７]. Other [２]."}, "Claim. Other [2].", []int{2}},
		{"lenticular brackets", 3, []string{"Claim 【7】. Other 【2】."}, "Claim. Other [2].", []int{2}},
		{"superscript marker", 3, []string{"Claim [⁷]. Other [²]."}, "Claim. Other [2].", []int{2}},
		{"zero-width space hides a link", 3, []string{"See evil\u200b.example/login now."}, "See now.", nil},
		{"unicode text", 2, []string{"Ngoại trưởng Lavrov cho biết [1]", " Nga sẵn sàng [2]."}, "Ngoại trưởng Lavrov cho biết [1] Nga sẵn sàng [2].", []int{1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			deltas, cited := filterAll(tt.max, tt.chunks...)
			if got := strings.Join(deltas, ""); got != tt.want {
				t.Errorf("text %q, want %q", got, tt.want)
			}
			if !slices.Equal(cited, tt.cited) && (len(cited) != 0 || len(tt.cited) != 0) {
				t.Errorf("cited %v, want %v", cited, tt.cited)
			}
		})
	}
}

// A partial marker is held back, not shown and then taken back.
func TestCiteFilterHoldsPartialMarker(t *testing.T) {
	f := newMarkerFilter(3)
	if got := f.write("Talks ended ["); got != "Talks ended" {
		t.Errorf("first write emitted %q; the space and \"[\" must wait", got)
	}
	if got := f.write("1"); got != "" {
		t.Errorf("\"[1\" emitted %q before the marker closed", got)
	}
	if got := f.write("]."); got != " [1]." {
		t.Errorf("closing emitted %q", got)
	}
}

// A word is held until it is complete (it may still become a link), and
// then shown at once.
func TestCiteFilterHoldsWord(t *testing.T) {
	f := newCiteFilter(3)
	if got := f.write("Talks ended"); got != "Talks" {
		t.Errorf("first write emitted %q; \"ended\" may still become a link", got)
	}
	if got := f.write(".example"); got != "" {
		t.Errorf("\"ended.example\" emitted %q before it was complete", got)
	}
	if got := f.write(" today [1]"); got != " today" {
		t.Errorf("after the link emitted %q", got)
	}
	if got := f.close(); got != " [1]" {
		t.Errorf("close emitted %q", got)
	}
}

var anyMarker = regexp.MustCompile(`\[\^?\s*(\d+)\s*\]`)

// FuzzCiteFilter checks, for any model output cut into any chunks: the
// output does not depend on the chunking, every [n] left is in range, no
// link survives, and the output never starts or ends with whitespace.
func FuzzCiteFilter(f *testing.F) {
	f.Add("Talks resumed [1]. Lavrov [2, 3] said [9].\n\nSources: [1] https://x.y", uint8(3), uint16(7))
	f.Add("[1-2][2] see http://a.b. [", uint8(2), uint16(3))
	f.Add("Nguồn: [1]", uint8(1), uint16(1))
	f.Add("x [^1] (https://a) [12345] [1,,2] [3-1]", uint8(5), uint16(2))
	f.Add("at:https://evil.example/login —https://x.y www.evil.example/x evil.example/login t.me/x", uint8(2), uint16(5))
	f.Add("[7\u200b] [７] 【7】 [⁷] [2\u200b] evil [9].com/x boss@evil.example @evil_bot", uint8(3), uint16(11))
	f.Add("[9 https://x.example ] x.cohttps://y/m EVIL.COM TP.HCM 203.0.113.9/x", uint8(9), uint16(4))
	f.Fuzz(func(t *testing.T, text string, max uint8, seed uint16) {
		if !utf8.ValidString(text) {
			return
		}
		n := int(max % 12)
		whole, _ := filterAll(n, text)
		// Cut at rune boundaries chosen by seed (model deltas are strings).
		var chunks []string
		rest := text
		s := int(seed)
		for len(rest) > 0 {
			k := 1 + s%7
			s = s*31 + 7
			i := 0
			for j := 0; j < k && i < len(rest); j++ {
				_, size := utf8.DecodeRuneInString(rest[i:])
				i += size
			}
			chunks = append(chunks, rest[:i])
			rest = rest[i:]
		}
		parts, _ := filterAll(n, chunks...)
		got, want := strings.Join(parts, ""), strings.Join(whole, "")
		if got != want {
			t.Fatalf("chunking changed the output:\nwhole   %q\nchunked %q\nchunks %q", want, got, chunks)
		}
		for _, m := range anyMarker.FindAllStringSubmatch(got, -1) {
			k, _ := strconv.Atoi(m[1])
			if k < 1 || k > n {
				t.Fatalf("marker %s survived with %d sources: %q", m[0], n, got)
			}
		}
		if strings.Contains(got, "://") {
			t.Fatalf("link survived: %q", got)
		}
		for _, w := range strings.Fields(got) {
			if a, b, ok := findLink(w); ok {
				t.Fatalf("link-like %q survived: %q", w[a:b], got)
			}
		}
		if norm.NFKC.String(got) != got {
			t.Fatalf("output not normalised: %q", got)
		}
		if trimmed := strings.Trim(got, " \t\r\n\f\v"); got != trimmed {
			t.Fatalf("untrimmed output %q", got)
		}
	})
}
