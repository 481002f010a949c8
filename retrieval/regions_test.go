package retrieval

import (
	"flag"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/detente/detente/corpus"
)

var update = flag.Bool("update", false, "rewrite lexicon_regions.tsv from CLDR")

// TestRegionLexicon keeps lexicon_regions.tsv equal to what CLDR
// (golang.org/x/text/language/display) names the world's countries and
// territories in the lexicon's languages; `go generate ./retrieval` (or
// -update) rewrites it after an upgrade of golang.org/x/text.
//
// The rows are generated into a committed file rather than read from
// display at load time because display's tables hold every region,
// language and script name in about a hundred languages: a program that
// names one region in three languages is 5.1 MB with display, 2.6 MB
// without (go1.26, linux/amd64), for rows of 13 KB here. A committed file
// also shows in review what an upgrade of CLDR changed in what questions
// find.
func TestRegionLexicon(t *testing.T) {
	got := regionLexicon(t, []string{"vi", "en", "ru"})
	const path = "lexicon_regions.tsv"
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != got {
		t.Errorf("%s is not what CLDR gives: run `go generate ./retrieval`", path)
	}
}

// regionLexicon renders the CLDR region names as lexicon rows, one per
// current ISO 3166 country or territory, in the columns langs.
func regionLexicon(t *testing.T, langs []string) string {
	t.Helper()
	namers := make([]display.Namer, len(langs))
	for i, l := range langs {
		namers[i] = display.Regions(language.MustParse(l))
	}
	var b strings.Builder
	b.WriteString(`# Countries and territories in every column's language, generated from
# CLDR (golang.org/x/text/language/display) by TestRegionLexicon: do not
# edit, run "go generate ./retrieval". Same format as lexicon.tsv; merged
# under its hand-written rows at load time (a row sharing a spelling with
# one of them only adds its spellings there, so the hand-written demonyms,
# markers and topic rows stay). One-word names that are also common words
# match only as written ("=Áo", Austria, not "áo", a shirt; "=Того").
`)
	b.WriteString("@" + strings.Join(langs, "\t") + "\n")
	for a := 'A'; a <= 'Z'; a++ {
		for c := 'A'; c <= 'Z'; c++ {
			r, err := language.ParseRegion(string([]rune{a, c}))
			// Deprecated codes (BU, DD) name a current one; groups and
			// private use are not places; EZ and UN are not countries.
			if err != nil || !r.IsCountry() || r.Canonicalize() != r || r.ISO3() == "ZZZ" {
				continue
			}
			cells := make([]string, len(langs))
			for i, n := range namers {
				cells[i] = regionTerms(langs[i], n.Name(r))
			}
			if slices.Contains(cells, "") {
				continue // not named in every language
			}
			b.WriteString(strings.Join(cells, "\t") + "\n")
		}
	}
	return b.String()
}

var (
	parenthetical = regexp.MustCompile(`\s*\([^)]*\)`)
	islands       = regexp.MustCompile(`(^|\s)о-ва(\s|$)`)
	island        = regexp.MustCompile(`(^|\s)о-в(\s|$)`)
)

// regionTerms turns a CLDR region name into a lexicon cell in the way news
// write it: without CLDR's qualifiers ("Myanmar (Burma)", "Hong Kong SAR
// China", "Hồng Kông, Trung Quốc"), with words for "&", Russian "о-в"
// spelled out, and one-word names that are common words exact.
func regionTerms(lang, name string) string {
	name = parenthetical.ReplaceAllString(name, "")
	name = strings.TrimSuffix(name, " SAR China")
	if before, _, ok := strings.Cut(name, ", "); ok && lang == "vi" {
		name = before
	}
	and := map[string]string{"en": "and", "vi": "và", "ru": "и"}[lang]
	name = strings.ReplaceAll(name, "&", and)
	name = islands.ReplaceAllString(name, "${1}острова${2}")
	name = island.ReplaceAllString(name, "${1}остров${2}")
	name = strings.Join(strings.Fields(name), " ")
	if name == "" {
		return ""
	}
	terms := []string{name}
	if s, ok := strings.CutPrefix(name, "St. "); ok && lang == "en" {
		terms = append(terms, "Saint "+s)
	}
	for i, term := range terms {
		if exactRegionName(lang, term) {
			terms[i] = "=" + term
		}
	}
	return strings.Join(terms, "|")
}

// exactRegionName reports a one-word name that folds into a common word:
// a stop word of any language ("Того"), or a Vietnamese one, which is a
// syllable of other words once folded ("Áo", "Lào", "Séc", "Síp").
func exactRegionName(lang, name string) bool {
	ws := words(corpus.Normalize(name))
	if len(ws) != 1 {
		return false
	}
	if corpus.IsStopWord("", ws[0]) {
		return true
	}
	if lang != "vi" {
		return false
	}
	return utf8.RuneCountInString(name) <= 4 || strings.ContainsFunc(name, func(r rune) bool { return r > 0x7f })
}

