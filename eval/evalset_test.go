package eval

import (
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/detente/detente/corpus"
)

// The evaluation set in testdata/eval (articles, tune and held-out
// questions, boilerplate list) is checked here, so a broken edit fails in
// `go test` before anyone trusts a figure computed from it.

func evalDir(t testing.TB) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "testdata", "eval")
}

// evalArticles is the seeds plus testdata/eval/articles, by id; own lists
// the ids of the latter (see dirArticles).
func evalArticles(t testing.TB) (all map[string]corpus.Article, own []string) {
	t.Helper()
	return dirArticles(t, evalDir(t))
}

func evalQuestions(t testing.TB, split string) []Question {
	t.Helper()
	return readQuestionFile(t, filepath.Join(evalDir(t), split+".jsonl"))
}

func evalBoilerplate(t testing.TB) []string {
	t.Helper()
	return boilerplateLines(t, filepath.Join(evalDir(t), "boilerplate.txt"))
}

func TestEvalArticles(t *testing.T) {
	all, own := evalArticles(t)
	perLang := map[string]int{}
	for _, id := range own {
		a := all[id]
		perLang[a.Lang]++
		n := len(strings.Fields(a.Body))
		switch {
		case n < 150 || n > 400:
			t.Errorf("%s: %d words, want 150-400", id, n)
		case a.Title == "" || a.Source == "" || a.Published.IsZero():
			t.Errorf("%s: front matter lacks a title, source or published date", id)
		case !strings.HasPrefix(a.URL, "https://example.org/"):
			t.Errorf("%s: url %q is not a fictional https://example.org/ address", id, a.URL)
		}
	}
	if len(own) < 32 {
		t.Errorf("%d articles, want at least 32", len(own))
	}
	for _, l := range []string{"vi", "en", "ru"} {
		if perLang[l] < 10 {
			t.Errorf("%d %s articles, want at least 10", perLang[l], l)
		}
	}
}

// TestEvalBoilerplate: every listed line is a whole line of an article, so
// "boilerplate quoted" counts real quotes; no listed line of quoting length
// sits inside a line that is not boilerplate, so a real sentence is never
// counted as a quote; and enough articles carry boilerplate to matter.
func TestEvalBoilerplate(t *testing.T) {
	all, own := evalArticles(t)
	carriers := checkBoilerplateList(t, all, own, evalBoilerplate(t))
	if len(carriers) < len(own)/4 {
		t.Errorf("%d of %d articles carry listed boilerplate, want at least a quarter", len(carriers), len(own))
	}
}

// checkBoilerplateList checks a boilerplate list against the articles it
// was written for: every line is a whole line of an article, and no line
// of quoting length sits inside an article line that is not boilerplate.
// It returns the own articles that carry a listed line.
func checkBoilerplateList(t *testing.T, all map[string]corpus.Article, own, lines []string) map[string]bool {
	t.Helper()
	carriers := map[string]bool{}
	for _, b := range lines {
		found := false
		for id, a := range all {
			if slices.Contains(trimmedLines(a.Body), b) {
				found = true
				if slices.Contains(own, id) {
					carriers[id] = true
				}
			}
		}
		if !found {
			t.Errorf("boilerplate line %q is not a whole line of any article", b)
		}
	}
	for id, a := range all {
		for _, l := range trimmedLines(a.Body) {
			if slices.Contains(lines, l) {
				continue
			}
			lw := words(l)
			for _, b := range lines {
				if bw := words(b); len(bw) >= minQuoteWords && containsWords(lw, bw) {
					t.Errorf("%s: the sentence %q holds the boilerplate line %q: quoting it would count as boilerplate", id, l, b)
				}
			}
		}
	}
	return carriers
}

