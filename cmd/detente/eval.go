package main

import (
	"context"
	"slices"

	"github.com/detente/detente/eval"
)

func evalCommand() *command {
	return &command{
		name:  "eval",
		short: "score retrieval and answers on a question set",
		args:  "[--json] [--answers] [-k N] [-v] QUESTIONS.jsonl",
		summary: `Score retrieval (and with --answers, answers) on a labelled question set,
e.g. testdata/questions.jsonl in the source tree. 'detente eval -h' lists its flags.`,
		passthrough: true,
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
			deps := eval.Deps{Searcher: a.eng, Answerer: a.ans, HasModel: a.ans.HasModel()}
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
