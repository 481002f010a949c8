package answer

import (
	"context"
	"regexp"
	"slices"
	"strings"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/prompts"
	"github.com/detente/detente/retrieval"
)

// extractiveTurn is extractiveIn for a turn of a conversation. When the
// best passages are the ones the previous answer quoted, choosing by the
// new question may still pick only sentences already quoted: then the
// answer is chosen again with its best quote and without the other
// sentences already quoted, and when nothing else in the passages bears on
// the question it says that the sources say nothing more, or, when the
// previous answer quoted several sentences, gives the one that answers the
// new question alone ("as my previous answer quoted"). Repeating the previous answer word for word reads as the
// bot not having heard the question.
func (s *Service) extractiveTurn(intro, focus, qLang, lang string, sources []Citation, meets, holds []bool, history []Turn) quoted {
	out := extractiveQuoted(intro, focus, qLang, lang, sources, meets, holds)
	if len(history) == 0 {
		return out
	}
	prev := quotedSentences(history[len(history)-1].Answer)
	if len(prev) == 0 || !allQuotedBefore(quotedSentences(out.text), prev) {
		return out
	}
	// The best quote stays (it may well be what the new question asks:
	// "and the American one?" is answered by the sentence that named both
	// heads); the others make room for sentences not yet quoted.
	keep := quotedSentences(out.text)[0]
	passages := make(map[string]string, len(sources))
	rest := make([]Citation, len(sources))
	for i, c := range sources {
		passages[c.ArticleID] = c.Passage
		for _, p := range prev {
			if p != keep {
				c.Passage = strings.ReplaceAll(c.Passage, strings.TrimSuffix(p, "…"), " ")
			}
		}
		rest[i] = c
	}
	again := extractiveQuoted(intro, focus, qLang, lang, rest, meets, holds)
	got := quotedSentences(again.text)
	if len(got) == 0 || allQuotedBefore(got, prev) || len(again.citations) == 0 {
		if len(prev) > 1 && len(out.citations) > 0 {
			// Nothing new, but the best quote is one sentence of several:
			// it answers the new question, so it is given alone, said to
			// come from the previous answer.
			line, _, _ := strings.Cut(out.text[strings.Index(out.text, "\n• ")+1:], "\n")
			return quoted{text: prompts.T(lang, "followup.as_before") + "\n\n" + line,
				citations: out.citations[:1], sources: out.sources}
		}
		return quoted{text: prompts.T(lang, "followup.nothing_more"), sources: out.sources}
	}
	// /source N shows the whole passage, not the one with holes.
	for _, cs := range [][]Citation{again.citations, again.sources} {
		for i := range cs {
			cs[i].Passage = passages[cs[i].ArticleID]
		}
	}
	return again
}

// quotedSentences returns the sentences an extractive answer quotes: its
// bullets without their [n] markers.
func quotedSentences(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		line, ok := strings.CutPrefix(strings.TrimSpace(line), "• ")
		if !ok {
			continue
		}
		line = strings.TrimSpace(citeRE.ReplaceAllString(line, ""))
		if line != "" {
			out = append(out, line)
		}
	}
	return out
}

