package answer

import (
	"regexp"
	"slices"
	"strings"

	"github.com/detente/detente/corpus"
)

// Who says a sentence. "What did Menon say about the S-400 deliveries?"
// is not answered by "…the S-400 units, which Orlov said would arrive in
// the agreed time frame" though the next sentence quotes Menon; nor
// "What did Lebedev say about the flights?" by "He said four flights
// would be covered", whose "he" is the previous sentence's Kline. A
// sentence that names who says it is that person's words; one whose
// speaker is a pronoun is the previous sentence's speaker's; only a
// sentence with no speaker of its own may be told by a neighbour's.

// saidBy reports whether sentence s of c, which says much of what the
// question asks about, is the words of its speaker (named: the sentences
// that name him): it names him and no other speaker, or it has no
// speaker of its own and a neighbour names him, or its "he" is the
// previous sentence's him.
func saidBy(c *candidate, q *question, s int, named map[int]bool) bool {
	kind, key, word := attribution(c, s)
	switch {
	case named[s] && byOffice(q) && !speech(c, s):
		// "…trình quốc thư lên Tổng thống Indonesia": the office is
		// written, and its holder says nothing there.
		return false
	case named[s]:
		// "Drozdova said that cosmonaut Saburov will fly" are not
		// Saburov's words. An office's holder is judged by his office.
		return kind != saidByName || q.sayOffice != nil || speakerKey(q, key, word)
	case kind == saidByName, kind == saidByOther:
		return false
	case kind == saidByPronoun:
		return namedBefore(c, s, named)
	case speechNamed(c, s):
		return false
	}
	// "The new ambassador also said…" stands for the ambassador named
	// before, not for the president he presented his credentials to.
	role := roleLed(c.sents[s]) && (!byOffice(q) || officeLed(c, q, s))
	// A neighbour's words only where the sentence reports words said:
	// "The working group will first study payments for airport
	// services", after "Kincaid said any decision depended on safety",
	// is the story's, not Kincaid's.
	// An office's holder goes on speaking only from a sentence where he
	// speaks: beside "…presented his credentials to the President of
	// Indonesia", the headline's "…, cam kết mở rộng hợp tác" is the
	// envoy's.
	heard := func(j int) bool { return named[j] && (!byOffice(q) || speech(c, j) || talks(c, j)) }
	return (heard(s-1) || heard(s+1)) && speech(c, s) || pronounLed(c, s) && namedBefore(c, s, named) ||
		role && (named[s-2] || named[s-3])
}

// officeSpeaks reports whether the holder of q's speaking office, written
// in the sentences at of c, says anything there: one of them, or a
// sentence his pronoun or his office leads after it, reports speech. An
// article may write the office only as someone the story's speaker met
// ("presented his credentials to the President of Indonesia"); what the
// story is about is not then the holder's words.
func officeSpeaks(c *candidate, q *question, at map[int]bool) bool {
	for s := range c.sents {
		if speech(c, s) && saidBy(c, q, s, at) {
			return true
		}
	}
	return false
}

// speechNamed reports whether sentence s of c names its own speaker
// before a verb of speech that is not a verb of saying: "Berezin called
// the decision a small step", "Аргайл назвал договорённость попыткой".
// Such a sentence is not a neighbour's words. (attribution reads only
// verbs of saying: "Senator Denholm, a Republican on the Armed Services
// Committee, criticised the pledge" would be the committee's.)
func speechNamed(c *candidate, s int) bool {
	toks := corpus.Tokenize(c.sents[s])
	for i := 1; i < len(toks); i++ {
		t := toks[i-1]
		if (speechWords[toks[i].Lower] || russianSpeech(toks[i].Lower)) && capitalisedWord(t.Text) && !honorifics[t.Folded] &&
			topicSide(t) < 0 && (i > 1 || namedInside(c, t.Folded)) {
			return true
		}
	}
	return false
}

// byOffice reports whether q names its speaker by an office of a country
// or an organisation alone ("the President of Indonesia", "глава МИД
// Казахстана"), not by a name that may be the speaker's own ("Đại sứ
// Antonov"): the sentences that write the office are his only where he
// speaks in them.
func byOffice(q *question) bool {
	return q.sayOffice != nil && !q.sayOffice.sideNamed
}

// speech reports whether sentence s of c reports words said: a verb of
// saying (sayingVerb, sayingQuestionWords, speechWords) or a quotation.
func speech(c *candidate, s int) bool {
	if strings.ContainsAny(c.sents[s], "«»“”\"") {
		return true
	}
	toks := corpus.Tokenize(c.sents[s])
	for i, t := range toks {
		if sayingVerb(toks, i) > 0 || speechWords[t.Lower] || sayingQuestionWords[t.Folded] && t.Folded != "noi" ||
			i+1 < len(toks) && speechWords[t.Lower+" "+toks[i+1].Lower] || russianSpeech(t.Lower) {
			return true
		}
	}
	return false
}

