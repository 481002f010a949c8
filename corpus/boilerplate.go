package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Boilerplate filtering: the lines of an article body that are not the
// article — bylines, "Source:" credits, photo captions, "Read more" and
// related-article lists, navigation, share and subscribe widgets, cookie
// notices, copyright and tag lines — are kept out of chunks, so they can
// never be retrieved or quoted as evidence. The stored body keeps them:
// what a user gave is stored as given, and a better classifier later
// re-chunks it (ChunkerVersion).
//
// The classifier reads the kind of line, not known examples: its shape
// (length, closing punctuation, case), its position (before the first or
// after the last real paragraph), its neighbours (runs of headline-like
// lines, lines next to a "Read more" or "Source:" line) and short cue lists
// in English, Vietnamese and Russian. It errs towards keeping: a line that
// reads as a sentence of some length is content unless a cue says
// otherwise, and a body in which nothing would be left is kept whole.

// ChunkerVersion names the chunking rules (sentence splitting and the
// boilerplate filter). It is stored with the chunks; a store whose chunks
// were cut under another version is re-chunked from the stored bodies
// (ingest.Service.Rechunk). Change it whenever Split's output changes.
// "3": the shared sentence splitter (corpus.Sentences: Russian
// abbreviations, bullets as boundaries).
const ChunkerVersion = "3"

// LineKind says what a line of an article body is to the chunker.
type LineKind int

// Line kinds.
const (
	LineBlank       LineKind = iota // empty or whitespace only
	LineContent                     // part of the article: chunked
	LineBoilerplate                 // not part of the article: never chunked
)

// String names the kind for tests and logs.
func (k LineKind) String() string {
	switch k {
	case LineBlank:
		return "blank"
	case LineContent:
		return "content"
	case LineBoilerplate:
		return "boilerplate"
	}
	return "LineKind(?)"
}

// Line is one line of a body as the boilerplate filter classified it.
type Line struct {
	Start, End int // byte offsets of the line in the body, without its line break
	// ContentEnd is where the chunkable text of a content line ends: End,
	// or earlier when a trailing attribution ("[Source: RIA News]",
	// "Ảnh: TTXVN") is cut off a real paragraph.
	ContentEnd int
	Kind       LineKind
	// Reason says why a line is boilerplate ("byline", "source",
	// "caption", "related", "navigation", "header", "footer", ...).
	Reason string
}

// unit is a line, or in hard-wrapped text a run of lines that make one
// paragraph, with the features the rules read.
type unit struct {
	first, last int    // indexes into the lines
	text        string // trimmed, lines joined by spaces
	folded      string
	runes       int
	words       int
	final       bool // ends like a sentence: . ! ? … : ; or a closing quote
	colon       bool // ends with ':' (introduces what follows)
	lowerStart  bool
	listed      bool // an item of a list that the line before introduced ("… include:")
	kind        LineKind
	reason      string
	// trimTail is the length in bytes of a trailing credit to cut off a
	// content unit's text (0 if none); the credit ends the unit's last line.
	trimTail int
}

// Thresholds of the rules. A fragment is a line that does not end like a
// sentence and is short enough to be a headline, label or name; longer
// unpunctuated lines are kept (a paragraph that lost its full stop).
const (
	fragMaxRunes     = 160
	fragMaxWords     = 25
	cueMaxRunes      = 300 // a cue line longer than this is a paragraph that happens to start with the word
	captionMaxRunes  = 300 // caption text before a photo credit
	loneMinRunes     = 45  // a lone unpunctuated line at least this long between paragraphs is a headline, not a subheading
	subheadMaxRunes  = 60  // a short line followed by a paragraph reads as its subheading
	wrapMinRunes     = 40  // hard-wrapped lines are at least this long
	wrapMaxRunes     = 100 // and at most this long
	wrapMinLines     = 3
	minRelatedRunLen = 3 // unpunctuated lines in a run this long form a link list
)

