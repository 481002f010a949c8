package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/detente/detente/internal/faketg"
)

func TestServeAnswersOnTelegramAndStopsOnSignal(t *testing.T) {
	tg := faketg.New()
	defer tg.Close()
	env := map[string]string{
		"DETENTE_DATA_DIR":   t.TempDir(),
		"TELEGRAM_BOT_TOKEN": faketg.DefaultToken,
		"TELEGRAM_API_URL":   tg.URL,
		"DETENTE_LOG_LEVEL":  "debug",
	}
	ctx, stop, done, stdout, stderr := startServe(t, env)

	const chatID = 4242
	tg.Push(tg.Text(faketg.PrivateChat(chatID), faketg.User(chatID, "vi"), "Quan hệ Nga – Mỹ hiện nay ra sao?"))
	wctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	err := tg.Wait(wctx, func() bool {
		for _, m := range tg.Messages(chatID) {
			if strings.Contains(m.Plain, "[1]") {
				return true
			}
		}
		return false
	})
	if err != nil {
		t.Fatalf("no cited answer reached the chat: %v; messages: %+v\nstderr:\n%s", err, tg.Messages(chatID), stderr.String())
	}

	stop() // what SIGTERM does through signal.NotifyContext
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve after shutdown: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop after its context ended")
	}
	if !strings.Contains(stderr.String(), "retention: pruned") {
		t.Errorf("serve did not run the retention prune; stderr:\n%s", stderr.String())
	}
	secret := strings.SplitN(faketg.DefaultToken, ":", 2)[1]
	if strings.Contains(stderr.String(), secret) || strings.Contains(stdout.String(), secret) {
		t.Error("the bot token appears in the output")
	}
}

func TestServeNeedsAToken(t *testing.T) {
	o := detente(t, invocation{env: offline(t)}, "serve")
	if o.err == nil || !strings.Contains(o.err.Error(), "TELEGRAM_BOT_TOKEN") {
		t.Errorf("serve without a token: %v", o.err)
	}
}

// TestDigestCLIPrintsWhatTheSubscriberReads: /digest in Telegram and
// `detente digest` on the same data directory show the same text.
func TestDigestCLIPrintsWhatTheSubscriberReads(t *testing.T) {
	tg := faketg.New()
	defer tg.Close()
	env := map[string]string{
		"DETENTE_DATA_DIR":   t.TempDir(),
		"TELEGRAM_BOT_TOKEN": faketg.DefaultToken,
		"TELEGRAM_API_URL":   tg.URL,
	}
	ctx, stop, done, _, stderr := startServe(t, env)
	got := askDigest(ctx, t, tg, 4343, stderr)
	stop()
	if err := <-done; err != nil {
		t.Fatalf("serve: %v", err)
	}
	// The seeds were added when serve first opened the directory, so both
	// windows (the last 24 hours) hold the same articles.
	cli := must(t, invocation{env: map[string]string{"DETENTE_DATA_DIR": env["DETENTE_DATA_DIR"]}}, "digest").stdout
	if cli != got+"\n" {
		t.Errorf("the CLI prints\n%s\nbut the subscriber read\n%s", cli, got)
	}
}

// startServe runs `detente serve` in the test's process with env, as main
// would: stop cancels its context (what SIGTERM does), done receives run's
// result, and stdout and stderr collect what it prints.
// askDigest sends /digest from a private chat to the running serve and
// returns the digest the chat receives.
func askDigest(ctx context.Context, t *testing.T, tg *faketg.Server, chatID int64, stderr *syncBuffer) string {
	t.Helper()
	tg.Push(tg.Text(faketg.PrivateChat(chatID), faketg.User(chatID, "en"), "/digest"))
	wctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	var got string
	err := tg.Wait(wctx, func() bool {
		for _, m := range tg.Messages(chatID) {
			if strings.Contains(m.Plain, "Daily digest") {
				got = m.Plain
				return true
			}
		}
		return false
	})
	if err != nil {
		t.Fatalf("no digest reached the chat: %v; messages: %+v\nstderr:\n%s", err, tg.Messages(chatID), stderr.String())
	}
	return got
}

func startServe(t *testing.T, env map[string]string) (ctx context.Context, stop context.CancelFunc, done <-chan error, stdout, stderr *syncBuffer) {
	t.Helper()
	ctx, stop = context.WithCancel(t.Context())
	stdout, stderr = &syncBuffer{}, &syncBuffer{}
	ch := make(chan error, 1)
	go func() {
		ch <- run(ctx, []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), stdout, stderr)
	}()
	return ctx, stop, ch, stdout, stderr
}
