package answer

import (
	"context"
	"slices"

	"github.com/detente/detente/retrieval"
)

// foreignSlotHits reads whole the report in another language than the
// question's that meets most of it, when the passages retrieval kept
// meet everything the question asks but its answer, a number ("how
// many", "сколько", "bao nhiêu").
//
// Retrieval ranks an article's passages by the question's words; across
// languages only the lexicon's words and the names are shared, so the
// passage that holds the count ("more than 12,000 signatures on a
// petition" for "сколько человек подписали петицию") often shares none,
// and the passage kept is one that repeats the story's names. Its number
// then sits in a passage no search reached, and the question was refused
// though its article answers it. Read in full, the article is judged
// again by the same rules: a near miss (another year, another country,
// a name the story lacks) stays unmet, for those are constraints this
// reading never lifts.
func (s *Service) foreignSlotHits(ctx context.Context, f followUp, extra []string, relevant []retrieval.Hit, sources []Citation, v Verdict) ([]retrieval.Hit, []Citation, Verdict, bool) {
	// A date is not read so: a story tells many, and one of another
	// meeting then answers "which month did they meet" (measured on
	// the fresh near misses, fg1-un-13).
	if questionType(f.query) != qHowMany {
		return nil, nil, v, false
	}
	if len(v.Unmet) == 0 {
		return nil, nil, v, false
	}
	for _, k := range v.Unmet {
		if k.Kind != KindAnswer {
			return nil, nil, v, false
		}
	}
	// Only the report that meets most of the question is read further,
	// and only when it is in another language: in the question's own
	// language the search already matched its words, and a report that
	// meets less of the question is no story of it.
	if v.Closest < 0 || v.Closest >= len(sources) || sources[v.Closest].Lang == f.lang {
		return nil, nil, v, false
	}
	closest := sources[v.Closest].ArticleID
	var foreign []retrieval.Hit
	for _, h := range relevant {
		if h.ArticleID == closest {
			foreign = append(foreign, h)
		}
	}
	if len(foreign) == 0 {
		return nil, nil, v, false
	}
	further := s.moreOfArticles(ctx, f.query, extra, foreign, true)[len(foreign):]
	if len(further) == 0 {
		return nil, nil, v, false
	}
	more := append(slices.Clone(relevant), further...)
	moreSources := numberSources(more)
	w := s.judgeSources(ctx, f, moreSources)
	return more, moreSources, w, w.Answerable
}
