package answer

import (
	"regexp"
	"slices"
	"strings"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
)

// A "where" question may ask more of its place than being one. "Where
// will the summit be held?" asks where something still to come will
// be, which the place of the meeting that prepared it does not give;
// "In which city…" asks for a city, which a country's name does not
// give; "Where was X born?" asks a birthplace, which the city X works
// in does not give. fillsNameSlot reads these from whereAsk.

// whereAsk is what a "where" question asks of its place.
type whereAsk struct {
	future bool // a place still to come: "will be held", "sẽ diễn ra", "пройдёт"
	city   bool // a city or a town: "in which city", "thành phố nào", "в каком городе"
	birth  bool // where someone was born: "born", "sinh ra", "родился"
	// code: the question asks the number a flight or an aircraft goes
	// by ("the flight number", "số hiệu chuyến bay", "номер рейса"),
	// which only a number written after the word for it gives.
	code bool
}

// askedWhere reads whereAsk from a question of type qt.
func askedWhere(query string, qt qType) whereAsk {
	if qt != qWhere {
		return whereAsk{}
	}
	lower := strings.ToLower(query)
	w := whereAsk{city: cityQuestionRE.MatchString(lower), birth: birthRE.MatchString(lower)}
	// A question put in the past as well ("where was the accord signed
	// that will…") is left as it was.
	if !pastQuestionRE.MatchString(lower) && !w.birth {
		w.future = futureQuestionRE.MatchString(lower) || futureRE.MatchString(lower) || planRE.MatchString(lower)
		for _, t := range corpus.Tokenize(lower) {
			w.future = w.future || perfectiveRU(t.Folded) && reflexiveRE.MatchString(t.Folded)
		}
	}
	return w
}

var (
	// cityQuestionRE asks for a city or a town, lower-cased.
	cityQuestionRE = regexp.MustCompile(`(^|[^\p{L}])((which|what) (city|town)|(thành phố|thị trấn|thị xã|thanh pho|thi tran) (nào|nao)|как\p{L}* город\p{L}*)([^\p{L}]|$)`)
	// birthRE finds a birth or a birthplace, lower-cased: "born",
	// "sinh ra", "quê", "родился", "уроженец".
	birthRE = regexp.MustCompile(`(^|[^\p{L}])(born|birthplace|hometown|native of|sinh ra|sinh tại|sinh ở|nơi sinh|quê|chào đời|sinh ra|родил(ся|ась|ись)|уроженец|уроженк\p{L}*|уроженц\p{L}*|родом|родн\p{L}* город\p{L}*)([^\p{L}]|$)`)
	// agreedRE finds, lower-cased, an accord or a decision to do what is
	// still to come, told in the past: "agreed on Friday to set up", "nhất trí
	// lập", "договорились создать", "должен начать".
	agreedRE = regexp.MustCompile(`(^|[^\p{L}])((agreed|agree|decided|plans?|intends?)( [\p{L}\d]+){0,3} (to|that)|nhất trí|thống nhất|quyết định|kế hoạch|dự định|cam kết|договорил\p{L}*|решил\p{L}*|решено|согласил\p{L}*|должн\p{L}*)([^\p{L}]|$)`)
	// prospectRE finds, lower-cased, what the sides weigh doing, which is
	// still to come whatever the tense of the weighing: "are discussing
	// the possibility of opening", "đang thảo luận khả năng mở",
	// "обсуждают возможность открыть".
	prospectRE = regexp.MustCompile(`(^|[^\p{L}])((discuss|consider|explor|weigh)\p{L}* (the |a )?(possibility|prospect|option|idea)|stud(y|ies|ied|ying) (the |a )?(possibility|prospect|option|idea)|(thảo luận|xem xét|bàn|bàn bạc|nghiên cứu|tính đến|cân nhắc)( về)? (khả năng|phương án)|(обсужда|обсуди|рассматрива|рассмотр|изуча|прорабатыва)\p{L}* (возможност|вариант)\p{L}*)([^\p{L}]|$)`)
	// clauseBreakRE ends a clause: a comma, a semicolon, a dash, or a
	// conjunction that opens another ("but", "nhưng", "но", "после
	// чего").
	clauseBreakRE = regexp.MustCompile(`[,;:–—]\s+|\s(and|but|while|whereas|và|nhưng|song|còn|trong khi|и|но|после чего|тогда как)\s|\s(after|после)\s`)
	// afterRE opens a clause that tells what came before: "after two
	// days of talks in Madrid", "sau hai ngày đàm phán tại Madrid",
	// "после переговоров в Женеве".
	afterRE = regexp.MustCompile(`^\s*(after|following|sau|sau khi|после)(\s|$)`)
	// pastClauseRE finds, lower-cased, a clause told in the past or
	// denied: "was held", "đã hội đàm", "chưa được bàn", "не обсуждался".
	pastClauseRE = regexp.MustCompile(`(^|[^\p{L}])(was|were|had|did|took place|met|not|never|đã|chưa|từng|не)([^\p{L}]|$)`)
)

