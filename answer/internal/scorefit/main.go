// Command scorefit fits the answer package's answerability score
// (answer/score.go) and judges it by leave-one-set-out cross-validation.
//
// Each labelled set has its own articles, written at another time; a score
// that only remembers the sets it was fitted on would look good on them and
// do nothing for a reader's articles. So every figure scorefit reports of a
// set comes from a model fitted without that set, and the thresholds that
// model uses were chosen on the other sets only (by an inner round of
// leaving one out, so they are picked on probabilities of rows the inner
// model had not seen either).
//
//	go run ./answer/internal/scorefit fresh -out DIR
//	    writes the fresh sets of answer/testdata in eval's question format
//	go run ./answer/internal/scorefit fit [-l2 X] [-cost C] [-split] [-drop P,...] [-out FILE] DUMP.jsonl...
//	    DUMPs are `detente eval --answers --judge-features` outputs; a set
//	    (fold) is the dump file's name up to its first '-' or '.', so
//	    question files on the same articles share a fold
//
// See README's judge section for the whole recipe.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/eval"
	"github.com/detente/detente/internal/logit"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "scorefit:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return errors.New("usage: scorefit fresh -out DIR | scorefit fit [-l2 X] [-cost C] [-split] [-drop P,...] [-out FILE] DUMP.jsonl...")
	}
	switch args[0] {
	case "fresh":
		fs := flag.NewFlagSet("fresh", flag.ContinueOnError)
		out := fs.String("out", "", "directory for the converted question files")
		root := fs.String("testdata", "answer/testdata", "the answer package's testdata")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		if *out == "" {
			return errors.New("fresh: -out DIR is required")
		}
		return fresh(stdout, *root, *out)
	case "fit":
		fs := flag.NewFlagSet("fit", flag.ContinueOnError)
		l2 := fs.Float64("l2", 0.03, "L2 penalty on standardised features")
		cost := fs.Float64("cost", 2, "a false refusal added costs this many near misses let through (and the reverse for rescues)")
		split := fs.Bool("split", false, "fit one model on the questions the judge answers and another on those it refuses")
		out := fs.String("out", "", "write the model fitted on every set here (JSON)")
		drop := fs.String("drop", "", "comma-separated prefixes of features left out of the fit (their weights stay 0)")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		rows, names, err := readDumps(fs.Args())
		if err != nil {
			return err
		}
		if *drop != "" {
			dropFeatures(rows, names, strings.Split(*drop, ","))
		}
		return fit(stdout, rows, names, *l2, *cost, *split, *out)
	}
	return fmt.Errorf("unknown subcommand %q", args[0])
}

// dropFeatures zeroes the features whose names start with one of
// prefixes: a zero column gets no weight, so the model does without it.
func dropFeatures(rows []row, names, prefixes []string) {
	for j, n := range names {
		if !slices.ContainsFunc(prefixes, func(p string) bool { return p != "" && strings.HasPrefix(n, p) }) {
			continue
		}
		for _, r := range rows {
			if r.Features != nil {
				r.Features[j] = 0
			}
		}
	}
}

// modelFile is a fitted score as -out writes it: a model that may refuse
// what the judge answers (below Below), and one that may answer what it
// refuses (at or above Above). Nothing reads it yet: no fit has passed
// the left-out folds (README, "How the judge decides").
type modelFile struct {
	Refuse side `json:"refuse"`
	Rescue side `json:"rescue"`
}

type side struct {
	Model logit.Model `json:"model"`
	Below float64     `json:"below,omitempty"`
	Above float64     `json:"above,omitempty"`
}

// row is one dumped question with its fold.
type row struct {
	eval.FeatureRow
	fold string
}

