package retrieval

import (
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/detente/detente/corpus"
)

//go:embed lexicon.tsv
var lexiconTSV string

// regionsTSV is the names of the world's countries and territories in
// the lexicon's languages, generated from CLDR (see TestRegionLexicon) and
// merged under the hand-written rows at load time.
//
//go:generate go test -run ^TestRegionLexicon$ -update .
//go:embed lexicon_regions.tsv
var regionsTSV string

// Lexicon is a multilingual table of names and domain terms used to expand
// queries, so that a question in one language also searches the words of
// the same things in the others (Vietnamese, English and Russian today: the
// languages are the file's columns). Read-only once parsed; safe for
// concurrent use.
type Lexicon struct {
	langs   []string // column languages, in file order
	entries []lexEntry
	// byFirst indexes every term by its first token (folded and stemmed,
	// or as written for exact terms) so Expand looks up only the terms
	// that can start at each word of the query.
	byFirst map[string][]lexRef
	exact   map[string][]lexRef
	// exactText holds every exact term's words lower-cased, for Exact: a
	// lookup, where scanning the exact index on every call cost the
	// answer judge 0.67 s of the tune set's 8.7 s (pprof).
	exactText map[string]bool
	// declined indexes the one-word Russian names by declinedPrefix, for
	// the cases whose Snowball stem is not the name's ("Китая" is "кит",
	// "Китай" "кита").
	declined map[string][]lexRef
}

type lexEntry struct {
	terms []lexTerm
	// topic marks the corpus's own subject (Russia, the United States, their
	// capitals): expanded like any entry but no evidence that a passage is
	// on the question's topic, since nearly every passage mentions them.
	topic bool
	// region marks a country or territory of the generated region names
	// (lexicon_regions.tsv), or a hand-written entry one of them joined.
	region bool
}

// lexTerm is one spelling of an entry.
type lexTerm struct {
	text    string   // as written in the file, without marker
	folded  string   // folded words joined by one space
	stemmed string   // stems of the folded words joined by one space (to test "already in the query")
	toks    []string // folded, stemmed words, or the words as written when exact
	ftoks   []string // folded words (not stemmed)
	ntoks   []string // corpus.NameStem of the folded words, for names
	lower   []string // Vietnamese: the words as written, lowercased (see marksDiffer)
	col     int      // index of the column (Lexicon.langs) it is written in
	name    bool     // starts with a capital: a proper name or its spelling variant
	exact   bool     // "=": matches case- and accent-sensitively
	weak    bool     // "~": folded match only in a query that looks Vietnamese
	// cased ("^") is a Russian noun that matches its case forms
	// (declinedForm), as a one-word Russian name does, not its Snowball
	// stem, which a word of another meaning shares ("суд", court, and
	// "судья", judge; "договор", treaty, and "договорились", agreed).
	cased bool
	// alt are the stems of the other cases of a Russian common term whose
	// Snowball stem is not theirs (caseStems): Snowball
	// reads the nominative's own "-ит", "-ом", "-ов" or "-ив" as an ending
	// ("саммит" is "самм", "остров" "остр", "кредит" "кред") and keeps it
	// in every other case ("саммита", "острова", "кредитом" are "саммит",
	// "остров", "кредит"), so the term matched no case but its own. Nil
	// when they are its stems.
	alt []string
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
	regions, err := ParseLexicon(regionsTSV)
	if err == nil {
		err = l.merge(regions)
	}
	if err != nil {
		panic("retrieval: embedded lexicon_regions.tsv: " + err.Error())
	}
	return l
})

// DefaultLexicon returns the embedded lexicon.
func DefaultLexicon() *Lexicon { return defaultLexicon() }

// ParseLexicon parses a lexicon: a header line "@vi<TAB>en<TAB>ru" naming
// the columns by language code, then one entry per line with one cell per
// column, tab-separated; alternatives in a cell are separated by "|", a cell
// may be empty (a language not filled in yet), "#" comments and blank lines
// are ignored. A term prefixed with "=" matches only as written; one
// prefixed with "~" matches (folded) only in queries that look Vietnamese;
// one prefixed with "^" (a Russian noun) matches its case forms only.
// A line prefixed with "!" is a topic entry (see lexEntry.topic).
func ParseLexicon(src string) (*Lexicon, error) {
	l := &Lexicon{byFirst: map[string][]lexRef{}, exact: map[string][]lexRef{}, exactText: map[string]bool{}, declined: map[string][]lexRef{}}
	wc := wordStems{}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if l.langs == nil {
			langs, err := parseLexHeader(line)
			if err != nil {
				return nil, fmt.Errorf("lexicon line %d: %w", n+1, err)
			}
			l.langs = langs
			continue
		}
		var e lexEntry
		if strings.HasPrefix(line, "!") {
			e.topic, line = true, line[1:]
		}
		cols := strings.Split(line, "\t")
		if len(cols) != len(l.langs) {
			return nil, fmt.Errorf("lexicon line %d: want %d tab-separated columns (%s), got %d",
				n+1, len(l.langs), strings.Join(l.langs, ", "), len(cols))
		}
		for c, col := range cols {
			if strings.TrimSpace(col) == "" {
				continue // not translated into this language yet
			}
			for _, raw := range strings.Split(col, "|") {
				t, err := wc.parseLexTerm(raw, e.topic)
				if err != nil {
					return nil, fmt.Errorf("lexicon line %d column %s: %w", n+1, l.langs[c], err)
				}
				t.col = c
				if l.langs[c] == "vi" {
					for _, w := range appendWordsText(t.text) {
						t.lower = append(t.lower, strings.ToLower(w))
					}
				}
				e.terms = append(e.terms, t)
			}
		}
		if len(e.terms) == 0 {
			return nil, fmt.Errorf("lexicon line %d: no terms", n+1)
		}
		l.add(e)
	}
	if len(l.entries) == 0 {
		return nil, fmt.Errorf("lexicon: no entries")
	}
	return l, nil
}

