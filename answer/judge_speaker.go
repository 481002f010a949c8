package answer

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
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
	// rank: the office by rank (judge_office.go), when the table knows
	// it; nil judges it by the question's own word.
	rank *officeRank
	// topicSide: the side of the topic (0, 1) the office belongs to, by
	// its bound name or its own ("госсекретарь"), or -1.
	topicSide int
	// text: the office as the question writes it, lower-cased.
	text string
	// former: the question asks for a former holder ("бывший посол").
	former bool
	// sideWritten: the side's first word as the question writes it, which
	// may be an acronym ("OFAC") an article spells out (acronymRun).
	sideWritten string
	// country: the side is a country (or the topic's side), whose
	// offices a story writes by their rank.
	country bool
	// organisation: the side is written as an organisation's name, not
	// one that may be the speaker's own ("the director of the Lakeshore
	// museum"; organisationWritten).
	organisation bool
}

// speakerOffices are the offices a speaker is named by, lower-cased, as
// written in vi/en/ru questions; the longest at a position is taken.
var speakerOffices = setOf(
	"foreign minister", "defence minister", "defense minister", "defense secretary", "minister", "prime minister", "secretary of state", "secretary", "ambassador", "spokesman",
	"spokeswoman", "spokesperson", "director", "head", "chief", "president", "envoy", "administrator", "governor", "chairman",
	"министр", "министр иностранных дел", "министр обороны", "премьер-министр", "посол", "глава", "директор", "руководитель", "президент",
	"пресс-секретарь", "представитель", "спецпосланник", "губернатор", "председатель", "rector", "chancellor", "ректор",
	"bộ trưởng", "bộ trưởng ngoại giao", "bộ trưởng quốc phòng", "ngoại trưởng", "đại sứ", "giám đốc", "tổng giám đốc", "người phát ngôn", "tổng thống", "chủ tịch",
	"thủ tướng", "người đứng đầu", "đặc phái viên", "thống đốc", "hiệu trưởng",
)

