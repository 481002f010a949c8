package prompts

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// requiredKeys are the strings other packages rely on.
var requiredKeys = []string{
	"err.empty_question", "err.too_long", "err.model_failed", "no_sources", "no_sources.coverage",
	"extractive.intro", "sources.header", "digest.header", "digest.intro_extractive",
	"answer.interrupted", "fmt.date", "lang.en", "lang.vi", "lang.ru",
}

func TestUIRequiredKeys(t *testing.T) {
	for _, lang := range []string{"en", "vi"} {
		for _, k := range requiredKeys {
			if !Has(lang, k) {
				t.Errorf("%s: missing key %q", lang, k)
			}
		}
	}
}

var verb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

func verbs(s string) []string {
	v := verb.FindAllString(s, -1)
	// Explicit indexes allow reordering, so compare as a multiset.
	slices.Sort(v)
	return v
}

// Every key of every UI file must exist in both en and vi with the same
// format verbs: a missing key shows users its identifier, a verb mismatch
// shows them "%!d(MISSING)".
func TestUITablesMatch(t *testing.T) {
	en, vi := uiStrings["en"], uiStrings["vi"]
	if len(en) == 0 || len(vi) == 0 {
		t.Fatal("en or vi table empty")
	}
	for k, e := range en {
		v, ok := vi[k]
		if !ok {
			t.Errorf("key %q in en but not in vi", k)
			continue
		}
		if strings.TrimSpace(v) == "" {
			t.Errorf("key %q empty in vi", k)
		}
		if !slices.Equal(verbs(e), verbs(v)) {
			t.Errorf("key %q: verbs en %v vs vi %v", k, verbs(e), verbs(v))
		}
	}
	for k := range vi {
		if _, ok := en[k]; !ok {
			t.Errorf("key %q in vi but not in en", k)
		}
	}
	// Other languages may be partial (English fills the gaps) but must not
	// break formatting.
	for lang, tab := range uiStrings {
		for k, s := range tab {
			if e, ok := en[k]; ok && !slices.Equal(verbs(e), verbs(s)) {
				t.Errorf("%s key %q: verbs %v, en has %v", lang, k, verbs(s), verbs(e))
			}
		}
	}
}

func TestT(t *testing.T) {
	tests := []struct {
		name, lang, key string
		args            []any
		want            string
	}{
		{"vietnamese", "vi", "extractive.intro", nil, "Từ các nguồn trong kho dữ liệu:"},
		{"telegram code", "vi-VN", "sources.header", nil, "Nguồn:"},
		{"upper case", "EN_us", "sources.header", nil, "Sources:"},
		{"unknown lang falls back to English", "fr", "extractive.intro", nil, "From the sources in the corpus:"},
		{"empty lang", "", "sources.header", nil, "Sources:"},
		{"unknown key returns key", "vi", "no.such.key", nil, "no.such.key"},
		{"args formatted", "en", "no_sources.coverage", []any{5, "1 Jan 2018", "2 Feb 2022"}, "The corpus has 5 articles published between 1 Jan 2018 and 2 Feb 2022."},
		{"args formatted vi", "vi", "no_sources.coverage", []any{5, "01/01/2018", "02/02/2022"}, "Kho dữ liệu có 5 bài viết, đăng từ 01/01/2018 đến 02/02/2022."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := T(tt.lang, tt.key, tt.args...); got != tt.want {
				t.Errorf("T(%q, %q) = %q, want %q", tt.lang, tt.key, got, tt.want)
			}
		})
	}
}

func TestLanguages(t *testing.T) {
	got := Languages()
	if !slices.Contains(got, "en") || !slices.Contains(got, "vi") || !slices.IsSorted(got) {
		t.Errorf("Languages() = %v", got)
	}
}

func TestLanguageName(t *testing.T) {
	tests := []struct{ ui, code, want string }{
		{"en", "vi", "Vietnamese"},
		{"vi", "vi", "tiếng Việt"},
		{"en", "ru-RU", "Russian"},
		{"de", "en", "English"}, // no German table: English names
		{"en", "xx", "xx"},
		{"en", "", ""},
	}
	for _, tt := range tests {
		if got := LanguageName(tt.ui, tt.code); got != tt.want {
			t.Errorf("LanguageName(%q, %q) = %q, want %q", tt.ui, tt.code, got, tt.want)
		}
	}
}

func TestLoadUIRejectsBadFiles(t *testing.T) {
	tests := []struct {
		name  string
		files fstest.MapFS
		want  string
	}{
		{"duplicate across areas", fstest.MapFS{
			"ui/answer.en.json": {Data: []byte(`{"a": "1"}`)},
			"ui/bot.en.json":    {Data: []byte(`{"a": "2"}`)},
		}, `key "a" for "en" defined in both`},
		{"duplicate in one file", fstest.MapFS{
			"ui/bot.vi.json": {Data: []byte(`{"a": "1", "a": "2"}`)},
		}, "defined in both"},
		{"bad name", fstest.MapFS{"ui/answer.json": {Data: []byte(`{}`)}}, "<area>.<lang>.json"},
		{"not a string", fstest.MapFS{"ui/a.en.json": {Data: []byte(`{"a": 1}`)}}, "value must be a string"},
		{"nested", fstest.MapFS{"ui/a.en.json": {Data: []byte(`{"a": {"b": "c"}}`)}}, "value must be a string"},
		{"not an object", fstest.MapFS{"ui/a.en.json": {Data: []byte(`["a"]`)}}, "JSON object"},
		{"trailing", fstest.MapFS{"ui/a.en.json": {Data: []byte(`{"a": "b"} {}`)}}, "trailing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loadUI(tt.files)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want one containing %q", err, tt.want)
			}
		})
	}
	// The same key in different languages is fine, and areas merge.
	m, err := loadUI(fstest.MapFS{
		"ui/answer.en.json": {Data: []byte(`{"a": "1"}`)},
		"ui/bot.en.json":    {Data: []byte(`{"b": "2"}`)},
		"ui/answer.vi.json": {Data: []byte(`{"a": "một"}`)},
	})
	if err != nil || m["en"]["b"] != "2" || m["vi"]["a"] != "một" || len(m["en"]) != 2 {
		t.Errorf("merge: %v %v", m, err)
	}
}

func FuzzDecodeFlat(f *testing.F) {
	for _, s := range []string{`{"a":"b"}`, `{}`, `{"a":1}`, `{"a":"b",}`, `[`, `{"a":"\u00e9"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		kv, err := decodeFlat(data)
		if err != nil {
			return
		}
		for _, e := range kv {
			_ = e.key + e.val
		}
	})
}