// add appends an entry and indexes its terms.
func (l *Lexicon) add(e lexEntry) {
	idx := len(l.entries)
	l.entries = append(l.entries, e)
	for ti := range e.terms {
		l.index(lexRef{idx, ti})
	}
}

// index makes one term findable by Expand.
func (l *Lexicon) index(ref lexRef) {
	t := l.entries[ref.entry].terms[ref.term]
	switch {
	case t.exact:
		l.exact[t.toks[0]] = append(l.exact[t.toks[0]], ref)
		l.exactText[strings.ToLower(strings.Join(appendWordsText(t.text), " "))] = true
	case t.cased:
		p := declinedPrefix(t.folded)
		l.declined[p] = append(l.declined[p], ref)
	case t.name:
		// Names by corpus.NameStem (see expandGroups).
		l.byFirst[t.ntoks[0]] = append(l.byFirst[t.ntoks[0]], ref)
		if len(t.ftoks) == 1 && cyrillicWord(t.folded) {
			p := declinedPrefix(t.folded)
			l.declined[p] = append(l.declined[p], ref)
		}
	default:
		l.byFirst[t.toks[0]] = append(l.byFirst[t.toks[0]], ref)
		if t.alt != nil && t.alt[0] != t.toks[0] {
			l.byFirst[t.alt[0]] = append(l.byFirst[t.alt[0]], ref)
		}
	}
}

// merge adds the entries of o, a lexicon of the same columns, that l
// lacks: an entry of o that shares a spelling (folded) with one of l
// adds its other spellings to that entry, whose markers, topic and
// demonyms stay as written; any other entry of o is added whole. This
// is how the generated region names (lexicon_regions.tsv) join the
// hand-written rows without duplicating a country or demoting Russia
// from the topic.
func (l *Lexicon) merge(o *Lexicon) error {
	if !slices.Equal(l.langs, o.langs) {
		return fmt.Errorf("merge lexicon of columns %v into %v", o.langs, l.langs)
	}
	have := map[string]int{} // folded spelling -> entry
	for i, e := range l.entries {
		for _, t := range e.terms {
			if _, ok := have[t.folded]; !ok {
				have[t.folded] = i
			}
		}
	}
	for _, e := range o.entries {
		target := -1
		for _, t := range e.terms {
			if i, ok := have[t.folded]; ok {
				target = i
				break
			}
		}
		if target < 0 {
			e.region = true
			l.add(e)
			for _, t := range e.terms {
				if _, ok := have[t.folded]; !ok {
					have[t.folded] = len(l.entries) - 1
				}
			}
			continue
		}
		l.entries[target].region = true
		for _, t := range e.terms {
			if slices.ContainsFunc(l.entries[target].terms, func(x lexTerm) bool { return x.folded == t.folded }) {
				continue
			}
			l.entries[target].terms = append(l.entries[target].terms, t)
			l.index(lexRef{target, len(l.entries[target].terms) - 1})
			if _, ok := have[t.folded]; !ok {
				have[t.folded] = target
			}
		}
	}
	return nil
}

// parseLexHeader parses "@vi<TAB>en<TAB>ru": at least two distinct,
// lower-case language codes.
func parseLexHeader(line string) ([]string, error) {
	if !strings.HasPrefix(line, "@") {
		return nil, fmt.Errorf(`want the header "@<lang><TAB><lang>..." naming the columns before the first entry`)
	}
	langs := strings.Split(line[1:], "\t")
	if len(langs) < 2 {
		return nil, fmt.Errorf("header names %d language, want at least 2", len(langs))
	}
	for i, lang := range langs {
		if !corpus.IsLangCode(lang) {
			return nil, fmt.Errorf("header column %d: %q is not a language code such as en", i+1, lang)
		}
		if slices.Contains(langs[:i], lang) {
			return nil, fmt.Errorf("header names %q twice", lang)
		}
	}
	return langs, nil
}

// Languages returns the lexicon's column languages, in file order.
func (l *Lexicon) Languages() []string { return slices.Clone(l.langs) }