// speechWords, lower-cased (one word or two), report speech beside
// sayingWords: a verb of saying in its other forms, a judgement given
// ("praised", "called it a drop in the ocean"), a call or a promise
// made, a matter discussed ("the ministers discussed the embassies").
// Vietnamese is matched with its diacritics: folded, "nói" is also
// "nối" (to join, to resume). Russian is matched by stem
// (russianSpeech).
var speechWords = setOf("called", "calls", "urged", "asked", "welcomed", "discussed", "talked", "spoke", "announced",
	"confirmed", "denied", "praised", "criticized", "criticised", "described", "argued", "acknowledged", "promised",
	"pledged", "expressed", "hailed", "emphasized", "emphasised", "underscored", "reiterated", "suggested", "proposed",
	"replied", "responded", "wrote", "predicted", "estimated", "recalled", "complained", "admitted", "declared",
	"говорится", "nói", "gọi", "viết", "kêu gọi", "thảo luận", "đề nghị", "bày tỏ", "hoan nghênh", "chỉ trích", "cam kết", "đề xuất",
	"thông báo", "xác nhận", "phủ nhận", "trả lời", "giải thích", "lưu ý", "ca ngợi", "khẳng định", "nhấn mạnh")

// talks reports whether sentence s of c tells of a conversation held
// (talkWords): its speaker's words may follow ("Орлов провёл телефонный
// разговор с Хейл. Министры обсудили…"), though it says none itself.
func talks(c *candidate, s int) bool {
	toks := corpus.Tokenize(c.sents[s])
	for i, t := range toks {
		if talkWords[t.Lower] || i+1 < len(toks) && talkWords[t.Lower+" "+toks[i+1].Lower] {
			return true
		}
	}
	return false
}

// talkWords, lower-cased (one word or two), are conversations and
// meetings.
var talkWords = setOf("talks", "call", "conversation", "interview", "briefing", "разговор", "разговора", "переговоры",
	"переговоров", "переговорах", "интервью", "брифинге", "met", "meeting", "встретился", "встретилась", "встрече",
	"điện đàm", "hội đàm", "hội kiến", "gặp", "phỏng vấn", "họp báo")

// russianSpeechStems begin the forms of Russian verbs of saying, in the
// past of either gender or number ("заявил", "заявила", "заявили").
var russianSpeechStems = []string{"заяви", "сказа", "сообщи", "отмети", "добави", "подчеркну", "поясни", "назва",
	"призва", "обсуди", "обсужда", "говори", "рассказа", "уточни", "ответи", "предупреди", "призна", "вырази",
	"высказа", "приветствова", "раскритикова", "пообеща", "написа", "объясни", "напомни", "констатирова"}

// russianSpeech reports whether a lower-cased word is a past form of a
// Russian verb of saying: a stem of russianSpeechStems and its ending
// ("л", "ла", "ли", "ло", "лся").
func russianSpeech(w string) bool {
	for _, st := range russianSpeechStems {
		if rest, ok := strings.CutPrefix(w, st); ok && (rest == "л" || rest == "ла" || rest == "ли" || rest == "ло" || rest == "лся") {
			return true
		}
	}
	return false
}

// officeLed reports whether sentence s of c writes q's speaking office
// among its first words ("The minister added…", "Министр также
// сообщил…"): a role that stands for the office's holder.
func officeLed(c *candidate, q *question, s int) bool {
	toks := corpus.Tokenize(c.sents[s])
	toks = toks[:min(len(toks), 8)]
	o := q.sayOffice
	if o.rank != nil {
		for i := range toks {
			f, ok := findOffice(toks, i)
			if ok && f.rank.rank == o.rank.rank && f.rank.portfolio == o.rank.portfolio {
				return true
			}
			// "The minister added…", "Bộ trưởng cho biết…": the
			// minister once named, by his rank alone.
			if !ok && o.rank.rank == "minister" && !o.deputy && bareMinister(toks, i) {
				return true
			}
		}
		return false
	}
	for _, a := range o.office.alts {
		for i := range toks {
			if i+len(a.words) <= len(toks) && matchKey(matchForm(toks[i])) == a.words[0] {
				return true
			}
		}
	}
	return false
}

// maxPronounRun is how many sentences back a run of sentences led by a
// pronoun may carry a speaker: a news account of one person's briefing
// goes on for a paragraph or two ("Antonov also conveyed … He underscored
// … From his perspective … He urged … In discussing Ukraine, he
// criticized …": a seed's report runs four).
const maxPronounRun = 5

