package eval

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/detente/detente/answer"
)

// Conversation is one labelled conversation: a first question and its
// follow-ups, asked in order with the answers before them as history (what
// a user replying to the bot, or typing on in `detente chat`, gets).
type Conversation struct {
	ID    string     `json:"id"`
	Lang  string     `json:"lang"`
	Turns []ConvTurn `json:"turns"`
}

// ConvTurn is one turn of a Conversation: the question as the user types
// it (a follow-up is elliptical on purpose), the articles that answer it
// and its key facts, short phrases each verbatim in a gold article's
// answering sentence.
type ConvTurn struct {
	Q      string   `json:"q"`
	Gold   []string `json:"gold"`
	Answer []string `json:"answer"`
}

// minTurns and maxTurns bound a conversation: one turn is a question set
// item, and past a few turns the history is cut anyway (HistoryTurns).
const (
	minTurns = 2
	maxTurns = 5
)

// ReadConversations reads a JSONL conversation set, one conversation per
// line ({"id","lang","turns":[{"q","gold","answer"}...]}), blank lines and
// # comments skipped. Any bad line is an error naming its line number.
func ReadConversations(r io.Reader) ([]Conversation, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLineBytes)
	seen := map[string]int{}
	var out []Conversation
	line := 0
	for sc.Scan() {
		line++
		raw := bytes.TrimSpace(sc.Bytes())
		if len(raw) == 0 || raw[0] == '#' {
			continue
		}
		var c Conversation
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&c); err != nil {
			return nil, fmt.Errorf("line %d: not a conversation object: %w", line, err)
		}
		if dec.More() {
			return nil, fmt.Errorf("line %d: more than one JSON value on the line", line)
		}
		if err := checkConversation(&c); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if prev, dup := seen[c.ID]; dup {
			return nil, fmt.Errorf("line %d: duplicate id %q (first on line %d)", line, c.ID, prev)
		}
		seen[c.ID] = line
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, fmt.Errorf("line %d: longer than %d bytes", line+1, maxLineBytes)
		}
		return nil, fmt.Errorf("read conversations: %w", err)
	}
	if len(out) == 0 {
		return nil, errors.New("no conversations")
	}
	return out, nil
}

func checkConversation(c *Conversation) error {
	c.ID = strings.TrimSpace(c.ID)
	c.Lang = strings.ToLower(strings.TrimSpace(c.Lang))
	switch {
	case c.ID == "":
		return errors.New(`missing "id"`)
	case !validLang(c.Lang):
		return fmt.Errorf("conversation %s: \"lang\" %q is not an ISO 639-1 code like \"vi\" or \"en\"", c.ID, c.Lang)
	case len(c.Turns) < minTurns || len(c.Turns) > maxTurns:
		return fmt.Errorf("conversation %s: %d turns, want %d to %d", c.ID, len(c.Turns), minTurns, maxTurns)
	}
	for i, t := range c.Turns {
		switch {
		case strings.TrimSpace(t.Q) == "":
			return fmt.Errorf("conversation %s turn %d: empty \"q\"", c.ID, i+1)
		case len(t.Gold) == 0 || slices.Contains(t.Gold, ""):
			return fmt.Errorf("conversation %s turn %d: \"gold\" needs article ids", c.ID, i+1)
		case len(t.Answer) == 0 || slices.ContainsFunc(t.Answer, func(s string) bool { return strings.TrimSpace(s) == "" }):
			return fmt.Errorf("conversation %s turn %d: \"answer\" needs key-fact phrases", c.ID, i+1)
		}
	}
	return nil
}

// TurnResult is one turn answered in its conversation.
type TurnResult struct {
	Conversation string   `json:"conversation"`
	Lang         string   `json:"lang"`
	Turn         int      `json:"turn"` // 1-based
	Q            string   `json:"q"`
	Query        string   `json:"query"` // the standalone query searched
	Refused      bool     `json:"refused"`
	GoldCited    bool     `json:"gold_cited"`
	KeyFact      bool     `json:"key_fact"`    // a key-fact phrase is in the answer
	Repeat       bool     `json:"repeat"`      // quotes what the previous answer quoted, no more, no less
	NothingNew   bool     `json:"nothing_new"` // quotes only sentences the previous answer quoted
	Cited        []string `json:"cited,omitempty"`
	Text         string   `json:"text"` // the answer
	Error        string   `json:"error,omitempty"`
}

// TurnScores aggregate TurnResults.
type TurnScores struct {
	N          int     `json:"n"`
	GoldCited  float64 `json:"gold_cited"`
	KeyFact    float64 `json:"key_fact"`
	Refused    float64 `json:"refused"`
	Repeats    int     `json:"repeats"`     // the previous answer's quotes again
	NothingNew int     `json:"nothing_new"` // only quotes the previous answer had
	Errors     int     `json:"errors"`
}

// ConversationReport is the outcome of RunConversations.
type ConversationReport struct {
	Conversations int                   `json:"conversations"`
	HasModel      bool                  `json:"has_model"`
	ByTurn        []TurnScores          `json:"by_turn"`    // [0] is first turns
	FollowUps     TurnScores            `json:"follow_ups"` // every turn after the first
	ByLang        map[string]TurnScores `json:"follow_ups_by_lang"`
	Turns         []TurnResult          `json:"turns"`
}

