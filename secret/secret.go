// Package secret is the one home for keeping secrets out of errors and
// logs: API keys and bot tokens an outside system echoes back, and the
// passwords and access tokens that URLs carry. Every package that reports
// an outside system's error passes it through here before it reaches a
// log, a chat or a caller's message.
package secret

import (
	"net/url"
	"regexp"
	"strings"
)

// Mask replaces every secret in a message.
const Mask = "[redacted]"

// keyLike matches API-key-shaped tokens, including the partly masked form
// OpenAI puts in 401 messages ("sk-abc1*****wxyz"): a server may echo a key
// we were never told about (a proxy's own key, another tenant's).
var keyLike = regexp.MustCompile(`\b(sk|pk|key)-[A-Za-z0-9_*\-]{6,}`)

// Redact returns s with every given secret and every key-shaped token
// replaced by Mask. Empty secrets are ignored.
func Redact(s string, secrets ...string) string {
	for _, k := range secrets {
		if k != "" {
			s = strings.ReplaceAll(s, k, Mask)
		}
	}
	return keyLike.ReplaceAllString(s, Mask)
}

// RedactError returns err with its message redacted as by Redact. The result
// unwraps to err, so errors.Is and errors.As still see the whole chain;
// only the text changes. A nil err or one with nothing to hide is returned
// as is.
func RedactError(err error, secrets ...string) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	if red := Redact(msg, secrets...); red != msg {
		return &redactedError{msg: red, err: err}
	}
	return err
}

type redactedError struct {
	msg string
	err error
}

func (e *redactedError) Error() string { return e.msg }
func (e *redactedError) Unwrap() error { return e.err }

// RedactURL is raw without its password (url.URL.Redacted), for error messages
// and logs: they reach chats and operators.
func RedactURL(raw string) string {
	if u, err := url.Parse(strings.TrimSpace(raw)); err == nil {
		return u.Redacted()
	}
	return "(unparseable URL)"
}
