package retrieval

import (
	_ "embed"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/detente/detente/corpus"
)

//go:embed lexicon.tsv
var lexiconTSV string

// Lexicon is a bilingual (vi<->en) table of names and domain terms used to
// expand queries, so that a Vietnamese question also searches the English
// words of the same things and vice versa. Read-only once parsed; safe for
// concurrent use.
type Lexicon struct {
	entries []lexEntry
	// byFirst indexes every term by its first token (folded, or as written
	// for exact terms) so Expand looks up only the terms that can start at
	// each word of the query.
	byFirst map[string][]lexRef
	exact   map[string][]lexRef
}

type lexEntry struct {
	terms []lexTerm
	// topic marks the corpus's own subject (Russia, the United States, their
	// capitals): expanded like any entry but no evidence that a passage is
	// on the question's topic, since nearly every passage mentions them.
	topic bool
}

// lexTerm is one spelling of an entry.
type lexTerm struct {
	text   string   // as written in the file, without marker
	folded string   // folded words joined by one space (to test "already in the query")
	toks   []string // folded words, or the words as written when exact
	col    int      // 0: Vietnamese column, 1: English column
	name   bool     // starts with a capital: a proper name or its spelling variant
	exact  bool     // "=": matches case- and accent-sensitively
	weak   bool     // "~": folded match only in a query that looks Vietnamese
}

type lexRef struct{ entry, term int }

// defaultLexicon parses the embedded lexicon once. The file ships with the
// binary and TestLexiconParses guards it, so a parse error here is a build
// defect, not an input error.
var defaultLexicon = sync.OnceValue(func() *Lexicon {
	l, err := ParseLexicon(lexiconTSV)
	if err != nil {
		panic("retrieval: embedded lexicon.tsv: " + err.Error())
	}
	return l
})

// DefaultLexicon returns the embedded vi<->en lexicon.
func DefaultLexicon() *Lexicon { return defaultLexicon() }

// ParseLexicon parses lexicon lines "vi terms<TAB>en terms", alternatives
// separated by "|", "#" comments and blank lines ignored. A term prefixed with
// "=" matches only as written; one prefixed with "~" matches (folded) only in
// queries that look Vietnamese. A line prefixed with "!" is a topic entry
// (see lexEntry.topic).
func ParseLexicon(src string) (*Lexicon, error) {
	l := &Lexicon{byFirst: map[string][]lexRef{}, exact: map[string][]lexRef{}}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var e lexEntry
		if strings.HasPrefix(line, "!") {
			e.topic, line = true, line[1:]
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 2 {
			return nil, fmt.Errorf("lexicon line %d: want 2 tab-separated columns (vi, en), got %d", n+1, len(cols))
		}
		for c, col := range cols {
			for _, raw := range strings.Split(col, "|") {
				t, err := parseLexTerm(raw)
				if err != nil {
					return nil, fmt.Errorf("lexicon line %d column %d: %w", n+1, c+1, err)
				}
				t.col = c
				e.terms = append(e.terms, t)
			}
		}
		idx := len(l.entries)
		for ti, t := range e.terms {
			ref := lexRef{idx, ti}
			if t.exact {
				l.exact[t.toks[0]] = append(l.exact[t.toks[0]], ref)
			} else {
				l.byFirst[t.toks[0]] = append(l.byFirst[t.toks[0]], ref)
			}
		}
		l.entries = append(l.entries, e)
	}
	if len(l.entries) == 0 {
		return nil, fmt.Errorf("lexicon: no entries")
	}
	return l, nil
}

func parseLexTerm(raw string) (lexTerm, error) {
	t := lexTerm{text: strings.TrimSpace(raw)}
	switch {
	case strings.HasPrefix(t.text, "="):
		t.exact, t.text = true, strings.TrimSpace(t.text[1:])
	case strings.HasPrefix(t.text, "~"):
		t.weak, t.text = true, strings.TrimSpace(t.text[1:])
	}
	t.text = corpus.Normalize(t.text)
	fw := words(t.text)
	if len(fw) == 0 {
		return lexTerm{}, fmt.Errorf("term %q has no words", raw)
	}
	t.folded = strings.Join(fw, " ")
	r, _ := utf8.DecodeRuneInString(t.text)
	t.name = unicode.IsUpper(r)
	if t.exact {
		for _, sp := range appendWords(nil, t.text) {
			t.toks = append(t.toks, t.text[sp.start:sp.end])
		}
	} else {
		t.toks = fw
	}
	return t, nil
}

