package main

import (
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/detente/detente/llm"
)

// localEmbedModel is the DETENTE_EMBED_MODEL value selecting the built-in
// offline embedder.
const localEmbedModel = "local"

// Config is everything Detente is configured with: read once from the
// environment, then overridden by flags, then validated. Secrets (the bot
// token, the API key, the webhook secret) come from the environment only:
// a flag would show them in `ps` and shell history.
type Config struct {
	TelegramToken  string  // TELEGRAM_BOT_TOKEN (secret)
	TelegramAPIURL string  // TELEGRAM_API_URL: self-hosted Bot API server or a test fake
	Admins         []int64 // DETENTE_ADMINS: user ids allowed to /add, /remove
	AllowedChats   []int64 // DETENTE_ALLOWED_CHATS: empty = every chat
	OpenAIKey      string  // OPENAI_API_KEY (secret)
	OpenAIBaseURL  string  // OPENAI_BASE_URL: any OpenAI-compatible server
	ChatModel      string  // DETENTE_CHAT_MODEL: "" = the answer package's default
	EmbedModel     string  // DETENTE_EMBED_MODEL: "local" or a model on the OpenAI-compatible server
	DataDir        string  // DETENTE_DATA_DIR / --data
	DatabaseURL    string  // DETENTE_DATABASE_URL: postgres:// URL used instead of the data dir's SQLite file (secret: may hold a password)
	WebhookURL     string  // DETENTE_WEBHOOK_URL: "" = long polling
	WebhookSecret  string  // DETENTE_WEBHOOK_SECRET (secret)
	Listen         string  // DETENTE_LISTEN: address for health and metrics (private)
	WebhookListen  string  // DETENTE_WEBHOOK_LISTEN: address for the webhook alone (public)
	LogLevel       slog.Level
	// AllowPrivateFetch (DETENTE_FETCH_ALLOW_PRIVATE=1) lets ingest URL,
	// /add and feeds fetch loopback and private addresses: intranet feeds, tests.
	AllowPrivateFetch bool
	FeedInterval      time.Duration // DETENTE_FEED_INTERVAL: between polls of one feed; 0 = the default (30m)
	// Retention (DETENTE_RETENTION) is how long the bot keeps questions,
	// answers, votes and users; 0 keeps them forever. Default 90 days.
	Retention time.Duration
	// FirstTokenTimeout (DETENTE_FIRST_TOKEN_TIMEOUT) bounds the wait for an
	// answer's first token before the extractive fallback; 0 = llm's default (20s).
	FirstTokenTimeout time.Duration
}

// HasModel reports whether a chat model server is configured. Without one,
// answers are extractive.
func (c Config) HasModel() bool { return c.OpenAIKey != "" || c.OpenAIBaseURL != "" }

// configFlags binds Config fields to flags. The values start from the
// environment, so a flag only overrides what it is given.
type configFlags struct {
	cfg      *Config
	admins   string
	allowed  string
	logLevel string
	// feed settings, parsed by finish
	allowPrivate string
	feedInterval string
	retention    string
	firstToken   string
}

