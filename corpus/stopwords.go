package corpus

import "github.com/kljensen/snowball/russian"

// IsStopWord reports whether a folded word carries no topic on its own in
// lang ("en", "vi" or "ru"); with lang "" (or another language), in any of
// them. Folded, English "on" is Vietnamese "ổn" (stability), so a caller
// that knows the language should say it.
//
// The lists are fixed and shipped, not derived from the corpus, so that a
// text is analysed the same way whatever the corpus holds.
func IsStopWord(lang, folded string) bool {
	switch lang {
	case "en":
		return stopEN[folded]
	case "vi":
		return stopVI[folded]
	case "ru":
		return isStopRU(folded)
	}
	return stopEN[folded] || stopVI[folded] || isStopRU(folded)
}

// IsStopWordVI reports Vietnamese question and function words that carry no
// topic in a question ("Nga muốn NATO rút quân khỏi đâu?": want, out of,
// where) only as written, with their diacritics: lower is a lowercased word
// (Token.Lower). Folded they are other words ("đầu", head; "khối", bloc;
// "muộn", late), so they cannot join the folded list.
func IsStopWordVI(lower string) bool {
	return stopVIWritten[lower]
}

// isStopRU is Snowball's Russian list (folded: ё is е there already) plus
// newswire words that carry no topic.
func isStopRU(w string) bool {
	return russian.IsStopWord(w) || stopRU[w]
}

// Read-only after package initialisation.
var (
	stopEN = setOf(
		// Function words, question words and newswire filler.
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
		"really", "well", "gets", "go", "goes", "going", "went", "want", "wants",
		"need", "needs", "use", "used", "today", "see", "look", "find", "found", "come",
		"came", "still", "back", "lot", "lots", "kind", "bit", "thanks", "hello", "hi",
		// Greetings and politeness around a question ("Hey, quick one:").
		"hey", "thank", "wondering", "wonder", "curious",
		// Contractions, which Tokenize keeps whole ("don't" folds to "dont").
		"dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "cant", "couldnt",
		"wont", "wouldnt", "shouldnt", "hasnt", "havent", "hadnt", "ive", "youre",
		"theyre", "weve", "thats", "theres", "whos", "lets",
	)
	// Vietnamese function syllables (folded). Content syllables such as
	// "nga", "my", "quan", "he" are deliberately absent: they form the
	// compounds (quan he = relations) that phrases capture.
	stopVI = setOf(
		"va", "cua", "cac", "nhung", "la", "co", "duoc", "trong", "cho", "voi", "nay",
		"da", "se", "mot", "ve", "tai", "tu", "khi", "theo", "cung", "de", "thi", "ma",
		"nhu", "rang", "o", "den", "tren", "duoi", "sau", "truoc", "nao", "gi", "ai",
		"sao", "khong", "chua", "bao", "nhieu", "the", "vay", "vao", "ra", "lai",
		"con", "nen", "neu", "hay", "hoac", "boi", "vi", "do", "qua", "ca", "tung",
		"hon", "rat", "ong", "ba", "ngay", "biet", "cach", "viec", "dieu",
		"nguoi", "nhau", "minh", "toi", "oi", "u", "nhe", "ah", "di", "dau", "luc", "noi",
		"cuoc", "giua",
	)
	stopVIWritten = setOf("đâu", "muốn", "khỏi", "hả", "ạ", "nhỉ", "vậy", "để", "vụ",
		// Greetings and politeness around a question ("Chào bạn! Cho
		// mình hỏi, …"), written: folded, "ban" is a board, "xin" begins
		// "xin tị nạn".
		"chào", "bạn", "hỏi", "xin", "làm ơn", "vui lòng", "cảm ơn")
	stopRU = setOf(
		"это", "также", "который", "которые", "которая", "которое", "которых", "котором",
		"заявил", "заявила", "сказал", "сказала", "сообщил", "сообщила", "отметил", "отметила",
		"однако", "свои", "своих", "своей", "своего", "сегодня",
		// Question verbs that name no topic, like English do, did,
		// happen, want, tell (as the question asks them).
		"делал", "делала", "делали", "делает", "делают", "делать", "сделал", "сделала",
		"сделали", "сделать", "произошло", "происходит", "случилось", "хочет", "хотят",
		"хотел", "хотела", "расскажите", "расскажи", "известно", "думает", "думают",
		"говорил", "говорила", "говорили", "говорит", "сказали",
		// Question words Snowball's list lacks (it has кто, когда,
		// зачем, какой): capitalised at the head of a question they
		// were read as names ("Почему", "Сколько").
		"сколько", "какие", "каких", "каким", "какими", "какая", "какую", "какое", "каком",
		"каков", "какова", "каково", "каковы", "почему", "откуда", "чей", "чья", "чье", "чьи",
		"скольких", "скольким", "сколькими", "насколько",
		// Greetings and politeness around a question ("Здравствуйте!
		// Подскажите, пожалуйста, …").
		"здравствуйте", "привет", "подскажите", "подскажи", "скажите", "скажи", "пожалуйста", "спасибо",
	)
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
