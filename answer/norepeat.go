package answer

import (
	"context"
	"strings"

	"github.com/detente/detente/prompts"
	"github.com/detente/detente/retrieval"
)

// extractiveTurn is extractiveIn for a turn of a conversation. When the
// best passages are the ones the previous answer quoted, choosing by the
// new question may still pick the same sentences: then the answer is
// chosen again without the sentences already quoted, and when nothing else
// in the passages bears on the question it says that the sources say
// nothing more. Repeating the previous answer word for word reads as the
// bot not having heard the question.
func (s *Service) extractiveTurn(intro, focus, qLang, lang string, sources []Citation, history []Turn) quoted {
	out := extractiveIn(intro, focus, qLang, lang, sources)
	if len(history) == 0 {
		return out
	}
	prev := quotedSentences(history[len(history)-1].Answer)
	if len(prev) == 0 || !allQuotedBefore(quotedSentences(out.text), prev) {
		return out
	}
	passages := make(map[string]string, len(sources))
	rest := make([]Citation, len(sources))
	for i, c := range sources {
		passages[c.ArticleID] = c.Passage
		for _, p := range prev {
			c.Passage = strings.ReplaceAll(c.Passage, strings.TrimSuffix(p, "…"), " ")
		}
		rest[i] = c
	}
	again := extractiveIn(intro, focus, qLang, lang, rest)
	got := quotedSentences(again.text)
	if len(got) == 0 || allQuotedBefore(got, prev) || len(again.citations) == 0 {
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

// withFocusHits adds to the hits of a follow-up's standalone query the
// passages that its focus (what the follow-up itself asks) finds in the
// same articles. The standalone query carries the previous question's
// topic, which pulls back the passages already quoted: "What is on the
// agenda?" after a question on the delegations finds the delegation
// paragraph again, while the agenda sentence sits in another chunk of the
// same article. Articles outside the topic are not added: the focus alone
// is too vague to choose them.
func (s *Service) withFocusHits(ctx context.Context, focus string, k int, relevant []retrieval.Hit) []retrieval.Hit {
	topic := map[string]bool{}
	have := map[int64]bool{}
	for _, h := range relevant {
		topic[h.ArticleID] = true
		have[h.ChunkID] = true
	}
	more, err := s.search.Search(ctx, retrieval.Query{Text: focus, K: k, PerArticle: 3})
	if err != nil {
		s.log.Warn("follow-up focus search failed", "err", err.Error())
		return relevant
	}
	for _, h := range more {
		if h.Relevant && topic[h.ArticleID] && !have[h.ChunkID] {
			have[h.ChunkID] = true
			relevant = append(relevant, h)
		}
	}
	return relevant
}
