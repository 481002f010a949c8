// Package digest owns daily digest subscriptions: parsing /subscribe
// arguments, time zones, computing who is due at their local time, the
// delivery ledger (written before a send, completed after it), generating one
// digest per language and window, and paced delivery through a Sender.
package digest

// CONTRACT STUBS: the digest helper replaces these and deletes this file.

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/detente/detente/answer"
)

// ErrBlocked is returned by a Sender when the chat blocked/kicked the bot (403):
// the subscription is deactivated.
var ErrBlocked = errors.New("chat unreachable")

// RetryAfterError is returned by a Sender on a 429: wait After, then retry.
type RetryAfterError struct{ After time.Duration }

func (e *RetryAfterError) Error() string { return fmt.Sprintf("retry after %s", e.After) }

// Sender delivers a digest to one chat (the bot implements it with the same
// formatting as answers).
type Sender interface {
	SendDigest(ctx context.Context, chatID int64, d answer.Answer) error
}

// Clock is injected so tests never sleep.
type Clock interface {
	Now() time.Time
	// After behaves like time.After.
	After(d time.Duration) <-chan time.Time
}

// User identifies who issued a subscription command.
type User struct {
	ChatID   int64
	UserID   int64
	LangCode string // Telegram language_code, e.g. "vi", "en-US"
	Lang     string // the user's effective UI language ("vi", "en")
}

// Service handles subscription commands and runs the scheduler.
type Service struct{}

// Command handles /subscribe, /unsubscribe, /timezone, /subscription with
// their argument string and returns the localised reply text (plain text).
func (s *Service) Command(ctx context.Context, u User, cmd, args string) (string, error) {
	panic("not implemented")
}

// Now builds today's digest for the user (/digest) without changing the schedule.
func (s *Service) Now(ctx context.Context, u User) (answer.Answer, error) { panic("not implemented") }

// Run delivers due digests until ctx ends, sending through snd.
func (s *Service) Run(ctx context.Context, snd Sender) error { panic("not implemented") }