// TestRegionNames: every country has its names in the three languages,
// in any case the question declines it, merged with the hand-written
// rows: Russia and the United States stay the corpus's topic, and a
// one-word name that is a common word does not expand from that word.
func TestRegionNames(t *testing.T) {
	tests := []struct {
		q       string
		want    []string
		notWant []string
	}{
		{"Что Россия поставляет в Кению?", []string{"Kenya"}, nil},
		{"Kenya", []string{"Кения"}, nil},
		{"thỏa thuận với Slovakia", []string{"Словакия"}, nil},
		{"переговоры с Чехией", []string{"Czechia", "Séc"}, nil},
		{"Quan hệ Nga và Séc", []string{"Czechia", "Чехия"}, nil},
		{"Sri Lanka", []string{"Шри-Ланка"}, nil},
		// A name of several words in a case Snowball stems apart.
		{"туристы из Южной Кореи", []string{"South Korea"}, []string{"North Korea"}},
		{"в Северной Корее", []string{"North Korea"}, []string{"South Korea"}},
		{"nhat ban va tay ban nha", []string{"Japan", "Spain"}, []string{"prohibit"}},
		// A foreign name Russian does not decline is not the stem it shares.
		{"топливные баки", nil, []string{"Baku"}},
		{"электрические токи", nil, []string{"Tokyo"}},
		{"переговоры в Баку", []string{"Baku"}, nil},
		{"в Перми", []string{"Perm"}, []string{"Peru"}},
		// US states and Russia's regions.
		{"испытания в Неваде", []string{"Nevada"}, nil},
		{"ядерный полигон на Новой Земле", []string{"Novaya Zemlya"}, nil},
		{"the main reason", nil, []string{"Мэн"}},
		{"Bosnia and Herzegovina", []string{"Босния и Герцеговина"}, nil},
		{"Ucraina", []string{"Украина"}, nil},
		// CLDR adds spellings to a hand-written row, not a second entry.
		{"Республика Корея", []string{"South Korea", "Hàn Quốc"}, nil},
		// Common words are not countries.
		{"до того как", nil, []string{"Togo"}},
		{"áo khoác", nil, []string{"Austria"}},
		{"cập nhật tình hình Lào", []string{"Лаос"}, []string{"Japan"}},
		{"Ai cấp thị thực cho họ?", nil, []string{"Egypt"}},
		{"Họ đã gặp nhau ba lần", nil, []string{"Poland"}},
		{"Quan hệ Nga - Ai Cập và Ba Lan", []string{"Egypt", "Poland"}, nil},
	}
	for _, tt := range tests {
		got := Expand(tt.q)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("Expand(%q) = %q, want %q among them", tt.q, got, w)
			}
		}
		for _, w := range tt.notWant {
			if slices.Contains(got, w) {
				t.Errorf("Expand(%q) = %q, want no %q", tt.q, got, w)
			}
		}
	}
	for _, topic := range []string{"Russia", "Соединенные Штаты", "Hoa Kỳ", "Nga"} {
		if !Topic(topic) {
			t.Errorf("Topic(%q) = false after the CLDR rows merged, want true", topic)
		}
	}
	regions, err := ParseLexicon(regionsTSV)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range regions.entries {
		name := r.terms[0].folded
		n := 0
		for _, e := range DefaultLexicon().entries {
			if slices.ContainsFunc(e.terms, func(x lexTerm) bool { return x.folded == name }) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q is in %d entries, want 1", r.terms[0].text, n)
		}
	}
}

// TestMergeLexicon: merged rows join the row they share a spelling with,
// whose markers and topic stay; rows that share none are added; columns
// must agree.
func TestMergeLexicon(t *testing.T) {
	base, err := ParseLexicon("@vi\ten\tru\n!Nga\tRussia\tРоссия\n=Bỉ\tBelgium\tБельгия\n")
	if err != nil {
		t.Fatal(err)
	}
	more, err := ParseLexicon("@vi\ten\tru\nNga\tRussian Federation\tРФ\nBỉ\tKingdom of Belgium\tБельгия\nKenya\tKenya\tКения\n")
	if err != nil {
		t.Fatal(err)
	}
	if err := base.merge(more); err != nil {
		t.Fatal(err)
	}
	if base.Len() != 3 {
		t.Fatalf("%d entries after the merge, want 3 (Kenya added, the others joined)", base.Len())
	}
	if got := base.Expand("РФ"); !slices.Contains(got, "Russia") {
		t.Errorf("Expand(РФ) = %q, want Russia: the merged spelling joins the topic row", got)
	}
	if gs := base.expandGroups("Russian Federation"); len(gs) != 1 || !gs[0].topic {
		t.Errorf("Russian Federation: groups %+v, want the one topic entry", gs)
	}
	if got := base.Expand("bỉ"); slices.Contains(got, "Belgium") {
		t.Errorf("Expand(bỉ) = %q: the hand row's exact marker must stay", got)
	}
	if got := base.Expand("Кения"); !slices.Contains(got, "Kenya") {
		t.Errorf("Expand(Кения) = %q, want Kenya", got)
	}
	two, _ := ParseLexicon("@vi\ten\nNga\tRussia\n")
	if err := base.merge(two); err == nil {
		t.Error("merging a lexicon of other columns succeeded, want an error")
	}
}
