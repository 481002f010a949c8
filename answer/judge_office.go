package answer

import (
	"slices"
	"strings"
	"sync"

	"github.com/detente/detente/corpus"
)

// Offices by rank. "The head of Roscosmos" is the agency's director
// general, its "глава" or "người đứng đầu", and the "administrator" of
// NASA; "министр финансов США" is the Treasury Secretary and "Bộ trưởng
// Tài chính Mỹ". A question and an article name one office in many
// words, and a deputy's office in the same words with one more: "Deputy
// Treasury Secretary", "Treasury Under Secretary", "заместитель
// генерального директора", "Phó Giám đốc", "NASA Associate
// Administrator". The judge compares offices by rank and portfolio, not
// by the asker's word, so that a deputy or an under secretary quoted on
// the matter does not answer for the minister, while the office in
// another word of the same rank does.

// officeRank is the kind of an office: its rank, the portfolio of a
// minister ("" for any other), and the side of the topic the office's
// own name belongs to ("Secretary of State", "госсекретарь", "Treasury
// Secretary" are American offices), or -1.
type officeRank struct {
	rank, portfolio string
	side            int
}

// officeWords is one spelling of an office: its words, folded, each a
// set of alternatives ("министр|министра|…"); an alternative ending in
// "*" is a prefix.
type officeWords struct {
	words [][]string
	rank  officeRank
	// deputy: the spelling is itself a deputy's ("замминистра",
	// "Thứ trưởng", "вице-премьер" is two words and needs none).
	deputy bool
}

// officeSpellings are the offices the judge compares by rank, in vi, en
// and ru; the longest spelling at a position is taken. Ranks it does not
// list (governors, spokespeople, envoys) are judged by the question's
// own word (speakerOffices).
var officeSpellings = []struct {
	rank, portfolio string
	side            int
	deputy          bool
	spellings       []string
}{
	{"minister", "foreign", -1, false, []string{
		"foreign minister*", "minister* of foreign affairs", "foreign secretary", "external affairs minister*", "top diplomat*",
		"министр|министра|министру|министром|министре|министры|министров иностранных дел", "глава|главы|главе|главу|главой мид",
		"ngoại trưởng", "bộ trưởng ngoại giao"}},
	{"minister", "foreign", 1, false, []string{"secretary of state", "secretaries of state", "госсекретар*"}},
	{"minister", "foreign", -1, true, []string{"замминистра иностранных дел", "замглав* мид", "thứ trưởng ngoại giao"}},
	{"minister", "defense", -1, false, []string{
		"defense minister*", "defence minister*", "minister* of defense", "minister* of defence", "defence secretary",
		"министр|министра|министру|министром|министре|министры|министров обороны", "глава|главы|главе|главу|главой минобороны",
		"bộ trưởng quốc phòng"}},
	{"minister", "defense", 1, false, []string{
		"defense secretary", "secretary of defense", "secretary of war", "war secretary", "pentagon chief", "head of the pentagon",
		"глава|главы|главе|главу|главой пентагона", "người đứng đầu lầu năm góc"}},
	{"minister", "defense", -1, true, []string{"замминистра обороны", "thứ trưởng quốc phòng"}},
	{"minister", "finance", -1, false, []string{
		"finance minister*", "minister* of finance", "finance secretary",
		"министр|министра|министру|министром|министре|министры|министров финансов", "глава|главы|главе|главу|главой минфина",
		"bộ trưởng tài chính"}},
	{"minister", "finance", 1, false, []string{"treasury secretary", "secretary of the treasury"}},
	{"minister", "finance", -1, true, []string{"замминистра финансов", "thứ trưởng tài chính"}},
	// The American health secretary by the department's own name, which
	// no other country's ministry bears; the portfolio's other spellings
	// are portfolioOffices'.
	{"minister", "health", 1, false, []string{"health and human services secretary", "secretary of health and human services", "hhs secretary"}},
	{"head", "", -1, false, []string{
		"head", "chief", "director", "director general", "director-general", "administrator", "chief executive",
		"глава|главы|главе|главу|главой", "руководител*", "директор|директора|директору|директором", "генеральн* директор*", "гендиректор*",
		"администратор|администратора|администратору|администратором",
		"người đứng đầu", "giám đốc", "tổng giám đốc",
		// "Who heads Roscosmos?" asks for its head as well.
		"heads", "headed", "leads", "led", "возглавля*", "возглавил*", "возглавит", "руководит", "руководил*", "đứng đầu", "dẫn đầu"}},
	{"ambassador", "", -1, false, []string{"ambassador*", "посол|посла|послу|послом|послы|послов", "đại sứ"}},
	{"president", "", -1, false, []string{"president", "президент*", "tổng thống"}},
	{"premier", "", -1, false, []string{"prime minister*", "premier", "премьер-министр*", "премьер|премьера|премьером", "thủ tướng"}},
}

