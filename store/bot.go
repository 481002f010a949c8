package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/detente/detente/corpus"
)

// This file holds the Telegram bot's tables (migration 002_bot): users and
// their /lang choice, conversation turns (follow-ups and /source N survive a
// restart), feedback votes and the question log behind /stats. The bot
// package owns the rules; these methods keep each step atomic.

// BotUser is a Telegram user the bot has seen.
type BotUser struct {
	UserID    int64
	ChatID    int64  // chat of their latest message
	LangCode  string // Telegram language_code, e.g. "vi", "en-US"
	Lang      string // /lang override: "", "vi" or "en"
	FirstSeen time.Time
	LastSeen  time.Time
}

// userTouchEvery is how stale a user's last_seen may get: a write per
// message would make SQLite's single writer the bottleneck when many users
// ask at once.
const userTouchEvery = 5 * time.Minute

// maxCachedUsers bounds the user cache; past it the cache starts over.
const maxCachedUsers = 100_000

// userCache remembers users recently written, with their /lang choice, so
// most messages cost no write.
type userCache struct {
	mu    sync.Mutex
	users map[int64]cachedUser
}

type cachedUser struct {
	u  BotUser
	at time.Time
}

func (c *userCache) fresh(userID, chatID int64, langCode string, now time.Time) (BotUser, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	cu, ok := c.users[userID]
	if ok && now.Sub(cu.at) < userTouchEvery && cu.u.ChatID == chatID && (langCode == "" || langCode == cu.u.LangCode) {
		return cu.u, true
	}
	return BotUser{}, false
}

func (c *userCache) put(u BotUser, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.users) >= maxCachedUsers {
		c.users = map[int64]cachedUser{}
	}
	c.users[u.UserID] = cachedUser{u: u, at: now}
}

func (c *userCache) forget(userID int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.users, userID)
}

// stmtCache holds the bot's hot statements, each prepared once (per
// connection, by database/sql) instead of parsed again on every call:
// parsing was 17.6 % of the CPU time of 200 users asking at once
// (BENCHMARKS.md, bot overhead).
type stmtCache struct {
	mu sync.Mutex
	m  map[string]*sql.Stmt
	// readers bounds PeekAsker's concurrent reads (see maxAskerReads).
	readers chan struct{}
}

// maxAskerReads bounds concurrent PeekAsker reads. Every question reads
// at once when 200 users ask together; unbounded, database/sql opened a
// connection for each (re-running the DSN pragmas and re-preparing the
// statement) and closed all but a few afterwards. A read takes tens of
// microseconds, so waiting for one of a few connections is cheaper. The
// bound is local to this one non-nesting read, so it cannot deadlock.
const maxAskerReads = 4

// stmt returns query prepared (the first call prepares it).
func (s *Store) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	s.stmts.mu.Lock()
	defer s.stmts.mu.Unlock()
	if st, ok := s.stmts.m[query]; ok {
		return st, nil
	}
	st, err := s.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if s.stmts.m == nil {
		s.stmts.m = map[string]*sql.Stmt{}
	}
	s.stmts.m[query] = st
	return st, nil
}

// queryRow is QueryRowContext through the statement cache.
func (s *Store) queryRow(ctx context.Context, query string, args ...any) rowScanner {
	st, err := s.stmt(ctx, query)
	if err != nil {
		return errRow{err}
	}
	return st.QueryRowContext(ctx, args...)
}

// txExec is tx.ExecContext through the statement cache: a statement
// already prepared on the transaction's connection is reused. It never
// prepares one outside tx: that may open a connection, whose DSN pragmas
// wait for the write lock tx holds. Call warm before the transaction.
func (s *Store) txExec(ctx context.Context, tx *dbTx, query string, args ...any) (sql.Result, error) {
	s.stmts.mu.Lock()
	st := s.stmts.m[query]
	s.stmts.mu.Unlock()
	if st == nil {
		return tx.ExecContext(ctx, query, args...)
	}
	return tx.StmtContext(ctx, st).ExecContext(ctx, args...)
}

// txQueryRow is txExec for a statement that returns one row.
func (s *Store) txQueryRow(ctx context.Context, tx *dbTx, query string, args ...any) *sql.Row {
	s.stmts.mu.Lock()
	st := s.stmts.m[query]
	s.stmts.mu.Unlock()
	if st == nil {
		return tx.QueryRowContext(ctx, query, args...)
	}
	return tx.StmtContext(ctx, st).QueryRowContext(ctx, args...)
}

