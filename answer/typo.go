package answer

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
)

// Typo repair bounds, scaled by the length of the word: the longer a
// name, the more edits it takes to reach another real one.
const (
	// minTypoRunes is the shortest word repairTypos corrects by any one
	// edit: a shorter one is one edit away from too many others
	// ("Iran"/"Iraq", "vụ"/"về").
	minTypoRunes = 5
	// minDroppedRunes is the shortest name repairTypos corrects when a
	// letter was only dropped ("Chna" for "China"), against a name the
	// passages write capitalised: dropping a letter inside a real name
	// rarely makes another ("Iraq" is a changed letter of "Iran", not
	// a dropped one).
	minDroppedRunes = 4
	// minLexiconTypoRunes is the shortest word corrected against the
	// lexicon's names when the passages hold no word near it: retrieval,
	// misled by the typo, may have found nothing of the place asked about
	// ("Kazakstan"). One edit, and only of a long word: a short name one
	// letter from a known one is as often another person ("Rubin",
	// "Rubio").
	minLexiconTypoRunes = 7
	// minTwoEditRunes is the shortest word corrected by two edits when
	// no word is one edit away: "Будапеще" for "Будапеште" (щ for шт).
	// Among names of eight letters or more, two edits rarely reach
	// another that the same passages hold.
	minTwoEditRunes = 8
	// minStemTypoRunes is the shortest stem stemFix corrects: it works
	// against every word of the passages, not only names, and between
	// short stems one edit is often another real word ("станк", machine
	// tools, is one edit from "станц", stations: "станках" became
	// "станцах" and a question on the English article about lathes found
	// nothing). The stems of the slips it is for are longer
	// ("амириканц" 9, "dipolmat" 8).
	minStemTypoRunes = 7
)

// repairTypos corrects the question's misspelt words against the passages
// retrieval found, before the relevance gate and the judge read it: "Who leads the Rusian
// delegation in Istambul?" names "rusian" and "istambul", which no article
// contains, so the judge refused although retrieval (whose vectors and
// n-grams forgive typos) had found the answer. A word is corrected only
// when it is nowhere in the passages, as written or by stem, and exactly
// one word of the passages (not a stop word, same first letter; its
// declined forms count once) is one edit away from it (Levenshtein), or,
// for the bounds the length of the word sets (see minDroppedRunes and
// minTwoEditRunes), a dropped letter or two edits. A near miss keeps its
// meaning: another year is digits, and another person's name is more
// than one letter away from the names the passages hold (a surname's
// feminine form, one letter more, is the same family and already matched
// by stem).
func repairTypos(query string, sources []Citation) string {
	return repairTyposHeld(query, sources, nil)
}

