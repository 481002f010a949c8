// Package corpus owns the Article type and everything that turns raw input
// (front-matter Markdown, plain text, HTML, a URL) into clean, language-tagged,
// chunked articles. It also ships the seed articles (embed.FS), and is the one
// home of text analysis (text.go): words, sentences, stop words and stems.
package corpus

import "time"

// Article is one news article as Detente stores and cites it.
type Article struct {
	ID        string    // stable id: given in front matter, else derived (see DeriveID)
	Title     string    // headline, NFC, single line
	URL       string    // canonical link, "" if unknown (never taken from model output)
	Source    string    // outlet, e.g. "TTXVN", "RIA News"
	Lang      string    // ISO 639-1: "vi", "en", ...
	Published time.Time // zero if unknown; date precision (UTC midnight)
	Body      string    // cleaned, NFC-normalised text; paragraphs separated by "\n\n"
	Hash      string    // BodyHash(Body): hex sha256 of the folded, whitespace-collapsed body
	AddedAt   time.Time // when the store first saw it (set by the store)
	// Story groups near-duplicates (one wire story on several sites): the
	// articles of one story share it. Set by the store; 0 when unknown.
	Story int64
}

// Chunk is a sentence-aware slice of an article's body.
type Chunk struct {
	ArticleID string
	Seq       int    // 0-based position within the article
	Header    string // the article title, prepended when embedding / keyword indexing
	Text      string // the passage itself (what a citation shows)
}

// EmbedText is what embedders and the keyword index see: title header plus passage.
func (c Chunk) EmbedText() string {
	if c.Header == "" {
		return c.Text
	}
	return c.Header + "\n" + c.Text
}
