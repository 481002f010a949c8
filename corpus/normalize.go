package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns s in Unicode NFC with whitespace runs collapsed (newlines kept).
//
// Within a line, runs of spaces, tabs and exotic blanks (NBSP, ideographic
// space, ...) become one ASCII space and the line is trimmed. Line breaks are
// kept; one or more blank lines become a single paragraph break "\n\n", which
// is the paragraph separator Article.Body promises. Control characters,
// zero-width spaces, BOMs and soft hyphens are dropped because they are
// invisible to readers but break matching and hashing. Invalid UTF-8 bytes
// become U+FFFD so the result is always valid UTF-8.
func Normalize(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	pendingSpace := false // a blank run inside the current line
	newlines := 0         // line breaks seen since the last written rune
	started := false      // anything written yet
	prevCR := false
	for _, r := range s {
		wasCR := prevCR
		prevCR = r == '\r'
		switch {
		case r == '\n' && wasCR:
			continue // the \r of this \r\n already counted the break
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u0085':
			newlines++
			pendingSpace = false
			continue
		case r == '\u2029':
			newlines += 2
			pendingSpace = false
			continue
		case isBlank(r):
			pendingSpace = true
			continue
		case isInvisible(r):
			continue
		}
		if started {
			switch {
			case newlines >= 2:
				b.WriteString("\n\n")
			case newlines == 1:
				b.WriteByte('\n')
			case pendingSpace:
				b.WriteByte(' ')
			}
		}
		newlines = 0
		pendingSpace = false
		started = true
		b.WriteRune(r)
	}
	return b.String()
}

// isBlank reports horizontal whitespace: everything unicode.IsSpace accepts
// except line breaks, plus the no-break spaces IsSpace does not cover.
func isBlank(r rune) bool {
	switch r {
	case ' ', '\t', '\v', '\f', '\u00a0', '\u1680', '\u202f', '\u205f', '\u3000', '\u180e':
		return true
	}
	return r >= '\u2000' && r <= '\u200a'
}

// isInvisible reports characters that carry no text: C0/C1 controls (line
// breaks and tabs are handled before), zero-width spaces, BOM, soft hyphen.
func isInvisible(r rune) bool {
	switch r {
	case '\u200b', '\u2060', '\ufeff', '\u00ad', '\ufffe':
		return true
	}
	return r < 0x20 || (r >= 0x7f && r < 0xa0)
}

// Fold lowercases s and strips diacritics (đ→d) for accent-insensitive matching.
//
// Fold is what makes "quan he nga my" match "quan hệ Nga Mỹ". Marks are
// stripped only from Latin and Greek letters: stripping them from other
// scripts would change the letter itself (Cyrillic й is not и, Japanese が is
// not か). Cyrillic ё folds to е, which is how Russian is usually typed. Letters
// whose stroke is not a combining mark (đ, ø, ł, ħ, ...) are mapped by hand,
// and ß/æ/œ/þ expand to their usual ASCII spelling. Fullwidth ASCII folds to
// ASCII. Whitespace and punctuation are left as they are. The result is the
// same for NFC and NFD input.
func Fold(s string) string {
	// Fast path: ASCII needs only lowercasing.
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return asciiLower(s)
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if out, ok := foldComposed(s, false); ok {
		return out
	}
	// s holds combining sequences that NFC would compose; compose them first
	// so NFD input folds exactly like NFC input.
	out, _ := foldComposed(norm.NFC.String(s), true)
	return out
}

// foldComposed folds s rune by rune through foldTab. It reports false when s
// contains a combining sequence whose folding depends on composition (a mark
// after a non-Latin letter, a rune that can compose with its predecessor);
// NFC text never triggers that for Latin marks, so the common case is a
// single pass without normalisation. With composed set, s is already NFC and
// such runes are folded as they stand.
func foldComposed(s string, composed bool) (string, bool) {
	var b strings.Builder
	b.Grow(len(s))
	prevLatin := false // last written base letter came from a Latin/Greek rune
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			prevLatin = 'a' <= c && c <= 'z' // "=" + U+0338 composes to "≠"
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r < foldTabSize {
			f := foldTab[r]
			switch {
			case f == foldMulti:
				foldRune(&b, r, s[i-size:i])
				prevLatin = true
				continue
			case f == foldDrop:
				if !prevLatin && !composed {
					return "", false // e.g. и + combining breve: NFC makes it й
				}
				continue
			case f == foldCompose:
				if !composed {
					return "", false
				}
				r = unicode.ToLower(r)
			case f != 0:
				r = f
			}
			prevLatin = latinOrGreek(r) || r < 0x80
			b.WriteRune(r)
			continue
		}
		if r >= 0xff01 && r <= 0xff5e { // fullwidth ASCII
			b.WriteRune(unicode.ToLower(r - 0xfee0))
			prevLatin = true
			continue
		}
		if isStrippableMark(r) {
			if !prevLatin && !composed {
				return "", false
			}
			continue
		}
		if !composed && !norm.NFC.PropertiesString(s[i-size:i]).BoundaryBefore() {
			return "", false // may compose with the previous rune (kana voicing, ...)
		}
		b.WriteRune(unicode.ToLower(r))
		prevLatin = false
	}
	return b.String(), true
}