// loadEnv reads the environment into a Config and the raw list/level values
// that flags may still override.
func loadEnv(getenv func(string) string) *configFlags {
	cfg := &Config{
		TelegramToken:  getenv("TELEGRAM_BOT_TOKEN"),
		TelegramAPIURL: getenv("TELEGRAM_API_URL"),
		OpenAIKey:      getenv("OPENAI_API_KEY"),
		OpenAIBaseURL:  getenv("OPENAI_BASE_URL"),
		ChatModel:      getenv("DETENTE_CHAT_MODEL"),
		EmbedModel:     getenv("DETENTE_EMBED_MODEL"),
		DataDir:        getenv("DETENTE_DATA_DIR"),
		DatabaseURL:    getenv("DETENTE_DATABASE_URL"),
		WebhookURL:     getenv("DETENTE_WEBHOOK_URL"),
		WebhookSecret:  getenv("DETENTE_WEBHOOK_SECRET"),
		Listen:         getenv("DETENTE_LISTEN"),
		WebhookListen:  getenv("DETENTE_WEBHOOK_LISTEN"),
	}
	if cfg.EmbedModel == "" {
		cfg.EmbedModel = localEmbedModel
	}
	if cfg.DataDir == "" {
		cfg.DataDir = "./data"
	}
	return &configFlags{
		cfg:      cfg,
		admins:   getenv("DETENTE_ADMINS"),
		allowed:  getenv("DETENTE_ALLOWED_CHATS"),
		logLevel: getenv("DETENTE_LOG_LEVEL"),

		allowPrivate: getenv("DETENTE_FETCH_ALLOW_PRIVATE"),
		feedInterval: getenv("DETENTE_FEED_INTERVAL"),
		retention:    getenv("DETENTE_RETENTION"),
		firstToken:   getenv("DETENTE_FIRST_TOKEN_TIMEOUT"),
	}
}

// register adds the global flags to fs. Every subcommand's flag set carries
// them, so they may come before or after the subcommand's name.
func (f *configFlags) register(fs *flag.FlagSet) {
	c := f.cfg
	fs.StringVar(&c.DataDir, "data", c.DataDir, "data `dir`ectory: database and index (env DETENTE_DATA_DIR)")
	fs.StringVar(&c.EmbedModel, "embed-model", c.EmbedModel, "embedding `model`: \"local\" or a model on the OpenAI-compatible server (env DETENTE_EMBED_MODEL)")
	fs.StringVar(&c.ChatModel, "chat-model", c.ChatModel, "chat `model` name (env DETENTE_CHAT_MODEL)")
	fs.StringVar(&c.OpenAIBaseURL, "openai-base-url", c.OpenAIBaseURL, "OpenAI-compatible server `url` (env OPENAI_BASE_URL; the key is read from OPENAI_API_KEY only)")
	fs.StringVar(&c.TelegramAPIURL, "telegram-api-url", c.TelegramAPIURL, "Telegram Bot API server `url` (env TELEGRAM_API_URL)")
	fs.StringVar(&f.admins, "admins", f.admins, "comma-separated admin user `ids` (env DETENTE_ADMINS)")
	fs.StringVar(&f.allowed, "allowed-chats", f.allowed, "comma-separated chat `ids` the bot answers in; empty = all (env DETENTE_ALLOWED_CHATS)")
	fs.StringVar(&c.WebhookURL, "webhook-url", c.WebhookURL, "public https `url` for webhook mode (env DETENTE_WEBHOOK_URL)")
	fs.StringVar(&c.Listen, "listen", c.Listen, "`addr`ess for health and metrics, keep it private (env DETENTE_LISTEN)")
	fs.StringVar(&c.WebhookListen, "webhook-listen", c.WebhookListen, "`addr`ess the webhook alone is served on (env DETENTE_WEBHOOK_LISTEN)")
	fs.StringVar(&f.logLevel, "log-level", f.logLevel, "log `level`: debug, info, warn or error (env DETENTE_LOG_LEVEL)")
}

