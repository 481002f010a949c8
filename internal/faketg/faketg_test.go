package faketg

import (
	"context"
	"encoding/json"
	"errors"
	"html"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
)

func newClient(t *testing.T, s *Server) *tgbot.Bot {
	t.Helper()
	b, err := tgbot.New(s.Token, tgbot.WithServerURL(s.URL), tgbot.WithSkipGetMe(),
		tgbot.WithErrorsHandler(func(error) {}))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func TestSendEditAndRecord(t *testing.T) {
	s := New()
	defer s.Close()
	b := newClient(t, s)
	ctx := ctxT(t)

	m, err := b.SendMessage(ctx, &tgbot.SendMessageParams{ChatID: int64(42), Text: "<b>Hi</b> &amp; bye", ParseMode: models.ParseModeHTML})
	if err != nil {
		t.Fatalf("sendMessage: %v", err)
	}
	if m.ID == 0 || m.Chat.ID != 42 || m.Chat.Type != models.ChatTypePrivate {
		t.Fatalf("bad message back: %+v", m)
	}
	if _, err := b.EditMessageText(ctx, &tgbot.EditMessageTextParams{ChatID: int64(42), MessageID: m.ID, Text: "second"}); err != nil {
		t.Fatalf("edit: %v", err)
	}
	// Telegram refuses an edit that changes nothing.
	_, err = b.EditMessageText(ctx, &tgbot.EditMessageTextParams{ChatID: int64(42), MessageID: m.ID, Text: "second"})
	if !errors.Is(err, tgbot.ErrorBadRequest) || !strings.Contains(err.Error(), "message is not modified") {
		t.Fatalf("no-op edit: got %v", err)
	}
	got := s.Messages(42)
	if len(got) != 1 || got[0].Plain != "second" || got[0].Edits != 1 {
		t.Fatalf("messages = %+v", got)
	}
	if n := len(s.Calls("sendMessage")); n != 1 {
		t.Fatalf("sendMessage calls = %d", n)
	}
}

func TestHTMLValidation(t *testing.T) {
	tests := []struct {
		name, text string
		wantErr    bool
		plain      string
	}{
		{"escaped", "a &lt;b&gt; &amp; &quot;c&quot;", false, `a <b> & "c"`},
		{"tags", `<b>x</b> <a href="https://e.org/?a=1&amp;b=2">l</a>`, false, "x l"},
		{"numeric", "&#39;&#x41;", false, "'A"},
		{"raw lt", "1 < 2", true, ""},
		{"raw amp", "Q&A", true, ""},
		{"unknown tag", "<div>x</div>", true, ""},
		{"unclosed", "<b>x", true, ""},
		{"misnested", "<b><i>x</b></i>", true, ""},
		{"unknown entity", "&nbsp;", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plain, err := parseHTML(tt.text)
			if (err != nil) != tt.wantErr {
				t.Fatalf("parseHTML(%q) err = %v, wantErr %v", tt.text, err, tt.wantErr)
			}
			if err == nil && plain != tt.plain {
				t.Fatalf("plain = %q, want %q", plain, tt.plain)
			}
		})
	}

	s := New()
	defer s.Close()
	b := newClient(t, s)
	_, err := b.SendMessage(ctxT(t), &tgbot.SendMessageParams{ChatID: int64(1), Text: "Q&A <x>", ParseMode: models.ParseModeHTML})
	if !errors.Is(err, tgbot.ErrorBadRequest) || !strings.Contains(err.Error(), "can't parse entities") {
		t.Fatalf("bad HTML: got %v", err)
	}
	if len(s.Messages(1)) != 0 {
		t.Fatal("a rejected message was stored")
	}
	_, err = b.SendMessage(ctxT(t), &tgbot.SendMessageParams{ChatID: int64(1), Text: strings.Repeat("x", MaxMessageLen+1)})
	if err == nil || !strings.Contains(err.Error(), "message is too long") {
		t.Fatalf("long message: got %v", err)
	}
}