// futureClauses returns the clauses of sentence that may tell where
// something still to come will be: all but those told in the past or
// denied that do not speak of what is to come themselves. Of "Moscow
// wants the next step to be the consulates, but this was not discussed
// in Madrid", the first clause; Madrid is where it was not discussed.
func futureClauses(sentence string) string {
	var kept strings.Builder
	at := 0
	// after: the clauses follow "after" within the sentence, which
	// tells what came before to its end ("…, after two days of talks at
	// the Palacio de Viana, the ministry's residence in Madrid"); an
	// "After …" that opens the sentence is followed by its main clause.
	after := false
	for _, m := range append(clauseBreakRE.FindAllStringSubmatchIndex(sentence, -1), []int{len(sentence), len(sentence), -1, -1, -1, -1}) {
		clause := sentence[at:m[0]]
		opens := afterRE.MatchString(strings.ToLower(clause))
		after = after || opens && at > 0
		past := after || opens || pastClause(clause)
		after = after || m[4] >= 0
		at = m[1]
		if past && !speaksOfFuture(clause) && !agreedRE.MatchString(strings.ToLower(clause)) {
			continue
		}
		// The clause with the words that end it: "в Номе и Анадыре"
		// stays one place.
		kept.WriteString(sentence[m[0]-len(clause) : m[1]])
	}
	return kept.String()
}

// pastClause reports whether a clause is told in the past or denied: a
// word of pastClauseRE or a Russian verb in the past tense ("прошла",
// "состоялся", "обсуждали").
func pastClause(clause string) bool {
	lower := strings.ToLower(clause)
	if pastClauseRE.MatchString(lower) {
		return true
	}
	for _, t := range corpus.Tokenize(clause) {
		if pastVerbRU(t.Folded) || pastEN(t.Text) {
			return true
		}
	}
	return false
}

// pastEN reports an English word in lower case that ends as a verb in
// the past tense ("rejected", "hosted"); a capitalised one is a name
// ("United").
func pastEN(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && strings.ToLower(w) == w && !strings.ContainsFunc(w, func(r rune) bool { return r > 'z' })
}

