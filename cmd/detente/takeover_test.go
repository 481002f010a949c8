package main

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"os/signal"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/detente/detente/internal/faketg"
	"github.com/detente/detente/internal/pgtest"
	"github.com/detente/detente/store"
)

// envReplica marks a child process of TestReplicaKilledMidDigestBroadcast.
const envReplica = "DETENTE_TEST_REPLICA"

// TestReplicaProcess is not a test of its own: it is `detente serve` in a
// child process (the test binary run again), so that a test can kill it
// with SIGKILL, which no in-process replica can imitate.
func TestReplicaProcess(t *testing.T) {
	if os.Getenv(envReplica) != "1" {
		t.Skip("a child process of TestReplicaKilledMidDigestBroadcast")
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	if err := run(ctx, []string{"serve"}, os.Getenv, strings.NewReader(""), os.Stdout, os.Stderr); err != nil {
		t.Fatal(err)
	}
}

// replica is a `detente serve` child process.
type replica struct {
	name string
	cmd  *exec.Cmd
	out  *syncBuffer // stdout and stderr (the log)
	done chan error
}

func startReplica(t *testing.T, name string, env map[string]string) *replica {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestReplicaProcess$", "-test.count=1")
	// Only the variables given: a developer's own DETENTE_* must not leak in.
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if !strings.HasPrefix(k, "DETENTE_") && !strings.HasPrefix(k, "TELEGRAM_") && !strings.HasPrefix(k, "OPENAI_") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	cmd.Env = append(cmd.Env, envReplica+"=1", "DETENTE_DATA_DIR="+t.TempDir())
	r := &replica{name: name, cmd: cmd, out: &syncBuffer{}, done: make(chan error, 1)}
	cmd.Stdout, cmd.Stderr = r.out, r.out
	if err := cmd.Start(); err != nil {
		t.Fatalf("start replica %s: %v", name, err)
	}
	go func() { r.done <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-r.done
		r.done <- nil
		if t.Failed() {
			t.Logf("replica %s log:\n%s", name, r.out.String())
		}
	})
	return r
}

// logged reports whether the replica logged a line containing every part.
func (r *replica) logged(parts ...string) bool {
	sc := bufio.NewScanner(strings.NewReader(r.out.String()))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if containsAll(sc.Text(), parts) {
			return true
		}
	}
	return false
}

// sentInPasses adds up sent=N over the replica's "digest pass" log lines.
func (r *replica) sentInPasses() int {
	re := regexp.MustCompile(`\bsent=(\d+)`)
	n := 0
	for line := range strings.SplitSeq(r.out.String(), "\n") {
		if !strings.Contains(line, `msg="digest pass"`) {
			continue
		}
		if m := re.FindStringSubmatch(line); m != nil {
			k, _ := strconv.Atoi(m[1])
			n += k
		}
	}
	return n
}

func containsAll(s string, parts []string) bool {
	for _, p := range parts {
		if !strings.Contains(s, p) {
			return false
		}
	}
	return true
}

