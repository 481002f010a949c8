package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Latin-script languages DetectLang scores, by bit position.
const (
	lVI = iota
	lEN
	lFR
	lDE
	lES
	lIT
	lPT
	lID
	lNL
	lTR
	lPL
	numLatin
)

var latinCodes = [numLatin]string{"vi", "en", "fr", "de", "es", "it", "pt", "id", "nl", "tr", "pl"}

// langWords maps a lowercase word to the set (bitmask) of languages whose
// list holds it. Vietnamese keys are folded; other keys keep their accents
// and a folded twin is not added. Built once, read-only afterwards.
var langWords = buildLangWords()

func buildLangWords() map[string]uint16 {
	m := make(map[string]uint16, 1500)
	for i, list := range [numLatin]string{wordsVI, wordsEN, wordsFR, wordsDE, wordsES, wordsIT, wordsPT, wordsID, wordsNL, wordsTR, wordsPL} {
		for _, w := range strings.Fields(list) {
			m[strings.ToLower(w)] |= 1 << i
		}
	}
	// Every well-formed unaccented Vietnamese syllable, so that checking a
	// word costs one map lookup (about 4,000 keys).
	for _, ini := range viInitials {
		for _, n := range viOpenNuclei {
			m[ini+n] |= viSyllableBit
		}
		for _, n := range viClosedNuclei {
			for _, f := range viFinals {
				m[ini+n+f] |= viSyllableBit
			}
		}
	}
	return m
}

// viSyllableBit marks keys of langWords that are well-formed Vietnamese
// syllables (folded), listed or not.
const viSyllableBit = 1 << 15

// langSampleBytes bounds how much of a long text DetectLang reads: the
// first few kilobytes of an article decide as well as the whole of it.
const langSampleBytes = 4096

