// Package prompts holds the prompt templates and the bot's localised UI
// strings (embed.FS, text/template). It knows nothing of the rest of Detente.
package prompts

// CONTRACT STUBS: the answer helper replaces these and deletes this file.

// T returns the UI string key in lang (falling back to English), formatted
// with args in the style of fmt.Sprintf. Keys are stable identifiers such as
// "err.empty_question". Unknown keys return the key itself (and tests catch them).
func T(lang, key string, args ...any) string { panic("not implemented") }

// Languages lists the languages with a full UI string table ("en", "vi", ...).
func Languages() []string { panic("not implemented") }

// Render executes the named prompt template ("system", "user", "rewrite",
// "translate", "digest") with data.
func Render(name string, data any) (string, error) { panic("not implemented") }
