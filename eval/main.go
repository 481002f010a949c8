package eval

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
)

const usage = `usage: detente eval [--json] [--answers] [--corpus DIR] [--boilerplate FILE] [-k N] [-v] QUESTIONS.jsonl
       detente eval --conversations [--json] [--corpus DIR] CONVERSATIONS.jsonl

Scores retrieval on a labelled question set (one JSON object per line:
{"id","q","lang","gold":[article ids],"kind"}, kind one of factoid,
cross-lingual, multi-doc, unanswerable; optional "answer" phrases, "variant"
and "near", see testdata/eval/README.md; other fields are ignored with a
warning) for BM25, vector, hybrid and hybrid with query expansion side by
side (and with model translation when a model is configured), per kind,
language, variant and near-miss kind.

  --json      print the full report as JSON (per-question results included)
  --answers   also answer every question (answer.Ask) and score citations,
              answer language, refusals (precision, recall, false refusals)
              and whether the first cited bullet holds an "answer" phrase;
              with a model this calls it once per question
  --corpus DIR
              first add the article files under DIR to the corpus, as
              'detente ingest DIR' does (unchanged articles stay as they are)
  --boilerplate FILE
              with --answers, count answers quoting any line of FILE
              (bylines, "Source:", captions...); one line each, # comments
  -k N        articles retrieved per question (default 10; metrics @10 need 10)
  -v          list the questions the hybrid+exp configuration ranks wrong
  --judge-features FILE
              with --answers, write one JSON line per question to FILE: its
              set (the question file), id, lang, kind, near, label
              (answerable), whether the judge answered, and the
              answerability score's features (answer.ScoreFeatures), to
              fit the score (go run ./answer/internal/scorefit)
  --conversations
              the file is a conversation set (one conversation a line:
              {"id","lang","turns":[{"q","gold","answer"}...]}): each turn is
              answered with the turns before it as history, and the report
              gives per turn how often a gold article is cited, the key fact
              is in the answer, the answer is refused, and how many answers
              repeat the previous one (quote nothing new)
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
	corpusDir := fs.String("corpus", "", "")
	boilerplate := fs.String("boilerplate", "", "")
	conversations := fs.Bool("conversations", false, "")
	judgeFeatures := fs.String("judge-features", "", "")
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
	case (*answers || *conversations) && deps.Answerer == nil:
		return errors.New("eval: --answers needs the answer service")
	case *judgeFeatures != "" && !*answers:
		return errors.New("eval: --judge-features reads answers: add --answers")
	case *boilerplate != "" && !*answers:
		return errors.New("eval: --boilerplate checks answers: add --answers")
	case *corpusDir != "" && deps.IngestDir == nil:
		return errors.New("eval: --corpus needs the ingest service")
	case deps.Searcher == nil:
		return errors.New("eval: no search engine")
	}
	// Every input is read and checked before the corpus is touched: a bad
	// file changes nothing.
	f, err := os.Open(files[0])
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	var qs []Question
	var convs []Conversation
	var unknown []string
	if *conversations {
		convs, err = ReadConversations(f)
	} else {
		qs, unknown, err = ReadQuestions(f)
	}
	f.Close()
	if err != nil {
		return fmt.Errorf("eval: %s: %w", files[0], err)
	}
	log := deps.Log
	if log == nil {
		log = slog.Default()
	}
	if len(unknown) > 0 {
		log.Warn("eval: question file has fields this version does not know; they are ignored",
			"file", files[0], "fields", strings.Join(unknown, ", "))
	}
	opt := Options{K: *k, Answers: *answers, ScoreFeatures: *judgeFeatures != ""}
	if *boilerplate != "" {
		if opt.Boilerplate, err = readBoilerplateFile(*boilerplate); err != nil {
			return err
		}
	}
	// The dump's file is created before the long run, so a path that
	// cannot be written fails at once.
	var dump *os.File
	if *judgeFeatures != "" {
		if dump, err = os.Create(*judgeFeatures); err != nil {
			return fmt.Errorf("eval: --judge-features: %w", err)
		}
		defer dump.Close()
	}
	if *corpusDir != "" {
		st, err := os.Stat(*corpusDir)
		switch {
		case err != nil:
			return fmt.Errorf("eval: --corpus: %w", err)
		case !st.IsDir():
			return fmt.Errorf("eval: --corpus %s: not a directory", *corpusDir)
		}
		sum, err := deps.IngestDir(ctx, *corpusDir)
		if err != nil {
			return fmt.Errorf("eval: --corpus %s: %w", *corpusDir, err)
		}
		log.Info("eval: corpus ingested", "dir", *corpusDir, "added", sum.Added, "updated", sum.Updated, "unchanged", sum.Unchanged)
	}
	if *conversations {
		crep := RunConversations(ctx, deps.Answerer, convs, deps.HasModel, opt.QuestionTimeout)
		if *asJSON {
			return crep.WriteJSON(stdout)
		}
		return crep.WriteText(stdout)
	}
	rep, err := Run(ctx, deps, qs, opt)
	if err != nil {
		return err
	}
	if dump != nil {
		if err := writeFeatures(dump, files[0], rep); err != nil {
			return err
		}
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

func readBoilerplateFile(path string) (*Boilerplate, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: --boilerplate: %w", err)
	}
	defer f.Close()
	b, err := ReadBoilerplate(f)
	if err != nil {
		return nil, fmt.Errorf("eval: --boilerplate %s: %w", path, err)
	}
	return b, nil
}
