// Package prompts holds the prompt templates and the bot's localised UI
// strings (embed.FS, text/template). It knows nothing of the rest of Detente:
// callers fill the data types below and render.
package prompts

import (
	"bytes"
	"embed"
	"fmt"
	"regexp"
	"strings"
	"text/template"
)

//go:embed templates/*.tmpl
var templateFS embed.FS

// templates is parsed once; it is read-only afterwards (text/template is
// safe for concurrent Execute), so it is not mutable package state.
var templates = template.Must(template.New("").Funcs(template.FuncMap{"quote": Quote}).
	Option("missingkey=error").ParseFS(templateFS, "templates/*.tmpl"))

// Source is one numbered source shown to the model: one article.
type Source struct {
	N      int
	Title  string
	Outlet string
	Date   string // "2006-01-02", "" if unknown
	// Text is the article's passage, or its excerpts separated by a line
	// holding only "…" (the system prompt says so), or an article's lead
	// for a digest.
	Text string
}

// SystemData fills the "system" template.
type SystemData struct {
	Language   string // English name of the answer language, e.g. "Vietnamese"
	NumSources int    // sources in the user message; 0 omits the range
	Coverage   string // optional: what the corpus covers (period, topics)
}

// UserData fills the "user" template.
type UserData struct {
	Question string
	Language string // English name of the answer language
	Sources  []Source
}

// Turn is one previous exchange, for the "rewrite" template.
type Turn struct {
	Question string
	Answer   string
}

// RewriteData fills the "rewrite" template.
type RewriteData struct {
	Language string // English name of the follow-up's language
	History  []Turn // oldest first, already bounded by the caller
	Question string // the follow-up
}

// TranslateData fills the "translate" template.
type TranslateData struct {
	Target string // English name of the target language
	Text   string
}

// DigestData fills the "digest" template.
type DigestData struct {
	Language string
	Period   string // optional, e.g. "since 2024-05-01"
	Sources  []Source
}

// Render executes the named prompt template ("system", "user", "rewrite",
// "translate", "digest") with data. The result has no leading or trailing
// whitespace.
func Render(name string, data any) (string, error) {
	t := templates.Lookup(name + ".tmpl")
	if t == nil {
		return "", fmt.Errorf("render prompt %q: no such template", name)
	}
	var b bytes.Buffer
	if err := t.Execute(&b, data); err != nil {
		return "", fmt.Errorf("render prompt %q: %w", name, err)
	}
	return strings.TrimSpace(b.String()), nil
}

// delimiter matches anything that could open or close one of the prompt's
// own tags, in any case and spacing.
var delimiter = regexp.MustCompile(`(?i)<\s*/?\s*(source|question|text)\b`)

// Quote neutralises text that will sit inside a <source>, <question> or
// <text> block: a passage containing "</source>" could otherwise end its
// block early and have what follows read as instructions (prompt
// injection). The angle bracket is replaced by a look-alike, so the model
// still sees what the article said.
func Quote(s string) string {
	return delimiter.ReplaceAllStringFunc(s, func(m string) string {
		return "‹" + m[1:]
	})
}
