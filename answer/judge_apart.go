package answer

// A name's words found apart. Most of a name meets it ("Donald J.
// Trump" for "Donald Trump", "Владимира Владимировича Путина" for
// "Владимир Путин", "Tuyến đường biển phía Bắc" for "Tuyến đường biển
// phương Bắc"), but a word of the name counts only where it is written as
// the name's: beside another word of the name, or capitalised a middle
// name away from one. Written alone it is a common word, and a Vietnamese
// name is made of common syllables: "Trung Quốc" (China) is no word of a
// story that says "trung gian" (mediation) in one sentence and "quốc tế"
// (international) in another, nor of "Trung tâm Vũ trụ" and "Quốc hội",
// which Vietnamese capitalises as it does every syllable of a name; nor
// is "White House" a white flag and a house.

// apartNameMatch is terms.match for a name (KindName) of concept ci: the
// share of its words and word pairs c holds, squared, counting a word
// only where c writes it as the name's (nameWordAt).
func apartNameMatch(c *candidate, t terms, ci int) float64 {
	whole := func(a alternative) bool { return a.whole || len(a.words) < 2 }
	return t.matchWith(c, ci, whole, func(a alternative, k int) bool { return nameWordAt(c, a, k) })
}

// nameWordAt reports whether word k of the name a is in c where it is
// written as part of a name: adjacent, in order, to the word of a before
// or after it, or capitalised with another of its words a middle name
// away (nameApartWindow). Vietnamese capitalises every syllable of a
// name, so "Trung tâm Bay Vũ trụ" and "Quốc hội" far apart are still no
// "Trung Quốc".
func nameWordAt(c *candidate, a alternative, k int) bool {
	for _, p := range c.at[a.words[k]] {
		if !c.matchAt(a, k, p) {
			continue
		}
		if k > 0 && c.matchAt(a, k-1, p-1) || k+1 < len(a.words) && c.matchAt(a, k+1, p+1) || capitalisedAt(c, p) && nameWordNear(c, a, k, p) {
			return true
		}
	}
	return false
}

// nameApartWindow is how far apart two words of a name may stand with
// others between: "Donald J. Trump", "Владимира Владимировича Путина".
const nameApartWindow = 3

// nameWordNear reports whether another word of the name a than its k-th
// is in c within nameApartWindow words of p, in the same sentence.
func nameWordNear(c *candidate, a alternative, k, p int) bool {
	for j := range a.words {
		if j == k {
			continue
		}
		for _, o := range c.at[a.words[j]] {
			if o != p && abs(o-p) <= nameApartWindow && c.sent[o] == c.sent[p] && c.matchAt(a, j, o) {
				return true
			}
		}
	}
	return false
}
