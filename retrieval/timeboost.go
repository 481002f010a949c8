package retrieval

import (
	"context"
	"fmt"
	"math"
	"time"

	"github.com/detente/detente/corpus"
)

// Time preference (issue 9, item 6). A question with a time cue
// (corpus.ParseTimeCue) ranks passages of that time higher; it never
// removes any. "The latest prisoner exchange" should cite the newest
// exchange, "the 2023 exchange" the one of 2023, yet a question whose only
// answer is older still gets it (and the answer's "as of" line dates it).
const (
	// recencyWeight is the most a "latest"/"now" question lifts a passage
	// published on the reference date; it halves every recencyHalfLife
	// before it. Equal in size to the window's lift and to the spread of
	// coverage (1 to 2): enough to reorder two passages about the same
	// event, not enough to lift a passage about something else over one
	// that answers.
	recencyWeight   = 0.5
	recencyHalfLife = 30 * 24 * time.Hour
	// windowWeight lifts a passage of the window a question names.
	windowWeight = 0.5
	// timePoolFactor widens the pool rescored for a question with a time
	// cue: fusion knows nothing of dates, so a newer article on the same
	// event may rank just below an older one and must still be in the pool
	// for the preference to reach it.
	timePoolFactor = 2
)

// timeBoost is a question's time cue resolved against the corpus.
type timeBoost struct {
	recent bool
	ref    time.Time      // newest publication date in the corpus; zero if none
	window *corpus.Window // the window the question names, nil if none
}

// newestPublished is the slice of the store the time preference needs.
type newestPublished interface {
	NewestPublished(ctx context.Context, notAfter time.Time) (time.Time, error)
}

// resolveTime reads the time cue of the first phrasing that has one and
// resolves it; nil when none has a cue (nothing to prefer).
//
// "Latest", "now" and "this week" are taken relative to the newest
// publication date in the corpus, not the wall clock: a corpus is a
// snapshot that may stop growing (a paused feed, an archive, the eval set),
// and "this week" of the wall clock would then select nothing, so every
// such question would lose its preference exactly when the corpus is
// stale; the reader's "now" is the newest news there is. It also keeps
// answers reproducible. The wall clock only bounds the newest date, so an
// article dated in the future by mistake does not become "now".
func resolveTime(ctx context.Context, st newestPublished, phrasings []string, now time.Time) (*timeBoost, error) {
	var cue corpus.TimeCue
	for _, p := range phrasings {
		if cue = corpus.ParseTimeCue(p); !cue.IsZero() {
			break
		}
	}
	if cue.IsZero() {
		return nil, nil
	}
	b := &timeBoost{recent: cue.Recent}
	if cue.Recent || cue.Year == 0 {
		ref, err := st.NewestPublished(ctx, now.AddDate(0, 0, 1))
		if err != nil {
			return nil, fmt.Errorf("time cue: %w", err)
		}
		b.ref = ref
	}
	if w, ok := cue.Window(b.ref); ok {
		b.window = &w
	}
	if b.ref.IsZero() && b.window == nil {
		return nil, nil // nothing dated to prefer
	}
	return b, nil
}

// factor is the multiplier of a passage's score: above 1 for a passage
// of the time asked about (corpus.Window.Holds), 1 otherwise (undated
// passages included: an unknown date is neither preferred nor punished).
//
// The lift is in proportion to coverage, the share of the question the
// passage covers (concepts.judge): the time asked about is a preference
// among passages about the question, and a month's or a year's other news
// must not ride it past them. At full weight on the tune split, articles
// of the same month on other subjects ("in Istanbul in February 2026"
// lifted a New START piece of that February) came into the sources.
func (b *timeBoost) factor(published time.Time, coverage float64) float64 {
	f := 1.0
	if b.window != nil && b.window.Holds(published) {
		f *= 1 + windowWeight*coverage
	}
	if b.recent && !b.ref.IsZero() && !published.IsZero() {
		age := max(0, b.ref.Sub(published))
		f *= 1 + recencyWeight*coverage*math.Exp2(-float64(age)/float64(recencyHalfLife))
	}
	return f
}
