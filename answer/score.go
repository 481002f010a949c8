package answer

import (
	"math"
	"slices"
	"strings"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
)

// The answerability features describe, by KIND, what the judge and
// retrieval saw of a question: how many constraints of each kind it has,
// which are unmet and how many sources meet each, how much of its content
// one article and one sentence cover, how strongly retrieval found the
// closest article, what the question asks, in which languages. Five rounds
// of hand rules each mended the question sets they were written against
// and left unseen articles where they were; these features are what a
// small learned score on top of the judge would read. It is fitted and
// judged by leaving one labelled set out at a time
// (answer/internal/scorefit); no fit has yet done better than the rules
// on the sets left out, so no decision reads them (README, "How the judge
// decides"). The features never name a word, an article or a set.

// scoreKinds are the constraint kinds counted by the features, in order.
var scoreKinds = []ConstraintKind{KindName, KindPair, KindYear, KindDate, KindNumber, KindOffice, KindTopic, KindAnswer, KindHolder, KindHead}

// scoreLangs are the question languages given a flag each.
var scoreLangs = []string{"en", "vi", "ru"}

// ScoreFeatureNames names the answerability features, in the order
// ScoreFeatures returns them; a fitted model's feature names must equal
// them.
func ScoreFeatureNames() []string {
	var names []string
	for _, k := range scoreKinds {
		names = append(names, "cons_"+string(k))
	}
	for _, k := range scoreKinds {
		names = append(names, "unmet_"+string(k))
	}
	for _, k := range scoreKinds {
		names = append(names, "metshare_"+string(k))
	}
	names = append(names,
		"unmet_content", "n_unmet", "rule_answerable",
		"coverage", "n_missing", "n_sources", "n_meets", "share_meets",
		"closest_rank", "closest_first",
		"top_score", "top_gap", "top_vector", "top_keyword",
		"closest_score", "closest_vector", "closest_keyword", "keyword_share",
	)
	for t := qOther; t <= qSay; t++ {
		names = append(names, "qtype_"+strings.ReplaceAll(t.String(), " ", "_"))
	}
	for _, l := range scoreLangs {
		names = append(names, "lang_"+l)
	}
	names = append(names, "closest_other_lang", "untranslated_share", "multi_ask", "log_words",
		"sentence_share", "sentence_share_idf", "closest_sentence_share")
	return names
}

// ScoreFeatures returns the answerability features of a question (query,
// in language lang) judged v on sources, numbered from the relevant hits
// (retrieval's order). Its order is ScoreFeatureNames'.
func ScoreFeatures(query, lang string, v Verdict, sources []Citation, hits []retrieval.Hit) []float64 {
	var f []float64
	count := func(cs []Constraint, k ConstraintKind) float64 {
		n := 0.0
		for _, c := range cs {
			if c.Kind == k {
				n++
			}
		}
		return n
	}
	for _, k := range scoreKinds {
		f = append(f, count(v.Constraints, k))
	}
	for _, k := range scoreKinds {
		f = append(f, count(v.Unmet, k))
	}
	// The share of sources meeting a kind's constraints sees what a rule
	// that stops at the first unmet constraint does not: whether the
	// others were nearly met too.
	for _, k := range scoreKinds {
		share, n := 0.0, 0.0
		for ci, c := range v.Constraints {
			if c.Kind == k && ci < len(v.metShare) {
				share += v.metShare[ci]
				n++
			}
		}
		if n > 0 {
			share /= n
		}
		f = append(f, share)
	}
	meets := 0.0
	for _, m := range v.Meets {
		if m {
			meets++
		}
	}
	shareMeets := 0.0
	if len(sources) > 0 {
		shareMeets = meets / float64(len(sources))
	}
	f = append(f, count(v.Unmet, KindContent), float64(len(v.Unmet)), flag(v.Answerable),
		v.Coverage, float64(len(v.Missing)), float64(len(sources)), meets, shareMeets)
	closestRank, closestFirst := float64(len(sources)), 0.0
	if v.Closest >= 0 {
		closestRank, closestFirst = float64(v.Closest), flag(v.Closest == 0)
	}
	f = append(f, closestRank, closestFirst)

	var top, gap, topVec, topKw float64
	if len(hits) > 0 {
		top, topVec, topKw = hits[0].Score, hits[0].VectorSim, flag(hits[0].Keyword)
		gap = top
		for _, h := range hits[1:] {
			if h.ArticleID != hits[0].ArticleID {
				gap = top - h.Score
				break
			}
		}
	}
	var cScore, cVec, cKw float64
	closestLang := ""
	if v.Closest >= 0 && v.Closest < len(sources) {
		id := sources[v.Closest].ArticleID
		closestLang = sources[v.Closest].Lang
		if i := slices.IndexFunc(hits, func(h retrieval.Hit) bool { return h.ArticleID == id }); i >= 0 {
			cScore, cVec, cKw = hits[i].Score, hits[i].VectorSim, flag(hits[i].Keyword)
		}
	}
	kw := 0.0
	for _, h := range hits {
		kw += flag(h.Keyword)
	}
	if len(hits) > 0 {
		kw /= float64(len(hits))
	}
	f = append(f, top, gap, topVec, topKw, cScore, cVec, cKw, kw)
	qt := questionType(query)
	for t := qOther; t <= qSay; t++ {
		f = append(f, flag(qt == t))
	}
	for _, l := range scoreLangs {
		f = append(f, flag(lang == l))
	}
	f = append(f, flag(closestLang != "" && closestLang != lang), untranslatedShare(query, lang),
		flag(len(askParts(query)) > 1), math.Log1p(float64(len(corpus.Tokenize(query)))))
	all, idf, closest := sentenceShares(query, lang, sources, v.Closest)
	return append(f, all, idf, closest)
}

// sentenceShares is how much of the question's content one sentence
// holds: the best share of its content concepts any sentence of the
// sources matches, the same weighted by the concepts' rarity among the
// sentences, and the best share in the closest source. An article that
// answers usually says the thing asked and the answer in one sentence; a
// near miss of a detail spreads the question's words over its story.
func sentenceShares(query, lang string, sources []Citation, closest int) (all, idf, inClosest float64) {
	t := stemmedTerms(withSynonyms(queryTerms(query, lang)))
	var content []int
	for ci, con := range t.concepts {
		if len(con.alts) > 0 && !questionConcept(con) {
			content = append(content, ci)
		}
	}
	cands := candidates(sources)
	if len(content) == 0 || len(cands) == 0 {
		return 0, 0, 0
	}
	w := t.idf(cands)
	var total float64
	for _, ci := range content {
		total += w[ci]
	}
	for i := range cands {
		var n, nw float64
		for _, ci := range content {
			m := t.match(&cands[i], ci)
			n += m
			nw += m * w[ci]
		}
		share := n / float64(len(content))
		all = max(all, share)
		if total > 0 {
			idf = max(idf, nw/total)
		}
		if cands[i].src == closest {
			inClosest = max(inClosest, share)
		}
	}
	return all, idf, inClosest
}

// untranslatedShare is the share of the question's content words the
// lexicon carries into no other language: evidence the judge can look for
// only in articles of the question's language.
func untranslatedShare(query, lang string) float64 {
	t := queryTerms(query, lang)
	var n, un float64
	for _, con := range t.concepts {
		if len(con.alts) == 0 || questionConcept(con) {
			continue
		}
		n++
		if !slices.ContainsFunc(con.alts, func(a alternative) bool { return a.weight != 1 }) {
			un++
		}
	}
	if n == 0 {
		return 0
	}
	return un / n
}

func flag(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