// repairTyposHeld is repairTypos that leaves alone a name the corpus
// writes, in the question's script or the other (held, nil: none known):
// "Rybakov" is one slip from the "Ryabkov" the passages hold, but a
// corpus that writes "Рыбаков" has him, another man, and the asker
// misspelt nothing.
func repairTyposHeld(query string, sources []Citation, held func(w string) bool) string {
	query = officeMarksFix(query, sources)
	have := map[string]bool{}
	stems := map[string]bool{}
	byInitial := map[rune][]string{}
	names := map[string]bool{} // written capitalised inside a sentence
	// A Cyrillic name of the passages is also compared, romanized, with
	// a Latin word of the question: "Korenva" against "Корнева" as
	// "Korneva". Only names: a common word has its translation, not its
	// transliteration. Not the other way: a Russian question declines
	// its names, and the Cyrillic guesses of a Latin name, compared with
	// a declined word, "repaired" "Китай" and "Рияде" (eval: the refusal
	// tests over the seeds).
	otherScript := map[rune][]string{}
	// The skeletons of the passages' Latin names, against which a
	// Cyrillic word of the question is compared by its sound before the
	// lexicon repairs it: "Мордовии" over a story that writes "Mordovia"
	// is that place, not a slip for "Молдова", a lexicon name one letter
	// from it. A place is never repaired into another. Only the lexicon's
	// guess: a repair to a word the passages hold ("Будапеще" to their
	// "Будапеште", beside "Budapest") is theirs.
	latinKeys := map[string]bool{}
	for _, s := range sources {
		for _, sent := range sentences(s.Passage) {
			for i, t := range corpus.Tokenize(sent) {
				if i > 0 && capitalisedWord(t.Text) && !cyrillic(t.Folded) {
					for _, k := range retrieval.NameSkeletons(t.Text) {
						latinKeys[k] = true
					}
				}
				if i > 0 && capitalisedWord(t.Text) {
					names[t.Folded] = true
					if c := retrieval.Romanize(t.Folded); cyrillic(t.Folded) && lettersOnly(c) && !cyrillic(c) {
						r, _ := utf8.DecodeRuneInString(c)
						otherScript[r] = append(otherScript[r], c)
					}
				}
			}
		}
		for _, w := range corpus.Words(s.Title + "\n" + s.Passage) {
			if have[w] {
				continue
			}
			have[w] = true
			stems[corpus.Stem(w)] = true
			if corpus.IsContentWord(w) && lettersOnly(w) {
				r, _ := utf8.DecodeRuneInString(w)
				byInitial[r] = append(byInitial[r], w)
			}
		}
	}
	capitals := false // the asker writes a capital past the first word
	toks := corpus.Tokenize(query)
	for i, t := range toks {
		capitals = capitals || i > 0 && capitalisedWord(t.Text)
	}
	// Read only when a syllable asks for it (compoundFix): most
	// questions have none to repair.
	pairs := sync.OnceValue(func() map[string][]string { return syllablePairs(sources) })
	var b strings.Builder
	last := 0
	for i, t := range toks {
		w := t.Folded
		if fix, ok := misspeltPlural(t.Text, have); ok {
			b.WriteString(query[last:t.Start])
			b.WriteString(fix)
			last = t.End
			continue
		}
		// A Vietnamese syllable is one letter from many others ("truong",
		// "trong"): only words shaped like names and rare words are fixed,
		// and a syllable by the compound it is half of (compoundFix).
		size := utf8.RuneCountInString(w)
		short := size < minTypoRunes
		if short && (size < minDroppedRunes || !capitalisedWord(t.Text)) {
			if fix, ok := compoundFix(query, toks, i, have, pairs); ok {
				b.WriteString(query[last:t.Start])
				b.WriteString(fix)
				last = t.End
			}
			continue
		}
		if !lettersOnly(w) || !corpus.IsContentWord(w) ||
			!retrieval.Distinctive(w) || have[w] || stems[corpus.Stem(w)] || retrieval.Known(t.Text) {
			continue // a word the lexicon knows is a real form, not a typo
		}
		// A Latin-script name the lexicon spells ("China") is that
		// name, whatever one-edit word the passages hold ("chinh" of
		// Vietnamese "chính"); a Cyrillic one may be a misspelt
		// declined form the lexicon reads by its beginning ("Стамбле").
		if capitalisedWord(t.Text) && !cyrillic(w) && !lexiconUnknown(t.Text, w) {
			continue
		}
		// Beyond one edit of a word of five letters or more, only a word
		// no entry of the lexicon spells: "Iraq" is a country of its own,
		// whatever the passages name.
		if (short || size >= minTwoEditRunes) && !lexiconUnknown(t.Text, w) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		// The passages' own script first: a spelling of the other is
		// a guess, and only a name with no near word as written is
		// compared with it.
		fix, n := "", 0
		pools := [][]string{byInitial[r]}
		if o, ok := soundAlikeInitial[r]; ok {
			pools[0] = append(slices.Clip(pools[0]), byInitial[o]...)
		}
		if capitalisedWord(t.Text) && !cyrillic(w) {
			pools = append(pools, otherScript[r])
		}
		for _, cands := range pools {
			for edits := 1; edits <= 2 && n == 0; edits++ {
				if edits == 2 && size < minTwoEditRunes {
					break
				}
				for _, c := range cands {
					if d := utf8.RuneCountInString(c) - size; d > edits || d < -edits {
						continue
					}
					// One word extending the other is a derived form, not a typo
					// ("Russian" beside "Russia's", "Iranian" beside "Iran").
					if (strings.HasPrefix(c, w) || strings.HasPrefix(w, c)) && !lastDoubled(w, c) {
						continue
					}
					if short && (!names[c] || !droppedLetter(w, c)) {
						continue
					}
					// Two letters swapped are one slip of the fingers, though
					// Levenshtein counts two ("Korenva" for "Korneva"). Forms
					// of one word ("Будапешт", "Будапеште") are one candidate.
					if levenshtein.ComputeDistance(w, c) == edits || edits == 1 && transposed(w, c) {
						if fix == "" || corpus.NameStem(fix) != corpus.NameStem(c) {
							n++
							fix = c
						}
					}
				}
			}
			if n > 0 {
				break
			}
		}
		if n == 0 && (!capitalisedWord(t.Text) || t.Start == 0) {
			fix, n = stemFix(w, pools[0])
		}
		// Against the lexicon, only a word written as a name: its names
		// are capitalised, and a word in lower case is a common one,
		// whose stem may be a letter from a name's ("министров",
		// ministers, and Минстрой). An asker who writes no capital
		// writes names in lower case too.
		if n == 0 && size >= minLexiconTypoRunes && (capitalisedWord(t.Text) || !capitals) && lexiconUnknown(t.Text, w) &&
			!(cyrillic(w) && latinKeys[retrieval.NameSkeleton(corpus.NameStem(w))]) {
			fix, n = lexiconFix(w)
		}
		if n != 1 {
			continue // none, or ambiguous: leave the word as the asker wrote it
		}
		if held != nil && capitalisedWord(t.Text) && held(w) {
			continue // a name of the corpus, though not of these passages
		}
		if capitalisedWord(t.Text) {
			fix = upperFirst(fix)
		}
		b.WriteString(query[last:t.Start])
		b.WriteString(fix)
		last = t.End
	}
	if last == 0 {
		return query
	}
	b.WriteString(query[last:])
	return b.String()
}