// ClassifyLines splits body at line breaks and says which lines are
// article content, which are boilerplate, and which are blank.
func ClassifyLines(body string) []Line {
	lines := splitLines(body)
	units := makeUnits(body, lines)
	classify(units)
	if !anyContent(units) {
		// Nothing would be left: the classifier is wrong about this text
		// (a list of headlines someone chose to add, say), so keep it all.
		for i := range units {
			if units[i].kind == LineBoilerplate {
				units[i].kind, units[i].reason = LineContent, ""
			}
		}
	}
	for _, u := range units {
		for i := u.first; i <= u.last; i++ {
			if lines[i].Kind == LineBlank {
				continue
			}
			lines[i].Kind, lines[i].Reason = u.kind, u.reason
		}
		if u.kind == LineContent && u.trimTail > 0 {
			l := &lines[u.last]
			cut := max(l.Start, trimRightSpace(body, l.Start, l.End)-u.trimTail)
			l.ContentEnd = trimRightSpace(body, l.Start, cut)
		}
	}
	return lines
}

// ContentText returns the content of body without its boilerplate lines and
// credits: the runs of content, each verbatim, joined by blank lines. It is
// for what quotes an article without going through its chunks (a digest's
// lead), so that it quotes the same text the chunks hold.
func ContentText(body string) string {
	segs := contentSegments(body)
	parts := make([]string, len(segs))
	for i, s := range segs {
		parts[i] = body[s.start:s.end]
	}
	return strings.Join(parts, "\n\n")
}

// segment is a byte range of a body holding only content.
type segment struct{ start, end int }

// contentSegments returns the maximal runs of content in body, in order:
// boilerplate lines and trimmed credits split the body, blank lines do not.
// A body without boilerplate is one segment.
func contentSegments(body string) []segment {
	var segs []segment
	open := false
	for _, l := range ClassifyLines(body) {
		switch l.Kind {
		case LineBlank:
			continue
		case LineBoilerplate:
			open = false
			continue
		}
		if l.ContentEnd <= l.Start {
			open = false
			continue
		}
		if open {
			segs[len(segs)-1].end = l.ContentEnd
		} else {
			segs = append(segs, segment{l.Start, l.ContentEnd})
		}
		// A trimmed credit ends the segment: what follows is not joined to
		// the paragraph across it.
		open = l.ContentEnd == l.End
	}
	return segs
}

