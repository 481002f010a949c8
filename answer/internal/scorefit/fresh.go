package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/detente/detente/eval"
)

// fresh writes the answer package's fresh sets in eval's question format,
// one file per set of articles, named for scorefit's folds:
// frgen.jsonl (eval format already), nmgen.jsonl and nmgen2.jsonl (a
// near miss and its answerable twin per line), wbullet.jsonl (answerable
// questions with one gold article and one answer phrase), and
// tune-probe.jsonl (the tables written on testdata/eval/articles, tune's
// fold).
func fresh(w io.Writer, root, out string) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	sets := []struct {
		name  string
		globs []string
		conv  func(map[string]any, int, string) []eval.Question
	}{
		{"frgen", []string{"frgen/*.jsonl"}, asQuestion},
		{"nmgen", []string{"nmgen/*.jsonl"}, nearTwins},
		{"nmgen2", []string{"nmgen2/*.jsonl"}, nearTwins},
		{"wbullet", []string{"wbullet/*.jsonl"}, bullet},
		{"tune-probe", []string{"judge2_calibration.jsonl", "judge_crosslingual.jsonl", "probe.jsonl", "probe2.jsonl"}, asQuestion},
	}
	for _, s := range sets {
		var qs []eval.Question
		for _, g := range s.globs {
			files, err := filepath.Glob(filepath.Join(root, g))
			if err != nil {
				return err
			}
			for _, f := range files {
				lines, err := readLines(f)
				if err != nil {
					return err
				}
				prefix := strings.TrimSuffix(filepath.Base(f), ".jsonl")
				for i, l := range lines {
					qs = append(qs, s.conv(l, i, prefix)...)
				}
			}
		}
		f, err := os.Create(filepath.Join(out, s.name+".jsonl"))
		if err != nil {
			return err
		}
		enc := json.NewEncoder(f)
		for _, q := range qs {
			if err := enc.Encode(q); err != nil {
				f.Close()
				return err
			}
		}
		if err := f.Close(); err != nil {
			return err
		}
		fmt.Fprintf(w, "%s: %d questions\n", s.name, len(qs))
	}
	return nil
}

func readLines(path string) ([]map[string]any, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []map[string]any
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out = append(out, m)
	}
	return out, sc.Err()
}

func str(m map[string]any, k string) string {
	s, _ := m[k].(string)
	return s
}

func strs(m map[string]any, k string) []string {
	switch v := m[k].(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, x := range v {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func asQuestion(m map[string]any, _ int, _ string) []eval.Question {
	return []eval.Question{{ID: str(m, "id"), Q: str(m, "q"), Lang: str(m, "lang"), Gold: strs(m, "gold"),
		Kind: str(m, "kind"), Answer: strs(m, "answer"), Variant: str(m, "variant"), Near: str(m, "near")}}
}

// articleLang reads an article id's language ("nm-en-halifax…" is en).
func articleLang(id string) string {
	for _, p := range strings.Split(id, "-") {
		if p == "en" || p == "vi" || p == "ru" {
			return p
		}
	}
	return ""
}

// answerableKind is factoid in the article's language, cross-lingual
// otherwise.
func answerableKind(lang, article string) string {
	if articleLang(article) == lang {
		return eval.KindFactoid
	}
	return eval.KindCrossLingual
}

func nearTwins(m map[string]any, i int, prefix string) []eval.Question {
	lang, art := str(m, "lang"), str(m, "article")
	id := fmt.Sprintf("%s-%02d", prefix, i)
	return []eval.Question{
		{ID: id + "-miss", Q: str(m, "miss"), Lang: lang, Kind: eval.KindUnanswerable, Near: str(m, "near")},
		{ID: id + "-twin", Q: str(m, "twin"), Lang: lang, Gold: []string{art}, Kind: answerableKind(lang, art)},
	}
}

func bullet(m map[string]any, i int, prefix string) []eval.Question {
	lang, gold := str(m, "lang"), strs(m, "gold")
	kind := eval.KindFactoid
	if len(gold) > 0 {
		kind = answerableKind(lang, gold[0])
	}
	return []eval.Question{{ID: fmt.Sprintf("%s-%02d", prefix, i), Q: str(m, "q"), Lang: lang, Gold: gold, Kind: kind, Answer: strs(m, "answer")}}
}
