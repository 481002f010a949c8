// Package eval measures Detente's retrieval and answers against a labelled
// question set: recall@1/5/10, MRR@10 and nDCG@10 at article level, per
// kind and language, for each retrieval configuration side by side (BM25,
// vector, hybrid, hybrid with query expansion, and with model translation),
// plus citation validity, language match and refusal rates of the answers.
// It is what `detente eval` runs; numbers, not impressions, decide whether a
// retrieval change is an improvement.
package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// Kinds of questions. The kind decides how a question is scored: an
// unanswerable question scores when the pipeline says it has no sources.
const (
	KindFactoid      = "factoid"
	KindCrossLingual = "cross-lingual"
	KindMultiDoc     = "multi-doc"
	KindUnanswerable = "unanswerable"
)

var kinds = []string{KindFactoid, KindCrossLingual, KindMultiDoc, KindUnanswerable}

// maxLineBytes bounds one JSONL line; a question is a sentence, so anything
// bigger is a broken file, not a question.
const maxLineBytes = 64 << 10

// Question is one labelled question of the evaluation set.
type Question struct {
	ID   string   `json:"id"`
	Q    string   `json:"q"`
	Lang string   `json:"lang"` // the asker's language: the answer must be in it
	Gold []string `json:"gold"` // article ids that answer it; empty for unanswerable
	Kind string   `json:"kind"`
}

// Answerable reports whether the corpus holds an answer.
func (q Question) Answerable() bool { return q.Kind != KindUnanswerable }

// Unaccented reports whether a Vietnamese question was typed without
// diacritics (pure ASCII), the way many users type on phones; it is scored
// as its own language group because it is where retrieval breaks first.
func (q Question) Unaccented() bool {
	if q.Lang != "vi" {
		return false
	}
	for _, r := range q.Q {
		if r > unicode.MaxASCII {
			return false
		}
	}
	return true
}

// ParseQuestions reads a JSONL question set: one JSON object per line, blank
// lines and lines starting with # skipped. Any bad line is an error naming
// its line number and what is wrong; no partial set is returned.
func ParseQuestions(r io.Reader) ([]Question, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLineBytes)
	var qs []Question
	seen := map[string]int{}
	line := 0
	for sc.Scan() {
		line++
		raw := bytes.TrimSpace(sc.Bytes())
		if len(raw) == 0 || raw[0] == '#' {
			continue
		}
		q, err := parseQuestion(raw)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if prev, dup := seen[q.ID]; dup {
			return nil, fmt.Errorf("line %d: duplicate id %q (first on line %d)", line, q.ID, prev)
		}
		seen[q.ID] = line
		qs = append(qs, q)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, fmt.Errorf("line %d: longer than %d bytes", line+1, maxLineBytes)
		}
		return nil, fmt.Errorf("read questions: %w", err)
	}
	if len(qs) == 0 {
		return nil, errors.New("no questions")
	}
	return qs, nil
}

func parseQuestion(raw []byte) (Question, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	// A misspelt field ("glod") would otherwise silently turn a question
	// into an unanswerable one.
	dec.DisallowUnknownFields()
	var q Question
	if err := dec.Decode(&q); err != nil {
		return Question{}, fmt.Errorf("not a question object: %w", err)
	}
	if dec.More() {
		return Question{}, errors.New("more than one JSON value on the line")
	}
	q.ID = strings.TrimSpace(q.ID)
	q.Q = strings.TrimSpace(q.Q)
	q.Lang = strings.ToLower(strings.TrimSpace(q.Lang))
	q.Kind = strings.TrimSpace(q.Kind)
	switch {
	case q.ID == "":
		return Question{}, errors.New(`missing "id"`)
	case q.Q == "":
		return Question{}, fmt.Errorf("question %s: empty \"q\"", q.ID)
	case !validLang(q.Lang):
		return Question{}, fmt.Errorf("question %s: \"lang\" %q is not an ISO 639-1 code like \"vi\" or \"en\"", q.ID, q.Lang)
	}
	known := false
	for _, k := range kinds {
		known = known || q.Kind == k
	}
	if !known {
		return Question{}, fmt.Errorf("question %s: \"kind\" %q is not one of %s", q.ID, q.Kind, strings.Join(kinds, ", "))
	}
	gold := q.Gold[:0:0]
	seen := map[string]bool{}
	for _, g := range q.Gold {
		g = strings.TrimSpace(g)
		if g == "" {
			return Question{}, fmt.Errorf("question %s: empty article id in \"gold\"", q.ID)
		}
		if !seen[g] {
			seen[g] = true
			gold = append(gold, g)
		}
	}
	q.Gold = gold
	if q.Kind == KindUnanswerable && len(q.Gold) > 0 {
		return Question{}, fmt.Errorf("question %s: unanswerable but has gold articles", q.ID)
	}
	if q.Kind != KindUnanswerable && len(q.Gold) == 0 {
		return Question{}, fmt.Errorf("question %s: kind %s needs at least one gold article id", q.ID, q.Kind)
	}
	return q, nil
}

func validLang(s string) bool {
	if len(s) != 2 {
		return false
	}
	return s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z'
}
