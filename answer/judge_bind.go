package answer

import (
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
)

// A question that asks the name of a thing ("What is the name of the
// hotel where the talks were held?", "Как называется отель…", "Tên
// khách sạn … là gì?") is answered only by an article that speaks of
// that thing: an article on the talks that never mentions a hotel does
// not give its name, though it names the city, the ministry and the
// delegations, which the answer slot would take for the answer.

// namedConcept returns the concept of t (stemmed terms) whose name query
// asks: the noun after "name of", "как называ…", "название", "tên", or
// -1.
func namedConcept(query string, t terms) int {
	toks := corpus.Tokenize(query)
	for i := range toks {
		var after []corpus.Token
		switch {
		case (toks[i].Folded == "name" || toks[i].Folded == "names") && i+1 < len(toks) && toks[i+1].Folded == "of":
			after = toks[i+2:]
			for len(after) > 0 && (after[0].Folded == "the" || after[0].Folded == "a" || after[0].Folded == "an" || after[0].Folded == "this" || after[0].Folded == "that") {
				after = after[1:]
			}
		case toks[i].Folded == "как" && i+1 < len(toks) && slices.Contains([]string{"называется", "называлась", "называлось", "называются", "назывался", "называют", "зовут", "звали"}, toks[i+1].Folded),
			toks[i].Folded == "название" || toks[i].Folded == "названия" || personNameWords[toks[i].Folded]:
			after = toks[i+1:]
			if toks[i].Folded == "как" {
				after = toks[i+2:]
			}
		case toks[i].Lower == "tên" && i > 0 && i+1 < len(toks) && toks[i+1].Lower == "là":
			// "Bảo tàng ở Sitka tên là gì?": the thing is the question's
			// subject, before the asking word.
			after = toks[:i]
		case toks[i].Lower == "tên" && !(i+1 < len(toks) && toks[i+1].Lower == "lửa"): // "tên lửa" is a missile
			after = toks[i+1:]
			if len(after) > 0 && after[0].Lower == "của" {
				after = after[1:]
			}
		default:
			continue
		}
		w, ok := countedWord(after)
		if !ok && personNameWords[toks[i].Folded] {
			// "Какие фамилии были в списке?": the names themselves
			// are the thing, which a story may count without giving.
			w, ok = toks[i], true
		}
		if !ok {
			return -1
		}
		key := matchKey(matchForm(w))
		for ci, con := range t.concepts {
			if slices.ContainsFunc(con.alts, func(a alternative) bool {
				return a.weight == 1 && (slices.Contains(a.words, key) || len(a.words) > 1 && nameWords[a.words[0]] && a.words[1] == key)
			}) {
				return ci
			}
		}
		return -1
	}
	return -1
}

// namedGiven reports whether c speaks of the thing whose name q asks,
// in any language the lexicon spells it in. A word the lexicon does not
// translate, asked of an article in another language, cannot be looked
// for: nothing is judged then.
func namedGiven(c *candidate, q *question, srcLang string) bool {
	con := q.t.concepts[q.named]
	translated := slices.ContainsFunc(con.alts, func(a alternative) bool { return a.weight != 1 })
	if !translated && srcLang != "" && srcLang != q.lang {
		return true
	}
	return slices.ContainsFunc(con.alts, func(a alternative) bool {
		if a.weight == 1 && len(a.words) > 1 && nameWords[a.words[0]] {
			// The question's own phrase may hold the asking word: a
			// Vietnamese "tên khách sạn" (the hotel's name) is one
			// phrase, of which the article need hold "khách sạn" only.
			a = alternative{words: a.words[1:], exact: a.exact[1:], weight: a.weight, full: tail(a.full)}
		}
		return c.hasRun(a)
	})
}

// personNameWords, folded, ask the names of people before them in the
// genitive: "имена астронавтов", "фамилии заключённых".
var personNameWords = setOf("имена", "имя", "фамилии", "фамилия", "фамилию")

// namesPerson reports whether the thing whose name q asks is a kind of
// person ("the names of the astronauts", "как зовут посла", "tên các
// nhà ngoại giao"): a person's name answers it, which a sentence that
// speaks of the astronauts, counts them or says where they fly does not
// give.
func namesPerson(q *question) bool {
	if q.named < 0 {
		return false
	}
	return slices.ContainsFunc(q.t.concepts[q.named].alts, func(a alternative) bool {
		return a.weight == 1 && slices.ContainsFunc(a.forms(), func(w string) bool { return roleNounRE.MatchString(w) || personNameWords[w] })
	})
}