// warm prepares queries for txExec. A failure only means txExec parses
// them each time, so it is not an error.
func (s *Store) warm(ctx context.Context, queries ...string) {
	for _, q := range queries {
		_, _ = s.stmt(ctx, q)
	}
}

// errRow is a row whose Scan reports the error that kept it from being read.
type errRow struct{ err error }

func (r errRow) Scan(...any) error { return r.err }

// TouchUser records that a user wrote (creating them on first contact) and
// returns the stored row, including any /lang override. It writes only when
// the row it last wrote for the user is older than userTouchEvery or names
// another chat or language_code, so last_seen is at most that stale.
func (s *Store) TouchUser(ctx context.Context, userID, chatID int64, langCode string) (BotUser, error) {
	if u, ok, err := s.cachedUser(ctx, userID, chatID, langCode); ok || err != nil {
		return u, err
	}
	done, err := s.write(ctx)
	if err != nil {
		return BotUser{}, fmt.Errorf("touch user %d: %w", userID, err)
	}
	defer done()
	now := s.now().UTC().UnixNano()
	row := s.db.QueryRowContext(ctx, `INSERT INTO bot_users (user_id, chat_id, lang_code, first_seen, last_seen)
		VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (user_id) DO UPDATE SET chat_id = excluded.chat_id,
			lang_code = CASE WHEN excluded.lang_code <> '' THEN excluded.lang_code ELSE bot_users.lang_code END,
			last_seen = excluded.last_seen
		RETURNING user_id, chat_id, lang_code, lang, first_seen, last_seen`,
		userID, chatID, langCode, now, now)
	var u BotUser
	var first, last int64
	if err := row.Scan(&u.UserID, &u.ChatID, &u.LangCode, &u.Lang, &first, &last); err != nil {
		return BotUser{}, fmt.Errorf("touch user %d: %w", userID, err)
	}
	u.FirstSeen, u.LastSeen = time.Unix(0, first).UTC(), time.Unix(0, last).UTC()
	s.users.put(u, s.now())
	return u, nil
}

// PeekUser returns the user without writing: as last touched, else as
// stored, else a new user not stored yet. Questions use it, so the path to
// the first message out does no write; RecordAnswer (one transaction) then
// stores the user.
func (s *Store) PeekUser(ctx context.Context, userID, chatID int64, langCode string) (BotUser, error) {
	if u, ok, err := s.cachedUser(ctx, userID, chatID, langCode); ok || err != nil {
		return u, err
	}
	u, err := s.BotUserByID(ctx, userID)
	if errors.Is(err, ErrNotFound) {
		return BotUser{UserID: userID, ChatID: chatID, LangCode: langCode}, nil
	}
	if err != nil {
		return BotUser{}, err
	}
	s.users.put(u, s.now())
	return u, nil
}

// cachedUser is the user as last touched when that was recent (ok), so no
// write is due. On PostgreSQL other replicas share the table and one of
// them may have stored a /lang choice since, so the row is read again
// (a read, not the write the cache saves).
func (s *Store) cachedUser(ctx context.Context, userID, chatID int64, langCode string) (BotUser, bool, error) {
	u, ok := s.users.fresh(userID, chatID, langCode, s.now())
	if !ok || !s.Postgres() {
		return u, ok, nil
	}
	stored, err := s.BotUserByID(ctx, userID)
	if errors.Is(err, ErrNotFound) { // pruned meanwhile: write it again
		s.users.forget(userID)
		return BotUser{}, false, nil
	}
	if err != nil {
		return BotUser{}, false, err
	}
	u.Lang = stored.Lang
	return u, true, nil
}

// BotUserByID returns a stored user without writing anything (reads do not
// wait for SQLite's single writer). ErrNotFound if the user never wrote.
func (s *Store) BotUserByID(ctx context.Context, userID int64) (BotUser, error) {
	var u BotUser
	var first, last int64
	err := s.queryRow(ctx, `SELECT user_id, chat_id, lang_code, lang, first_seen, last_seen
		FROM bot_users WHERE user_id = ?`, userID).Scan(&u.UserID, &u.ChatID, &u.LangCode, &u.Lang, &first, &last)
	if errors.Is(err, sql.ErrNoRows) {
		return BotUser{}, fmt.Errorf("user %d: %w", userID, ErrNotFound)
	}
	if err != nil {
		return BotUser{}, fmt.Errorf("user %d: %w", userID, err)
	}
	u.FirstSeen, u.LastSeen = time.Unix(0, first).UTC(), time.Unix(0, last).UTC()
	return u, nil
}

