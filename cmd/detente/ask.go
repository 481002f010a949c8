package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/corpus"
	"github.com/detente/detente/prompts"
)

// maxStdinQuestion bounds what `ask -` reads: far above answer.MaxQuestionRunes
// (so an over-long question still gets the localised "too long" message) but
// not unbounded.
const maxStdinQuestion = 1 << 20

// historyTurns is how many previous exchanges chat keeps for follow-ups.
const historyTurns = 6

// langCode is the shape --lang accepts: an ISO 639-1 code, optionally with
// a region.
var langCode = regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z]{2,4})?$`)

// checkLang accepts a --lang value that names a supported language
// (prompts.Languages, the one list; "ru-RU" is Russian) and otherwise says
// which ones are: an answer in a language without UI strings would frame a
// Vietnamese or Russian answer in English.
func checkLang(lang string) error {
	if langCode.MatchString(lang) && prompts.Supported(lang) {
		return nil
	}
	return fmt.Errorf("--lang %q is not a supported language; use one of %s", lang, strings.Join(prompts.Languages(), ", "))
}

func askCommand() *command {
	var (
		asJSON bool
		k      int
		lang   string
	)
	return &command{
		name:  "ask",
		short: "answer a question, citing the sources",
		args:  "[--json] [-k N] [--lang xx] QUESTION... | -",
		summary: `Answer a question from the corpus, in the question's language, citing sources.