// Len is the number of entries.
func (l *Lexicon) Len() int { return len(l.entries) }

// Expand returns lexicon expansions of q (vi<->en terms) to add to the query.
func Expand(q string) []string { return DefaultLexicon().Expand(q) }

// Expand returns the terms of every lexicon entry that q mentions: those of
// the other language, and Vietnamese spelling variants of names
// ("Mát-xcơ-va" -> "Moskva"), minus those already in q. Where matches
// overlap, the longest wins ("đại sứ quán" is an embassy, not also an
// ambassador). Dates are translated too ("26/3" <-> "March 26"). The result
// is deterministic: entries in order of their first mention in q.
func (l *Lexicon) Expand(q string) []string {
	var out []string
	for _, g := range l.expandGroups(q) {
		out = append(out, g.terms...)
	}
	return out
}

// expGroup is the expansion of one lexicon entry (or date) found in a query.
type expGroup struct {
	matched   string   // the query's words that matched, folded
	terms     []string // the expansion terms (synonyms of one concept)
	spellings []string // every spelling of the concept in either language, folded
	topic     bool     // a topic entry (lexEntry.topic)
}

// expandGroups is Expand with the terms grouped by the lexicon entry (or
// date) they come from.
func (l *Lexicon) expandGroups(q string) []expGroup {
	q = corpus.Normalize(q)
	folded := corpus.Fold(q)
	fsp := appendWords(nil, folded)
	if len(fsp) == 0 {
		return nil
	}
	ft := make([]string, len(fsp))
	for i, sp := range fsp {
		ft[i] = folded[sp.start:sp.end]
	}
	vi := looksVietnamese(q, ft)

	type match struct {
		entry, start, end int
		col               int
		exact             bool
		matched           string // the query's words, folded
	}
	var ms []match
	for i := range ft {
		for _, r := range l.byFirst[ft[i]] {
			t := l.entries[r.entry].terms[r.term]
			if (!t.weak || vi) && hasTokensAt(ft, i, t.toks) {
				ms = append(ms, match{r.entry, i, i + len(t.toks), t.col, false, strings.Join(ft[i:i+len(t.toks)], " ")})
			}
		}
	}
	if len(l.exact) > 0 {
		var et []string
		for _, sp := range appendWords(nil, q) {
			et = append(et, q[sp.start:sp.end])
		}
		for i := range et {
			for _, r := range l.exact[et[i]] {
				t := l.entries[r.entry].terms[r.term]
				if hasTokensAt(et, i, t.toks) {
					ms = append(ms, match{r.entry, i, i + len(t.toks), t.col, true, t.folded})
				}
			}
		}
	}
	// Longest match wins among folded matches; exact matches live in another
	// token sequence and never shadow or get shadowed.
	inQuery := " " + strings.Join(ft, " ") + " "
	seenEntry := map[int]bool{}
	seenTerm := map[string]bool{}
	var out []expGroup
	for _, m := range ms {
		shadowed := false
		for _, o := range ms {
			if !m.exact && !o.exact && o.start <= m.start && m.end <= o.end && o.end-o.start > m.end-m.start {
				shadowed = true
				break
			}
		}
		if shadowed || seenEntry[m.entry] {
			continue
		}
		seenEntry[m.entry] = true
		var group []string
		for _, t := range l.entries[m.entry].terms {
			if t.col == m.col && (m.col != 0 || !t.name) {
				// A same-language synonym adds generic words, not reach. The
				// exception is Vietnamese spellings of names, which outlets
				// transliterate differently (Mát-xcơ-va, Moskva).
				continue
			}
			if seenTerm[t.folded] || strings.Contains(inQuery, " "+t.folded+" ") {
				continue
			}
			seenTerm[t.folded] = true
			group = append(group, t.text)
		}
		// A group without new terms still names a concept of the question
		// (Search weighs relevance evidence by concept).
		g := expGroup{matched: m.matched, terms: group, topic: l.entries[m.entry].topic}
		for _, t := range l.entries[m.entry].terms {
			g.spellings = append(g.spellings, t.folded)
		}
		out = append(out, g)
	}
	for _, d := range dateExpansions(q) {
		if f := strings.Join(words(d.to), " "); !seenTerm[f] && !strings.Contains(inQuery, " "+f+" ") {
			seenTerm[f] = true
			out = append(out, expGroup{matched: d.from, terms: []string{d.to}, spellings: []string{d.from, f}})
		}
	}
	return out
}