// finish parses the list and level values and validates the whole Config.
// Every problem is reported at once, so a misconfigured deployment is fixed
// in one round.
func (f *configFlags) finish() (Config, error) {
	c := *f.cfg
	var errs []error
	var err error
	if c.Admins, err = parseIDs(f.admins); err != nil {
		errs = append(errs, fmt.Errorf("DETENTE_ADMINS: %w", err))
	}
	if c.AllowedChats, err = parseIDs(f.allowed); err != nil {
		errs = append(errs, fmt.Errorf("DETENTE_ALLOWED_CHATS: %w", err))
	}
	if f.logLevel != "" {
		if err := c.LogLevel.UnmarshalText([]byte(f.logLevel)); err != nil {
			errs = append(errs, fmt.Errorf("DETENTE_LOG_LEVEL: %q is not one of debug, info, warn, error", f.logLevel))
		}
	}
	if err := f.finishFeeds(&c); err != nil {
		errs = append(errs, err)
	}
	if c.Retention, err = parseRetention(f.retention); err != nil {
		errs = append(errs, err)
	}
	if s := strings.TrimSpace(f.firstToken); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil || d < time.Second || d > llm.DefaultTimeout {
			errs = append(errs, fmt.Errorf("DETENTE_FIRST_TOKEN_TIMEOUT: %q is not a duration between 1s and %s, such as 20s", s, llm.DefaultTimeout))
		}
		c.FirstTokenTimeout = d
	}
	if err := c.validate(); err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return Config{}, fmt.Errorf("configuration: %w", errors.Join(errs...))
	}
	return c, nil
}

func (c Config) validate() error {
	var errs []error
	if strings.TrimSpace(c.DataDir) == "" {
		errs = append(errs, errors.New("DETENTE_DATA_DIR (--data) must not be empty"))
	}
	if c.DatabaseURL != "" && !strings.HasPrefix(c.DatabaseURL, "postgres://") && !strings.HasPrefix(c.DatabaseURL, "postgresql://") {
		// The value is not echoed: it may hold a password.
		errs = append(errs, errors.New("DETENTE_DATABASE_URL: must be a postgres:// or postgresql:// URL (unset it to use the data directory's SQLite file)"))
	}
	if c.EmbedModel == "" {
		errs = append(errs, errors.New("DETENTE_EMBED_MODEL (--embed-model) must not be empty; use \"local\" for the built-in embedder"))
	}
	if c.EmbedModel != localEmbedModel && !c.HasModel() {
		errs = append(errs, fmt.Errorf("DETENTE_EMBED_MODEL=%q needs an OpenAI-compatible server: set OPENAI_API_KEY or OPENAI_BASE_URL, or use \"local\"", c.EmbedModel))
	}
	for _, u := range []struct{ name, val string }{
		{"OPENAI_BASE_URL", c.OpenAIBaseURL},
		{"TELEGRAM_API_URL", c.TelegramAPIURL},
		{"DETENTE_WEBHOOK_URL", c.WebhookURL},
	} {
		if err := checkURL(u.val); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", u.name, err))
		}
	}
	if c.WebhookURL != "" && !strings.HasPrefix(c.WebhookURL, "https://") {
		errs = append(errs, errors.New("DETENTE_WEBHOOK_URL: Telegram only delivers webhooks to https URLs"))
	}
	if c.WebhookURL != "" && c.WebhookListen == "" {
		errs = append(errs, errors.New("DETENTE_WEBHOOK_URL needs DETENTE_WEBHOOK_LISTEN (the address the webhook server listens on)"))
	}
	if c.WebhookListen != "" && c.WebhookListen == c.Listen {
		errs = append(errs, errors.New("DETENTE_WEBHOOK_LISTEN must differ from DETENTE_LISTEN: the webhook is public, /metrics is not"))
	}
	if err := checkWebhookSecret(c.WebhookSecret); err != nil {
		errs = append(errs, fmt.Errorf("DETENTE_WEBHOOK_SECRET: %w", err))
	}
	return errors.Join(errs...)
}

// checkURL accepts "" or an absolute http(s) URL. The value is not echoed
// back: a URL may carry credentials in its userinfo.
func checkURL(raw string) error {
	if raw == "" {
		return nil
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return errors.New("not an absolute http(s) URL")
	}
	return nil
}