The answer streams as it is generated, then a blank line, the cited sources and
the date of the newest one ("As of 12 Oct 2025", undated sources named).
--json gives it as "as_of" (YYYY-MM-DD) and "as_of_text". "-" reads the
question from stdin.`,
		flags: func(fs *flag.FlagSet) {
			fs.BoolVar(&asJSON, "json", false, "print the answer and citations as JSON (no streaming)")
			fs.IntVar(&k, "k", 0, "passages to retrieve (0 = default)")
			fs.StringVar(&lang, "lang", "", "answer `language` (ISO 639-1); default: the question's")
		},
		run: func(ctx context.Context, c *cli, args []string) error {
			if err := checkAskFlags(k, lang); err != nil {
				return fmt.Errorf("ask: %w", err)
			}
			question, err := readQuestion(args, c.stdin)
			if err != nil {
				return fmt.Errorf("ask: %w", err)
			}
			req := answer.Request{Question: question, Lang: lang, K: k}
			if err := precheck(question); err != nil {
				return askError(req, err)
			}
			a, err := c.open(ctx)
			if err != nil {
				return err
			}
			defer a.Close()
			if asJSON {
				ans, err := a.ans.Ask(ctx, req, nil)
				if err != nil {
					return askError(req, err)
				}
				return writeJSON(c.stdout, answerJSON(ans))
			}
			_, err = streamAnswer(ctx, a.ans, req, c.stdout)
			return err
		},
	}
}

func checkAskFlags(k int, lang string) error {
	if k < 0 {
		return fmt.Errorf("-k must be 0 or more, got %d", k)
	}
	if lang != "" {
		return checkLang(lang)
	}
	return nil
}

// readQuestion joins the arguments, or reads stdin when the only argument is "-".
func readQuestion(args []string, stdin io.Reader) (string, error) {
	if len(args) == 1 && args[0] == "-" {
		data, err := io.ReadAll(io.LimitReader(stdin, maxStdinQuestion))
		if err != nil {
			return "", fmt.Errorf("read question from stdin: %w", err)
		}
		return string(data), nil
	}
	return strings.Join(args, " "), nil
}

// precheck rejects what the answer service would reject anyway, before the
// data directory is opened: a bad question on a fresh machine must not
// create and seed a database.
func precheck(question string) error {
	q := strings.TrimSpace(question)
	switch {
	case q == "":
		return answer.ErrEmptyQuestion
	case utf8.RuneCountInString(q) > answer.MaxQuestionRunes:
		return answer.ErrTooLong
	}
	return nil
}

// askError turns answer's sentinels into the localised sentence the user
// reads; anything else keeps its detail for the operator.
func askError(req answer.Request, err error) error {
	lang := req.Lang
	if lang == "" {
		lang = corpus.DetectLang(req.Question)
	}
	if lang == "" {
		lang = "en"
	}
	switch {
	case errors.Is(err, answer.ErrEmptyQuestion):
		return errors.New(prompts.T(lang, "err.empty_question"))
	case errors.Is(err, answer.ErrTooLong):
		return errors.New(prompts.T(lang, "err.too_long"))
	}
	return fmt.Errorf("ask: %w", err)
}

// streamAnswer asks and prints the answer as it arrives, then the sources.
func streamAnswer(ctx context.Context, svc *answer.Service, req answer.Request, w io.Writer) (answer.Answer, error) {
	s := &stream{w: w}
	ans, err := svc.Ask(ctx, req, s.delta)
	if err != nil {
		if s.sb.Len() > 0 {
			fmt.Fprintln(w)
		}
		return answer.Answer{}, askError(req, err)
	}
	if s.err != nil {
		return answer.Answer{}, fmt.Errorf("write answer: %w", s.err)
	}
	if err := finishAnswer(w, s.sb.String(), ans); err != nil {
		return answer.Answer{}, fmt.Errorf("write answer: %w", err)
	}
	return ans, nil
}

// stream writes each delta as soon as it arrives, so the reader sees the
// answer being generated.
type stream struct {
	w   io.Writer
	sb  strings.Builder
	err error
}

func (s *stream) delta(d string) {
	if s.err != nil || d == "" {
		return
	}
	s.sb.WriteString(d)
	_, s.err = io.WriteString(s.w, d)
}

// finishAnswer completes what was streamed so the screen shows ans.Text,
// then prints the sources and the date they are as of. When the model failed mid-stream the answer
// package replaces the text (the final Text is authoritative); what was
// already shown cannot be taken back, so the replacement follows it.
func finishAnswer(w io.Writer, streamed string, ans answer.Answer) error {
	bw := bufio.NewWriter(w)
	switch {
	case strings.HasPrefix(ans.Text, streamed):
		bw.WriteString(ans.Text[len(streamed):])
	default:
		bw.WriteString("\n\n")
		bw.WriteString(ans.Text)
	}
	bw.WriteString("\n")
	if len(ans.Citations) > 0 {
		bw.WriteString("\n")
		for _, c := range ans.Citations {
			bw.WriteString(sourceLine(c))
			bw.WriteString("\n")
			// One story from several outlets is one source; the others follow it.
			for _, o := range c.Also {
				bw.WriteString("    also reported by " + sourceLine(answer.Citation{Title: o.Title, URL: o.URL,
					Source: o.Source, Published: o.Published, ArticleID: o.ArticleID})[len("[0] "):] + "\n")
			}
		}
		bw.WriteString(answer.AsOfLine(ans.Lang, ans.Citations))
		bw.WriteString("\n")
	}
	return bw.Flush()
}

// sourceLine renders `[n] Title — Outlet, 2024-03-28 — URL`, leaving out
// the parts the article does not have.
func sourceLine(c answer.Citation) string {
	var parts []string
	if c.Title != "" {
		parts = append(parts, c.Title)
	}
	var meta []string
	if c.Source != "" {
		meta = append(meta, c.Source)
	}
	if !c.Published.IsZero() {
		meta = append(meta, c.Published.Format(dateLayout))
	}
	if len(meta) > 0 {
		parts = append(parts, strings.Join(meta, ", "))
	}
	if c.URL != "" {
		parts = append(parts, c.URL)
	}
	if len(parts) == 0 {
		parts = append(parts, c.ArticleID)
	}
	return fmt.Sprintf("[%d] %s", c.N, strings.Join(parts, " — "))
}

const dateLayout = "2006-01-02"

// jsonAnswer is `ask --json` and `digest --json` output.
type jsonAnswer struct {
	Answer     string         `json:"answer"`
	Lang       string         `json:"lang"`
	Citations  []jsonCitation `json:"citations"`
	NoSources  bool           `json:"no_sources"`
	Extractive bool           `json:"extractive"`
	Model      string         `json:"model,omitempty"`
	// AsOf is the publication date (YYYY-MM-DD) of the newest cited
	// source, "" when none is dated; AsOfText says so in the answer's
	// language, naming undated sources (answer.AsOfLine).
	AsOf     string `json:"as_of,omitempty"`
	AsOfText string `json:"as_of_text,omitempty"`
}

type jsonCitation struct {
	N         int    `json:"n"`
	ArticleID string `json:"article_id"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Source    string `json:"source,omitempty"`
	Published string `json:"published,omitempty"`
	// Also are the story's other reports (same wire story, other outlets).
	Also []jsonCitation `json:"also,omitempty"`
}

