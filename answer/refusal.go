package answer

import (
	"slices"
	"strings"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/prompts"
	"github.com/detente/detente/retrieval"
)

// closestText offers the article that came closest to answering, and
// what it lacks: the reader learns what the corpus has instead of only
// that it has nothing. What it lacks is shown as query wrote it (its
// case, its words, in the asker's language), never as the judge's
// lower-cased match keys; a year is named as a year.
func closestText(lang, query string, src Citation, v Verdict) string {
	title := strings.TrimSpace(src.Title)
	if title == "" {
		return ""
	}
	title = quote(lang, title)
	// A reader is told when the title is in a language other than theirs
	// (it is quoted as written), and when it was published.
	var about []string
	if l := prompts.T(lang, "judge.in_lang."+src.Lang); src.Lang != "" && !sameLang(src.Lang, lang) && !strings.HasPrefix(l, "judge.") {
		about = append(about, l)
	}
	if !src.Published.IsZero() {
		about = append(about, prompts.FormatDate(lang, "fmt.date", src.Published))
	}
	if len(about) > 0 {
		title += " (" + strings.Join(about, ", ") + ")"
	}
	var shown []string
	for _, c := range v.Unmet {
		// The kind of answer ("who", "how many") is no word the article
		// lacks: "does not mention “who”" would say nothing.
		if c.Kind == KindContent || c.Kind == KindAnswer {
			continue
		}
		shown = append(shown, shownConstraint(lang, query, c))
	}
	missing := withoutInner(shown)
	if len(missing) == 0 {
		return prompts.T(lang, "judge.closest", title)
	}
	return prompts.T(lang, "judge.closest_without", title, joinList(lang, missing))
}

// withoutInner drops repeats and the items another item holds: "China"
// beside "Russia and China", "Tổng thống" beside "Tổng thống Ukraine".
func withoutInner(items []string) []string {
	words := func(s string) string {
		var w []string
		for _, t := range corpus.Tokenize(s) {
			w = append(w, t.Lower)
		}
		return " " + strings.Join(w, " ") + " "
	}
	var out []string
	for i, a := range items {
		inner := slices.Contains(items[:i], a)
		for j, b := range items {
			if j != i && a != b && strings.Contains(words(b), words(a)) {
				inner = true
			}
		}
		if !inner {
			out = append(out, a)
		}
	}
	return out
}

// shownConstraint is how the reader sees an unmet constraint: a year as
// "the year 2024" ("năm 2024", "2024 год"), anything else quoted as the
// question wrote it.
func shownConstraint(lang, query string, c Constraint) string {
	text := asWritten(query, c)
	switch c.Kind {
	case KindYear:
		return prompts.T(lang, "judge.year", text)
	case KindName:
		text = dictionaryForm(text)
	}
	return quote(lang, text)
}

// dictionaryForm returns a Russian name as the lexicon spells it when the
// question declines it ("Ватикан" for "в Ватикане", "Лавров" for "у
// Лаврова"): quoted alone, the inflected form reads as a slip. Any other
// name is returned as written.
func dictionaryForm(name string) string {
	toks := corpus.Tokenize(name)
	if len(toks) != 1 || !cyrillic(toks[0].Folded) || !capitalisedWord(name) {
		return name
	}
	// The declined word holds the spelling's stem and differs from it
	// only in its ending ("ватикане", "ватика[н]"); an adjective of the
	// name ("российской" beside "Россия") is longer and is kept.
	w := toks[0].Folded
	for _, e := range retrieval.Expand(name) {
		et := corpus.Tokenize(e)
		if len(et) != 1 || e == name || !capitalisedWord(e) || !cyrillic(et[0].Folded) {
			continue
		}
		if f := []rune(et[0].Folded); strings.HasPrefix(w, corpus.NameStem(et[0].Folded)) && len([]rune(w))-len(f) <= 2 {
			return e
		}
	}
	return name
}