// parseLexTerm parses one term of a cell; topic says the entry is the
// corpus's topic (see caseStems).
func (wc wordStems) parseLexTerm(raw string, topic bool) (lexTerm, error) {
	t := lexTerm{text: strings.TrimSpace(raw)}
	switch {
	case strings.HasPrefix(t.text, "="):
		t.exact, t.text = true, strings.TrimSpace(t.text[1:])
	case strings.HasPrefix(t.text, "~"):
		t.weak, t.text = true, strings.TrimSpace(t.text[1:])
	case strings.HasPrefix(t.text, "^"):
		t.cased, t.text = true, strings.TrimSpace(t.text[1:])
	}
	t.text = corpus.Normalize(t.text)
	fw := words(t.text)
	if len(fw) == 0 {
		return lexTerm{}, fmt.Errorf("term %q has no words", raw)
	}
	if t.cased && (len(fw) != 1 || !cyrillicWord(fw[0])) {
		return lexTerm{}, fmt.Errorf(`term %q: "^" marks one Russian word`, raw)
	}
	t.folded = strings.Join(fw, " ")
	t.ftoks = fw
	st := wc.stems(fw)
	t.ntoks = wc.nameStems(fw)
	t.stemmed = strings.Join(st, " ")
	r, _ := utf8.DecodeRuneInString(t.text)
	t.name = unicode.IsUpper(r)
	if t.exact {
		for _, sp := range appendWords(nil, t.text) {
			t.toks = append(t.toks, t.text[sp.start:sp.end])
		}
	} else {
		t.toks = st
		if !t.name {
			t.alt = wc.caseStems(fw, t.toks, !topic)
		}
	}
	return t, nil
}

// caseStems returns the stems of a term's other cases (lexTerm.alt) for
// its folded words fw and their stems st: st with each Russian word that
// ends in a consonant and is the stem of its own genitive ("саммит" of
// "саммита") in place of the shorter stem Snowball gives it, or, with
// fleeting, the stem of a noun in "-ец" without its vowel (fleetingEts);
// nil when no word is so. (A word in a vowel is not: Snowball takes the
// "а" added to "встреча" for an ending too, and leaves "встреча", no case
// of it.) The topic's "американец" keeps only its nominative: its other
// cases ("американцев") stay a question's own word, as distinctive as
// any, where as the topic they weigh half and are no unit, and "Куда
// доставили освобождённых американцев?" lost the Russian report that
// answers it.
func (wc wordStems) caseStems(fw, st []string, fleeting bool) []string {
	var alt []string
	for j, w := range fw {
		if f := fleetingEts(w); fleeting && f != "" && st[j] == w {
			if alt == nil {
				alt = slices.Clone(st)
			}
			alt[j] = f
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(w); !cyrillicWord(w) || strings.ContainsRune("аеёиоуыэюяйь", r) || st[j] == w || wc.stem(w+"а") != w {
			continue
		}
		if alt == nil {
			alt = slices.Clone(st)
		}
		alt[j] = w
	}
	return alt
}

// fleetingEts is the stem of the other cases of a Russian noun in "-ец",
// "" for any other word. The suffix of demonyms and agent nouns
// ("южнокореец", "канадец", "американец", "боец") drops its "е" in every
// case but the nominative, a "й" standing in after a vowel
// ("южнокорейцев", "канадцев", "бойца"; a soft "л" before it is written
// "ль": "владельца"), and Snowball, which reads "-ец"
// as no ending, left the nominative's stem the whole word: "Сколько
// южнокорейцев…?" met no lexicon concept, and the report in English on
// "South Koreans" had nothing to be found by. corpus.StemmedNameForms
// does the same for names, with other suffixes (-ок, -ер) that common
// nouns keep ("лидер", "лидера"); "-ец" almost never keeps it ("чтец",
// "жнец" are the rare exceptions, whose other stem then meets nothing).
func fleetingEts(w string) string {
	r := []rune(w)
	n := len(r)
	if n < 5 || r[n-2] != 'е' || r[n-1] != 'ц' || !cyrillicWord(w) {
		return ""
	}
	switch {
	case strings.ContainsRune("аеёиоуыэюя", r[n-3]):
		return string(r[:n-2]) + "йц"
	case r[n-3] == 'л':
		return string(r[:n-2]) + "ьц" // "владелец", "владельца"
	}
	return string(r[:n-2]) + "ц"
}

// wordStems memoises corpus.Stem and corpus.NameStem of the words of a
// lexicon while it is parsed. The two lexicon files hold some 20,100
// words, 9,700 of them distinct, and every term stemmed each of its words
// twice (its stems and its name stems) with Snowball: 76% of the load's
// time (BenchmarkLoadLexicon, pprof), paid by every process at its first
// question. Memoised, each distinct word is stemmed once for each.
type wordStems map[string]*[2]string

// stem is corpus.Stem(w), memoised.
func (wc wordStems) stem(w string) string { return wc.get(w)[0] }

// get returns w's stem and name stem, computing them on first use.
func (wc wordStems) get(w string) *[2]string {
	if s, ok := wc[w]; ok {
		return s
	}
	s := &[2]string{corpus.Stem(w), corpus.NameStem(w)}
	wc[w] = s
	return s
}

// stems is the package's stems, memoised.
func (wc wordStems) stems(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = wc.get(w)[0]
	}
	return out
}

