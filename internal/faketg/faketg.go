// Package faketg is a fake Telegram Bot API server on loopback for tests.
//
// It speaks the real wire protocol (POST /bot<token>/<method> with multipart,
// urlencoded or JSON parameters; {"ok":...} envelopes; GET
// /file/bot<token>/<path>), so the real go-telegram/bot client and our own
// poller talk to it unchanged through bot.WithServerURL(srv.URL).
//
// What it does, in short:
//   - getUpdates long-polls a queue that tests fill with Push (or the
//     builders Text, Callback, Document); an update is forgotten only once a
//     later getUpdates confirms it with a higher offset, as Telegram does.
//   - sendMessage, editMessageText, sendMessageDraft, sendChatAction,
//     setMyCommands, answerCallbackQuery, getFile, setWebhook/deleteWebhook
//     and getMe are recorded (Calls) and sent/edited messages are kept per chat
//     (Messages) with their visible plain text.
//   - HTML parse mode is validated like Telegram does (allowed tags, entities,
//     nesting); bad markup gets 400 "can't parse entities". Texts over 4096
//     characters, empty texts and no-op edits get Telegram's 400s.
//   - Inject makes a method fail: 429 with parameters.retry_after, 400, 403
//     "bot was blocked by the user", a slow answer, or a dropped connection.
//   - PostWebhook delivers an update to a webhook URL with the secret header.
//
// Everything is safe for concurrent use. Wait blocks until a condition on the
// recorded state holds, so tests never sleep.
package faketg

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/go-telegram/bot/models"
)

// DefaultToken is the bot token the server accepts unless WithToken is given.
const DefaultToken = "123456:TEST-token-of-the-fake-server"

// MaxMessageLen is Telegram's limit on a message's text after entity parsing.
const MaxMessageLen = 4096

// Call is one recorded Bot API request.
type Call struct {
	Method string
	// Params holds the request parameters as Telegram receives them: strings
	// as is, everything else (numbers, objects) as JSON text.
	Params map[string]string
	At     time.Time
	// Code is the error_code answered (0 when the call succeeded).
	Code int
}

// Int64 returns Params[key] parsed as an integer (0 if absent or not a number).
func (c Call) Int64(key string) int64 {
	n, _ := strconv.ParseInt(c.Params[key], 10, 64)
	return n
}

// Message is a message the bot sent, in its latest edited state.
type Message struct {
	ChatID    int64
	ID        int
	Text      string // as sent (HTML source when ParseMode is HTML)
	ParseMode string
	Plain     string // what the user sees: tags stripped, entities decoded
	// ReplyMarkup is the reply_markup JSON as sent ("" if none).
	ReplyMarkup string
	ReplyTo     int // message id it replies to (0 if none)
	Edits       int
	SentAt      time.Time
	EditedAt    time.Time
}

// Draft is one sendMessageDraft call that Telegram accepted.
type Draft struct {
	ChatID  int64
	DraftID int64
	Plain   string
	At      time.Time
}

// Fault makes the server answer a method with a failure instead of
// handling it. Zero fields mean "any" / "once".
type Fault struct {
	Method string // e.g. "sendMessage"; "" matches every method
	ChatID int64  // 0 matches every chat
	// ParseMode, if set, matches only calls with that parse_mode ("HTML"),
	// so a markup refusal lets the plain-text retry through.
	ParseMode string
	Times     int // how many matching calls fail; 0 means 1, negative means forever

	Code        int    // error_code, e.g. 429, 400, 403, 500
	Description string // e.g. "Too Many Requests: retry after 3"
	RetryAfter  int    // seconds, sent as parameters.retry_after
	Delay       time.Duration
	Drop        bool // close the connection without an answer
	// Handle, with Delay, makes a slow success: after Delay the call is
	// handled normally instead of failing.
	Handle bool
	// Hold, when set, keeps the call waiting until it is closed, then the
	// call goes on as after a Delay: a test decides when a send in flight
	// lands. Like Telegram, which acts on a request it has received whole,
	// the call is handled even if its caller has gone meanwhile (a killed
	// process's last send still reaches the chat).
	Hold <-chan struct{}
}

// TooManyRequests is Telegram's flood-control answer.
func TooManyRequests(method string, retryAfter int) Fault {
	return Fault{Method: method, Code: 429, RetryAfter: retryAfter,
		Description: fmt.Sprintf("Too Many Requests: retry after %d", retryAfter)}
}

// CantParseEntities is the 400 Telegram answers to markup it rejects: the
// next call of method in HTML parse mode fails; plain-text calls pass.
func CantParseEntities(method string) Fault {
	return Fault{Method: method, ParseMode: "HTML", Code: 400,
		Description: "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 0"}
}

// Blocked is the 403 for a chat whose user blocked the bot.
func Blocked(method string, chatID int64) Fault {
	return Fault{Method: method, ChatID: chatID, Times: -1, Code: 403,
		Description: "Forbidden: bot was blocked by the user"}
}

// Slow delays a method by d, then handles it normally.
func Slow(method string, d time.Duration) Fault {
	return Fault{Method: method, Delay: d, Handle: true}
}

// Dropped closes the connection of a method's call without answering.
func Dropped(method string) Fault { return Fault{Method: method, Drop: true} }

// ServerError is a 500 from Telegram.
func ServerError(method string) Fault {
	return Fault{Method: method, Code: 500, Description: "Internal Server Error"}
}

// Option configures a Server.
type Option func(*Server)

// WithToken sets the accepted bot token (default DefaultToken).
func WithToken(token string) Option { return func(s *Server) { s.Token = token } }

// WithoutDrafts makes sendMessageDraft fail as on a Bot API server that does
// not have it (404 Not Found), to exercise the edit-based fallback.
func WithoutDrafts() Option { return func(s *Server) { s.noDrafts = true } }

// WithClock stamps calls, messages and drafts with now instead of the wall
// clock, so a test driving the bot's simulated clock can check pacing in
// the same time. Long polls still end in real time.
func WithClock(now func() time.Time) Option { return func(s *Server) { s.now = now } }

// Server is the fake Bot API. Create it with New and Close it when done.
type Server struct {
	URL   string // base URL for bot.WithServerURL
	Token string
	// Bot is the user getMe returns (its id is the token's numeric prefix).
	Bot models.User

	srv      *httptest.Server
	closed   chan struct{}
	noDrafts bool
	now      func() time.Time

	mu         sync.Mutex
	changed    chan struct{} // closed and replaced on every state change
	updates    []*models.Update
	nextUpdate int64
	calls      []Call
	chats      map[int64]models.Chat
	messages   map[int64]map[int]*Message
	nextMsg    map[int64]int
	drafts     []Draft
	files      map[string]storedFile // by file_id
	faults     []*Fault
	webhook    string
	polls      int                        // getUpdates requests in flight
	maxPolls   int                        // the most ever in flight at once
	holding    int                        // calls waiting on a Fault's Hold
	members    map[int64]map[int64]string // chat id -> user id -> status
}

type storedFile struct {
	path string
	data []byte
}

// New starts a fake server on loopback.
func New(opts ...Option) *Server {
	s := &Server{
		Token:      DefaultToken,
		closed:     make(chan struct{}),
		changed:    make(chan struct{}),
		nextUpdate: 1,
		chats:      map[int64]models.Chat{},
		messages:   map[int64]map[int]*Message{},
		nextMsg:    map[int64]int{},
		files:      map[string]storedFile{},
		members:    map[int64]map[int64]string{},
		now:        time.Now,
	}
	for _, o := range opts {
		o(s)
	}
	id, _ := strconv.ParseInt(strings.SplitN(s.Token, ":", 2)[0], 10, 64)
	s.Bot = models.User{ID: id, IsBot: true, FirstName: "Detente", Username: "detente_test_bot"}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serveHTTP))
	s.URL = s.srv.URL
	return s
}

// Close ends pending long polls and shuts the server down.
func (s *Server) Close() {
	select {
	case <-s.closed:
		return
	default:
	}
	close(s.closed)
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// ---- feeding updates ----

// Push queues an update for getUpdates and returns its update_id (assigned
// when u.ID is 0). Chats seen in pushed messages are remembered so that
// messages the bot sends there carry the right chat type.
func (s *Server) Push(u *models.Update) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	if u.ID == 0 {
		u.ID = s.nextUpdate
	}
	if u.ID >= s.nextUpdate {
		s.nextUpdate = u.ID + 1
	}
	if m := u.Message; m != nil {
		s.chats[m.Chat.ID] = m.Chat
	}
	s.updates = append(s.updates, u)
	s.notifyLocked()
	return u.ID
}

// Pending is the number of pushed updates not yet confirmed by getUpdates.
func (s *Server) Pending() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.updates)
}

// PrivateChat is the chat of a one-to-one conversation with user id.
func PrivateChat(id int64) models.Chat {
	return models.Chat{ID: id, Type: models.ChatTypePrivate, FirstName: fmt.Sprintf("user%d", id)}
}

// Group is a supergroup chat (ids of groups are negative in Telegram).
func Group(id int64, title string) models.Chat {
	return models.Chat{ID: id, Type: models.ChatTypeSupergroup, Title: title}
}

// User is a human user with a Telegram language_code ("" for none).
func User(id int64, languageCode string) models.User {
	return models.User{ID: id, FirstName: fmt.Sprintf("user%d", id), LanguageCode: languageCode}
}

// Text builds a text message update as Telegram sends it, with bot_command
// and mention entities filled in. Push it to deliver it.
func (s *Server) Text(chat models.Chat, from models.User, text string) *models.Update {
	m := s.newIncoming(chat, from)
	m.Text = text
	m.Entities = entities(text)
	return &models.Update{Message: m}
}

// Forwarded marks a message update as forwarded from user orig, with the
// forward_origin Telegram sets.
func Forwarded(u *models.Update, orig models.User) *models.Update {
	u.Message.ForwardOrigin = &models.MessageOrigin{Type: models.MessageOriginTypeUser,
		MessageOriginUser: &models.MessageOriginUser{Date: u.Message.Date - 60, SenderUser: orig}}
	return u
}

// ReplyTo turns a text update into a reply to one of the bot's messages.
func (s *Server) ReplyTo(u *models.Update, to Message) *models.Update {
	s.mu.Lock()
	defer s.mu.Unlock()
	u.Message.ReplyToMessage = s.asModelLocked(&to)
	return u
}

// Document builds a message carrying a file with a caption. The file is
// served through getFile and the file download URL.
func (s *Server) Document(chat models.Chat, from models.User, caption, fileName string, data []byte) *models.Update {
	id := s.AddFile(fileName, data)
	m := s.newIncoming(chat, from)
	m.Caption = caption
	m.CaptionEntities = entities(caption)
	m.Document = &models.Document{FileID: id, FileUniqueID: "u" + id, FileName: fileName, FileSize: int64(len(data))}
	return &models.Update{Message: m}
}

// Callback builds a button press on one of the bot's messages.
func (s *Server) Callback(from models.User, on Message, data string) *models.Update {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextUpdate++ // keeps callback ids unique without a second counter
	return &models.Update{CallbackQuery: &models.CallbackQuery{
		ID:           fmt.Sprintf("cb%d", s.nextUpdate),
		From:         from,
		Message:      models.MaybeInaccessibleMessage{Type: models.MaybeInaccessibleMessageTypeMessage, Message: s.asModelLocked(&on)},
		ChatInstance: "ci",
		Data:         data,
	}}
}

// SetMember sets a user's status in a chat as getChatMember reports it:
// "creator", "administrator", "member", "restricted", "left" or "kicked".
// A user never set is a "member".
func (s *Server) SetMember(chatID, userID int64, status string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.members[chatID] == nil {
		s.members[chatID] = map[int64]string{}
	}
	s.members[chatID][userID] = status
}

// AddFile stores a file and returns its file_id.
func (s *Server) AddFile(name string, data []byte) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := fmt.Sprintf("file%d", len(s.files)+1)
	s.files[id] = storedFile{path: "documents/" + id + "_" + name, data: append([]byte(nil), data...)}
	return id
}

func (s *Server) newIncoming(chat models.Chat, from models.User) *models.Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextMsg[chat.ID]++
	f := from
	return &models.Message{ID: s.nextMsg[chat.ID], From: &f, Chat: chat, Date: int(s.now().Unix())}
}

// entities marks a leading /command and @mentions, with UTF-16 offsets as
// Telegram counts them.
func entities(text string) []models.MessageEntity {
	var out []models.MessageEntity
	off := 0 // UTF-16 offset
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		startOfWord := i == 0 || strings.ContainsRune(" \n\t", rune(text[i-1]))
		if startOfWord && (r == '/' && i == 0 || r == '@') {
			j := i + 1
			for j < len(text) && !strings.ContainsRune(" \n\t", rune(text[j])) {
				j++
			}
			typ := models.MessageEntityTypeMention
			if r == '/' {
				typ = models.MessageEntityTypeBotCommand
			}
			if j-i > 1 {
				out = append(out, models.MessageEntity{Type: typ, Offset: off, Length: utf16Len(text[i:j])})
			}
			off += utf16Len(text[i:j])
			i = j
			continue
		}
		off += len(utf16.Encode([]rune{r}))
		i += size
	}
	return out
}

func utf16Len(s string) int { return len(utf16.Encode([]rune(s))) }

// ---- inspecting what the bot did ----

// Calls returns the recorded calls of the given methods (all when none), in order.
func (s *Server) Calls(methods ...string) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Call
	for _, c := range s.calls {
		if len(methods) == 0 || contains(methods, c.Method) {
			out = append(out, c)
		}
	}
	return out
}

// Messages returns the bot's messages in a chat, oldest first, as they are now.
func (s *Server) Messages(chatID int64) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Message
	for _, m := range s.messages[chatID] {
		out = append(out, *m)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Drafts returns the accepted sendMessageDraft calls for a chat, in order.
func (s *Server) Drafts(chatID int64) []Draft {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Draft
	for _, d := range s.drafts {
		if d.ChatID == chatID {
			out = append(out, d)
		}
	}
	return out
}

// Holding is how many calls are waiting on a Fault's Hold: sends that
// Telegram has received and not yet acted on.
func (s *Server) Holding() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.holding
}

// MaxPolls is the most getUpdates calls that were ever in flight at once.
// Telegram serves one consumer per token (a second gets 409 Conflict), so
// a deployment of several processes must keep it at 1.
func (s *Server) MaxPolls() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.maxPolls
}

// Wait blocks until cond (called without locks held) returns true or ctx ends.
// cond is re-evaluated after every request the server handles, and every
// 10ms, so it may also look at state outside the server (a database).
func (s *Server) Wait(ctx context.Context, cond func() bool) error {
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		s.mu.Lock()
		ch := s.changed
		s.mu.Unlock()
		if cond() {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("faketg: condition not met: %w", ctx.Err())
		case <-ch:
		case <-tick.C:
		}
	}
}

// Inject queues a fault; the first matching fault answers a call.
func (s *Server) Inject(f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f.Times == 0 {
		f.Times = 1
	}
	s.faults = append(s.faults, &f)
}

// ClearFaults removes every queued fault.
func (s *Server) ClearFaults() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = nil
}

// PostWebhook delivers u to a webhook URL the way Telegram does (JSON body,
// X-Telegram-Bot-Api-Secret-Token header when secret is set) and returns the
// HTTP status the bot answered.
func PostWebhook(ctx context.Context, url, secret string, u *models.Update) (int, error) {
	body, err := json.Marshal(u)
	if err != nil {
		return 0, fmt.Errorf("faketg: encode update: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return 0, fmt.Errorf("faketg: webhook request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	if secret != "" {
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, fmt.Errorf("faketg: webhook post: %w", err)
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, resp.Body)
	return resp.StatusCode, nil
}

// Webhook returns the URL set by setWebhook ("" when none).
func (s *Server) Webhook() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.webhook
}

// ---- the HTTP side ----

func (s *Server) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	if strings.HasPrefix(r.URL.Path, "/file/bot") {
		s.serveFile(w, r)
		return
	}
	token, method, ok := strings.Cut(strings.TrimPrefix(r.URL.Path, "/bot"), "/")
	if !ok || !strings.HasPrefix(r.URL.Path, "/bot") {
		writeError(w, 404, "Not Found", 0)
		return
	}
	if token != s.Token {
		writeError(w, 401, "Unauthorized", 0)
		return
	}
	params, err := readParams(r)
	if err != nil {
		writeError(w, 400, "Bad Request: "+err.Error(), 0)
		return
	}
	chatID, _ := strconv.ParseInt(params["chat_id"], 10, 64)

	if f := s.takeFault(method, chatID, params["parse_mode"]); f != nil {
		if f.Hold != nil {
			s.mu.Lock()
			s.holding++
			s.notifyLocked()
			s.mu.Unlock()
			select {
			case <-f.Hold:
			case <-s.closed:
			}
			s.mu.Lock()
			s.holding--
			s.mu.Unlock()
			select {
			case <-s.closed:
				return
			default:
			}
		}
		if f.Delay > 0 {
			select {
			case <-time.After(f.Delay):
			case <-r.Context().Done():
				return
			case <-s.closed:
				return
			}
		}
		if f.Drop {
			s.record(method, params, -1)
			if hj, ok := w.(http.Hijacker); ok {
				if conn, _, err := hj.Hijack(); err == nil {
					_ = conn.Close()
				}
			}
			return
		}
		if !f.Handle {
			s.record(method, params, f.Code)
			writeError(w, f.Code, f.Description, f.RetryAfter)
			return
		}
	}

	if method == "getUpdates" {
		s.getUpdates(w, r, params)
		return
	}
	result, code, desc := s.handle(method, params)
	s.record(method, params, code)
	if code != 0 {
		writeError(w, code, desc, 0)
		return
	}
	writeResult(w, result)
}

func (s *Server) takeFault(method string, chatID int64, parseMode string) *Fault {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, f := range s.faults {
		if f.Method != "" && f.Method != method {
			continue
		}
		if f.ChatID != 0 && f.ChatID != chatID {
			continue
		}
		if f.ParseMode != "" && !strings.EqualFold(f.ParseMode, parseMode) {
			continue
		}
		if f.Times > 0 {
			f.Times--
			if f.Times == 0 {
				s.faults = append(s.faults[:i:i], s.faults[i+1:]...)
			}
		}
		c := *f
		return &c
	}
	return nil
}

func (s *Server) record(method string, params map[string]string, code int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls = append(s.calls, Call{Method: method, Params: params, At: s.now(), Code: code})
	s.notifyLocked()
}

func (s *Server) getUpdates(w http.ResponseWriter, r *http.Request, p map[string]string) {
	offset, _ := strconv.ParseInt(p["offset"], 10, 64)
	limit, _ := strconv.Atoi(p["limit"])
	if limit <= 0 || limit > 100 {
		limit = 100
	}
	timeout, _ := strconv.Atoi(p["timeout"])
	deadline := time.After(time.Duration(timeout) * time.Second)

	s.mu.Lock()
	if s.webhook != "" {
		s.mu.Unlock()
		s.record("getUpdates", p, 409)
		writeError(w, 409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first", 0)
		return
	}
	s.polls++
	s.maxPolls = max(s.maxPolls, s.polls)
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.polls--
		s.mu.Unlock()
	}()
	s.record("getUpdates", p, 0)

	for {
		s.mu.Lock()
		if offset > 0 { // confirm everything before offset
			keep := s.updates[:0]
			for _, u := range s.updates {
				if u.ID >= offset {
					keep = append(keep, u)
				}
			}
			if len(keep) != len(s.updates) {
				s.updates = keep
				s.notifyLocked()
			}
		}
		var out []*models.Update
		for _, u := range s.updates {
			if len(out) == limit {
				break
			}
			out = append(out, u)
		}
		ch := s.changed
		s.mu.Unlock()
		if len(out) > 0 || timeout <= 0 {
			if out == nil {
				out = []*models.Update{}
			}
			writeResult(w, out)
			return
		}
		select {
		case <-ch:
		case <-deadline:
			writeResult(w, []*models.Update{})
			return
		case <-r.Context().Done():
			return
		case <-s.closed:
			return
		}
	}
}

func (s *Server) serveFile(w http.ResponseWriter, r *http.Request) {
	rest := strings.TrimPrefix(r.URL.Path, "/file/bot")
	token, path, _ := strings.Cut(rest, "/")
	if token != s.Token {
		http.Error(w, "Unauthorized", http.StatusUnauthorized)
		return
	}
	s.mu.Lock()
	var data []byte
	found := false
	for _, f := range s.files {
		if f.path == path {
			data, found = f.data, true
		}
	}
	s.mu.Unlock()
	s.record("downloadFile", map[string]string{"file_path": path}, 0)
	if !found {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	_, _ = w.Write(data)
}

// handle runs one method and returns its result, or an error code and description.
func (s *Server) handle(method string, p map[string]string) (any, int, string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	chatID, _ := strconv.ParseInt(p["chat_id"], 10, 64)
	switch method {
	case "getMe":
		return s.Bot, 0, ""
	case "sendMessage":
		if chatID == 0 {
			return nil, 400, "Bad Request: chat not found"
		}
		plain, code, desc := visible(p["text"], p["parse_mode"])
		if code != 0 {
			return nil, code, desc
		}
		s.nextMsg[chatID]++
		m := &Message{ChatID: chatID, ID: s.nextMsg[chatID], Text: p["text"], ParseMode: p["parse_mode"],
			Plain: plain, ReplyMarkup: p["reply_markup"], SentAt: s.now()}
		if rp := p["reply_parameters"]; rp != "" {
			var v struct {
				MessageID int `json:"message_id"`
			}
			_ = json.Unmarshal([]byte(rp), &v)
			m.ReplyTo = v.MessageID
		}
		if s.messages[chatID] == nil {
			s.messages[chatID] = map[int]*Message{}
		}
		s.messages[chatID][m.ID] = m
		return s.asModelLocked(m), 0, ""
	case "editMessageText":
		id, _ := strconv.Atoi(p["message_id"])
		m := s.messages[chatID][id]
		if m == nil {
			return nil, 400, "Bad Request: message to edit not found"
		}
		plain, code, desc := visible(p["text"], p["parse_mode"])
		if code != 0 {
			return nil, code, desc
		}
		if plain == m.Plain && p["reply_markup"] == m.ReplyMarkup && p["text"] == m.Text {
			return nil, 400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message"
		}
		m.Text, m.ParseMode, m.Plain, m.ReplyMarkup = p["text"], p["parse_mode"], plain, p["reply_markup"]
		m.Edits++
		m.EditedAt = s.now()
		return s.asModelLocked(m), 0, ""
	case "sendMessageDraft":
		if s.noDrafts {
			return nil, 404, "Not Found"
		}
		draftID, err := strconv.ParseInt(p["draft_id"], 10, 64)
		if err != nil || draftID == 0 {
			return nil, 400, "Bad Request: invalid draft_id specified"
		}
		if c, ok := s.chats[chatID]; ok && c.Type != models.ChatTypePrivate || chatID < 0 {
			return nil, 400, "Bad Request: drafts can be sent only to private chats"
		}
		plain := ""
		if p["text"] != "" {
			var code int
			var desc string
			plain, code, desc = visible(p["text"], p["parse_mode"])
			if code != 0 {
				return nil, code, desc
			}
		}
		s.drafts = append(s.drafts, Draft{ChatID: chatID, DraftID: draftID, Plain: plain, At: s.now()})
		return true, 0, ""
	case "sendChatAction", "setMyCommands", "deleteMyCommands", "answerCallbackQuery", "setMyDescription":
		return true, 0, ""
	case "editMessageReplyMarkup":
		id, _ := strconv.Atoi(p["message_id"])
		m := s.messages[chatID][id]
		if m == nil {
			return nil, 400, "Bad Request: message to edit not found"
		}
		m.ReplyMarkup = p["reply_markup"]
		m.Edits++
		return s.asModelLocked(m), 0, ""
	case "getChatMember":
		if chatID == 0 {
			return nil, 400, "Bad Request: chat not found"
		}
		userID, err := strconv.ParseInt(p["user_id"], 10, 64)
		if err != nil || userID == 0 {
			return nil, 400, "Bad Request: invalid user_id specified"
		}
		status := s.members[chatID][userID]
		if status == "" {
			status = "member"
		}
		// The ChatMember object's shape for its status, as the Bot API sends it.
		user := User(userID, "")
		m := map[string]any{"status": status, "user": user}
		switch status {
		case "creator":
			m["is_anonymous"] = false
		case "administrator":
			for _, k := range []string{"can_be_edited", "is_anonymous", "can_post_stories", "can_edit_stories", "can_delete_stories"} {
				m[k] = false
			}
			for _, k := range []string{"can_manage_chat", "can_delete_messages", "can_manage_video_chats", "can_restrict_members",
				"can_promote_members", "can_change_info", "can_invite_users"} {
				m[k] = true
			}
		case "kicked":
			m["until_date"] = 0
		}
		return m, 0, ""
	case "getFile":
		f, ok := s.files[p["file_id"]]
		if !ok {
			return nil, 400, "Bad Request: invalid file_id"
		}
		return models.File{FileID: p["file_id"], FileUniqueID: "u" + p["file_id"], FileSize: int64(len(f.data)), FilePath: f.path}, 0, ""
	case "setWebhook":
		s.webhook = p["url"]
		return true, 0, ""
	case "deleteWebhook":
		s.webhook = ""
		return true, 0, ""
	default:
		return nil, 404, "Not Found"
	}
}

func (s *Server) asModelLocked(m *Message) *models.Message {
	chat, ok := s.chats[m.ChatID]
	if !ok {
		chat = PrivateChat(m.ChatID)
		if m.ChatID < 0 {
			chat = Group(m.ChatID, "group")
		}
	}
	bot := s.Bot
	out := &models.Message{ID: m.ID, From: &bot, Chat: chat, Date: int(m.SentAt.Unix()), Text: m.Plain}
	if !m.EditedAt.IsZero() {
		out.EditDate = int(m.EditedAt.Unix())
	}
	if out.Date == 0 {
		out.Date = int(s.now().Unix())
	}
	return out
}

// visible checks a text as Telegram would and returns what the user sees.
func visible(text, parseMode string) (string, int, string) {
	plain := text
	if strings.EqualFold(parseMode, "HTML") {
		var err error
		plain, err = parseHTML(text)
		if err != nil {
			return "", 400, "Bad Request: can't parse entities: " + err.Error()
		}
	}
	if strings.TrimSpace(plain) == "" {
		return "", 400, "Bad Request: message text is empty"
	}
	if utf16Len(plain) > MaxMessageLen {
		return "", 400, "Bad Request: message is too long"
	}
	return plain, 0, ""
}

// readParams decodes multipart, urlencoded or JSON parameters into
// Telegram's view: strings as is, other JSON values as JSON text.
func readParams(r *http.Request) (map[string]string, error) {
	out := map[string]string{}
	for k, v := range r.URL.Query() {
		out[k] = v[0]
	}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "multipart/form-data":
		// go-telegram/bot sends parameterless calls (getMe) as an empty
		// body with a multipart content type; Telegram accepts that.
		err := r.ParseMultipartForm(32 << 20)
		if err != nil && !errors.Is(err, io.EOF) && !strings.Contains(err.Error(), "EOF") {
			return nil, fmt.Errorf("bad multipart body: %w", err)
		}
		if r.MultipartForm != nil {
			for k, v := range r.MultipartForm.Value {
				out[k] = v[0]
			}
		}
	case "application/x-www-form-urlencoded":
		if err := r.ParseForm(); err != nil {
			return nil, fmt.Errorf("bad form body: %w", err)
		}
		for k, v := range r.PostForm {
			out[k] = v[0]
		}
	case "application/json":
		var m map[string]json.RawMessage
		if err := json.NewDecoder(r.Body).Decode(&m); err != nil && !errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("bad JSON body: %w", err)
		}
		for k, raw := range m {
			var str string
			if json.Unmarshal(raw, &str) == nil {
				out[k] = str
			} else {
				out[k] = string(raw)
			}
		}
	}
	return out, nil
}

func writeResult(w http.ResponseWriter, result any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "result": result})
}

func writeError(w http.ResponseWriter, code int, desc string, retryAfter int) {
	w.Header().Set("Content-Type", "application/json")
	if retryAfter > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(retryAfter))
	}
	w.WriteHeader(code)
	body := map[string]any{"ok": false, "error_code": code, "description": desc}
	if retryAfter > 0 {
		body["parameters"] = map[string]any{"retry_after": retryAfter}
	}
	_ = json.NewEncoder(w).Encode(body)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