// namedBefore reports whether the sentence before s names the speaker,
// or is one of a run of sentences led by a pronoun that goes back to one
// that does: "he" is the last person named.
func namedBefore(c *candidate, s int, named map[int]bool) bool {
	for j := s - 1; j >= 0 && j >= s-maxPronounRun; j-- {
		if named[j] {
			return true
		}
		if !pronounLed(c, j) {
			return false
		}
	}
	return false
}

// pronounLed reports whether sentence s of c has a pronoun of a person
// (or his possessive) among its first words: "He urged …", "In
// discussing Ukraine, he criticized …", "From his perspective, …", "По
// его словам". Vietnamese "ông"/"bà" before a capitalised word is a
// title ("ông Antonov"), not a pronoun.
func pronounLed(c *candidate, s int) bool {
	toks := corpus.Tokenize(c.sents[s])
	for i := 0; i < len(toks) && i < 6; i++ {
		w := toks[i].Folded
		if !speakerPronouns[w] && !possessivePronouns[w] {
			continue
		}
		if (w == "ong" || w == "ba") && i+1 < len(toks) && capitalisedWord(toks[i+1].Text) {
			continue
		}
		return true
	}
	return false
}

// roleLed reports whether a sentence is told, near its start, by a
// person named before by his role: "As described by the diplomat, …",
// "The ambassador added …", "Дипломат также сообщил …", "Nhà ngoại
// giao này cho biết …". Such a role stands for a person named a sentence
// or two back, past a sentence that cites an agency ("…, according to
// RIA News"), which breaks a run of pronouns (namedBefore) but not a
// role's reference. A role before a capitalised word names its own
// holder ("посол Антонов"); a role in Latin letters needs an English
// article ("Officials said" is nobody named before), so Vietnamese
// written without diacritics is not read.
func roleLed(sentence string) bool {
	head := sentence
	if r := []rune(head); len(r) > 80 {
		head = string(r[:80])
	}
	for _, m := range roleLedRE.FindAllStringSubmatchIndex(head, -1) {
		if m[2] < 0 && isASCII([]byte(head[m[4]:m[5]])) {
			continue
		}
		if rest := strings.Fields(head[m[5]:]); len(rest) == 0 || !capitalisedWord(rest[0]) {
			return true
		}
	}
	return false
}

