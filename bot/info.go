package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/detente/detente/prompts"
	"github.com/detente/detente/store"
)

// sources answers /sources: what the corpus covers.
func (b *Bot) sources(ctx context.Context, in incoming, lang string) {
	st, err := b.deps.Store.CorpusStats(ctx)
	if err != nil {
		b.log.Error("corpus stats", "err", err)
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.error"))
		return
	}
	if st.Articles == 0 {
		b.reply(ctx, in.chat, 0, prompts.T(lang, "bot.sources.empty"))
		return
	}
	var sb strings.Builder
	if st.Oldest.IsZero() || st.Newest.IsZero() {
		sb.WriteString(prompts.T(lang, "bot.sources.summary_undated", st.Articles))
	} else {
		sb.WriteString(prompts.T(lang, "bot.sources.summary", st.Articles, formatDate(st.Oldest, lang), formatDate(st.Newest, lang)))
	}
	sb.WriteString("\n\n" + prompts.T(lang, "bot.sources.by_lang"))
	langs := make([]string, 0, len(st.ByLang))
	for l := range st.ByLang {
		langs = append(langs, l)
	}
	sort.Slice(langs, func(i, j int) bool {
		return st.ByLang[langs[i]] > st.ByLang[langs[j]] || st.ByLang[langs[i]] == st.ByLang[langs[j]] && langs[i] < langs[j]
	})
	for _, l := range langs {
		name := prompts.LanguageName(lang, l)
		if name == "" {
			name = "?"
		}
		fmt.Fprintf(&sb, "\n• %s: %d", name, st.ByLang[l])
	}
	newest, err := b.deps.Store.Articles(ctx, 0, 5)
	if err == nil && len(newest) > 0 {
		sb.WriteString("\n\n" + prompts.T(lang, "bot.sources.newest"))
		for _, a := range newest {
			line := "\n• " + a.Title
			if meta := joinMeta(a.Source, a.Published, lang); meta != "" {
				line += " — " + meta
			}
			sb.WriteString(line)
		}
	}
	b.reply(ctx, in.chat, 0, sb.String())
}

// source answers /source N: the passage behind citation N of the last
// answer in this chat (or of the answer the command replies to).
func (b *Bot) source(ctx context.Context, in incoming, lang string) {
	n, err := strconv.Atoi(strings.TrimPrefix(strings.TrimSuffix(strings.TrimSpace(in.args), "]"), "["))
	if err != nil || n < 1 {
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.source.usage"))
		return
	}
	var turn store.Turn
	if in.replyToBot != nil {
		turn, err = b.deps.Store.TurnByMessage(ctx, in.chat, in.replyToBot.ID)
	}
	if in.replyToBot == nil || err != nil {
		turn, err = b.deps.Store.LastTurn(ctx, in.chat)
	}
	if errors.Is(err, store.ErrNotFound) {
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.source.none"))
		return
	}
	if err != nil {
		b.log.Error("load last turn", "chat_id", in.chat, "err", err)
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.error"))
		return
	}
	var recs []sourceRecord
	if err := json.Unmarshal(turn.Sources, &recs); err != nil {
		b.log.Error("decode stored sources", "turn_id", turn.ID, "err", err)
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.error"))
		return
	}
	// The user sees the cited sources under the answer; the other sources
	// the model was given stay retrievable, but the numbers offered in a
	// "no such source" reply are the ones the answer shows.
	cited := citedNumbers(recs, turn.ArticleIDs)
	for _, r := range recs {
		if r.N != n {
			continue
		}
		head := prompts.T(lang, "bot.source.header", n)
		title := escapeText(r.Title)
		if safeURL(r.URL) {
			title = `<a href="` + html.EscapeString(r.URL) + `">` + html.EscapeString(r.Title) + `</a>`
		}
		meta := joinMeta(r.Source, r.Published, lang)
		tail := ""
		if meta != "" {
			tail = " — " + meta
		}
		plainURL := ""
		if safeURL(r.URL) {
			plainURL = " " + r.URL
		}
		// The story's other outlets, each with its link, under the cited one.
		alsoH, alsoP := alsoReported(r.Also, lang)
		if alsoH != "" {
			alsoH, alsoP = "\n"+alsoH, "\n"+alsoP
		}
		// One message: the passage gets what the header, title, outlet and
		// link (shown in the plain fallback) leave of Telegram's limit.
		budget := maxMessage - visibleLen(head+"\n"+r.Title+tail+plainURL+alsoP+"\n\n") - visibleLen("…")
		passage := truncateVisible(strings.TrimSpace(r.Passage), budget)
		t := text{
			HTML:  "<b>" + html.EscapeString(head) + "</b>\n" + title + html.EscapeString(tail) + alsoH + "\n\n<blockquote>" + escapeText(passage) + "</blockquote>",
			Plain: head + "\n" + r.Title + tail + plainURL + alsoP + "\n\n" + passage,
		}
		if _, err := b.send(ctx, in.chat, t, 0, nil, true); err != nil {
			b.log.Warn("send source", "chat_id", in.chat, "err", err)
		}
		return
	}
	if len(cited) == 0 {
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.source.uncited"))
		return
	}
	b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.source.missing", n, numberList(cited)))
}

// citedNumbers are the numbers of the sources an answer cites (its
// Citations, stored as the turn's article ids), in order. A turn stored
// without article ids cites nothing.
func citedNumbers(recs []sourceRecord, articleIDs []string) []int {
	ids := make(map[string]bool, len(articleIDs))
	for _, id := range articleIDs {
		ids[id] = true
	}
	var out []int
	for _, r := range recs {
		if ids[r.ArticleID] {
			out = append(out, r.N)
		}
	}
	sort.Ints(out)
	return out
}

// numberList writes citation numbers as the answer shows them: "[1], [2]".
func numberList(ns []int) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = "[" + strconv.Itoa(n) + "]"
	}
	return strings.Join(parts, ", ")
}

// truncateVisible cuts s to at most max UTF-16 code units (Telegram's
// measure), at a word boundary when one is near, marking the cut with "…".
func truncateVisible(s string, max int) string {
	if visibleLen(s) <= max {
		return s
	}
	n, cut := 0, 0
	for i, r := range s {
		if n+utf16.RuneLen(r) > max {
			cut = i
			break
		}
		n += utf16.RuneLen(r)
	}
	if sp := strings.LastIndexAny(s[:cut], " \n"); sp > cut*3/4 {
		cut = sp
	}
	return strings.TrimRight(s[:cut], " \n") + "…"
}