// pastVerbRU reports a folded Russian word that ends as a verb in the
// past tense of any gender or number, reflexive or not ("прошла",
// "состоялся", "договорились"). A noun so ending ("посла", "села") only
// makes a clause count as past; a clause that also speaks of what is to
// come is kept whatever it holds.
func pastVerbRU(w string) bool {
	if !cyrillic(w) || len([]rune(w)) < 5 {
		return false
	}
	for _, e := range []string{"ал", "ил", "ял", "ел", "ла", "ли", "лся", "лась", "лось", "лись"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// tellsToCome reports whether a sentence may tell where something still
// to come will be: it speaks of what is to come, of an accord or a
// decision to do it, or of a prospect the sides weigh ("discussing the
// possibility of a ferry line between Kirkenes and Murmansk").
func tellsToCome(sentence string) bool {
	lower := strings.ToLower(sentence)
	return speaksOfFuture(sentence) || agreedRE.MatchString(lower) || prospectRE.MatchString(lower)
}

// countryOnly reports whether the run of capitalised words around
// toks[i] names a country or a territory, which does not say in which
// city ("tại Argentina", "в Швейцарии"), unless it is a city-state.
func countryOnly(toks []corpus.Token, i int, upper func(int) bool) bool {
	start, end := i, i
	for start > 0 && upper(start-1) {
		start--
	}
	for end+1 < len(toks) && upper(end+1) {
		end++
	}
	words := make([]string, 0, end-start+1)
	for _, t := range toks[start : end+1] {
		words = append(words, t.Text)
	}
	run := strings.Join(words, " ")
	if !retrieval.Region(run) && !(start == end && retrieval.Region(toks[i].Text)) {
		return false
	}
	for _, e := range append([]string{run}, retrieval.Expand(run)...) {
		if cityStates[corpus.Fold(e)] {
			return false
		}
	}
	return true
}

// cityStates are the countries and territories that are one city, whose
// name answers "in which city" (folded English, as the lexicon spells
// them in every language).
var cityStates = setOf("singapore", "monaco", "vatican", "vatican city", "hong kong", "macao", "macau", "hong kong sar china", "macao sar china")

// futureEventSentences returns best and the sentences of c that speak of
// what is to come and hold one of the question's words for its event
// (not a name: "talks", "summit", "đàm phán"): where the next talks will
// be may be told away from the sentences the question's names pick
// ("talks planned in Saudi Arabia" in a story whose lead is about NATO).
func futureEventSentences(c *candidate, q *question, srcLang string, best []int) []int {
	cis, _ := locatable(q, srcLang)
	named := map[int]bool{}
	for _, k := range q.cons {
		if k.Kind == KindName || k.Kind == KindOffice {
			named[k.concepts[0]] = true
		}
	}
	out := slices.Clone(best)
	for _, ci := range cis {
		// The verb that a thing takes place by ("be held", "tổ chức",
		// "пройдёт") is the question's frame, not its event: "the next
		// conference will be held where" is not told by a drill that
		// "dự kiến diễn ra … ngoài khơi Cam Ranh".
		if named[ci] || q.t.concepts[ci].alts[0].weight == 1 && slices.ContainsFunc(q.t.concepts[ci].alts, func(a alternative) bool {
			return a.weight == 1 && frameRE.MatchString(strings.Join(a.full, " "))
		}) {
			continue
		}
		for _, p := range runStarts(c, q.t.concepts[ci]) {
			s := c.sent[p]
			if !slices.Contains(out, s) && tellsToCome(c.sents[s]) {
				out = append(out, s)
			}
		}
	}
	slices.Sort(out)
	return out
}

// frameRE finds, folded, a verb that something takes place by: "hold",
// "host", "take place", "tổ chức", "diễn ra", "пройдёт", "состоится",
// "проведут".
var frameRE = regexp.MustCompile(`^(hold|held|host|take|place|took|happen|tổ chức|to chuc|diễn ra|dien ra|chu tri|dang cai|проход|пройд|прошл|состо|провод|провед)`)

var (
	// codeQuestionRE asks, lower-cased, the number a flight or an
	// aircraft goes by.
	codeQuestionRE = regexp.MustCompile(`(^|[^\p{L}])((flight|tail|registration) numbers?|số hiệu|so hieu|номер\p{L}* (рейс\p{L}*|самол\p{L}*|борт\p{L}*)|бортов\p{L}* номер\p{L}*)([^\p{L}]|$)`)
	// codeRE finds, lower-cased, a flight or an aircraft by its number:
	// "flight SU 1234", "рейсом SU-100", "chuyến bay VN123", "số hiệu
	// RA-96012".
	codeRE = regexp.MustCompile(`(^|[^\p{L}])(flights?|рейс\p{L}*|chuyến bay|chuyen bay|số hiệu|so hieu|номер\p{L}*|no\.)( (number|номер|số))?\s+([\p{L}-]*\s?)?\d`)
)

// givesCode reports whether c names a flight or an aircraft by its
// number anywhere.
func givesCode(c *candidate) bool {
	return slices.ContainsFunc(c.sents, func(s string) bool { return codeRE.MatchString(strings.ToLower(s)) })
}
