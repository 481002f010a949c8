package answer

// A name's words found apart. Most of a name meets it ("Donald J.
// Trump" for "Donald Trump", "Владимира Владимировича Путина" for
// "Владимир Путин", "Tuyến đường biển phía Bắc" for "Tuyến đường biển
// phương Bắc"), but a word of the name counts only where it is written as
// the name's: capitalised, or beside another word of the name. Written
// alone in lower case it is a common word, and a Vietnamese name is made
// of common syllables: "Trung Quốc" (China) is no word of a story that
// says "trung gian" (mediation) in one sentence and "quốc tế"
// (international) in another, nor "Nhà Trắng" of "nhà" and "trắng", nor
// "White House" of a white flag and a house.

// apartNameMatch is terms.match for a name (KindName) of concept ci: the
// share of its words and word pairs c holds, squared, counting a word
// only where c writes it capitalised or next to another of the name's
// words.
func apartNameMatch(c *candidate, t terms, ci int) float64 {
	best := 0.0
	for _, a := range t.concepts[ci].alts {
		if a.whole || len(a.words) < 2 {
			if c.hasRun(a) {
				best = max(best, a.weight)
			}
			continue
		}
		found, units := 0.0, 0.0
		for k := range a.words {
			units++
			if nameWordAt(c, a, k) {
				found++
			}
			if k > 0 {
				units += bigramWeight
				if c.hasPair(a, k) {
					found += bigramWeight
				}
			}
		}
		if found > 0 {
			share := found / units
			best = max(best, a.weight*share*share)
		}
	}
	return best
}

// nameWordAt reports whether word k of the name a is in c where it is
// written as part of a name: capitalised, or adjacent, in order, to the
// word of a before or after it.
func nameWordAt(c *candidate, a alternative, k int) bool {
	for _, p := range c.at[a.words[k]] {
		if !c.matchAt(a, k, p) {
			continue
		}
		if k > 0 && c.matchAt(a, k-1, p-1) || k+1 < len(a.words) && c.matchAt(a, k+1, p+1) || capitalisedAt(c, p) {
			return true
		}
	}
	return false
}
