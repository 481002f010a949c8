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

// Languages lists the languages with a UI string table ("en", "vi", ...),
// sorted.
func Languages() []string {
	out := make([]string, 0, len(uiStrings))
	for l := range uiStrings {
		out = append(out, l)
	}
	slices.Sort(out)
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
