package prompts

import (
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"time"
)

//go:embed ui/*.json
var uiFS embed.FS

// uiStrings is every UI table, lang -> key -> text, loaded once at init and
// read-only afterwards. A broken or conflicting file is a programming error
// caught by the package's tests, so loading panics.
var uiStrings = mustLoadUI(uiFS)

// fallbackLang is used for languages without a table and for missing keys.
const fallbackLang = "en"

func mustLoadUI(fsys fs.FS) map[string]map[string]string {
	m, err := loadUI(fsys)
	if err != nil {
		panic(err)
	}
	return m
}

// loadUI reads every ui/<area>.<lang>.json in fsys and merges them per
// language. The same key twice for one language (in one file or across
// areas) is an error: two owners silently overriding each other is a bug.
func loadUI(fsys fs.FS) (map[string]map[string]string, error) {
	names, err := fs.Glob(fsys, "ui/*.json")
	if err != nil {
		return nil, fmt.Errorf("load ui strings: %w", err)
	}
	out := map[string]map[string]string{}
	origin := map[string]string{} // lang + "\x00" + key -> file
	for _, name := range names {
		parts := strings.Split(strings.TrimSuffix(path.Base(name), ".json"), ".")
		if len(parts) != 2 || parts[0] == "" || parts[1] == "" {
			return nil, fmt.Errorf("load ui strings: %s: name must be <area>.<lang>.json", name)
		}
		lang := strings.ToLower(parts[1])
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("load ui strings: %w", err)
		}
		kv, err := decodeFlat(data)
		if err != nil {
			return nil, fmt.Errorf("load ui strings: %s: %w", name, err)
		}
		if out[lang] == nil {
			out[lang] = map[string]string{}
		}
		for _, e := range kv {
			id := lang + "\x00" + e.key
			if prev, dup := origin[id]; dup {
				return nil, fmt.Errorf("load ui strings: key %q for %q defined in both %s and %s", e.key, lang, prev, name)
			}
			origin[id] = name
			out[lang][e.key] = e.val
		}
	}
	return out, nil
}

type entry struct{ key, val string }

// decodeFlat decodes a flat JSON object of strings, keeping duplicate keys
// (encoding/json would silently keep the last one).
func decodeFlat(data []byte) ([]entry, error) {
	dec := json.NewDecoder(strings.NewReader(string(data)))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, fmt.Errorf("want a JSON object of strings")
	}
	var out []entry
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, fmt.Errorf("bad JSON: %w", err)
		}
		key := tok.(string) // object keys are always strings
		var val string
		if err := dec.Decode(&val); err != nil {
			return nil, fmt.Errorf("key %q: value must be a string: %w", key, err)
		}
		out = append(out, entry{key, val})
	}
	if _, err := dec.Token(); err != nil {
		return nil, fmt.Errorf("bad JSON: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("trailing data after the object")
	}
	return out, nil
}

// T returns the UI string key in lang (falling back to English), formatted
// with args in the style of fmt.Sprintf. Keys are stable identifiers such as
// "err.empty_question". Unknown keys return the key itself (and tests catch
// them). lang may be a Telegram language_code such as "vi-VN" or "en-US".
// Without args the string is returned as is, so strings used that way must
// not contain verbs.
func T(lang, key string, args ...any) string {
	s, ok := uiStrings[baseLang(lang)][key]
	if !ok {
		s, ok = uiStrings[fallbackLang][key]
	}
	if !ok {
		return key
	}
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, args...)
}

// Has reports whether key exists in lang's own table (no fallback).
func Has(lang, key string) bool {
	_, ok := uiStrings[baseLang(lang)][key]
	return ok
}

// Languages lists the supported languages, sorted: those with a UI string
// table ("en", "ru", "vi"). The package's tests hold every table to every
// key of English, so a language listed here is served in full. It is the
// one list that --lang, /lang and query translation check against.
func Languages() []string {
	out := make([]string, 0, len(uiStrings))
	for l := range uiStrings {
		out = append(out, l)
	}
	slices.Sort(out)
	return out
}

// Supported reports whether lang (a code such as "ru" or a Telegram
// language_code such as "ru-RU") is one of Languages.
func Supported(lang string) bool {
	_, ok := uiStrings[baseLang(lang)]
	return ok
}

// FormatDate formats t with the layout stored under layoutKey (a Go time
// layout such as "2 January 2006") in lang, with the month and weekday
// names of lang's "fmt.months", "fmt.months_short" and
// "fmt.weekdays_short" (comma-separated): Go's time package writes English
// names only, and Russian needs "5 декабря 2026".
func FormatDate(lang, layoutKey string, t time.Time) string {
	layout := T(lang, layoutKey)
	if layout == layoutKey {
		layout = time.DateOnly
	}
	out := t.Format(layout)
	local := func(key string, i int, english string) {
		names := strings.Split(T(lang, key), ",")
		if i < len(names) && names[i] != "" && names[i] != english {
			out = strings.Replace(out, english, names[i], 1)
		}
	}
	// The layout, not the output, says which name is there: "Monday"
	// contains "Mon", and "May" is both a month's full and short name.
	switch m := t.Month(); {
	case strings.Contains(layout, "January"):
		local("fmt.months", int(m)-1, m.String())
	case strings.Contains(layout, "Jan"):
		local("fmt.months_short", int(m)-1, m.String()[:3])
	}
	if d := t.Weekday(); strings.Contains(layout, "Mon") && !strings.Contains(layout, "Monday") {
		local("fmt.weekdays_short", int(d), d.String()[:3])
	}
	return out
}

// LanguageName returns the name of the language code in the UI language
// uiLang ("vi" in "en" is "Vietnamese"; in "vi" it is "tiếng Việt"). Unknown
// codes return the code, so prompts still say something usable.
func LanguageName(uiLang, code string) string {
	code = baseLang(code)
	if code == "" {
		return ""
	}
	key := "lang." + code
	if s := T(uiLang, key); s != key {
		return s
	}
	return code
}

// baseLang reduces a language tag to its lower-case primary subtag:
// "vi-VN" and "VI_vn" become "vi".
func baseLang(lang string) string {
	lang = strings.ToLower(strings.TrimSpace(lang))
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	return lang
}