// ErrBadLang is returned by SetUserLang for a value that is not a language
// code. Which languages are served is the caller's list (prompts), not the
// database's: adding a language must not need a store change.
var ErrBadLang = errors.New(`language must be a lower-case code such as "en" or "" (automatic)`)

// SetUserLang stores a user's /lang choice; "" returns to detection.
func (s *Store) SetUserLang(ctx context.Context, userID, chatID int64, lang string) error {
	if lang != "" && !corpus.IsLangCode(lang) {
		return fmt.Errorf("set language %q: %w", lang, ErrBadLang)
	}
	now := s.now().UTC().UnixNano()
	_, err := s.exec(ctx, `INSERT INTO bot_users (user_id, chat_id, lang, first_seen, last_seen)
		VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (user_id) DO UPDATE SET lang = excluded.lang, last_seen = excluded.last_seen`,
		userID, chatID, lang, now, now)
	s.users.forget(userID) // the next message reads the new choice
	if err != nil {
		return fmt.Errorf("set language of user %d: %w", userID, err)
	}
	return nil
}

// Turn is one answered question in a chat.
type Turn struct {
	ID         int64
	ThreadID   int64 // id of the thread's first turn; 0 in AddTurn starts a new thread
	ChatID     int64
	UserID     int64
	Question   string
	Answer     string
	Lang       string
	ArticleIDs []string // cited articles
	Sources    []byte   // the caller's JSON of the sources given to the model
	MessageIDs []int    // Telegram messages carrying the answer
	CreatedAt  time.Time
}

// AddTurn stores a turn and indexes its messages, in one transaction, and
// returns it with ID, ThreadID and CreatedAt set.
func (s *Store) AddTurn(ctx context.Context, t Turn) (Turn, error) {
	var out Turn
	err := s.inTx(ctx, func(tx *dbTx) error {
		var err error
		out, err = s.insertTurn(ctx, tx, t)
		return err
	})
	if err != nil {
		return Turn{}, fmt.Errorf("add turn in chat %d: %w", t.ChatID, err)
	}
	return out, nil
}

// Answered is everything the bot records after answering a question.
type Answered struct {
	// LangCode is the asker's Telegram language_code (kept if "").
	LangCode string
	// Turn, when non-nil, is stored as by AddTurn (nil: nothing reached
	// the chat, there is nothing to follow up on).
	Turn *Turn
	Log  QuestionLog
}

// RecordAnswer stores, in one transaction, that the asker was seen (user
// row created or refreshed), the turn, and the question log entry. One
// commit per answer instead of three keeps SQLite's single writer from
// becoming the bottleneck when many users ask at once. It returns the
// stored turn (zero when a.Turn is nil).
func (s *Store) RecordAnswer(ctx context.Context, a Answered) (Turn, error) {
	s.warm(ctx, seenUserSQL, insertTurnSQL, setThreadSQL, turnMessageSQL, insertQuestionSQL)
	var out Turn
	now := s.now().UTC()
	err := s.inTx(ctx, func(tx *dbTx) error {
		if _, err := s.txExec(ctx, tx, seenUserSQL, a.Log.UserID, a.Log.ChatID, a.LangCode, now.UnixNano(), now.UnixNano()); err != nil {
			return err
		}
		if a.Turn != nil {
			var err error
			if out, err = s.insertTurn(ctx, tx, *a.Turn); err != nil {
				return err
			}
		}
		_, err := s.txExec(ctx, tx, insertQuestionSQL, questionArgs(a.Log, now)...)
		return err
	})
	if err != nil {
		return Turn{}, fmt.Errorf("record answer in chat %d: %w", a.Log.ChatID, err)
	}
	return out, nil
}