// RunConversations asks every conversation's turns in order, each with
// the turns before it (question and answer as given) as history, and
// scores each turn.
func RunConversations(ctx context.Context, a Answerer, convs []Conversation, hasModel bool, timeout time.Duration) *ConversationReport {
	if timeout <= 0 {
		timeout = 2 * time.Minute
	}
	rep := &ConversationReport{Conversations: len(convs), HasModel: hasModel, ByLang: map[string]TurnScores{}}
	for _, c := range convs {
		var hist []answer.Turn
		prev := ""
		for i, t := range c.Turns {
			tr := TurnResult{Conversation: c.ID, Lang: c.Lang, Turn: i + 1, Q: t.Q}
			qctx, cancel := context.WithTimeout(ctx, timeout)
			ans, err := a.Ask(qctx, answer.Request{Question: t.Q, History: hist}, nil)
			cancel()
			if err != nil {
				tr.Error = err.Error()
			}
			tr.Query, tr.Text = ans.Query, ans.Text
			tr.Refused = ans.NoSources
			gold := goldSet(t.Gold)
			for _, ct := range ans.Citations {
				tr.Cited = append(tr.Cited, ct.ArticleID)
				tr.GoldCited = tr.GoldCited || gold[ct.ArticleID]
			}
			tr.KeyFact = !ans.NoSources && holdsPhrase(ans.Text, t.Answer)
			tr.NothingNew = i > 0 && repeats(ans.Text, prev)
			tr.Repeat = tr.NothingNew && sameQuotes(ans.Text, prev)
			rep.Turns = append(rep.Turns, tr)
			hist = append(hist, answer.TurnOf(t.Q, ans))
			prev = ans.Text
		}
	}
	maxT := 0
	for _, t := range rep.Turns {
		maxT = max(maxT, t.Turn)
	}
	rep.ByTurn = make([]TurnScores, maxT)
	for i := range maxT {
		rep.ByTurn[i] = scoreTurns(rep.Turns, func(t TurnResult) bool { return t.Turn == i+1 })
	}
	rep.FollowUps = scoreTurns(rep.Turns, func(t TurnResult) bool { return t.Turn > 1 })
	for _, t := range rep.Turns {
		if _, ok := rep.ByLang[t.Lang]; !ok {
			lang := t.Lang
			rep.ByLang[lang] = scoreTurns(rep.Turns, func(t TurnResult) bool { return t.Turn > 1 && t.Lang == lang })
		}
	}
	return rep
}

// repeats reports whether an answer that quotes sources says nothing prev
// did not: the same text, or only bullets prev already had (see also
// sameQuotes: a verbatim repeat is those bullets, all of them).
func repeats(ans, prev string) bool {
	now := bullets(ans)
	if len(now) == 0 || !slices.ContainsFunc(now, func(b string) bool { return markerRE.MatchString(b) }) {
		return false // a refusal or a "nothing more" note: it quotes nothing
	}
	if strings.TrimSpace(ans) == strings.TrimSpace(prev) {
		return true
	}
	had := map[string]bool{}
	for _, b := range bullets(prev) {
		had[strings.Join(words(markerRE.ReplaceAllString(b, " ")), " ")] = true
	}
	for _, b := range now {
		if !had[strings.Join(words(markerRE.ReplaceAllString(b, " ")), " ")] {
			return false
		}
	}
	return true
}

// sameQuotes reports whether two answers quote the same sentences (in any
// order): the previous answer given again.
func sameQuotes(a, b string) bool {
	key := func(s string) []string {
		var out []string
		for _, x := range bullets(s) {
			out = append(out, strings.Join(words(markerRE.ReplaceAllString(x, " ")), " "))
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	return slices.Equal(key(a), key(b))
}

func scoreTurns(ts []TurnResult, keep func(TurnResult) bool) TurnScores {
	var s TurnScores
	var gold, key, ref int
	for _, t := range ts {
		if !keep(t) {
			continue
		}
		s.N++
		if t.GoldCited {
			gold++
		}
		if t.KeyFact {
			key++
		}
		if t.Refused {
			ref++
		}
		if t.Repeat {
			s.Repeats++
		}
		if t.NothingNew {
			s.NothingNew++
		}
		if t.Error != "" {
			s.Errors++
		}
	}
	s.GoldCited, s.KeyFact, s.Refused = ratio(gold, s.N), ratio(key, s.N), ratio(ref, s.N)
	return s
}

// WriteText prints the report for a reader: per turn, follow-ups overall
// and by language, then each follow-up that missed its key fact.
func (r *ConversationReport) WriteText(w io.Writer) error {
	var b strings.Builder
	mode := "extractive (no model)"
	if r.HasModel {
		mode = "model"
	}
	fmt.Fprintf(&b, "conversations: %d, answers %s\n\n", r.Conversations, mode)
	fmt.Fprintf(&b, "%-14s %5s %10s %9s %8s %8s %12s %7s\n", "turn", "n", "gold cited", "key fact", "refused", "repeats", "nothing new", "errors")
	line := func(name string, s TurnScores) {
		fmt.Fprintf(&b, "%-14s %5d %10.2f %9.2f %8.2f %8d %12d %7d\n", name, s.N, s.GoldCited, s.KeyFact, s.Refused, s.Repeats, s.NothingNew, s.Errors)
	}
	for i, s := range r.ByTurn {
		line(fmt.Sprintf("%d", i+1), s)
	}
	line("follow-ups", r.FollowUps)
	langs := make([]string, 0, len(r.ByLang))
	for l := range r.ByLang {
		langs = append(langs, l)
	}
	slices.Sort(langs)
	for _, l := range langs {
		line("  follow-ups "+l, r.ByLang[l])
	}
	fmt.Fprintf(&b, "\nfollow-ups without their key fact:\n")
	for _, t := range r.Turns {
		if t.Turn > 1 && (!t.KeyFact || t.Repeat) {
			fmt.Fprintf(&b, "  %s#%d %q → %q refused=%v repeat=%v nothing_new=%v\n", t.Conversation, t.Turn, t.Q, t.Query, t.Refused, t.Repeat, t.NothingNew)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteJSON writes the whole report, per-turn results included.
func (r *ConversationReport) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}