func TestFaults(t *testing.T) {
	s := New()
	defer s.Close()
	b := newClient(t, s)
	ctx := ctxT(t)

	s.Inject(TooManyRequests("sendMessage", 7))
	_, err := b.SendMessage(ctx, &tgbot.SendMessageParams{ChatID: int64(5), Text: "x"})
	var tooMany *tgbot.TooManyRequestsError
	if !errors.As(err, &tooMany) || tooMany.RetryAfter != 7 {
		t.Fatalf("429: got %v", err)
	}
	if _, err := b.SendMessage(ctx, &tgbot.SendMessageParams{ChatID: int64(5), Text: "x"}); err != nil {
		t.Fatalf("fault should fire once: %v", err)
	}

	s.Inject(Blocked("sendMessage", 6))
	for range 2 {
		_, err = b.SendMessage(ctx, &tgbot.SendMessageParams{ChatID: int64(6), Text: "x"})
		if !errors.Is(err, tgbot.ErrorForbidden) {
			t.Fatalf("403: got %v", err)
		}
	}
	if _, err := b.SendMessage(ctx, &tgbot.SendMessageParams{ChatID: int64(7), Text: "x"}); err != nil {
		t.Fatalf("other chat should not be blocked: %v", err)
	}

	s.Inject(Dropped("sendChatAction"))
	if _, err := b.SendChatAction(ctx, &tgbot.SendChatActionParams{ChatID: int64(5), Action: models.ChatActionTyping}); err == nil {
		t.Fatal("dropped connection: want an error")
	}

	s.Inject(Slow("sendChatAction", time.Second))
	short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	if _, err := b.SendChatAction(short, &tgbot.SendChatActionParams{ChatID: int64(5), Action: models.ChatActionTyping}); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("slow call with deadline: got %v", err)
	}
}

func TestGetUpdatesConfirmsByOffset(t *testing.T) {
	s := New()
	defer s.Close()
	u1 := s.Push(s.Text(PrivateChat(9), User(9, "vi"), "/start"))
	s.Push(s.Text(PrivateChat(9), User(9, "vi"), "xin chào"))

	get := func(offset int64, timeout ...int) []models.Update {
		secs := 0
		if len(timeout) > 0 {
			secs = timeout[0]
		}
		body := strings.NewReader(`{"offset":` + itoa(offset) + `,"timeout":` + strconv.Itoa(secs) + `}`)
		resp, err := http.Post(s.URL+"/bot"+s.Token+"/getUpdates", "application/json", body)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var r struct {
			OK     bool            `json:"ok"`
			Result []models.Update `json:"result"`
		}
		if err := json.NewDecoder(resp.Body).Decode(&r); err != nil || !r.OK {
			t.Fatalf("decode: %v %+v", err, r)
		}
		return r.Result
	}
	first := get(0)
	if len(first) != 2 || first[0].ID != u1 || first[0].Message.Entities[0].Type != models.MessageEntityTypeBotCommand {
		t.Fatalf("first poll = %+v", first)
	}
	if again := get(0); len(again) != 2 {
		t.Fatal("unconfirmed updates must be delivered again")
	}
	if rest := get(u1 + 1); len(rest) != 1 || s.Pending() != 1 {
		t.Fatalf("after confirming the first: %d updates, %d pending", len(rest), s.Pending())
	}

	// A long poll returns as soon as an update arrives.
	done := make(chan []models.Update)
	go func() { done <- get(u1+2, 5) }()
	time.Sleep(20 * time.Millisecond)
	s.Push(s.Text(PrivateChat(9), User(9, "vi"), "again"))
	select {
	case got := <-done:
		if len(got) != 1 || got[0].Message.Text != "again" {
			t.Fatalf("long poll got %+v", got)
		}
	case <-time.After(3 * time.Second):
		t.Fatal("long poll did not return")
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func TestFilesAndDrafts(t *testing.T) {
	s := New()
	defer s.Close()
	b := newClient(t, s)
	ctx := ctxT(t)
	u := s.Document(PrivateChat(3), User(3, "en"), "/add", "a.md", []byte("# Title\nbody"))
	f, err := b.GetFile(ctx, &tgbot.GetFileParams{FileID: u.Message.Document.FileID})
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Get(b.FileDownloadLink(f))
	if err != nil {
		t.Fatal(err)
	}
	data, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(data) != "# Title\nbody" {
		t.Fatalf("download = %q", data)
	}

	if _, err := b.SendMessageDraft(ctx, &tgbot.SendMessageDraftParams{ChatID: int64(3), DraftID: "17", Text: "partial"}); err != nil {
		t.Fatalf("draft: %v", err)
	}
	if d := s.Drafts(3); len(d) != 1 || d[0].DraftID != 17 || d[0].Plain != "partial" {
		t.Fatalf("drafts = %+v", d)
	}
	if _, err := b.SendMessageDraft(ctx, &tgbot.SendMessageDraftParams{ChatID: int64(-100), DraftID: "1", Text: "x"}); err == nil {
		t.Fatal("drafts in groups must fail")
	}

	s2 := New(WithoutDrafts())
	defer s2.Close()
	b2 := newClient(t, s2)
	if _, err := b2.SendMessageDraft(ctx, &tgbot.SendMessageDraftParams{ChatID: int64(3), DraftID: "1", Text: "x"}); !errors.Is(err, tgbot.ErrorNotFound) {
		t.Fatalf("WithoutDrafts: got %v", err)
	}
}

func TestWrongTokenIsUnauthorized(t *testing.T) {
	s := New()
	defer s.Close()
	b, _ := tgbot.New("999:wrong", tgbot.WithServerURL(s.URL), tgbot.WithSkipGetMe())
	if _, err := b.GetMe(ctxT(t)); !errors.Is(err, tgbot.ErrorUnauthorized) {
		t.Fatalf("got %v", err)
	}
}

func TestWait(t *testing.T) {
	s := New()
	defer s.Close()
	b := newClient(t, s)
	go func() {
		time.Sleep(10 * time.Millisecond)
		_, _ = b.SendMessage(context.Background(), &tgbot.SendMessageParams{ChatID: int64(1), Text: "x"})
	}()
	if err := s.Wait(ctxT(t), func() bool { return len(s.Messages(1)) == 1 }); err != nil {
		t.Fatal(err)
	}
	short, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	if err := s.Wait(short, func() bool { return false }); err == nil {
		t.Fatal("Wait must fail when ctx ends")
	}
}

func FuzzParseHTML(f *testing.F) {
	f.Add("plain")
	f.Add("<b>x</b> &amp; <a href=\"u\">y</a>")
	f.Add("<<>>&;&#x;")
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = parseHTML(s) // must not panic
		// Escaped text always parses back to itself.
		if !utf8.ValidString(s) {
			return
		}
		if plain, err := parseHTML(html.EscapeString(s)); err != nil || plain != s {
			t.Fatalf("escaped %q: plain=%q err=%v", s, plain, err)
		}
	})
}

