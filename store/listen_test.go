package store

import (
	"context"
	"database/sql"
	"log/slog"
	"net"
	neturl "net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/detente/detente/internal/pgtest"
)

// startListener runs a listener on url until the test ends and returns it
// after its first wake-up (it is listening from then on).
func startListener(t *testing.T, url string, opt ListenOptions) *Listener {
	t.Helper()
	l, err := NewListener(url, opt)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- l.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != context.Canceled {
			t.Errorf("Run returned %v, want context.Canceled", err)
		}
	})
	waitWake(t, l, "the first connection")
	return l
}

func waitWake(t *testing.T, l *Listener, what string) {
	t.Helper()
	select {
	case <-l.Wake():
	case <-time.After(5 * time.Second):
		t.Fatalf("no wake-up within 5 s after %s", what)
	}
}

func sqlDB(t *testing.T, url string) *sql.DB {
	t.Helper()
	db, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// A notification on the changes channel, from any session, wakes the
// follower; one sent in a transaction only when it commits.
func TestListenerWakesOnCommittedNotification(t *testing.T) {
	url := pgtest.URL(t)
	l := startListener(t, url, ListenOptions{})
	db := sqlDB(t, url)
	ctx := context.Background()

	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.ExecContext(ctx, "SELECT pg_notify($1, '7')", changesChannel); err != nil {
		t.Fatal(err)
	}
	select {
	case <-l.Wake():
		t.Fatal("woken before the notifying transaction committed")
	default:
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	waitWake(t, l, "a committed notification")
}

// A listener whose session the server ends reconnects and wakes the
// follower once it listens again, so changes committed in the gap (whose
// notifications nobody received) are read from the sequence.
func TestListenerReconnectsAndWakesAfterItsSessionIsKilled(t *testing.T) {
	url := pgtest.URL(t)
	lost := make(chan error, 10)
	l := startListener(t, url, ListenOptions{Lost: func(err error) { lost <- err }})
	db := sqlDB(t, url)
	ctx := context.Background()

	var killed int
	err := db.QueryRowContext(ctx, `SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
		WHERE datname = current_database() AND application_name = $1`, ListenerApplicationName).Scan(&killed)
	if err != nil {
		t.Fatal(err)
	}
	if killed != 1 {
		t.Fatalf("terminated %d listener sessions, want 1", killed)
	}
	select {
	case err := <-lost:
		t.Logf("lost: %v", err)
	case <-time.After(5 * time.Second):
		t.Fatal("the listener did not notice its session was terminated")
	}
	waitWake(t, l, "reconnecting")
	// And it listens again.
	if _, err := db.ExecContext(ctx, "SELECT pg_notify($1, '8')", changesChannel); err != nil {
		t.Fatal(err)
	}
	waitWake(t, l, "a notification on the new session")
}

// A connection that dies without a word (a failover, a dropped NAT entry:
// no FIN, no RST) is noticed by the health check within Health, not after
// TCP keepalive's hour, and replaced.
func TestListenerReplacesASilentlyDeadConnection(t *testing.T) {
	url := pgtest.URL(t)
	proxy := newFreezingProxy(t, url)
	lost := make(chan error, 10)
	l := startListener(t, proxy.url, ListenOptions{Health: 200 * time.Millisecond, Lost: func(err error) { lost <- err }})
	proxy.freeze() // the current session's packets now go nowhere
	select {
	case err := <-lost:
		t.Logf("lost: %v", err)
	case <-time.After(5 * time.Second):
		t.Fatal("a dead connection was not noticed within 5 s")
	}
	waitWake(t, l, "replacing the dead connection")
	db := sqlDB(t, url)
	if _, err := db.ExecContext(context.Background(), "SELECT pg_notify($1, '9')", changesChannel); err != nil {
		t.Fatal(err)
	}
	waitWake(t, l, "a notification on the new connection")
}

// freezingProxy forwards TCP to the PostgreSQL server; freeze makes every
// connection open at that moment stop forwarding without closing, as a
// dead network path does. Connections made later work.
type freezingProxy struct {
	url    string
	mu     sync.Mutex
	frozen []chan struct{}
}

func newFreezingProxy(t *testing.T, pgURL string) *freezingProxy {
	t.Helper()
	u, err := neturl.Parse(pgURL)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	target := u.Host
	u.Host = ln.Addr().String()
	p := &freezingProxy{url: u.String()}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			stop := make(chan struct{})
			p.mu.Lock()
			p.frozen = append(p.frozen, stop)
			p.mu.Unlock()
			t.Cleanup(func() { c.Close(); s.Close() })
			go pipe(c, s, stop)
			go pipe(s, c, stop)
		}
	}()
	return p
}