// officeSpeaker returns the office a "what did X say" question names as
// its speaker and the side it binds it to ("Russia's foreign minister",
// "министр энергетики России", "Giám đốc NASA"), or nil when it names
// none, binds it to nothing (and its own name to no side, as
// "госсекретарь" is bound), or names a person who may be the speaker
// (the name decides then). An office the rank table knows
// (judge_office.go) is taken first. t are the question's stemmed terms.
func officeSpeaker(query string, t terms, cons []Constraint, speakers map[string]bool) *sayOffice {
	toks := corpus.Tokenize(query)
	start, end := -1, -1
	var rank *officeRank
	deputy := false
	former := false
	if o, ok := firstOffice(toks); ok && !rankOfRole(toks, o) {
		start, end, rank, deputy, former = o.start, o.end, &o.rank, o.deputy, o.former
	}
	for i := range toks {
		if rank != nil {
			break
		}
		for n := min(4, len(toks)-i); n >= 1; n-- {
			var ws []string
			for _, w := range toks[i : i+n] {
				ws = append(ws, w.Lower)
			}
			if speakerOffices[strings.Join(ws, " ")] {
				start, end = i, i+n
				// "chief negotiator", "head coach": the role is the
				// office, "chief" its rank in it.
				if o := (officeAt{rank: officeRank{rank: "head"}, start: i, end: i + n}); rankOfRole(toks, o) {
					end++
				}
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
	if rank == nil {
		deputy = start > 0 && deputyWords[toks[start-1].Lower]
		if deputy {
			start--
		}
	}
	qc := stemmedText(query)
	about := aboutStart(toks, end)
	host := len(toks) // where an ambassador's host country starts ("посол России в США")
	if rank != nil {
		host = hostAfter(toks, officeAt{rank: *rank, start: start, end: end})
	}
	side, sideNamed, topic := -1, false, -1
	sideOrg := false
	sideText, sideWritten := "", ""
	// The saying verb ("say", "nói", "сказал"): a name after both it and
	// the office, joined to the office by no "and", is the occasion of
	// the saying ("nói gì sau chuyến thăm trung tâm Vector", "say after
	// the visit to Mikrob"), not a second speaker.
	verb := -1
	for i := range toks {
		if sayingVerb(toks, i) > 0 || sayingQuestionWords[toks[i].Folded] {
			verb = i
			break
		}
	}
	// Only of an office the rank table knows, which a story writes
	// in one of its spellings: an envoy or a spokesman is called so in
	// too many ways ("the U.S. side was led by Dana Holt, the special
	// envoy"), and the name after the verb is left to decide there.
	occasion := func(y int) bool {
		if rank == nil || verb < 0 || y <= verb || y < end {
			return false
		}
		return !slices.ContainsFunc(toks[end:min(y, len(toks))], func(t corpus.Token) bool { return listNext[t.Folded] })
	}
	if rank != nil {
		topic = rank.side
	}
	for _, k := range cons {
		if k.Kind != KindName && k.Kind != KindTopic {
			continue
		}
		bound, said, inside, hosting := false, false, false, false
		written := "" // the side as the question writes it ("OFAC")
		organisation := false
		for _, y := range runStarts(&qc, t.concepts[k.concepts[0]]) {
			if y >= end && y-end < 3 && y < host || y < start && start-y <= 3 {
				bound = true
				if y < len(toks) {
					written = toks[y].Text
					organisation = organisation || organisationWritten(toks, y)
				}
			}
			said = said || y >= about || occasion(y)
			inside = inside || y >= start && y < end
			hosting = hosting || y > host && y-host <= 3
		}
		switch {
		case inside && rank != nil:
			// Part of the office's own name ("Pentagon chief").
		case hosting && !bound:
			// Where the ambassador is posted, judged by the post's pair.
		case bound && side >= 0 && retrieval.Known(k.Text):
			// A common word of the side's name ("rector of Tomsk
			// University").
		case bound && side >= 0 && retrieval.Known(sideText):
			// The side is its proper name, not its common word.
			side, sideText, sideNamed = k.concepts[0], k.Text, speakers[k.Text] && !regionName(k.Text)
			sideWritten, sideOrg = written, organisation
		case bound && side < 0:
			sideText, sideWritten, sideOrg = k.Text, written, organisation
			side, sideNamed = k.concepts[0], speakers[k.Text] && !regionName(k.Text)
			if s := conceptSide(k.Text); s >= 0 {
				// A country is no person who may speak.
				topic, sideNamed = s, false
			}
		case said && !bound:
			// What was said ("about the Gaganyaan deal"), not who.
		case speakers[k.Text]:
			return nil // a person, or a second side: the name decides
		}
	}
	if side < 0 && (rank == nil || rank.side < 0) {
		return nil
	}
	var ws []string
	for _, w := range toks[start:end] {
		ws = append(ws, w.Lower)
	}
	return &sayOffice{office: officeTerm(strings.Join(ws, " ")), side: side, deputy: deputy, sideNamed: sideNamed,
		rank: rank, topicSide: topic, text: strings.Join(ws, " "), former: former, sideWritten: sideWritten, organisation: sideOrg,
		country: topic >= 0 || side >= 0 && regionName(sideText)}
}

// officeTerm is headTerm of an office a question names its speaker by,
// with the spellings of officeWordGroups the lexicon does not give.
func officeTerm(w string) concept {
	con := headTerm(w)
	for _, g := range officeWordGroups {
		if !slices.Contains(g, w) {
			continue
		}
		var alts []alternative
		for _, sp := range g {
			if sp != w {
				alts = append(alts, phraseOf(sp).alternative(expansionWeight))
			}
		}
		con.alts = append(con.alts, stemmedTerms(terms{concepts: []concept{{alts: alts}}}).concepts[0].alts...)
	}
	return con
}

// officeWordGroups are offices in one word of vi/en/ru (lower-cased) the
// lexicon has no row for: a minister of any portfolio ("Serbia's
// transport minister", "министр транспорта Сербии", "Bộ trưởng Giao
// thông Serbia") and a university's head. They are kept here, for the
// speaker's office alone: a lexicon row for "minister" would make every
// "foreign minister" of a question a minister of any portfolio.
var officeWordGroups = [][]string{
	{"minister", "bộ trưởng", "министр"},
	{"rector", "chancellor", "hiệu trưởng", "ректор"},
}

// regionName reports whether a name a question writes is a country's or
// a territory's, in any of its spellings (retrieval.Region): "the
// President of Indonesia", "Serbia's transport minister". A country has
// offices but is no person who may be the speaker himself, as the
// "Antonov" of "Đại sứ Antonov" is.
func regionName(text string) bool {
	return retrieval.Region(text) || slices.ContainsFunc(retrieval.Expand(text), retrieval.Region)
}

// aboutStart returns the index of the first word after from that opens
// what a "what did X say" question asks about ("about", "on", "о",
// "про", "về"), or len(toks).
func aboutStart(toks []corpus.Token, from int) int {
	for i := max(from, 0); i < len(toks); i++ {
		if aboutWords[toks[i].Folded] {
			return i
		}
	}
	return len(toks)
}

// aboutWords, folded, open the matter of a saying (vi/en/ru).
var aboutWords = setOf("about", "on", "regarding", "concerning", "over", "о", "об", "обо", "про", "насчет", "относительно", "ve")

// conceptSide returns the side of the topic a constraint's text names,
// or -1. A Latin word is taken by its spelling alone: "My" written
// without its diacritics is "Mỹ", the United States, though the lexicon
// takes it so only in a question that otherwise looks Vietnamese. A
// Cyrillic word must be the topic's ("Роскосмоса" shares its first
// letters with "России").
func conceptSide(text string) int {
	for _, t := range corpus.Tokenize(text) {
		if s := wordSide(t); s >= 0 {
			return s
		}
		if cyrillic(t.Folded) {
			continue
		}
		for i, keys := range sideKeys() {
			if keys[matchKey(matchForm(t))] {
				return i
			}
		}
	}
	// A side in several words ("United States", "White House") by its
	// one-word spellings ("Mỹ", "США").
	if len(corpus.Tokenize(text)) > 1 {
		for _, sp := range retrieval.Expand(text) {
			if toks := corpus.Tokenize(sp); len(toks) == 1 {
				if s := wordSide(toks[0]); s >= 0 {
					return s
				}
			}
		}
	}
	return -1
}

// officeSentences returns the sentences of c that write q's speaking
// office bound to its side (see officeSpeaker), and whether c writes it
// so only as a deputy's ("Phó Giám đốc NASA" for "Giám đốc NASA"); ok is
// false when the article's language cannot spell the office or the side,
// or it never writes the office, and nothing can be judged.
func officeSentences(c *candidate, q *question, srcLang string) (at map[int]bool, deputyOnly, ok bool) {
	o := q.sayOffice
	if o.rank != nil {
		at, deputyOnly, ok = rankSentences(c, q, o, srcLang)
		// A side that may be the speaker's name ("Đại sứ Antonov",
		// "Giám đốc NASA"): an article that writes the office, but never
		// bound to it, quotes another holder of it.
		// A country's office the story never writes, in any word of its
		// rank: the story quotes someone else.
		// So for any country's office but a head's (which "leads" and
		// "heads" spell too): "Kazakhstan's health minister"
		// is not the health ministry's statement, nor a lawmaker's words
		// on the ministry's lab. An office the table ranks is written
		// in one of its spellings where its holder speaks; the country
		// spelt in the article's language (at not nil) is needed to
		// tell.
		if !ok && !o.sideNamed && (o.topicSide >= 0 || o.country && at != nil && o.rank.rank != "head") {
			return map[int]bool{}, false, true
		}
		return at, deputyOnly || ok && o.sideNamed && len(at) == 0, ok
	}
	side := q.t.concepts[o.side]
	if !spellable(o.office, srcLang, q, false) {
		return nil, false, false
	}
	var initial rune
	for _, k := range q.cons {
		if k.Kind == KindName && k.concepts[0] == o.side {
			initial, _ = utf8.DecodeRuneInString(strings.ToUpper(k.Text))
		}
	}
	var sides []int
	if spellable(side, srcLang, q, true) {
		sides = runStarts(c, side)
	} else if sides = resemblingSide(c, q, o.side); sides == nil {
		return nil, false, false
	}
	// The side's initial as the article writes it ("Висконсина" for
	// "Wisconsin"), to tell its acronym from another's.
	if len(sides) > 0 {
		initial, _ = utf8.DecodeRuneInString(strings.ToUpper(c.lower[sides[0]]))
	}
	at = map[int]bool{}
	seen, other := false, false
	for _, a := range o.office.alts {
		for _, p := range c.at[a.words[0]] {
			n := len(a.words)
			if !c.wholeAt(a, p) {
				continue
			}
			seen = true
			deputy := !o.deputy && deputyBefore(c, p)
			bound := false
			for _, y := range sides {
				if c.sent[y] == c.sent[p] && (y >= p+n && sideGap(c, p+n, y) < 3 || y < p && p-y <= 3) {
					bound = true
					if deputy {
						deputyOnly = true
						continue
					}
					at[c.sent[p]] = true
					// The holder named after the office and its side
					// ("министр энергетики Турции Селим Аксой … Аксой
					// заявил") speaks wherever he is named.
					first := sentStart(c, p)
					toks := corpus.Tokenize(c.sents[c.sent[p]])
					from := max(p+n, y+1) - first
					if h, ok := holderName(toks, from, map[int]bool{y - first: true}); ok {
						maps.Copy(at, holderMentions(c, toks, from, h, map[int]bool{y - first: true}))
					}
				}
			}
			// "Người phát ngôn Điện Kremlin Dmitry Sergeyev": the name
			// after the office's organisation is still the side's.
			near := slices.ContainsFunc(sides, func(y int) bool { return c.sent[y] == c.sent[p] && y >= p+n && y-(p+n) <= 6 })
			other = other || !bound && !deputy && !near && namedAfter(c, p+n, initial)
		}
	}
	// A side that may be the speaker's name ("Hiệu trưởng Đại học
	// Wisconsin") in an article that writes the office only of another
	// name ("Hiệu trưởng Đại học Tomsk Anatoly Vershkov"): the story
	// quotes another holder of it.
	if o.sideNamed && other && len(at) == 0 {
		deputyOnly = true
	}
	// An article that never writes the office may call it otherwise
	// ("NASA Administrator" for "Giám đốc NASA"): nothing to judge. But
	// a third country's office ("Norway's transport minister") in no
	// spelling, where the talks it hosted quote a deputy minister of
	// another country: the story quotes someone else.
	if !seen && !o.sideNamed && o.topicSide < 0 {
		return at, false, true
	}
	return at, deputyOnly && len(at) == 0, seen
}

// headOfStateWords, lower-cased, name the head of a state or a
// government an office serves ("the President's special envoy",
// "Đặc phái viên của Tổng thống Mỹ", "спецпосланник президента США",
// "cố vấn của Thủ tướng Canada"): the state written after them is the
// office's side all the same.
var headOfStateWords = setOf("president", "president's", "presidential", "prime", "tổng", "thống", "thủ", "tướng",
	"президента", "президент", "премьера", "премьер", "премьер-министра")

// headLinks, lower-cased, join an office to the head it serves and the
// head to its state ("envoy of the President of the United States").
var headLinks = setOf("of", "the", "của")

// sideGap returns the number of words of c from from up to to, but for
// the words of a head of state or government (headOfStateWords) with
// "của"/"of" before them: the distance from an office to the side it
// belongs to through its head ("envoy of the President of the United
// States" is the United States' envoy).
func sideGap(c *candidate, from, to int) int {
	gap, head, links := to-from, false, 0
	for j := from; j < to; j++ {
		switch {
		case headOfStateWords[c.lower[j]]:
			gap, head = gap-1, true
		case headLinks[c.lower[j]]:
			links++
		}
	}
	if head {
		gap -= links
	}
	return gap
}

// resemblingSide returns where c writes, in the other script, the name
// of the side of q's office (concept ci), by its resemblance
// (judge_names.go): "Wisconsin" for "Висконсинского". Nil when the name
// is too short to judge by; empty when c never writes it.
func resemblingSide(c *candidate, q *question, ci int) []int {
	for _, k := range q.cons {
		if k.Kind != KindName || k.concepts[0] != ci {
			continue
		}
		keys, _ := nameKeys(k.Text)
		if len(keys) == 0 {
			return nil
		}
		out := []int{}
		for p, w := range c.lower {
			if wordResembles(corpus.Fold(w), keys) {
				out = append(out, p)
			}
		}
		return out
	}
	return nil
}

// namedAfter reports whether the word at position p of c is a
// capitalised word of the same sentence: a name the office before it
// belongs to ("rector of Tomsk University", "ректор Томского
// университета", "Hiệu trưởng Đại học Tomsk"). An acronym may be the
// side's own ("Ректор ТГУ" for the rector of Tomsk State University):
// it is another name only when it starts with another letter of the
// side's script than the side's initial.
func namedAfter(c *candidate, p int, initial rune) bool {
	if p >= len(c.sent) {
		return false
	}
	s := c.sent[p]
	toks := corpus.Tokenize(c.sents[s])
	i := p - sentStart(c, p)
	// "of" between: "the rector of Tomsk University".
	if i < len(toks) && (toks[i].Folded == "of" || toks[i].Folded == "at") {
		i++
	}
	if i >= len(toks) || !capitalisedWord(toks[i].Text) {
		return false
	}
	w := toks[i].Text
	if strings.ToUpper(w) != w {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.Is(unicode.Cyrillic, r) == unicode.Is(unicode.Cyrillic, initial) && r != initial
}

// sentStart returns the position in c of the first word of the sentence
// that holds position p.
func sentStart(c *candidate, p int) int {
	for p > 0 && c.sent[p-1] == c.sent[p] {
		p--
	}
	return p
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

// rankSentences is officeSentences for an office the table knows by
// rank (judge_office.go): the sentences where an office of that rank and
// portfolio is the side's, by a name of the side within three words of
// it or by its own name ("Secretary of State" for the United States),
// and those that name its holder ("Roscosmos director general Andrei
// Lebedev … Lebedev said"). An office of the rank that is written only
// as a deputy's (not asked for a deputy) or a former holder's (not asked
// of the past) makes deputyOnly; one never
// written leaves nothing to judge (ok false), as does a side the
// article's language cannot spell.
func rankSentences(c *candidate, q *question, o *sayOffice, srcLang string) (at map[int]bool, deputyOnly, ok bool) {
	var side *concept
	if o.side >= 0 {
		side = &q.t.concepts[o.side]
		// A Latin name a Russian article writes as it is ("заместитель
		// администратора NASA") is spelt there, whatever the script.
		if !spellable(*side, srcLang, q, true) && o.topicSide < 0 && !slices.ContainsFunc(side.alts, c.hasRun) {
			return nil, false, false
		}
	}
	acronym := o.sideWritten
	at = map[int]bool{}
	seen := false
	first := 0
	for s, sent := range c.sents {
		toks := corpus.Tokenize(sent)
		owner := map[int]bool{} // tokens of the side's names, by their index in toks
		if side != nil {
			acronymRun(toks, acronym, owner)
			for _, a := range side.alts {
				for _, p := range c.at[a.words[0]] {
					if c.sent[p] == s && c.wholeAt(a, p) {
						for k := range a.words {
							owner[p-first+k] = true
						}
					}
				}
			}
		}
		for i := 0; i < len(toks); i++ {
			f, found := findOffice(toks, i)
			if !found || f.rank.rank != o.rank.rank || f.rank.portfolio != o.rank.portfolio {
				continue
			}
			seen = true
			bound := f.rank.side >= 0 && f.rank.side == o.topicSide
			// A side that may be the speaker's name is bound where the
			// holder is named so ("Đại sứ Nga tại Mỹ, ông Anatoly Antonov").
			skip := owner
			if o.sideNamed {
				skip = nil
			}
			holder, named := holderName(toks, f.end, skip)
			bound = bound || named && owner[holder]
			host := hostAfter(toks, f)
			for y := range owner {
				bound = bound || y >= f.end && y-f.end < 3 && y < host || y < f.start && f.start-y <= 3
			}
			// The side's country by its adjective or genitive ("Russian
			// Foreign Minister", "министр обороны России") where the
			// question's side is a country.
			for y := max(f.start-3, 0); y < min(f.end+3, host) && o.topicSide >= 0; y++ {
				if (y < f.start || y >= f.end) && topicSide(toks[y]) == o.topicSide {
					bound = true
				}
			}
			// A former holder is not the holder, unless the question asks
			// for one ("бывший посол") or of the past ("Who was…"; the
			// "did" of "what did X say" is no past of the office).
			former := f.former && !o.former && !(q.past && q.qt != qSay)
			switch {
			case !bound:
			case f.deputy && !o.deputy, former:
				deputyOnly = true
			case f.deputy == o.deputy:
				at[s] = true
				if named {
					maps.Copy(at, holderMentions(c, toks, f.end, holder, skip))
				}
			}
			i = f.end - 1
		}
		first += len(toks)
	}
	return at, deputyOnly && len(at) == 0, seen
}

// unwrittenOffice reports whether q asks what an organisation's office
// said ("the director of the Lakeshore museum") and c writes that rank of
// office in none of its spellings (the head's verbs, "leads",
// "возглавляет", among them), in any language: the story quotes someone
// else of the organisation (its curator), whoever it is. A country's
// office is judged by its rank (rankSentences), a name that may be the
// speaker's by the name.
func unwrittenOffice(c *candidate, q *question) bool {
	o := q.sayOffice
	return o != nil && o.organisation && o.rank != nil && !o.country && o.topicSide < 0 && o.side >= 0 && !rankWritten(c, o)
}

// rankWritten reports whether c writes o's office in any spelling of
// its rank and portfolio (a deputy's or a former holder's too), bound to
// anything.
func rankWritten(c *candidate, o *sayOffice) bool {
	for _, sent := range c.sents {
		toks := corpus.Tokenize(sent)
		for i := range toks {
			if f, found := findOffice(toks, i); found && f.rank.rank == o.rank.rank && f.rank.portfolio == o.rank.portfolio {
				return true
			}
		}
	}
	return false
}

// organisationWritten reports whether the name at y of a question's
// words is written as an organisation's, not as a person who may be the
// speaker himself ("Đại sứ Antonov"): after "the" ("the director of the
// Lakeshore museum", "the Kunstkamera"), which a person's name never
// takes. An acronym ("глава НАСА", "директор ОИЯИ") is not taken: an
// acronym a question writes in its own script may be spelt otherwise in
// the story, whose rank words then tell nothing of it.
func organisationWritten(toks []corpus.Token, y int) bool {
	return y > 0 && toks[y-1].Lower == "the"
}

// acronymRun marks in owner the words of toks that spell, by their
// initials, an organisation a question names by its acronym: "Office of
// Foreign Assets Control" for "OFAC", "Международное агентство по
// атомной энергии" for "МАГАТЭ" is not reached (its letters are not all
// initials), and nothing is marked then. A word that is not all capitals
// (or too long for an acronym) marks nothing.
func acronymRun(toks []corpus.Token, acronym string, owner map[int]bool) {
	acr := []rune(acronym)
	if len(acr) < 2 || len(acr) > 6 || strings.ToUpper(acronym) != acronym || strings.ContainsFunc(acronym, func(r rune) bool { return !unicode.IsLetter(r) }) {
		return
	}
	initial := func(t corpus.Token) rune {
		r, _ := utf8.DecodeRuneInString(t.Text)
		return unicode.ToUpper(r)
	}
	for i := range toks {
		k, j := 0, i
		for j < len(toks) && k < len(acr) {
			t := toks[j]
			switch {
			case capitalisedWord(t.Text) && initial(t) == acr[k]:
				k++
			case k > 0 && acronymJoins[t.Lower]:
			default:
				j = len(toks) // no run here
				continue
			}
			j++
		}
		if k == len(acr) {
			for x := i; x < j; x++ {
				owner[x] = true
			}
			return
		}
	}
}

// acronymsOf returns the words of query written in capitals, two
// letters or more ("OFAC", "МАГАТЭ"), by their folded form.
func acronymsOf(query string) map[string]string {
	out := map[string]string{}
	for _, tok := range corpus.Tokenize(query) {
		if w := tok.Text; acronym(w) {
			out[tok.Folded] = w
		}
	}
	return out
}

// spelledOut reports whether a sentence of c spells acronym out by its
// initials (acronymRun): a question may name an organisation by the
// acronym ("Văn phòng Kiểm soát Tài sản Nước ngoài (OFAC)") that an
// article never writes, giving only its full name ("the Office of
// Foreign Assets Control"). Empty, it reports false.
func spelledOut(c *candidate, acronym string) bool {
	if acronym == "" {
		return false
	}
	for _, sent := range c.sents {
		toks := corpus.Tokenize(sent)
		owner := map[int]bool{}
		if acronymRun(toks, acronym, owner); len(owner) == 0 {
			continue
		}
		// The run is a whole name, not the tail of a longer one: "SEC"
		// is not "the Office of Strategic Export Controls".
		i := slices.Min(slices.Collect(maps.Keys(owner)))
		if i == 0 {
			return true
		}
		prev := toks[i-1]
		inside := capitalisedWord(prev.Text) && i > 1 && !acronymJoins[prev.Lower] ||
			acronymJoins[prev.Lower] && prev.Lower != "the" && i > 1 && capitalisedWord(toks[i-2].Text)
		if !inside {
			return true
		}
	}
	return false
}

// acronymJoins, lower-cased, stand between the words an acronym spells
// without a letter of their own ("Office of Foreign Assets Control").
var acronymJoins = setOf("of", "the", "for", "and", "on", "по", "и", "de", "và")

// holderName returns where the surname of the office-holder written
// after an office that ends at end is ("Roscosmos director general
// Andrei Lebedev", "Đại sứ Nga tại Mỹ, ông Ivan Petrov"): the last word
// of the first run of capitalised words that is no name of the side
// (owner, the side's names by index).
func holderName(toks []corpus.Token, end int, owner map[int]bool) (int, bool) {
	last := -1
	for i := end; i < min(end+6, len(toks)); i++ {
		t := toks[i]
		switch {
		case owner[i], topicSide(t) >= 0, honorifics[t.Folded]:
			if last >= 0 {
				return last, true
			}
		case capitalisedWord(t.Text):
			last = i
		case last >= 0:
			return last, true
		case !stopWord(t.Folded, t.Lower) && t.Folded != "tai":
			return 0, false
		}
	}
	return last, last >= 0
}

// holderMentions returns the sentences of c that name again the holder
// of an office whose name ends at h of toks (a sentence of c), from the
// word from on: by the name's last word anywhere ("министр энергетики
// Турции Селим Аксой … Аксой заявил"), and by another word of it standing
// alone as a short name: "Ngoại trưởng Thái Lan Pradit Wongsakul … Ông
// Pradit cho biết" (a Thai is called by his given name, which comes
// first, as is a Chinese by his surname: "Wang Yi … Wang said"). Alone:
// not beside another capitalised word but an honorific or an office
// ("Foreign Minister Pradit"), so that "Nguyễn" of "Nguyễn Minh Khải" is
// not "Nguyễn Văn An" of the same story. owner: the words of the
// office's side, which are no name of his.
func holderMentions(c *candidate, toks []corpus.Token, from, h int, owner map[int]bool) map[int]bool {
	out := map[int]bool{}
	for _, p := range c.at[matchKey(matchForm(toks[h]))] {
		out[c.sent[p]] = true
	}
	start := h
	for start > from && capitalisedWord(toks[start-1].Text) && !owner[start-1] && topicSide(toks[start-1]) < 0 && !honorifics[toks[start-1].Folded] {
		start--
	}
	// A capitalised word beside p in its sentence, but an honorific or
	// an office.
	namedBeside := func(p, q int) bool {
		return q >= 0 && q < len(c.sent) && c.sent[q] == c.sent[p] && capitalisedAt(c, q) &&
			!honorifics[c.full[q]] && !offices[c.full[q]] && !(q > 0 && offices[c.full[q-1]+" "+c.full[q]])
	}
	for j := start; j < h; j++ {
		if utf8.RuneCountInString(toks[j].Folded) < 3 {
			continue
		}
		for _, p := range c.at[matchKey(matchForm(toks[j]))] {
			if p < len(c.full) && c.full[p] == toks[j].Folded && capitalisedAt(c, p) && !namedBeside(p, p-1) && !namedBeside(p, p+1) {
				out[c.sent[p]] = true
			}
		}
	}
	return out
}

// honorifics, folded, stand before a name ("ông Petrov", "Mr. Hale").
var honorifics = setOf("ong", "ba", "mr", "mrs", "ms", "dr", "г-н", "г-жа", "господин", "госпожа")

// hostAfter returns where the country an ambassador is posted to starts
// after his office ("Russia's ambassador in Washington", "посол в
// России", "Đại sứ Nga tại Mỹ"): a place word there puts what follows
// as the host, not the side he speaks for. Other offices: len(toks).
func hostAfter(toks []corpus.Token, f officeAt) int {
	if f.rank.rank != "ambassador" {
		return len(toks)
	}
	for y := f.end; y < min(f.end+3, len(toks)); y++ {
		if hostWords[toks[y].Folded] {
			return y
		}
	}
	return len(toks)
}

// hostWords, folded, put the country an ambassador is posted to after
// them.
var hostWords = setOf("in", "to", "at", "в", "во", "при", "tai", "o")

// heldOffice returns the office by rank (judge_office.go) that a
// question of any kind but "what did X say" names its subject by, bound
// to a side ("When did the US Treasury Secretary announce…", "Кто посол
// России в Вашингтоне?"), or nil.
//
// A name after a place word, a few words before it ("tại sân bay
// Tashkent", "in Tashkent"), is where the holder was, not a second
// person who may be the subject.
func heldOffice(query string, t terms, cons []Constraint) *sayOffice {
	sp := speakers(query, cons)
	toks := corpus.Tokenize(query)
	qc := stemmedText(query)
	for _, k := range cons {
		if k.Kind != KindName || !sp[k.Text] {
			continue
		}
		for _, y := range runStarts(&qc, t.concepts[k.concepts[0]]) {
			for j := max(y-3, 0); j < y && j < len(toks); j++ {
				if placeWords[toks[j].Lower] {
					delete(sp, k.Text)
				}
			}
		}
	}
	o := officeSpeaker(query, t, cons, sp)
	if o == nil || o.rank == nil {
		return nil
	}
	return o
}

// officeHeld reports whether c may hold the office q.heldOffice names:
// not when the article writes that office of that side only as a
// deputy's ("Treasury Under Secretary Elena Marsh" for the Treasury
// Secretary). An article that never binds the office to a side, or
// calls it otherwise, is not judged by it: the question's other words
// are.
//
// Nor when it writes that rank only as another side's office: "Ngoại
// trưởng Uzbekistan" at the airport is not "Ngoại trưởng Mỹ", though the
// story names the United States throughout.
func officeHeld(c *candidate, q *question, srcLang string) bool {
	o := q.heldOffice
	at, deputyOnly, ok := rankSentences(c, q, o, srcLang)
	// A head is also who "leads" or "dẫn đầu" a delegation, sentences
	// from the side's name: only an office of its own name is judged so.
	if ok && len(at) == 0 && !o.sideNamed && (o.topicSide >= 0 || o.country) && !o.former && o.rank.rank != "head" {
		return false
	}
	// A country's office the story never writes in any word of its rank
	// (at not nil: the country is spelt in its language): "the health
	// ministry" of a lab tour is not the health minister who toured it.
	if !ok && at != nil && !o.sideNamed && o.country && !o.former && o.rank.rank != "head" {
		return false
	}
	return !deputyOnly
}

// withoutMatter returns the speakers of a "what did X say about Y"
// question (see speakers) without the names of Y: "S-400" in "What did
// Menon say about the S-400 deliveries?" is what was said, and a
// sentence naming it is not Menon's. English and Vietnamese put the
// speaker before the verb ("What did Menon say", "Sherman đánh giá gì
// sau hội đàm Geneva"), Russian before what is asked about ("Что сказал
// Лавров о Рябкове"). The names are kept when none would be left
// ("About the sanctions, what did Demidov say?").
func withoutMatter(query, lang string, t terms, cons []Constraint, sp map[string]bool) map[string]bool {
	toks := corpus.Tokenize(query)
	matter := len(toks)
	for i := range toks {
		if n := sayingVerb(toks, i); n > 0 || sayingQuestionWords[toks[i].Folded] {
			if lang == "ru" {
				matter = aboutStart(toks, i+1)
			} else {
				matter = i
			}
			break
		}
	}
	qc := stemmedText(query)
	out := map[string]bool{}
	for _, k := range cons {
		if !sp[k.Text] {
			continue
		}
		for _, y := range runStarts(&qc, t.concepts[k.concepts[0]]) {
			if y < matter {
				out[k.Text] = true
			}
		}
	}
	if len(out) == 0 {
		return sp
	}
	return out
}

// sayingQuestionWords, folded, ask what was said (vi/en/ru); sayingWords
// and sayingPhrases hold the rest.
var sayingQuestionWords = setOf("say", "think", "thinks", "claim", "claimed", "claims", "comment", "commented", "tell", "noi", "nghi",
	"думает", "считает", "заявлял", "говорил", "говорит", "прокомментировал", "прокомментировала", "ответил", "ответила")

// rankedSayOffice reports whether office constraint k is the speaking
// office of q, a "what did X say" question, by an office the rank table
// knows (judge_office.go).
func rankedSayOffice(q *question, k Constraint) bool {
	o := q.sayOffice
	return o != nil && o.rank != nil && strings.Contains(" "+o.text+" ", " "+k.Text+" ")
}
