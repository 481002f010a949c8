package feeds

import (
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
)

// BuiltinTopic names the built-in US–Russia topic as a feed's filter.
const BuiltinTopic = "us-russia"

// ErrBadTopic is returned for a topic filter that cannot be used.
var ErrBadTopic = errors.New("bad topic filter")

// Topic limits, so a filter stays a filter and not a paragraph.
const (
	maxTopicWords = 20
	maxTopicWord  = 40 // runes
)

// Topic is a feed's item filter. Its zero value lets every item through.
// Words match an item if any of them (or its translation in the lexicon)
// occurs in the item's title or text; the built-in topic needs both a
// Russian side and an American side, which is what "US–Russia" means.
type Topic struct {
	name   string     // BuiltinTopic or the words, as stored
	groups [][]phrase // every group must match; within one, any phrase
}

// phrase is one spelling: its tokens, matched in sequence.
type phrase struct {
	toks []string
	// stems are toks through corpus.Stem, the keyword index's stemmer, so
	// "санкции" matches "санкций" and "sanctions" "sanctioned".
	stems []string
	// exact: a short all-capitals spelling ("US", "USA", "США") is matched
	// as written, since lowercased it is a common word ("us").
	exact bool
	// prefix: the last token matches any word it starts (Russian inflects
	// names: России, Россией, российский).
	prefix bool
}

// The built-in topic's seeds. The lexicon adds their other spellings in
// its other columns; the Russian prefixes ("*") also take the adjectives
// and cases the stemmer keeps apart (России, российский).
var (
	russiaSide = []string{"Nga", "Russia", "Moscow", "Kremlin", "росси*", "москв*", "кремл*"}
	usSide     = []string{"Mỹ", "United States", "Washington", "White House", "сша", "вашингтон*", "американ*", "белый дом"}
)

// ParseTopic parses a stored or typed filter: "" (none), BuiltinTopic, or
// words separated by spaces or commas.
func ParseTopic(s string) (Topic, error) {
	fields := strings.FieldsFunc(corpus.Normalize(s), func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
	switch {
	case len(fields) == 0:
		return Topic{}, nil
	case len(fields) == 1 && strings.EqualFold(fields[0], BuiltinTopic):
		return Topic{name: BuiltinTopic, groups: [][]phrase{spellings(russiaSide), spellings(usSide)}}, nil
	case len(fields) > maxTopicWords:
		return Topic{}, fmt.Errorf("%w: %d words, at most %d", ErrBadTopic, len(fields), maxTopicWords)
	}
	for _, w := range fields {
		if len([]rune(w)) > maxTopicWord || len(tokens(w, false)) == 0 {
			return Topic{}, fmt.Errorf("%w: %q is not a word", ErrBadTopic, w)
		}
	}
	return Topic{name: strings.Join(fields, " "), groups: [][]phrase{spellings(fields)}}, nil
}

// spellings turns seed words into phrases, adding the lexicon's other
// spellings of each.
func spellings(seeds []string) []phrase {
	var out []phrase
	seen := map[string]bool{}
	add := func(term string) {
		p := phrase{prefix: strings.HasSuffix(term, "*")}
		term = strings.TrimSuffix(term, "*")
		p.exact = isShortCaps(term)
		p.toks = tokens(term, !p.exact)
		p.stems = stemAll(p.toks)
		key := fmt.Sprint(p)
		if len(p.toks) == 0 || seen[key] {
			return
		}
		seen[key] = true
		out = append(out, p)
	}
	for _, s := range seeds {
		add(s)
		if !strings.HasSuffix(s, "*") {
			for _, e := range retrieval.Expand(s) {
				add(e)
			}
		}
	}
	return out
}

// isShortCaps reports an abbreviation: at most 4 letters, all capitals.
func isShortCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n > 0 && n <= 4
}

// tokens splits s into words (letters, digits and marks), lowercased when
// lower. Accents are kept: folded, Vietnamese "Mỹ" would be English "my".
func tokens(s string, lower bool) []string {
	f := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
	})
	if lower {
		for i, w := range f {
			f[i] = strings.ToLower(w)
		}
	}
	return f
}

// IsZero reports a filter that lets everything through.
func (t Topic) IsZero() bool { return len(t.groups) == 0 }

// String is the filter as stored and shown.
func (t Topic) String() string { return t.name }

// Match reports whether text is on the topic.
func (t Topic) Match(text string) bool {
	if t.IsZero() {
		return true
	}
	text = corpus.Normalize(text)
	as, low := tokens(text, false), tokens(text, true)
	w := words{as: as, low: low, stems: stemAll(low)}
	for _, g := range t.groups {
		if !matchAny(g, w) {
			return false
		}
	}
	return true
}

// words is a text's words as written, lower-cased, and stemmed.
type words struct{ as, low, stems []string }

// stemAll stems lower-cased words. Words with Vietnamese diacritics stay
// as they are (corpus.Stem leaves any word outside a–z and Cyrillic), so
// "mỹ" is never the English "my".
func stemAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = corpus.Stem(w)
	}
	return out
}

func matchAny(ps []phrase, w words) bool {
	for _, p := range ps {
		for i := 0; i+len(p.toks) <= len(w.low); i++ {
			if matchAt(p, w, i) {
				return true
			}
		}
	}
	return false
}

// matchAt reports whether p starts at word i: an exact phrase as written,
// a prefix's last token as the start of a lower-cased word, any other
// token by its stem.
func matchAt(p phrase, w words, i int) bool {
	last := len(p.toks) - 1
	for j, tok := range p.toks {
		switch {
		case p.exact:
			if w.as[i+j] != tok {
				return false
			}
		case j == last && p.prefix:
			if !strings.HasPrefix(w.low[i+j], tok) {
				return false
			}
		case w.stems[i+j] != p.stems[j]:
			return false
		}
	}
	return true
}
