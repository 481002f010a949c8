package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/detente/detente/eval"
	"github.com/detente/detente/ingest"
	"github.com/detente/detente/store"
)

func evalCommand() *command {
	return &command{
		name:  "eval",
		short: "score retrieval and answers on a question set",
		args:  "[--json] [--answers] [--corpus DIR] [--boilerplate FILE] [-k N] [-v] QUESTIONS.jsonl",
		summary: `Score retrieval (and with --answers, answers) on a labelled question set,
e.g. testdata/eval/heldout.jsonl with --corpus testdata/eval/articles in the
source tree. 'detente eval -h' lists its flags.`,
		passthrough: true,
		help: func(w io.Writer) error {
			// eval's flags and their help live with its parser.
			return eval.Main(context.Background(), []string{"-h"}, eval.Deps{}, w)
		},
		run: func(ctx context.Context, c *cli, args []string) error {
			if slices.ContainsFunc(args, isHelpFlag) {
				// eval prints its own usage before it needs anything opened.
				return eval.Main(ctx, args, eval.Deps{}, c.stdout)
			}
			a, err := c.open(ctx)
			if err != nil {
				return err
			}
			defer a.Close()
			deps := eval.Deps{Searcher: a.eng, Answerer: a.ans, HasModel: a.ans.HasModel(), Log: a.log,
				IngestDir: func(ctx context.Context, dir string) (eval.IngestSummary, error) {
					return ingestDir(ctx, a.ing, dir)
				}}
			// The answer service translates questions only once it has a
			// model-backed Translate; eval then adds its translation run.
			if tr, ok := any(a.ans).(eval.Translator); ok && a.ans.HasModel() {
				deps.Translator = tr
			}
			return eval.Main(ctx, args, deps, c.stdout)
		},
	}
}

func isHelpFlag(arg string) bool {
	return arg == "-h" || arg == "-help" || arg == "--help" || arg == "--h"
}

// ingestDir adds the article files under dir through the path `detente
// ingest DIR` takes, so eval measures the corpus a user would have. Any
// failure is an error naming the file: its questions would otherwise score
// as retrieval misses.
func ingestDir(ctx context.Context, ing *ingest.Service, dir string) (eval.IngestSummary, error) {
	var sum eval.IngestSummary
	items, failed := collectInputs([]string{dir})
	if len(failed) > 0 {
		return sum, failed[0]
	}
	if len(items) == 0 {
		return sum, fmt.Errorf("no article files (%s) in %s", strings.Join(articleExts, " "), dir)
	}
	for _, it := range items {
		res, err := ingestInput(ctx, ing, it, false)
		if err != nil {
			return sum, fmt.Errorf("%s: %w", it.name, err)
		}
		switch res.Outcome {
		case store.Added:
			sum.Added++
		case store.Updated:
			sum.Updated++
		default:
			sum.Unchanged++
		}
	}
	return sum, nil
}