// asWritten finds the words of c in query and returns them as written:
// "Ватикане" for the key "ватикане", and for a pair the stretch of the
// question that joins its two sides ("Tổng thống Ukraine", "Russia and
// China"). A constraint not found there keeps its own text.
func asWritten(query string, c Constraint) string {
	toks := corpus.Tokenize(query)
	find := func(text string, from int) (start, end int) {
		words := strings.Fields(text)
		for i := from; i+len(words) <= len(toks); i++ {
			ok := true
			for j, w := range words {
				if toks[i+j].Lower != w && !strings.EqualFold(toks[i+j].Text, w) {
					ok = false
					break
				}
			}
			if ok && len(words) > 0 {
				return i, i + len(words)
			}
		}
		return -1, -1
	}
	// A side the judge wrote otherwise than the question ("Vương quốc
	// Anh" for the "Anh" of "Anh và Nga", judge_britain.go) is found by
	// its last words, where they are a name the question capitalises.
	findSide := func(text string) (start, end int) {
		if a, b := find(text, 0); a >= 0 {
			return a, b
		}
		words := strings.Fields(text)
		for k := 1; k < len(words); k++ {
			if a, b := find(strings.Join(words[k:], " "), 0); a >= 0 && capitalisedWord(toks[a].Text) {
				return a, b
			}
		}
		return -1, -1
	}
	// An office asked as a new one keeps its new word ("новый посол",
	// "tân Đại sứ", "đại sứ mới"): without it the refusal names another
	// post than the one asked.
	withNew := func(a, b int) (int, int) {
		if a > 0 && newWordsAsWritten[toks[a-1].Lower] {
			a--
		} else if b < len(toks) && newWordsAsWritten[toks[b].Lower] {
			b++
		}
		return a, b
	}
	span := func(a, b int) string { return query[toks[a].Start:toks[b-1].End] }
	if c.Kind == KindPair {
		// A pair's text joins its sides' texts with a dash (constraints).
		if left, right, ok := strings.Cut(c.Text, " – "); ok {
			a0, a1 := findSide(left)
			b0, b1 := findSide(right)
			if a0 >= 0 && b0 >= 0 {
				a0, a1 = withNew(a0, a1)
				b0, b1 = withNew(b0, b1)
			}
			switch {
			case a0 < 0 || b0 < 0:
			case a1 <= b0 && b0-a1 <= maxShownGap:
				return span(a0, b1)
			case b1 <= a0 && a0-b1 <= maxShownGap:
				return span(b0, a1)
			default:
				return span(a0, a1) + " – " + span(b0, b1)
			}
		}
		return c.Text
	}
	if a, b := findSide(c.Text); a >= 0 {
		return span(withNew(a, b))
	}
	return c.Text
}

// newWordsAsWritten are newWords with their diacritics, lower-cased:
// folded, "mới" (new) is also "mỗi" (each).
var newWordsAsWritten = setOf("new", "tân", "mới", "новый", "новая", "нового", "новому", "новым", "новом", "новой")

// maxShownGap is how many words may stand between a pair's sides for the
// stretch between them to read as one phrase ("ambassador to Russia",
// "between Russia and China"): constraints joins sides with at most one.
const maxShownGap = 2

// quote puts s in the quotation marks of lang. Russian nests „…“ inside
// «…», so a title that quotes someone stays readable.
func quote(lang, s string) string {
	if strings.HasPrefix(prompts.T(lang, "judge.quote", ""), "«") {
		s = strings.NewReplacer("«", "„", "»", "“").Replace(s)
	}
	return prompts.T(lang, "judge.quote", s)
}

// joinList joins what an article does not mention as lang writes it:
// "a, b or c".
func joinList(lang string, items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + prompts.T(lang, "judge.or") + items[len(items)-1]
}

// maxTopics bounds the titles named in a "not covered" reply: a hint of
// what can be asked, read on a phone, not a table of contents.
const maxTopics = 3

// topicsText tells a reader what the corpus is about in a way they can
// read: the recent titles in their language, or else how many articles
// there are in each language ("English 30, Russian 12"). Without
// languages (TopicLangs unset) the recent titles are named as they are.
func topicsText(lang string, cov Coverage) string {
	if len(cov.TopicLangs) != len(cov.Topics) {
		if topics := topicList(cov.Topics, nil); len(topics) > 0 {
			return prompts.T(lang, "no_sources.topics", strings.Join(topics, "; "))
		}
		return ""
	}
	mine := func(i int) bool { return sameLang(cov.TopicLangs[i], lang) }
	if topics := topicList(cov.Topics, mine); len(topics) > 0 {
		return prompts.T(lang, "no_sources.topics", strings.Join(topics, "; "))
	}
	type count struct {
		lang string
		n    int
	}
	var counts []count
	for l, n := range cov.ByLang {
		if n > 0 && l != "" {
			counts = append(counts, count{l, n})
		}
	}
	if len(counts) == 0 {
		return ""
	}
	slices.SortFunc(counts, func(a, b count) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return strings.Compare(a.lang, b.lang)
	})
	parts := make([]string, len(counts))
	for i, c := range counts {
		parts[i] = prompts.T(lang, "no_sources.lang_count", prompts.LanguageName(lang, c.lang), c.n)
	}
	return prompts.T(lang, "no_sources.by_lang", strings.Join(parts, ", "))
}

// topicList returns the first maxTopics distinct, non-blank topics that
// keep accepts (all when keep is nil).
func topicList(topics []string, keep func(i int) bool) []string {
	var out []string
	seen := map[string]bool{}
	for i, t := range topics {
		t = strings.TrimSpace(t)
		key := corpus.Fold(t)
		if t == "" || seen[key] || keep != nil && !keep(i) {
			continue
		}
		seen[key] = true
		out = append(out, t)
		if len(out) == maxTopics {
			break
		}
	}
	return out
}

// sameLang reports whether two language tags name one language ("vi",
// "vi-VN").
func sameLang(a, b string) bool {
	base := func(s string) string {
		s, _, _ = strings.Cut(strings.ToLower(strings.TrimSpace(s)), "-")
		s, _, _ = strings.Cut(s, "_")
		return s
	}
	return base(a) != "" && base(a) == base(b)
}
