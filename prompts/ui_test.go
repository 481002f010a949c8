package prompts

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode"
)

// requiredKeys are the strings other packages rely on.
var requiredKeys = []string{
	"err.empty_question", "err.too_long", "err.model_failed", "no_sources", "no_sources.coverage",
	"extractive.intro", "sources.header", "digest.header", "digest.intro_extractive",
	"answer.interrupted", "fmt.date", "lang.en", "lang.vi", "lang.ru",
}

func TestUIRequiredKeys(t *testing.T) {
	for _, lang := range Languages() {
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

// Every key of every UI file must exist in every language with the same
// format verbs as in English: a missing key shows users English (or its
// identifier), a verb mismatch shows them "%!d(MISSING)". A language with a
// table is a supported language (Languages), so it is served in full.
func TestUITablesMatch(t *testing.T) {
	en := uiStrings["en"]
	if len(en) == 0 {
		t.Fatal("en table empty")
	}
	if got := Languages(); !slices.Equal(got, []string{"en", "ru", "vi"}) {
		t.Errorf("Languages() = %v, want en, ru, vi", got)
	}
	for _, lang := range Languages() {
		tab := uiStrings[lang]
		for k, e := range en {
			v, ok := tab[k]
			if !ok {
				t.Errorf("key %q in en but not in %s", k, lang)
				continue
			}
			if strings.TrimSpace(v) == "" {
				t.Errorf("key %q empty in %s", k, lang)
			}
			if !slices.Equal(verbs(e), verbs(v)) {
				t.Errorf("%s key %q: verbs %v, en has %v", lang, k, verbs(v), verbs(e))
			}
		}
		for k := range tab {
			if _, ok := en[k]; !ok {
				t.Errorf("key %q in %s but not in en", k, lang)
			}
		}
		if n := len(strings.Split(tab["fmt.months"], ",")); n != 12 {
			t.Errorf("%s fmt.months has %d names, want 12", lang, n)
		}
		if n := len(strings.Split(tab["fmt.months_short"], ",")); n != 12 {
			t.Errorf("%s fmt.months_short has %d names, want 12", lang, n)
		}
		if n := len(strings.Split(tab["fmt.weekdays_short"], ",")); n != 7 {
			t.Errorf("%s fmt.weekdays_short has %d names, want 7", lang, n)
		}
	}
}

// Russian text must be Russian: a key copied from English and left
// untranslated shows a Russian reader English. Keys whose text is the same
// in every language (layouts, emoji, bare placeholders) are exempt.
func TestUIRussianIsRussian(t *testing.T) {
	for k, v := range uiStrings["ru"] {
		if strings.HasPrefix(k, "fmt.") || strings.HasPrefix(k, "digest.sub.date_layout") {
			continue
		}
		letters, cyr := 0, 0
		for _, r := range v {
			if unicode.IsLetter(r) {
				letters++
				if unicode.Is(unicode.Cyrillic, r) {
					cyr++
				}
			}
		}
		if letters > 3 && cyr == 0 {
			t.Errorf("ru key %q is not Russian: %q", k, v)
		}
	}
}

func TestSupported(t *testing.T) {
	for _, tt := range []struct {
		lang string
		want bool
	}{{"ru", true}, {"ru-RU", true}, {"EN", true}, {"vi_VN", true}, {"xx", false}, {"de", false}, {"", false}} {
		if got := Supported(tt.lang); got != tt.want {
			t.Errorf("Supported(%q) = %v, want %v", tt.lang, got, tt.want)
		}
	}
}

func TestFormatDate(t *testing.T) {
	sat := time.Date(2026, time.December, 5, 9, 0, 0, 0, time.UTC)
	may := time.Date(2025, time.May, 18, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		lang, key string
		t         time.Time
		want      string
	}{
		{"ru", "fmt.date", sat, "5 декабря 2026"},
		{"ru", "fmt.date", may, "18 мая 2025"},
		{"ru", "digest.sub.date_layout", sat, "сб, 5 декабря 2026"},
		{"en", "fmt.date", sat, "5 Dec 2026"},
		{"en", "fmt.date", may, "18 May 2025"},
		{"en", "digest.sub.date_layout", sat, "Sat 5 Dec 2026"},
		{"vi", "fmt.date", sat, "05/12/2026"},
		{"vi", "digest.sub.date_layout", sat, "05/12/2026"},
		{"de", "fmt.date", sat, "5 Dec 2026"}, // no German table: English
		{"ru", "no.such.layout", sat, "2026-12-05"},
	}
	for _, tt := range tests {
		if got := FormatDate(tt.lang, tt.key, tt.t); got != tt.want {
			t.Errorf("FormatDate(%q, %q, %v) = %q, want %q", tt.lang, tt.key, tt.t, got, tt.want)
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
		{"russian", "ru", "no_sources", nil, "Статьи в базе не отвечают на этот вопрос, поэтому гадать я не буду."},
		{"telegram code ru", "ru-RU", "sources.header", nil, "Источники:"},
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
		{"ru", "vi", "вьетнамский"},
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
