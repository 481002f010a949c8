package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/detente/detente/internal/faketg"
	"github.com/detente/detente/internal/pgtest"
)

// TestTwoServeReplicasShareOneWebhook is issue 11's deployment in one
// process: two `detente serve`, each with its own data directory (its
// index), on one PostgreSQL database with one token, behind one webhook
// that a load balancer spreads. Every question is answered exactly once,
// with citations, whichever replica gets it.
func TestTwoServeReplicasShareOneWebhook(t *testing.T) {
	if testing.Short() {
		t.Skip("two serve replicas")
	}
	db := pgtest.URL(t)
	tg := faketg.New()
	defer tg.Close()
	const secret = "replica-webhook-s3cret"
	var hooks []string
	var stops []context.CancelFunc
	var dones []<-chan error
	var logs []*syncBuffer
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	for i := range 2 {
		addr := freeLoopback(t)
		env := map[string]string{
			"DETENTE_DATA_DIR":       t.TempDir(),
			"DETENTE_DATABASE_URL":   db,
			"TELEGRAM_BOT_TOKEN":     faketg.DefaultToken,
			"TELEGRAM_API_URL":       tg.URL,
			"DETENTE_WEBHOOK_URL":    "https://bot.example.test/hook",
			"DETENTE_WEBHOOK_SECRET": secret,
			"DETENTE_WEBHOOK_LISTEN": addr,
		}
		_, stop, done, _, stderr := startServe(t, env)
		hooks, stops, dones, logs = append(hooks, "http://"+addr+"/hook"), append(stops, stop), append(dones, done), append(logs, stderr)
		// One after the other: the first seeds the empty database; the
		// second loads its index from it. (Started together, the one
		// that did not seed answered "no sources" until its index caught
		// up with the other's articles: the change follower's business.)
		if err := tg.Wait(ctx, func() bool { return len(tg.Calls("setWebhook")) == i+1 }); err != nil {
			t.Fatalf("replica %d did not start: %v\n%s", i, err, tail(stderr.String()))
		}
	}

	// Three questions from each of 20 users (within the default budget),
	// spread over both replicas, each user's in order.
	const users, perUser = 20, 3
	var mu sync.Mutex
	id := int64(0)
	var wg sync.WaitGroup
	for u := range users {
		wg.Add(1)
		go func(chat int64) {
			defer wg.Done()
			for k := range perUser {
				up := tg.Text(faketg.PrivateChat(chat), faketg.User(chat, "en"),
					fmt.Sprintf("What did Russia and the United States agree about embassies? (%d)", k+1))
				mu.Lock()
				id++
				up.ID = id
				mu.Unlock()
				for try := 0; ; try++ {
					code, err := faketg.PostWebhook(ctx, hooks[(int(up.ID)+try)%2], secret, up)
					if err == nil && code == http.StatusOK {
						break
					}
					if ctx.Err() != nil {
						t.Errorf("update %d never accepted: %d %v", up.ID, code, err)
						return
					}
				}
			}
		}(int64(7000 + u))
	}
	wg.Wait()
	answered := func(chat int64) int {
		n := 0
		for _, m := range tg.Messages(chat) {
			if strings.Contains(m.Plain, "[1]") {
				n++
			}
		}
		return n
	}
	err := tg.Wait(ctx, func() bool {
		for u := range users {
			if answered(int64(7000+u)) < perUser {
				return false
			}
		}
		return true
	})
	for _, stop := range stops {
		stop()
	}
	for i, done := range dones {
		if err := <-done; err != nil {
			t.Errorf("replica %d: %v", i, err)
		}
	}
	if err != nil {
		var seen []string
		for _, m := range tg.Messages(7000) {
			seen = append(seen, m.Plain)
		}
		t.Fatalf("not every question was answered: %v\nuser 7000 saw %q\nA:\n%s\nB:\n%s", err, seen, tail(logs[0].String()), tail(logs[1].String()))
	}
	for u := range users {
		if n := answered(int64(7000 + u)); n != perUser {
			t.Errorf("user %d got %d cited answers, want %d", 7000+u, n, perUser)
		}
	}
	for i, l := range logs {
		s := l.String()
		if strings.Contains(s, strings.SplitN(faketg.DefaultToken, ":", 2)[1]) {
			t.Errorf("replica %d logged the token", i)
		}
		if !strings.Contains(s, "msg=question") {
			t.Errorf("replica %d answered nothing: the load did not reach both", i)
		}
	}
}

func freeLoopback(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func tail(s string) string {
	if len(s) > 3000 {
		return "…" + s[len(s)-3000:]
	}
	return s
}