func answerJSON(ans answer.Answer) jsonAnswer {
	out := jsonAnswer{
		Answer:     ans.Text,
		Lang:       ans.Lang,
		Citations:  make([]jsonCitation, 0, len(ans.Citations)),
		NoSources:  ans.NoSources,
		Extractive: ans.Extractive,
		Model:      ans.Model,
		AsOfText:   answer.AsOfLine(ans.Lang, ans.Citations),
	}
	if newest, _ := answer.AsOf(ans.Citations); !newest.IsZero() {
		out.AsOf = formatDate(newest)
	}
	for _, c := range ans.Citations {
		jc := jsonCitation{
			N:         c.N,
			ArticleID: c.ArticleID,
			Title:     c.Title,
			URL:       c.URL,
			Source:    c.Source,
			Published: formatDate(c.Published),
		}
		for _, o := range c.Also {
			jc.Also = append(jc.Also, jsonCitation{N: c.N, ArticleID: o.ArticleID, Title: o.Title, URL: o.URL,
				Source: o.Source, Published: formatDate(o.Published)})
		}
		out.Citations = append(out.Citations, jc)
	}
	return out
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write JSON: %w", err)
	}
	return nil
}

func chatCommand() *command {
	var lang string
	return &command{
		name:  "chat",
		short: "a conversation with follow-up questions",
		args:  "[--lang xx]",
		summary: `Ask questions in a conversation: follow-ups understand what came before.
One question per line; /new starts a new conversation, /quit (or end of input) exits.`,
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&lang, "lang", "", "answer `language` (ISO 639-1); default: each question's")
		},
		run: func(ctx context.Context, c *cli, args []string) error {
			if len(args) > 0 {
				return fmt.Errorf("chat: takes no arguments, got %q", strings.Join(args, " "))
			}
			if lang != "" {
				if err := checkLang(lang); err != nil {
					return fmt.Errorf("chat: %w", err)
				}
			}
			a, err := c.open(ctx)
			if err != nil {
				return err
			}
			defer a.Close()
			defer a.follow(ctx)() // runs before Close
			return chat(ctx, a, lang, c.stdin, c.stdout, isTerminal(c.stdin))
		},
	}
}

// chat is the REPL. The prompt is shown only to a person at a terminal, so
// piped transcripts stay clean.
func chat(ctx context.Context, a *app, lang string, stdin io.Reader, stdout io.Writer, interactive bool) error {
	lines := bufio.NewScanner(stdin)
	lines.Buffer(make([]byte, 64<<10), maxStdinQuestion)
	var history []answer.Turn
	for {
		if interactive {
			fmt.Fprint(stdout, "> ")
		}
		if !lines.Scan() {
			break
		}
		line := strings.TrimSpace(lines.Text())
		switch line {
		case "":
			continue
		case "/quit", "/exit":
			return nil
		case "/new":
			history = nil
			fmt.Fprintln(stdout, "Started a new conversation.")
			continue
		}
		ans, err := streamAnswer(ctx, a.ans, answer.Request{Question: line, Lang: lang, History: history}, stdout)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			// One failed question does not end the conversation.
			a.log.Warn("chat question failed", "err", err)
			fmt.Fprintln(stdout, err)
			continue
		}
		fmt.Fprintln(stdout)
		history = append(history, answer.TurnOf(line, ans))
		if len(history) > historyTurns {
			history = history[len(history)-historyTurns:]
		}
	}
	if err := lines.Err(); err != nil {
		return fmt.Errorf("chat: read input: %w", err)
	}
	return nil
}
