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
	"slices"
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
	// Answer holds short key phrases, each verbatim in the sentence of a
	// gold article that answers the question: the first cited bullet of a
	// good extractive answer contains one. Optional; answerable only.
	Answer []string `json:"answer,omitempty"`
	// Variant says how the question's wording departs from the article's
	// (VariantWordForm, VariantTypo, VariantNoDiacritics); "" for none.
	Variant string `json:"variant,omitempty"`
	// Near says, for an unanswerable question, what kind of near miss it is
	// (NearYear, NearPair, NearPerson, NearDetail, NearOffTopic).
	Near string `json:"near,omitempty"`
}

// Variants: how a question's wording departs from the article's, scored as
// groups because each breaks a different part of matching.
const (
	VariantWordForm     = "wordform" // expire/expires, heads/led, Russian case forms
	VariantTypo         = "typo"     // "countrys", "exhange"
	VariantNoDiacritics = "nodiac"   // Vietnamese typed without diacritics
)

var variants = []string{"", VariantWordForm, VariantTypo, VariantNoDiacritics}

// Near misses: unanswerable questions on the corpus's topic whose fact is
// not in it. A judge that checks only the topic answers them.
const (
	NearYear     = "year"     // the same kind of event in another year
	NearPair     = "pair"     // another pair of countries
	NearPerson   = "person"   // another person or office-holder
	NearDetail   = "detail"   // a detail the article does not give
	NearOffTopic = "offtopic" // not about the corpus's subject at all
)

var nears = []string{NearYear, NearPair, NearPerson, NearDetail, NearOffTopic}

// knownFields are the JSON keys of a question line; others are ignored
// with a warning (see ReadQuestions).
var knownFields = []string{"id", "q", "lang", "gold", "kind", "answer", "variant", "near"}

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
// its line number and what is wrong; no partial set is returned. Unknown
// fields are ignored; ReadQuestions also reports them.
func ParseQuestions(r io.Reader) ([]Question, error) {
	qs, _, err := ReadQuestions(r)
	return qs, err
}

// ReadQuestions is ParseQuestions that also returns the unknown field names
// it ignored, sorted, each with the first line it was seen on ("glod (line
// 3)"), so the caller can warn once: a set written for a newer Detente
// still runs, and a misspelt field is still seen.
func ReadQuestions(r io.Reader) (qs []Question, unknown []string, err error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLineBytes)
	seen := map[string]int{}
	unknownAt := map[string]int{}
	line := 0
	for sc.Scan() {
		line++
		raw := bytes.TrimSpace(sc.Bytes())
		if len(raw) == 0 || raw[0] == '#' {
			continue
		}
		q, extra, err := parseQuestion(raw)
		if err != nil {
			return nil, nil, fmt.Errorf("line %d: %w", line, err)
		}
		if prev, dup := seen[q.ID]; dup {
			return nil, nil, fmt.Errorf("line %d: duplicate id %q (first on line %d)", line, q.ID, prev)
		}
		seen[q.ID] = line
		for _, k := range extra {
			if _, ok := unknownAt[k]; !ok {
				unknownAt[k] = line
			}
		}
		qs = append(qs, q)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, nil, fmt.Errorf("line %d: longer than %d bytes", line+1, maxLineBytes)
		}
		return nil, nil, fmt.Errorf("read questions: %w", err)
	}
	if len(qs) == 0 {
		return nil, nil, errors.New("no questions")
	}
	for k, l := range unknownAt {
		unknown = append(unknown, fmt.Sprintf("%q (line %d)", k, l))
	}
	slices.Sort(unknown)
	return qs, unknown, nil
}

// parseQuestion decodes and checks one line; extra are the keys it does
// not know. A misspelt field still cannot turn a question into another
// kind silently: an answerable kind without "gold" is an error below.
func parseQuestion(raw []byte) (q Question, extra []string, err error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	var fields map[string]json.RawMessage
	if err := dec.Decode(&fields); err != nil {
		return Question{}, nil, fmt.Errorf("not a question object: %w", err)
	}
	if dec.More() {
		return Question{}, nil, errors.New("more than one JSON value on the line")
	}
	if err := json.Unmarshal(raw, &q); err != nil {
		return Question{}, nil, fmt.Errorf("not a question object: %w", err)
	}
	for k := range fields {
		if !slices.Contains(knownFields, strings.ToLower(k)) {
			extra = append(extra, k)
		}
	}
	q, err = checkQuestion(q)
	return q, extra, err
}

func checkQuestion(q Question) (Question, error) {
	q.ID = strings.TrimSpace(q.ID)
	q.Q = strings.TrimSpace(q.Q)
	q.Lang = strings.ToLower(strings.TrimSpace(q.Lang))
	q.Kind = strings.TrimSpace(q.Kind)
	q.Variant = strings.TrimSpace(q.Variant)
	q.Near = strings.TrimSpace(q.Near)
	switch {
	case q.ID == "":
		return Question{}, errors.New(`missing "id"`)
	case q.Q == "":
		return Question{}, fmt.Errorf("question %s: empty \"q\"", q.ID)
	case !validLang(q.Lang):
		return Question{}, fmt.Errorf("question %s: \"lang\" %q is not an ISO 639-1 code like \"vi\" or \"en\"", q.ID, q.Lang)
	case !slices.Contains(variants, q.Variant):
		return Question{}, fmt.Errorf("question %s: \"variant\" %q is not one of %s or empty", q.ID, q.Variant, strings.Join(variants[1:], ", "))
	case q.Near != "" && !slices.Contains(nears, q.Near):
		return Question{}, fmt.Errorf("question %s: \"near\" %q is not one of %s", q.ID, q.Near, strings.Join(nears, ", "))
	case q.Near != "" && q.Kind != KindUnanswerable:
		return Question{}, fmt.Errorf("question %s: \"near\" is for unanswerable questions, this one is %s", q.ID, q.Kind)
	case len(q.Answer) > 0 && q.Kind == KindUnanswerable:
		return Question{}, fmt.Errorf("question %s: unanswerable but has \"answer\" phrases", q.ID)
	}
	for _, a := range q.Answer {
		if strings.TrimSpace(a) == "" {
			return Question{}, fmt.Errorf("question %s: empty phrase in \"answer\"", q.ID)
		}
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
