package answer

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
)

// withoutScene returns q without what a reader says of themselves before
// asking ("I'm writing a piece on US–Russia relations. Who led …?", "Tôi
// đang viết bài về quan hệ Nga – Mỹ. Ai …?", "Готовлю обзор для
// редакции. Кто …?", "A colleague mentioned this story. How many …?",
// "Quick question for a story I'm editing: who …?").
// Such a sentence tells who asks, not what: its words ("piece", "editor",
// "colleague", "local paper") are no detail a report must hold, and read as
// the question's they refused one answerable question in five (the
// context kind of scripts/variants.py). A sentence is the reader's scene
// when it asks nothing (no "?") and speaks in the first person, points at
// the conversation's story ("this story", "об этом", "chuyện này") or
// names the asker's work or asking (sceneMeta: "a story I'm editing",
// "Коллега спрашивает"); a clause before a colon or a dash that the
// question follows ("…: who …?") is read as a sentence.
//
// A scene that names something ("I'm covering the Maryland property story
// for a local paper.") still scopes the question: its names and numbers
// stay, as a sentence of their own before the question ("About Maryland.
// How long …?", sceneScope), and only its other words go; a near miss
// with another name in the scene stays a near miss. A scene the question
// leans on ("… the Geneva talks. Who led them?", refersBack) is kept
// whole, and so is a question of one sentence.
func withoutScene(q, lang string) string {
	segs, colon := sceneSegments(q)
	if len(segs) < 2 {
		return q
	}
	// A greeting ("Hi!") may stand before or after the scene; the scene
	// goes only with what stands between it and the question.
	cut, scene := 0, false
	var names []string
	for i, s := range segs[:len(segs)-1] {
		text := q[s[0]:s[1]]
		if n, ok := readerScene(text, lang, i == len(segs)-2 && colon); ok {
			scene = true
			names = append(names, n...)
		} else if !greeting(text, lang) {
			break
		}
		cut = s[1]
	}
	if !scene {
		return q
	}
	rest := strings.TrimSpace(strings.TrimLeft(q[cut:], ":-–— "))
	if refersBack(rest, lang) || !askWordRE.MatchString(strings.ToLower(rest)) && !strings.Contains(rest, "?") {
		return q
	}
	rest = upperFirst(rest) // "…: who …?"
	if len(names) == 0 {
		return rest
	}
	if len(contentWords(rest, lang)) < 2 {
		// An ask too short to say what it is about ("Слышал, что в
		// Хьюстоне сменился наш генконсул. Кто теперь?") asks about
		// what the scene tells: kept whole.
		return q
	}
	// The request the question is asked through goes before the scope is
	// put in front of it ("Do you know how long …?"): withoutFrame reads
	// only a question's opening.
	return sceneScope(names, lang) + " " + withoutFrame(rest, lang)
}

// sceneScope writes the names a reader's scene holds as a sentence of
// their own, after a preposition of the question's language ("About
// Maryland, Baltimore.", "Про Мурманске.", "Về Almaty."), so that no name
// opens a sentence, where its capital would not make it one.
func sceneScope(names []string, lang string) string {
	about := "About"
	switch lang {
	case "ru":
		about = "Про"
	case "vi":
		about = "Về"
	}
	return about + " " + strings.Join(names, ", ") + "."
}

// sceneSegments returns the spans of q's sentences, the last one split
// after a colon or a dash that a question word follows ("Quick question
// for a story I'm editing: who …?", "Коллега спрашивает: какой …?");
// colon: whether it was.
func sceneSegments(q string) (segs [][2]int, colon bool) {
	for _, s := range corpus.Sentences(q) {
		segs = append(segs, [2]int{s.Start, s.End})
	}
	if len(segs) == 0 {
		return nil, false
	}
	last := segs[len(segs)-1]
	text := q[last[0]:last[1]]
	if m := sceneBreakRE.FindStringSubmatchIndex(text); m != nil {
		if after := strings.TrimSpace(text[m[3]:]); askWordRE.MatchString(strings.ToLower(firstWords(after, 2))) {
			segs[len(segs)-1] = [2]int{last[0], last[0] + m[2]}
			segs, colon = append(segs, [2]int{last[0] + m[3], last[1]}), true
		}
	}
	return segs, colon
}

// sceneBreakRE is the first colon, or dash between spaces, of a sentence
// before any "?".
var sceneBreakRE = regexp.MustCompile(`^[^?:]*?(:|\s[-–—]\s)`)

