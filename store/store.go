// Package store owns the database: a SQLite file (pure Go, modernc.org/sqlite)
// by default, or PostgreSQL (pgx) given a postgres:// URL, behind one Store
// type and one contract (see backend.go). It holds the schema and migrations
// (embedded, one set per engine), articles and chunks with their vectors, the
// embedding cache, and the bot's users, conversations, feedback, subscriptions
// and deliveries. It is the source of truth; the vector index is rebuilt from it.
package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"modernc.org/sqlite" // the pure-Go "sqlite" driver, and its Error codes
)

// ErrNotFound is returned when a looked-up row does not exist.
var ErrNotFound = errors.New("not found")

// ErrNotDatabase is returned by Open when the file at the path exists but is
// not a SQLite database. The file is left untouched.
var ErrNotDatabase = errors.New("not a SQLite database")

// ErrCorrupt is returned by Open when SQLite finds the file damaged: it
// starts like a database but its pages cannot be read. The file is left
// untouched, for a backup to replace it or a recovery tool to read it.
var ErrCorrupt = errors.New("the database file is damaged")

// ErrModelMismatch is returned when vectors from one embedding model (or
// dimension) would be mixed with chunks already embedded by another. Mixed
// vectors make similarity scores meaningless; the caller must reindex instead.
var ErrModelMismatch = errors.New("embedding model mismatch")

// Store is the database handle. Safe for concurrent use.
//
// SQLite has one writer, and that is the store's business, not its
// callers': every write (a transaction, or a single statement) first takes
// writer, a slot for one. Goroutines queueing here waste far less time than
// connections backing off in SQLite's busy handler (the bot measured it
// under 200 simultaneous users), and a caller whose ctx ends stops waiting.
// Reads never wait for it (WAL).
type Store struct {
	db     *handle
	now    func() time.Time
	writer chan struct{}
	users  userCache
	stmts  stmtCache
	// handled coalesces MarkUpdateHandled's writes.
	handled groupCommit
	// ledgerHook, set by tests only, runs inside every ledger transaction.
	ledgerHook func(ctx context.Context, tx *dbTx)
	// name is what Open was given, with any password removed, for errors.
	name string
}

// Options tunes a Store. The zero value is what production uses.
type Options struct {
	// Now replaces the clock used for AddedAt/UpdatedAt. Tests that need
	// articles added at known times (digest windows) set it; nil means time.Now.
	Now func() time.Time
}

// sqliteMagic is the first 16 bytes of every SQLite 3 database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// Open opens the database and applies pending migrations. path is a
// PostgreSQL URL (postgres:// or postgresql://) or else a SQLite file,
// created if needed. A file that is not a SQLite database is an error that
// says so; it is never overwritten.
func Open(ctx context.Context, path string) (*Store, error) {
	return OpenWith(ctx, path, Options{})
}

// OpenWith is Open with Options.
func OpenWith(ctx context.Context, path string, opt Options) (*Store, error) {
	if path == "" {
		return nil, errors.New("open store: empty path")
	}
	if isPostgresURL(path) {
		return openPostgresStore(ctx, path, opt)
	}
	// Check the header ourselves before SQLite sees the file: SQLite reports a
	// foreign file only lazily and, via journal_mode=WAL, could create -wal/-shm
	// files next to it. We want a clear message and no side effects.
	if err := checkHeader(path); err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := checkOwner(path); err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o750); err != nil {
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
	}
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, openError(path, err)
	}
	// Connections are cheap but each new one re-runs the DSN pragmas; keep a
	// few idle for the bot's concurrent handlers.
	db.SetMaxIdleConns(8)
	db.SetConnMaxIdleTime(5 * time.Minute)
	if err := connectWhenUnlocked(ctx, db); err != nil {
		db.Close()
		return nil, openError(path, err)
	}
	s := newStore(&handle{DB: db}, path, opt)
	if err := s.claim(ctx); err != nil {
		db.Close()
		return nil, openError(path, err)
	}
	if err := s.prepare(ctx); err != nil {
		db.Close()
		return nil, openError(path, err)
	}
	return s, nil
}