// nameNear reports whether c writes a name beside the thing whose
// name q asks: a capitalised word the question does not give, within
// three words of it in its sentence ("deputy NASA administrator Kevin
// Strand", "посланник Ребекка Холлоуэй", "bảo tàng Kunstkamera", "the
// tanker Arctic Sun"). "Three American astronauts will fly on Soyuz"
// speaks of the astronauts and names none, as "một bảo tàng ở thị trấn
// Sitka" names no museum: a story that counts or places a thing does not
// give its name. A person's name is not written all in capitals (an
// agency: NASA, МИД) nor governed by a preposition (a craft, a place:
// "на «Союзах»"); a thing's may be ("the Kosmos satellite").
func nameNear(c *candidate, q *question, srcLang string) bool {
	con := q.t.concepts[q.named]
	if srcLang != "" && srcLang != q.lang && !slices.ContainsFunc(con.alts, func(a alternative) bool { return a.weight != 1 }) {
		return true // a word the lexicon does not translate cannot be looked for (namedGiven)
	}
	person := namesPerson(q)
	own := ownKeys(q)
	for _, p := range runStarts(c, con) {
		first := p
		for first > 0 && c.sent[first-1] == c.sent[p] {
			first--
		}
		toks := corpus.Tokenize(c.sents[c.sent[p]])
		for j := max(first+1, p-5); j <= p+3 && j < len(c.words) && c.sent[j] == c.sent[p]; j++ {
			if j == p || j-first >= len(toks) || p-first >= len(toks) || own[c.words[j]] {
				continue
			}
			// Beyond three words before, only in an apposition, a comma
			// between: "Rosselkhozbank, the Russian state agricultural
			// bank" (as nameBeside reads it).
			if j < p-3 && !appositionTo(c.sents[c.sent[p]], toks, j-first, p-first) {
				continue
			}
			tok := toks[j-first]
			text := tok.Text
			if !capitalisedWord(text) || person && (strings.ToUpper(text) == text || afterPreposition(toks, j-first)) {
				continue
			}
			// A pronoun or a word that opens a sentence inside a quote
			// ("…and has a lawyer. He is worried…") is capitalised as
			// any first word is: no name by its capital.
			if stopWord(tok.Folded, tok.Lower) || j > first && sentenceStart(c.sents[c.sent[p]], toks, j-first) && !(retrieval.Distinctive(tok.Folded) && !retrieval.Known(tok.Text)) {
				continue
			}
			return true
		}
	}
	return false
}

// appositionTo reports whether toks[j] of sentence ends a name that the
// noun phrase ending at toks[p] stands in apposition to: a comma right
// after the name and none after it, and no conjunction between ("Crew
// Dragon, а три американских астронавта" joins two clauses).
func appositionTo(sentence string, toks []corpus.Token, j, p int) bool {
	between := sentence[toks[j].End:toks[p].Start]
	if !strings.HasPrefix(strings.TrimSpace(between), ",") || strings.Count(between, ",") != 1 {
		return false
	}
	return !slices.ContainsFunc(toks[j+1:p], func(t corpus.Token) bool { return conjunctionWords[t.Lower] })
}

// conjunctionWords, lower-cased, join clauses or list items in vi/en/ru.
var conjunctionWords = setOf("and", "or", "but", "while", "а", "и", "но", "или", "và", "còn", "hoặc", "nhưng")

// afterPreposition reports whether one of the two words before toks[i]
// is a stop word (a preposition, an article): "на российских «Союзах»",
// "on the Soyuz" governs a craft or a place, not the person's name that
// stands in apposition to the noun ("посланник Ребекка Холлоуэй").
func afterPreposition(toks []corpus.Token, i int) bool {
	for _, t := range toks[max(0, i-2):i] {
		if corpus.IsStopWord("en", t.Folded) || corpus.IsStopWord("ru", t.Folded) || corpus.IsStopWordVI(t.Lower) {
			return true
		}
	}
	return false
}

// nameWords, folded, ask a name inside a phrase ("tên khách sạn").
var nameWords = setOf("ten")

func tail(s []string) []string {
	if len(s) == 0 {
		return s
	}
	return s[1:]
}

// eventDatedElsewhere reports whether the sentences of c that tell the
// question's event best (its content words, each weighing by how few
// sentences hold it, as slotSentences weighs them) all give a year and
// none gives y: an article of 2026 whose sentence on the first module
// says "no earlier than 2028" does not date that launch to 2026 by its
// own date. A year after "since" dates something earlier, one after
// "by" ("raise trade to $100 billion by 2030") a target, not when it was
// agreed: neither is counted. Nothing is judged when the question's words cannot all be
// looked for in the article's language. In a story of y (pub), a
// sentence that tells its event on a weekday ("the embassy said on
// Wednesday") is of y whatever other year it writes (datedElsewhere).
func eventDatedElsewhere(c *candidate, q *question, srcLang string, pub, y int) bool {
	score, best := eventScores(c, q, srcLang)
	if best <= 0 {
		return false
	}
	years := attrEventYears(c, q, srcLang, true) // not "the 2024 law" (judge_attryear.go), nor an arrest's year
	for s, x := range score {
		if x >= best-1e-9 && (len(years[s]) == 0 || slices.Contains(years[s], y) || y == pub && newsDated(strings.ToLower(c.sents[s]))) {
			return false
		}
	}
	return true
}

// deadlineWords, folded, put a year after them as a target: "by 2030",
// "к 2030 году", "đến năm 2030", "until 2028".
var deadlineWords = setOf("by", "until", "till", "through", "к", "до", "den", "toi")

// A detail of one person listed beside another. A story that lists the
// people of an exchange, a trial or a delegation gives each one's detail
// in an apposition after the name, closed before the next one is listed:
// "Paul Brennick, người bị kết án chín năm tù năm 2024 vì tội buôn lậu ma
// túy, cùng cựu lính thủy đánh bộ Steven Crowley"; "Игоря Самсонова,
// осуждённого в штате Орегон за нарушение экспортного контроля, а также
// программиста Артёма Белецкого". The term and the crime are Brennick's
// and Samsonov's: the story does not say what Crowley or Beletsky was
// convicted of, though the sentence that names them says "convicted".