// IsLangCode reports whether s has the shape of a language code as the
// lexicon's columns and the stored user languages use them: two or three
// lower-case ASCII letters (ISO 639-1, or 639-3 where there is no 639-1).
func IsLangCode(s string) bool {
	if len(s) < 2 || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// DetectLang returns the ISO 639-1 code of s ("vi", "en", "ru", "zh", ...),
// or "" when it cannot tell. Must be right on short questions, including
// Vietnamese typed without diacritics.
//
// It first finds the dominant script: most scripts name their language
// outright (Hangul is Korean, Thai is Thai), and a few letters settle the
// rest (Ukrainian і/ї/є among Cyrillic, kana among Han). Latin-script text
// is scored word by word against small embedded lists (see lang_words.go),
// with Vietnamese also recognised by its letters (ơ ư ă đ and the stacked
// tone marks) and, unaccented, by its syllables. Text with no letters, or
// whose best two languages are too close, gives "".
func DetectLang(s string) string {
	if len(s) > langSampleBytes {
		cut := langSampleBytes
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	var sc scriptCounts
	sc.count(s)
	if sc.marks > 0 {
		// Decomposed text (macOS, some PDFs): compose it so Vietnamese
		// shows its letters. Checked this way round because asking norm
		// whether every string is NFC would cost more than detection.
		s = norm.NFC.String(s)
		sc = scriptCounts{}
		sc.count(s)
	}
	switch sc.dominant() {
	case scriptNone:
		return ""
	case scriptLatin:
		return detectLatin(s)
	case scriptCyrillic:
		switch {
		case sc.ukrainian > 0:
			return "uk"
		case sc.belarusian > 0:
			return "be"
		case sc.serbian > 0:
			return "sr"
		}
		return "ru"
	case scriptGreek:
		return "el"
	case scriptArabic:
		switch {
		case sc.urdu > 0:
			return "ur"
		case sc.persian > 0:
			return "fa"
		}
		return "ar"
	case scriptHebrew:
		return "he"
	case scriptHan:
		if sc.kana > 0 {
			return "ja"
		}
		return "zh"
	case scriptKana:
		return "ja"
	case scriptHangul:
		return "ko"
	case scriptThai:
		return "th"
	case scriptDevanagari:
		return "hi"
	case scriptBengali:
		return "bn"
	case scriptTamil:
		return "ta"
	case scriptGeorgian:
		return "ka"
	case scriptArmenian:
		return "hy"
	case scriptKhmer:
		return "km"
	case scriptLao:
		return "lo"
	case scriptMyanmar:
		return "my"
	}
	return ""
}

type script int

const (
	scriptNone script = iota
	scriptLatin
	scriptCyrillic
	scriptGreek
	scriptArabic
	scriptHebrew
	scriptHan
	scriptKana
	scriptHangul
	scriptThai
	scriptDevanagari
	scriptBengali
	scriptTamil
	scriptGeorgian
	scriptArmenian
	scriptKhmer
	scriptLao
	scriptMyanmar
	numScripts
)

// scriptCounts tallies letters per script and the few letters that split a
// script between languages.
type scriptCounts struct {
	n                              [numScripts]int
	ukrainian, belarusian, serbian int
	persian, urdu                  int
	kana                           int
	marks                          int // combining diacritics: input is not NFC
}

func (c *scriptCounts) count(s string) {
	inURL := false
	for i, r := range s {
		if r < utf8.RuneSelf {
			switch {
			case r == ' ' || r == '\n' || r == '\t':
				inURL = false
			case inURL:
			case r == ':' && strings.HasPrefix(s[i:], "://"), r == '@':
				inURL = true // links and e-mail addresses say nothing about the language
			case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z':
				c.n[scriptLatin]++
			}
			continue
		}
		if inURL {
			continue
		}
		switch {
		case r >= 0x0300 && r <= 0x036f:
			c.marks++
		case r <= 0x024f || (r >= 0x1e00 && r <= 0x1eff):
			if unicode.IsLetter(r) {
				c.n[scriptLatin]++
			}
		case r >= 0x0400 && r <= 0x04ff:
			c.n[scriptCyrillic]++
			switch r {
			case 'і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ':
				c.ukrainian++
			case 'ў', 'Ў':
				c.belarusian++
			case 'ђ', 'ћ', 'џ', 'љ', 'њ', 'ј', 'Ђ', 'Ћ', 'Џ', 'Љ', 'Њ', 'Ј':
				c.serbian++
			}
		case r >= 0x0370 && r <= 0x03ff, r >= 0x1f00 && r <= 0x1fff:
			c.n[scriptGreek]++
		case r >= 0x0600 && r <= 0x06ff:
			if unicode.IsLetter(r) {
				c.n[scriptArabic]++
			}
			switch r {
			case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی':
				c.persian++
			case 'ے', 'ں', 'ٹ', 'ڈ', 'ڑ':
				c.urdu++
			}
		case r >= 0x0590 && r <= 0x05ff:
			c.n[scriptHebrew]++
		case unicode.Is(unicode.Han, r):
			c.n[scriptHan] += 2 // one character carries about a word
		case r >= 0x3040 && r <= 0x30ff:
			c.n[scriptKana] += 2
			c.kana++
		case unicode.Is(unicode.Hangul, r):
			c.n[scriptHangul] += 2
		case r >= 0x0e00 && r <= 0x0e7f:
			c.n[scriptThai]++
		case r >= 0x0900 && r <= 0x097f:
			c.n[scriptDevanagari]++
		case r >= 0x0980 && r <= 0x09ff:
			c.n[scriptBengali]++
		case r >= 0x0b80 && r <= 0x0bff:
			c.n[scriptTamil]++
		case r >= 0x10a0 && r <= 0x10ff:
			c.n[scriptGeorgian]++
		case r >= 0x0530 && r <= 0x058f:
			c.n[scriptArmenian]++
		case r >= 0x1780 && r <= 0x17ff:
			c.n[scriptKhmer]++
		case r >= 0x0e80 && r <= 0x0eff:
			c.n[scriptLao]++
		case r >= 0x1000 && r <= 0x109f:
			c.n[scriptMyanmar]++
		}
	}
}

// dominant returns the script with the most letters (Latin loses ties:
// a Latin name inside Russian text is common, the reverse is rarer).
func (c *scriptCounts) dominant() script {
	best, bestN := scriptNone, 0
	for sc := scriptCyrillic; sc < numScripts; sc++ {
		if c.n[sc] > bestN {
			best, bestN = sc, c.n[sc]
		}
	}
	if c.n[scriptLatin] > bestN {
		return scriptLatin
	}
	return best
}

// Score weights. A listed word is one point for each language listing it;
// letters only one language uses add more.
const (
	wordHit      = 1.0
	viLetterHit  = 2.0 // ơ ư ă đ or a stacked Vietnamese tone mark
	viSyllable   = 0.3 // not listed but a well-formed Vietnamese syllable
	letterHint   = 0.7 // ñ, ß, ã, ı, ł ...
	nameWeight   = 0.4 // a capitalised word inside a sentence
	minScore     = 1.0
	minRatio     = 1.25 // best must beat the runner-up by this factor
	maxTokenSize = 48
)

// detectLatin scores Latin-script text word by word.
//
// It scans words itself rather than calling Tokenize: on a 4 KB Vietnamese
// sample DetectLang takes 51 µs without allocating, while Tokenize alone
// takes 61 µs and 698 allocations (AMD EPYC, shared), and detection runs on
// every question and article. It also wants what Tokenize folds away: the
// lowercase word with its accents (ñ, ß, ł are evidence) and links skipped.
func detectLatin(s string) string {
	var score [numLatin]float64
	var lower, folded [maxTokenSize]byte
	for i := 0; i < len(s); {
		// Skip to the next letter; drop links and e-mail addresses whole.
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		start := i
		for i < len(s) {
			r, size = utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
				break
			}
			i += size
		}
		if i < len(s) && (s[i] == ':' || s[i] == '@' || (s[i] == '.' && strings.HasPrefix(s[start:], "www"))) {
			for i < len(s) && s[i] != ' ' && s[i] != '\n' && s[i] != '\t' {
				i++
			}
			continue
		}
		// A capitalised word inside a sentence is usually a name, and names
		// travel between languages ("President Nguyễn Xuân Phúc said").
		weight := 1.0
		if first, _ := utf8.DecodeRuneInString(s[start:]); unicode.IsUpper(first) && !sentenceStart(s, start) {
			weight = nameWeight
		}
		scoreToken(s[start:i], weight, &score, lower[:0], folded[:0])
	}
	best, second := -1, -1
	for l := range score {
		switch {
		case best < 0 || score[l] > score[best]:
			best, second = l, best
		case second < 0 || score[l] > score[second]:
			second = l
		}
	}
	if score[best] < minScore || score[best] < minRatio*score[second] {
		return ""
	}
	return latinCodes[best]
}

// scoreToken adds one word's evidence to score. lower and folded are
// scratch buffers, so scoring allocates nothing.
func scoreToken(tok string, weight float64, score *[numLatin]float64, lower, folded []byte) {
	if len(tok) > maxTokenSize {
		return
	}
	viLetters := false
	for _, r := range tok {
		if r < utf8.RuneSelf {
			lower = append(lower, byte(unicode.ToLower(r)))
			folded = append(folded, byte(unicode.ToLower(r)))
			continue
		}
		lr := unicode.ToLower(r)
		lower = utf8.AppendRune(lower, lr)
		folded = appendFolded(folded, lr)
		switch {
		case lr == 'ơ' || lr == 'ư' || lr == 'ă' || lr == 'đ' || (lr >= 0x1ea0 && lr <= 0x1ef9):
			viLetters = true
		case lr == 'ñ':
			score[lES] += letterHint
		case lr == 'ß':
			score[lDE] += letterHint
		case lr == 'ä':
			score[lDE] += letterHint
		case lr == 'ã' || lr == 'õ':
			score[lPT] += letterHint / 2 // Vietnamese uses them too
		case lr == 'ı' || lr == 'ş' || lr == 'ğ':
			score[lTR] += letterHint
		case lr == 'ł' || lr == 'ą' || lr == 'ę' || lr == 'ś' || lr == 'ź' || lr == 'ż' || lr == 'ń' || lr == 'ć':
			score[lPL] += letterHint
		case lr == 'œ' || lr == 'ë' || lr == 'ï' || lr == 'û':
			score[lFR] += letterHint
		}
	}
	if viLetters {
		score[lVI] += weight * viLetterHit
	}
	if len(folded) < 2 { // single letters are in every language
		return
	}
	if mask := langWords[string(lower)]; mask != 0 {
		for l := 1; l < numLatin; l++ { // Vietnamese is matched folded, below
			if mask&(1<<l) != 0 {
				score[l] += weight * wordHit
			}
		}
	}
	if fm := langWords[string(folded)]; fm&(1<<lVI) != 0 {
		score[lVI] += weight * wordHit
	} else if !viLetters && fm&viSyllableBit != 0 {
		score[lVI] += weight * viSyllable
	}
}

// sentenceStart reports whether the word at s[i] begins the text or a
// sentence (only spaces and quotes between it and a terminator or newline).
func sentenceStart(s string, i int) bool {
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		switch {
		case r == '.' || r == '!' || r == '?' || r == '\n' || r == '…' || r == ':' || r == '¿' || r == '¡':
			return true
		case unicode.IsSpace(r) || r == '"' || r == '“' || r == '\'' || r == '(' || r == '«' || r == '-':
			i -= size
		default:
			return false
		}
	}
	return true
}

