package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/ingest"
	"github.com/detente/detente/store"
)

// maxFileBytes bounds one article file: the corpus's one limit, checked
// before the file is read into memory whole.
const maxFileBytes = corpus.MaxDocumentBytes

// articleExts are the file types ingest reads; directories are walked for them.
var articleExts = []string{".md", ".markdown", ".txt", ".html", ".htm"}

func ingestCommand() *command {
	var idFromName bool
	return &command{
		name:  "ingest",
		short: "add articles from files, directories and URLs",
		args:  "[--id-from-name] FILE|DIR|URL...",
		summary: `Add articles: files (.md .markdown .txt .html .htm), directories (walked
recursively for those files) and web pages (http/https URLs). Each article is
added whole or not at all; the rest are still added when one fails.`,
		flags: func(fs *flag.FlagSet) {
			fs.BoolVar(&idFromName, "id-from-name", false, "use each file's name without extension as its article id")
		},
		run: func(ctx context.Context, c *cli, args []string) error {
			if len(args) == 0 {
				return errors.New("ingest: nothing to ingest (usage: detente ingest [--id-from-name] FILE|DIR|URL...)")
			}
			cfg, log, err := c.config()
			if err != nil {
				return err
			}
			items, failed := collectInputs(args)
			if len(items) == 0 {
				// Nothing usable: say why without creating or seeding
				// anything; one reason needs no summary of zeros.
				if len(failed) == 1 {
					return fmt.Errorf("ingest: %w", failed[0])
				}
				sum := ingestSummary{failed: failed}
				sum.write(c.stdout)
				return fmt.Errorf("ingest: none of the %d inputs can be ingested", len(args))
			}
			a, err := openApp(ctx, cfg, log)
			if err != nil {
				return err
			}
			defer a.Close()

			sum := ingestSummary{failed: failed}
			bar := newProgress(c.stderr, len(items), isTerminal(c.stderr))
			for i, it := range items {
				if ctx.Err() != nil {
					break
				}
				bar.show(i, it.name)
				res, err := ingestInput(ctx, a.ing, it, idFromName)
				bar.clear()
				if err != nil {
					if ctx.Err() != nil {
						break
					}
					log.Debug("ingest failed", "input", it.name, "err", err)
					sum.failed = append(sum.failed, failure{it.name, err})
					continue
				}
				sum.count(res.Outcome)
				fmt.Fprintf(c.stdout, "%-9s %s  %s\n", res.Outcome.String(), res.Article.ID, it.name)
			}
			bar.clear()
			sum.write(c.stdout)
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("ingest: interrupted: %w", err)
			}
			if n := len(sum.failed); n > 0 {
				return fmt.Errorf("ingest: %d of %d inputs failed", n, n+sum.ok())
			}
			return nil
		},
	}
}

// input is one file or URL to ingest.
type input struct {
	name  string // path or URL as the user will recognise it
	isURL bool
}

type failure struct {
	name string
	err  error
}

// errNoArticles is a directory argument with no article file in it.
var errNoArticles = errors.New("no article files")

func (f failure) Error() string {
	if errors.Is(f.err, errNoArticles) {
		return fmt.Sprintf("no article files (%s) in %s", strings.Join(articleExts, " "), f.name)
	}
	return f.name + ": " + f.err.Error()
}

func (f failure) Unwrap() error { return f.err }