// splitLines returns the lines of body, blank ones marked as such.
func splitLines(body string) []Line {
	var lines []Line
	for start := 0; start <= len(body); {
		end := strings.IndexByte(body[start:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += start
		}
		l := Line{Start: start, End: end, ContentEnd: end, Kind: LineContent}
		if strings.TrimSpace(body[start:end]) == "" {
			l.Kind = LineBlank
		}
		lines = append(lines, l)
		start = end + 1
	}
	return lines
}

// makeUnits groups lines into units: one per non-blank line, except in
// hard-wrapped text, where the lines of one sentence run are joined so a
// paragraph is not mistaken for a column of headlines.
func makeUnits(body string, lines []Line) []unit {
	wrapped := isHardWrapped(body, lines)
	var units []unit
	for i := 0; i < len(lines); i++ {
		if lines[i].Kind == LineBlank {
			continue
		}
		j := i
		if wrapped {
			for j+1 < len(lines) && lines[j+1].Kind != LineBlank {
				t := strings.TrimSpace(body[lines[j].Start:lines[j].End])
				if endsSentence(t) || utf8.RuneCountInString(t) < wrapMinRunes || cueOf(Fold(t)) != "" {
					break
				}
				j++
			}
		}
		var parts []string
		for k := i; k <= j; k++ {
			parts = append(parts, strings.TrimSpace(body[lines[k].Start:lines[k].End]))
		}
		units = append(units, newUnit(i, j, strings.Join(parts, " ")))
		i = j
	}
	return units
}

// isHardWrapped reports text broken into lines of a fixed width (e-mail,
// plain-text wires): most long lines that have a next line do not end a
// sentence, and the line after a broken one mostly goes on in lower case.
//
// Wrapped text never has lines much longer than its width, so a body with
// more than a few long lines is not wrapped, however many of its lines
// lack a full stop (a page of headlines and labels).
func isHardWrapped(body string, lines []Line) bool {
	broken, lowerNext, total, nonBlank, long := 0, 0, 0, 0, 0
	for i := range lines {
		if lines[i].Kind == LineBlank {
			continue
		}
		nonBlank++
		t := strings.TrimSpace(body[lines[i].Start:lines[i].End])
		n := utf8.RuneCountInString(t)
		if n > wrapMaxRunes {
			long++
		}
		if n < wrapMinRunes || i+1 == len(lines) || lines[i+1].Kind == LineBlank {
			continue
		}
		total++
		if !endsSentence(t) {
			broken++
			next, _ := utf8.DecodeRuneInString(strings.TrimSpace(body[lines[i+1].Start:lines[i+1].End]))
			if unicode.IsLower(next) || unicode.IsDigit(next) {
				lowerNext++
			}
		}
	}
	return total >= wrapMinLines && broken*2 >= total && lowerNext*2 >= broken && long*20 <= nonBlank
}

func newUnit(first, last int, text string) unit {
	return withText(unit{first: first, last: last, kind: LineContent}, text)
}

// withText returns u with text and the features read from it.
func withText(u unit, text string) unit {
	u.text, u.folded = text, Fold(text)
	u.runes = utf8.RuneCountInString(text)
	u.words = len(strings.Fields(text))
	u.final = endsSentence(text)
	u.colon = strings.HasSuffix(strings.TrimRight(text, " \t"), ":")
	r, _ := utf8.DecodeRuneInString(text)
	u.lowerStart = unicode.IsLower(r)
	return u
}

// fragment reports a unit that reads as a headline, label or name rather
// than a sentence.
func (u *unit) fragment() bool {
	return !u.final && u.runes <= fragMaxRunes && u.words <= fragMaxWords
}

// endsSentence reports text that ends like a sentence: a terminal
// punctuation mark, possibly followed by closing quotes or brackets, or a
// closing quote (a quotation ends there). A colon or semicolon counts: the
// line leads into what follows.
func endsSentence(t string) bool {
	t = strings.TrimRightFunc(t, unicode.IsSpace)
	for t != "" {
		r, size := utf8.DecodeLastRuneInString(t)
		switch r {
		case '.', '!', '?', '…', ':', ';', '。', '！', '？':
			return true
		case '"', '”', '»', '’', '\'':
			return true
		case ')', ']', '}', '）':
			t = t[:len(t)-size]
			continue
		}
		return false
	}
	return false
}

func anyContent(units []unit) bool {
	for _, u := range units {
		if u.kind == LineContent {
			return true
		}
	}
	return false
}

// classify runs the rules: first what each unit says about itself (cues,
// captions, navigation, timestamps), then what its place says (before the
// first or after the last paragraph, in a run of headlines, next to
// boilerplate, alone between paragraphs).
func classify(units []unit) {
	for i := range units {
		u := &units[i]
		if reason := intrinsic(u); reason != "" {
			u.kind, u.reason = LineBoilerplate, reason
		} else if u.trimTail > 0 {
			// Judge the paragraph by what is left of it.
			*u = withText(*u, strings.TrimSpace(u.text[:len(u.text)-u.trimTail]))
		}
	}
	markLists(units)
	// Header and footer: fragments before the first and after the last
	// sentence (a repeated headline, section names, a byline, an author's
	// name, "Theo TTXVN", a trailing link list).
	for i := range units {
		u := &units[i]
		if u.kind == LineBoilerplate {
			continue
		}
		if !u.fragment() || u.listed {
			break
		}
		u.kind, u.reason = LineBoilerplate, "header"
	}
	for i := len(units) - 1; i >= 0; i-- {
		u := &units[i]
		if u.kind == LineBoilerplate {
			continue
		}
		if !u.fragment() || u.listed {
			break
		}
		u.kind, u.reason = LineBoilerplate, "footer"
	}
	markRuns(units)
	markNeighbours(units)
	markLoneHeadlines(units)
}

// markLists protects the items of a list introduced by a content line
// ending in ':' from the rules for headline-like lines: "The treaty
// covered:" followed by unpunctuated items is content, wherever it stands.
func markLists(units []unit) {
	for i := 1; i < len(units); i++ {
		prev := units[i-1]
		intro := prev.kind == LineContent && prev.colon && !prev.listed
		if units[i].kind == LineContent && units[i].fragment() && (intro || prev.listed) {
			units[i].listed = true
		}
	}
}

// markRuns marks runs of fragments between paragraphs as link lists,
// unless the line before the run introduces it ("The agreement covers:").
func markRuns(units []unit) {
	for i := 0; i < len(units); {
		if units[i].kind != LineContent || !units[i].fragment() {
			i++
			continue
		}
		j := i
		for j < len(units) && units[j].kind == LineContent && units[j].fragment() {
			j++
		}
		if j-i >= minRelatedRunLen && !units[i].listed {
			for k := i; k < j; k++ {
				units[k].kind, units[k].reason = LineBoilerplate, "related"
			}
		}
		i = j
	}
}

// markNeighbours spreads boilerplate to fragments next to it: the headline
// after "Read more", the chart label above "Source:". A short line that
// leads into a paragraph keeps its place as that paragraph's subheading.
func markNeighbours(units []unit) {
	// Sweeping forward then backward carries a mark along a whole run in
	// one round, so the rounds are few whatever the run's length.
	for changed := true; changed; {
		changed = false
		for k := range 2 * len(units) {
			i := k
			if k >= len(units) {
				i = 2*len(units) - 1 - k
			}
			u := &units[i]
			if u.kind != LineContent || !u.fragment() || u.listed {
				continue
			}
			prevB := i > 0 && units[i-1].kind == LineBoilerplate
			nextB := i+1 < len(units) && units[i+1].kind == LineBoilerplate
			if !prevB && !nextB {
				continue
			}
			nextPara := i+1 < len(units) && units[i+1].kind == LineContent && !units[i+1].fragment()
			if nextPara && u.runes <= subheadMaxRunes && !u.lowerStart {
				continue
			}
			u.kind, u.reason = LineBoilerplate, "related"
			changed = true
		}
	}
}

// markLoneHeadlines marks a long unpunctuated line standing alone between
// two paragraphs: another article's headline dropped into this one.
// Shorter lines there are subheadings and stay.
func markLoneHeadlines(units []unit) {
	for i := 1; i+1 < len(units); i++ {
		u, prev, next := &units[i], units[i-1], units[i+1]
		if u.kind != LineContent || !u.fragment() || u.listed || u.runes < loneMinRunes || u.words < 6 {
			continue
		}
		if prev.kind != LineContent || prev.fragment() || prev.colon || next.kind != LineContent || next.fragment() {
			continue
		}
		u.kind, u.reason = LineBoilerplate, "related"
	}
}

// intrinsic returns why u is boilerplate by itself, or "". It may instead
// set u.trimTail, keeping u as content without its trailing credit.
func intrinsic(u *unit) string {
	f := u.folded
	if u.runes <= cueMaxRunes {
		if reason := cueOf(f); reason != "" && cueApplies(u, reason) {
			return reason
		}
		if isNavigation(u) {
			return "navigation"
		}
		if isTimestamp(u) {
			return "date"
		}
		if isCopyright(f) && u.words <= 40 {
			return "copyright"
		}
		if strings.Contains(f, "cookie") && containsAny(f, cookieCues) {
			return "cookie"
		}
	}
	if strings.HasPrefix(f, "by ") && isNameLine(u, 1) {
		return "byline"
	}
	if (strings.HasPrefix(f, "theo ") || strings.HasPrefix(f, "автор ")) && isNameLine(u, 1) {
		return "byline"
	}
	return credit(u)
}

// isNameLine reports a short unpunctuated line whose words after the first
// skip are mostly capitalised: "By Jane Roe and John Doe", "Theo TTXVN".
func isNameLine(u *unit, skip int) bool {
	if u.final || u.words > 10 || u.words <= skip {
		return false
	}
	ws := strings.Fields(u.text)[skip:]
	upper := 0
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "(\"“'‘«"))
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			upper++
		}
	}
	return upper*5 >= len(ws)*3
}