// officeTable is officeSpellings folded, as officeWords.
var officeTable = sync.OnceValue(func() []officeWords {
	var out []officeWords
	for _, o := range append(slices.Clone(officeSpellings), portfolioRanks()...) {
		for _, sp := range o.spellings {
			var words [][]string
			for _, w := range strings.Fields(sp) {
				var alts []string
				for _, a := range strings.Split(w, "|") {
					star := strings.HasSuffix(a, "*")
					var folded []string
					for _, t := range corpus.Tokenize(strings.TrimSuffix(a, "*")) {
						folded = append(folded, t.Folded)
					}
					// A hyphenated word is two tokens ("director-general",
					// "премьер-министр"): each is a word of the spelling.
					for i, f := range folded {
						if i == len(folded)-1 && star {
							f += "*"
						}
						if i < len(folded)-1 {
							words = append(words, []string{f})
							continue
						}
						alts = append(alts, f)
					}
				}
				words = append(words, alts)
			}
			out = append(out, officeWords{words: words, rank: officeRank{o.rank, o.portfolio, o.side}, deputy: o.deputy})
		}
	}
	return out
})

// officeDeputyWords, folded, make the office after them a deputy's, and
// may stand inside its spelling ("Treasury Under Secretary").
var officeDeputyWords = setOf("deputy", "vice", "assistant", "under", "associate", "pho", "заместитель", "заместителя",
	"заместителю", "заместителем", "заместители", "зам", "вице", "первый", "first")

// deputyBeforeNext reports whether the deputy word at toks[i] makes a
// deputy of the word after it: "under" only of a secretary ("under
// President Biden" is when, not who), "associate" only of an
// administrator or a director.
func deputyBeforeNext(toks []corpus.Token, i int) bool {
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].Folded
	}
	switch toks[i].Folded {
	case "under":
		return next == "secretary"
	case "associate":
		return next == "administrator" || next == "director"
	}
	return true
}

// officeAt is an office written at a position of a token list.
type officeAt struct {
	rank       officeRank
	start, end int // tokens [start, end) spell it, with its deputy words
	deputy     bool
	// former: the office is one held before ("former ambassador").
	former bool
}

// findOffice returns the longest office spelling that starts at toks[i]
// (after the deputy words before it), or false.
func findOffice(toks []corpus.Token, i int) (officeAt, bool) {
	start, deputy, former := i, false, false
	// formerWords make the office one held before: "former US
	// ambassador", "бывший посол", "cựu Đại sứ".
	for i < len(toks) && (officeDeputyWords[toks[i].Folded] && deputyBeforeNext(toks, i) || formerWords[toks[i].Lower]) {
		former = former || formerWords[toks[i].Lower]
		deputy = deputy || officeDeputyWords[toks[i].Folded] && toks[i].Folded != "first" && toks[i].Folded != "первый"
		i++
	}
	// "Trợ lý Ngoại trưởng": an assistant, in two syllables.
	if i+1 < len(toks) && toks[i].Folded == "tro" && toks[i+1].Folded == "ly" {
		deputy, i = true, i+2
	}
	// "Former US ambassador", "former United States ambassador": the
	// side's name may stand between.
	for j := start - 1; j >= 0 && j >= start-3 && !former; j-- {
		if formerWords[toks[j].Lower] {
			former = true
		} else if !capitalisedWord(toks[j].Text) {
			break
		}
	}
	var best officeAt
	found := false
	for _, o := range officeTable() {
		end, inner, ok := spellsAt(toks, i, o.words)
		// "Đại sứ quán" is the embassy, not its ambassador.
		if ok && end < len(toks) && toks[end].Folded == "quan" && toks[end-1].Folded == "su" {
			continue
		}
		if ok && (!found || end > best.end) {
			best, found = officeAt{rank: o.rank, start: start, end: end, deputy: deputy || inner || o.deputy, former: former}, true
		}
	}
	return best, found
}