// readerScene reports whether sentence s (see withoutScene) is a reader's
// scene: no question, and a word of the first person, one pointing at the
// story or, when meta (a clause before a colon: "Коллега спрашивает: …"),
// one of the asker's work; a sentence of a report may say "the article"
// or "the story" too. names are the names (a capitalised
// word past the first, or a run of them: "Wye Landing") and numbers it
// holds, as s writes them, but for the two countries the corpus is about.
func readerScene(s, lang string, meta bool) (names []string, ok bool) {
	if strings.Contains(s, "?") {
		return nil, false
	}
	toks := corpus.Tokenize(s)
	reader := false
	run, end := -1, -1 // where the run of names being read starts and ends
	for i, t := range toks {
		name := i > 0 && unicode.IsUpper([]rune(t.Text)[0]) && !sceneParty(t.Folded) && !sceneFirstPerson[t.Folded]
		switch {
		case !name && !strings.ContainsAny(t.Text, "0123456789"):
			run = -1
		case run >= 0 && strings.TrimSpace(s[end:t.Start]) == "":
			names[len(names)-1], end = s[run:t.End], t.End
		default:
			names = append(names, t.Text)
			run, end = t.Start, t.End
		}
		if sceneFirstPerson[t.Folded] || scenePointer[t.Folded] || meta && sceneMeta[t.Folded] {
			reader = true
		}
		// A Russian sentence that opens with a verb of the first person
		// singular ("Готовлю обзор …", "Слежу за новостями …", "Пишу
		// статью …"): Russian drops the "я".
		if i == 0 && lang == "ru" && len(toks) > 1 && firstPersonVerbRU(t.Folded) {
			reader = true
		}
	}
	// A colon inside opens what the reader asks about ("Cho mình hỏi:
	// Trận cờ … ở Belgrade và … đều liên quan đến thị thực."): what it
	// names is no scene's.
	if !reader || len(names) > 0 && strings.Contains(s, ":") {
		return nil, false
	}
	return names, true
}

// greeting reports a sentence of stop words only ("Hi!", "Здравствуйте!",
// "Chào bạn!"): no content of the question.
func greeting(s, lang string) bool {
	if strings.Contains(s, "?") {
		return false
	}
	for _, t := range corpus.Tokenize(s) {
		if !corpus.IsStopWord(lang, t.Folded) && !corpus.IsStopWordVI(t.Lower) {
			return false
		}
	}
	return true
}

// firstPersonVerbRU reports a folded Russian word with the endings of the
// first person singular present (-ю, -у after a consonant or a hushing
// letter: готовлю, слежу, пишу, читаю) and no stop word.
func firstPersonVerbRU(w string) bool {
	r := []rune(w)
	if len(r) < 4 || corpus.IsStopWord("ru", w) {
		return false
	}
	last, before := r[len(r)-1], r[len(r)-2]
	return last == 'ю' && strings.ContainsRune("аеилоуья", before) || last == 'у' && strings.ContainsRune("жшщчш", before) ||
		last == 'ю' && strings.ContainsRune("лнр", before)
}

// sceneParty reports the folded names of the two countries the corpus is
// about, which a reader's scene names without narrowing anything ("I
// follow the news about Russia and the United States"): the lexicon's
// topic (retrieval.Topic), in any case or spelling, and the words of the
// topic's names of two words ("United States", "Hoa Kỳ"), which a
// sentence's words are looked up one by one.
func sceneParty(w string) bool {
	return sceneParties[w] || retrieval.Topic(w)
}

var (
	sceneParties = setOf("us", "united", "states", "hoa", "ky", "my", "kremlin", "кремль", "кремля", "кремле")
	// sceneFirstPerson: I, me, my, we (not "us", folded the same as US);
	// я, мне, мой, мы, наш; tôi, mình, chúng (folded).
	sceneFirstPerson = setOf("i", "im", "ive", "id", "me", "my", "we", "our",
		"я", "мне", "меня", "мной", "мои", "мой", "моя", "мое", "моего", "моей", "мы", "нам", "нас", "наш", "наша", "наши",
		"toi", "minh")
	// scenePointer: a word pointing at the story asked about ("this
	// story", "эту историю", "об этом", "chuyện này", "tin này").
	scenePointer = setOf("this", "these", "это", "эту", "этом", "этой", "эти", "nay")
	// sceneMeta: words of the asker's work and asking, which a news
	// report about the two countries does not ask about ("a question for
	// a story I'm editing", "Коллега спрашивает", "a museum newsletter"),
	// folded, Russian in the forms a scene writes them.
	sceneMeta = setOf("question", "story", "piece", "article", "paper", "newsletter", "blog", "podcast", "column",
		"colleague", "editor", "essay", "thesis", "homework", "assignment", "coursework",
		"вопрос", "статья", "статью", "статьи", "заметка", "заметку", "материал", "коллега", "коллеги", "редактор",
		"редакция", "редакции", "курсовая", "курсовую", "реферат", "диплом", "блог")
)

// withoutFrame returns q without the request it is asked through ("Do you
// know who led …?", "I'd like to know when the treaty expired.", "Не
// знаете, кто …?", "Хотелось бы узнать, сколько …", "Bạn có biết … không?",
// "Tôi muốn biết …"): the question asked is what follows. English reads
// an opening "Do you" as a yes/no question (qtype.go), which it is not
// when a question word follows; the frame's words ("интересно", "узнать")
// are no topic. The frame goes only when what follows asks: a question
// word must open it (in Vietnamese, be in it), so "Do you know Lavrov?"
// and "Не знаете, Лавров приедет?" stay as written.
func withoutFrame(q, lang string) string {
	var re *regexp.Regexp
	switch lang {
	case "en":
		re = frameEN
	case "ru":
		re = frameRU
	case "vi":
		re = frameVI
	default:
		return q
	}
	m := re.FindStringSubmatchIndex(q)
	if m == nil {
		return q
	}
	rest := strings.TrimSpace(q[m[1]:])
	if lang == "vi" {
		rest = strings.TrimSpace(frameEndVI.ReplaceAllString(rest, ""))
		if !askWordRE.MatchString(strings.ToLower(rest)) {
			return q
		}
	} else if !askWordRE.MatchString(strings.ToLower(firstWords(rest, 2))) {
		return q
	}
	rest = strings.TrimRight(rest, ".!? ")
	if rest == "" {
		return q
	}
	return upperFirst(rest) + "?"
}

