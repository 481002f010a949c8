package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/russian"
)

// This file is the one home of text analysis: how a text is cut into words
// and sentences, which words carry no topic, and how a word is reduced to
// its stem. The chunker, the keyword index and its queries, the relevance
// gate, the extractive quoter and the digest's topic filter all use it, so
// that a word or a sentence is the same thing everywhere.

// Token is one word of a text.
type Token struct {
	Start, End int    // byte offsets of the word in the text: Text is s[Start:End]
	Text       string // as written
	Folded     string // lowercased, diacritics removed (see Fold); see Tokenize
	// Lower is lowercased with its diacritics, and the dots and apostrophes
	// that Folded drops dropped too: where Lower and Folded differ, the word
	// was written with diacritics ("bàn", discuss, is not "ban", committee).
	Lower string
}

// Tokenize returns the words of s in order.
//
// A word is a run of letters, digits and combining marks in any script
// (Latin with Vietnamese diacritics, Cyrillic, ...). Besides that:
//   - a dotted acronym is one word: "U.S." and "т.е." fold to "us" and "те",
//     the way they are also written ("US");
//   - digits joined by . , / - or : are one word, so a date or number keeps
//     its parts together ("17/7", "2025-02-18", "3.5", "1.000"): its parts
//     alone would match any other date sharing a day;
//   - an apostrophe between letters joins ("Trump's", "don't", "O'Brien");
//     the folded form drops it and a final possessive 's, so "Putin's"
//     folds to "putin" and "don't" to "dont";
//   - a hyphen separates words ("U.S.-Russia", "Mát-xcơ-va"): Vietnamese
//     writes transliterated names with or without hyphens, and either part
//     of an English compound may be what someone searches for.
func Tokenize(s string) []Token {
	return AppendTokens(nil, s)
}

// AppendTokens appends the words of s to dst (see Tokenize).
func AppendTokens(dst []Token, s string) []Token {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		if end, ok := acronymEnd(s, i); ok {
			dst = append(dst, Token{Start: i, End: end, Text: s[i:end], Folded: stripJoiners(Fold(s[i:end])), Lower: stripJoiners(strings.ToLower(s[i:end]))})
			i = end
			continue
		}
		start, joined := i, false
		i += size
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += size
				continue
			}
			// A joiner inside a word: look at the runes on both sides.
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			next, nsize := utf8.DecodeRuneInString(s[i+size:])
			if (isDigit(prev) && isDigit(next) && strings.ContainsRune(".,/-:", r)) ||
				(isApostrophe(r) && unicode.IsLetter(prev) && unicode.IsLetter(next)) {
				joined = joined || isApostrophe(r)
				i += size + nsize
				continue
			}
			break
		}
		t := Token{Start: start, End: i, Text: s[start:i]}
		if joined {
			t.Folded, t.Lower = stripJoiners(Fold(t.Text)), stripJoiners(strings.ToLower(t.Text))
		} else {
			t.Folded, t.Lower = Fold(t.Text), strings.ToLower(t.Text)
		}
		dst = append(dst, t)
	}
	return dst
}

// Words returns the folded words of s (see Tokenize).
func Words(s string) []string {
	toks := Tokenize(s)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Folded
	}
	return out
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// acronymEnd reports whether a dotted acronym (two or more single letters,
// each followed by a dot: "U.S.", "e.g.", "т.е.") starts at i, and where it
// ends (after its last dot).
func acronymEnd(s string, i int) (int, bool) {
	n := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) || i+size >= len(s) || s[i+size] != '.' {
			break // "U.S.Army": the acronym ends before "Army"
		}
		n++
		i += size + 1
	}
	return i, n >= 2
}

// stripJoiners drops the dots and apostrophes of a lowercased word, and a
// final possessive "s" after an apostrophe.
func stripJoiners(f string) string {
	if strings.HasSuffix(f, "'s") || strings.HasSuffix(f, "’s") {
		_, size := utf8.DecodeLastRuneInString(f[:len(f)-1])
		f = f[:len(f)-1-size]
	}
	return strings.Map(func(r rune) rune {
		if r == '.' || isApostrophe(r) {
			return -1
		}
		return r
	}, f)
}