// foldTab maps every rune below foldTabSize to its folded rune (0: itself,
// foldDrop: a strippable mark, foldCompose: may compose with its predecessor,
// foldMulti: several runes, ask foldRune).
// It is built once and never written after, so Fold stays lock-free.
var foldTab = buildFoldTab()

const (
	foldTabSize = 0x2000
	foldDrop    = -1
	foldCompose = -2
	foldMulti   = -3 // folds to several runes (ß→ss, Ǣ→ae)
)

func buildFoldTab() *[foldTabSize]rune {
	var t [foldTabSize]rune
	for r := rune(0x80); r < foldTabSize; r++ {
		if isStrippableMark(r) {
			t[r] = foldDrop
			continue
		}
		enc := string(r)
		if !norm.NFC.PropertiesString(enc).BoundaryBefore() {
			t[r] = foldCompose
			continue
		}
		var b strings.Builder
		foldRune(&b, r, enc)
		switch out := []rune(b.String()); {
		case len(out) != 1:
			t[r] = foldMulti
		case out[0] != r:
			t[r] = out[0]
		}
	}
	return &t
}

// foldRune writes the folded form of one non-ASCII rune r, whose UTF-8
// encoding is enc. It is the reference used to build foldTab.
func foldRune(b *strings.Builder, r rune, enc string) {
	if m, ok := foldSpecial(r); ok {
		b.WriteString(m)
		return
	}
	if latinOrGreek(r) {
		if d := norm.NFD.PropertiesString(enc).Decomposition(); d != nil {
			// d is the full canonical decomposition: a base letter followed by
			// marks. Keep the (lowercased) non-mark runes only.
			for _, dr := range string(d) {
				if m, ok := foldSpecial(dr); ok {
					b.WriteString(m) // Ǣ is Æ + macron: fold the Æ too
				} else if !isStrippableMark(dr) {
					writeLower(b, dr)
				}
			}
			return
		}
	}
	writeLower(b, r)
}

func writeLower(b *strings.Builder, r rune) {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		b.WriteByte(byte(r))
		return
	}
	if r == 'ς' { // Greek final sigma matches medial sigma
		r = 'σ'
	}
	b.WriteRune(unicode.ToLower(r))
}

// foldSpecial maps letters that do not decompose under NFD but that readers
// consider accented forms of a base letter.
func foldSpecial(r rune) (string, bool) {
	switch r {
	case 'đ', 'Đ', 'ð', 'Ð', 'ɖ', 'Ɖ':
		return "d", true
	case 'ø', 'Ø', 'ǿ', 'Ǿ':
		return "o", true
	case 'ł', 'Ł':
		return "l", true
	case 'ħ', 'Ħ':
		return "h", true
	case 'ŧ', 'Ŧ':
		return "t", true
	case 'ı':
		return "i", true
	case 'ƀ', 'Ƀ':
		return "b", true
	case 'ß', 'ẞ':
		return "ss", true
	case 'æ', 'Æ', 'ǽ', 'Ǽ':
		return "ae", true
	case 'œ', 'Œ':
		return "oe", true
	case 'þ', 'Þ':
		return "th", true
	case 'ё', 'Ё':
		return "е", true // Cyrillic ie: Russian is usually typed without the dots
	}
	return "", false
}

// latinOrGreek reports whether r is in a block whose accents are diacritics
// that Fold strips (Latin-1 Supplement through Greek, Latin Extended
// Additional, Greek Extended).
func latinOrGreek(r rune) bool {
	return (r >= 0x00c0 && r < 0x0400) || (r >= 0x1e00 && r < 0x2000)
}