// checkWebhookSecret applies Telegram's rule for secret_token (1-256 of
// A-Z a-z 0-9 _ -), so a bad secret fails at start-up, not at setWebhook.
func checkWebhookSecret(s string) error {
	if s == "" {
		return nil
	}
	if len(s) > 256 {
		return errors.New("longer than 256 characters")
	}
	for _, r := range s {
		ok := r == '_' || r == '-' || ('0' <= r && r <= '9') || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z')
		if !ok {
			return errors.New("only A-Z, a-z, 0-9, _ and - are allowed")
		}
	}
	return nil
}

// parseIDs parses a comma-separated list of Telegram ids (chat ids may be negative).
func parseIDs(s string) ([]int64, error) {
	var ids []int64
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		id, err := strconv.ParseInt(part, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not a numeric id", part)
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// mask shows whether a secret is set without revealing any of it.
func mask(s string) string {
	if s == "" {
		return ""
	}
	return "[set]"
}

// hostOnly renders a configured URL as scheme and host: its userinfo may
// hold a password and a webhook's path is itself a secret, while the host is
// what an operator checking the configuration needs to see.
func hostOnly(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "[invalid]"
	}
	return u.Scheme + "://" + u.Host
}

// String renders the Config with secrets masked, for `%v` and `%s`.
func (c Config) String() string {
	return fmt.Sprintf("data=%s database=%s embed_model=%s chat_model=%s openai_base_url=%s openai_api_key=%s telegram_api_url=%s telegram_bot_token=%s admins=%v allowed_chats=%v webhook_url=%s webhook_secret=%s listen=%s webhook_listen=%s log_level=%s",
		c.DataDir, hostOnly(c.DatabaseURL), c.EmbedModel, c.ChatModel, hostOnly(c.OpenAIBaseURL), mask(c.OpenAIKey), hostOnly(c.TelegramAPIURL), mask(c.TelegramToken),
		c.Admins, c.AllowedChats, hostOnly(c.WebhookURL), mask(c.WebhookSecret), c.Listen, c.WebhookListen, c.LogLevel)
}

// GoString keeps `%#v` from printing the struct's fields, secrets included.
func (c Config) GoString() string { return "main.Config{" + c.String() + "}" }

// LogValue renders the Config for slog with secrets masked.
func (c Config) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("data_dir", c.DataDir),
		slog.String("database", hostOnly(c.DatabaseURL)),
		slog.String("embed_model", c.EmbedModel),
		slog.String("chat_model", c.ChatModel),
		slog.String("openai_base_url", hostOnly(c.OpenAIBaseURL)),
		slog.String("openai_api_key", mask(c.OpenAIKey)),
		slog.String("telegram_api_url", hostOnly(c.TelegramAPIURL)),
		slog.String("telegram_bot_token", mask(c.TelegramToken)),
		slog.Any("admins", c.Admins),
		slog.Any("allowed_chats", c.AllowedChats),
		slog.String("webhook_url", hostOnly(c.WebhookURL)),
		slog.String("webhook_secret", mask(c.WebhookSecret)),
		slog.String("listen", c.Listen),
		slog.String("webhook_listen", c.WebhookListen),
		slog.String("log_level", c.LogLevel.String()),
	)
}

// finishFeeds parses DETENTE_FETCH_ALLOW_PRIVATE and DETENTE_FEED_INTERVAL.
func (f *configFlags) finishFeeds(c *Config) error {
	var errs []error
	switch strings.ToLower(strings.TrimSpace(f.allowPrivate)) {
	case "", "0", "false", "no":
	case "1", "true", "yes":
		c.AllowPrivateFetch = true
	default:
		errs = append(errs, fmt.Errorf("DETENTE_FETCH_ALLOW_PRIVATE: %q is not 1 or 0", f.allowPrivate))
	}
	if s := strings.TrimSpace(f.feedInterval); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil || d < time.Minute {
			errs = append(errs, fmt.Errorf("DETENTE_FEED_INTERVAL: %q is not a duration of at least 1m, such as 30m or 2h", s))
		}
		c.FeedInterval = d
	}
	return errors.Join(errs...)
}