func newStore(h *handle, name string, opt Options) *Store {
	s := &Store{db: h, name: name, now: opt.Now, writer: make(chan struct{}, 1), users: userCache{users: map[int64]cachedUser{}}}
	if s.now == nil {
		s.now = time.Now
	}
	return s
}

// prepare brings a just-opened database up to date: migrations, the
// keyword index's analyzer version, story groups.
func (s *Store) prepare(ctx context.Context) error {
	if err := s.migrate(ctx); err != nil {
		return err
	}
	if err := s.syncAnalyzer(ctx); err != nil {
		return err
	}
	return s.syncStories(ctx)
}

// openPostgresStore is Open for a PostgreSQL URL.
func openPostgresStore(ctx context.Context, dsn string, opt Options) (*Store, error) {
	name := redactURL(dsn)
	h, err := openPostgres(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", name, err)
	}
	s := newStore(h, name, opt)
	if err := s.claim(ctx); err != nil {
		h.Close()
		return nil, fmt.Errorf("open store %s: %w", name, err)
	}
	if err := s.prepare(ctx); err != nil {
		h.Close()
		return nil, fmt.Errorf("open store %s: %w", name, err)
	}
	return s, nil
}

// openError wraps an error met while opening path, telling a damaged file
// (SQLITE_CORRUPT, SQLITE_NOTADB) from every other failure.
func openError(path string, err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) {
		if code := se.Code() & 0xff; code == 11 || code == 26 {
			return fmt.Errorf("open store %s: %w: %w", path, ErrCorrupt, err)
		}
	}
	return fmt.Errorf("open store %s: %w", path, err)
}

// connectWhenUnlocked makes the first connection, retrying while SQLite
// reports the file busy. Turning a new file into WAL mode needs an exclusive
// lock, and SQLite fails that at once (no busy handler) when another process
// is doing the same — `detente serve` and `detente ingest` started together
// on a fresh data directory. Once the file is in WAL mode this never loops.
func connectWhenUnlocked(ctx context.Context, db *sql.DB) error {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second) // = busy_timeout
	defer cancel()
	wait := 5 * time.Millisecond
	for {
		err := db.PingContext(ctx)
		if err == nil || !isBusy(err) {
			return err
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("database stayed locked: %w", err)
		case <-time.After(wait):
		}
		wait = min(2*wait, 100*time.Millisecond)
	}
}

// isBusy reports SQLITE_BUSY and its extended codes.
func isBusy(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == 5 // SQLITE_BUSY
}

// checkHeader accepts a missing or empty file (SQLite will initialise it) or
// one that starts with the SQLite magic string.
func checkHeader(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return err
	}
	if st.IsDir() {
		return fmt.Errorf("%w: is a directory", ErrNotDatabase)
	}
	buf := make([]byte, len(sqliteMagic))
	n, err := io.ReadFull(f, buf)
	switch {
	case n == 0 && (err == io.EOF):
		return nil
	case err != nil && !errors.Is(err, io.ErrUnexpectedEOF):
		return err
	case n < len(buf) || !bytes.Equal(buf, sqliteMagic):
		return fmt.Errorf("%w: the file exists and has other content; refusing to touch it", ErrNotDatabase)
	}
	return nil
}