// nameStems is the package's nameStems, memoised.
func (wc wordStems) nameStems(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = wc.get(w)[1]
	}
	return out
}

// Len is the number of entries.
func (l *Lexicon) Len() int { return len(l.entries) }

// Expand returns the default lexicon's expansions of q (see Lexicon.Expand).
func Expand(q string) []string { return DefaultLexicon().Expand(q) }

// Exact reports whether term is one of the default lexicon's "=" spellings
// (matched only as written), compared lower-cased: the answer judge then
// matches it whole and with its marks, since its folded words are
// function words or other words ("tại Anh" folded keeps only "anh", the
// pronoun and the "Anh" of "tiếng Anh"; "vé" folds to "về").
func Exact(term string) bool {
	l := DefaultLexicon()
	key := strings.ToLower(strings.Join(appendWordsText(corpus.Normalize(term)), " "))
	if key == "" {
		return false
	}
	// Lower-cased both: the question may case a term otherwise ("Tại
	// Anh" at a sentence's start).
	return l.exactText[key]
}

// Known reports whether the default lexicon has a common word (not a
// name) of which w is a form, by stem: a real word, which typo repair
// must not rewrite ("осудили" is no misspelt "обсудили"). Names are
// left out: a misspelt name may share the declined beginning of one
// ("Стамбле").
func Known(w string) bool {
	l := DefaultLexicon()
	ws := words(w)
	st, f := strings.Join(stems(ws), " "), strings.Join(ws, " ")
	if inner := innerWords(); inner[f] || cyrillicWord(f) && inner[st] {
		return true
	}
	for _, g := range l.expandGroups(w) {
		if slices.Contains(g.stems, st) {
			return true
		}
	}
	// A case of a "^" noun ("суда", "договоре").
	if !cyrillicWord(f) {
		return false
	}
	rs := []rune(f)
	for n := min(3, len(rs)); n <= len(rs); n++ {
		for _, r := range l.declined[string(rs[:n])] {
			if l.entries[r.entry].terms[r.term].cased && declinedForm(f, string(rs[:n])) {
				return true
			}
		}
	}
	return false
}

// lastModifier reports whether the folded word ws[i] is "last" before the
// word it modifies: an adverb before a verb ("when did they last meet"),
// an adjective before a noun ("last week", "the last round"). Snowball
// stems the verb's "lasted" and "lasting" to "last", so every such
// question was expanded to "kéo dài"/"длиться", a duration the story that
// answers it need not tell. The verb ends its clause or takes a
// complement of time ("how long did the talks last", "will last for a
// year", "lasted until May", "last two hours").
func lastModifier(ws []string, i int) bool {
	if ws[i] != "last" || i+1 >= len(ws) {
		return false
	}
	next := ws[i+1]
	if lastComplements[next] || strings.ContainsFunc(next, unicode.IsDigit) {
		return false
	}
	return !corpus.IsStopWord("en", next)
}