// roleLedRE finds a role (extractive.go's roleNouns and personNouns),
// with an English article before it as its second group.
var roleLedRE = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:(the|this)\s+)?(` + roleNouns + `|` + personNouns + `)(?:[^\p{L}]|$)`)

// speakerKey reports whether a word (its match key, and folded) is one
// of the question's speakers' names, in its spellings or resembling it
// in the other script (judge_names.go).
func speakerKey(q *question, key, word string) bool {
	for _, k := range q.cons {
		if k.Kind != KindName || !q.speakers[k.Text] {
			continue
		}
		for _, a := range q.t.concepts[k.concepts[0]].alts {
			if slices.Contains(a.words, key) {
				return true
			}
		}
		if keys, _ := nameKeys(k.Text); wordResembles(word, keys) {
			return true
		}
	}
	return false
}

// The speaker a sentence gives itself.
const (
	saidByNone = iota
	saidByName
	saidByPronoun
	// saidByOther: a source that is no person named ("according to a
	// joint statement", "…, the statement said"): the sentence is not a
	// neighbour's words.
	saidByOther
)

// attribution returns who sentence s of c says says it, and for a name
// the match key of its last word and the word folded: a name beside a saying verb ("Orlov
// said", "said Treasury Under Secretary Elena Marsh", "заявил Орлов",
// "ông Tolliver cho biết"), a pronoun ("he said", "она добавила", "ông
// cho biết", "по её словам"), or none. A capitalised word that opens the
// sentence alone is a name only if the article writes it capitalised
// inside a sentence too: "Officials said" and "Lebedev also said" are
// written alike, "Эксперты считают" and "Дроздова сообщила" too.
func attribution(c *candidate, s int) (kind int, key, word string) {
	toks := corpus.Tokenize(c.sents[s])
	name := func(t corpus.Token) (int, string, string) { return saidByName, matchKey(matchForm(t)), t.Folded }
	for i := range toks {
		n := sayingVerb(toks, i)
		if n == 0 {
			continue
		}
		// Before the verb, over an adverb ("Drozdova also said",
		// "Дроздова также сообщила").
		for j := i - 1; j >= 0 && j >= i-2; j-- {
			t := toks[j]
			if speakerPronouns[t.Folded] {
				return saidByPronoun, "", ""
			}
			if capitalisedWord(t.Text) && !honorifics[t.Folded] && topicSide(t) < 0 {
				if j > 0 || j+1 < i && capitalisedWord(toks[j+1].Text) || namedInside(c, t.Folded) {
					return name(t)
				}
				break
			}
			// "…, the statement said": a thing, after an article.
			if j == i-1 && j > 0 && articles[toks[j-1].Folded] && !roleLedRE.MatchString(t.Text) {
				return saidByOther, "", ""
			}
			if !sayAdverbs[t.Folded] {
				break
			}
		}
		// After it, where the verb follows a quote, a comma or a dash or
		// opens an attribution ("…," said Orlov', "— заявил Орлов", "по
		// словам Орлова", "according to Orlov"): the last word of the
		// run of capitalised words. Elsewhere what follows the verb is
		// what was said ("Lavrov cho biết Nga và Mỹ…").
		sentence := c.sents[s]
		before := strings.TrimRight(sentence[:toks[i].Start], " \u00a0")
		opens := n == 2 || toks[i].Folded == "словам" || i > 0 && toks[i-1].Folded == "как" ||
			strings.HasSuffix(before, ",") || strings.HasSuffix(before, "—") || strings.HasSuffix(before, "-") ||
			strings.HasSuffix(before, "\"") || strings.HasSuffix(before, "»") || strings.HasSuffix(before, "”")
		k := i + n
		if !opens || n == 2 && toks[i].Folded != "according" || k >= len(toks) {
			continue
		}
		if speakerPronouns[toks[k].Folded] {
			return saidByPronoun, "", ""
		}
		last := -1
		for ; k < len(toks) && capitalisedWord(toks[k].Text) && !honorifics[toks[k].Folded] && topicSide(toks[k]) < 0; k++ {
			last = k
		}
		if last >= 0 {
			return name(toks[last])
		}
		// "According to a joint statement", "according to industry
		// data": a source of its own, no person.
		if n == 2 && !capitalisedWord(toks[i+n].Text) && !roleLed(sentence[toks[i+n].Start:]) {
			return saidByOther, "", ""
		}
	}
	return saidByNone, "", ""
}

// namedInside reports whether c writes the folded word w capitalised
// inside a sentence, as a name is.
func namedInside(c *candidate, w string) bool {
	for _, sent := range c.sents {
		toks := corpus.Tokenize(sent)
		for i := 1; i < len(toks); i++ {
			if toks[i].Folded == w && capitalisedWord(toks[i].Text) {
				return true
			}
		}
	}
	return false
}

// sayingVerb returns how many words at toks[i] spell a verb of saying
// (vi/en/ru), or 0.
func sayingVerb(toks []corpus.Token, i int) int {
	w := toks[i].Folded
	if i+1 < len(toks) {
		if two := w + " " + toks[i+1].Folded; sayingPhrases[two] {
			return 2
		}
	}
	if sayingWords[w] {
		return 1
	}
	return 0
}

var (
	// sayingWords, folded, report speech.
	sayingWords = setOf("said", "says", "told", "added", "noted", "stressed", "warned", "insisted", "explained",
		"заявил", "заявила", "сказал", "сказала", "сообщил", "сообщила", "отметил", "отметила", "добавил", "добавила",
		"подчеркнул", "подчеркнула", "пояснил", "пояснила", "словам")
	// sayingPhrases, folded, report speech in two words.
	sayingPhrases = setOf("cho biet", "khang dinh", "nhan manh", "tuyen bo", "cho rang", "danh gia", "binh luan", "nhan xet",
		"phat bieu", "nhan dinh", "according to")
	// speakerPronouns, folded, stand for a speaker named before.
	speakerPronouns = setOf("he", "she", "он", "она", "его", "ее", "ong", "ba")
	// possessivePronouns, folded, tell a speaker's view: "from his
	// perspective", "по её мнению".
	possessivePronouns = setOf("his", "her")
	// articles, folded, stand before a noun that says something ("the
	// statement said").
	articles = setOf("the", "a", "an")
	// sayAdverbs, folded, may stand between a speaker and his verb.
	sayAdverbs = setOf("also", "later", "then", "further", "также", "тоже", "затем", "позже", "cung", "con")
)

// bareMinister reports whether toks write at i a minister by his rank
// alone, no deputy word before: "minister", "министр" in any case,
// "bộ trưởng".
func bareMinister(toks []corpus.Token, i int) bool {
	if i > 0 && (officeDeputyWords[toks[i-1].Folded] || toks[i-1].Folded == "thu") {
		return false
	}
	w := toks[i].Folded
	return w == "minister" || strings.HasPrefix(w, "министр") && !strings.HasPrefix(w, "министерств") ||
		w == "bo" && i+1 < len(toks) && toks[i+1].Folded == "truong"
}