func readDumps(paths []string) ([]row, []string, error) {
	if len(paths) == 0 {
		return nil, nil, errors.New("fit: no dump files")
	}
	var rows []row
	var names []string
	for _, p := range paths {
		base := filepath.Base(p)
		fold := base[:strings.IndexAny(base+".", "-.")]
		f, err := os.Open(p)
		if err != nil {
			return nil, nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		first := true
		for sc.Scan() {
			if first {
				first = false
				var h struct{ Features []string }
				if err := json.Unmarshal(sc.Bytes(), &h); err != nil {
					f.Close()
					return nil, nil, fmt.Errorf("%s: header: %w", p, err)
				}
				if names == nil {
					names = h.Features
				}
				if len(names) == 0 || !slices.Equal(names, h.Features) || !slices.Equal(names, answer.ScoreFeatureNames()) {
					f.Close()
					return nil, nil, fmt.Errorf("%s: features differ from answer.ScoreFeatureNames: dump again", p)
				}
				continue
			}
			var r row
			if err := json.Unmarshal(sc.Bytes(), &r.FeatureRow); err != nil {
				f.Close()
				return nil, nil, fmt.Errorf("%s: %w", p, err)
			}
			if r.Features != nil && len(r.Features) != len(names) {
				f.Close()
				return nil, nil, fmt.Errorf("%s: question %q has %d features, want %d", p, r.ID, len(r.Features), len(names))
			}
			r.fold = fold
			rows = append(rows, r)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", p, err)
		}
	}
	return rows, names, nil
}

// Decision rules compared on the left-out folds.
const (
	ruleNow    = "a rules"
	ruleRefuse = "b rules AND p>=lo"
	ruleRescue = "c rules OR p>=hi"
	ruleBoth   = "d both"
	ruleAlone  = "e p>=t alone"
)

var rules = []string{ruleNow, ruleRefuse, ruleRescue, ruleBoth, ruleAlone}

// scorer is a fitted score: one model, or one per side of the judge.
type scorer struct {
	refuse, rescue logit.Model // the same model unless split
}

func (s scorer) prob(r row) float64 {
	if r.Answered {
		return s.refuse.Prob(r.Features)
	}
	return s.rescue.Prob(r.Features)
}

// thresholds are the cut-offs of a decision rule: refuse an answered
// question below lo, answer a refused one at or above hi. lo = 0 and hi >
// 1 change nothing. alone: the score decides by lo alone, whatever the
// judge said (to measure the score without the rules).
type thresholds struct {
	lo, hi float64
	alone  bool
}

func decide(r row, p float64, t thresholds) bool {
	if r.Features == nil {
		return false // nothing relevant retrieved
	}
	if t.alone {
		return p >= t.lo
	}
	if r.Answered {
		return p >= t.lo
	}
	return p >= t.hi
}

// counts are refusal counts of one fold under one rule.
type counts struct{ unans, refusedUnans, ans, refusedAns int }

func (c *counts) add(r row, answered bool) {
	if r.Label {
		c.ans++
		if !answered {
			c.refusedAns++
		}
		return
	}
	c.unans++
	if !answered {
		c.refusedUnans++
	}
}

func (c counts) rr() float64 { return ratio(c.refusedUnans, c.unans) }
func (c counts) fr() float64 { return ratio(c.refusedAns, c.ans) }

func ratio(a, b int) float64 {
	if b == 0 {
		return math.NaN()
	}
	return float64(a) / float64(b)
}

func fit(w io.Writer, rows []row, names []string, l2, cost float64, split bool, out string) error {
	folds := foldNames(rows)
	fmt.Fprintf(w, "%d questions in %d sets (%s); %d features, l2 %.3g, cost %.3g, split %v\n",
		len(rows), len(folds), strings.Join(folds, " "), len(names), l2, cost, split)
	per := map[string]map[string]*counts{} // fold -> rule -> counts
	pooled := map[string]*counts{}
	for _, r := range rules {
		pooled[r] = &counts{}
	}
	oof := make([]float64, len(rows)) // left-out probabilities, for the final thresholds
	for _, held := range folds {
		train, test := partition(rows, held)
		s, err := fitScorer(train, names, l2, split)
		if err != nil {
			return err
		}
		// Thresholds from the training folds only: probabilities each
		// training row gets from a model fitted without its own set.
		inner, err := outOfFold(train, names, l2, split)
		if err != nil {
			return err
		}
		tb := pickThresholds(train, inner, cost, true, false)
		tc := pickThresholds(train, inner, cost, false, true)
		td := pickThresholds(train, inner, cost, true, true)
		te := pickAlone(train, inner, cost)
		per[held] = map[string]*counts{}
		for _, rule := range rules {
			per[held][rule] = &counts{}
		}
		for i, r := range rows {
			if r.fold != held {
				continue
			}
			p := 0.0
			if r.Features != nil {
				p = s.prob(r)
			}
			oof[i] = p
			for rule, t := range map[string]thresholds{ruleNow: {lo: 0, hi: 2}, ruleRefuse: tb, ruleRescue: tc, ruleBoth: td, ruleAlone: te} {
				a := decide(r, p, t)
				per[held][rule].add(r, a)
				pooled[rule].add(r, a)
			}
		}
		fmt.Fprintf(w, "%-8s n=%3d  thresholds b lo=%.3f  c hi=%.3f  d lo=%.3f hi=%.3f  e t=%.3f\n", held, len(test), tb.lo, tc.hi, td.lo, td.hi, te.lo)
	}
	// How well the left-out probabilities tell answerable from not among
	// the questions each side of the judge holds (0.5: not at all).
	fmt.Fprintf(w, "left-out AUC among judge-answered %.3f, among judge-refused %.3f\n", auc(rows, oof, true), auc(rows, oof, false))
	fmt.Fprintf(w, "\nleft-out folds: rr (refusal recall) and fr (false refusals), rules as now -> with the score\n")
	fmt.Fprintf(w, "%-8s %-13s %-22s %-22s %-22s %-22s\n", "set", "a rr/fr", "b", "c", "d", "e")
	line := func(name string, m map[string]*counts) {
		a := m[ruleNow]
		fmt.Fprintf(w, "%-8s %.3f/%.3f   ", name, a.rr(), a.fr())
		for _, rule := range rules[1:] {
			c := m[rule]
			fmt.Fprintf(w, "%.3f/%.3f (%+d/%+d)   ", c.rr(), c.fr(), c.refusedUnans-a.refusedUnans, c.refusedAns-a.refusedAns)
		}
		fmt.Fprintf(w, " [%d unans, %d ans]\n", a.unans, a.ans)
	}
	for _, f := range folds {
		line(f, per[f])
	}
	line("pooled", pooled)
	if out == "" {
		return nil
	}
	// The shipped score: fitted on every set, its thresholds chosen on
	// the left-out probabilities above.
	s, err := fitScorer(rows, names, l2, split)
	if err != nil {
		return err
	}
	td := pickThresholds(rows, oof, cost, true, true)
	file := modelFile{Refuse: side{Model: s.refuse, Below: td.lo}, Rescue: side{Model: s.rescue, Above: td.hi}}
	b, err := json.MarshalIndent(file, "", "  ")
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nwrote %s: refuse below %.3f, rescue at or above %.3f\n", out, td.lo, td.hi)
	return os.WriteFile(out, append(b, '\n'), 0o644)
}

func foldNames(rows []row) []string {
	var fs []string
	for _, r := range rows {
		if !slices.Contains(fs, r.fold) {
			fs = append(fs, r.fold)
		}
	}
	sort.Strings(fs)
	return fs
}

func partition(rows []row, held string) (train, test []row) {
	for _, r := range rows {
		if r.fold == held {
			test = append(test, r)
		} else {
			train = append(train, r)
		}
	}
	return train, test
}

// outOfFold returns, per row, the probability a model fitted without the
// row's fold gives it.
func outOfFold(rows []row, names []string, l2 float64, split bool) ([]float64, error) {
	p := make([]float64, len(rows))
	for _, held := range foldNames(rows) {
		train, _ := partition(rows, held)
		s, err := fitScorer(train, names, l2, split)
		if err != nil {
			return nil, err
		}
		for i, r := range rows {
			if r.fold == held && r.Features != nil {
				p[i] = s.prob(r)
			}
		}
	}
	return p, nil
}

func fitScorer(rows []row, names []string, l2 float64, split bool) (scorer, error) {
	if !split {
		m, err := fitModel(rows, names, l2)
		return scorer{m, m}, err
	}
	var ans, ref []row
	for _, r := range rows {
		if r.Answered {
			ans = append(ans, r)
		} else {
			ref = append(ref, r)
		}
	}
	a, err := fitModel(ans, names, l2)
	if err != nil {
		return scorer{}, err
	}
	b, err := fitModel(ref, names, l2)
	return scorer{a, b}, err
}

// fitModel fits logit on the rows with features, standardised so one L2
// penalty weighs every feature alike, with both classes weighing the same;
// the weights are turned back to raw features' scale.
func fitModel(rows []row, names []string, l2 float64) (logit.Model, error) {
	d := len(names)
	var x [][]float64
	var y []bool
	for _, r := range rows {
		if r.Features != nil {
			x = append(x, r.Features)
			y = append(y, r.Label)
		}
	}
	if len(x) == 0 {
		return logit.Model{}, errors.New("fit: no rows with features")
	}
	mean, sd := make([]float64, d), make([]float64, d)
	for _, r := range x {
		for j, v := range r {
			mean[j] += v / float64(len(x))
		}
	}
	for _, r := range x {
		for j, v := range r {
			sd[j] += (v - mean[j]) * (v - mean[j]) / float64(len(x))
		}
	}
	for j := range sd {
		sd[j] = math.Sqrt(sd[j])
		if sd[j] < 1e-9 {
			sd[j] = 1
		}
	}
	z := make([][]float64, len(x))
	for i, r := range x {
		z[i] = make([]float64, d)
		for j, v := range r {
			z[i][j] = (v - mean[j]) / sd[j]
		}
	}
	pos := 0
	for _, b := range y {
		if b {
			pos++
		}
	}
	wt := make([]float64, len(y))
	for i, b := range y {
		if b {
			wt[i] = float64(len(y)) / (2 * float64(max(pos, 1)))
		} else {
			wt[i] = float64(len(y)) / (2 * float64(max(len(y)-pos, 1)))
		}
	}
	m, err := logit.Fit(z, y, wt, names, l2)
	if err != nil {
		return logit.Model{}, err
	}
	for j := range m.Weights {
		m.Weights[j] /= sd[j]
		m.Bias -= m.Weights[j] * mean[j]
	}
	return m, nil
}

// pickThresholds chooses lo (refuse) and/or hi (rescue) maximising, over
// rows and their out-of-fold probabilities p, the near misses refused
// minus cost times the answerable questions refused, each as a share of
// its class (rr - cost·fr). Ties keep the rule as it is.
func pickThresholds(rows []row, p []float64, cost float64, refuse, rescue bool) thresholds {
	gain := gainOf(rows, p, cost)
	cands := append(candidates(rows, p), 2)
	best := thresholds{lo: 0, hi: 2}
	bestG := gain(best)
	los, his := []float64{0}, []float64{2}
	if refuse {
		los = cands
	}
	if rescue {
		his = cands
	}
	// lo only matters on answered rows and hi on refused ones, so the
	// two are picked one after the other.
	for _, lo := range los {
		if g := gain(thresholds{lo: lo, hi: best.hi}); g > bestG+1e-12 {
			best.lo, bestG = lo, g
		}
	}
	for _, hi := range his {
		if g := gain(thresholds{lo: best.lo, hi: hi}); g > bestG+1e-12 {
			best.hi, bestG = hi, g
		}
	}
	// A threshold set exactly at a training row's probability is moved
	// halfway to the next, so it does not hinge on that one row.
	best.lo = between(cands, best.lo)
	best.hi = between(cands, best.hi)
	return best
}

// pickAlone chooses the one threshold of the score deciding alone, as
// pickThresholds does.
func pickAlone(rows []row, p []float64, cost float64) thresholds {
	gain := gainOf(rows, p, cost)
	cands := candidates(rows, p)
	best, bestG := thresholds{alone: true}, math.Inf(-1)
	for _, t := range cands {
		if g := gain(thresholds{lo: t, alone: true}); g > bestG {
			best.lo, bestG = t, g
		}
	}
	best.lo = between(cands, best.lo)
	return best
}

// gainOf returns what a choice of thresholds gains on rows: the share of
// near misses refused minus cost times the share of answerable questions
// refused.
func gainOf(rows []row, p []float64, cost float64) func(thresholds) float64 {
	var nAns, nUn float64
	for _, r := range rows {
		if r.Label {
			nAns++
		} else {
			nUn++
		}
	}
	return func(t thresholds) float64 {
		g := 0.0
		for i, r := range rows {
			if decide(r, p[i], t) {
				continue
			}
			if r.Label {
				g -= cost / nAns
			} else {
				g += 1 / nUn
			}
		}
		return g
	}
}

// candidates are the sorted distinct probabilities of the rows with
// features, and 0: the thresholds worth trying.
func candidates(rows []row, p []float64) []float64 {
	cands := []float64{0}
	for i, r := range rows {
		if r.Features != nil {
			cands = append(cands, p[i])
		}
	}
	sort.Float64s(cands)
	return slices.Compact(cands)
}

// between moves a threshold t taken from sorted candidates c halfway down
// to the candidate below it (a row at t still passes: p >= t).
func between(c []float64, t float64) float64 {
	i, ok := slices.BinarySearch(c, t)
	if !ok || i == 0 || t <= 0 || t > 1 {
		return t
	}
	return (c[i-1] + t) / 2
}

// auc is the chance that an answerable question gets a higher
// probability than an unanswerable one, among the rows with features the
// judge answered (or refused).
func auc(rows []row, p []float64, answered bool) float64 {
	var pos, neg []float64
	for i, r := range rows {
		if r.Features == nil || r.Answered != answered {
			continue
		}
		if r.Label {
			pos = append(pos, p[i])
		} else {
			neg = append(neg, p[i])
		}
	}
	if len(pos) == 0 || len(neg) == 0 {
		return math.NaN()
	}
	var s float64
	for _, a := range pos {
		for _, b := range neg {
			switch {
			case a > b:
				s++
			case a == b:
				s += 0.5
			}
		}
	}
	return s / float64(len(pos)*len(neg))
}
