package store

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

func openBot(t *testing.T) (*Store, string) {
	t.Helper()
	path := testDB(t, "bot.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func TestBotUsersAndLang(t *testing.T) {
	s, _ := openBot(t)
	ctx := context.Background()
	u, err := s.TouchUser(ctx, 7, 7, "vi")
	if err != nil || u.LangCode != "vi" || u.Lang != "" || u.FirstSeen.IsZero() {
		t.Fatalf("first touch: %+v %v", u, err)
	}
	if err := s.SetUserLang(ctx, 7, 7, "en"); err != nil {
		t.Fatal(err)
	}
	// A later message without language_code keeps both the code and the override.
	u, err = s.TouchUser(ctx, 7, 7, "")
	if err != nil || u.Lang != "en" || u.LangCode != "vi" {
		t.Fatalf("after /lang en: %+v %v", u, err)
	}
	for _, bad := range []string{"French", "f", "ru-RU", "x'; --"} {
		if err := s.SetUserLang(ctx, 7, 7, bad); !errors.Is(err, ErrBadLang) {
			t.Fatalf("bad language %q: got %v", bad, err)
		}
	}
	if u, _ := s.TouchUser(ctx, 7, 7, ""); u.Lang != "en" {
		t.Fatalf("a rejected /lang changed the user: %+v", u)
	}
}

func TestTurnsThreadsAndRestart(t *testing.T) {
	s, path := openBot(t)
	ctx := context.Background()
	first, err := s.AddTurn(ctx, Turn{ChatID: 1, UserID: 1, Question: "q1", Answer: "a1 [1]", Lang: "vi",
		ArticleIDs: []string{"art-1"}, Sources: []byte(`[{"n":1}]`), MessageIDs: []int{10, 11}})
	if err != nil {
		t.Fatal(err)
	}
	if first.ThreadID != first.ID {
		t.Fatalf("a new thread starts at its first turn: %+v", first)
	}
	second, err := s.AddTurn(ctx, Turn{ThreadID: first.ThreadID, ChatID: 1, UserID: 1, Question: "q2", Answer: "a2", MessageIDs: []int{12}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddTurn(ctx, Turn{ChatID: 2, UserID: 2, Question: "other chat", Answer: "x"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddTurn(ctx, Turn{ChatID: 1, Question: "bad", Sources: []byte("{")}); err == nil {
		t.Fatal("invalid sources JSON must be refused")
	}

	// Everything survives closing and reopening the database.
	s.Close()
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	byMsg, err := s.TurnByMessage(ctx, 1, 11)
	if err != nil || byMsg.ID != first.ID || string(byMsg.Sources) != `[{"n":1}]` || !slices.Equal(byMsg.ArticleIDs, []string{"art-1"}) {
		t.Fatalf("turn by second message part: %+v %v", byMsg, err)
	}
	if _, err := s.TurnByMessage(ctx, 2, 11); !errors.Is(err, ErrNotFound) {
		t.Fatalf("message ids are per chat: got %v", err)
	}
	last, err := s.LastTurn(ctx, 1)
	if err != nil || last.ID != second.ID {
		t.Fatalf("last turn: %+v %v", last, err)
	}
	th, err := s.Thread(ctx, first.ThreadID, second.ID, 10)
	if err != nil || len(th) != 2 || th[0].Question != "q1" || th[1].Question != "q2" {
		t.Fatalf("thread: %+v %v", th, err)
	}
	if th, _ := s.Thread(ctx, first.ThreadID, second.ID, 1); len(th) != 1 || th[0].Question != "q2" {
		t.Fatalf("limited thread keeps the newest: %+v", th)
	}
	if th, _ := s.Thread(ctx, first.ThreadID, first.ID, 10); len(th) != 1 {
		t.Fatalf("thread up to the replied turn: %+v", th)
	}
	if _, err := s.LastTurn(ctx, 99); !errors.Is(err, ErrNotFound) {
		t.Fatalf("no turns: got %v", err)
	}

	if at, _ := s.ChatResetAt(ctx, 1); !at.IsZero() {
		t.Fatal("never reset")
	}
	if err := s.ResetChat(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if at, _ := s.ChatResetAt(ctx, 1); !at.After(second.CreatedAt) && !at.Equal(second.CreatedAt) {
		t.Fatalf("reset at %v, before the last turn %v", at, second.CreatedAt)
	}
}

func TestFeedbackAndStats(t *testing.T) {
	s, _ := openBot(t)
	ctx := context.Background()
	turn, err := s.AddTurn(ctx, Turn{ChatID: 1, UserID: 1, Question: "q", Answer: "a", ArticleIDs: []string{"x", "y"}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.PutFeedback(ctx, Feedback{TurnID: turn.ID, UserID: 1, ChatID: 1, Vote: 1}); err != nil {
		t.Fatal(err)
	}
	// Changing one's mind replaces the vote rather than adding one.
	if err := s.PutFeedback(ctx, Feedback{TurnID: turn.ID, UserID: 1, ChatID: 1, Vote: -1}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutFeedback(ctx, Feedback{TurnID: turn.ID, UserID: 2, ChatID: 1, Vote: 1}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutFeedback(ctx, Feedback{TurnID: 999, UserID: 1, Vote: 1}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("vote on a missing turn: %v", err)
	}
	if err := s.PutFeedback(ctx, Feedback{TurnID: turn.ID, UserID: 3, Vote: 5}); err == nil {
		t.Fatal("vote 5 accepted")
	}
	fb, err := s.FeedbackFor(ctx, turn.ID)
	if err != nil || len(fb) != 2 || fb[0].Vote != -1 || fb[0].Question != "q" || !slices.Equal(fb[0].ArticleIDs, []string{"x", "y"}) {
		t.Fatalf("feedback: %+v %v", fb, err)
	}

	if _, err := s.TouchUser(ctx, 1, 1, "en"); err != nil {
		t.Fatal(err)
	}
	for _, q := range []QuestionLog{
		{ChatID: 1, UserID: 1, Outcome: "answered", Latency: 100 * time.Millisecond},
		{ChatID: 1, UserID: 1, Outcome: "answered", Latency: 300 * time.Millisecond},
		{ChatID: 1, UserID: 1, Outcome: "failed", Latency: time.Second},
	} {
		if err := s.LogQuestion(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	st, err := s.BotStatistics(ctx, time.Now().Add(-24*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	today := time.Now().UTC().Format(time.DateOnly)
	if st.Users != 1 || st.Questions != 3 || st.Up != 1 || st.Down != 1 || st.FailedOrNone != 1 ||
		st.AvgLatency != 200*time.Millisecond || st.MaxLatency != 300*time.Millisecond ||
		len(st.PerDay) != 1 || st.PerDay[0] != (DayCount{today, 3}) {
		t.Fatalf("stats = %+v", st)
	}
	if st, _ := s.BotStatistics(ctx, time.Now().Add(time.Hour)); st.Questions != 0 || len(st.PerDay) != 0 {
		t.Fatalf("stats for a future period: %+v", st)
	}
}

func TestRecordAnswerIsOneStep(t *testing.T) {
	s, _ := openBot(t)
	ctx := context.Background()
	if _, err := s.BotUserByID(ctx, 5); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown user: %v", err)
	}
	turn, err := s.RecordAnswer(ctx, Answered{LangCode: "vi",
		Turn: &Turn{ChatID: 5, UserID: 5, Question: "q", Answer: "a", MessageIDs: []int{3}},
		Log:  QuestionLog{ChatID: 5, UserID: 5, Outcome: "answered", Latency: time.Second}})
	if err != nil || turn.ID == 0 || turn.ThreadID != turn.ID {
		t.Fatalf("record: %+v %v", turn, err)
	}
	u, err := s.BotUserByID(ctx, 5)
	if err != nil || u.LangCode != "vi" || u.ChatID != 5 {
		t.Fatalf("user after the first answer: %+v %v", u, err)
	}
	if got, _ := s.TurnByMessage(ctx, 5, 3); got.ID != turn.ID {
		t.Fatal("turn not indexed by message")
	}
	// Without a turn (nothing reached the chat) only the user and the log are written.
	if _, err := s.RecordAnswer(ctx, Answered{Log: QuestionLog{ChatID: 5, UserID: 5, Outcome: "failed"}}); err != nil {
		t.Fatal(err)
	}
	st, _ := s.BotStatistics(ctx, time.Now().Add(-time.Hour))
	if st.Questions != 2 || st.Users != 1 {
		t.Fatalf("stats %+v", st)
	}
	// A bad turn rolls everything back: no log entry either.
	if _, err := s.RecordAnswer(ctx, Answered{Turn: &Turn{ChatID: 5, Sources: []byte("{")},
		Log: QuestionLog{ChatID: 5, UserID: 6, Outcome: "answered"}}); err == nil {
		t.Fatal("invalid sources accepted")
	}
	if _, err := s.BotUserByID(ctx, 6); !errors.Is(err, ErrNotFound) {
		t.Fatal("a failed record left a user behind")
	}
	if st, _ := s.BotStatistics(ctx, time.Now().Add(-time.Hour)); st.Questions != 2 {
		t.Fatalf("a failed record left a log entry: %+v", st)
	}
}

// TestBotLangUpgrade: a database made before 006 kept /lang to vi and en
// in a CHECK constraint; after the upgrade its users are intact and
// /lang ru is stored.
func TestBotLangUpgrade(t *testing.T) {
	ctx := context.Background()
	s, path := openTest(t)
	// Put the database back to its pre-006 shape, with a user in it.
	integer := "INTEGER"
	if onPostgres() {
		integer = "BIGINT" // what 002 makes there: times are nanoseconds
	}
	err := s.inTx(ctx, func(tx *dbTx) error {
		for _, q := range []string{
			`DELETE FROM schema_migrations WHERE version = 6`,
			`DROP TABLE bot_users`,
			strings.ReplaceAll(`CREATE TABLE bot_users (
				user_id    INTEGER PRIMARY KEY,
				chat_id    INTEGER NOT NULL,
				lang_code  TEXT NOT NULL DEFAULT '',
				lang       TEXT NOT NULL DEFAULT '' CHECK (lang IN ('', 'vi', 'en')),
				first_seen INTEGER NOT NULL,
				last_seen  INTEGER NOT NULL
			)`, "INTEGER", integer),
			`INSERT INTO bot_users VALUES (7, 70, 'vi', 'en', 1, 2)`,
		} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetUserLang(ctx, 7, 70, "ru"); err == nil {
		t.Fatal("the pre-006 table accepted ru; the test does not recreate the old schema")
	}
	s.Close()

	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	u, err := s.TouchUser(ctx, 7, 70, "")
	if err != nil || u.Lang != "en" || u.LangCode != "vi" || u.FirstSeen.UnixNano() != 1 {
		t.Fatalf("user after upgrade: %+v %v", u, err)
	}
	if err := s.SetUserLang(ctx, 7, 70, "ru"); err != nil {
		t.Fatal(err)
	}
	if u, _ := s.TouchUser(ctx, 7, 70, ""); u.Lang != "ru" {
		t.Errorf("lang after /lang ru = %q", u.Lang)
	}
}

// A message costs a write only when the user's row is stale (older than
// userTouchEvery) or names another chat or language_code: the single
// writer is not spent on every message of a busy chat.
func TestTouchUserWritesOnlyWhenStale(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	s, err := OpenWith(ctx, testDB(t, "bot.db"), Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	lastSeen := func() time.Time {
		t.Helper()
		u, err := s.BotUserByID(ctx, 7)
		if err != nil {
			t.Fatal(err)
		}
		return u.LastSeen
	}
	if u, err := s.PeekUser(ctx, 7, 7, "vi"); err != nil || u.UserID != 7 || u.LangCode != "vi" {
		t.Fatalf("peek at a new user: %+v %v", u, err)
	}
	if _, err := s.BotUserByID(ctx, 7); !errors.Is(err, ErrNotFound) {
		t.Fatalf("peek wrote the user: %v", err)
	}
	if _, err := s.TouchUser(ctx, 7, 7, "vi"); err != nil {
		t.Fatal(err)
	}
	first := now
	now = now.Add(time.Minute)
	if u, err := s.TouchUser(ctx, 7, 7, "vi"); err != nil || u.LangCode != "vi" || !lastSeen().Equal(first) {
		t.Fatalf("a touch a minute later wrote (last seen %v) or lost the user: %+v %v", lastSeen(), u, err)
	}
	now = now.Add(userTouchEvery)
	if _, err := s.TouchUser(ctx, 7, 7, ""); err != nil || !lastSeen().Equal(now) {
		t.Fatalf("a stale row was not written: last seen %v, want %v (%v)", lastSeen(), now, err)
	}
	now = now.Add(time.Second)
	if u, err := s.TouchUser(ctx, 7, 7, "en"); err != nil || u.LangCode != "en" || !lastSeen().Equal(now) {
		t.Fatalf("a new language_code was not written at once: %+v %v", u, err)
	}
	if err := s.SetUserLang(ctx, 7, 7, "ru"); err != nil {
		t.Fatal(err)
	}
	if u, err := s.PeekUser(ctx, 7, 7, "en"); err != nil || u.Lang != "ru" {
		t.Fatalf("after /lang ru the user reads %+v %v", u, err)
	}
}

// Writes queue for SQLite's one writer inside the store, and a caller
// whose context ends stops waiting instead of hanging.
func TestWritesWaitForTheOneWriter(t *testing.T) {
	s, _ := openBot(t)
	done, err := s.write(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.SetMeta(ctx, "k", "v"); !errors.Is(err, context.Canceled) {
		t.Fatalf("a write while the writer is busy and ctx ended: %v", err)
	}
	if _, err := s.TouchUser(ctx, 8, 8, "en"); !errors.Is(err, context.Canceled) {
		t.Fatalf("touch while the writer is busy and ctx ended: %v", err)
	}
	done()
	if err := s.SetMeta(context.Background(), "k", "v"); err != nil {
		t.Fatal(err)
	}
}

// TestPeekAskerReadsWhatThreeLookupsRead: the one query the bot makes before
// answering returns the same user, latest turn and /new time as PeekUser,
// LastTurn and ChatResetAt, for a newcomer and for a returning user.
func TestPeekAskerReadsWhatThreeLookupsRead(t *testing.T) {
	s, _ := openBot(t)
	ctx := context.Background()
	a, err := s.PeekAsker(ctx, 5, 50, "ru")
	if err != nil || a.User != (BotUser{UserID: 5, ChatID: 50, LangCode: "ru"}) || a.Last != nil || !a.ResetAt.IsZero() {
		t.Fatalf("newcomer: %+v %v", a, err)
	}
	if err := s.SetUserLang(ctx, 5, 50, "vi"); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"first", "second"} {
		if _, err := s.RecordAnswer(ctx, Answered{LangCode: "ru", Turn: &Turn{ChatID: 50, UserID: 5, Question: q, Answer: "a [1]",
			Lang: "vi", ArticleIDs: []string{"x"}, Sources: []byte(`[{"n":1}]`), MessageIDs: []int{9}},
			Log: QuestionLog{ChatID: 50, UserID: 5, Outcome: "answered"}}); err != nil {
			t.Fatal(err)
		}
	}
	// Another chat's turn is not this chat's latest.
	if _, err := s.AddTurn(ctx, Turn{ChatID: 51, UserID: 6, Question: "other"}); err != nil {
		t.Fatal(err)
	}
	if err := s.ResetChat(ctx, 50); err != nil {
		t.Fatal(err)
	}
	a, err = s.PeekAsker(ctx, 5, 50, "ru")
	if err != nil {
		t.Fatal(err)
	}
	u, _ := s.BotUserByID(ctx, 5)
	last, _ := s.LastTurn(ctx, 50)
	reset, _ := s.ChatResetAt(ctx, 50)
	if a.User != u || a.User.Lang != "vi" {
		t.Fatalf("user: got %+v, want %+v", a.User, u)
	}
	if a.Last == nil || a.Last.Question != "second" || a.Last.ID != last.ID || a.Last.ThreadID != last.ThreadID ||
		!slices.Equal(a.Last.MessageIDs, last.MessageIDs) || !a.Last.CreatedAt.Equal(last.CreatedAt) ||
		string(a.Last.Sources) != string(last.Sources) || !slices.Equal(a.Last.ArticleIDs, []string{"x"}) {
		t.Fatalf("last turn: got %+v, want %+v", a.Last, last)
	}
	if !a.ResetAt.Equal(reset) || reset.IsZero() {
		t.Fatalf("reset: got %v, want %v", a.ResetAt, reset)
	}
}