// TestReplicaKilledMidDigestBroadcast: two `serve` processes on one
// PostgreSQL database; the one sending the day's digests is killed with
// SIGKILL while sends are in flight (Telegram receives them, the process
// never learns it). The other takes over within 30 s and finishes the
// broadcast, and no subscriber gets a second digest: the sends the killed
// replica had begun are in doubt and not resent (at most once). Long
// polling, a singleton too, never has two consumers.
func TestReplicaKilledMidDigestBroadcast(t *testing.T) {
	url := pgtest.URL(t)
	tg := faketg.New()
	defer tg.Close()
	env := map[string]string{
		"DETENTE_DATABASE_URL": url,
		"TELEGRAM_BOT_TOKEN":   faketg.DefaultToken,
		"TELEGRAM_API_URL":     tg.URL,
		"DETENTE_REPLICAS":     "2",
		"DETENTE_LOG_LEVEL":    "debug",
	}
	ctx := t.Context()

	// The corpus (the shipped seeds) as added three hours ago: inside the
	// window of a digest due a few minutes ago.
	setup := map[string]string{"DETENTE_DATA_DIR": t.TempDir()}
	for k, v := range env {
		setup[k] = v
	}
	must(t, invocation{env: setup}, "search", "Lavrov") // any command seeds an empty store
	st, err := store.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.DB().ExecContext(ctx, "UPDATE articles SET added_at = added_at - $1", int64(3*time.Hour)); err != nil {
		t.Fatal(err)
	}
	const n = 40
	subscribe(t, st, n)

	// Every digest send waits at Telegram until released, so the holder is
	// still sending when the standby is up.
	first := make(chan struct{})
	tg.Inject(faketg.Fault{Method: "sendMessage", Times: -1, Hold: first, Handle: true})
	const within = 90 * time.Second // a replica's start on a loaded machine
	a := startReplica(t, "a", env)
	waitFor(t, within, "replica a takes the digest lock", func() bool {
		return a.logged("singleton acquired", "singleton="+store.DigestLock)
	})
	b := startReplica(t, "b", env)
	waitFor(t, within, "replica b stands by for the digest", func() bool {
		return b.logged("standing by", "singleton="+store.DigestLock)
	})

	// Let some digests through, then hold the next sends again: they are in
	// flight (begun in the ledger, received by Telegram) when a is killed.
	tg.ClearFaults()
	second := make(chan struct{})
	close(first)
	delivered := func() int { return len(deliveredTo(tg, n)) }
	waitFor(t, within, "some digests delivered", func() bool { return delivered() >= 10 })
	tg.Inject(faketg.Fault{Method: "sendMessage", Times: -1, Hold: second, Handle: true})
	waitFor(t, within, "sends in flight at Telegram", func() bool { return tg.Holding() >= 3 })
	if err := a.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-a.done
	a.done <- nil
	killed := time.Now()
	before := delivered()
	held := tg.Holding() // a's sends that Telegram has: they land, though a never learns it
	// Telegram delivers what it had received from a.
	tg.ClearFaults()
	close(second)

	var takeover time.Duration
	waitFor(t, 30*time.Second, "replica b takes over and settles every chat's digest in the ledger", func() bool {
		if takeover == 0 && b.logged("singleton acquired", "singleton="+store.DigestLock) {
			takeover = time.Since(killed)
		}
		c, err := st.DeliveryCounts(ctx)
		return err == nil && c[store.DeliveryPending] == 0 && c[store.DeliverySent]+c[store.DeliveryFailed] == n
	})
	settled := time.Since(killed)
	counts, _ := st.DeliveryCounts(ctx)
	t.Logf("killed a with %d of %d delivered and %d held at Telegram; b took the lock after %v and settled the broadcast after %v; ledger %v",
		before, n, held, takeover.Round(time.Millisecond), settled.Round(time.Millisecond), counts)

	// No chat got two digests. The chats the ledger says sent got theirs;
	// the others are in doubt (failed in the ledger, not resent): those
	// whose send Telegram had from a got it anyway, the rest of a's begun
	// rows never left it.
	got := deliveredTo(tg, n)
	doubtLanded := 0
	for i := range n {
		chat := subscriber(i)
		if got[chat] > 1 {
			t.Errorf("chat %d got %d digests", chat, got[chat])
		}
		rows, err := st.Deliveries(ctx, chat)
		if err != nil || len(rows) != 1 {
			t.Fatalf("chat %d: ledger %+v, %v", chat, rows, err)
		}
		switch rows[0].State {
		case store.DeliverySent:
			if got[chat] != 1 {
				t.Errorf("chat %d: the ledger says sent, Telegram delivered %d", chat, got[chat])
			}
		case store.DeliveryFailed:
			doubtLanded += got[chat]
		default:
			t.Errorf("chat %d: ledger state %s", chat, rows[0].State)
		}
	}
	t.Logf("%d in-doubt chats got the send Telegram had from a; %d sent by b", doubtLanded, b.sentInPasses())
	if doubtLanded < held {
		t.Errorf("%d sends held at Telegram when a died, %d in-doubt chats got theirs", held, doubtLanded)
	}
	// b logs its pass once the pass returns, a moment after the ledger.
	waitFor(t, within, "replica b reports the digests it sent after taking over", func() bool { return b.sentInPasses() > 0 })
	// Long polling moved too: a message sent after the kill is answered.
	const asker = 4747
	tg.Push(tg.Text(faketg.PrivateChat(asker), faketg.User(asker, "en"), "/help"))
	wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := tg.Wait(wctx, func() bool { return len(tg.Messages(asker)) > 0 }); err != nil {
		t.Errorf("no replica answered after the kill: %v", err)
	}
	if m := tg.MaxPolls(); m > 1 {
		t.Errorf("%d getUpdates consumers at once; Telegram allows one", m)
	}

	if err := b.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-b.done:
		b.done <- nil
		if err != nil {
			t.Errorf("replica b after SIGTERM: %v", err)
		}
	case <-time.After(within):
		t.Error("replica b did not stop on SIGTERM")
	}
}

// subscriber is the chat id of the i-th subscriber.
func subscriber(i int) int64 { return 91_000 + int64(i) }

// subscribe adds n English subscribers whose digest was due a few minutes
// ago, in a zone where that is still today.
func subscribe(t *testing.T, st *store.Store, n int) {
	t.Helper()
	now := time.Now()
	zone := "UTC"
	if local := now.UTC(); local.Hour() == 0 && local.Minute() < 10 {
		zone = "Asia/Tokyo" // UTC+9: mid-morning
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		t.Fatal(err)
	}
	local := now.In(loc)
	minute := local.Hour()*60 + local.Minute() - 5
	for i := range n {
		sub := store.Subscription{ChatID: subscriber(i), UserID: subscriber(i), Lang: "en", Minute: minute, TZ: zone,
			Active: true, CreatedAt: now.Add(-48 * time.Hour), UpdatedAt: now.Add(-48 * time.Hour), ScheduleFrom: now.Add(-48 * time.Hour)}
		if err := st.PutSubscription(t.Context(), sub); err != nil {
			t.Fatal(err)
		}
	}
}

// deliveredTo counts the messages Telegram accepted for each of the n
// subscribers.
func deliveredTo(tg *faketg.Server, n int) map[int64]int {
	got := map[int64]int{}
	for _, c := range tg.Calls("sendMessage") {
		chat := c.Int64("chat_id")
		if c.Code == 0 && chat >= subscriber(0) && chat < subscriber(n) {
			got[chat]++
		}
	}
	return got
}
