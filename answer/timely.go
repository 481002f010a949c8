package answer

import (
	"slices"
	"time"

	"github.com/detente/detente/corpus"
)

// recentSpan is how much older than the newest dated source a source may
// be and still answer a "latest"/"now" question: news of the same season
// is context for the latest development, news of years before is the
// earlier state of things the question asked past.
const recentSpan = 365 * 24 * time.Hour

// timely returns the sources an answer to query uses, renumbered from 1,
// when the question has a time cue (corpus.ParseTimeCue), and the query an
// extractive answer matches sentences against: without the cue's words
// once they have chosen the sources (corpus.WithoutTimeCue), since "in
// February 2026" otherwise favours a sentence that repeats the date over
// the one saying what was agreed then. Without a cue, or when no source
// is of the time asked about, both come back as they are.
//
// Retrieval already ranks the sources of that time first, but an answer
// quotes by words, and "who was freed in the 2023 exchange" matches the
// 2025 exchange's "freed ... exchanged prisoners" as well as the 2023
// one's: so for a question naming a window, only the sources of it are
// used (corpus.Window.Holds) when there are any; for "latest" and "now",
// only dated sources at most recentSpan older than the newest. Undated
// sources are left out then too: nothing places them in the time asked
// about, and undated articles are mostly archive material (the shipped
// seeds are news of 2018-2022). When no source qualifies nothing is left
// out: the judge has already found the question answerable, and the "as
// of" line dates what is cited.
//
// Relative windows ("this week") are resolved against the newest source,
// standing in for the corpus's newest date, which retrieval used to rank
// them: the newest retrieved source is that date, or inside the window.
func timely(query string, sources []Citation) (string, []Citation) {
	cue := corpus.ParseTimeCue(query)
	if cue.IsZero() {
		return query, sources
	}
	var newest time.Time
	for _, c := range sources {
		if c.Published.After(newest) {
			newest = c.Published
		}
	}
	var keep func(Citation) bool
	if w, ok := cue.Window(newest); ok {
		keep = func(c Citation) bool { return w.Holds(c.Published) }
	} else if cue.Recent && !newest.IsZero() {
		keep = func(c Citation) bool { return !c.Published.IsZero() && newest.Sub(c.Published) <= recentSpan }
	}
	if keep == nil {
		return query, sources
	}
	out := make([]Citation, 0, len(sources))
	for _, c := range sources {
		if keep(c) {
			c.N = len(out) + 1
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return query, sources
	}
	if quote := corpus.WithoutTimeCue(query); quote != "" {
		query = quote
	}
	return query, out
}

// judgedTimely returns the sources timely kept of all, with the judge's
// verdicts per source (meets and holds, of all) carried along, renumbered. But when
// the judge accepted a source and none of those kept: then the time
// asked dates what was reported, not the report ("trade in 2025", told
// in March 2026), and the sources of that time are the ones the judge
// refused; all come back, with query as the quote. Read by position,
// meets would otherwise lend a refused source the verdict of the
// accepted one it replaced.
func judgedTimely(query, quote string, all, kept []Citation, meets, holds []bool) (string, []Citation, []bool, []bool) {
	if len(kept) == len(all) || len(meets) != len(all) {
		return quote, kept, meets, holds
	}
	keptOf := func(per []bool) []bool {
		if len(per) != len(all) {
			return nil
		}
		of := map[string]bool{}
		for i, c := range all {
			of[c.ArticleID] = per[i]
		}
		out := make([]bool, len(kept))
		for i, c := range kept {
			out[i] = of[c.ArticleID]
		}
		return out
	}
	out := keptOf(meets)
	if !slices.Contains(out, true) && slices.Contains(meets, true) {
		return query, all, meets, holds
	}
	return quote, kept, out, keptOf(holds)
}
