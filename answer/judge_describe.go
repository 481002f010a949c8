package answer

import (
	"slices"
	"strings"
)

// "How did Sokolov describe Washington's response?" ("Sokolov mô tả
// phản hồi của Washington như thế nào?", "Как Соколов описал ответ
// Вашингтона?") asks what he said of the response: the report gives
// his words ("носит «устный и предварительный» характер"), seldom the
// verb "describe", which is the kind of answer, as "say" is
// (framingVerbs). What the question is about is the thing described,
// and that may be a word that frames other questions: "phản hồi"
// (response) frames "Washington phản hồi ra sao?" (how did Washington
// respond), but "phản hồi của Washington" (Washington's response),
// followed by "của" (of), is a noun, the topic.

// describeVerbs returns, in a question asking how someone described a
// thing (describeQuestionRE), the concepts of its verb of describing
// (describingVerbs); nil in any other question.
func describeVerbs(query string, t terms) map[int]bool {
	if !describeQuestionRE.MatchString(strings.ToLower(query)) {
		return nil
	}
	return conceptsWhere(t, describingVerb)
}

// describingVerbs are the folded verbs of describing (en, vi) that
// describeQuestionRE reads; Russian by their stems' beginnings
// (describingStemsRU).
var describingVerbs = setOf("describe", "described", "characterise", "characterize", "characterised", "characterized", "call", "called", "mo ta", "mieu ta")

// describingStemsRU begin the Russian verbs of describing, as
// describeQuestionRE reads them: "описал", "охарактеризовал", "назвал",
// "оценил".
var describingStemsRU = []string{"описа", "охарактеризова", "назва", "оцени"}

// describingVerb reports whether forms (a question's own words, folded,
// Russian stemmed) are one verb of describing.
func describingVerb(forms []string) bool {
	w := strings.Join(forms, " ")
	if describingVerbs[w] {
		return true
	}
	return len(forms) == 1 && cyrillic(w) && slices.ContainsFunc(describingStemsRU, func(p string) bool { return strings.HasPrefix(w, p) })
}

// nounFramesVI returns the concepts of a Vietnamese question that are a
// framing phrase (framingPhrasesVI: "phản hồi", "tuyên bố", "phản ứng")
// written as a noun, followed by "của" (of): the thing asked about, not
// the kind of answer. nil when there is none.
func nounFramesVI(query, lang string, t terms) map[int]bool {
	if lang != "vi" {
		return nil
	}
	q := phraseOf(query)
	var out map[int]bool
	for ci, con := range t.concepts {
		for _, a := range con.alts {
			if a.weight != 1 || !framingPhrasesVI[strings.Join(a.forms(), " ")] {
				continue
			}
			i := indexRun(q.folded, a.forms())
			if j := i + len(a.forms()); i < 0 || j >= len(q.folded) || q.folded[j] != "cua" {
				continue
			}
			if out == nil {
				out = map[int]bool{}
			}
			out[ci] = true
			break
		}
	}
	return out
}