// appendFolded appends the accent-free form of the lowercase rune r.
func appendFolded(b []byte, r rune) []byte {
	if r < foldTabSize {
		switch f := foldTab[r]; {
		case f == foldDrop:
			return b
		case f == foldMulti:
			m, _ := foldSpecial(r)
			return append(b, m...)
		case f > 0:
			r = f
		}
	}
	return utf8.AppendRune(b, r)
}

// Vietnamese syllable structure: an optional initial consonant, then a
// rhyme. Unaccented, most English words fail this check (clusters like
// "str", finals like "s" or "d", letters f, j, w, z).
var (
	viInitials = []string{"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
		"b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""}
	viOpenNuclei = []string{"oai", "oay", "uoi", "uou", "ieu", "yeu", "uya", "uyu", "ai", "ao", "au", "ay", "eo", "eu",
		"ia", "iu", "oi", "ua", "ui", "uu", "ya", "oe", "oa", "uy", "a", "e", "i", "o", "u", "y"}
	viClosedNuclei = []string{"uye", "uoa", "ie", "ye", "uo", "oa", "oe", "uy", "ua", "ue", "oo",
		"a", "e", "i", "o", "u", "y"}
	viFinals = []string{"ng", "nh", "ch", "c", "m", "n", "p", "t"}
)