// dsn builds a modernc URI DSN. Pragmas in the DSN are run on every pooled
// connection, which is the only way foreign_keys and busy_timeout (both
// per-connection) hold everywhere. _txlock=immediate makes every transaction
// take the write lock up front: a deferred transaction that reads then writes
// can fail with SQLITE_BUSY without waiting when another writer got there
// first, and all our transactions write.
func dsn(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	u := url.URL{Path: filepath.ToSlash(abs)}
	q := url.Values{}
	// First, before journal_mode touches the file: auto_vacuum can only be
	// chosen while a database has no tables, so this makes every new file
	// incremental (PruneBotData gives space back) and is a no-op on older
	// files, which switch only by a VACUUM (see README, "What is kept").
	q.Add("_pragma", "auto_vacuum(INCREMENTAL)")
	q.Add("_pragma", "busy_timeout(5000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	// Memory-mapped reads: the startup scan of every vector otherwise spends
	// about a third of its time in pread syscalls (one per page). 0x7fff0000
	// is SQLite's compiled-in ceiling on Linux; it is address space, not RAM.
	q.Add("_pragma", "mmap_size(2147418112)")
	q.Set("_txlock", "immediate")
	return "file:" + u.EscapedPath() + "?" + q.Encode()
}

// Close closes the database.
func (s *Store) Close() error {
	// PRAGMA optimize keeps query plans good for long-lived databases; it is
	// cheap and its failure must not hide a real Close error.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if !s.db.pg {
		_, _ = s.db.ExecContext(ctx, "PRAGMA optimize")
	}
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close store: %w", err)
	}
	return nil
}

// DB exposes the handle for packages that add their own tables via migrations
// in this package (bot, digest). Prefer methods.
func (s *Store) DB() *sql.DB { return s.db.DB }

// Ping reports whether the database answers a query, for readiness checks.
func (s *Store) Ping(ctx context.Context) error {
	var one int
	if err := s.db.QueryRowContext(ctx, "SELECT 1").Scan(&one); err != nil {
		return fmt.Errorf("ping store: %w", err)
	}
	return nil
}

// Meta reads a key from the meta table ("" if absent).
func (s *Store) Meta(ctx context.Context, key string) (string, error) {
	v, err := getMeta(ctx, s.db, key)
	if err != nil {
		return "", fmt.Errorf("read meta %q: %w", key, err)
	}
	return v, nil
}

// SetMeta writes a key in the meta table.
func (s *Store) SetMeta(ctx context.Context, key, value string) error {
	if key == "" {
		return errors.New("set meta: empty key")
	}
	done, err := s.write(ctx)
	if err != nil {
		return fmt.Errorf("set meta %q: %w", key, err)
	}
	defer done()
	if err := setMeta(ctx, s.db, key, value); err != nil {
		return fmt.Errorf("set meta %q: %w", key, err)
	}
	return nil
}

// querier is what both *sql.DB and *sql.Tx offer, so helpers run inside or
// outside a transaction.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func getMeta(ctx context.Context, q querier, key string) (string, error) {
	var v string
	err := q.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = ?", key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return v, err
}

func setMeta(ctx context.Context, q querier, key, value string) error {
	_, err := q.ExecContext(ctx,
		"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
		key, value)
	return err
}

// write holds the writer slot (see Store) until the returned func is
// called. On PostgreSQL there is no slot: the server takes concurrent
// writers, and a slot in one process would not order another's.
func (s *Store) write(ctx context.Context) (done func(), err error) {
	if s.db.pg {
		return func() {}, nil
	}
	select {
	case s.writer <- struct{}{}:
		return func() { <-s.writer }, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("wait to write: %w", ctx.Err())
	}
}

// exec runs one writing statement as the single writer.
func (s *Store) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	done, err := s.write(ctx)
	if err != nil {
		return nil, err
	}
	defer done()
	return s.db.ExecContext(ctx, query, args...)
}

// inTx runs fn in one (immediate) transaction as the single writer,
// rolling back on any error. On PostgreSQL it is a READ COMMITTED
// transaction: fn's statements must be safe against other writers (see
// backend.go).
func (s *Store) inTx(ctx context.Context, fn func(tx *dbTx) error) error {
	done, err := s.write(ctx)
	if err != nil {
		return err
	}
	defer done()
	stx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	tx := &dbTx{Tx: stx, pg: s.db.pg}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

// Meta keys the store maintains itself: the embedding model and vector
// width every stored vector was made with (checked on every write, and by
// retrieval when it opens).
const (
	MetaEmbedModel = "embed_model"
	MetaEmbedDim   = "embed_dim"
)