// The statements RecordAnswer runs, prepared once (see stmtCache).
const (
	seenUserSQL = `INSERT INTO bot_users (user_id, chat_id, lang_code, first_seen, last_seen)
		VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (user_id) DO UPDATE SET chat_id = excluded.chat_id,
			lang_code = CASE WHEN excluded.lang_code <> '' THEN excluded.lang_code ELSE bot_users.lang_code END,
			last_seen = excluded.last_seen`
	insertTurnSQL = `INSERT INTO bot_turns
		(thread_id, chat_id, user_id, question, answer, lang, article_ids, sources, message_ids, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`
	setThreadSQL   = "UPDATE bot_turns SET thread_id = id WHERE id = ?"
	turnMessageSQL = `INSERT INTO bot_turn_messages (chat_id, message_id, turn_id) VALUES (?, ?, ?)
		ON CONFLICT (chat_id, message_id) DO UPDATE SET turn_id = excluded.turn_id`
)

func (s *Store) insertTurn(ctx context.Context, tx *dbTx, t Turn) (Turn, error) {
	ids, err := json.Marshal(botStrings(t.ArticleIDs))
	if err != nil {
		return Turn{}, err
	}
	msgs, err := json.Marshal(botInts(t.MessageIDs))
	if err != nil {
		return Turn{}, err
	}
	sources := t.Sources
	if len(sources) == 0 {
		sources = []byte("[]")
	}
	if !json.Valid(sources) {
		return Turn{}, errors.New("sources are not valid JSON")
	}
	t.CreatedAt = s.now().UTC()
	err = s.txQueryRow(ctx, tx, insertTurnSQL,
		t.ThreadID, t.ChatID, t.UserID, t.Question, t.Answer, t.Lang, string(ids), string(sources), string(msgs),
		t.CreatedAt.UnixNano()).Scan(&t.ID)
	if err != nil {
		return Turn{}, err
	}
	if t.ThreadID == 0 {
		t.ThreadID = t.ID
		if _, err := s.txExec(ctx, tx, setThreadSQL, t.ID); err != nil {
			return Turn{}, err
		}
	}
	for _, m := range t.MessageIDs {
		if _, err := s.txExec(ctx, tx, turnMessageSQL, t.ChatID, m, t.ID); err != nil {
			return Turn{}, err
		}
	}
	return t, nil
}

const turnColumns = `id, thread_id, chat_id, user_id, question, answer, lang, article_ids, sources, message_ids, created_at`

func scanTurn(r rowScanner) (Turn, error) {
	var t Turn
	var ids, sources, msgs string
	var created int64
	if err := r.Scan(&t.ID, &t.ThreadID, &t.ChatID, &t.UserID, &t.Question, &t.Answer, &t.Lang, &ids, &sources, &msgs, &created); err != nil {
		return Turn{}, err
	}
	return decodeTurn(t, ids, sources, msgs, created)
}

func decodeTurn(t Turn, ids, sources, msgs string, created int64) (Turn, error) {
	if err := json.Unmarshal([]byte(ids), &t.ArticleIDs); err != nil {
		return Turn{}, fmt.Errorf("turn %d article ids: %w", t.ID, err)
	}
	if err := json.Unmarshal([]byte(msgs), &t.MessageIDs); err != nil {
		return Turn{}, fmt.Errorf("turn %d message ids: %w", t.ID, err)
	}
	t.Sources = []byte(sources)
	t.CreatedAt = time.Unix(0, created).UTC()
	return t, nil
}

func (s *Store) oneTurn(ctx context.Context, op, query string, args ...any) (Turn, error) {
	t, err := scanTurn(s.queryRow(ctx, query, args...))
	if errors.Is(err, sql.ErrNoRows) {
		return Turn{}, fmt.Errorf("%s: %w", op, ErrNotFound)
	}
	if err != nil {
		return Turn{}, fmt.Errorf("%s: %w", op, err)
	}
	return t, nil
}

// TurnByMessage returns the turn a bot message belongs to. ErrNotFound if
// the message is not an answer.
func (s *Store) TurnByMessage(ctx context.Context, chatID int64, messageID int) (Turn, error) {
	return s.oneTurn(ctx, fmt.Sprintf("turn of message %d in chat %d", messageID, chatID),
		`SELECT `+turnColumns+` FROM bot_turns WHERE id =
			(SELECT turn_id FROM bot_turn_messages WHERE chat_id = ? AND message_id = ?)`, chatID, messageID)
}

// TurnByID returns one turn. ErrNotFound if absent.
func (s *Store) TurnByID(ctx context.Context, id int64) (Turn, error) {
	return s.oneTurn(ctx, fmt.Sprintf("turn %d", id), `SELECT `+turnColumns+` FROM bot_turns WHERE id = ?`, id)
}