// allQuotedBefore reports whether every sentence of now was quoted in prev
// (an answer that tells the user nothing new).
func allQuotedBefore(now, prev []string) bool {
	if len(now) == 0 {
		return false
	}
	for _, n := range now {
		found := false
		for _, p := range prev {
			if n == p {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// followUpPool is how many passages the focus search of a follow-up reads
// back: enough to reach the previous answer's articles when the focus
// alone ("how long did it last?") matches passages all over the corpus.
const followUpPool = 40

// followUpPerArticle is how many passages of one article the focus search
// keeps: a news story is a handful of chunks, and the one that answers a
// follow-up is rarely the one the first question found.
const followUpPerArticle = 8

// followUpNear is how high in the focus search a passage of the previous
// answer's articles must rank for the follow-up to be read in them when
// retrieval did not judge it relevant: the follow-up's own words are few
// ("when will the first gas flow?"), so the relevance check often fails
// on the very passage that answers.
const followUpNear = 3

// followUpHits narrows the hits of a question asked in a conversation to
// the story it continues. q is the question as asked, query its standalone
// rewrite.
//
// A follow-up that needed the conversation to be understood (query != q)
// is about the articles the previous answer cited: it is searched in them
// by its focus (what it asks itself) as well as by the standalone query,
// which carries the previous question's topic and so pulls back the
// passages already quoted ("What is on the agenda?" after a question on
// the delegations finds the delegation paragraph again, while the agenda
// sentence sits in another chunk of the same article). When those articles
// hold relevant passages, the answer is built from them only.
//
// Otherwise (the story's passages did not rank: "How did the Russian
// ambassador react?" finds every article on ambassadors first), and for a
// question that reads as its own but is asked after an answer ("What did
// Karen Liu say?" of a story that names her), the story is tried first:
// its passages are kept when the judge finds they answer, and the hits
// stay when they do not, so a new subject is not pinned to the old one.
//
// inStory reports whether the hits returned are all of the story's
// articles (see judgeFollowUp).
func (s *Service) followUpHits(ctx context.Context, q, query, focus, lang string, history []Turn, relevant []retrieval.Hit) (hits []retrieval.Hit, inStory bool) {
	if len(history) == 0 || refused(history[len(history)-1].Answer) {
		return relevant, false
	}
	topic := map[string]bool{}
	for _, id := range history[len(history)-1].Articles {
		topic[id] = true
	}
	prevKnown := len(topic) > 0
	if query == q && !prevKnown {
		return relevant, false
	}
	if !prevKnown {
		for _, h := range relevant {
			topic[h.ArticleID] = true
		}
	}
	var more []retrieval.Hit
	if focus != query || query == q {
		var err error
		more, err = s.search.Search(ctx, retrieval.Query{Text: focus, K: followUpPool, PerArticle: followUpPerArticle})
		if err != nil {
			s.log.Warn("follow-up focus search failed", "err", err.Error())
		}
	}
	// The story bears on the follow-up when one of its passages is
	// relevant to the query, or relevant or near the top for the focus; a
	// question that only looked like a follow-up ("How many diplomats
	// were expelled?" after a question on Istanbul) is then not pinned to
	// the previous articles.
	bears := false
	for _, h := range relevant {
		bears = bears || topic[h.ArticleID]
	}
	for i, h := range more {
		bears = bears || topic[h.ArticleID] && (h.Relevant || i < followUpNear)
	}
	// Any passage of the story may answer: whether it bears on the
	// question is the judge's and the sentence choice's call.
	story := storyHits(topic, relevant, more)
	if !prevKnown {
		if !bears {
			return relevant, false
		}
		return append(relevant, story[len(storyHits(topic, relevant, nil)):]...), false
	}
	if len(story) == 0 {
		return relevant, false
	}
	f := followUp{q, query, focus, lang, true}
	vs := s.verdict(ctx, f, story)
	if !vs.Answerable {
		// Tried first, not imposed: "Какие санкции США ввели против
		// российских банков?" after a question on a prisoner swap
		// names the same two sides but another story.
		return relevant, false
	}
	if query == q && !storyHolds(q, lang, story) {
		// A question of its own keeps the story only when the story
		// holds what it asks: "What did Demidov say about visas?" after
		// an answer naming him in passing is answered from the article
		// where he speaks of visas. (The judge does not weigh a lone
		// content word, which is too often paraphrased.)
		return relevant, false
	}
	return story, true
}

// storyHolds reports whether the story's passages hold what a question of
// its own asks: every name it writes (a side however it is named) and at
// least half its other content words, compared by stem. Passages in
// another language than the question's are the judge's to read (through
// its lexicon): with none in the question's language, the story holds.
func storyHolds(q, lang string, story []retrieval.Hit) bool {
	have, sides := map[string]bool{}, map[int]bool{}
	same := false
	for _, h := range story {
		if h.Lang != lang {
			continue
		}
		same = true
		for _, t := range corpus.Tokenize(h.Title + "\n" + h.Text) {
			have[corpus.Stem(t.Folded)] = true
			have[corpus.NameStem(t.Folded)] = true
			sides[sideOf(t.Folded)] = true
		}
	}
	if !same {
		return true
	}
	found := func(w string) bool {
		f := corpus.Fold(w)
		if g := sideIn(f, lang); g >= 0 {
			return sides[g]
		}
		return have[corpus.Stem(f)] || have[corpus.NameStem(f)]
	}
	named := map[string]bool{}
	for _, n := range names(q, lang) {
		if !found(n) {
			return false
		}
		named[corpus.Fold(n)] = true
	}
	other, met := 0, 0
	for _, w := range contentWords(q, lang) {
		if named[corpus.Fold(w)] {
			continue
		}
		other++
		if found(w) {
			met++
		}
	}
	return 2*met >= other
}

// storyHits are the hits of relevant, then of more, that belong to the
// story's articles, each passage once.
func storyHits(topic map[string]bool, relevant, more []retrieval.Hit) []retrieval.Hit {
	have := map[int64]bool{}
	var out []retrieval.Hit
	for _, hs := range [][]retrieval.Hit{relevant, more} {
		for _, h := range hs {
			if topic[h.ArticleID] && !have[h.ChunkID] {
				have[h.ChunkID] = true
				out = append(out, h)
			}
		}
	}
	return out
}

// verdict is the judge's verdict on whether hits answer the question (its
// standalone query, or for a follow-up its focus), as Ask judges it.
func (s *Service) verdict(ctx context.Context, f followUp, hits []retrieval.Hit) Verdict {
	if len(hits) == 0 {
		return Verdict{Closest: -1}
	}
	return s.judgeSources(ctx, f, numberSources(hits))
}

// judgeSources is the judge's verdict on numbered sources: the question
// as it stands alone, then, for a follow-up refused so, what it asks
// itself (judgeFollowUp).
func (s *Service) judgeSources(ctx context.Context, f followUp, sources []Citation) Verdict {
	rare := s.rarity(ctx)
	v := judgeRare(rare, f.query, f.lang, sources)
	if !v.Answerable && f.query != f.q {
		v = judgeFollowUp(v, rare, f, sources)
	}
	return v
}

// followUp is a question asked in a conversation, as the judge reads it.
type followUp struct {
	q, query, focus string // as asked, standalone, what it asks itself
	lang            string
	inStory         bool // its passages are all of the story's articles
}

// judgeFollowUp judges a follow-up its standalone query failed on.
//
// A constraint it inherited from the previous question, a date, a year, a
// number or a name it did not ask again ("10 апреля" of "А американскую?"
// after "Кто возглавляет российскую делегацию в Стамбуле 10 апреля?"), was
// met by the story the previous answer came from: read in that story's
// articles, the query is judged without it. Elsewhere it still binds, so
// another round of talks does not answer.
//
// Then it is judged by what it asks itself (its focus), against the same
// passages: those are the story it continues, and the previous question's
// words added for the search are constraints the user did not ask again
// ("Nga Mỹ" appended to "where must travellers change planes now?"). A
// word the follow-up asks itself is another matter: when the query failed
// for lack of it ("And what did they decide on tariffs?" of a story that
// has no tariffs), the story does not answer, however much of the rest the
// focus finds.
//
// It weighs words by their rarity in the whole corpus, as the first
// question's judge does: a follow-up is short, and each of its few words
// decides where the answer is looked for.
func judgeFollowUp(v Verdict, rare rarity, f followUp, sources []Citation) Verdict {
	if f.inStory {
		if rest, ok := withoutInherited(v, f.q, f.query); ok {
			if w := judgeRare(rare, rest, f.lang, sources); w.Answerable {
				return w
			}
		}
	}
	if f.focus == f.query || asksMissing(v.Missing, f.focus) {
		return v
	}
	if w := judgeRare(rare, f.focus, f.lang, sources); w.Answerable {
		return w
	}
	return v
}

// withoutInherited returns query without the texts of v's unmet
// constraints, when each is one q (the follow-up as asked) does not
// write: all inherited. What the question asks (its content, topic and
// kind of answer) is never inherited: the focus judges it.
func withoutInherited(v Verdict, q, query string) (string, bool) {
	if len(v.Unmet) == 0 {
		return "", false
	}
	asked := corpus.Fold(q)
	rest := query
	for _, c := range v.Unmet {
		switch c.Kind {
		case KindName, KindPair, KindYear, KindDate, KindNumber, KindOffice:
		default:
			return "", false
		}
		if c.Text == "" || strings.Contains(asked, corpus.Fold(c.Text)) {
			return "", false
		}
	}
	// Longest first: "10 апреля" before "апреля".
	texts := make([]string, 0, len(v.Unmet))
	for _, c := range v.Unmet {
		texts = append(texts, c.Text)
	}
	slices.SortFunc(texts, func(a, b string) int { return len(b) - len(a) })
	for _, t := range texts {
		// The judge writes a constraint lower-cased ("april 10").
		rest = regexp.MustCompile(`(?i)`+regexp.QuoteMeta(t)).ReplaceAllString(rest, " ")
	}
	rest = strings.Join(strings.Fields(rest), " ")
	return rest, rest != query
}

// asksMissing reports whether one of the content words the passages lack
// (the judge's match keys: stems, or phrases of them) is a word of focus.
func asksMissing(missing []string, focus string) bool {
	words := corpus.Tokenize(focus)
	for _, m := range missing {
		parts := strings.Fields(corpus.Fold(m))
		found := len(parts) > 0
		for _, p := range parts {
			found = found && slices.ContainsFunc(words, func(t corpus.Token) bool { return strings.HasPrefix(t.Folded, p) })
		}
		if found {
			return true
		}
	}
	return false
}