// credit finds a photo or source credit at the end of u. A short caption
// ("Putin and Biden in Geneva in June. Photo: Reuters") is boilerplate as
// a whole; a real paragraph only loses the credit.
func credit(u *unit) string {
	t := u.text
	at, kind := -1, ""
	// "… [Source: RIA News]" / "(Nguồn: TTXVN)" / "(Reuters)" at the end.
	if strings.HasSuffix(t, "]") || strings.HasSuffix(t, ")") {
		open := strings.LastIndexAny(t, "[(")
		if open >= 0 {
			inner := Fold(strings.TrimSpace(t[open+1 : len(t)-1]))
			switch {
			case hasLabel(inner, sourceLabels):
				at, kind = open, "source"
			case hasLabel(inner, photoLabels):
				at, kind = open, "caption"
			case strings.HasSuffix(inner, " photo") && agencies[strings.TrimSuffix(inner, " photo")]:
				at, kind = open, "caption" // "(AP Photo)"
			case agencies[inner]:
				// "(Reuters)" closes captions and paragraphs alike: cut
				// the credit, keep the text.
				at, kind = open, "source"
			}
		}
	}
	if at < 0 {
		// "… in June. Ảnh: The New York Times": a label after a sentence.
		for _, labels := range [][]string{photoLabels, sourceLabels, agencyCredits} {
			i := lastLabel(t, labels)
			if i <= 0 {
				continue
			}
			rest := strings.TrimSpace(t[i:])
			if endsSentence(rest) && !strings.HasSuffix(rest, ".") || utf8.RuneCountInString(rest) > 80 {
				continue
			}
			before := strings.TrimSpace(t[:i])
			if !endsSentence(before) {
				continue
			}
			at = i
			kind = "caption"
			if hasLabel(Fold(rest), sourceLabels) {
				kind = "source"
			}
			break
		}
	}
	if at <= 0 {
		return ""
	}
	before := strings.TrimSpace(t[:at])
	if kind == "caption" && utf8.RuneCountInString(before) <= captionMaxRunes && sentenceCount(before) <= 2 {
		return "caption"
	}
	// Keep the paragraph, drop the credit. It is counted from the end
	// because u.text may join wrapped lines with spaces.
	u.trimTail = len(t) - at
	return ""
}

