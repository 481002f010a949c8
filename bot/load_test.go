package bot_test

import (
	"context"
	"syscall"
	"testing"
	"time"

	"github.com/detente/detente/bot"
	"github.com/detente/detente/internal/botload"
)

// TestManyUsersEachAnsweredOnce: 200 users asking at once are each answered
// exactly once, with Telegram's real global pace (25 messages/second) and
// the default cap on concurrent model calls.
func TestManyUsersEachAnsweredOnce(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("load test")
	}
	res, err := botload.Run(context.Background(), t.TempDir(), botload.Options{
		Users:   200,
		Config:  bot.Config{GlobalPerSecond: 200, MaxConcurrent: 4},
		Timeout: 3 * time.Minute, // generous: CI boxes under -race are slow; the check is "exactly once"
	})
	if err != nil {
		t.Fatalf("%v (%s)", err, res)
	}
	t.Log(res)
}

// BenchmarkOverhead reports the bot's overhead from an update reaching the
// (fake) Bot API to the first message out, with an instant Answerer, at 1
// and 200 concurrent users (metrics p50-ms and p99-ms per run, and
// answer-p99-ms to the first text with a citation). cpu-ms is the process's
// CPU time per run, fake server and harness included: on a shared machine
// it moves less than latency does with other people's load.
func BenchmarkOverhead(b *testing.B) {
	for _, users := range []int{1, 200} {
		for _, drafts := range []bool{false, true} {
			name := "edits"
			if drafts {
				name = "drafts"
			}
			b.Run(name+"/users="+itoa(users), func(b *testing.B) {
				var p50, p99, a99, cpu float64
				for i := 0; i < b.N; i++ {
					dir := b.TempDir()
					c0 := cpuTime()
					res, err := botload.Run(context.Background(), dir, botload.Options{Users: users, Drafts: drafts})
					cpu += (cpuTime() - c0).Seconds() * 1000
					if err != nil {
						b.Fatal(err)
					}
					p50 += float64(res.P50.Microseconds()) / 1000
					p99 += float64(res.P99.Microseconds()) / 1000
					a99 += float64(res.AnswerP99.Microseconds()) / 1000
				}
				b.ReportMetric(p50/float64(b.N), "p50-ms")
				b.ReportMetric(p99/float64(b.N), "p99-ms")
				b.ReportMetric(a99/float64(b.N), "answer-p99-ms")
				b.ReportMetric(cpu/float64(b.N), "cpu-ms")
			})
		}
	}
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}