// firstWords returns the first n words of s.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

var (
	frameEN = regexp.MustCompile(`(?i)^\s*(?:(?:do|did) you (?:happen to )?know|(?:can|could|would) you (?:please )?tell (?:me|us)|` +
		`(?:please )?tell (?:me|us)|quick question|(?:i have a|one) question|i(?:'d| would) like to know|i (?:want|wanted|need) to know|i(?:'m| am) wondering|i wonder|any idea)\s*[,:]?\s+`)
	frameRU = regexp.MustCompile(`(?i)^\s*(?:(?:вы )?не (?:знаете|подскажете|скажете)|подскажите|скажите|интересно|` +
		`(?:у меня )?(?:есть )?вопрос(?: такой)?|(?:мне )?хотелось бы (?:узнать|знать)|хочу (?:узнать|знать)|хотел(?:а)? бы (?:узнать|знать))\s*(?:,\s*пожалуйста)?\s*[,:]\s*`)
	frameVI = regexp.MustCompile(`(?i)^\s*(?:(?:bạn|anh|chị|ban|anh|chi) có biết|(?:bạn|ban) co biet|cho (?:tôi|mình|em|toi|minh) biết|` +
		`cho (?:toi|minh|em) biet|(?:tôi|mình|em) muốn biết|(?:toi|minh|em) muon biet|không biết|khong biet)\s*[,:]?\s+`)
	frameEndVI = regexp.MustCompile(`(?i)\s*(?:không|khong|nhỉ|nhi|nhé|nhe|vậy|vay)?\s*[?.!]*\s*$`)
)

// withoutInstruction returns q without what a reader asks of the
// answer's form after the question ("… in Kyoto and in Sharm el-Sheikh?
// Briefly, for each.", "… ? Коротко по каждой.", "… ? Trả lời ngắn
// gọn."): how to answer, not what. Its words ("briefly", "коротко",
// "каждой", "ngắn gọn") are no detail a report must hold, and read as
// the question's content they refuse a question its reports answer. A
// sentence is an instruction when it asks nothing (no "?"), holds no
// number and every word is a stop word or a word of the answer's form
// (answerForm); the question before it must ask. q unchanged otherwise.
func withoutInstruction(q, lang string) string {
	sents := corpus.Sentences(q)
	cut := len(q)
	for i := len(sents) - 1; i >= 1; i-- {
		if !readerInstruction(q[sents[i].Start:sents[i].End], lang) {
			break
		}
		cut = sents[i].Start
	}
	rest := strings.TrimSpace(q[:cut])
	if cut == len(q) || !strings.Contains(rest, "?") && !askWordRE.MatchString(strings.ToLower(rest)) {
		return q
	}
	return rest
}

// readerInstruction reports whether sentence s (see withoutInstruction)
// is a reader's instruction on the answer's form.
func readerInstruction(s, lang string) bool {
	if strings.ContainsAny(s, "?0123456789") {
		return false
	}
	form := false
	for _, t := range corpus.Tokenize(s) {
		switch {
		case answerForm[t.Folded]:
			form = true
		case corpus.IsStopWord(lang, t.Folded) || corpus.IsStopWordVI(t.Lower):
		default:
			return false
		}
	}
	return form
}

// answerForm are the folded words of a reader's instruction on the
// answer's form (vi/en/ru): brevity, "for each", a list, please and
// thanks. Vietnamese by syllable ("ngắn gọn" is "ngan", "gon").
var answerForm = setOf(
	"briefly", "brief", "short", "shortly", "concise", "concisely", "summary", "summarize", "summarise", "sum", "up",
	"each", "every", "both", "separately", "respectively", "list", "point", "points", "bullet", "bullets", "word", "words",
	"sentence", "sentences", "line", "lines", "please", "thanks", "thank", "answer", "reply", "keep", "give", "quick", "quickly",
	"коротко", "кратко", "вкратце", "покороче", "короче", "сжато", "пожалуиста", "пожалуйста", "спасибо", "ответьте", "ответь",
	"перечислите", "перечисли", "списком", "пунктам", "каждои", "каждой", "каждому", "каждого", "каждая", "каждыи", "каждый", "каждом",
	"обоим", "обеим", "отдельно", "двух", "словах", "предложениях",
	"ngan", "gon", "tom", "tat", "tra", "loi", "tung", "moi", "rieng", "liet", "ke", "giup", "vui", "long", "xin", "nhe", "cam", "on",
)
