package retrieval

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/detente/detente/corpus"
)

// A name across scripts, by resemblance. nameGroups and latinNameGroup
// guess a name's spelling in the other script, and a guess can miss the
// press's: "Толмачёв" is romanized "tolmachev", the report writes
// "Tolmachyov"; "Артём" is "artem", the report "Artyom"; "Хейл" is
// "kheyl", the report "Hale". The gate then found no evidence in the one
// story that answers. A capitalised word of the passage whose consonant
// skeleton is the name's counts as the name: the tolerance the judge uses
// to decide a name is absent (answer/judge_names.go, which calls
// NameSkeleton and SkeletonResembles), so the gate lets through exactly the stories the
// judge would not reject for lacking the person.

// nameKeysOf returns the skeletons of a name group's spellings, none when
// its question word is too short to judge by (as the judge: four letters).
func nameKeysOf(g conceptGroup) map[string]bool {
	if len(g.words) != 1 || len([]rune(g.words[0])) < 4 {
		return nil
	}
	keys := map[string]bool{}
	for _, sp := range g.spellings {
		for _, k := range NameSkeletons(sp) {
			keys[k] = true
		}
	}
	return keys
}

// capitalisedResembles reports whether a capitalised word of the passage,
// by its skeleton (a Cyrillic word's by its stem too, for its case
// ending), resembles one of keys.
func capitalisedResembles(toks []corpus.Token, keys map[string]bool) bool {
	for _, t := range toks {
		r := []rune(t.Text)
		if len(r) == 0 || !unicode.IsUpper(r[0]) {
			continue
		}
		forms := []string{t.Lower}
		if unicode.Is(unicode.Cyrillic, r[0]) {
			forms = append(forms, corpus.NameStem(t.Folded))
		}
		for _, f := range forms {
			if SkeletonsResemble(NameSkeletons(f), keys) {
				return true
			}
		}
	}
	return false
}

// SkeletonResembles reports whether skeleton k is one of keys, or one
// begins the other and is at most two letters shorter (a case ending or
// an adjective's suffix: "kzn" of "kznsk", Казанского).
func SkeletonResembles(k string, keys map[string]bool) bool {
	if keys[k] {
		return true
	}
	for key := range keys {
		short, long := k, key
		if len(short) > len(long) {
			short, long = long, short
		}
		if len(short) >= 3 && strings.HasPrefix(long, short) && len(long)-len(short) <= 2 {
			return true
		}
	}
	return false
}

