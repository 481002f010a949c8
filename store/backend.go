package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver
)

// The store has two backends behind the one Store type: a SQLite file (the
// embedded default) and PostgreSQL (a URL), chosen by Open's argument.
// Statements are written once, with SQLite's ? placeholders, in SQL both
// engines accept; handle and dbTx rebind them to PostgreSQL's $n when they
// are prepared. Where the engines must differ (pragmas, file ownership,
// vacuum, keyword search, the change sequence's head) the code branches on
// Store.Postgres in one place per concern.
//
// Concurrency differs too. SQLite has one writer per file, and the store
// queues its own writes for it (Store.write). PostgreSQL takes concurrent
// writers, possibly in several processes (replicas), so there each
// read-modify-write is made correct by the database itself: ON CONFLICT,
// conditional UPDATE … RETURNING, and for the corpus, whose writes read
// other rows (dedupe, story grouping, the embedding model) and must
// number the change sequence in commit order, one transaction-scoped
// advisory lock (lockCorpus).

// Advisory lock keys (pg_advisory_lock's one-bigint form). Every key
// Detente takes starts with "DTNT" so it cannot collide with another
// application's on a shared server; other packages pick their own low
// half-word and list it here.
const (
	lockKeyMigrate int64 = 0x44544e54_0001 // schema migrations (session lock)
	lockKeyCorpus  int64 = 0x44544e54_0002 // corpus writes (transaction lock)
)

// isPostgresURL reports whether Open's argument names a PostgreSQL server
// rather than a SQLite file.
func isPostgresURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Postgres reports whether the store is on PostgreSQL (else SQLite).
func (s *Store) Postgres() bool { return s.db.pg }

// handle is the *sql.DB with every statement rebound for its backend.
// Its methods shadow the embedded ones, so store code calls
// s.db.QueryContext as it would on *sql.DB.
type handle struct {
	*sql.DB
	pg bool
}

func (h *handle) rebind(q string) string {
	if h.pg {
		return rebind(q)
	}
	return q
}

func (h *handle) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return h.DB.ExecContext(ctx, h.rebind(q), args...)
}

func (h *handle) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return h.DB.QueryContext(ctx, h.rebind(q), args...)
}

func (h *handle) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	return h.DB.QueryRowContext(ctx, h.rebind(q), args...)
}

func (h *handle) PrepareContext(ctx context.Context, q string) (*sql.Stmt, error) {
	return h.DB.PrepareContext(ctx, h.rebind(q))
}

// dbTx is a *sql.Tx whose statements are rebound like handle's.
type dbTx struct {
	*sql.Tx
	pg bool
}

func (t *dbTx) rebind(q string) string {
	if t.pg {
		return rebind(q)
	}
	return q
}

func (t *dbTx) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return t.Tx.ExecContext(ctx, t.rebind(q), args...)
}

func (t *dbTx) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return t.Tx.QueryContext(ctx, t.rebind(q), args...)
}

func (t *dbTx) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	return t.Tx.QueryRowContext(ctx, t.rebind(q), args...)
}

func (t *dbTx) PrepareContext(ctx context.Context, q string) (*sql.Stmt, error) {
	return t.Tx.PrepareContext(ctx, t.rebind(q))
}

// rebind turns SQLite placeholders into PostgreSQL's: ?NNN becomes $NNN
// and a bare ? the next number after the highest so far (SQLite's own
// rule). Quoted strings, quoted identifiers and comments are copied as
// they are, so a literal '?' stays one.
func rebind(q string) string {
	if !strings.ContainsRune(q, '?') {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	highest := 0
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '\'' || c == '"':
			j := i + 1
			for j < len(q) {
				if q[j] == c {
					if j+1 < len(q) && q[j+1] == c { // doubled quote: still inside
						j += 2
						continue
					}
					break
				}
				j++
			}
			end := min(j+1, len(q))
			b.WriteString(q[i:end])
			i = end - 1
		case c == '-' && i+1 < len(q) && q[i+1] == '-':
			j := strings.IndexByte(q[i:], '\n')
			if j < 0 {
				j = len(q) - i - 1
			}
			b.WriteString(q[i : i+j+1])
			i += j
		case c == '?':
			j := i + 1
			for j < len(q) && q[j] >= '0' && q[j] <= '9' {
				j++
			}
			n := highest + 1
			if j > i+1 {
				n, _ = strconv.Atoi(q[i+1 : j])
			}
			highest = max(highest, n)
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			i = j - 1
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// lockCorpus serialises corpus writers across processes on PostgreSQL
// until tx ends: the dedupe lookup, the story grouping and the embedding
// model check read rows another writer may be changing, and the change
// sequence must be numbered in commit order so that a follower reading
// seq > cursor never skips a change committed late with a lower number.
// On SQLite the immediate transaction already holds the file's one write
// lock, so this is a no-op there.
func lockCorpus(ctx context.Context, tx *dbTx) error {
	if !tx.pg {
		return nil
	}
	if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock(?)", lockKeyCorpus); err != nil {
		return fmt.Errorf("lock corpus: %w", err)
	}
	return nil
}

// openPostgres connects to the server at url. The pool is sized for the
// bot's concurrent handlers; the server's max_connections bounds replicas
// times this.
func openPostgres(ctx context.Context, dsn string) (*handle, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(8)
	db.SetConnMaxIdleTime(5 * time.Minute)
	pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := db.PingContext(pctx); err != nil {
		db.Close()
		return nil, err
	}
	return &handle{DB: db, pg: true}, nil
}

// redactURL drops the password from a database URL for error messages:
// Open's errors reach logs, and the URL may carry the credentials.
func redactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return "(unparsable database URL)"
	}
	if q := u.Query(); q.Has("password") {
		q.Set("password", "xxxxx")
		u.RawQuery = q.Encode()
	}
	return u.Redacted()
}