// Stem reduces a folded word to its stem, so that the forms of a word match
// each other: "expire", "expires" and "expired" are "expir"; "санкции" and
// "санкций" are "санкц". Cyrillic words go to the Russian Snowball stemmer,
// a–z ones to the English stemmer; anything else (digits, other scripts,
// mixed) is left alone.
//
// A stem always begins with the word's first letter (Snowball only rewrites
// endings), which lets a caller rule words out cheaply before stemming them.
//
// The language comes from the script alone, never from the text around the
// word, because the keyword index stems an article and a question separately
// and both must stem a word the same way. Folded Vietnamese syllables go to
// the English stemmer too, which does them no harm (TestStemLeavesVietnamese):
// it changes none of the 286 distinct syllables (1,160 tokens) of the seed
// corpus's Vietnamese articles, and 11 of the 4,471 that the syllable
// grammar in lang.go generates, none of them seen in the seeds: y-final
// spellings of i-final syllables ("thy" to "thi", "try" to "tri") and two
// non-syllables ("giing", "quing"). A syllable has one vowel group, and
// English suffixes need two.
//
// Speed (BenchmarkStem, AMD EPYC, 2 cores shared): 0.74 µs and one
// allocation a word; Analyze runs at 10.7 MB/s, about 0.1 ms for a 900-rune
// chunk at ingest and some 15 µs for a question.
func Stem(word string) string {
	if word == "" {
		return word
	}
	latin, cyrillic := true, true
	for _, r := range word {
		switch {
		case 'a' <= r && r <= 'z':
			cyrillic = false
		case unicode.Is(unicode.Cyrillic, r):
			latin = false
		default:
			return word // digits, other scripts, mixed
		}
	}
	switch {
	case latin:
		return english.Stem(americanSpelling(word), true)
	case cyrillic:
		return participleStem(word, russian.Stem(word, true))
	}
	return word
}

// participleStem gives a Russian passive participle in -енн- the stem of
// its short form and of its verb, as Snowball already does for those in
// -анн-/-янн- ("подписанного", "подписан", "подписала" are all
// "подписа"): Snowball keeps "осужденного" as "осужден" but cuts
// "осужден" (the short form, "Сухарев осуждён") and "осудили"'s kin to
// "осужд", so a question in one form missed a story in the other
// ("назначен" and "назначенного", "освобождены" and "освобожденных").
// Adjectives in -енн- ("государственный", "временный") lose the suffix
// too, consistently in all their forms; a root shorter than four letters
// keeps it ("военный" stays "воен", not "во").
func participleStem(word, stem string) string {
	root, ok := strings.CutSuffix(stem, "ен")
	if !ok || utf8.RuneCountInString(root) < 4 {
		return stem
	}
	if strings.HasPrefix(word, root+"енн") && adjectiveEndings[word[len(root)+len("енн"):]] {
		return root
	}
	return stem
}

// adjectiveEndings are Snowball's Russian adjectival endings: after -енн-
// they make a participle's full form ("осужденного"), unlike a noun made
// from it ("договоренность" is no "договор").
var adjectiveEndings = map[string]bool{
	"ее": true, "ие": true, "ые": true, "ое": true, "ими": true, "ыми": true, "ей": true, "ий": true, "ый": true, "ой": true,
	"ем": true, "им": true, "ым": true, "ом": true, "его": true, "ого": true, "ему": true, "ому": true, "их": true, "ых": true,
	"ую": true, "юю": true, "ая": true, "яя": true, "ою": true, "ею": true,
}

// Terms returns the content terms of s in order, repeats included: its
// folded words without stop words and single letters, stemmed.
func Terms(s string) []string {
	var out []string
	for _, t := range Tokenize(s) {
		if IsContentWord(t.Folded) {
			out = append(out, Stem(t.Folded))
		}
	}
	return out
}

// Analyze returns the form of s that the keyword index stores and matches:
// every folded word, stemmed, joined by single spaces. Stop words stay, so
// that a quoted phrase matches as written.
func Analyze(s string) string {
	return analyze(s, Stem)
}

func analyze(s string, stem func(string) string) string {
	toks := Tokenize(s)
	var b strings.Builder
	b.Grow(len(s))
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(stem(t.Folded))
	}
	return b.String()
}

// Analyzer is Analyze and Stem with a memo of stems, for analysing many
// texts in a row: Snowball costs about 0.7 µs a word, and news text repeats
// its words, so rebuilding a keyword index of 10,000 chunks took 2.1 s with
// Analyze and 0.4 s with one Analyzer (BenchmarkRebuildKeywordIndex, whose
// text repeats more than news does). The
// memo is bounded (analyzerMemo words, then it starts over). The zero value
// is ready to use; an Analyzer is not safe for concurrent use.
type Analyzer struct {
	stems map[string]string
}

const analyzerMemo = 1 << 16

// Stem is corpus.Stem, memoised.
func (a *Analyzer) Stem(word string) string {
	if st, ok := a.stems[word]; ok {
		return st
	}
	if a.stems == nil || len(a.stems) >= analyzerMemo {
		a.stems = make(map[string]string, 1024)
	}
	st := Stem(word)
	a.stems[word] = st
	return st
}

// Analyze is corpus.Analyze, with memoised stems.
func (a *Analyzer) Analyze(s string) string {
	return analyze(s, a.Stem)
}

// AnalyzerVersion names the behaviour of Analyze. A keyword index built by
// another version must be rebuilt, since its stored terms would not match
// the terms of a query; so bump it with any change to Tokenize, Fold or Stem
// that changes what Analyze returns (TestAnalyze pins a sample).
const AnalyzerVersion = "4-snowball-0.10.0-american-participles"

// IsContentWord reports whether a folded word may carry a topic: longer
// than one letter (single letters are initials) and not a stop word in any
// language.
func IsContentWord(folded string) bool {
	return utf8.RuneCountInString(folded) > 1 && !IsStopWord("", folded)
}
