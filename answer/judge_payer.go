package answer

import (
	"slices"
	"strings"

	"github.com/detente/detente/corpus"
)

// Who pays. "Who will pay for the digitisation", "кто заплатит за
// оцифровку", "ai chi trả cho dự án" ask for a payer, and a payer is as
// often a body as a person: "the cost will be paid by a private fund",
// "проект оплатит частный фонд", "chi phí do ngân sách nhà nước chi
// trả". Such a body has no name of its own to find ("a fund whose name
// is not disclosed" is still the answer), so a story that tells the
// payment with a paying body beside it answers, whichever verb of paying
// it uses ("заплатит" asked, "оплатит" written). The verbs and the bodies
// are listed by hand, as no library at hand classes words by meaning;
// the lists hold general vocabulary of paying and of institutions only.

// payerQuestion reports whether query asks who pays or funds: a verb of
// paying (payVerb) within three words after "who", "кто" or "ai", past
// an auxiliary ("who will pay", "кто будет платить", "ai sẽ chi trả").
func payerQuestion(query string, qt qType) bool {
	if qt != qWho {
		return false
	}
	toks := corpus.Tokenize(query)
	for i, t := range toks {
		if !whoWord(t) {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+3; j++ {
			if payVerb(toks, j) > 0 {
				return true
			}
		}
	}
	return false
}

// payVerb returns how many tokens of toks from i make a verb of paying
// or funding (0: none): English "pay", "paid", "fund", "financed",
// "sponsored"; Russian by stem ("оплатит", "заплатил", "финансирует",
// "за счёт"); Vietnamese by syllables as written ("chi trả", "tài trợ",
// "trả tiền").
func payVerb(toks []corpus.Token, i int) int {
	w := toks[i].Folded
	for _, p := range payPrefixes {
		if strings.HasPrefix(w, p) {
			return 1
		}
	}
	if i+1 < len(toks) {
		two := toks[i].Lower + " " + toks[i+1].Lower
		if payPhrases[two] || w == "за" && strings.HasPrefix(toks[i+1].Folded, "сч") {
			return 2 // "за счёт бюджета": paid from the budget
		}
	}
	return 0
}

// payPrefixes begin a folded word of paying or funding, in English and
// Russian: whole forms in English (a bare "pay" or "fund" is also a
// noun, see payPhrases), stems in Russian past "плат" alone, which
// begins "платформа".
var payPrefixes = []string{"pays", "paid", "paying", "funds", "funded", "funding", "financed", "financing", "finances",
	"sponsored", "sponsors", "bankroll",
	"плати", "платя", "платеж", "оплат", "заплат", "оплач", "финансир", "профинансир", "спонсир", "выплат"}

// payPhrases are two words of paying as written, lower-cased: the
// Vietnamese verbs, and the English base forms that are also nouns
// elsewhere, taken only with what makes them a verb.
var payPhrases = setOf("chi trả", "tài trợ", "trả tiền", "chi tiền", "bỏ tiền", "cấp vốn", "thanh toán", "trả cho",
	"will pay", "to pay", "would pay", "will fund", "to fund", "will finance", "to finance", "pay for", "fund the", "pay the")

// payerNouns begin a folded word (English and Russian) or are words as
// written (Vietnamese, two syllables or one) naming a body that pays: a
// fund, a budget, a government, a ministry, a company, a bank, a sponsor.
var (
	payerPrefixesEN = []string{"fund", "foundation", "budget", "government", "ministry", "ministries", "company", "companies",
		"bank", "sponsor", "donor", "authorities", "state", "treasury", "agency", "department", "taxpayer", "insurer", "university", "city", "charity"}
	payerPrefixesRU = []string{"фонд", "бюджет", "правительств", "министерств", "минфин", "компани", "банк", "спонсор",
		"донор", "власт", "государств", "казн", "агентств", "ведомств", "мэри", "университет", "страховщик", "налогоплательщик"}
	payerWordsVI = setOf("quỹ", "ngân sách", "chính phủ", "bộ", "công ty", "ngân hàng", "nhà tài trợ", "nhà nước",
		"chính quyền", "thành phố", "cơ quan", "trường", "tập đoàn", "doanh nghiệp")
)

// payerWord reports whether token i of toks names a paying body.
func payerWord(toks []corpus.Token, i int) bool {
	w := toks[i].Folded
	if cyrillic(w) {
		return slices.ContainsFunc(payerPrefixesRU, func(p string) bool { return strings.HasPrefix(w, p) })
	}
	if payerWordsVI[toks[i].Lower] || i+1 < len(toks) && payerWordsVI[toks[i].Lower+" "+toks[i+1].Lower] {
		return true
	}
	return slices.ContainsFunc(payerPrefixesEN, func(p string) bool { return w == p || w == p+"s" || strings.HasPrefix(w, p) && len(w) <= len(p)+3 })
}

// payerWindow is how far a paying body may stand from its verb: "will be
// paid for by a private foundation", "do một quỹ tư nhân chi trả".
const payerWindow = 4

// payerTold reports whether one of the sentences at (of c), or the one
// after it, tells a payment with a paying body beside its verb
// (paysIn).
func payerTold(c *candidate, at []int) bool {
	for _, i := range at {
		for _, s := range []int{i, i + 1} {
			if s < len(c.sents) && paysIn(c.sents[s]) {
				return true
			}
		}
	}
	return false
}

// paysIn reports whether sentence tells a payment with a paying body
// within payerWindow words of its verb. A payer the story says is
// unknown ("who will pay is unclear", "кто оплатит, пока не решено") is
// no answer (unknownPayer).
func paysIn(sentence string) bool {
	toks := corpus.Tokenize(sentence)
	for j := range toks {
		if payVerb(toks, j) == 0 || unknownPayer(toks, j) {
			continue
		}
		for k := max(0, j-payerWindow); k < len(toks) && k <= j+payerWindow+1; k++ {
			if k != j && payerWord(toks, k) {
				return true
			}
		}
	}
	return false
}

// payVerbIn reports whether sentence holds a verb of paying (payVerb).
func payVerbIn(sentence string) bool {
	toks := corpus.Tokenize(sentence)
	for i := range toks {
		if payVerb(toks, i) > 0 {
			return true
		}
	}
	return false
}

// unknownPayer reports whether the verb of paying at j asks or leaves
// open who pays: a question word within three words before it ("who
// will pay", "кто за него заплатит", "ai sẽ chi trả").
func unknownPayer(toks []corpus.Token, j int) bool {
	for k := max(0, j-3); k < j; k++ {
		if whoWord(toks[k]) {
			return true
		}
	}
	return false
}

// whoWord reports the word that asks who: "who", "кто", "ai".
func whoWord(t corpus.Token) bool {
	return t.Folded == "who" || t.Folded == "кто" || t.Lower == "ai"
}
