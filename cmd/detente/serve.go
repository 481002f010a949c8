package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/detente/detente/bot"
	"github.com/detente/detente/digest"
	"github.com/detente/detente/feeds"
	"github.com/detente/detente/store"
)

func serveCommand() *command {
	return &command{
		name:  "serve",
		short: "run the Telegram bot and digest scheduler",
		args:  "",
		summary: `Run the Telegram bot and the daily digest scheduler: long polling, or webhook
mode with DETENTE_WEBHOOK_URL and DETENTE_WEBHOOK_LISTEN (the webhook alone, the
public side). DETENTE_LISTEN serves /healthz, /readyz and /metrics: keep it
private. SIGINT or SIGTERM stops taking updates and lets answers in flight
finish.`,
		run: func(ctx context.Context, c *cli, args []string) error {
			if len(args) > 0 {
				return fmt.Errorf("serve: unexpected arguments %q", strings.Join(args, " "))
			}
			cfg, log, err := c.config()
			if err != nil {
				return err
			}
			if cfg.TelegramToken == "" {
				return errors.New("serve: TELEGRAM_BOT_TOKEN is not set (ask @BotFather for a token)")
			}
			a, err := openApp(ctx, cfg, log)
			if err != nil {
				return err
			}
			defer a.Close()
			defer a.follow(ctx)() // runs before Close

			digests := digest.New(a.st, a.ans, digest.Options{Logger: log, StoryKey: digest.ByStory})
			poller := newPoller(a)
			one := singletons{st: a.st, log: log}
			b, err := bot.New(bot.Config{
				Token:             cfg.TelegramToken,
				APIURL:            cfg.TelegramAPIURL,
				Admins:            cfg.Admins,
				AllowedChats:      cfg.AllowedChats,
				WebhookURL:        cfg.WebhookURL,
				WebhookSecret:     cfg.WebhookSecret,
				Listen:            cfg.Listen,
				WebhookListen:     cfg.WebhookListen,
				AllowPrivateFetch: cfg.AllowPrivateFetch,
				Replicas:          cfg.Replicas,
			}, bot.Deps{
				Answerer: a.ans,
				Curator:  a.ing,
				Store:    a.st,
				Digests:  digests,
				Feeds:    poller,
				Logger:   log,
				// Telegram serves one getUpdates consumer per token.
				Singleton: one,
				// The index is loaded before the bot starts, and the bot
				// pings the store itself: no further readiness check.
			})
			if err != nil {
				return fmt.Errorf("serve: %w", err)
			}
			log.Info("serving", "mode", mode(cfg), "embed_model", cfg.EmbedModel, "has_model", a.ans.HasModel(), "chunks", a.eng.Count())
			keep := &retention{st: a.st, keep: cfg.Retention, clock: wallClock{}, log: log}
			return serve(ctx, b, digests, poller, keep, one)
		},
	}
}

func mode(cfg Config) string {
	if cfg.WebhookURL != "" {
		return "webhook"
	}
	return "polling"
}

// serve runs the bot and the digest scheduler until ctx ends or either
// fails; a failure of one stops the other, so the process exits (and its
// supervisor restarts it) instead of running half a service. The digest
// scheduler and the feed poller are singletons: with several replicas on
// one PostgreSQL database they run on the holder of their lock only, and
// another replica takes over when it dies.
func serve(ctx context.Context, b *bot.Bot, digests *digest.Service, poller *feeds.Poller, keep *retention, one singletons) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// Retention, like the feed poller, only logs its failures, and runs on
	// one replica at a time.
	keepDone := make(chan struct{})
	go func() {
		defer close(keepDone)
		_ = one.Exclusive(ctx, store.RetentionLock, keep.Run)
	}()
	// The feed poller only logs its failures (a feed that fails backs off):
	// it never stops the bot.
	feedsDone := make(chan struct{})
	go func() {
		defer close(feedsDone)
		_ = one.Exclusive(ctx, store.FeedsLock, poller.Run)
	}()

	digestErr := make(chan error, 1)
	go func() {
		err := one.Exclusive(ctx, store.DigestLock, func(ctx context.Context) error { return digests.Run(ctx, b) })
		cancel()
		digestErr <- err
	}()
	botErr := b.Run(ctx)
	cancel()
	<-feedsDone
	<-keepDone
	dErr := <-digestErr
	if errors.Is(dErr, context.Canceled) {
		dErr = nil
	}
	if errors.Is(botErr, context.Canceled) {
		botErr = nil
	}
	if dErr != nil {
		dErr = fmt.Errorf("digest scheduler: %w", dErr)
	}
	if botErr != nil {
		botErr = fmt.Errorf("telegram bot: %w", botErr)
	}
	return errors.Join(botErr, dErr)
}