// lastComplements follow the verb "last": a preposition or adverb of time,
// or a count.
var lastComplements = map[string]bool{"for": true, "until": true, "till": true, "through": true, "into": true, "beyond": true,
	"about": true, "around": true, "longer": true, "only": true, "just": true, "over": true, "at": true, "up": true,
	"a": true, "an": true, "one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "several": true, "many": true, "more": true, "less": true, "no": true}

// innerWords are the stems of the words that stand inside the default
// lexicon's common terms of several words ("министр" of "министр
// иностранных дел", "exchange" of "prisoner exchange"), for Known: a word
// the lexicon holds only inside a longer term is a real word all the
// same, and typo repair took it for a misspelling of another. Russian
// words by stem (every case), others as written. Names are
// left out (Known's rule), and stems under four letters, most of them
// Vietnamese syllables that a misspelt short word may fold to.
var innerWords = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, e := range DefaultLexicon().entries {
		for _, t := range e.terms {
			if t.name || t.exact || len(t.toks) < 2 {
				continue
			}
			for i, st := range t.toks {
				if !cyrillicWord(st) && i < len(t.ftoks) {
					// A Latin word as written: English stems join
					// misspellings to it ("countrys" is "countri").
					st = t.ftoks[i]
				}
				if utf8.RuneCountInString(st) >= 4 {
					out[st] = true
				}
			}
		}
	}
	return out
})

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
	spellings []string // every spelling of the concept in every language, folded
	// stems are the stemmed spellings of the concept's common words (not
	// names: a name's stem is shared by other names, Дмитрий and
	// Дмитриев), so a passage's inflected form finds the concept in
	// another language than the question's: "sanctions" finds "санкций".
	stems []string
	// declined are the one-word Russian names of the concept as the
	// beginning of their declined forms (declinedPrefix): Snowball's
	// stems of a name's cases differ ("иран" is "ира", "ираном"
	// "иран"), so a passage's "с Ираном" or "Китая" would not find Iran
	// or China by stem.
	declined []string
	// nameStems are the stemmed spellings of the concept's Russian names
	// of several words, which a passage declines: "в Белом доме" and
	// "Совета Безопасности" are not spelt "Белый дом" and "Совет
	// Безопасности", but stem alike.
	nameStems []string
	// exact are the words of its "=" spellings as written, joined by a
	// space, which a passage must write so too: folded, "WHO" is "who",
	// "IS" "is", "Того" (Togo) "того" (of that) and "Viên" (Vienna) the
	// "viên" of "thành viên".
	exact  []string
	topic  bool // a topic entry (lexEntry.topic)
	region bool // a country's entry (lexEntry.region)
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
	st, nt := stems(ft), nameStems(ft)
	vi := looksVietnamese(q, ft)
	et := appendWordsText(q) // the query's words as written

	type match struct {
		entry, start, end int
		col               int
		exact             bool
		matched           string // the query's words, folded
	}
	var ms []match
	for i := range st {
		refs := l.byFirst[st[i]]
		if nt[i] != st[i] {
			refs = append(slices.Clip(refs), l.byFirst[nt[i]]...)
		}
		// A Russian name in a case Snowball stems apart ("Китая").
		var declined []lexRef
		if cyrillicWord(ft[i]) {
			rs := []rune(ft[i])
			for n := max(3, len(rs)-3); n <= len(rs); n++ {
				for _, r := range l.declined[string(rs[:n])] {
					if declinedForm(ft[i], string(rs[:n])) {
						declined = append(declined, r)
					}
				}
			}
			refs = append(slices.Clip(refs), declined...)
		}
		seenRef := map[lexRef]bool{}
		for _, r := range refs {
			if seenRef[r] {
				continue
			}
			seenRef[r] = true
			t := l.entries[r.entry].terms[r.term]
			// A name matches by corpus.NameStem, which keeps a surname
			// whole in every case and apart from names that share its
			// Snowball stem (Дмитрий, Дмитриев; Антон, Антонов).
			stemsMatch := hasTokensAt(st, i, t.toks) || t.alt != nil && hasTokensAt(st, i, t.alt)
			switch {
			case t.name && indeclinable(t):
				stemsMatch = ft[i] == t.folded
			case t.cased || t.name && len(t.ftoks) == 1 && cyrillicWord(t.folded):
				// As a passage is read (concepts.judge): by its case
				// forms, not by a stem it shares with common words
				// ("данные", data, stems as "Дания" does).
				stemsMatch = ft[i] == t.folded || slices.Contains(declined, r)
			case t.name:
				stemsMatch = hasTokensAt(nt, i, t.ntoks) || slices.Contains(declined, r) || declinedNameAt(ft, nt, i, t)
			}
			if stemsMatch && l.langs[t.col] == "vi" && !t.exact && marksDiffer(et, len(ft), i, t) {
				continue
			}
			if stemsMatch && !t.exact && lastModifier(ft, i) {
				continue
			}
			if (!t.weak || vi) && stemsMatch {
				ms = append(ms, match{r.entry, i, i + len(t.toks), t.col, false, strings.Join(ft[i:i+len(t.toks)], " ")})
			}
		}
	}
	if len(l.exact) > 0 {
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
	inQuery := " " + strings.Join(st, " ") + " "
	inQueryExact := " " + strings.ToLower(strings.Join(et, " ")) + " " // for "=" spellings
	seenEntry := map[int]bool{}
	seenTerm := map[string]bool{}
	covered := make([]bool, len(ft))
	var out []expGroup
	for _, m := range ms {
		if !m.exact {
			for i := m.start; i < m.end; i++ {
				covered[i] = true
			}
		}
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
			if t.col == m.col && (l.langs[m.col] == "en" || !t.name) {
				// A same-language synonym adds generic words, not reach. The
				// exception is other spellings of names outside English,
				// which outlets transliterate differently (Mát-xcơ-va,
				// Moskva; СНВ-3, ДСНВ).
				continue
			}
			// An "=" spelling of another language than the term it shares
			// its stem with is a spelling of its own: "Laos" stems as
			// "=Lào" folds, "lao", and was dropped as said already, so a
			// question naming Лаос never searched "Laos".
			col := t.stemmed + "\x00" + l.langs[t.col]
			if t.exact {
				w := "=" + strings.ToLower(strings.Join(t.toks, " "))
				said := t.col == m.col && strings.Contains(inQuery, " "+t.stemmed+" ") || strings.Contains(inQueryExact, " "+w[1:]+" ")
				if seenTerm[col] || seenTerm[w] || said {
					continue
				}
				seenTerm[w] = true
			} else if seenTerm[t.stemmed] || strings.Contains(inQuery, " "+t.stemmed+" ") {
				continue
			}
			seenTerm[t.stemmed], seenTerm[col] = true, true
			group = append(group, t.text)
		}
		// A group without new terms still names a concept of the question
		// (Search weighs relevance evidence by concept).
		g := expGroup{matched: m.matched, terms: group, topic: l.entries[m.entry].topic, region: l.entries[m.entry].region}
		for _, t := range l.entries[m.entry].terms {
			if t.exact {
				g.exact = append(g.exact, strings.Join(appendWordsText(t.text), " "))
				continue
			}
			g.spellings = append(g.spellings, t.folded)
			switch {
			case t.cased:
				g.declined = append(g.declined, declinedPrefix(t.folded))
			case !t.name && !t.exact:
				g.stems = append(g.stems, t.stemmed)
				if t.alt != nil {
					g.stems = append(g.stems, strings.Join(t.alt, " "))
				}
			case t.name && !t.exact && len(t.ftoks) == 1 && cyrillicWord(t.folded):
				g.declined = append(g.declined, declinedPrefix(t.folded))
			case t.name && !t.exact && cyrillicWord(t.folded):
				g.nameStems = append(g.nameStems, t.stemmed)
			}
		}
		out = append(out, g)
	}
	out = append(out, nameGroups(et, ft, covered, seenTerm)...)
	for _, d := range dateExpansions(q) {
		g := expGroup{matched: d.from, spellings: []string{d.from}}
		for _, to := range d.to {
			f := strings.Join(words(to), " ")
			g.spellings = append(g.spellings, f)
			if sf := strings.Join(stems(words(to)), " "); !seenTerm[sf] && !strings.Contains(inQuery, " "+sf+" ") {
				seenTerm[sf] = true
				g.terms = append(g.terms, to)
			}
		}
		if len(g.terms) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// stems returns the stems of folded words (corpus.Stem), so that a lexicon
// term matches its inflected forms: Russian declines nouns and adjectives
// ("делегация", "делегацию"), English inflects verbs ("expire", "expires").
func stems(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = corpus.Stem(w)
	}
	return out
}