// sentenceCount counts the sentences of a short text.
func sentenceCount(s string) int {
	n, prev := 0, 0
	for _, e := range sentenceEnds(s) {
		if strings.TrimSpace(s[prev:e]) != "" {
			n++
		}
		prev = e
	}
	return n
}

// creditWindow is how far from the end of a line a credit is looked for.
const creditWindow = 400

// lastLabel returns the byte index in t of the last word, after the first,
// whose folded form starts one of labels, or -1. Words are compared one by
// one because folding changes byte offsets (Vietnamese marks).
func lastLabel(t string, labels []string) int {
	from := max(1, len(t)-creditWindow)
	for from > 1 && !utf8.RuneStart(t[from]) {
		from--
	}
	// Most lines hold no label at all: one fold of the window says so.
	if !containsAny(Fold(t[from:]), labels) {
		return -1
	}
	best := -1
	for i := from; i < len(t); i++ {
		if t[i-1] != ' ' {
			continue
		}
		if hasLabel(Fold(t[i:min(len(t), i+40)]), labels) {
			best = i
		}
	}
	return best
}

// hasLabel reports whether folded text starts with one of labels.
func hasLabel(f string, labels []string) bool {
	for _, l := range labels {
		if strings.HasPrefix(f, l) {
			return true
		}
	}
	return false
}

// Credit labels, folded (Fold strips Vietnamese marks: "Ảnh:" is "anh:").
var (
	sourceLabels = []string{"source:", "sources:", "nguon:", "nguon tin:", "источник:", "источники:"}
	photoLabels  = []string{"photo:", "photos:", "photo by ", "photo credit", "image:", "picture:", "credit:",
		"anh:", "anh minh hoa", "фото:", "фото ", "иллюстрация:"}
	// agencies are wire services whose name alone in brackets credits
	// the text before it: "(Reuters)", "(AP Photo)".
	agencies = map[string]bool{
		"reuters": true, "ap": true, "afp": true, "getty images": true, "epa": true, "tass": true,
		"тасс": true, "ria novosti": true, "риа новости": true, "sputnik": true, "xinhua": true,
		"ttxvn": true, "vna": true, "ap photo": true, "afp/getty images": true,
	}
	// agencyCredits close a caption as "… April 8, 2025. REUTERS/Maxim Shemetov".
	agencyCredits = []string{"reuters/", "ap photo/", "afp/", "epa/", "epa-efe/", "sputnik/", "getty images"}
	copyrightCues = []string{"©", "all rights reserved", "ban quyen thuoc", "bao luu moi quyen",
		"все права защищены"}
	cookieCues = []string{"we use", "this site", "this website", "our site", "our website", "accept", "consent",
		"privacy", "trang web", "chinh sach", "сайт", "согласи", "принять"}
)