// TestHeldCallLandsOnRelease: a held send is handled once the test
// releases it, and even if its caller went away meanwhile (a killed
// process's send that Telegram had received).
func TestHeldCallLandsOnRelease(t *testing.T) {
	s := New()
	defer s.Close()
	b := newClient(t, s)
	ctx := ctxT(t)

	gate := make(chan struct{})
	s.Inject(Fault{Method: "sendMessage", Times: 2, Hold: gate, Handle: true})
	gone, cancel := context.WithCancel(ctx)
	abandoned := make(chan error, 1)
	go func() {
		_, err := b.SendMessage(gone, &tgbot.SendMessageParams{ChatID: int64(8), Text: "sender killed"})
		abandoned <- err
	}()
	landed := make(chan error, 1)
	go func() {
		_, err := b.SendMessage(ctx, &tgbot.SendMessageParams{ChatID: int64(9), Text: "later"})
		landed <- err
	}()
	// Both calls are at the server, held, before the first caller goes.
	if err := s.Wait(ctx, func() bool { return s.Holding() == 2 }); err != nil {
		t.Fatal(err)
	}
	cancel()
	if err := <-abandoned; err == nil {
		t.Fatal("the caller that went away got an answer")
	}
	if len(s.Messages(8))+len(s.Messages(9)) != 0 {
		t.Fatal("a held call landed before its release")
	}
	close(gate)
	if err := <-landed; err != nil {
		t.Fatalf("released call: %v", err)
	}
	if err := s.Wait(ctx, func() bool { return len(s.Messages(8)) == 1 }); err != nil {
		t.Fatalf("the held call of a caller that went away never landed: %v", err)
	}
	if got := len(s.Messages(9)); got != 1 {
		t.Fatalf("released call: %d messages, want 1", got)
	}
}

// TestMaxPollsCountsConcurrentConsumers: two getUpdates at once are seen.
func TestMaxPollsCountsConcurrentConsumers(t *testing.T) {
	s := New()
	defer s.Close()
	ctx, cancel := context.WithCancel(ctxT(t))
	done := make(chan struct{})
	for range 2 {
		go func() {
			defer func() { done <- struct{}{} }()
			req, _ := http.NewRequestWithContext(ctx, http.MethodPost, s.URL+"/bot"+s.Token+"/getUpdates?timeout=30", nil)
			if resp, err := http.DefaultClient.Do(req); err == nil {
				resp.Body.Close()
			}
		}()
	}
	if err := s.Wait(ctxT(t), func() bool { return s.MaxPolls() == 2 }); err != nil {
		t.Fatalf("MaxPolls = %d with two long polls in flight, want 2", s.MaxPolls())
	}
	cancel()
	<-done
	<-done
}