// spellsAt reports whether toks from i spell words, allowing one deputy
// word inside ("Treasury Under Secretary"), and where the spelling ends.
func spellsAt(toks []corpus.Token, i int, words [][]string) (end int, deputy, ok bool) {
	p := i
	for k, alts := range words {
		if k > 0 && !deputy && p < len(toks) && officeDeputyWords[toks[p].Folded] && deputyBeforeNext(toks, p) {
			deputy = true
			p++
		}
		if p >= len(toks) || !wordIn(toks[p].Folded, alts) {
			return 0, false, false
		}
		p++
	}
	return p, deputy, true
}

// wordIn reports whether folded word w is one of alts (see officeWords).
func wordIn(w string, alts []string) bool {
	for _, a := range alts {
		if a == w || strings.HasSuffix(a, "*") && strings.HasPrefix(w, a[:len(a)-1]) {
			return true
		}
	}
	return false
}

// firstOffice returns the first office toks write, or false.
func firstOffice(toks []corpus.Token) (officeAt, bool) {
	for i := range toks {
		if o, ok := findOffice(toks, i); ok {
			return o, true
		}
	}
	return officeAt{}, false
}

// portfolioOffices are the ministers by portfolio the lexicon translates
// ("Bộ trưởng Thương mại", "министр торговли", "Trade Minister"), as
// written. A lexicon row makes one of them a single concept of the
// question; unless offices lists it, the judge took that concept for the
// speaker's name and refused "what did the trade minister say" when the
// report named the minister in another language. They are joined to
// offices here, by the words Tokenize folds them to, so that judge.go's
// list keeps its hand-kept offices of diplomacy.
var portfolioOffices = []struct {
	portfolio string
	spellings []string
}{
	{"finance", []string{"finance minister", "minister of finance", "treasury secretary", "secretary of the treasury", "bộ trưởng tài chính", "bộ trưởng bộ tài chính", "министр финансов", "глава минфина"}},
	{"trade", []string{"trade minister", "minister of trade", "minister of industry and trade", "commerce secretary", "secretary of commerce", "bộ trưởng thương mại", "bộ trưởng công thương", "bộ trưởng bộ công thương", "министр торговли", "министр промышленности и торговли", "глава минпромторга"}},
	{"energy", []string{"energy minister", "minister of energy", "energy secretary", "secretary of energy", "bộ trưởng năng lượng", "bộ trưởng bộ năng lượng", "министр энергетики", "глава минэнерго"}},
	{"justice", []string{"justice minister", "minister of justice", "attorney general", "bộ trưởng tư pháp", "bộ trưởng bộ tư pháp", "министр юстиции", "глава минюста"}},
	{"health", []string{"health minister", "minister of health", "health secretary", "secretary of health",
		"health and human services secretary", "secretary of health and human services", "hhs secretary", "bộ trưởng y tế", "bộ trưởng bộ y tế", "министр здравоохранения", "глава минздрава"}},
	{"education", []string{"education minister", "minister of education", "education secretary", "secretary of education", "bộ trưởng giáo dục", "bộ trưởng bộ giáo dục", "министр образования", "министр просвещения"}},
	{"interior", []string{"interior minister", "minister of the interior", "minister of internal affairs", "home secretary", "interior secretary", "bộ trưởng nội vụ", "bộ trưởng bộ nội vụ", "министр внутренних дел", "глава мвд"}},
	{"agriculture", []string{"agriculture minister", "minister of agriculture", "agriculture secretary", "secretary of agriculture", "bộ trưởng nông nghiệp", "bộ trưởng bộ nông nghiệp", "министр сельского хозяйства", "глава минсельхоза"}},
	{"transport", []string{"transport minister", "minister of transport", "transportation secretary", "secretary of transportation", "bộ trưởng giao thông", "bộ trưởng giao thông vận tải", "министр транспорта", "глава минтранса"}},
	{"economy", []string{"economy minister", "minister of economy", "economic development minister", "minister of economic development", "bộ trưởng kinh tế", "bộ trưởng phát triển kinh tế", "министр экономического развития", "министр экономики", "глава минэкономразвития"}},
	{"culture", []string{"culture minister", "minister of culture", "bộ trưởng văn hóa", "bộ trưởng bộ văn hóa", "министр культуры", "глава минкультуры"}},
	{"labour", []string{"labour minister", "labor minister", "labor secretary", "secretary of labor", "minister of labour", "bộ trưởng lao động", "министр труда", "глава минтруда"}},
	{"environment", []string{"environment minister", "minister of environment", "minister of natural resources", "bộ trưởng môi trường", "bộ trưởng tài nguyên và môi trường", "министр природных ресурсов", "министр экологии"}},
	{"science", []string{"science minister", "minister of science", "bộ trưởng khoa học", "министр науки", "глава минобрнауки"}},
	{"emergencies", []string{"emergencies minister", "minister for emergency situations", "bộ trưởng tình trạng khẩn cấp", "министр по чрезвычайным ситуациям", "глава мчс"}},
}