// cue is a line-start phrase (folded) and what it marks. A cue matches at
// the start of a line, followed by a non-letter.
type cue struct {
	prefix string
	reason string
}

// cues, folded. Weak ones (a word a sentence could start with) only count
// on short or unpunctuated lines; see cueApplies.
var cues = []cue{
	{"source:", "source"}, {"sources:", "source"}, {"nguon:", "source"}, {"nguon tin:", "source"},
	{"источник:", "source"}, {"источники:", "source"}, {"according to:", "source"},
	{"photo:", "caption"}, {"photos:", "caption"}, {"photo by", "caption"}, {"photo credit", "caption"},
	{"image:", "caption"}, {"picture:", "caption"}, {"credit:", "caption"}, {"video:", "caption"},
	{"illustration:", "caption"}, {"anh:", "caption"}, {"anh minh hoa", "caption"}, {"фото:", "caption"},
	{"фото", "caption"}, {"видео:", "caption"}, {"иллюстрация:", "caption"},
	{"read more", "related"}, {"read also", "related"}, {"also read", "related"}, {"see also", "related"},
	{"related:", "related"}, {"related articles", "related"}, {"related stories", "related"},
	{"related news", "related"}, {"related coverage", "related"}, {"more on this", "related"},
	{"more from", "related"}, {"most read", "related"}, {"trending", "related"},
	{"xem them", "related"}, {"doc them", "related"}, {"tin lien quan", "related"}, {"bai lien quan", "related"},
	{"tin cung chuyen muc", "related"}, {"tin khac", "related"}, {"doc nhieu", "related"},
	{"читайте также", "related"}, {"смотрите также", "related"}, {"читать также", "related"},
	{"по теме:", "related"}, {"подробнее:", "related"}, {"самое читаемое", "related"},
	{"previous article", "navigation"}, {"next article", "navigation"}, {"previous post", "navigation"},
	{"next post", "navigation"}, {"back to top", "navigation"}, {"home", "navigation"},
	{"bai truoc", "navigation"}, {"bai sau", "navigation"}, {"tin truoc", "navigation"}, {"trang chu", "navigation"},
	{"ve dau trang", "navigation"}, {"предыдущая статья", "navigation"}, {"следующая статья", "navigation"},
	{"главная", "navigation"}, {"наверх", "navigation"},
	{"by:", "byline"}, {"author:", "byline"}, {"authors:", "byline"}, {"written by", "byline"},
	{"reporting by", "byline"}, {"editing by", "byline"}, {"writing by", "byline"},
	{"additional reporting", "byline"}, {"compiled by", "byline"}, {"tac gia:", "byline"},
	{"bai va anh:", "byline"}, {"bai:", "byline"}, {"bien tap:", "byline"}, {"автор:", "byline"},
	{"авторы:", "byline"}, {"текст:", "byline"}, {"корреспондент:", "byline"},
	{"tags:", "tags"}, {"tag:", "tags"}, {"topics:", "tags"}, {"keywords:", "tags"}, {"filed under", "tags"},
	{"tu khoa:", "tags"}, {"chu de:", "tags"}, {"теги:", "tags"}, {"тэги:", "tags"}, {"ключевые слова:", "tags"},
	{"share", "share"}, {"share this", "share"}, {"share on", "share"}, {"chia se", "share"}, {"поделиться", "share"},
	{"tweet", "share"}, {"print", "share"}, {"in bai", "share"}, {"печать", "share"},
	{"follow us", "subscribe"}, {"subscribe", "subscribe"}, {"sign up", "subscribe"}, {"newsletter", "subscribe"},
	{"theo doi chung toi", "subscribe"}, {"dang ky nhan", "subscribe"}, {"подписывайтесь", "subscribe"},
	{"подпишитесь", "subscribe"}, {"подписаться", "subscribe"}, {"читайте нас", "subscribe"},
	{"write a comment", "comments"}, {"leave a comment", "comments"}, {"comments", "comments"},
	{"comment", "comments"}, {"binh luan", "comments"}, {"gui binh luan", "comments"},
	{"комментарии", "comments"}, {"оставить комментарий", "comments"}, {"написать комментарий", "comments"},
	{"advertisement", "ad"}, {"sponsored", "ad"}, {"quang cao", "ad"}, {"реклама", "ad"},
	{"updated:", "date"}, {"published:", "date"}, {"last updated", "date"}, {"cap nhat:", "date"},
	{"cap nhat luc", "date"}, {"dang luc", "date"}, {"ngay dang:", "date"}, {"обновлено", "date"},
	{"опубликовано", "date"},
}

