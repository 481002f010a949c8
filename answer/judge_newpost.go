package answer

import (
	"slices"
	"strings"

	"github.com/detente/detente/corpus"
)

// A post asked as a new one ("Who is the new Russian ambassador to the
// US?", "Tân đại sứ Nga tại Mỹ là ai?", "Кто новый посол России в
// Монголии?") is not answered by a story that names an older holder of
// that post ("Russian Ambassador Anatoly Antonov said…") or the post in
// passing ("Đại sứ Nga tại Mông Cổ đã gặp bà Hartmann") while its new
// holder is another post's. withBareOffices lets the bare office meet the
// office itself; the post's pair with its sides (meetsPost) must then be
// told as a new one where the story tells it: a new word beside the post
// ("Russia's new ambassador", "tân Đại sứ", "Đại sứ mới của Mỹ", "новым
// послом"), or an appointment in that sentence ("appointed", "назначен",
// "bổ nhiệm", credentials presented, a predecessor replaced).

// newPostAsked reports whether the question asks a post of its pairs
// (postPair) as a new one: a new word in the post's phrase, up to three
// words before it ("the new Russian ambassador") or, in Vietnamese, after
// it ("đại sứ Mỹ mới").
func newPostAsked(query string, t terms, cons []Constraint) bool {
	toks := corpus.Tokenize(query)
	folded := foldedOf(toks)
	// A question written without diacritics ("Tan dai su My tai Mong
	// Co") spells "tân" and "mới" as they fold.
	bare := !slices.ContainsFunc(toks, func(tk corpus.Token) bool { return tk.Lower != tk.Folded })
	isNew := func(i int) bool {
		tk := toks[i]
		lower := tk.Lower
		if bare && (tk.Folded == "tan" || tk.Folded == "moi") {
			lower = map[string]string{"tan": "tân", "moi": "mới"}[tk.Folded]
		}
		return isNewWord(lower, i > 0 && tk.Text != tk.Lower)
	}
	for _, k := range cons {
		if !k.post {
			continue
		}
		for _, a := range t.concepts[k.concepts[0]].alts {
			if a.weight != 1 {
				continue
			}
			i := indexRun(folded, a.words)
			if i < 0 {
				continue
			}
			end := i + len(a.words)
			for j := max(0, i-3); j < min(len(toks), end+3); j++ {
				if isNew(j) && (j < end || folded[j] == "moi") {
					return true
				}
			}
		}
	}
	return false
}

// toldNew reports whether the post at word x of c (a run of the post's
// concept) is told as a new one: a new word up to three words before it
// or in its run, "mới" up to three after it ("Đại sứ mới của Mỹ"), or an
// appointment word in its sentence.
func toldNew(c *candidate, x int) bool {
	s := c.sent[x]
	for j := max(0, x-3); j < min(len(c.words), x+4); j++ {
		if c.sent[j] != s {
			continue
		}
		w := c.lower[j]
		if !isNewWord(w, j < len(c.name) && c.name[j]) {
			continue
		}
		if j <= x+1 || w == "mới" || w == "newly" {
			return true
		}
	}
	for j := range c.words {
		if c.sent[j] != s {
			continue
		}
		w := c.words[j]
		if appointWords[c.lower[j]] || slices.ContainsFunc(appointPrefixes, func(p string) bool { return strings.HasPrefix(c.lower[j], p) }) {
			return true
		}
		if j+1 < len(c.words) && c.sent[j+1] == s && appointPairs[w+" "+c.words[j+1]] {
			return true
		}
	}
	return false
}

// isNewWord reports whether the word (folded, lower-cased) is a new word
// (newWords, "newly"): not a name's "New" (capital: "New Zealand"), nor
// a Vietnamese syllable that folds as one ("mỗi" each, "mời" invite,
// "tận", "tan").
func isNewWord(lower string, capital bool) bool {
	switch lower {
	case "new", "newly":
		return !capital
	case "mới", "tân":
		return true
	}
	return newWords[lower] // "новый", "новым": a story's folded words are cut to their match form
}

// foldedOf returns the folded words of toks.
func foldedOf(toks []corpus.Token) []string {
	out := make([]string, len(toks))
	for i, tk := range toks {
		out[i] = tk.Folded
	}
	return out
}

// appointWords, lower-cased, tell a post taken up in the sentence that names
// it: its holder appointed, nominated, presenting credentials, replacing
// a predecessor.
var appointWords = setOf("appointed", "appoints", "appoint", "appointment", "nominated", "nominates", "nominee",
	"nomination", "incoming", "credentials", "succeeds", "succeeded", "succeeding", "replaces", "replaced", "replacing")

// appointPrefixes, lower-cased, are the Russian stems
// of the same: назначен, назначил, верительные грамоты, сменит,
// новоназначенный.
var appointPrefixes = []string{"назнач", "верительн", "новоназнач", "смен"}

// appointPairs, folded, are the Vietnamese words of the same, two
// syllables each: bổ nhiệm, đề cử, quốc thư, nhậm chức, thay thế.
var appointPairs = setOf("bo nhiem", "de cu", "quoc thu", "nham chuc", "thay the", "ke nhiem")

// embassyRun reports whether the post at word x of c is the Vietnamese
// "đại sứ" of "đại sứ quán" (embassy): no ambassador is named there.
func embassyRun(c *candidate, x int) bool {
	return x+2 < len(c.words) && c.words[x] == "dai" && c.words[x+1] == "su" && c.lower[x+2] == "quán"
}