// lastDoubled reports whether one of a and b is the other with its last
// letter typed twice ("Phukett", "Zelenkof"): a slip, not a derived
// form, which adds letters of its own ("Russian", "Iranian").
func lastDoubled(a, b string) bool {
	if utf8.RuneCountInString(a) > utf8.RuneCountInString(b) {
		a, b = b, a
	}
	r, size := utf8.DecodeLastRuneInString(a)
	return size > 0 && b == a+string(r)
}

// stemFix repairs a common word misspelt in one inflected form against
// another form of it among cands (the passages' words of its first
// letter): "амириканцы" is three edits from "американцев" but its stem
// "амириканц" one from "американц", and "dipolmats" has no whole word
// near it where the passages write "diplomatic" ("dipolmat" is
// "diplomat" with two letters swapped). Comparing whole words only, the
// typo had to be in the one form the passages use. The fix is the
// candidate's stem with the asker's ending; n counts the distinct stems
// one edit away (not 1: ambiguous, left alone).
func stemFix(w string, cands []string) (fix string, n int) {
	ws := corpus.Stem(w)
	if !strings.HasPrefix(w, ws) || utf8.RuneCountInString(ws) < minStemTypoRunes {
		return "", 0
	}
	var found string
	for _, c := range cands {
		cs := corpus.Stem(c)
		if cs == found || cs == ws || strings.HasPrefix(cs, ws) || strings.HasPrefix(ws, cs) {
			continue
		}
		if d := utf8.RuneCountInString(cs) - utf8.RuneCountInString(ws); d > 1 || d < -1 {
			continue
		}
		if levenshtein.ComputeDistance(ws, cs) == 1 || transposed(ws, cs) {
			n++
			found = cs
		}
	}
	if n != 1 {
		return "", n
	}
	return found + w[len(ws):], 1
}

