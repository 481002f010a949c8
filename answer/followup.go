package answer

import (
	"context"
	"slices"
	"unicode/utf8"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/llm"
	"github.com/detente/detente/prompts"
)

// standalone turns a follow-up into a query that can be searched on its
// own, and returns with it the focus: the words the extractive answer
// chooses its sentences by. With a model it asks for a rewrite (the focus
// is then the rewrite too); without one, or when the model fails, it falls
// back to the offline rewrite (see rewriteOffline).
func (s *Service) standalone(ctx context.Context, q, lang string, history []Turn) (query, focus string) {
	turns := s.recent(history)
	if len(turns) == 0 {
		return q, q
	}
	if s.model != nil && !refused(history[len(history)-1].Answer) {
		prompt, err := prompts.Render("rewrite", prompts.RewriteData{Language: prompts.LanguageName("en", lang), History: turns, Question: q})
		if err == nil {
			var out string
			out, err = s.model.complete(ctx, callRewrite, []llm.Message{{Role: llm.RoleUser, Content: prompt}})
			if out = cleanModelLine(out); err == nil && out != "" {
				return out, out
			}
		}
		if err != nil {
			s.log.Warn("follow-up rewrite failed, using the heuristic", "err", err.Error())
		}
	}
	if len(history) > s.opt.HistoryTurns {
		history = history[len(history)-s.opt.HistoryTurns:]
	}
	return rewriteOffline(q, lang, history)
}

// refersBack reports whether q uses a pronoun or demonstrative that needs
// the conversation to be understood.
func refersBack(q, lang string) bool {
	set := anaphoraEN
	switch lang {
	case "vi":
		set = anaphoraVI
	case "ru":
		set = anaphoraRU
	}
	for _, t := range corpus.Tokenize(q) {
		if set[t.Folded] {
			return true
		}
	}
	return false
}

var anaphoraEN = setOf("they", "them", "their", "theirs", "it", "its", "that", "this", "those", "these",
	"he", "him", "his", "she", "her", "there", "then", "same")

// anaphoraRU holds folded Russian pronouns and demonstratives in their
// case forms ("За что его осудили?", "Что он думает о …?"): without them
// a Russian follow-up reads as a question of its own and loses the story.
var anaphoraRU = setOf("он", "она", "оно", "они", "его", "ее", "ему", "ей", "им", "ими", "их", "него", "нее",
	"нему", "ней", "ним", "ними", "них", "нем", "этот", "эта", "это", "эти", "этого", "этой", "этому", "этим",
	"этих", "этом", "там", "тогда")

// anaphoraVI holds folded Vietnamese syllables: họ, đó, này, ấy, kia, vậy.
var anaphoraVI = setOf("ho", "do", "nay", "ay", "kia", "vay")

// contentWords returns the words of s worth searching for: not a stopword
// of lang (compared folded) and longer than one letter.
func contentWords(s, lang string) []string {
	var out []string
	for _, t := range corpus.Tokenize(s) {
		if isContent(t.Folded, lang) {
			out = append(out, t.Text)
		}
	}
	return out
}

// isContent reports whether a folded word carries a topic in lang. The
// stopword lists are per language because folding makes them collide:
// English "on" is Vietnamese "ổn" (ổn định, stability), "my" is "Mỹ".
// Other languages use both lists.
func isContent(folded, lang string) bool {
	if utf8.RuneCountInString(folded) <= 1 {
		return false
	}
	switch lang {
	case "en":
		return !stopwordsEN[folded]
	case "vi":
		return !stopwordsVI[folded]
	case "ru":
		return !corpus.IsStopWord("ru", folded)
	}
	return !stopwordsEN[folded] && !stopwordsVI[folded] && !corpus.IsStopWord("ru", folded)
}

// stopwordsEN are English function words: words that carry no topic, for
// the follow-up heuristic and extractive sentence scoring.
var stopwordsEN = setOf(
	"a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at",
	"be", "because", "been", "before", "being", "between", "both", "but", "by", "can", "could",
	"did", "do", "does", "doing", "during", "each", "for", "from", "had", "has", "have", "he",
	"her", "here", "him", "his", "how", "if", "in", "into", "is", "it", "its", "me", "more",
	"most", "no", "not", "now", "of", "on", "one", "only", "or", "other", "our", "out",
	"over", "said", "same", "say", "says", "she", "should", "so", "some", "such", "tell",
	"than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
	"to", "too", "under", "up", "us", "very", "was", "we", "were", "what", "when", "where",
	"which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "know",
)

// stopwordsVI are folded Vietnamese function syllables.
var stopwordsVI = setOf(
	"la", "cua", "va", "cac", "nhung", "co", "duoc", "cho", "voi", "trong", "ve", "gi", "nao",
	"khong", "da", "se", "dang", "nay", "ay", "thi", "ma", "tai", "tu", "den", "mot", "nhu",
	"hay", "hoac", "bi", "boi", "vi", "ra", "vao", "len", "do", "ho", "the", "sao", "bao",
	"nhieu", "lam", "rat", "cung", "con", "nhu", "neu", "khi", "sau", "truoc", "tren", "duoi",
	"gio", "vay", "kia", "ai", "nguoi", "viec", "nhat", "noi", "cho", "biet", "ong", "ba",
	"hien", "nhau", "nen", "phai", "moi", "cuoc", "ngay", "giua", "nhung",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range slices.Compact(slices.Sorted(slices.Values(words))) {
		m[w] = true
	}
	return m
}