// LastTurn returns the newest turn in a chat. ErrNotFound if none.
func (s *Store) LastTurn(ctx context.Context, chatID int64) (Turn, error) {
	return s.oneTurn(ctx, fmt.Sprintf("last turn in chat %d", chatID),
		`SELECT `+turnColumns+` FROM bot_turns WHERE chat_id = ? ORDER BY id DESC LIMIT 1`, chatID)
}

// LastTurnBy returns the newest turn a user asked in a chat: in a group
// each asker has a conversation of their own. ErrNotFound if none.
func (s *Store) LastTurnBy(ctx context.Context, chatID, userID int64) (Turn, error) {
	return s.oneTurn(ctx, fmt.Sprintf("last turn of user %d in chat %d", userID, chatID),
		`SELECT `+turnColumns+` FROM bot_turns WHERE chat_id = ? AND user_id = ? ORDER BY id DESC LIMIT 1`, chatID, userID)
}

// Thread returns up to limit turns of a thread with id <= upTo, oldest first
// (the most recent ones when there are more).
func (s *Store) Thread(ctx context.Context, threadID, upTo int64, limit int) ([]Turn, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT * FROM (SELECT `+turnColumns+` FROM bot_turns
		WHERE thread_id = ? AND id <= ? ORDER BY id DESC LIMIT ?) AS recent ORDER BY id`, threadID, upTo, limit)
	if err != nil {
		return nil, fmt.Errorf("thread %d: %w", threadID, err)
	}
	defer rows.Close()
	var out []Turn
	for rows.Next() {
		t, err := scanTurn(rows)
		if err != nil {
			return nil, fmt.Errorf("thread %d: %w", threadID, err)
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("thread %d: %w", threadID, err)
	}
	return out, nil
}

// ResetChat marks the start of a new conversation (/new): later questions do
// not continue earlier threads unless they reply to an answer.
func (s *Store) ResetChat(ctx context.Context, chatID int64) error {
	_, err := s.exec(ctx, `INSERT INTO bot_chats (chat_id, reset_at) VALUES (?, ?)
		ON CONFLICT (chat_id) DO UPDATE SET reset_at = excluded.reset_at`, chatID, s.now().UTC().UnixNano())
	if err != nil {
		return fmt.Errorf("reset chat %d: %w", chatID, err)
	}
	return nil
}

// ChatResetAt returns when /new was last used in a chat (zero if never).
func (s *Store) ChatResetAt(ctx context.Context, chatID int64) (time.Time, error) {
	var n int64
	err := s.queryRow(ctx, "SELECT reset_at FROM bot_chats WHERE chat_id = ?", chatID).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		return time.Time{}, nil
	}
	if err != nil {
		return time.Time{}, fmt.Errorf("reset time of chat %d: %w", chatID, err)
	}
	return time.Unix(0, n).UTC(), nil
}

// Asker is what a question needs from the store before its answer starts:
// who asks, and their chat's latest turn and /new time.
type Asker struct {
	User    BotUser   // as PeekUser returns it
	Last    *Turn     // the chat's newest turn; nil when it has none
	ResetAt time.Time // when /new was last used in the chat (zero if never)
}

// PeekAsker reads, in one query and without writing, what PeekUser,
// LastTurn and ChatResetAt read in three: a question's path to the first
// message out, 200 users at once, spent 18 % of its time in those lookups.
func (s *Store) PeekAsker(ctx context.Context, userID, chatID int64, langCode string) (Asker, error) {
	var a Asker
	var u BotUser
	var first, last, reset int64
	var t Turn
	var ids, sources, msgs string
	var created int64
	release, err := s.askerSlot(ctx)
	if err != nil {
		return Asker{}, fmt.Errorf("asker %d in chat %d: %w", userID, chatID, err)
	}
	defer release()
	err = s.queryRow(ctx, `SELECT coalesce(u.user_id, 0), coalesce(u.chat_id, 0), coalesce(u.lang_code, ''),
			coalesce(u.lang, ''), coalesce(u.first_seen, 0), coalesce(u.last_seen, 0),
			coalesce((SELECT reset_at FROM bot_chats WHERE chat_id = ?), 0),
			coalesce(t.id, 0), coalesce(t.thread_id, 0), coalesce(t.chat_id, 0), coalesce(t.user_id, 0),
			coalesce(t.question, ''), coalesce(t.answer, ''), coalesce(t.lang, ''), coalesce(t.article_ids, '[]'),
			coalesce(t.sources, '[]'), coalesce(t.message_ids, '[]'), coalesce(t.created_at, 0)
		FROM (SELECT 1) AS one
		LEFT JOIN bot_users AS u ON u.user_id = ?
		LEFT JOIN (SELECT `+turnColumns+` FROM bot_turns WHERE chat_id = ? ORDER BY id DESC LIMIT 1) AS t ON true`,
		chatID, userID, chatID).Scan(&u.UserID, &u.ChatID, &u.LangCode, &u.Lang, &first, &last, &reset,
		&t.ID, &t.ThreadID, &t.ChatID, &t.UserID, &t.Question, &t.Answer, &t.Lang, &ids, &sources, &msgs, &created)
	if err != nil {
		return Asker{}, fmt.Errorf("asker %d in chat %d: %w", userID, chatID, err)
	}
	if u.UserID == 0 {
		u = BotUser{UserID: userID, ChatID: chatID, LangCode: langCode}
	} else {
		u.FirstSeen, u.LastSeen = time.Unix(0, first).UTC(), time.Unix(0, last).UTC()
	}
	a.User = u
	if reset != 0 {
		a.ResetAt = time.Unix(0, reset).UTC()
	}
	if t.ID != 0 {
		t, err := decodeTurn(t, ids, sources, msgs, created)
		if err != nil {
			return Asker{}, fmt.Errorf("asker %d in chat %d: %w", userID, chatID, err)
		}
		a.Last = &t
	}
	return a, nil
}

// askerSlot waits for one of maxAskerReads read slots.
func (s *Store) askerSlot(ctx context.Context) (release func(), err error) {
	s.stmts.mu.Lock()
	if s.stmts.readers == nil {
		s.stmts.readers = make(chan struct{}, maxAskerReads)
	}
	slots := s.stmts.readers
	s.stmts.mu.Unlock()
	select {
	case slots <- struct{}{}:
		return func() { <-slots }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// Feedback is a 👍 (+1) or 👎 (-1) on an answer.
type Feedback struct {
	TurnID int64
	UserID int64
	ChatID int64
	Vote   int
}

// PutFeedback stores a vote, replacing the user's earlier vote on the same
// answer. The turn's question and cited articles are stored with it.
// ErrNotFound if the turn does not exist.
func (s *Store) PutFeedback(ctx context.Context, f Feedback) error {
	if f.Vote != 1 && f.Vote != -1 {
		return fmt.Errorf("feedback on turn %d: vote must be 1 or -1, got %d", f.TurnID, f.Vote)
	}
	res, err := s.exec(ctx, `INSERT INTO bot_feedback (turn_id, user_id, chat_id, vote, question, article_ids, created_at)
		SELECT id, CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS INTEGER), question, article_ids, CAST(? AS BIGINT) FROM bot_turns WHERE id = ?
		ON CONFLICT (turn_id, user_id) DO UPDATE SET vote = excluded.vote, created_at = excluded.created_at`,
		f.UserID, f.ChatID, f.Vote, s.now().UTC().UnixNano(), f.TurnID)
	if err != nil {
		return fmt.Errorf("feedback on turn %d: %w", f.TurnID, err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return fmt.Errorf("feedback on turn %d: %w", f.TurnID, ErrNotFound)
	}
	return nil
}

// FeedbackRecord is a stored vote with the question and articles it judged.
type FeedbackRecord struct {
	Feedback
	Question   string
	ArticleIDs []string
	CreatedAt  time.Time
}

// FeedbackFor lists the votes on a turn.
func (s *Store) FeedbackFor(ctx context.Context, turnID int64) ([]FeedbackRecord, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT turn_id, user_id, chat_id, vote, question, article_ids, created_at
		FROM bot_feedback WHERE turn_id = ? ORDER BY user_id`, turnID)
	if err != nil {
		return nil, fmt.Errorf("feedback of turn %d: %w", turnID, err)
	}
	defer rows.Close()
	var out []FeedbackRecord
	for rows.Next() {
		var r FeedbackRecord
		var ids string
		var created int64
		if err := rows.Scan(&r.TurnID, &r.UserID, &r.ChatID, &r.Vote, &r.Question, &ids, &created); err != nil {
			return nil, fmt.Errorf("feedback of turn %d: %w", turnID, err)
		}
		if err := json.Unmarshal([]byte(ids), &r.ArticleIDs); err != nil {
			return nil, fmt.Errorf("feedback of turn %d: %w", turnID, err)
		}
		r.CreatedAt = time.Unix(0, created).UTC()
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("feedback of turn %d: %w", turnID, err)
	}
	return out, nil
}