func trimmedLines(body string) []string {
	var out []string
	for l := range strings.SplitSeq(body, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// checkSetQuestion holds one question to the set's rules: gold articles that
// exist, answer phrases verbatim in a gold article, a near-miss kind for
// an unanswerable one, a kind that matches the languages. It returns the
// languages of its gold articles.
func checkSetQuestion(t *testing.T, q Question, all map[string]corpus.Article, dir string) map[string]bool {
	t.Helper()
	langs := map[string]bool{}
	for _, g := range q.Gold {
		a, ok := all[g]
		if !ok {
			t.Errorf("%s: gold article %s is neither a seed nor in %s/articles", q.ID, g, dir)
			continue
		}
		langs[a.Lang] = true
	}
	for _, p := range q.Answer {
		if !slices.ContainsFunc(q.Gold, func(g string) bool { return strings.Contains(all[g].Body, p) }) {
			t.Errorf("%s: answer phrase %q is in none of its gold articles", q.ID, p)
		}
	}
	switch {
	case q.Answerable() && (len(q.Answer) == 0 || len(q.Gold) == 0):
		t.Errorf("%s: answerable without answer phrases or gold articles", q.ID)
	case !q.Answerable() && (q.Near == "" || len(q.Gold) > 0):
		t.Errorf("%s: unanswerable needs a near-miss kind and no gold", q.ID)
	case q.Kind == KindCrossLingual && langs[q.Lang]:
		t.Errorf("%s: cross-lingual, but a gold article is in %s", q.ID, q.Lang)
	case q.Kind == KindFactoid && !langs[q.Lang]:
		t.Errorf("%s: factoid in %s, but no gold article is: cross-lingual?", q.ID, q.Lang)
	case q.Kind == KindMultiDoc && len(q.Gold) < 2:
		t.Errorf("%s: multi-doc with %d gold articles", q.ID, len(q.Gold))
	case q.Variant == VariantNoDiacritics && !q.Unaccented():
		t.Errorf("%s: nodiac, but the question is not unaccented Vietnamese", q.ID)
	}
	return langs
}

// TestEvalQuestionSet holds the set to its brief: sizes and quotas, gold
// ids that exist, answer phrases verbatim in a gold article, kinds that
// match the languages, no id in both splits, and each slice spread evenly
// over the two splits.
func TestEvalQuestionSet(t *testing.T) {
	all, _ := evalArticles(t)
	tune, held := evalQuestions(t, "tune"), evalQuestions(t, "heldout")
	if len(held) < 100 || len(tune)+len(held) < 220 {
		t.Errorf("tune %d + held out %d questions; want at least 100 held out and 220 in all", len(tune), len(held))
	}
	split := map[string]string{}
	count := map[string][2]int{} // slice -> questions in tune, held out
	dirs := map[string]int{}
	for i, qs := range [][]Question{tune, held} {
		name := [2]string{"tune", "heldout"}[i]
		for _, q := range qs {
			if prev, dup := split[q.ID]; dup {
				t.Errorf("question id %s is in %s and %s", q.ID, prev, name)
			}
			split[q.ID] = name
			langs := checkSetQuestion(t, q, all, "testdata/eval")
			if q.Kind == KindCrossLingual {
				for l := range langs {
					dirs[q.Lang+"→"+l]++
				}
			}
			keys := []string{"kind=" + q.Kind, "lang=" + q.Lang}
			if q.Variant != "" {
				keys = append(keys, "variant="+q.Variant)
			}
			if q.Near != "" {
				keys = append(keys, "near="+q.Near)
			}
			if q.Lang == "vi" && !q.Unaccented() {
				keys = append(keys, "vi with diacritics")
			}
			for _, k := range keys {
				c := count[k]
				c[i]++
				count[k] = c
			}
		}
	}
	total := func(k string) int { return count[k][0] + count[k][1] }
	quotas := []struct {
		what string
		n    int
	}{
		{"Russian", total("lang=ru")},
		{"near misses (not off topic)", total("near=year") + total("near=pair") + total("near=person") + total("near=detail")},
		{"word-form changes or typos", total("variant=wordform") + total("variant=typo")},
	}
	for i, q := range quotas {
		if want := [3]int{45, 45, 22}[i]; q.n < want {
			t.Errorf("%d %s questions, want at least %d", q.n, q.what, want)
		}
	}
	for _, k := range []string{"variant=nodiac", "vi with diacritics", "kind=multi-doc", "near=year", "near=pair", "near=person", "near=detail", "near=offtopic"} {
		if total(k) < 6 {
			t.Errorf("%s: %d questions, want at least 6", k, total(k))
		}
	}
	for _, from := range []string{"vi", "en", "ru"} {
		for _, to := range []string{"vi", "en", "ru"} {
			if d := from + "→" + to; from != to && dirs[d] < 3 {
				t.Errorf("cross-lingual %s: %d questions, want at least 3", d, dirs[d])
			}
		}
	}
	// Evenly spread: no slice may lean on one split by more than a third
	// of its size (plus one for odd counts).
	for k, c := range count {
		if n := c[0] + c[1]; abs(c[0]-c[1]) > n/3+1 {
			t.Errorf("%s: %d in tune, %d held out: not spread evenly", k, c[0], c[1])
		}
	}
	if testing.Verbose() {
		var ks []string
		for k := range count {
			ks = append(ks, fmt.Sprintf("%s %d/%d", k, count[k][0], count[k][1]))
		}
		slices.Sort(ks)
		t.Logf("tune/held out: %s; cross-lingual %v", strings.Join(ks, ", "), dirs)
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
