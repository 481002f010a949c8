package bot

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
)

// stageBuckets are latency histogram bounds in seconds: from the bot's own
// overhead (milliseconds) to a slow model answer (a minute).
var stageBuckets = []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60}

// metrics are the bot's counters in Prometheus text format, hand-written
// to avoid a dependency for a dozen series. Safe for concurrent use.
type metrics struct {
	mu        sync.Mutex
	counters  map[string]map[string]float64 // name -> labels -> value
	hists     map[string]*histogram         // stage -> latency
	inflight  atomic.Int64
	feedbacks [2]atomic.Int64
}

type histogram struct {
	counts []uint64 // per bucket, cumulative when written
	sum    float64
	n      uint64
}

func newMetrics() *metrics {
	return &metrics{counters: map[string]map[string]float64{}, hists: map[string]*histogram{}}
}

func (m *metrics) inc(name, labels string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	c := m.counters[name]
	if c == nil {
		c = map[string]float64{}
		m.counters[name] = c
	}
	c[labels]++
}

// observe records one latency for a stage: queue (wait for a model slot),
// answer (the Answerer's call), first_output (update in → first message or
// draft out), telegram (one Bot API call), total (update in → final text).
func (m *metrics) observe(stage string, d time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	h := m.hists[stage]
	if h == nil {
		h = &histogram{counts: make([]uint64, len(stageBuckets))}
		m.hists[stage] = h
	}
	s := d.Seconds()
	for i, le := range stageBuckets {
		if s <= le {
			h.counts[i]++
			break
		}
	}
	h.sum += s
	h.n++
}

func (m *metrics) question(outcome string) { m.inc("detente_questions_total", `outcome="`+outcome+`"`) }

func (m *metrics) errorf(kind string) { m.inc("detente_errors_total", `kind="`+kind+`"`) }

func (m *metrics) digestSent() { m.inc("detente_digests_sent_total", "") }

func (m *metrics) feedback(vote int) {
	if vote > 0 {
		m.feedbacks[0].Add(1)
	} else {
		m.feedbacks[1].Add(1)
	}
}

func (m *metrics) update(u *models.Update) {
	kind := "other"
	switch {
	case u.Message != nil:
		kind = "message"
	case u.CallbackQuery != nil:
		kind = "callback_query"
	}
	m.inc("detente_updates_total", `type="`+kind+`"`)
}

// tgCall counts a Bot API call by method and result; 429s separately.
func (m *metrics) tgCall(method string, err error) {
	result := "ok"
	var tooMany *tgbot.TooManyRequestsError
	var ae *apiError
	switch {
	case err == nil:
	case errors.As(err, &tooMany), errors.As(err, &ae) && ae.code == 429:
		result = "429"
		m.inc("detente_telegram_429_total", `method="`+method+`"`)
	case errors.Is(err, tgbot.ErrorForbidden):
		result = "403"
	case errors.Is(err, tgbot.ErrorBadRequest):
		result = "400"
	default:
		result = "error"
	}
	m.inc("detente_telegram_requests_total", `method="`+method+`",result="`+result+`"`)
}

var help = map[string]string{
	"detente_questions_total":         "Questions taken, by outcome.",
	"detente_errors_total":            "Errors by kind.",
	"detente_digests_sent_total":      "Digests delivered.",
	"detente_updates_total":           "Telegram updates received, by type.",
	"detente_telegram_requests_total": "Bot API calls by method and result.",
	"detente_telegram_429_total":      "Bot API flood-control answers (429), by method.",
}

// write renders every series in the Prometheus text exposition format.
func (m *metrics) write(w io.Writer, queued int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	names := make([]string, 0, len(m.counters))
	for n := range m.counters {
		names = append(names, n)
	}
	sort.Strings(names)
	var sb strings.Builder
	for _, n := range names {
		fmt.Fprintf(&sb, "# HELP %s %s\n# TYPE %s counter\n", n, help[n], n)
		labels := make([]string, 0, len(m.counters[n]))
		for l := range m.counters[n] {
			labels = append(labels, l)
		}
		sort.Strings(labels)
		for _, l := range labels {
			if l == "" {
				fmt.Fprintf(&sb, "%s %g\n", n, m.counters[n][l])
			} else {
				fmt.Fprintf(&sb, "%s{%s} %g\n", n, l, m.counters[n][l])
			}
		}
	}
	sb.WriteString("# HELP detente_feedback_total Answer feedback votes.\n# TYPE detente_feedback_total counter\n")
	fmt.Fprintf(&sb, "detente_feedback_total{vote=\"up\"} %d\ndetente_feedback_total{vote=\"down\"} %d\n", m.feedbacks[0].Load(), m.feedbacks[1].Load())
	sb.WriteString("# HELP detente_answers_in_flight Answers being generated or waiting for a model slot.\n# TYPE detente_answers_in_flight gauge\n")
	fmt.Fprintf(&sb, "detente_answers_in_flight %d\n", m.inflight.Load())
	sb.WriteString("# HELP detente_model_queue_length Questions waiting for a model slot.\n# TYPE detente_model_queue_length gauge\n")
	fmt.Fprintf(&sb, "detente_model_queue_length %d\n", queued)

	sb.WriteString("# HELP detente_stage_seconds Latency per stage (queue, answer, first_output, telegram, total).\n# TYPE detente_stage_seconds histogram\n")
	stages := make([]string, 0, len(m.hists))
	for s := range m.hists {
		stages = append(stages, s)
	}
	sort.Strings(stages)
	for _, s := range stages {
		h := m.hists[s]
		var cum uint64
		for i, le := range stageBuckets {
			cum += h.counts[i]
			fmt.Fprintf(&sb, "detente_stage_seconds_bucket{stage=%q,le=\"%g\"} %d\n", s, le, cum)
		}
		fmt.Fprintf(&sb, "detente_stage_seconds_bucket{stage=%q,le=\"+Inf\"} %d\n", s, h.n)
		fmt.Fprintf(&sb, "detente_stage_seconds_sum{stage=%q} %g\n", s, h.sum)
		fmt.Fprintf(&sb, "detente_stage_seconds_count{stage=%q} %d\n", s, h.n)
	}
	_, _ = io.WriteString(w, sb.String())
}