// soundAlikeInitial pairs the Russian first letters one is written for
// the other by ear: an unstressed "о" sounds as "а" (akanye), so
// "арбита" is "орбита" and "акеан" "океан"; "е" and "и" likewise
// ("истребитель" typed "естребитель"). The rule that a fix keeps the
// word's first letter exists because a first letter is seldom mistyped
// on a keyboard; these are misspelt by sound, not by finger.
var soundAlikeInitial = map[rune]rune{'а': 'о', 'о': 'а', 'е': 'и', 'и': 'е'}

// minStemRunes is the shortest Russian stem lexiconFix compares.
const minStemRunes = 4

// maxCaseEnding is the most letters a Russian noun's case ending adds to
// its stem ("-ами", "-ого"); Snowball cuts more only of a verb, a
// participle or an adjective.
const maxCaseEnding = 3

// lexiconFix returns the one-word name of the lexicon one edit from w
// (same first letter, not a word extending it), and how many there are.
func lexiconFix(w string) (fix string, n int) {
	r, _ := utf8.DecodeRuneInString(w)
	// The lexicon writes a Russian name in the nominative: a declined
	// typo ("Казахтане") is compared by its stem.
	cyr := cyrillic(w)
	if cyr {
		full := utf8.RuneCountInString(w)
		w = corpus.Stem(w)
		// A verb Snowball cuts to a stub ("учиться" to "уч") is one
		// letter from a short name ("Уфа"): a stem that short tells
		// nothing. Nor does one cut by more than a case ending: a
		// participle or an adjective ("выданная", issued, is "выда", one
		// letter from "вада", WADA) is a word, not a declined name.
		if n := utf8.RuneCountInString(w); n < minStemRunes || full-n > maxCaseEnding {
			return "", 0
		}
	}
	for _, c := range retrieval.Names() {
		if cr, _ := utf8.DecodeRuneInString(c); cr != r || strings.HasPrefix(c, w) || strings.HasPrefix(w, c) {
			continue
		}
		one := func(cmp string) bool {
			d := utf8.RuneCountInString(cmp) - utf8.RuneCountInString(w)
			return d <= 1 && d >= -1 && levenshtein.ComputeDistance(w, cmp) == 1
		}
		if (one(c) || cyr && one(corpus.Stem(c))) && (fix == "" || corpus.NameStem(fix) != corpus.NameStem(c)) {
			fix, n = c, n+1
		}
	}
	return fix, n
}

// transposed reports whether w is c with two adjacent letters swapped
// ("korenva" of "korneva"). Written here because agnivade/levenshtein,
// the edit distance used above, has no transposition (Damerau) variant,
// and the check is a single pass over two words of the same length.
func transposed(w, c string) bool {
	wr, cr := []rune(w), []rune(c)
	if len(wr) != len(cr) {
		return false
	}
	i := 0
	for i < len(wr) && wr[i] == cr[i] {
		i++
	}
	return i+1 < len(wr) && wr[i] == cr[i+1] && wr[i+1] == cr[i] && string(wr[i+2:]) == string(cr[i+2:])
}

// misspeltPlural repairs an English plural written with "-ys" after a
// consonant ("companys", "countrys", "embassys") to its "-ies" form when
// the passages hold that form: the stem is the same, so retrieval and
// the relevance gate already match it, but the judge binds a counted
// noun by the word ("how many companys" against "11 companies").
// English writes "-ys" only after a vowel ("days", "keys"), so a
// lower-case word ending in consonant + "ys" is no word.
func misspeltPlural(written string, have map[string]bool) (string, bool) {
	rs := []rune(written)
	n := len(rs)
	if n < minTypoRunes || !strings.HasSuffix(written, "ys") || strings.ToLower(written) != written ||
		strings.ContainsRune("aeiouy", rs[n-3]) || rs[n-3] > unicode.MaxASCII {
		return "", false
	}
	fix := string(rs[:n-2]) + "ies"
	return fix, have[fix]
}