func (p *freezingProxy) freeze() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, stop := range p.frozen {
		close(stop)
	}
	p.frozen = nil
}

// pipe copies src to dst until stop closes; after that it reads and drops.
func pipe(dst, src net.Conn, stop <-chan struct{}) {
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		if err != nil {
			return
		}
		select {
		case <-stop:
			continue
		default:
		}
		if _, err := dst.Write(buf[:n]); err != nil {
			return
		}
	}
}

// A URL pgx cannot parse is refused without quoting it: it may hold a password.
func TestNewListenerDoesNotQuoteABadURL(t *testing.T) {
	_, err := NewListener("postgres://u:hunter2@host:notaport/db", ListenOptions{})
	if err == nil {
		t.Fatal("a bad URL was accepted")
	}
	if got := err.Error(); strings.Contains(got, "hunter2") {
		t.Fatalf("the error quotes the password: %s", got)
	}
}

// Every kind of corpus change committed through one store wakes a listener
// of another store on the same database: what a replica sees when another
// replica, or a CLI command, changes the corpus.
func TestCorpusChangesWakeAnotherStoresListener(t *testing.T) {
	url := pgtest.URL(t)
	ctx := context.Background()
	a, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	l, err := b.ChangeListener(ListenOptions{})
	if err != nil || l == nil {
		t.Fatalf("ChangeListener on PostgreSQL: %v, %v", l, err)
	}
	lctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { defer close(done); l.Run(lctx) }()
	defer func() { cancel(); <-done }()
	waitWake(t, l, "the first connection")

	put(t, a, article("a", "", "p0\n\np1"))
	waitWake(t, l, "an article was added")
	put(t, a, article("a", "", "p0 edited\n\np1"))
	waitWake(t, l, "an article was edited")
	if _, err := a.RemoveArticle(ctx, "a"); err != nil {
		t.Fatal(err)
	}
	waitWake(t, l, "an article was removed")
	put(t, a, article("b", "", "q0"))
	waitWake(t, l, "another article was added")
	var ids []int64
	a.EachChunkText(ctx, func(id int64, _ string) error { ids = append(ids, id); return nil })
	vs := map[int64][]float32{}
	for _, id := range ids {
		vs[id] = []float32{1, 2}
	}
	if err := a.ReplaceVectors(ctx, "new-model", vs); err != nil {
		t.Fatal(err)
	}
	waitWake(t, l, "the corpus was reindexed")
}

// On SQLite nothing announces changes: there is no listener, and followers poll.
func TestSQLiteStoreHasNoChangeListener(t *testing.T) {
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "detente.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if l, err := s.ChangeListener(ListenOptions{}); l != nil || err != nil {
		t.Fatalf("ChangeListener on SQLite = %v, %v; want nil, nil", l, err)
	}
}

// A listener that cannot connect logs why, once per outage, without the
// password the URL carries.
func TestListenerLogsNoPassword(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now: every connect fails
	var logs strings.Builder
	var mu sync.Mutex
	lost := make(chan error, 10)
	l, err := NewListener("postgres://detente:hunter2-secret@"+addr+"/detente?sslmode=disable", ListenOptions{
		Logger: slog.New(slog.NewTextHandler(writerFunc(func(p []byte) (int, error) {
			mu.Lock()
			defer mu.Unlock()
			return logs.Write(p)
		}), &slog.HandlerOptions{Level: slog.LevelDebug})),
		Lost: func(err error) { lost <- err },
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); l.Run(ctx) }()
	for range 2 {
		select {
		case <-lost:
		case <-time.After(5 * time.Second):
			t.Fatal("no connection failure reported within 5 s")
		}
	}
	cancel()
	<-done
	mu.Lock()
	defer mu.Unlock()
	if !strings.Contains(logs.String(), "listening for corpus changes failed") {
		t.Errorf("the failure was not logged:\n%s", logs.String())
	}
	if strings.Contains(logs.String(), "hunter2") {
		t.Errorf("the password reached the log:\n%s", logs.String())
	}
	if n := strings.Count(logs.String(), "level=WARN"); n != 1 {
		t.Errorf("%d warnings for one outage, want 1:\n%s", n, logs.String())
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }
