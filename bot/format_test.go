package bot

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/go-telegram/bot/models"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/internal/faketg"
	"github.com/detente/detente/prompts"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// TestRenderGolden pins what users see for a typical answer in each UI
// language: the escaped text, the sources list and its links.
func TestRenderGolden(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		a    answer.Answer
	}{
		{"en", answer.Answer{Lang: "en", Text: "They agreed to restore embassy staffing [1].\n\nTalks on Ukraine continue <for now> & later [2].", Citations: cite}},
		{"vi", answer.Answer{Lang: "vi", Text: "Hai bên nhất trí khôi phục hoạt động đại sứ quán [1].", Citations: []answer.Citation{cite[1],
			{N: 3, ArticleID: "nourl", Title: "No link & no date", Source: ""}}}},
		{"no sources", answer.Answer{Lang: "en", Text: "The corpus does not cover this question.", NoSources: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts := renderAnswer(tt.a, "").split()
			var sb strings.Builder
			for i, p := range parts {
				if _, err := faketg.CheckHTML(p.HTML); err != nil {
					t.Fatalf("part %d: Telegram would reject the HTML: %v", i, err)
				}
				sb.WriteString("--- html\n" + p.HTML + "\n--- plain\n" + p.Plain + "\n")
			}
			path := filepath.Join("testdata", "render_"+strings.ReplaceAll(tt.name, " ", "_")+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create)", err)
			}
			if sb.String() != string(want) {
				t.Errorf("rendering changed; got:\n%s\nwant:\n%s", sb.String(), want)
			}
		})
	}
}

func TestSplitBounds(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("Một câu tiếng Việt khá dài về ngoại giao. ", 300) // one huge paragraph
	emoji := strings.Repeat("🇺🇸🇷🇺 ", 1500)                                    // 4 UTF-16 units per flag
	tests := []struct {
		name     string
		text     string
		minParts int
	}{
		{"short", "One line.", 1},
		{"huge paragraph", long, 2},
		{"astral characters", emoji, 2},
		{"no spaces", strings.Repeat("x", 9000), 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts := renderAnswer(answer.Answer{Lang: "vi", Text: tt.text, Citations: cite}, "").split()
			if len(parts) < tt.minParts || len(parts) > maxAnswerParts {
				t.Fatalf("%d parts, want %d to %d", len(parts), tt.minParts, maxAnswerParts)
			}
			for i, p := range parts {
				plain, err := faketg.CheckHTML(p.HTML)
				if err != nil {
					t.Fatalf("part %d: %v", i, err)
				}
				// The plain rendering adds the links' URLs, which HTML hides.
				if !strings.Contains(p.Plain, "Nguồn") && plain != p.Plain {
					t.Fatalf("part %d: HTML and plain renderings differ", i)
				}
				if n := visibleLen(plain); n > 4096 {
					t.Fatalf("part %d is %d UTF-16 units", i, n)
				}
				if !utf8.ValidString(p.Plain) {
					t.Fatalf("part %d cut inside a character", i)
				}
			}
			if !strings.Contains(parts[len(parts)-1].Plain, "Nguồn") {
				t.Fatalf("sources not on the last part")
			}
		})
	}
}

// FuzzSplit: whatever a model writes, every part is valid Telegram HTML
// within the limit, at most maxAnswerParts of them, and no text is lost or
// invented: a text too long is cut, and then what is shown is its start,
// followed by "…" and the hint.
func FuzzSplit(f *testing.F) {
	f.Add("Simple [1].")
	f.Add("a\n\nb <c> & d\n\n\n" + strings.Repeat("word ", 1200))
	f.Add(strings.Repeat("é", 5000))
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		parts := renderAnswer(answer.Answer{Lang: "en", Text: s, Citations: cite[:1]}, "").split()
		var all strings.Builder
		for i, p := range parts {
			plain, err := faketg.CheckHTML(p.HTML)
			if err != nil {
				t.Fatalf("part %d: %v", i, err)
			}
			if visibleLen(plain) > 4096 {
				t.Fatalf("part %d too long", i)
			}
			all.WriteString(plain)
		}
		if len(parts) > maxAnswerParts {
			t.Fatalf("%d parts", len(parts))
		}
		squash := func(x string) string { return strings.Join(strings.Fields(x), "") }
		got := squash(all.String())
		if i := strings.Index(got, squash("…"+prompts.T("en", "bot.answer.cut"))); i >= 0 {
			if !strings.HasPrefix(squash(s), got[:i]) {
				t.Fatalf("the cut text is not the start of the answer")
			}
		} else if !strings.Contains(got, squash(s)) {
			t.Fatalf("text lost in splitting")
		}
	})
}

func TestParseMessage(t *testing.T) {
	t.Parallel()
	tg := faketg.New()
	defer tg.Close()
	b := &Bot{}
	b.me.Store(&models.User{ID: 123456, Username: "Detente_Test_Bot"})
	group, private := faketg.Group(-1, "g"), faketg.PrivateChat(5)
	u := faketg.User(5, "en")
	tests := []struct {
		name      string
		chat      models.Chat
		text      string
		ok        bool
		cmd, args string
		question  string
		isQ       bool
	}{
		{"private text", private, "What happened?", true, "", "", "What happened?", true},
		{"command with args", private, "/source 2", true, "source", "2", "", false},
		{"command for us", group, "/help@detente_test_bot", true, "help", "", "", false},
		{"command for another bot", group, "/help@other_bot", false, "", "", "", false},
		{"ask in group", group, "/ask Điều gì?", true, "ask", "Điều gì?", "Điều gì?", true},
		{"mention in group", group, "@detente_test_bot và Nga?", true, "", "", "và Nga?", true},
		{"group chatter", group, "hello all", true, "", "", "", false},
		{"add with text", private, "/add Title\nBody line", true, "add", "Title\nBody line", "", false},
		{"emoji before mention", group, "🇺🇸 @detente_test_bot hi", true, "", "", "🇺🇸  hi", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, ok := b.parseMessage(tg.Text(tt.chat, u, tt.text).Message)
			if ok != tt.ok {
				t.Fatalf("ok = %v", ok)
			}
			if !ok {
				return
			}
			q, isQ := in.question()
			if in.cmd != tt.cmd || in.args != tt.args || isQ != tt.isQ || (isQ && q != tt.question) {
				t.Fatalf("cmd %q args %q question %q/%v", in.cmd, in.args, q, isQ)
			}
		})
	}
}

func TestUserLimitsAndGate(t *testing.T) {
	t.Parallel()
	now := time.Unix(0, 0)
	l := newUserLimits(60, 2) // one a second, two at once
	for i, want := range []bool{true, true, false} {
		if ok, _, _ := l.take(7, now); ok != want {
			t.Fatalf("take %d: %v", i, ok)
		}
	}
	if _, wait, tell := l.take(7, now); wait != time.Second || tell {
		t.Fatalf("wait = %v, tell = %v (told once already)", wait, tell)
	}
	if ok, _, _ := l.take(8, now); !ok {
		t.Fatal("another user shares the budget")
	}
	now = now.Add(time.Second)
	if ok, _, _ := l.take(7, now); !ok {
		t.Fatal("refill")
	}

	g := newGate(1)
	rel1, _ := g.acquire(context.Background(), nil)
	positions := make(chan int, 10)
	done := make(chan func())
	go func() {
		r, _ := g.acquire(context.Background(), func(p int) { positions <- p })
		done <- r
	}()
	if p := <-positions; p != 1 {
		t.Fatalf("place %d", p)
	}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error)
	go func() {
		_, err := g.acquire(ctx, func(p int) { positions <- p })
		errc <- err
	}()
	if p := <-positions; p != 2 {
		t.Fatalf("second waiter at %d", p)
	}
	cancel()
	if err := <-errc; err == nil {
		t.Fatal("cancelled wait must fail")
	}
	rel1()
	rel2 := <-done
	if g.waiting() != 0 {
		t.Fatal("queue not empty")
	}
	rel2()
	rel2() // release is idempotent
	if r, err := g.acquire(context.Background(), nil); err != nil {
		t.Fatal(err)
	} else {
		r()
	}
}
