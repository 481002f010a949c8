package answer

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/llm"
	"github.com/detente/detente/prompts"
)

// Digest lead lengths: each article's lead shrinks as the batch grows so
// the prompt stays a few thousand tokens.
const (
	digestLeadRunes      = 600
	digestMinLeadRunes   = 200
	digestPromptRunes    = 15000
	digestExtractiveLead = 300
)

// Digest summarises articles (the new ones since a subscriber's last digest)
// in lang, citing them [n] like an answer, numbered in the order given.
// No model, or the model fails: titles, outlets, dates and lead sentences
// framed in lang. Zero articles: NoSources with the "digest.empty" text.
// Citation URLs come from the articles' metadata.
func (s *Service) Digest(ctx context.Context, articles []corpus.Article, lang string) (Answer, error) {
	lang = orDefault(baseLang(lang), "en")
	if len(articles) == 0 {
		return Answer{Lang: lang, NoSources: true, Text: prompts.T(lang, "digest.empty")}, nil
	}
	leadRunes := max(digestMinLeadRunes, min(digestLeadRunes, digestPromptRunes/len(articles)))
	sources := make([]Citation, len(articles))
	for i, a := range articles {
		sources[i] = Citation{N: i + 1, ArticleID: a.ID, Title: a.Title, URL: a.URL, Source: a.Source,
			Lang: a.Lang, Published: a.Published, Passage: lead(corpus.ContentText(a.Body), leadRunes, 0)}
	}
	base := Answer{Lang: lang, Sources: sources}
	fallback := func() quoted {
		text, cited := extractiveDigest(lang, sources)
		return quoted{text: text, citations: cited, sources: sources}
	}
	if s.model == nil {
		a := base
		q := fallback()
		a.Text, a.Citations = q.text, q.citations
		a.Extractive = true
		return a, nil
	}
	langName := prompts.LanguageName("en", lang)
	sys, err := prompts.Render("system", prompts.SystemData{Language: langName, NumSources: len(sources)})
	if err != nil {
		return base, fmt.Errorf("digest: %w", err)
	}
	src := make([]prompts.Source, len(sources))
	for i, c := range sources {
		src[i] = promptSource(c.N, c.Title, c.Source, c.Published, c.Passage)
	}
	user, err := prompts.Render("digest", prompts.DigestData{Language: langName, Sources: src})
	if err != nil {
		return base, fmt.Errorf("digest: %w", err)
	}
	msgs := []llm.Message{
		{Role: llm.RoleSystem, Content: sys},
		{Role: llm.RoleUser, Content: user},
	}
	// Nobody watches a digest being written, so a stream cut short is
	// replaced by the complete extractive digest rather than sent half done.
	return s.generate(ctx, callDigest, base, msgs, fallback, false, func(string) {}), nil
}

// extractiveDigest lists every article: "[n] Title — Outlet, date" and its
// first sentences, under the "digest.intro_extractive" framing.
func extractiveDigest(lang string, sources []Citation) (string, []Citation) {
	var b strings.Builder
	b.WriteString(prompts.T(lang, "digest.intro_extractive"))
	for _, c := range sources {
		fmt.Fprintf(&b, "\n\n[%d] %s", c.N, c.Title)
		var meta []string
		if c.Source != "" {
			meta = append(meta, c.Source)
		}
		if !c.Published.IsZero() {
			meta = append(meta, prompts.FormatDate(lang, "fmt.date", c.Published))
		}
		if len(meta) > 0 {
			b.WriteString(" — " + strings.Join(meta, ", "))
		}
		if l := lead(c.Passage, digestExtractiveLead, 2); l != "" {
			b.WriteString("\n" + l)
		}
	}
	return b.String(), sources
}

// lead returns the first sentences of body (at most maxSent, 0 = any) up
// to about n runes, cut at a sentence boundary when the first sentence
// fits, else at n runes.
func lead(body string, n, maxSent int) string {
	var b strings.Builder
	count := 0
	for i, s := range sentences(body) {
		if maxSent > 0 && i >= maxSent {
			break
		}
		r := utf8.RuneCountInString(s)
		if count > 0 && count+1+r > n {
			break
		}
		if count == 0 && r > n {
			return truncate(s, n)
		}
		if count > 0 {
			b.WriteString(" ")
			count++
		}
		b.WriteString(s)
		count += r
	}
	return b.String()
}
