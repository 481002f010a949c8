package corpus

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"collapse spaces and tabs", "Nga  và\t\tMỹ", "Nga và Mỹ"},
		{"trim lines", "  first line  \n   second\t", "first line\nsecond"},
		{"single newline kept", "a\nb", "a\nb"},
		{"blank lines become one paragraph break", "a\n\n\n\n b", "a\n\nb"},
		{"whitespace-only line is blank", "a\n  \t \nb", "a\n\nb"},
		{"crlf is one break", "a\r\nb\r\n\r\nc", "a\nb\n\nc"},
		{"lone cr is a break", "a\rb", "a\nb"},
		{"nfd to nfc", "Vie\u0323\u0302t Nam", "Việt Nam"},
		{"nbsp and ideographic space", "Nga\u00a0Mỹ\u3000x", "Nga Mỹ x"},
		{"zero width and soft hyphen dropped", "dip\u00adlo\u200bmacy\ufeff", "diplomacy"},
		{"controls dropped", "a\x00b\x07c", "abc"},
		{"invalid utf8 replaced", "a\xffb", "a\uFFFDb"},
		{"leading and trailing breaks trimmed", "\n\n  text \n\n", "text"},
		{"paragraph separator", "a\u2029b", "a\n\nb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalizeIdempotent(t *testing.T) {
	for _, s := range []string{"a \n\n b\r\n\tc", "Vie\u0323\u0302t\u00a0Nam\n\n\n", "x"} {
		once := Normalize(s)
		if twice := Normalize(once); twice != once {
			t.Errorf("Normalize not idempotent on %q: %q then %q", s, once, twice)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ascii", "U.S.-Russia Talks", "u.s.-russia talks"},
		{"vietnamese", "Quan hệ Nga – Mỹ hiện nay ra sao", "quan he nga – my hien nay ra sao"},
		{"d with stroke", "Đối thoại ổn định chiến lược", "doi thoai on dinh chien luoc"},
		{"nfd input", "Vie\u0323\u0302t", "viet"},
		{"french", "Élysée déclaré", "elysee declare"},
		{"german", "Außenminister Müller", "aussenminister muller"},
		{"nordic and polish", "Ørsted Łódź", "orsted lodz"},
		{"ligatures", "Æther Œuvre", "aether oeuvre"},
		{"turkish dotted", "İstanbul Türkiye", "istanbul turkiye"},
		{"russian keeps short i", "Сергей Лавров", "сергей лавров"},
		{"russian yo", "Ёлка ещё", "елка еще"},
		{"greek", "Αθήνα ς", "αθηνα σ"},
		{"japanese voiced kana kept", "ガ", "ガ"},
		{"nfd cyrillic short i composes", "и\u0306", "й"},
		{"nfd kana composes", "か\u3099", "が"},
		{"mark at start dropped", "\u0301a", "a"},
		{"chinese", "美俄关系", "美俄关系"},
		{"fullwidth", "ＵＳＡ", "usa"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFoldMatchesUnaccentedTyping(t *testing.T) {
	// The reason Fold exists: a query typed without diacritics must match.
	if Fold("QUAN HỆ NGA MỸ") != Fold("quan he nga my") {
		t.Fatalf("folded forms differ: %q vs %q", Fold("QUAN HỆ NGA MỸ"), Fold("quan he nga my"))
	}
}

func TestBodyHash(t *testing.T) {
	a := BodyHash("Quan hệ Nga–Mỹ.\n\nĐối thoại.")
	if b := BodyHash("  quan  he nga–my. doi thoai. "); a != b {
		t.Errorf("re-wrapped, unaccented body hashes differently: %s vs %s", a, b)
	}
	if c := BodyHash("Quan hệ Nga–Mỹ. Đối thoại khác."); a == c {
		t.Errorf("different bodies share hash %s", a)
	}
	if len(a) != 64 {
		t.Errorf("hash length = %d, want 64 hex chars", len(a))
	}
}

func TestCanonicalURL(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"lowercase scheme and host", "HTTPS://Example.COM/News/Item", "https://example.com/News/Item"},
		{"drop fragment", "https://example.com/a#section-2", "https://example.com/a"},
		{"drop trailing slash", "https://example.com/a/b/", "https://example.com/a/b"},
		{"root slash", "https://example.com/", "https://example.com"},
		{"drop tracking", "https://example.com/a?utm_source=x&id=7&fbclid=y&UTM_Medium=z", "https://example.com/a?id=7"},
		{"only tracking", "https://example.com/a?utm_source=x", "https://example.com/a"},
		{"sort params", "https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"},
		{"default port", "http://example.com:80/a", "http://example.com/a"},
		{"other port kept", "http://example.com:8080/a", "http://example.com:8080/a"},
		{"credentials dropped", "https://user:secret@example.com/a", "https://example.com/a"},
		{"escaped path kept", "https://vnexpress.net/quan-h%E1%BB%87", "https://vnexpress.net/quan-h%E1%BB%87"},
		{"spaces trimmed", "  https://example.com/a  ", "https://example.com/a"},
		{"not a url", "not a url", "not a url"},
		{"other scheme untouched", "mailto:x@example.com", "mailto:x@example.com"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CanonicalURL(tt.in)
			if got != tt.want {
				t.Errorf("CanonicalURL(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := CanonicalURL(got); again != got {
				t.Errorf("not idempotent: %q then %q", got, again)
			}
		})
	}
}

func TestDeriveID(t *testing.T) {
	byURL := DeriveID(Article{URL: "https://Example.com/a?utm_source=x", Body: "one"})
	if byURL != DeriveID(Article{URL: "https://example.com/a/", Body: "two"}) {
		t.Errorf("same canonical URL gives different ids")
	}
	if !strings.HasPrefix(byURL, "u-") {
		t.Errorf("url id %q lacks u- prefix", byURL)
	}
	byBody := DeriveID(Article{Body: "Quan hệ Nga Mỹ"})
	if byBody != DeriveID(Article{Body: "quan he nga my"}) {
		t.Errorf("same folded body gives different ids")
	}
	if !strings.HasPrefix(byBody, "h-") || len(byBody) != 18 {
		t.Errorf("body id %q: want h- and 16 hex", byBody)
	}
	if byBody == DeriveID(Article{Body: "other text"}) {
		t.Errorf("different bodies share id %q", byBody)
	}
}

func BenchmarkFold(b *testing.B) {
	s := strings.Repeat("Ngoại trưởng Sergey Lavrov cho biết Nga và Mỹ dự kiến tổ chức vòng hai về đối thoại ổn định chiến lược. ", 8)
	b.ReportAllocs()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		_ = Fold(s)
	}
}

func TestFoldSameForNFCAndNFD(t *testing.T) {
	// Text pasted from macOS or some PDFs arrives decomposed; it must match
	// the same text typed composed.
	for r := rune(0); r < 0x3100; r++ {
		if r >= 0xd800 && r < 0xe000 {
			continue
		}
		s := "a" + string(r) + "b"
		nfc, nfd := norm.NFC.String(s), norm.NFD.String(s)
		if Fold(nfc) != Fold(nfd) {
			t.Errorf("U+%04X: Fold(NFC)=%q, Fold(NFD)=%q", r, Fold(nfc), Fold(nfd))
		}
	}
}