// anotherDetail reports whether c tells what q asks of the person it
// names only of another: some content word of the question (not a name,
// an office, a year or a number) is in c only inside the appositions of
// other people's names (listAppositions), and none is in a sentence
// naming the question's person (or the next) outside them, nor does
// such a sentence give a charge or an answer of the kind asked. Nothing is judged when the
// question's words cannot all be looked for in c's language.
func anotherDetail(c *candidate, q *question, srcLang string) bool {
	if !slices.ContainsFunc(q.cons, func(k Constraint) bool { return k.Kind == KindName }) {
		return false
	}
	var own []int // word positions of the question's names
	for _, k := range q.cons {
		if k.Kind != KindName {
			continue
		}
		con := q.t.concepts[k.concepts[0]]
		at := runStarts(c, con)
		for _, p := range at {
			n := 1
			if i := slices.IndexFunc(con.alts, func(a alternative) bool { return c.wholeAt(a, p) }); i >= 0 {
				n = len(con.alts[i].words)
			}
			for j := p; j < p+n && j < len(c.words); j++ {
				own = append(own, j)
			}
		}
		if len(at) == 0 {
			own = append(own, resemblingWords(c, k.Text)...)
		}
	}
	if len(own) == 0 {
		return false
	}
	others := listAppositions(c, own)
	if len(others) == 0 {
		return false
	}
	// The sentences naming the person, and the one after, which may go
	// on of him ("…освободили Тимура Белякова. В 2023 году суд в штате
	// Орегон приговорил его…").
	ownSent := map[int]bool{}
	for _, p := range own {
		ownSent[c.sent[p]], ownSent[c.sent[p]+1] = true, true
	}
	// What the sentences naming the person say outside the others'
	// appositions may give the detail in other words: "Лидию Горски,
	// …, которую приговорили к пяти годам за участие…" tells her charge
	// and term, though "осудили" is only in Pruitt's apposition.
	var ownText []string
	for p := range c.words {
		if ownSent[c.sent[p]] && !others[p] {
			ownText = append(ownText, c.lower[p])
		}
	}
	told := strings.Join(ownText, " ")
	// A term or a count may be asked in other words than the story's ("к
	// какому сроку приговорён" of "осуждённого … на девять лет
	// колонии"): when the sentences naming the person give no number
	// of the kind asked (an age, a term, any count) and another's
	// apposition does, the number is the other's. Numbers need no
	// translation: this is judged in an article of any language, though
	// the question's words may not be looked for there (blind below).
	if given := numberKind(q); given != nil {
		// A person's number (an age, a term) the sentence after tells of
		// him only by a pronoun: "Hai máy bay hạ cánh … trong 40 phút"
		// after the list is no one's term, though it is the length of
		// the exchange at the airport the question may name.
		named := map[int]bool{}
		for _, p := range own {
			named[c.sent[p]] = true
		}
		personal := q.age || q.which.kind == fillDuration || q.which.kind == fillPenalty
		var ownNum []string
		for p := range c.words {
			if s := c.sent[p]; ownSent[s] && !others[p] && (named[s] || !personal || pronounIn(c.sents[s])) {
				ownNum = append(ownNum, c.lower[p])
			}
		}
		if given(strings.Join(ownNum, " ")) {
			return false
		}
		var theirs []string
		for p := range c.words {
			if others[p] && ownSent[c.sent[p]] {
				theirs = append(theirs, c.lower[p])
			}
		}
		if given(strings.Join(theirs, " ")) {
			return true
		}
	}
	if chargeRE.MatchString(told) || q.qt != qOther && answersKind(q.qt, told) {
		return false
	}
	cis, blind := locatable(q, srcLang)
	if blind {
		return false
	}
	elsewhere := false
	for _, ci := range cis {
		if slices.ContainsFunc(q.cons, func(k Constraint) bool { return slices.Contains(k.concepts, ci) }) {
			continue // names, offices, years and numbers are not the detail
		}
		at := runStarts(c, q.t.concepts[ci])
		if len(at) > 0 && !slices.ContainsFunc(at, func(p int) bool { return !capitalisedAt(c, p) }) {
			continue // a name the question gives ("Steven" of Steven Crowley), not the detail
		}
		// Told beside the person: in a sentence naming him, outside
		// another's apposition ("Igor Samsonov, người bị kết án tại bang
		// Oregon vì vi phạm…" tells his conviction, though its "tội" is
		// only in Brennick's).
		if slices.ContainsFunc(at, func(p int) bool { return ownSent[c.sent[p]] && !others[p] }) {
			return false
		}
		elsewhere = elsewhere || len(at) > 0 && !slices.ContainsFunc(at, func(p int) bool { return !others[p] })
	}
	return elsewhere
}

