package answer

import (
	"regexp"
	"strings"
)

// A question that asks how something ended ("Чем закончились переговоры
// в Киото?", "Cuộc đàm phán kết thúc ra sao?", "How did the talks in
// Kyoto end?") asks for its outcome: what was agreed, signed or left
// open. The report gives the outcome, not the verb ("the sides agreed
// not to jam each other's satellites"), so the verb of ending is the
// kind of answer, as "what happened" is, and no content the article
// must hold. Only with the ask word that makes it an outcome ("чем",
// "как", "ra sao", "how"): "когда закончились переговоры" (when did the
// talks end) asks of the ending itself, and "end" stays its content.

// outcomeFrameRE finds the verb of ending in an outcome question, as its
// submatch: Russian "чем/как" before a form of закончиться, завершиться,
// окончиться, кончиться; Vietnamese "kết thúc" before "ra sao", "thế
// nào", "như thế nào", "bằng gì"; English "how did … end/conclude/finish"
// at the question's end.
var outcomeFrameRE = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:чем|как)\s+(?:же\s+)?((?:за|о)?кончи\p{L}*|заверши\p{L}*)` +
	`|(kết thúc|ket thuc)\s+(?:ra sao|thế nào|như thế nào|the nao|nhu the nao|bằng gì|bang gi)` +
	`|^\s*how\s+(?:did|do|does|will|would|could)\s+.+\s(end|conclude|finish)\s*\?*\s*$`)

// outcomeVerbs returns, in a question asking how something ended
// (outcomeFrameRE), the concept of its verb of ending; nil in any other.
func outcomeVerbs(query string, t terms) map[int]bool {
	m := outcomeFrameRE.FindStringSubmatch(query)
	if m == nil {
		return nil
	}
	var verb string
	for _, s := range m[1:] {
		if s != "" {
			verb = s
		}
	}
	want := strings.Join(foldedWords(verb), " ")
	return conceptsWhere(t, func(forms []string) bool { return strings.Join(forms, " ") == want })
}