// portfolioRanks are the ministers of portfolioOffices the rank table
// does not spell yet, as its rows: each spelling as the minister's
// office, in every case of the Russian noun ("заместитель министра
// культуры"), and, where a language writes the deputy in a word of its
// own, the deputy's office beside it ("Thứ trưởng Văn hóa",
// "замминистра культуры", "замглавы Минкультуры"). English writes the
// deputy with a deputy word before the minister ("Deputy Culture
// Minister"), as officeDeputyWords read.
func portfolioRanks() []struct {
	rank, portfolio string
	side            int
	deputy          bool
	spellings       []string
} {
	known := map[string]bool{}
	for _, o := range officeSpellings {
		// A portfolio the table spells only as one side's office ("HHS
		// Secretary") is still every country's by its common words.
		if o.side < 0 {
			known[o.portfolio] = true
		}
	}
	type row = struct {
		rank, portfolio string
		side            int
		deputy          bool
		spellings       []string
	}
	var out []row
	for _, g := range portfolioOffices {
		if known[g.portfolio] {
			continue
		}
		var head, deputy []string
		for _, sp := range g.spellings {
			w := strings.Fields(sp)
			rest := strings.Join(w[1:], " ")
			switch {
			case strings.HasPrefix(sp, "bộ trưởng "):
				head = append(head, sp)
				deputy = append(deputy, "thứ "+strings.TrimPrefix(sp, "bộ "))
			case w[0] == "министр":
				head = append(head, "министр|министра|министру|министром|министре|министры|министров "+rest)
				deputy = append(deputy, "замминистра "+rest)
			case w[0] == "глава":
				head = append(head, "глава|главы|главе|главу|главой "+rest)
				deputy = append(deputy, "замглав* "+rest)
			default:
				for i := range w {
					if w[i] == "minister" {
						w[i] = "minister*"
					}
				}
				head = append(head, strings.Join(w, " "))
			}
		}
		out = append(out, row{"minister", g.portfolio, -1, false, head}, row{"minister", g.portfolio, -1, true, deputy})
	}
	return out
}

func init() {
	for _, g := range portfolioOffices {
		for _, o := range g.spellings {
			var ws []string
			for _, t := range corpus.Tokenize(o) {
				ws = append(ws, t.Folded)
			}
			offices[strings.Join(ws, " ")] = true
		}
	}
}

