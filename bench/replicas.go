package bench

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/detente/detente/internal/botload"
)

// ReplicaSetup is one deployment of the replicas figure: how many serve
// replicas in webhook mode share one new database of a backend.
type ReplicaSetup struct {
	Backend  Backend
	Replicas int
}

// ReplicaFigure is one setup's rounds.
type ReplicaFigure struct {
	Backend  string `json:"backend"`
	Replicas int    `json:"replicas"`
	// AnswersPerSec is each round's figure, in round order.
	AnswersPerSec []float64 `json:"answers_per_sec"`
	// Median is the median round (by answers/s), whose latencies are shown.
	Median  float64 `json:"median_answers_per_sec"`
	P50     float64 `json:"answer_p50_ms"` // update posted → first cited text out
	P99     float64 `json:"answer_p99_ms"`
	Refused int     `json:"refused"` // webhook posts refused, all rounds
	// CPUPerAnswer is this process's CPU time (the replicas, the fake Bot
	// API and the posting users; not the PostgreSQL server) over the
	// answers, all rounds, in milliseconds.
	CPUPerAnswer float64 `json:"cpu_ms_per_answer"`
	// TxPerAnswer is the database's committed and rolled back
	// transactions over the answers (PostgreSQL only, pg_stat_database;
	// the replicas' start-up and migrations included), all rounds.
	TxPerAnswer float64 `json:"tx_per_answer,omitempty"`
}

// ReplicasResult is the replicas figure: every setup, one run.
type ReplicasResult struct {
	Users   int             `json:"users"`
	Rounds  int             `json:"rounds"`
	Setups  []ReplicaFigure `json:"setups"`
	Machine Machine         `json:"machine"`
}

// CompareReplicas runs issue 11's "answers/s through two replicas vs one
// (instant fake model) at 200 users" with internal/botload: each round
// runs every setup once on a new database, in rotating order, so that
// machine load (two cores shared with other work) hits every setup alike
// and the ratios are fair when the absolute numbers wobble.
func CompareReplicas(ctx context.Context, setups []ReplicaSetup, users, rounds int, logf func(string, ...any)) (ReplicasResult, error) {
	if logf == nil {
		logf = func(string, ...any) {}
	}
	res := ReplicasResult{Users: users, Rounds: rounds, Machine: ThisMachine()}
	runs := make([][]botload.ReplicaResult, len(setups))
	txs := make([]int64, len(setups))
	cpus := make([]time.Duration, len(setups))
	for round := range rounds {
		for j := range setups {
			i := (round + j) % len(setups)
			s := setups[i]
			loc, drop, err := s.Backend.New(ctx, fmt.Sprintf("replicas%d", s.Replicas))
			if err != nil {
				return res, err
			}
			var tx0 int64
			if IsURL(loc) {
				if tx0, err = transactions(ctx, loc); err != nil {
					return res, err
				}
			}
			cpu0 := processCPU()
			r, err := botload.RunReplicas(ctx, botload.ReplicaOptions{DB: storeAt(loc), Replicas: s.Replicas, Users: users})
			cpus[i] += processCPU() - cpu0
			if err == nil && IsURL(loc) {
				var tx1 int64
				tx1, err = transactions(ctx, loc)
				txs[i] += tx1 - tx0
			}
			if derr := drop(); derr != nil {
				logf("%s: removing the store: %v", s.Backend.Name, derr)
			}
			if err != nil {
				return res, fmt.Errorf("%s, %d replicas: %w", s.Backend.Name, s.Replicas, err)
			}
			logf("round %d: %s, %d replicas: %v", round+1, s.Backend.Name, s.Replicas, r)
			runs[i] = append(runs[i], r)
		}
	}
	for i, s := range setups {
		f := ReplicaFigure{Backend: s.Backend.Name, Replicas: s.Replicas}
		for _, r := range runs[i] {
			f.AnswersPerSec = append(f.AnswersPerSec, r.AnswersPerSec)
			f.Refused += r.Refused
		}
		f.CPUPerAnswer = msf(cpus[i]) / float64(users*len(runs[i]))
		if txs[i] > 0 {
			f.TxPerAnswer = float64(txs[i]) / float64(users*len(runs[i]))
		}
		byRate := slices.Clone(runs[i])
		slices.SortFunc(byRate, func(a, b botload.ReplicaResult) int {
			switch {
			case a.AnswersPerSec < b.AnswersPerSec:
				return -1
			case a.AnswersPerSec > b.AnswersPerSec:
				return 1
			}
			return 0
		})
		med := byRate[len(byRate)/2]
		f.Median = med.AnswersPerSec
		f.P50, f.P99 = msf(med.AnswerP50), msf(med.AnswerP99)
		res.Setups = append(res.Setups, f)
	}
	return res, nil
}