// QuestionLog is one question taken by the bot.
type QuestionLog struct {
	ChatID  int64
	UserID  int64
	Lang    string
	Outcome string // "answered", "no_sources", "failed", "cancelled"
	Latency time.Duration
}

// LogQuestion appends to the question log.
func (s *Store) LogQuestion(ctx context.Context, q QuestionLog) error {
	done, err := s.write(ctx)
	if err != nil {
		return fmt.Errorf("log question: %w", err)
	}
	defer done()
	if err := insertQuestion(ctx, s.db, q, s.now().UTC()); err != nil {
		return fmt.Errorf("log question: %w", err)
	}
	return nil
}

const insertQuestionSQL = `INSERT INTO bot_questions (chat_id, user_id, lang, outcome, latency_ms, day, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`

func questionArgs(l QuestionLog, now time.Time) []any {
	return []any{l.ChatID, l.UserID, l.Lang, l.Outcome, l.Latency.Milliseconds(), now.Format(time.DateOnly), now.UnixNano()}
}

func insertQuestion(ctx context.Context, q querier, l QuestionLog, now time.Time) error {
	_, err := q.ExecContext(ctx, insertQuestionSQL, questionArgs(l, now)...)
	return err
}

// DayCount is the number of questions on one UTC day.
type DayCount struct {
	Day   string // YYYY-MM-DD
	Count int
}