// collectInputs expands the arguments into files and URLs. Arguments that
// cannot be used are failures listed in the summary, not a reason to stop.
func collectInputs(args []string) ([]input, []failure) {
	var items []input
	var failed []failure
	for _, arg := range args {
		if scheme, _, ok := strings.Cut(arg, "://"); ok && !strings.ContainsAny(scheme, `/\`) {
			switch strings.ToLower(scheme) {
			case "http", "https":
				items = append(items, input{name: arg, isURL: true})
			default:
				failed = append(failed, failure{arg, fmt.Errorf("unsupported URL scheme %q: only http and https", scheme)})
			}
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			failed = append(failed, failure{arg, err})
			continue
		}
		if !info.IsDir() {
			if !isArticleFile(arg) {
				failed = append(failed, failure{arg, fmt.Errorf("unsupported file type %q (want %s)", filepath.Ext(arg), strings.Join(articleExts, " "))})
				continue
			}
			items = append(items, input{name: arg})
			continue
		}
		before, beforeFailed := len(items), len(failed)
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				failed = append(failed, failure{path, err})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			// Hidden entries are editor and VCS files (.git, .swp), never articles.
			if path != arg && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() && isArticleFile(path) {
				items = append(items, input{name: path})
			}
			return nil
		})
		if err != nil {
			failed = append(failed, failure{arg, err})
		} else if len(items) == before && len(failed) == beforeFailed {
			failed = append(failed, failure{arg, errNoArticles})
		}
	}
	return items, failed
}

func isArticleFile(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range articleExts {
		if ext == e {
			return true
		}
	}
	return false
}

// ingestInput ingests one file or URL.
func ingestInput(ctx context.Context, ing *ingest.Service, it input, idFromName bool) (ingest.Result, error) {
	if it.isURL {
		return ing.AddURL(ctx, it.name)
	}
	data, err := readArticleFile(it.name)
	if err != nil {
		return ingest.Result{}, err
	}
	if !idFromName {
		return ing.AddPath(ctx, it.name, data)
	}
	base := filepath.Base(it.name)
	id, err := articleIDFromName(base)
	if err != nil {
		return ingest.Result{}, err
	}
	a, err := corpus.Parse(base, data)
	if err != nil {
		return ingest.Result{}, err
	}
	a.ID = id
	return ing.Add(ctx, a)
}

// maxIDLen matches the corpus's limit on article ids.
const maxIDLen = 64

// articleIDFromName turns a file name into an article id of the form the corpus
// accepts in front matter (ASCII letters, digits, '.', '_', '-'; at most 64):
// "Đường dây nóng (2).md" becomes "duong-day-nong-2".
func articleIDFromName(base string) (string, error) {
	stem := corpus.Fold(strings.TrimSuffix(base, filepath.Ext(base)))
	var b strings.Builder
	dash := false
	for _, r := range stem {
		ok := 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '.' || r == '_' || r == '-'
		if !ok {
			dash = b.Len() > 0
			continue
		}
		if dash && r != '-' {
			b.WriteByte('-')
		}
		dash = false
		b.WriteRune(r)
	}
	id := strings.Trim(b.String(), "-.")
	if len(id) > maxIDLen {
		id = strings.TrimRight(id[:maxIDLen], "-.")
	}
	if id == "" {
		return "", fmt.Errorf("--id-from-name: cannot make an article id from the file name %q", base)
	}
	return id, nil
}

func readArticleFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if len(data) > maxFileBytes {
		return nil, fmt.Errorf("%w: larger than %d MiB", corpus.ErrTooLarge, maxFileBytes>>20)
	}
	return data, nil
}

// ingestSummary counts outcomes for the closing line.
type ingestSummary struct {
	added, updated, duplicates int
	failed                     []failure
}

func (s *ingestSummary) count(o store.Outcome) {
	switch o {
	case store.Added:
		s.added++
	case store.Updated:
		s.updated++
	case store.Duplicate:
		s.duplicates++
	}
}

func (s *ingestSummary) ok() int { return s.added + s.updated + s.duplicates }

func (s *ingestSummary) write(w io.Writer) {
	fmt.Fprintf(w, "added %d, updated %d, duplicates %d, failed %d\n", s.added, s.updated, s.duplicates, len(s.failed))
	for _, f := range s.failed {
		fmt.Fprintf(w, "  failed %s\n", f.Error())
	}
}

// progress draws a one-line bar on a terminal's stderr; elsewhere (a pipe,
// a log file, a test) it draws nothing.
type progress struct {
	w     io.Writer
	total int
	on    bool
}

func newProgress(w io.Writer, total int, on bool) *progress {
	return &progress{w: w, total: total, on: on}
}

const barWidth = 30

func (p *progress) show(done int, label string) {
	if !p.on || p.total <= 0 {
		return
	}
	filled := barWidth * done / p.total
	if r := []rune(label); len(r) > 40 {
		label = "…" + string(r[len(r)-39:])
	}
	fmt.Fprintf(p.w, "\r\x1b[K[%s%s] %d/%d %s", strings.Repeat("#", filled), strings.Repeat(".", barWidth-filled), done, p.total, label)
}

// clear erases the bar so stdout lines and the summary are not drawn over it.
func (p *progress) clear() {
	if p.on {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