// monthNames are the English month names and abbreviations a date may use.
const monthNames = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"

var (
	// numericDate is a Vietnamese day/month ("ngày 10/4", "26/3/2024").
	numericDate = regexp.MustCompile(`(?:^|[^0-9/])([0-9]{1,2})/([0-9]{1,2})(?:/[0-9]{2,4})?(?:$|[^0-9/])`)
	// monthDay is an English date: "April 10", "10 April", "Apr. 10".
	monthDay = regexp.MustCompile(`(?i)\b(?:(` + monthNames + `)\.?\s+([0-9]{1,2})\b|([0-9]{1,2})\s+(` + monthNames + `)\b)`)
	months   = [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// dateExp is one translated date: from (the query's words, folded) to the
// other language's form.
type dateExp struct{ from, to string }

// dateExpansions translates dates between the Vietnamese day/month form and
// the English month-day form, so "ngày 26/3" finds "on March 26" and back.
func dateExpansions(q string) []dateExp {
	var out []dateExp
	for _, m := range numericDate.FindAllStringSubmatch(q, -1) {
		d, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if d >= 1 && d <= 31 && mo >= 1 && mo <= 12 {
			out = append(out, dateExp{m[1] + " " + m[2], fmt.Sprintf("%s %d", months[mo-1], d)})
		}
	}
	for _, m := range monthDay.FindAllStringSubmatch(q, -1) {
		name, day := m[1], m[2]
		if name == "" {
			name, day = m[4], m[3]
		}
		d, _ := strconv.Atoi(day)
		name = strings.ToLower(name)
		for i, full := range months {
			if strings.HasPrefix(strings.ToLower(full), name) && d >= 1 && d <= 31 {
				out = append(out, dateExp{strings.Join(words(m[0]), " "), fmt.Sprintf("%d/%d", d, i+1)})
				break
			}
		}
	}
	return out
}

func hasTokensAt(toks []string, i int, want []string) bool {
	if i+len(want) > len(toks) {
		return false
	}
	for j, w := range want {
		if toks[i+j] != w {
			return false
		}
	}
	return true
}

// looksVietnamese reports whether a query is likely Vietnamese, so that
// syllables that are also English words once folded ("Mỹ" -> "my") expand
// only there. A Vietnamese letter or tone mark decides at once; without
// diacritics, one of the common Vietnamese function words that are not
// English words does.
func looksVietnamese(q string, ft []string) bool {
	for _, r := range q {
		if r > 0x7f && strings.ContainsRune(viLetters, r) {
			return true
		}
	}
	for _, w := range ft {
		if _, ok := viMarkers[w]; ok {
			return true
		}
	}
	return false
}

// viLetters are the lowercase and uppercase letters that only Vietnamese
// (among the languages Detente expects) writes: the hooked and horned vowels,
// đ, and the tone-marked vowels that Western European languages lack.
const viLetters = "ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"

// viMarkers are folded Vietnamese function words that are not English words.
var viMarkers = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range strings.Fields("va cua cac nhung voi giua ve tai nao gi khong duoc nhu nhieu bao sao nuoc quan cuoc ong ngay nam thang hai noi lai dam phan truoc sau chua roi nhau cho trong dang da se hom nay") {
		m[w] = struct{}{}
	}
	return m
}()

// Topic reports whether the default lexicon reads term (one name, in any
// language or spelling) as the corpus's own topic (Russia, the United
// States, their capitals): the answer's judge does not ask a passage to
// name the topic, which every passage is about, only to name it beside
// another country when the question pairs them.
func Topic(term string) bool {
	gs := DefaultLexicon().expandGroups(term)
	return len(gs) == 1 && gs[0].topic
}