// isStrippableMark reports the combining diacritics Fold removes.
func isStrippableMark(r rune) bool {
	return (r >= 0x0300 && r <= 0x036f) || // Combining Diacritical Marks
		(r >= 0x1ab0 && r <= 0x1aff) || // ... Extended
		(r >= 0x1dc0 && r <= 0x1dff) || // ... Supplement
		(r >= 0x20d0 && r <= 0x20ff) || // ... for Symbols
		(r >= 0xfe20 && r <= 0xfe2f) // Combining Half Marks
}

func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// BodyHash is the dedupe key for a body (hex sha256 of Fold(collapsed body)).
//
// All whitespace, including paragraph breaks, collapses to one space before
// folding, so the same text re-wrapped or re-accented hashes the same.
func BodyHash(body string) string {
	sum := sha256.Sum256([]byte(Fold(strings.Join(strings.Fields(body), " "))))
	return hex.EncodeToString(sum[:])
}

// trackingParams are query parameters that identify a campaign or a click,
// never the document.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "yclid": true, "igshid": true, "mc_cid": true, "mc_eid": true,
	"_ga": true, "_gl": true, "ref_src": true, "ref_url": true, "cmpid": true,
	"ocid": true, "spm": true, "share": true, "fb_source": true, "twclid": true,
}

func isTrackingParam(k string) bool {
	k = strings.ToLower(k)
	return trackingParams[k] || strings.HasPrefix(k, "utm_") || strings.HasPrefix(k, "at_") ||
		strings.HasPrefix(k, "pk_") || strings.HasPrefix(k, "mtm_")
}

// CanonicalURL lowercases scheme/host, drops fragments, tracking parameters
// (utm_*, fbclid, ...) and trailing slashes. Returns "" for "".
//
// It also drops user info (credentials never belong in a citation), default
// ports, and sorts the remaining query parameters so that the same page
// reached through differently ordered links dedupes. Input that is not an
// absolute http(s) URL is returned trimmed but otherwise unchanged; Finalize
// is where such a URL is rejected.
func CanonicalURL(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return raw
	}
	u.User = nil
	u.Fragment, u.RawFragment = "", ""
	host := strings.ToLower(u.Host)
	host = strings.TrimSuffix(host, ".")
	if (u.Scheme == "http" && strings.HasSuffix(host, ":80")) ||
		(u.Scheme == "https" && strings.HasSuffix(host, ":443")) {
		host = host[:strings.LastIndexByte(host, ':')]
	}
	host = strings.TrimSuffix(host, ".")
	u.Host = host
	if u.RawQuery != "" {
		q, err := url.ParseQuery(u.RawQuery)
		if err == nil {
			for k := range q {
				if isTrackingParam(k) {
					delete(q, k)
				}
			}
			u.RawQuery = q.Encode() // sorted by key
		} else {
			u.RawQuery = dropTrackingRaw(u.RawQuery)
		}
	}
	u.ForceQuery = false
	p := u.EscapedPath()
	for strings.HasSuffix(p, "/") {
		p = strings.TrimSuffix(p, "/")
	}
	u.RawPath = ""
	if unesc, err := url.PathUnescape(p); err == nil {
		u.Path = unesc
		if u.EscapedPath() != p {
			u.RawPath = p
		}
	}
	return u.String()
}

// dropTrackingRaw removes tracking parameters from a query url.ParseQuery
// rejects, keeping the rest byte for byte.
func dropTrackingRaw(q string) string {
	parts := strings.Split(q, "&")
	kept := parts[:0]
	for _, p := range parts {
		k, _, _ := strings.Cut(p, "=")
		if p != "" && !isTrackingParam(k) {
			kept = append(kept, p)
		}
	}
	sort.Strings(kept)
	return strings.Join(kept, "&")
}

// DeriveID derives a stable id from the canonical URL, else from the body hash.
//
// The prefix says which: "u-" ids follow the URL (the same page fetched again
// keeps its id even if its text was edited), "h-" ids follow the text.
func DeriveID(a Article) string {
	if u := CanonicalURL(a.URL); u != "" {
		sum := sha256.Sum256([]byte(u))
		return "u-" + hex.EncodeToString(sum[:8])
	}
	h := a.Hash
	if h == "" {
		h = BodyHash(a.Body)
	}
	if len(h) > 16 {
		h = h[:16]
	}
	return "h-" + h
}