// NameSkeleton is the consonants a name is written with, in Latin
// letters, after the spellings that differ between transliterations are
// made one ("kh" and "h", "ts" and "tz", "w" and "v", doubled letters);
// a Cyrillic word is romanized first. Its first letter is kept, a vowel
// or not, an initial "a" written "e".
func NameSkeleton(w string) string {
	w = Romanize(corpus.Fold(w))
	if w == "" || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
		return ""
	}
	// Polish "sz" and "cz" are "ш" and "ч" ("Szymański" Шиманский,
	// "Czarnecki" Чарнецкий; Hungarian "sz" is "с", one with "ш" here),
	// German "sch" is "ш" ("Schneider" Шнайдер): read before the c rules
	// take the "c" for a "к".
	w = centralDigraphs.Replace(w)
	// An English c is said, and transcribed, as k or as s ("Claire" is
	// "Клэр", "Cecil" "Сесил"); "ch" is left to skeletonSpellings.
	w = softC.ReplaceAllString(w, "s$1")
	w = hardC.ReplaceAllString(w, "k$1")
	for _, r := range skeletonSpellings {
		w = strings.ReplaceAll(w, r[0], r[1])
	}
	// An English initial "a" said as in "cat" is transcribed "э"
	// ("Ashby" is "Эшби", "Allison" "Эллисон"), others keep "а"
	// ("Adams" "Адамс"): an initial a and e are one.
	if w[0] == 'a' {
		w = "e" + w[1:]
	}
	var b strings.Builder
	var last rune
	for i, r := range w {
		vowel := strings.ContainsRune("aeiouy", r)
		if i > 0 && (vowel || r == last || r == 'h') {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// NameSkeletons returns the skeletons a name written in Latin letters
// may have as the language it comes from reads it, the first being
// NameSkeleton's. A letter with a háček or a cedilla is its own sound,
// which folding loses: "Vučić" is Вучич, not "vucic"; "Țurcan" Цуркан
// (latinLetters spells them as the press romanizes Russian). And "ch" is
// "ч" in English and Spanish, "к" in Italian, Romanian and names from
// Greek ("Marchetti" Маркетти, "Chiriac" Кирияк, "Christensen"
// Кристенсен), "ш" in French and Portuguese ("Chirac" Ширак) and "х" in
// German and Czech ("Bach" Бах): each reading is a skeleton.
// A word of any other script has NameSkeleton's alone.
func NameSkeletons(w string) []string {
	var out []string
	add := func(s string) {
		if k := NameSkeleton(s); k != "" && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	add(w)
	lower := strings.ToLower(w)
	if strings.ContainsFunc(lower, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) {
		return out
	}
	spellings := []string{corpus.Fold(lower)}
	if m := latinLetters.Replace(lower); m != lower {
		spellings = append(spellings, corpus.Fold(m))
	}
	for _, s := range slices.Clone(spellings) {
		// German reads "z" as "ц" and "s" before a vowel as "з"
		// ("Schulz" Шульц, "Salzburg" Зальцбург, "Rosenberg"
		// Розенберг).
		if strings.ContainsAny(s, "sz") {
			spellings = append(spellings, germanReading(s))
		}
	}
	for _, s := range spellings {
		add(s)
		if strings.Contains(s, "ch") && !strings.Contains(s, "sch") {
			for _, r := range []string{"k", "sh"} {
				add(strings.ReplaceAll(s, "ch", r))
			}
			// "х" only where German and Czech write it, before a
			// consonant or at the end ("Bach", "Albrecht"): a Russian х
			// leaves no letter in a skeleton, and so every "ch" read so
			// would make "Marchetti" a "Martov".
			add(germanCh.ReplaceAllString(s, "kh$1"))
		}
	}
	return out
}

// germanReading spells a folded Latin name as German says it: "z" as
// "ts", and "s" as "z" before a vowel at the start or between vowels.
func germanReading(s string) string {
	b := []byte(s)
	var out strings.Builder
	for i, c := range b {
		switch {
		case c == 'z' && (i == 0 || b[i-1] != 't'):
			out.WriteString("ts")
		case c == 's' && i+1 < len(b) && isVowelASCII(b[i+1]) && (i == 0 || isVowelASCII(b[i-1])):
			out.WriteByte('z')
		default:
			out.WriteByte(c)
		}
	}
	return out.String()
}

// SkeletonsResemble reports whether one of skeletons ks resembles one of
// keys (SkeletonResembles).
func SkeletonsResemble(ks []string, keys map[string]bool) bool {
	return slices.ContainsFunc(ks, func(k string) bool { return SkeletonResembles(k, keys) })
}

var (
	// latinLetters spells the letters of Central European and Romanian
	// names that folding would read as plain ones.
	latinLetters = strings.NewReplacer("č", "ch", "ć", "ch", "š", "sh", "ș", "sh", "ş", "sh", "ž", "zh", "ż", "zh", "ź", "zh",
		"ț", "ts", "ţ", "ts", "ř", "rzh", "ñ", "ny", "ł", "l")
	centralDigraphs = strings.NewReplacer("sch", "sh", "sz", "sh", "cz", "ch")
	germanCh        = regexp.MustCompile(`ch([^aeiouy]|$)`)

	softC = regexp.MustCompile(`c([eiy])`)
	hardC = regexp.MustCompile(`c([^eiyh]|$)`)
)

// skeletonSpellings makes one the spellings transliterations differ in,
// replaced in this order.
var skeletonSpellings = [][2]string{
	{"dg", "dzh"}, {"shch", "s"}, {"kh", "h"}, {"zh", "z"}, {"ts", "c"}, {"tz", "c"}, {"ch", "c"}, {"sh", "s"},
	{"ck", "k"}, {"ph", "f"}, {"w", "v"}, {"x", "ks"}, {"q", "k"}, {"j", "y"},
}

// A word borrowed across scripts. Technical and international words
// reach Russian by transliteration ("транспондер", "томограф",
// "микросхема"), and the lexicon cannot list each: a Russian question's
// "транспондеры" over an English report of "transponders" (or the other
// way round) was unreachable, so a question with no name was no relevant
// passage though its thing was written in the report. Compared as names
// are, by consonant skeleton (NameSkeleton), after the Cyrillic word's
// case ending is stemmed off; the Latin word's ending is within
// SkeletonResembles's tolerance ("trnspndrs" begins with "trnspndr").

// minLoanSkeleton is the fewest consonants of a loanword's skeleton: a
// shorter one ("drn" of "дрон", "prt" of "порт") is shared by unrelated
// words of the other language.
const minLoanSkeleton = 5

// loanKey is the skeleton a question's stem w is compared by as a loanword,
// "" for a word too short to tell.
func loanKey(w string) string {
	if k := NameSkeleton(w); len(k) >= minLoanSkeleton {
		return k
	}
	return ""
}

// loanwordIn reports whether a word of the passage, written in the script
// the question's word is not (Cyrillic when passageCyr), has a skeleton
// that resembles key.
func loanwordIn(toks []corpus.Token, key string, passageCyr bool) bool {
	keys := map[string]bool{key: true}
	for _, t := range toks {
		f := t.Folded
		if utf8.RuneCountInString(f) < minLoanSkeleton || cyrillicText(f) != passageCyr {
			continue
		}
		if passageCyr {
			f = corpus.Stem(f)
		}
		if k := NameSkeleton(f); len(k) >= minLoanSkeleton && SkeletonResembles(k, keys) {
			return true
		}
	}
	return false
}