// droppedLetter reports whether w is c without one of its inner
// letters ("chna" of "china").
func droppedLetter(w, c string) bool {
	wr, cr := []rune(w), []rune(c)
	if len(cr) != len(wr)+1 {
		return false
	}
	for i := 1; i < len(cr)-1; i++ {
		if string(cr[:i])+string(cr[i+1:]) == w {
			return true
		}
	}
	return false
}

// lexiconUnknown reports whether no entry of the lexicon spells the
// word (as written, and folded): its only expansions are the
// transliterations the lexicon makes of any name it does not know.
func lexiconUnknown(written, folded string) bool {
	guess := map[string]bool{}
	for _, g := range retrieval.NameGuesses(folded) {
		guess[g] = true
	}
	for _, e := range retrieval.Expand(written) {
		if !guess[corpus.Fold(e)] {
			return false
		}
	}
	return true
}

// lettersOnly reports whether w is a word of letters only, no digit,
// hyphen or apostrophe.
func lettersOnly(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// hitTexts gives retrieval's hits the shape repairTypos reads.
func hitTexts(hits []retrieval.Hit) []Citation {
	out := make([]Citation, len(hits))
	for i, h := range hits {
		out[i] = Citation{Title: h.Title, Passage: h.Text, Lang: h.Lang}
	}
	return out
}

// syllablePairs returns the two-syllable compounds of the Vietnamese
// sources, folded, each side keyed by the other: "<" + the second
// syllable gives the first ones written before it, ">" + the first the
// second ones after it, each as the passages write it (lower-cased).
// Only syllables one space apart: a comma ends a compound.
func syllablePairs(sources []Citation) map[string][]string {
	pairs := map[string][]string{}
	add := func(k, v string) {
		if !slices.Contains(pairs[k], v) {
			pairs[k] = append(pairs[k], v)
		}
	}
	for _, s := range sources {
		if s.Lang != "vi" {
			continue
		}
		for _, sent := range sentences(s.Title + "\n" + s.Passage) {
			toks := corpus.Tokenize(sent)
			for i := 1; i < len(toks); i++ {
				a, b := toks[i-1], toks[i]
				if sent[a.End:b.Start] != " " {
					continue
				}
				add(">"+a.Folded, strings.ToLower(b.Text))
				add("<"+b.Folded, strings.ToLower(a.Text))
			}
		}
	}
	return pairs
}

// compoundFix repairs the lower-case syllable toks[i] of a question that
// no passage holds (folded) by the half of a compound the Vietnamese
// passages write beside the question's other half: "chuyến bau" is
// "chuyến bay" where the passages write "chuyến bay" and no "bau". The
// syllable alone is one letter from many others; the compound it is
// half of names one. Exactly one syllable one edit away, over both
// neighbours, or none is made; the syllable, its repair and the
// neighbour must be content words ("của bau" tells nothing, and "năm
// nào", which year, is no misspelt "năm nay", this year). compounds
// gives the passages' compounds (syllablePairs), read on first need.
func compoundFix(query string, toks []corpus.Token, i int, have map[string]bool, compounds func() map[string][]string) (string, bool) {
	t := toks[i]
	w := t.Folded
	// A stop word is no typo: "năm nào" (which year) is not the
	// passages' "năm nay" (this year).
	if have[w] || !lettersOnly(w) || strings.ToLower(t.Text) != t.Text || !corpus.IsContentWord(w) {
		return "", false
	}
	// Only a syllable typed bare among marked ones: one written with its
	// tone and vowel marks is a word the asker meant ("lập trung tâm" is
	// no misspelt "tập trung"), and in a question typed without marks no
	// syllable stands out as the slip.
	if t.Lower != w || !slices.ContainsFunc(toks, func(o corpus.Token) bool { return o.Lower != o.Folded }) {
		return "", false
	}
	pairs := compounds()
	if len(pairs) == 0 {
		return "", false
	}
	var fixes []string
	look := func(key, nb string) {
		if !have[nb] || !corpus.IsContentWord(nb) {
			return
		}
		for _, c := range pairs[key] {
			f := corpus.Fold(c)
			if f != w && corpus.IsContentWord(f) && levenshtein.ComputeDistance(w, f) == 1 && !slices.ContainsFunc(fixes, func(x string) bool { return corpus.Fold(x) == f }) {
				fixes = append(fixes, c)
			}
		}
	}
	if i > 0 && query[toks[i-1].End:t.Start] == " " {
		look(">"+toks[i-1].Folded, toks[i-1].Folded)
	}
	if i+1 < len(toks) && query[t.End:toks[i+1].Start] == " " {
		look("<"+toks[i+1].Folded, toks[i+1].Folded)
	}
	if len(fixes) != 1 {
		return "", false
	}
	return fixes[0], true
}

// officeMarksFix repairs a Vietnamese office typed with a wrong tone or
// vowel mark ("Tổng thông Ghana", "Bộ trưởng Ngoai giao") by the
// rank table's spelling of it (judge_office.go) that folds alike, when
// the passages write that spelling. Each syllable of it is a word of its
// own ("thông" is in "thông tin"), so no syllable is a typo by itself,
// and compoundFix takes only a syllable typed bare; but the office is
// one phrase, and a phrase that folds to an office the passages write
// is that office. A question without marks is read by its folded words
// already and is left alone.
func officeMarksFix(query string, sources []Citation) string {
	toks := corpus.Tokenize(query)
	if !slices.ContainsFunc(toks, func(t corpus.Token) bool { return t.Lower != t.Folded }) {
		return query
	}
	var text strings.Builder
	for _, s := range sources {
		if s.Lang == "vi" {
			text.WriteString(strings.ToLower(s.Title + "\n" + s.Passage))
			text.WriteString("\n")
		}
	}
	passages := text.String()
	if passages == "" {
		return query
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(toks); i++ {
		sp, n := viOfficeSpelling(toks[i:])
		if n == 0 || !strings.Contains(passages, sp) {
			continue
		}
		words := strings.Fields(sp)
		same := true
		for k := range n {
			same = same && toks[i+k].Lower == words[k]
		}
		if same {
			i += n - 1
			continue
		}
		for k := range n {
			t := toks[i+k]
			w := words[k]
			if capitalisedWord(t.Text) {
				w = upperFirst(w)
			}
			b.WriteString(query[last:t.Start])
			b.WriteString(w)
			last = t.End
		}
		i += n - 1
	}
	if last == 0 {
		return query
	}
	b.WriteString(query[last:])
	return b.String()
}

// viOfficeSpelling returns the longest Vietnamese spelling of the rank
// table (lower-cased, with its marks) whose words fold to the first
// words of toks, and how many words it has; 0 for none.
func viOfficeSpelling(toks []corpus.Token) (string, int) {
	best, n := "", 0
	for _, o := range append(slices.Clone(officeSpellings), portfolioRanks()...) {
		for _, sp := range o.spellings {
			words := strings.Fields(sp)
			if len(words) <= n || len(words) > len(toks) || strings.ContainsAny(sp, "|*") || corpus.Fold(sp) == sp || cyrillic(sp) {
				continue
			}
			ok := true
			for k, w := range words {
				ok = ok && corpus.Fold(w) == toks[k].Folded
			}
			if ok {
				best, n = sp, len(words)
			}
		}
	}
	return best, n
}

// upperFirst is w with its first letter capitalised, as the asker
// wrote the word it replaces.
func upperFirst(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[size:]
}
