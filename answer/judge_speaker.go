package answer

import (
	"strings"

	"github.com/detente/detente/corpus"
)

// The speaker by office. "What did Russia's foreign minister say about
// the license?" names its speaker by an office and the side it belongs
// to; an article that quotes Russia's deputy foreign minister, the US
// Secretary of State or Turkey's energy minister on the license does not
// answer it, though it holds "foreign minister" or "министр энергетики"
// and the side somewhere. The office must be written bound to its side
// (within three words, nothing of a deputy before it) in a sentence
// beside what the question asks about, as a named speaker must be (see
// speakerBound). A question that also names the person is judged by the
// name.

// sayOffice is the office a "what did <office> say" question names as
// its speaker: the office in every spelling the lexicon gives it, and the
// concept of the side (a country, an agency) the question binds it to.
type sayOffice struct {
	office concept
	side   int
	// deputy: the question asks for a deputy ("Phó Giám đốc NASA"), whose
	// office the phrase holds.
	deputy bool
	// sideNamed: the side is a name that may be the speaker himself
	// ("посол Антонов", "Giám đốc NASA" are written alike): the office
	// must be bound to it somewhere, and the name speaks where it is.
	sideNamed bool
}

// speakerOffices are the offices a speaker is named by, lower-cased, as
// written in vi/en/ru questions; the longest at a position is taken.
var speakerOffices = setOf(
	"foreign minister", "defence minister", "defense minister", "defense secretary", "minister", "prime minister", "secretary of state", "secretary", "ambassador", "spokesman",
	"spokeswoman", "spokesperson", "director", "head", "chief", "president", "envoy", "administrator", "governor", "chairman",
	"министр", "министр иностранных дел", "министр обороны", "премьер-министр", "посол", "глава", "директор", "руководитель", "президент",
	"пресс-секретарь", "представитель", "спецпосланник", "губернатор", "председатель",
	"bộ trưởng", "bộ trưởng ngoại giao", "bộ trưởng quốc phòng", "ngoại trưởng", "đại sứ", "giám đốc", "tổng giám đốc", "người phát ngôn", "tổng thống", "chủ tịch",
	"thủ tướng", "người đứng đầu", "đặc phái viên", "thống đốc",
)

// officeSpeaker returns the office a "what did X say" question names as
// its speaker and the side it binds it to ("Russia's foreign minister",
// "министр энергетики России", "Giám đốc NASA"), or nil when it names
// none, binds it to nothing, or names a person who may be the speaker
// (the name decides then). t are the question's stemmed terms.
func officeSpeaker(query string, t terms, cons []Constraint, speakers map[string]bool) *sayOffice {
	toks := corpus.Tokenize(query)
	start, end := -1, -1
	for i := range toks {
		for n := min(4, len(toks)-i); n >= 1; n-- {
			var ws []string
			for _, w := range toks[i : i+n] {
				ws = append(ws, w.Lower)
			}
			if speakerOffices[strings.Join(ws, " ")] {
				start, end = i, i+n
				break
			}
		}
		if start >= 0 {
			break
		}
	}
	if start < 0 {
		return nil
	}
	deputy := start > 0 && deputyWords[toks[start-1].Lower]
	if deputy {
		start--
	}
	qc := stemmedText(query)
	side, sideNamed := -1, false
	for _, k := range cons {
		if k.Kind != KindName && k.Kind != KindTopic {
			continue
		}
		bound := false
		for _, y := range runStarts(&qc, t.concepts[k.concepts[0]]) {
			bound = bound || y >= end && y-end < 3 || y < start && start-y <= 3
		}
		switch {
		case bound && side < 0:
			side, sideNamed = k.concepts[0], speakers[k.Text]
		case speakers[k.Text]:
			return nil // a person, or a second side: the name decides
		}
	}
	if side < 0 {
		return nil
	}
	var ws []string
	for _, w := range toks[start:end] {
		ws = append(ws, w.Lower)
	}
	return &sayOffice{office: headTerm(strings.Join(ws, " ")), side: side, deputy: deputy, sideNamed: sideNamed}
}

// officeSentences returns the sentences of c that write q's speaking
// office bound to its side (see officeSpeaker), and whether c writes it
// so only as a deputy's ("Phó Giám đốc NASA" for "Giám đốc NASA"); ok is
// false when the article's language cannot spell the office or the side,
// or it never writes the office, and nothing can be judged.
func officeSentences(c *candidate, q *question, srcLang string) (at map[int]bool, deputyOnly, ok bool) {
	o := q.sayOffice
	side := q.t.concepts[o.side]
	if !spellable(o.office, srcLang, q, false) || !spellable(side, srcLang, q, true) {
		return nil, false, false
	}
	sides := runStarts(c, side)
	at = map[int]bool{}
	seen := false
	for _, a := range o.office.alts {
		for _, p := range c.at[a.words[0]] {
			n := len(a.words)
			if !c.wholeAt(a, p) {
				continue
			}
			seen = true
			deputy := !o.deputy && deputyBefore(c, p)
			for _, y := range sides {
				if c.sent[y] == c.sent[p] && (y >= p+n && y-(p+n) < 3 || y < p && p-y <= 3) {
					if deputy {
						deputyOnly = true
					} else {
						at[c.sent[p]] = true
					}
				}
			}
		}
	}
	// An article that never writes the office may call it otherwise
	// ("NASA Administrator" for "Giám đốc NASA"): nothing to judge.
	return at, deputyOnly && len(at) == 0, seen
}

// deputyBefore reports whether the office at p of c is a deputy's or an
// assistant's ("Deputy Foreign Minister", "Phó Giám đốc", "Trợ lý Ngoại
// trưởng", "заместитель министра").
func deputyBefore(c *candidate, p int) bool {
	if p == 0 || c.sent[p-1] != c.sent[p] {
		return false
	}
	return deputyWords[c.lower[p-1]] || p > 1 && c.lower[p-2] == "trợ" && c.lower[p-1] == "lý"
}
