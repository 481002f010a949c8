package eval

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"

	"github.com/detente/detente/corpus"
)

// Quote checks: does the answer's first cited bullet hold the answering
// sentence, and does any bullet quote boilerplate? Both compare folded word
// sequences (corpus.Fold: case, diacritics, ё), so punctuation, quote
// styles and line breaks do not decide a match; whole words must.

// words is s folded and split into runs of letters, digits and marks.
func words(s string) []string {
	return strings.FieldsFunc(corpus.Fold(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
	})
}

// containsWords reports whether needle occurs as a contiguous run in hay.
func containsWords(hay, needle []string) bool {
	if len(needle) == 0 || len(needle) > len(hay) {
		return false
	}
	for i := 0; i+len(needle) <= len(hay); i++ {
		if slices.Equal(hay[i:i+len(needle)], needle) {
			return true
		}
	}
	return false
}

// bulletSigns open a bullet line: the extractive answer's "•" and the
// Markdown list signs a model writes.
var bulletSigns = []string{"•", "- ", "* ", "– "}

// bullets splits an answer text into its bullet items, signs removed. A text
// without bullets (a model's prose) is taken line by line, so its quotes
// are still checked.
func bullets(text string) []string {
	var items, lines []string
	for l := range strings.SplitSeq(text, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		lines = append(lines, l)
		for _, sign := range bulletSigns {
			if rest, ok := strings.CutPrefix(l, sign); ok {
				items = append(items, strings.TrimSpace(rest))
				break
			}
		}
	}
	if len(items) == 0 {
		return lines
	}
	return items
}

// firstCitedBullet is the first bullet carrying a [n] marker: the first
// piece of evidence the reader is shown. "" when none is cited.
func firstCitedBullet(text string) string {
	for _, b := range bullets(text) {
		if markerRE.MatchString(b) {
			return b
		}
	}
	return ""
}

// holdsPhrase reports whether s contains one of the phrases, compared as
// folded words with citation markers removed.
func holdsPhrase(s string, phrases []string) bool {
	w := words(markerRE.ReplaceAllString(s, " "))
	for _, p := range phrases {
		if containsWords(w, words(p)) {
			return true
		}
	}
	return false
}

// minQuoteWords is the shortest run that counts as quoting boilerplate by
// containment. Shorter lines ("Реклама", "Related coverage") count only
// when a bullet is exactly that line: two common words inside a real
// sentence are not a quote of a caption.
const minQuoteWords = 3

// Boilerplate is a list of lines that are not evidence (bylines, "Source:",
// "Read more", related headlines, captions, cookie notices), pre-split for
// matching.
type Boilerplate struct {
	lines []string
	words [][]string
}

// Len is the number of lines.
func (b *Boilerplate) Len() int {
	if b == nil {
		return 0
	}
	return len(b.lines)
}

// ReadBoilerplate reads one line per boilerplate line; blank lines and
// lines starting with # are skipped. A file without lines is an error: an
// empty list would report "0 quoted" and prove nothing.
func ReadBoilerplate(r io.Reader) (*Boilerplate, error) {
	b := &Boilerplate{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLineBytes)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		w := words(l)
		if len(w) == 0 {
			continue // punctuation only: nothing a quote could match
		}
		b.lines = append(b.lines, l)
		b.words = append(b.words, w)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read boilerplate: %w", err)
	}
	if len(b.lines) == 0 {
		return nil, errors.New("no boilerplate lines")
	}
	return b, nil
}

// Quoted returns the boilerplate lines the answer text quotes: a bullet
// equal to a line, holding a whole line, or being a piece of one (the
// sentence splitter may cut a line such as "© 2026 Outlet. All rights
// reserved." in two), each at least minQuoteWords long for containment.
func (b *Boilerplate) Quoted(text string) []string {
	if b.Len() == 0 {
		return nil
	}
	var out []string
	for _, item := range bullets(text) {
		w := words(markerRE.ReplaceAllString(item, " "))
		if len(w) == 0 {
			continue
		}
		for i, bw := range b.words {
			hit := slices.Equal(w, bw) ||
				len(bw) >= minQuoteWords && containsWords(w, bw) ||
				len(w) >= minQuoteWords && containsWords(bw, w)
			if hit && !slices.Contains(out, b.lines[i]) {
				out = append(out, b.lines[i])
			}
		}
	}
	return out
}
