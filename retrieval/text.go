package retrieval

import (
	"unicode"
	"unicode/utf8"

	"github.com/detente/detente/corpus"
)

// span is one word of a folded text: the byte range [start, end).
type span struct{ start, end int }

// appendWords appends the words of an already folded text to dst: maximal
// runs of letters, digits and combining marks. Everything else (spaces,
// punctuation, hyphens, apostrophes) separates words, so "Mát-xcơ-va" is three
// words and "Trump's" is "trump" + "s", exactly like SQLite FTS5's unicode61
// tokenizer splits them for the keyword index.
func appendWords(dst []span, folded string) []span {
	start := -1
	for i := 0; i < len(folded); {
		c := folded[i]
		var word bool
		size := 1
		if c < utf8.RuneSelf {
			word = ('a' <= c && c <= 'z') || ('0' <= c && c <= '9') || ('A' <= c && c <= 'Z')
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(folded[i:])
			word = unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		}
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			dst = append(dst, span{start, i})
			start = -1
		}
		i += size
	}
	if start >= 0 {
		dst = append(dst, span{start, len(folded)})
	}
	return dst
}

// words returns the folded words of s (corpus.Fold, then appendWords).
func words(s string) []string {
	f := corpus.Fold(s)
	sp := appendWords(nil, f)
	out := make([]string, len(sp))
	for i, w := range sp {
		out[i] = f[w.start:w.end]
	}
	return out
}

// isStopword reports a folded word that carries no topic on its own: English
// function words and the commonest Vietnamese function syllables. The list is
// fixed and shipped so that a text embeds the same way whatever the corpus
// holds (a corpus-derived IDF table would change every vector on ingest).
func isStopword(w string) bool {
	_, ok := stopwords[w]
	// Russian function words ("кто", "какие", "против") come from corpus,
	// the home of the stop-word lists.
	return ok || corpus.IsStopWord("ru", w)
}

// contentWord reports a folded word worth searching for: not a stopword and
// longer than one letter (single letters are initials and "s" of "Trump's").
func contentWord(w string) bool {
	return utf8.RuneCountInString(w) > 1 && !isStopword(w)
}

// stopwords is read-only after package initialisation.
var stopwords = func() map[string]struct{} {
	list := []string{
		// English function words, question words and newswire filler.
		"a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
		"any", "are", "as", "at", "be", "because", "been", "before", "being", "between",
		"both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during",
		"each", "even", "ever", "few", "for", "from", "further", "get", "got", "had", "has",
		"have", "having", "he", "her", "here", "hers", "him", "his", "how", "however", "i",
		"if", "in", "into", "is", "it", "its", "itself", "just", "let", "like", "many", "me",
		"might", "more", "most", "much", "must", "my", "no", "nor", "not", "now", "of", "off",
		"on", "once", "one", "only", "or", "other", "our", "ours", "out", "over", "own",
		"please", "same", "said", "say", "says", "she", "should", "so", "some", "such",
		"tell", "than", "that", "the", "their", "theirs", "them", "then", "there", "these",
		"they", "this", "those", "through", "to", "too", "under", "until", "up", "upon",
		"us", "very", "was", "we", "were", "what", "whats", "when", "where", "which",
		"while", "who", "whom", "whose", "why", "will", "with", "within", "would", "yet",
		"you", "your", "yours", "s", "t", "know", "think", "according", "happened",
		"make", "makes", "made", "good", "better", "best", "home", "take", "took", "taken",
		"give", "gave", "given", "new", "way", "time", "times", "thing", "things", "people",
		"really", "well", "get", "gets", "go", "goes", "going", "went", "want", "wants",
		"need", "needs", "use", "used", "today", "see", "look", "find", "found", "come",
		"came", "still", "back", "also", "lot", "lots", "kind", "bit", "thanks", "hello", "hi",
		// Vietnamese function syllables (folded). Content syllables such as
		// "nga", "my", "quan", "he" are deliberately absent: they form the
		// compounds (quan he = relations) that bigrams capture.
		"va", "cua", "cac", "nhung", "la", "co", "duoc", "trong", "cho", "voi", "nay",
		"da", "se", "mot", "ve", "tai", "tu", "khi", "theo", "cung", "de", "thi", "ma",
		"nhu", "rang", "o", "den", "tren", "duoi", "sau", "truoc", "nao", "gi", "ai",
		"sao", "khong", "chua", "bao", "nhieu", "the", "vay", "vao", "ra", "lai",
		"con", "nen", "neu", "hay", "hoac", "boi", "vi", "do", "qua", "ca", "tung",
		"hon", "rat", "ong", "ba", "ngay", "biet", "cach", "viec", "dieu",
		"nguoi", "nhau", "minh", "toi", "oi", "u", "nhe", "ah", "di", "dau", "luc", "noi",
		"cuoc", "giua",
	}
	m := make(map[string]struct{}, len(list))
	for _, w := range list {
		m[w] = struct{}{}
	}
	return m
}()