// listAppositions returns the word positions of c inside an apposition
// of a listed name that holds none of the positions own: a capitalised
// name, a comma, then words up to a comma followed by the conjunction
// that lists the next one ("…, and", "…, cùng", "…, и", "…, а также"),
// past commas of its own.
// An apposition not closed so is not counted: "Theo ông Zhaksybekov,
// đại diện … đã gặp nhau" goes on with the sentence's own clause. Nor
// is one after a source ("according to", "theo", "по словам").
func listAppositions(c *candidate, own []int) map[int]bool {
	out := map[int]bool{}
	ownAt := map[int]bool{}
	for _, p := range own {
		ownAt[p] = true
	}
	first := 0
	for s, text := range c.sents {
		toks := corpus.Tokenize(text)
		base := first
		for first < len(c.sent) && c.sent[first] == s {
			first++
		}
		if first-base != len(toks) {
			continue // the words do not line up with the sentence's tokens
		}
		gap := func(i int) string { // the text after token i
			if i+1 < len(toks) {
				return text[toks[i].End:toks[i+1].Start]
			}
			return text[toks[i].End:]
		}
		for b := 0; b+1 < len(toks); b++ {
			if !capitalisedWord(toks[b].Text) || !strings.Contains(gap(b), ",") {
				continue
			}
			a := b
			for a > 0 && capitalisedWord(toks[a-1].Text) && !strings.ContainsAny(gap(a-1), ",.;:") {
				a--
			}
			if slices.ContainsFunc(toks[max(0, a-3):a], func(t corpus.Token) bool { return sourceWords[t.Folded] }) {
				continue
			}
			// The apposition may hold commas of its own ("Kessler, giáo
			// viên 34 tuổi đến từ bang Oregon, bị kết án 9 năm tù, và
			// Irina Walsh"): it ends at the first comma that lists the
			// next person, or not at all where a sentence's clause
			// closes first.
			e := -1
			for j := b + 1; j+1 < len(toks) && j <= b+25; j++ {
				if strings.ContainsAny(gap(j), ".;:") {
					break
				}
				if !strings.Contains(gap(j), ",") {
					continue
				}
				if listNext[toks[j+1].Folded] {
					e = j
					break
				}
			}
			if e < 0 || slices.ContainsFunc(rangeOf(base+a, base+e), func(p int) bool { return ownAt[p] }) {
				continue
			}
			for p := base + b + 1; p <= base+e; p++ {
				out[p] = true
			}
		}
	}
	return out
}

// resemblingWords returns the positions of the words of c that resemble
// the name text in the other script (nameKeys): a person asked in
// Cyrillic ("Ирине Уолш") of a story that writes him in Latin letters
// ("Irina Walsh"), whose spellings the lexicon does not know.
func resemblingWords(c *candidate, text string) []int {
	keys, asked := nameKeys(text)
	if len(keys) == 0 {
		return nil
	}
	var out []int
	for p, w := range c.lower {
		if f := corpus.Fold(w); cyrillic(f) != asked && capitalisedAt(c, p) && wordResembles(f, keys) {
			out = append(out, p)
		}
	}
	return out
}

// pronounIn reports whether a sentence speaks of a person named before
// it by a pronoun of a person anywhere in it: "He was sentenced …", "В
// 2023 году суд приговорил его …", "ông bị kết án …" (Vietnamese
// "ông"/"bà" before a capitalised word is a title, "Ông Pell").
func pronounIn(sentence string) bool {
	toks := corpus.Tokenize(sentence)
	for i, t := range toks {
		if !speakerPronouns[t.Folded] && !possessivePronouns[t.Folded] && !objectPronouns[t.Folded] {
			continue
		}
		if (t.Folded == "ong" || t.Folded == "ba") && i+1 < len(toks) && capitalisedWord(toks[i+1].Text) {
			continue
		}
		return true
	}
	return false
}

// objectPronouns, folded, are the object forms of a person's pronoun
// that speakerPronouns lacks.
var objectPronouns = setOf("him", "ему", "ей", "ним", "ней", "нем")

// numberKind returns the test of a text giving the number q asks of a
// person (an age, a term, a count), or nil when q asks for none. The
// asked kind, not any number: "bị kết án 11 năm tù" beside Walsh is no
// age of hers, "17 gam" in the next sentence no term.
func numberKind(q *question) func(text string) bool {
	switch {
	case q.which.kind == fillDuration || q.which.kind == fillPenalty:
		return func(text string) bool { return givesTerm(text, q.which.kind) }
	case q.qt != qHowMany:
		return nil
	case q.age:
		return givesAge
	case q.duration:
		return givesDuration
	}
	return func(text string) bool { return answersKind(qHowMany, text) }
}

// rangeOf returns the integers from a to b.
func rangeOf(a, b int) []int {
	var out []int
	for i := a; i <= b; i++ {
		out = append(out, i)
	}
	return out
}

var (
	// listNext, folded, list the next person after an apposition:
	// "and", "as well as", "cùng", "và", "и", "а (также)".
	listNext = setOf("and", "as", "or", "cung", "va", "hoac", "и", "а", "или")
	// sourceWords, folded, name a source before a name and a comma:
	// "according to", "theo", "по словам", "по данным".
	sourceWords = setOf("according", "theo", "словам", "данным", "мнению")
)

