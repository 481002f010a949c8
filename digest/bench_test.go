package digest

import (
	"context"
	"fmt"
	"runtime"
	"runtime/metrics"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/detente/detente/store"
)

// broadcast is n subscribers all due at one instant (05:00 UTC: 08:00 in
// Moscow, 12:00 in Ho Chi Minh City, 01:00 in New York), in three languages,
// a tenth of them with a topic filter: the worst burst a day can bring.
type broadcast struct {
	e    *env
	n    int
	days int
}

// broadcastZones pairs zones and languages so that every subscriber is due
// at 05:00 UTC in June.
var broadcastZones = []struct {
	zone, at, lang string
}{
	{"UTC", "05:00", "en"}, {"Europe/Moscow", "08:00", "ru"}, {"Asia/Ho_Chi_Minh", "12:00", "vi"}, {"America/New_York", "01:00", "en"},
}

func newBroadcast(tb testing.TB, n int, opt Options, gen Generator) *broadcast {
	tb.Helper()
	e := newEnvWith(tb, time.Date(2025, 6, 9, 0, 0, 0, 0, time.UTC), opt, gen)
	ctx := context.Background()
	now := e.clk.Now()
	for i := 0; i < n; i++ {
		z := broadcastZones[i%len(broadcastZones)]
		minute, _, _ := parseClock(z.at)
		topic := ""
		if (i/len(broadcastZones))%10 == 0 { // a tenth of every zone
			topic = "sanctions"
		}
		// The store directly: 10,000 /subscribe commands would time the
		// command path, not the broadcast.
		err := e.st.PutSubscription(ctx, store.Subscription{ChatID: int64(1_000_000 + i), UserID: int64(i + 1), Lang: z.lang,
			Minute: minute, TZ: z.zone, Topic: topic, Active: true, UpdatedAt: now, ScheduleFrom: now,
			// Half read the full form, so every digest still needs its
			// written summary: the generation count stays the worst case.
			Full: (i/len(broadcastZones))%2 == 0})
		if err != nil {
			tb.Fatal(err)
		}
	}
	return &broadcast{e: e, n: n}
}

// prepareDay adds the day's articles and moves the clock to the next 05:00.
func (b *broadcast) prepareDay(tb testing.TB) {
	tb.Helper()
	b.days++
	due := time.Date(2025, 6, 9+b.days, 5, 0, 0, 0, time.UTC)
	b.e.clk.Set(due.Add(-6 * time.Hour))
	for k := 0; k < 6; k++ {
		title := fmt.Sprintf("Day %d: talks in Riyadh, round %d", b.days, k)
		if k%3 == 0 {
			title = fmt.Sprintf("Day %d: new sanctions on Russian banks, list %d", b.days, k)
		}
		b.e.addArticle(fmt.Sprintf("d%03d-%d", b.days, k), title, "Diplomats from both sides met and issued statements. "+title)
	}
	b.e.clk.Set(due)
}

// heapPeak samples the live heap while a broadcast runs.
type heapPeak struct {
	stop chan struct{}
	done sync.WaitGroup
	base uint64
	peak atomic.Uint64
}

func liveHeap() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

func startHeapPeak() *heapPeak {
	runtime.GC()
	h := &heapPeak{stop: make(chan struct{}), base: liveHeap()}
	h.peak.Store(h.base)
	h.done.Add(1)
	go func() {
		defer h.done.Done()
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-h.stop:
				return
			case <-t.C:
				if v := liveHeap(); v > h.peak.Load() {
					h.peak.Store(v)
				}
			}
		}
	}()
	return h
}

// MB is the peak heap growth above the pre-broadcast live heap.
func (h *heapPeak) MB() float64 {
	close(h.stop)
	h.done.Wait()
	if v := liveHeap(); v > h.peak.Load() {
		h.peak.Store(v)
	}
	return float64(h.peak.Load()-h.base) / (1 << 20)
}

// runBroadcast times b.N daily broadcasts to n subscribers through snd and
// reports digests sent, generations (model calls), simulated seconds (the
// scheduler's own waits: the Sender paces) and the peak heap growth, per broadcast.
func runBroadcast(b *testing.B, bc *broadcast, snd func() Sender) {
	ctx := context.Background()
	var sent, gens int
	var sim time.Duration
	var peak float64
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		bc.prepareDay(b)
		s := snd()
		start := bc.e.clk.Now()
		h := startHeapPeak()
		b.StartTimer()
		rep, err := bc.e.svc.Tick(ctx, s)
		b.StopTimer()
		peak = max(peak, h.MB())
		if err != nil {
			b.Fatal(err)
		}
		if rep.Sent != bc.n {
			b.Fatalf("sent %d of %d: %+v", rep.Sent, bc.n, rep)
		}
		sent += rep.Sent
		gens += rep.Generations
		sim += bc.e.clk.Now().Sub(start)
		b.StartTimer()
	}
	b.StopTimer()
	b.ReportMetric(float64(sent)/float64(b.N), "sent/op")
	b.ReportMetric(float64(gens)/float64(b.N), "generations/op")
	b.ReportMetric(sim.Seconds()/float64(b.N), "sim-s/op")
	b.ReportMetric(peak, "peak-heap-MB")
}

// BenchmarkBroadcast10k plans and sends one day's digest to 10,000
// subscribers against a fake Sender with no delay, on the simulated clock
// and a real SQLite store: what a broadcast costs the process, apart from
// Telegram's latency. Run with -benchtime=1x for a single broadcast.
func BenchmarkBroadcast10k(b *testing.B) {
	bc := newBroadcast(b, 10_000, Options{}, nil)
	runBroadcast(b, bc, func() Sender { return newFakeSender(bc.e.clk) })
}

// TestBroadcastSmall is the benchmark's fixture at 100 subscribers, so the
// fixture itself is tested: everyone gets one digest from six generations
// (three languages, with and without the topic).
func TestBroadcastSmall(t *testing.T) {
	bc := newBroadcast(t, 100, Options{}, nil)
	bc.prepareDay(t)
	snd := newFakeSender(bc.e.clk)
	rep, err := bc.e.svc.Tick(context.Background(), snd)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Sent != 100 || rep.Generations != 6 || snd.total() != 100 {
		t.Fatalf("report %+v, %d delivered", rep, snd.total())
	}
	// The pace is the Sender's (the bot's TestDigestSendsKeepTheGlobalPace).
}