// transactions is how many transactions the database at url has committed
// or rolled back, read once every other session on it has ended: a
// session reports its counts when it ends at the latest, so the replicas'
// are all in.
func transactions(ctx context.Context, url string) (int64, error) {
	db, err := sql.Open("pgx", url)
	if err != nil {
		return 0, err
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		var others int
		err := db.QueryRowContext(ctx, `SELECT count(*) FROM pg_stat_activity
			WHERE datname = current_database() AND pid <> pg_backend_pid()`).Scan(&others)
		if err != nil {
			return 0, fmt.Errorf("sessions: %w", err)
		}
		if others == 0 {
			break
		}
		select {
		case <-ctx.Done():
			return 0, fmt.Errorf("%d sessions still open: %w", others, ctx.Err())
		case <-tick.C:
		}
	}
	var n int64
	if err := db.QueryRowContext(ctx, `SELECT xact_commit + xact_rollback FROM pg_stat_database
		WHERE datname = current_database()`).Scan(&n); err != nil {
		return 0, fmt.Errorf("transactions: %w", err)
	}
	return n, nil
}

func msf(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// The replicas figure (scripts/bench.sh --pg) has markers of its own.
const (
	ReplicasBeginMarker = "<!-- bench:replicas:begin (scripts/bench.sh --pg writes between these lines) -->"
	ReplicasEndMarker   = "<!-- bench:replicas:end -->"
)

// WriteMarkdown renders the figure: one row per setup, its answers/s as
// the median round and every round, and its ratio to the first setup
// that has one replica on the same backend.
func (r ReplicasResult) WriteMarkdown(w io.Writer) error {
	if len(r.Setups) == 0 {
		return nil
	}
	var b bytes.Buffer
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	m := r.Machine
	p("Machine: %s, %d cores (GOMAXPROCS %d), %s, %s; %s UTC.\n\n", m.CPU, m.Cores, m.GOMAXPROCS, m.Go, m.OSArch, m.Date.Format("2006-01-02 15:04"))
	p("### Answers/s through serve replicas in webhook mode, %d users at once, instant fake model (%d rounds, setups alternated)\n\n", r.Users, r.Rounds)
	p("| backend | replicas | answers/s (median round) | ÷ same backend, 1 replica | ÷ %s, %d replica | each round | update → answer p50 / p99 ms (median round) | webhook posts refused | replicas' CPU ms per answer | database transactions per answer |\n",
		r.Setups[0].Backend, r.Setups[0].Replicas)
	p("|---|---|---|---|---|---|---|---|---|---|\n")
	for _, s := range r.Setups {
		same := "-"
		for _, o := range r.Setups {
			if o.Backend == s.Backend && o.Replicas == 1 && o.Median > 0 {
				same = fmt.Sprintf("%.2f×", s.Median/o.Median)
				break
			}
		}
		var rounds []string
		for _, v := range s.AnswersPerSec {
			rounds = append(rounds, fmt.Sprintf("%.0f", v))
		}
		cpu := "-" // not measured on this OS
		if s.CPUPerAnswer > 0 {
			cpu = fmt.Sprintf("%.2f", s.CPUPerAnswer)
		}
		tx := "-"
		if s.TxPerAnswer > 0 {
			tx = fmt.Sprintf("%.1f", s.TxPerAnswer)
		}
		p("| %s | %d | **%.0f** | %s | %.2f× | %s | %.1f / %.1f | %d | %s | %s |\n", s.Backend, s.Replicas, s.Median, same,
			s.Median/r.Setups[0].Median, strings.Join(rounds, ", "), s.P50, s.P99, s.Refused, cpu, tx)
	}
	p("\n")
	_, err := w.Write(b.Bytes())
	return err
}