// whenClause reports whether the year at p of c opens a clause telling
// what happened then: "since 2009, when a Kosmos satellite smashed into
// an Iridium one", "с 2022 года, когда", "từ năm 2019, khi". The year
// bounds the sentence's main event but dates the clause's, which a
// question may ask ("Which satellites collided in 2009?").
func whenClause(c *candidate, p int) bool {
	return p+1 < len(c.full) && c.sent[p+1] == c.sent[p] && whenWords[c.full[p+1]]
}

// whenWords, folded, open a clause of time after a year.
var whenWords = setOf("when", "khi", "когда")

// The head of an institution asked, its deputy or a unit's chief quoted.
// "Что сказал руководитель Росморречфлота" is not answered by "начальник
// управления Росморречфлота", nor "Giám đốc bảo tàng Kunstkamera" by
// "Phó giám đốc bảo tàng Kunstkamera", nor "Bộ trưởng Giao thông" by
// "Thứ trưởng Giao thông": whatever the institution (the office table
// of judge_office.go knows a few by portfolio), the article that writes
// it only under a deputy's office or a unit's does not tell what its
// head said or did.

// headConcept returns the concept of t that names the institution whose
// head query asks ("руководитель Росморречфлота", "giám đốc bảo tàng
// Kunstkamera", "the head of Roscosmos", "Roscosmos chief"), or -1; not
// when the question asks a deputy ("phó giám đốc", "deputy head").
func headConcept(query string, t terms) headAsk {
	toks := corpus.Tokenize(query)
	lower := make([]string, len(toks))
	for i, tok := range toks {
		lower[i] = tok.Lower
	}
	var found headAsk
	for i := range toks {
		n := headAt(lower, i)
		if n == 0 || headDeputyBefore(lower, i) {
			continue
		}
		j := i + n
		for j < len(toks) && headSkip(toks[j]) {
			j++
		}
		// The institution is written with a capital ("Росморречфлота",
		// "Giao thông", "bảo tàng Kunstkamera"): "the head of the
		// delegation" asks who led, which judge_office.go and the who
		// slot judge.
		var at []int // where the institution may be written
		if j < len(toks) {
			if c := slices.IndexFunc(toks[j:min(j+3, len(toks))], func(t corpus.Token) bool { return capitalisedWord(t.Text) }); c >= 0 {
				at = []int{j + c, j + c + 1, j + c + 2} // from the capital: "министр иностранных дел России" is a country's
			}
		}
		if i > 0 && capitalisedWord(toks[i-1].Text) && (j >= len(toks) || !capitalisedWord(toks[j].Text)) {
			at = []int{i - 1} // "Roscosmos chief"
		}
		// A Vietnamese institution is a phrase of syllables, of which
		// the first may be no content word ("Tài nguyên"), or a name
		// after its kind ("Đại học Wisconsin").
		for _, a := range at {
			if a >= len(toks) {
				break
			}
			keys := []string{matchKey(matchForm(toks[a]))}
			if a+1 < len(toks) {
				keys = append(keys, keys[0]+" "+matchKey(matchForm(toks[a+1])))
			}
			for _, key := range keys {
				for ci, con := range t.concepts {
					if !slices.Contains(found.concepts, ci) && slices.ContainsFunc(con.alts, func(a alternative) bool { return a.weight == 1 && slices.Contains(a.words, key) }) {
						found.concepts = append(found.concepts, ci)
					}
				}
			}
		}
		if len(found.concepts) > 0 {
			found.office = strings.Join(lower[i:i+n], " ")
			return found
		}
	}
	return found
}

// headAsk is the head of an institution a question asks: the concepts
// that may name the institution, in the question's order (none: no head
// asked; "Đại học Wisconsin" gives the kind and the name), and the
// office as written, lower-cased.
type headAsk struct {
	concepts []int
	office   string
}

// institution returns the concept of q's headOf that names the
// institution: a name the question gives ("Wisconsin", not "Đại học"),
// else the first that is not a country (whose head is the office
// table's, judge_office.go), or -1.
func (h headAsk) institution(q *question) int {
	kind := func(ci int, kinds ...ConstraintKind) bool {
		return slices.ContainsFunc(q.cons, func(k Constraint) bool { return slices.Contains(kinds, k.Kind) && slices.Contains(k.concepts, ci) })
	}
	for _, ci := range h.concepts {
		if kind(ci, KindName) {
			return ci
		}
	}
	for _, ci := range h.concepts {
		if !kind(ci, KindTopic, KindPair) {
			return ci
		}
	}
	return -1
}

// headAt returns how many words (lower-cased) at i write the head of
// an institution, or 0.
func headAt(lower []string, i int) int {
	if i+1 < len(lower) && headPairs[lower[i]+" "+lower[i+1]] {
		return 2
	}
	w := lower[i]
	if headWords[w] {
		return 1
	}
	for _, p := range headPrefixesRU {
		if strings.HasPrefix(w, p) {
			return 1
		}
	}
	return 0
}

// headDeputyBefore reports whether a deputy's word stands just before the
// office at i ("phó giám đốc", "deputy head", "заместитель руководителя").
func headDeputyBefore(lower []string, i int) bool {
	return i > 0 && (deputyWords[lower[i-1]] || strings.HasPrefix(lower[i-1], "заместител")) ||
		i > 1 && deputyWords[lower[i-2]] && corpus.IsStopWord("en", lower[i-1])
}