// BotStats is what /stats shows besides the corpus.
type BotStats struct {
	Users        int
	Subscribers  int        // active digest subscriptions
	PerDay       []DayCount // questions per day, newest first, days with questions only
	Questions    int        // in the period
	AvgLatency   time.Duration
	MaxLatency   time.Duration
	Up, Down     int // feedback votes, all time
	FailedOrNone int // questions in the period not answered from sources
}

// BotStatistics summarises users, questions since since (per UTC day),
// answer latency and feedback.
func (s *Store) BotStatistics(ctx context.Context, since time.Time) (BotStats, error) {
	var st BotStats
	var avg sql.NullFloat64
	var maxLat sql.NullInt64
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM bot_users),
		(SELECT count(*) FROM digest_subscriptions WHERE active = 1),
		(SELECT count(*) FROM bot_questions WHERE created_at >= ?1),
		(SELECT avg(latency_ms) FROM bot_questions WHERE created_at >= ?1 AND outcome IN ('answered', 'no_sources')),
		(SELECT max(latency_ms) FROM bot_questions WHERE created_at >= ?1 AND outcome IN ('answered', 'no_sources')),
		(SELECT count(*) FROM bot_questions WHERE created_at >= ?1 AND outcome <> 'answered'),
		(SELECT count(*) FROM bot_feedback WHERE vote = 1),
		(SELECT count(*) FROM bot_feedback WHERE vote = -1)`, since.UTC().UnixNano()).
		Scan(&st.Users, &st.Subscribers, &st.Questions, &avg, &maxLat, &st.FailedOrNone, &st.Up, &st.Down)
	if err != nil {
		return BotStats{}, fmt.Errorf("bot statistics: %w", err)
	}
	st.AvgLatency = time.Duration(avg.Float64 * float64(time.Millisecond))
	st.MaxLatency = time.Duration(maxLat.Int64) * time.Millisecond
	rows, err := s.db.QueryContext(ctx, `SELECT day, count(*) FROM bot_questions WHERE created_at >= ?
		GROUP BY day ORDER BY day DESC`, since.UTC().UnixNano())
	if err != nil {
		return BotStats{}, fmt.Errorf("bot statistics: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var d DayCount
		if err := rows.Scan(&d.Day, &d.Count); err != nil {
			return BotStats{}, fmt.Errorf("bot statistics: %w", err)
		}
		st.PerDay = append(st.PerDay, d)
	}
	if err := rows.Err(); err != nil {
		return BotStats{}, fmt.Errorf("bot statistics: %w", err)
	}
	return st, nil
}

func botStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func botInts(s []int) []int {
	if s == nil {
		return []int{}
	}
	return s
}