// An office asked as a new one ("tân Đại sứ", "новый посол", "the new
// ambassador") is one phrase of the lexicon, which no list of offices
// holds: the question lost its office, and with it the country the post
// is held for, so that Russia's new ambassador to Thailand answered who
// Thailand's new ambassador to Russia is.

// newWords, folded, make the office beside them a new one.
var newWords = setOf("new", "tan", "moi", "новый", "новая", "нового", "новому", "новым", "новом", "новой")

// withBareOffices adds to each concept that is an office with a new word
// ("tân đại sứ", "đại sứ mới", "новый посол") the office alone, so that
// the judge reads it as the office and a story that names the office
// without calling it new meets it.
func withBareOffices(t terms) terms {
	var out *terms
	for ci, con := range t.concepts {
		var add []alternative
		for _, a := range con.alts {
			if len(a.words) < 2 || a.full != nil {
				continue
			}
			var b alternative
			switch {
			case newWords[a.words[0]]:
				b = alternative{words: a.words[1:], exact: tail(a.exact), weight: a.weight, part: a.part, whole: a.whole}
			case newWords[a.words[len(a.words)-1]]:
				n := len(a.words) - 1
				b = alternative{words: a.words[:n], exact: a.exact[:min(n, len(a.exact))], weight: a.weight, part: a.part, whole: a.whole}
			default:
				continue
			}
			if offices[strings.Join(b.words, " ")] {
				add = append(add, b)
			}
		}
		if len(add) == 0 {
			continue
		}
		if out == nil {
			out = &terms{concepts: slices.Clone(t.concepts)}
		}
		out.concepts[ci].alts = append(slices.Clone(con.alts), add...)
	}
	if out == nil {
		return t
	}
	return *out
}

// hostAfterSender returns the pair of a post with its host when the
// question writes the sender between them ("посол России в
// Таджикистане", "đại sứ Thái Lan tại Nga"), where English writes
// "Russia's ambassador to Tajikistan" and pairs the post with the host
// beside it: c is the post's pair with the sender, order[k] the sender.
func hostAfterSender(t terms, kind []ConstraintKind, order []int, k int, c Constraint, pos [][2]int, lower []string, text func(int) string) []Constraint {
	a, b := order[k-1], order[k]
	h := k + 1
	if !c.postSends || kind[a] != KindOffice || h >= len(order) || kind[order[h]] != KindName && kind[order[h]] != KindTopic {
		return nil
	}
	hg := lower[pos[b][1]:max(pos[b][1], pos[order[h]][0])]
	if len(hg) != 1 || !officeJoiners[hg[0]] || !placeWords[hg[0]] {
		return nil
	}
	if kind[order[h]] == KindTopic || kind[b] == KindName {
		// The host after a preposition, as postPair makes it.
		return []Constraint{{Kind: KindPair, Text: text(a) + " – " + text(order[h]), concepts: []int{a, order[h]}, post: true}}
	}
	return []Constraint{{Kind: KindPair, Text: text(a) + " – " + text(order[h]), concepts: []int{a, order[h]}}}
}

// ownPost reports whether the question's own word for con is a post held
// in a country (postConcept): an ambassador, a consul, not an envoy the
// lexicon spells "посланник".
func ownPost(con concept) bool {
	own := concept{alts: slices.DeleteFunc(slices.Clone(con.alts), func(a alternative) bool { return a.weight != 1 })}
	return postConcept(own)
}

// rankOfRole reports whether the head's office o that toks write is the
// rank of the role noun after it ("chief negotiator", "head economist",
// "главный переговорщик"): the negotiator's office, not the head of the
// side named beside it, which "Ukraine's chief negotiator" would
// otherwise be.
func rankOfRole(toks []corpus.Token, o officeAt) bool {
	if o.rank.rank != "head" || o.end-o.start != 1 || o.end >= len(toks) {
		return false
	}
	next := toks[o.end].Lower
	return roleNounRE.MatchString(next) && !roleNounRE.MatchString(toks[o.start].Lower)
}