// headSkip reports a word between a head's office and its institution
// that is no other noun: "of", "the", "của", "Bộ" of "Bộ trưởng Bộ Tài
// chính".
func headSkip(t corpus.Token) bool {
	return t.Folded == "of" || t.Folded == "the" || t.Lower == "của" || t.Lower == "bộ"
}

// unitWord reports a word (lower-cased) for a unit inside an institution:
// its head is not the institution's ("head of the legal department of
// Roscosmos", "начальник управления Росморречфлота", "vụ trưởng").
func unitWord(w string) bool {
	if unitWords[w] {
		return true
	}
	for _, p := range []string{"управлени", "департамент", "отдел", "служб", "подразделени"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

var (
	unitWords = setOf("department", "departments", "division", "office", "bureau", "unit", "directorate", "section", "vụ", "cục", "phòng", "ban")
	// headPairs, lower-cased, write the head of an institution in two
	// syllables; a unit's head ("Cục trưởng Cục Hàng không", the head of
	// the aviation agency) is one when the question asks it.
	headPairs      = setOf("bộ trưởng", "giám đốc", "chủ tịch", "tổng giám đốc", "hiệu trưởng", "cục trưởng", "vụ trưởng", "viện trưởng")
	headWords      = setOf("head", "chief", "director", "minister", "chairman", "chairwoman", "administrator", "rector", "глава", "главы", "главу", "главой")
	headPrefixesRU = []string{"руководител", "директор", "гендиректор", "начальник", "председател", "министр", "ректор"}
	// unitOffices, lower-cased, are offices below a head: a deputy
	// minister, a department's head.
	unitOffices = setOf("thứ trưởng", "vụ trưởng", "cục trưởng", "trưởng phòng")
)

// headOnlyDeputy reports whether c writes the institution whose head q
// asks (q.headOf) only under another office: each time with a deputy's
// word, a unit's office ("Thứ trưởng", "vụ trưởng") or an office
// followed by a unit ("начальник управления Росморречфлота", "head of
// the legal department of Roscosmos") before it, never with the head's
// office itself next to it. An article that writes the institution bare
// is not judged here.
func headOnlyDeputy(c *candidate, q *question) bool {
	inst := q.headOf.institution(q)
	if inst < 0 || slices.ContainsFunc(q.cons, func(k Constraint) bool { return k.Kind == KindOffice }) {
		return false // an office of the table is compared by rank (judge_office.go)
	}
	other := false
	own := ownKeys(q)
	// The head of a unit asked ("директор департамента Северной Америки",
	// "head of the consular department"): a unit's office over the
	// institution ("Vụ trưởng Vụ Bắc Mỹ") is the one asked, no deputy.
	unitAsked := slices.ContainsFunc(q.t.concepts, func(con concept) bool {
		return slices.ContainsFunc(con.alts, func(a alternative) bool {
			return a.weight == 1 && (slices.ContainsFunc(a.full, unitWord) || slices.ContainsFunc(a.exact, unitWord) || slices.ContainsFunc(a.words, unitWord))
		})
	})
	ours := map[int]bool{}
	for _, p := range runStarts(c, q.t.concepts[inst]) {
		ours[p] = true
	}
	for _, p := range runStarts(c, q.t.concepts[inst]) {
		head, lower := false, c.lower
		// The head's office after the institution: "Roscosmos chief".
		if p+1 < len(lower) && c.sent[p+1] == c.sent[p] && headAt(lower, p+1) > 0 {
			return false
		}
		for k := p - 1; k >= 0 && k >= p-7 && c.sent[k] == c.sent[p]; k-- {
			if k > 0 && unitOffices[lower[k-1]+" "+lower[k]] {
				// "Phó Cục trưởng Cục X" is the deputy of the unit's head.
				unitHead := unitAsked && lower[k-1] != "thứ" && !headDeputyBefore(lower, k-1) // a deputy minister is no unit's head
				head, other = unitHead, other || !unitHead
				break
			}
			if n := headAt(lower, k); n > 0 && k+n <= p {
				if headDeputyBefore(lower, k) || strings.HasPrefix(lower[k], "заместител") {
					other = true
					break
				}
				// Between the office and the institution: its kind or the
				// rest of its name ("Hiệu trưởng Đại học Tomsk", "giám đốc
				// bảo tàng Kunstkamera"), or a unit ("начальник
				// управления Росморречфлота"), a word neither capitalised
				// nor the question's own.
				unit := false
				for m := k + n; m < p; m++ {
					if !own[c.words[m]] && !capitalisedAt(c, m) && unitWord(lower[m]) {
						unit = true
					}
				}
				if unit && !unitAsked {
					other = true // a unit's office: "начальник управления"
				} else {
					head = true
				}
				break
			}
			if deputyWords[lower[k]] || strings.HasPrefix(lower[k], "заместител") {
				other = true
				break
			}
		}
		if head {
			return false
		}
	}
	if len(ours) == 0 {
		return false
	}
	// The office asked, written of another institution only: "Hiệu
	// trưởng Đại học Tomsk" does not tell what the rector of Wisconsin
	// said, though the story names Wisconsin.
	for k := range c.lower {
		n := headAt(c.lower, k)
		// Across languages any head's office stands for the one asked:
		// "ректор" for "hiệu trưởng".
		// A run of the institution that opens with the office ("Cục
		// trưởng Cục Hàng hải", read as one phrase) is its own.
		if n == 0 || ours[k] || c.lang == q.lang && strings.Join(c.lower[k:min(k+n, len(c.lower))], " ") != q.headOf.office || headDeputyBefore(c.lower, k) {
			continue
		}
		for j := k + n; j < len(c.lower) && j <= k+n+3 && c.sent[j] == c.sent[k]; j++ {
			if ours[j] {
				break
			}
			if capitalisedAt(c, j) {
				other = true
				break
			}
		}
	}
	return other
}

// The parties of a deed. "Did China and the United States agree to
// pause the tests?" and "Договорились ли Россия и Китай…" make the two
// names the parties of one deed: the story that answers names them
// together where it tells that deed. A story on a US–Russia pause that
// names a Chinese test beside a Russian satellite, sentences away from
// the agreement ("сближение российского метеоспутника с обломком
// старого китайского испытания"), names the pair, not as the deed's
// parties.

// partiesOfEvent reports whether c names the two names of pair k within
// w words of each other in a sentence that tells the question's event
// (eventScores): one that holds at least half the weight of the
// sentence that tells it best. An office and its country, a post, or a
// question whose content cannot be looked for in the article's language
// are not judged here.
func partiesOfEvent(c *candidate, q *question, srcLang string, k Constraint, w int) bool {
	if k.post || len(k.concepts) != 2 || officeConcept(q.t.concepts[k.concepts[0]]) || officeConcept(q.t.concepts[k.concepts[1]]) {
		return true
	}
	pa, pb := partyStarts(c, q, k.concepts[0]), partyStarts(c, q, k.concepts[1])
	score, best := eventScores(c, q, srcLang)
	if best <= 0 {
		return slices.ContainsFunc(pa, func(x int) bool {
			return slices.ContainsFunc(pb, func(y int) bool { return x != y && abs(x-y) <= w })
		})
	}
	first := -1 // the first sentence naming the pair together
	for _, x := range pa {
		for _, y := range pb {
			// A headline that names the two side by side makes them the
			// parties of the story it heads ("Роскосмос и Космическое
			// командование США открывают горячую линию"): each sentence
			// after tells their event, the one that gives the date of
			// its trial run too, naming neither.
			headline := c.sent[x] == 0 && c.sent[y] == 0 && len(c.sents) > 1
			if x != y && (abs(x-y) <= 2 || abs(x-y) <= w && (headline || c.sent[x] < len(score) && score[c.sent[x]] >= best/2)) {
				return true
			}
			if x != y && abs(x-y) <= w && (first < 0 || c.sent[x] < first) {
				first = c.sent[x]
			}
		}
	}
	// Or the event is told after the pair is named, of "the two sides":
	// "South Korea and Russia agreed to restore staff. The two sides will
	// also resume business visas", "Hai bên cũng…", "Стороны также…".
	// A story names its parties once and goes on of them so; a pair it
	// never names together (another country in one's place) is unmet.
	for s := first + 1; first >= 0 && s < len(score); s++ {
		if score[s] >= best/2 && bothSidesRE.MatchString(strings.ToLower(c.sents[s])) {
			return true
		}
	}
	return false
}

// bothSidesRE finds, lower-cased, the words a story speaks of the two
// parties it has named by (vi/en/ru): "the two sides", "both
// countries", "hai bên", "hai nước", "обе стороны", and Russian
// "Стороны" opening a sentence (elsewhere "стороны" is also "of the
// side": "со стороны России").
var bothSidesRE = regexp.MustCompile(`(^|[^\p{L}])(the two sides|both sides|the two countries|both countries|the two governments|both governments|hai bên|hai nước|hai phía|cả hai bên|обе стороны|две стороны|обеих сторон|обе страны|две страны|обеих стран)([^\p{L}]|$)|^стороны([^\p{L}]|$)`)

// withoutArticles returns gap without the articles an English question
// writes before a name ("and the United States", "with the EU"), which
// do not part two joined names.
func withoutArticles(gap []string) []string {
	if !slices.ContainsFunc(gap, func(w string) bool { return w == "the" || w == "a" || w == "an" }) {
		return gap
	}
	return slices.DeleteFunc(slices.Clone(gap), func(w string) bool { return w == "the" || w == "a" || w == "an" })
}

// A person's length of time. "Сколько лет провёл в тюрьме Каверин?"
// asks his own time; the sentence after the one naming him answers it
// only if it goes on of him ("He had served six years"), not when it
// turns to another subject: "Обмен стал возможен после восьми месяцев
// переговоров" is the length of the talks, not of his prison term.

// A person's own fate is dated as his time is measured. "Когда
// арестовали Данмора?" asks the year of his arrest; the sentence after
// the one naming him among the freed dates it only if it goes on of him
// ("He was detained in 2023"), not when it turns to another prisoner
// ("Washington handed over Kostrykin, convicted in 2023") or to the swap.

// goesOnOfPerson reports whether sentence s of c, the one after a
// sentence that tells the question, may give the length of time or the
// date of an arrest or sentence the question asks of a person it names:
// it speaks of a person by a pronoun (pronounIn). Any sentence may when
// the question asks neither of a person.
func goesOnOfPerson(c *candidate, q *question, s int) bool {
	return !q.personTime || pronounIn(c.sents[s])
}

// fateQuestionRE finds, lower-cased, a question's verb of a person's
// arrest, detention, conviction or sentence, in vi (with or without
// diacritics), en and ru: "when was X arrested", "X bị bắt vào năm
// nào", "когда задержали X", "в каком году осудили X".
var fateQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(arrested|detained|jailed|imprisoned|sentenced|convicted|taken into custody|` +
	`(bị|bi) (bắt|bat|giam|giữ|giu|tạm giữ|tam giu|tạm giam|tam giam|kết án|ket an|tuyên án|tuyen an|bỏ tù|bo tu|truy tố|truy to)|` +
	`арестова\p{L}*|задержа\p{L}*|осуди\p{L}*|осужд\p{L}*|приговори\p{L}*|приговор[её]н\p{L}*|посади\p{L}*|посажен\p{L}*)([^\p{L}]|$)`)

// fatePersons returns the names of the persons (personNames) a
// question names that are no country, in order.
func fatePersons(query string, cons []Constraint) []string {
	var out []string
	for name := range personNames(query, cons) {
		if !regionName(name) {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return out
}

// fateSentences returns the sentences of c that name one of the persons
// whose fate q dates, in its words or, in another script, by a word
// that resembles the surname (nameSentences); nil when none does.
func fateSentences(c *candidate, q *question) []int {
	in := map[int]bool{}
	for _, k := range q.cons {
		if k.Kind == KindName && slices.Contains(q.fateOf, k.Text) {
			for _, p := range runStarts(c, q.t.concepts[k.concepts[0]]) {
				in[c.sent[p]] = true
			}
		}
	}
	for _, name := range q.fateOf {
		maps.Copy(in, nameSentences(c, name))
	}
	return slices.Sorted(maps.Keys(in))
}

// asksOfPerson reports whether the question names a person
// (personNames) that is no country: "cho nhà báo giữa Canada và Nga"
// puts Canada after a word for a person, but a country is none.
func asksOfPerson(query string, cons []Constraint) bool {
	for name := range personNames(query, cons) {
		if !regionName(name) {
			return true
		}
	}
	return false
}

// A third country that hosts talks is no party to them. "ASTANA,
// Kazakhstan - U.S. and Russian officials agreed …, ending two days of
// talks at the Kazakh Foreign Ministry in Astana" names Kazakhstan beside
// the United States only as where they met: "What did Kazakhstan and the
// US agree in Astana?" is not answered by it (partyStarts).

// partyStarts returns where c names the pair's side ci as a party:
// everywhere for a side of the corpus's own topic (Russia, the US), and
// for a third country not where it is a setting (settingAt).
func partyStarts(c *candidate, q *question, ci int) []int {
	at := runStarts(c, q.t.concepts[ci])
	if slices.ContainsFunc(q.cons, func(o Constraint) bool { return o.Kind == KindTopic && slices.Contains(o.concepts, ci) }) {
		return at
	}
	var other []int // where the pair's other side is named
	for _, k := range q.cons {
		if k.Kind == KindPair && slices.Contains(k.concepts, ci) {
			for _, o := range k.concepts {
				if o != ci {
					other = append(other, runStarts(c, q.t.concepts[o])...)
				}
			}
		}
	}
	return slices.DeleteFunc(at, func(p int) bool { return settingAt(c, p, other) })
}

// settingAt reports whether the word at p of c names a place where
// something happens rather than who acts: it is in the sentence's
// dateline ("ASTANA, Kazakhstan - ", "ASTANA (Kazakhstan) - "), or it
// follows a preposition of place, an article between, that does not
// follow the other side (at one of others) within two words: "Đại sứ
// Nga tại Việt Nam", "посол России во Вьетнаме" bind the two countries
// by a post.
func settingAt(c *candidate, p int, others []int) bool {
	s := c.sent[p]
	first := p
	for first > 0 && c.sent[first-1] == s {
		first--
	}
	if m := hostDatelineRE.FindString(c.sents[s]); m != "" {
		if f, _ := tokens(m); p-first < len(f) {
			return true
		}
	}
	b := p - 1
	if b >= first && (c.lower[b] == "the" || c.lower[b] == "nước") {
		b--
	}
	if b < first || !hostPrepositions[c.lower[b]] {
		return false
	}
	return !slices.ContainsFunc(others, func(o int) bool { return o < b && o >= b-2 && o >= first })
}

var (
	// hostDatelineRE is the dateline that opens a wire story, its place
	// in capitals and its country after a comma or in brackets, then a
	// dash, or (the Russian agencies' form) the country in brackets and
	// the day: "ТРОМСЁ (Норвегия), 22 октября.".
	hostDatelineRE = regexp.MustCompile(`^\s*\p{Lu}{2,}[\p{Lu}\s.'’]*((,[^–—-]{1,40}|\s*\([^)]{1,40}\))\s*[-–—]\s|\s*\([^)]{1,40}\),\s*\d{1,2}\s+\p{Ll}+\.)`)
	// hostPrepositions, lower-cased, put a place as a setting (not "from",
	// where a delegation comes from).
	hostPrepositions = setOf("in", "at", "tại", "ở", "в", "во")
)