// cueOf returns the reason of the longest cue that starts f, or "".
func cueOf(f string) string {
	best, reason := 0, ""
	for _, c := range cues {
		if len(c.prefix) <= best || !strings.HasPrefix(f, c.prefix) {
			continue
		}
		rest := f[len(c.prefix):]
		if r, _ := utf8.DecodeRuneInString(rest); rest != "" && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue // "shares", "homeland", "comments" only as whole words
		}
		best, reason = len(c.prefix), c.reason
	}
	return reason
}

// cueApplies decides whether a cue at the start of u makes it boilerplate.
// A cue ending in ':' is a label and always applies. Other cues are words a
// sentence could start with ("Share prices fell", "Home to 5 million
// people, …"), so they apply only to short lines, or to unpunctuated ones.
func cueApplies(u *unit, reason string) bool {
	if prefixWithColon(u.folded) {
		return true
	}
	switch reason {
	case "related", "subscribe":
		return !u.final || u.words <= 20
	case "byline", "source", "caption", "date", "tags":
		return !u.final || u.words <= 12
	}
	return u.words <= 5 || (!u.final && u.words <= 8)
}

// prefixWithColon reports a label line: a cue word or two, then ':'.
func prefixWithColon(f string) bool {
	i := strings.IndexByte(f, ':')
	return i > 0 && utf8.RuneCountInString(f[:i]) <= 24 && cueOf(f) != "" && strings.Count(f[:i], " ") <= 2
}

// isCopyright reports a copyright line: "© 2025 …", "Copyright 2025 …",
// "All rights reserved." ("Copyright disputes were …" is a sentence).
func isCopyright(f string) bool {
	if containsAny(f, copyrightCues) {
		return true
	}
	for _, p := range []string{"copyright ", "(c) "} {
		if rest, ok := strings.CutPrefix(f, p); ok && len(rest) >= 4 && strings.Trim(rest[:4], "0123456789") == "" {
			return true
		}
	}
	return false
}

// isNavigation reports a breadcrumb or menu: three or more short items
// joined by separators ("Home > World > Europe", "Politics | Business").
func isNavigation(u *unit) bool {
	if u.final && !strings.HasSuffix(u.text, "»") {
		return false
	}
	for _, sep := range []string{" | ", " > ", " » ", " › ", " · ", " • ", " / "} {
		items := strings.Split(u.text, sep)
		if len(items) < 3 {
			continue
		}
		short := true
		for _, it := range items {
			if n := len(strings.Fields(it)); n == 0 || n > 4 {
				short = false
				break
			}
		}
		if short {
			return true
		}
	}
	return false
}

// isTimestamp reports a dateline or time stamp on its own: a short
// unpunctuated line made mostly of numbers, months and weekdays.
func isTimestamp(u *unit) bool {
	if u.final && !strings.HasSuffix(u.text, ".") || u.words > 10 || u.words == 0 {
		return false
	}
	dated := 0
	for _, w := range strings.Fields(u.folded) {
		w = strings.Trim(w, ",.()-–—")
		if w == "" || strings.ContainsAny(w, "0123456789") || dateWords[w] {
			dated++
		}
	}
	return dated*3 >= u.words*2 && strings.ContainsAny(u.text, "0123456789")
}

// dateWords are month, weekday and time words, folded.
var dateWords = wordSet(`january february march april may june july august september october
		november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
		friday saturday sunday am pm a.m p.m gmt utc gmt+7 edt est msk ngay thang nam thu hai ba tu sau bay
		chu nhat luc gio phut январь января февраля марта апреля мая июня июля августа сентября октября ноября
		декабря понедельник вторник среда четверг пятница суббота воскресенье г года мск at on updated`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// trimRightSpace returns the end of body[start:end] without trailing space.
func trimRightSpace(body string, start, end int) int {
	for end > start {
		r, size := utf8.DecodeLastRuneInString(body[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return end
}