// nameStems returns the corpus.NameStem of folded words.
func nameStems(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = corpus.NameStem(w)
	}
	return out
}

// monthNames are the English month names and abbreviations a date may use.
const monthNames = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"

// monthsRU are the Russian month names in the genitive, the case of a date
// ("26 марта"), folded.
var monthsRU = [...]string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"}

var (
	// numericDate is a Vietnamese day/month ("ngày 10/4", "26/3/2024").
	numericDate = regexp.MustCompile(`(?:^|[^0-9/])([0-9]{1,2})/([0-9]{1,2})(?:/[0-9]{2,4})?(?:$|[^0-9/])`)
	// monthDay is an English date: "April 10", "10 April", "Apr. 10".
	monthDay = regexp.MustCompile(`(?i)\b(?:(` + monthNames + `)\.?\s+([0-9]{1,2})\b|([0-9]{1,2})\s+(` + monthNames + `)\b)`)
	// dayMonthRU is a Russian date: "26 марта", "10 апреля".
	dayMonthRU = regexp.MustCompile(`(?i)(?:^|[^0-9])([0-9]{1,2})\s+(` + strings.Join(monthsRU[:], "|") + `)(?:$|[^\p{L}])`)
	months     = [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// dateExp is one date of a query: from (the query's words, folded) and its
// forms in the other languages.
type dateExp struct {
	from string
	to   []string
}

// dateExpansions translates dates between the Vietnamese day/month form,
// the English month-day form and the Russian day-month form, so "ngày 26/3"
// finds "on March 26" and "26 марта", and back.
func dateExpansions(q string) []dateExp {
	var out []dateExp
	add := func(from string, d, mo int, lang string) {
		if d < 1 || d > 31 || mo < 1 || mo > 12 {
			return
		}
		forms := map[string]string{
			"vi": fmt.Sprintf("%d/%d", d, mo),
			"en": fmt.Sprintf("%s %d", months[mo-1], d),
			"ru": fmt.Sprintf("%d %s", d, monthsRU[mo-1]),
		}
		e := dateExp{from: from}
		for _, l := range []string{"vi", "en", "ru"} {
			if l != lang {
				e.to = append(e.to, forms[l])
			}
		}
		out = append(out, e)
	}
	for _, m := range numericDate.FindAllStringSubmatch(q, -1) {
		d, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		add(m[1]+" "+m[2], d, mo, "vi")
	}
	for _, m := range monthDay.FindAllStringSubmatch(q, -1) {
		name, day := m[1], m[2]
		if name == "" {
			name, day = m[4], m[3]
		}
		d, _ := strconv.Atoi(day)
		name = strings.ToLower(name)
		for i, full := range months {
			if strings.HasPrefix(strings.ToLower(full), name) {
				add(strings.Join(words(m[0]), " "), d, i+1, "en")
				break
			}
		}
	}
	for _, m := range dayMonthRU.FindAllStringSubmatch(strings.ToLower(q), -1) {
		d, _ := strconv.Atoi(m[1])
		add(m[1]+" "+m[2], d, slices.Index(monthsRU[:], m[2])+1, "ru")
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

// Region reports whether the default lexicon reads term (one name, in
// any language or spelling) as a country or territory: "Serbia",
// "Индонезии", "Ai Cập". A country may have offices, but is no person
// who speaks.
func Region(term string) bool {
	gs := DefaultLexicon().expandGroups(term)
	return len(gs) == 1 && gs[0].region
}

// declinedPrefix returns the part of a folded Russian noun that all its
// cases begin with: the word without a final а, я, ы, и, й or ь ("китай"
// → "кита", "москва" → "москв", "афины" → "афин", "иран" → "иран"), when
// at least three letters remain. A name ending in о, у, е, э or ю is
// foreign and not declined ("Токио", "Перу", "Баку"): cut, it would begin
// other words ("токи", currents; "баки", tanks; "Пермь").
func declinedPrefix(w string) string {
	rs := []rune(w)
	if len(rs) > 3 && (strings.ContainsRune("аяыийь", rs[len(rs)-1]) || softNeuter(w) || stvoNeuter(w)) {
		return string(rs[:len(rs)-1])
	}
	return w
}

// softNeuter reports a Russian name in "-ье", a neuter noun that
// declines ("Приморье", "в Приморье", "Приморья", "Приморьем"), unlike
// the foreign names in "-е" ("Кале").
func softNeuter(w string) bool { return strings.HasSuffix(w, "ье") }

// stvoNeuter reports a Russian noun in "-ство", a neuter that declines
// ("Росрыболовство", "из Росрыболовства", "Казначейством"), unlike the
// foreign and shortened names in "-о" ("Токио", "Минэнерго"): without
// it, "Кто из Росрыболовства…" found no row of the agency.
func stvoNeuter(w string) bool { return strings.HasSuffix(w, "ство") }

// declinedForm reports whether a folded word is a case of the name
// whose declinedPrefix is p: it is p and one of Russian's case endings
// ("ираном", not "иранский"; "мура", not "мурманск"; "смитом" is Smith's
// instrumental, not "сми" and "том") that does not make another name of
// it. Any short tail used to pass, and so "Смитом" was the media (СМИ),
// "лимиты" Lima, "сенатор" the Senate and "Франциско" France.
func declinedForm(word, p string) bool {
	rest, ok := strings.CutPrefix(word, p)
	// "Дмитриев" is not a case of "Дмитрий", nor "Антонов" of "Антон":
	// a surname's suffix is another name, so the genitive plural "-ов"
	// is no ending here.
	return ok && (slices.Contains(caseEndings, rest) || rest == "о" && stvoNeuter(word)) // "-ство" itself (stvoNeuter)
}

// caseEndings are the endings a Russian noun takes after its
// declinedPrefix, in every case and number ("беларус-ью", "дмитри-ем",
// "афин-ами"), a surname's instrumental and plural ("антонов-ым",
// "-ых"), and none for the prefix alone ("иран").
var caseEndings = append([]string{""}, strings.Fields("а я у ю е и ы ь й ой ей ом ем ою ею ам ям ами ями ах ях ью ым ых ыми")...)

// indeclinable reports a Russian name of one word that Russian does not
// decline (see declinedPrefix): it matches only as it is, not by a stem
// it shares with other words ("баки", tanks, stems as "Баку" does).
func indeclinable(t lexTerm) bool {
	if len(t.ftoks) != 1 || !cyrillicWord(t.folded) {
		return false
	}
	r, n := utf8.DecodeLastRuneInString(t.folded)
	if p, _ := utf8.DecodeLastRuneInString(t.folded[:len(t.folded)-n]); r == 'а' && strings.ContainsRune("аеиоуыэюя", p) {
		// A foreign name in a vowel and "а" ("Самоа", "Бразилиа",
		// "Манагуа") is not declined either: cut, "Самоа" began "само"
		// (itself) and "Бразилиа" was Brazil ("Бразилия").
		return true
	}
	return strings.ContainsRune("оуеэю", r) && !softNeuter(t.folded) && !stvoNeuter(t.folded)
}

// declinedNameAt reports whether the folded words ft (their NameStems nt)
// hold, from i, a Russian name of several words in a case whose Snowball
// stem differs from the lexicon's: "Южной Кореи" ("кор") is "Южная Корея"
// ("коре"). Each word matches by stem or as a declined form of the name's
// word (declinedForm).
func declinedNameAt(ft, nt []string, i int, t lexTerm) bool {
	if len(t.ftoks) < 2 || i+len(t.ftoks) > len(ft) || !cyrillicWord(t.folded) {
		return false
	}
	for j, w := range t.ftoks {
		if nt[i+j] != t.ntoks[j] && !declinedForm(ft[i+j], declinedPrefix(w)) {
			return false
		}
	}
	return true
}

// marksDiffer reports whether the query's words et (as written), from
// i, write a Vietnamese term's syllables with other marks than the
// term's: "Triều" (of Triều Tiên, Korea) is not "triệu" (million), nor
// "rụt" "rút". A word typed without any marks still matches ("tha" is
// "thả"): that is what folding is for. The marks are compared as a set,
// not by position, since Vietnamese writes a tone on either vowel of
// some pairs ("hoà", "hòa"). When folding split the query
// into other words than as written (n, the folded words, differs),
// nothing is judged.
func marksDiffer(et []string, n, i int, t lexTerm) bool {
	if len(et) != n || i+len(t.lower) > len(et) {
		return false
	}
	for j, want := range t.lower {
		w := strings.ToLower(et[i+j])
		if w != want && corpus.Fold(w) != w && markSet(w) != markSet(want) {
			return true
		}
	}
	return false
}

// markSet returns the diacritics of a word, sorted: its combining marks
// once decomposed, and "đ".
func markSet(w string) string {
	var ms []rune
	for _, r := range norm.NFD.String(w) {
		if unicode.Is(unicode.Mn, r) || r == 'đ' || r == 'Đ' {
			ms = append(ms, unicode.ToLower(r))
		}
	}
	slices.Sort(ms)
	return string(ms)
}

// appendWordsText returns the words of s as written.
func appendWordsText(s string) []string {
	var out []string
	for _, sp := range appendWords(nil, s) {
		out = append(out, s[sp.start:sp.end])
	}
	return out
}

// cyrillicWord reports whether a folded term begins with a Cyrillic letter.
func cyrillicWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Cyrillic, r)
}

// Kinds returns every spelling, in every language, of the default
// lexicon's entries that name a kind of what the one word head names:
// an entry spelt, in some language, by head (any form of it, by stem)
// with one word before it that modifies it ("космический корабль" of
// "корабль", "patrol ship" of "ship"), in English or Russian. A Russian
// modifier must be an adjective ("корабль Союз" names one ship, "решение
// суда" is a decision); an entry with a name ("Bank of Russia" beside
// "central bank") names one thing, not a kind, one that also spells the
// modifier alone a quality ("hypersonic"), and neither do topic and
// country entries. Vietnamese is left out: the first syllable of a word
// is often no head ("tàu hỏa" is a train, "quỹ đạo" an orbit).
// "На каком корабле" is then asked of an English story's "spacecraft".
func Kinds(head string) []string {
	ws := words(head)
	if len(ws) != 1 {
		return nil
	}
	return slices.Clone(kindsByStem()[corpus.Stem(ws[0])])
}

// kindsByStem indexes Kinds by the stem of the head, built once from the
// default lexicon: a scan of every entry, which stems each two-word
// term, took 2.4 ms a head, and a "which X" question asks it of every
// step that reads its head.
var kindsByStem = sync.OnceValue(func() map[string][]string {
	l := DefaultLexicon()
	out := map[string][]string{}
	for _, e := range l.entries {
		if e.topic || e.region || slices.ContainsFunc(e.terms, func(t lexTerm) bool { return t.name }) {
			continue
		}
		seen := map[string]bool{} // the heads this entry was read for: by its first term of each
		for _, kt := range e.terms {
			if !kindOf(l.langs[kt.col], kt) {
				continue
			}
			stem := corpus.Stem(kt.ftoks[1])
			if seen[stem] {
				continue
			}
			seen[stem] = true
			// An entry that also spells the modifier alone names the
			// quality, not a kind ("гиперзвуковой" beside "гиперзвуковая
			// ракета": "hypersonic glide vehicles" are no missiles).
			mod := corpus.Stem(kt.ftoks[0])
			if slices.ContainsFunc(e.terms, func(t lexTerm) bool { return len(t.ftoks) == 1 && corpus.Stem(t.ftoks[0]) == mod }) {
				continue
			}
			for _, t := range e.terms {
				if !slices.Contains(out[stem], t.text) {
					out[stem] = append(out[stem], t.text)
				}
			}
		}
	}
	return out
})

// kindOf reports whether term t, of language lang, is a head (its last
// word) modified by one word before it (see Kinds).
func kindOf(lang string, t lexTerm) bool {
	if t.name || t.exact || len(t.ftoks) != 2 {
		return false
	}
	switch lang {
	case "en":
		return true
	case "ru":
		return russianAdjectiveRE.MatchString(t.ftoks[0]) && !russianVerbalNounRE.MatchString(t.ftoks[0])
	}
	return false
}

// russianAdjectiveRE ends a folded Russian adjective in its dictionary
// forms; russianVerbalNounRE a noun that ends as one does ("решение",
// "соглашение", "развитие").
var (
	russianAdjectiveRE  = regexp.MustCompile(`(ый|ий|ой|ая|яя|ое|ее|ые|ие)$`)
	russianVerbalNounRE = regexp.MustCompile(`(ние|тие)$`)
)
