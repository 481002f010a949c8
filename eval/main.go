package eval

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

const usage = `usage: detente eval [--json] [--answers] [-k N] [-v] QUESTIONS.jsonl

Scores retrieval on a labelled question set (one JSON object per line:
{"id","q","lang","gold":[article ids],"kind"}, kind one of factoid,
cross-lingual, multi-doc, unanswerable) for BM25, vector, hybrid and hybrid
with query expansion side by side (and with model translation when a model
is configured).

  --json      print the full report as JSON (per-question results included)
  --answers   also answer every question (answer.Ask) and score citations,
              answer language and refusals; with a model this calls it once
              per question
  -k N        articles retrieved per question (default 10; metrics @10 need 10)
  -v          list the questions the hybrid+exp configuration ranks wrong
`

// Main runs `detente eval`: it parses args (flags may follow the file),
// reads the question set, runs it against deps and writes the report to
// stdout. Bad flags or a bad question file are errors that say what is wrong;
// nothing is run then.
func Main(ctx context.Context, args []string, deps Deps, stdout io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	asJSON := fs.Bool("json", false, "")
	answers := fs.Bool("answers", false, "")
	k := fs.Int("k", 10, "")
	verbose := fs.Bool("v", false, "")
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				_, werr := io.WriteString(stdout, usage)
				return werr
			}
			return fmt.Errorf("eval: %w\n%s", err, usage)
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		args = fs.Args()[1:]
	}
	switch {
	case len(files) == 0:
		return fmt.Errorf("eval: no question file given\n%s", usage)
	case len(files) > 1:
		return fmt.Errorf("eval: one question file expected, got %d (%v)", len(files), files)
	case *k < 1 || *k > 100:
		return fmt.Errorf("eval: -k %d out of range 1..100", *k)
	case *answers && deps.Answerer == nil:
		return errors.New("eval: --answers needs the answer service")
	case deps.Searcher == nil:
		return errors.New("eval: no search engine")
	}
	f, err := os.Open(files[0])
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	qs, err := ParseQuestions(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("eval: %s: %w", files[0], err)
	}
	rep, err := Run(ctx, deps, qs, Options{K: *k, Answers: *answers})
	if err != nil {
		return err
	}
	if *asJSON {
		return rep.WriteJSON(stdout)
	}
	if err := rep.WriteText(stdout); err != nil {
		return err
	}
	if *verbose {
		fmt.Fprintf(stdout, "\nhybrid+exp misses (first gold not ranked first; unanswerable with sources):\n")
		for _, m := range rep.Misses("hybrid+exp") {
			fmt.Fprintf(stdout, "  %s\n", m)
		}
	}
	return nil
}
