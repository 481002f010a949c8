package bot

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
)

// telegramFresh is how recently a Bot API call must have succeeded for
// /readyz to count Telegram as reachable without asking it again.
const telegramFresh = 2 * time.Minute

// maxWebhookBody bounds one webhook request (an update is a few KiB).
const maxWebhookBody = 1 << 20

// opsMux serves health, readiness and metrics (Config.Listen).
func (b *Bot) opsMux() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = io.WriteString(w, "ok\n")
	})
	mux.HandleFunc("GET /readyz", b.readyz)
	mux.HandleFunc("GET /metrics", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		b.metrics.write(w, b.gate.waiting())
	})
	return mux
}

// webhookMux serves the webhook path and nothing else
// (Config.WebhookListen, the public side).
func (b *Bot) webhookMux() *http.ServeMux {
	mux := http.NewServeMux()
	u, _ := url.Parse(b.cfg.WebhookURL) // validated in New
	p := u.Path
	if p == "" {
		p = "/"
	}
	mux.HandleFunc("POST "+p, b.webhook)
	return mux
}

// listen starts the HTTP server; serve errors after start go to errc.
func (b *Bot) listen(addr string, h http.Handler, errc chan<- error) (*http.Server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w", addr, err)
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			errc <- fmt.Errorf("serve %s: %w", addr, err)
		}
	}()
	b.log.Info("listening", "addr", ln.Addr().String())
	return srv, nil
}

func (b *Bot) shutdownServer(srv *http.Server) {
	if srv == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		b.log.Warn("http shutdown", "err", err)
	}
}

// telegramProbeEvery is how often /readyz may ask Telegram (getMe) when
// no call succeeded recently; hits in between reuse the last result, so
// probing /readyz cannot spend the bot's Bot API budget.
const telegramProbeEvery = 30 * time.Second

// readyz reports 200 when the database answers, the rest of the process
// says it is ready (index loaded) and Telegram was reachable recently (or
// now); otherwise 503 with the names of the failed checks. It names the
// database's engine and how long the ping took, so a load balancer's
// operator sees a slow or unreachable PostgreSQL from either replica. The
// reasons go to the log only: /readyz is often reachable by anyone, and
// error texts name paths and hosts.
func (b *Bot) readyz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	var failed []string
	fail := func(check string, err error) {
		failed = append(failed, check)
		b.log.Warn("not ready", "check", check, "err", redact(err, b.cfg.Token))
	}
	db := databaseStatus{Backend: b.deps.Store.Backend()}
	start := time.Now()
	err := b.deps.Store.Ping(ctx)
	db.PingMS = float64(time.Since(start).Microseconds()) / 1000
	db.OK = err == nil
	if err != nil {
		fail("database", err)
	}
	if b.deps.Ready != nil {
		if err := b.deps.Ready(ctx); err != nil {
			fail("index", err)
		}
	}
	if err := b.telegramReachable(ctx); err != nil {
		fail("telegram", err)
	}
	w.Header().Set("Content-Type", "application/json")
	if len(failed) > 0 {
		w.WriteHeader(http.StatusServiceUnavailable)
		_ = json.NewEncoder(w).Encode(map[string]any{"ready": false, "failed": failed, "database": db})
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]any{"ready": true, "database": db})
}

// databaseStatus is /readyz's report on the database.
type databaseStatus struct {
	Backend string  `json:"backend"`
	OK      bool    `json:"ok"`
	PingMS  float64 `json:"ping_ms"`
}

// telegramReachable is nil when a Bot API call succeeded recently;
// otherwise it probes with getMe at most once per telegramProbeEvery and
// repeats that probe's result in between.
func (b *Bot) telegramReachable(ctx context.Context) error {
	now := b.now()
	if now.Sub(time.Unix(0, b.tgOK.Load())) <= telegramFresh {
		return nil
	}
	b.probeMu.Lock()
	defer b.probeMu.Unlock()
	if now.Sub(b.probeAt) < telegramProbeEvery {
		return b.probeErr
	}
	err := b.call(ctx, 0, "getMe", false, func(ctx context.Context) error {
		_, err := b.api.GetMe(ctx)
		return err
	})
	if err == nil {
		b.tgOK.Store(b.now().UnixNano())
	}
	b.probeAt, b.probeErr = b.now(), err
	return err
}

// webhook receives updates from Telegram. Unlike the library's handler it
// answers 401 to a wrong secret token (and does nothing with the body),
// 400 to a body that is not an update, and 503 until the bot has started
// (getMe done, dispatcher running) and while shutting down, so
// Telegram retries later instead of the update being lost.
func (b *Bot) webhook(w http.ResponseWriter, r *http.Request) {
	got := r.Header.Get("X-Telegram-Bot-Api-Secret-Token")
	if subtle.ConstantTimeCompare([]byte(got), []byte(b.secret)) != 1 {
		b.metrics.errorf("webhook_bad_secret")
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	var u models.Update
	if err := json.NewDecoder(io.LimitReader(r.Body, maxWebhookBody)).Decode(&u); err != nil || u.ID == 0 {
		http.Error(w, "not a Telegram update", http.StatusBadRequest)
		return
	}
	if b.inbox != nil {
		// Recorded in the database before Telegram hears 200, so the
		// update outlives this replica.
		if err := b.inbox.receive(r.Context(), &u); err != nil {
			if !errors.Is(err, errNotStarted) {
				b.log.Warn("webhook: record update", "update_id", u.ID, "err", err)
			}
			http.Error(w, "not taking updates now", http.StatusServiceUnavailable)
			return
		}
		w.WriteHeader(http.StatusOK)
		return
	}
	if !b.intake(r.Context(), &u) {
		http.Error(w, "not taking updates (starting or shutting down)", http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// runWebhook registers the webhook and waits until ctx ends (updates come
// in through the HTTP server). The webhook stays registered across
// restarts: Telegram queues updates meanwhile.
func (b *Bot) runWebhook(ctx context.Context, srvErr <-chan error) error {
	err := b.call(ctx, 0, "setWebhook", true, func(ctx context.Context) error {
		_, err := b.api.SetWebhook(ctx, &tgbot.SetWebhookParams{
			URL: b.cfg.WebhookURL, SecretToken: b.secret, AllowedUpdates: allowedUpdates,
		})
		return err
	})
	if err != nil {
		return fmt.Errorf("set webhook: %w", err)
	}
	// The path is a secret (anyone knowing it could post updates if the
	// secret token leaked too), so only the host is logged.
	host := ""
	if u, err := url.Parse(b.cfg.WebhookURL); err == nil {
		host = u.Host
	}
	b.log.Info("webhook registered", "webhook_host", host)
	select {
	case <-ctx.Done():
		return ctx.Err()
	case err := <-srvErr:
		return err
	}
}
