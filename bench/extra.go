package bench

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/detente/detente/internal/botload"
)

// TargetBotP99 is the bot's own overhead budget at 200 concurrent users.
const TargetBotP99 = 50 * time.Millisecond

// BotOverhead measures the Telegram bot's own overhead with
// internal/botload: users ask at once through the fake Bot API, an instant
// answerer replies, and the time from each update's arrival to the first
// message (or draft) out is recorded, and to the first holding answer
// text (the first may be progress), at 1 and 200 users, streaming by edits
// and by drafts. The verdict takes the later of the two.
func BotOverhead(ctx context.Context, dir string) (Section, error) {
	sec := Section{
		Title:  "Bot overhead: update in → first message out (internal/botload, instant answerer, fake Bot API on loopback)",
		Header: []string{"users", "streaming", "p50", "p99", "max", "answer text p99", "all answered in", fmt.Sprintf("p99 ≤ %v at 200 users", TargetBotP99)},
	}
	for _, users := range []int{1, 200} {
		for _, drafts := range []bool{false, true} {
			mode := "edits"
			if drafts {
				mode = "drafts"
			}
			res, err := botload.Run(ctx, filepath.Join(dir, fmt.Sprintf("bot-%d-%s", users, mode)), botload.Options{Users: users, Drafts: drafts})
			if err != nil {
				return sec, fmt.Errorf("bot overhead (%d users, %s): %w", users, mode, err)
			}
			if res.Answered != users {
				return sec, fmt.Errorf("bot overhead (%d users, %s): %d answered", users, mode, res.Answered)
			}
			v := "-"
			if users == 200 {
				v = verdict(float64(max(res.P99, res.AnswerP99))/float64(TargetBotP99), 1)
			}
			sec.Rows = append(sec.Rows, []string{strconv.Itoa(users), mode, ms(res.P50) + " ms", ms(res.P99) + " ms",
				ms(res.Max) + " ms", ms(res.AnswerP99) + " ms", ms(res.Total) + " ms", v})
		}
	}
	sec.Note = "The verdict column is the later p99 (first message, or first answer text) ÷ 50 ms."
	return sec, nil
}

// ParseGoBench turns `go test -bench` output into a section, one row per
// benchmark result line, for the measurements that live in other packages'
// test files (digest.BenchmarkBroadcast10k). Lines that are not results are
// ignored.
func ParseGoBench(title string, r io.Reader) (Section, error) {
	sec := Section{Title: title, Header: []string{"benchmark", "runs", "result"}}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") || len(f)%2 != 0 {
			continue
		}
		if _, err := strconv.Atoi(f[1]); err != nil {
			continue
		}
		var parts []string
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				parts = nil
				break
			}
			if f[i+1] == "ns/op" {
				parts = append(parts, fmt.Sprintf("%.3f s/op", v/1e9))
				continue
			}
			parts = append(parts, f[i]+" "+f[i+1])
		}
		if parts == nil {
			continue
		}
		sec.Rows = append(sec.Rows, []string{f[0], f[1], strings.Join(parts, ", ")})
	}
	if err := sc.Err(); err != nil {
		return sec, fmt.Errorf("read go bench output: %w", err)
	}
	if len(sec.Rows) == 0 {
		return sec, fmt.Errorf("no benchmark results in the go test output")
	}
	return sec, nil
}
