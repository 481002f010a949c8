package retrieval

import (
	"slices"
	"strings"
	"testing"
)

func TestLexiconParses(t *testing.T) {
	l := DefaultLexicon()
	if l.Len() < 200 {
		t.Errorf("embedded lexicon has %d entries, want at least 200", l.Len())
	}
}

func TestParseLexiconErrors(t *testing.T) {
	for _, src := range []string{
		"",
		"# only a comment\n",
		"Nga Russia\n",            // no tab
		"Nga\tRussia\tRussland\n", // three columns
		"Nga|\tRussia\n",          // empty alternative
		"Nga\t!!!\n",              // no words
	} {
		if _, err := ParseLexicon(src); err == nil {
			t.Errorf("ParseLexicon(%q) succeeded, want an error", src)
		}
	}
}

func TestExpand(t *testing.T) {
	tests := []struct {
		q       string
		want    []string // each must be among the expansions
		notWant []string // none may be
	}{
		{"Quan hệ Nga Mỹ", []string{"Russia", "United States"}, nil},
		{"quan he nga my", []string{"Russia", "United States"}, nil},
		{"Nga và Mỹ đàm phán ở Ả Rập Xê-út", []string{"Russia", "talks", "negotiations", "Saudi Arabia"}, nil},
		{"my va nga noi lai dam phan o a rap xe ut", []string{"United States", "Saudi Arabia", "talks"}, nil},
		{"Mát-xcơ-va và Oa-sinh-tơn", []string{"Moscow", "Washington", "Moskva"}, nil},
		{"lệnh trừng phạt", []string{"sanctions"}, nil},
		{"doi thoai on dinh chien luoc", []string{"dialogue", "strategic stability"}, nil},
		{"kiểm soát vũ khí", []string{"arms control"}, nil},
		{"an ninh mạng", []string{"cybersecurity"}, nil},
		{"đại sứ quán Mỹ", []string{"embassy"}, []string{"ambassador"}},
		{"đại sứ Antonov", []string{"ambassador"}, nil},
		{"Ngoại trưởng Lavrốp", []string{"foreign minister", "Lavrov"}, nil},
		{"điện Krem-li và Nhà Trắng", []string{"Kremlin", "White House"}, nil},
		{"Thượng đỉnh Geneva", []string{"summit", "Giơ-ne-vơ"}, nil},
		{"Liên hợp quốc", []string{"United Nations"}, nil},
		{"Thổ Nhĩ Kỳ", []string{"Türkiye", "Turkey"}, nil},
		{"Thụy Sĩ", []string{"Switzerland"}, nil},
		{"Bộ Ngoại giao", []string{"Foreign Ministry", "State Department"}, nil},
		{"Zakharova nói gì", []string{"Da-kha-rô-va"}, nil},
		// English to Vietnamese.
		{"sanctions on Russia", []string{"trừng phạt", "Nga"}, nil},
		{"US-Russia talks in Istanbul", []string{"Mỹ", "Hoa Kỳ", "đàm phán", "Ixtanbun"}, nil},
		{"Turkey", []string{"Thổ Nhĩ Kỳ"}, nil},
		// English words that fold like Vietnamese ones must not expand.
		{"tell us about my trip", nil, []string{"United States", "Mỹ", "Hoa Kỳ"}},
		{"who is the AI", []string{"trí tuệ nhân tạo"}, []string{"Nhà nước Hồi giáo"}},
		{"Ai là trưởng đoàn", []string{"head of delegation"}, []string{"artificial intelligence"}},
		{"Hoa Kỳ", []string{"United States"}, []string{"sign", "signed"}},
		{"thứ trưởng", nil, []string{"letter"}},
		{"hợp tác", []string{"cooperation"}, []string{"meeting"}},
		{"what is the recipe for pho?", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got := Expand(tt.q)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("Expand(%q) = %q, missing %q", tt.q, got, w)
				}
			}
			for _, w := range tt.notWant {
				if slices.Contains(got, w) {
					t.Errorf("Expand(%q) = %q, must not contain %q", tt.q, got, w)
				}
			}
			if tt.want == nil && tt.notWant == nil && len(got) != 0 {
				t.Errorf("Expand(%q) = %q, want nothing", tt.q, got)
			}
			fq := " " + strings.Join(words(tt.q), " ") + " "
			for _, g := range got {
				if strings.Contains(fq, " "+strings.Join(words(g), " ")+" ") {
					t.Errorf("Expand(%q) returned %q, which the query already has", tt.q, g)
				}
			}
		})
	}
}

func TestExpandDeterministic(t *testing.T) {
	q := "Nga Mỹ đàm phán trừng phạt Geneva Istanbul Putin Biden"
	first := Expand(q)
	for range 20 {
		if got := Expand(q); !slices.Equal(got, first) {
			t.Fatalf("Expand not deterministic: %q vs %q", got, first)
		}
	}
}

func FuzzExpand(f *testing.F) {
	for _, s := range []string{"Quan hệ Nga Mỹ", "US-Russia", "=US", "~", "a\tb|c", "Mát-xcơ-va", "\xff\xfe", "ǅ ß Ё"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		a, b := Expand(q), Expand(q)
		if !slices.Equal(a, b) {
			t.Fatalf("Expand(%q) not deterministic", q)
		}
		for _, term := range a {
			if strings.TrimSpace(term) == "" {
				t.Fatalf("Expand(%q) returned an empty term", q)
			}
		}
	})
}

func FuzzParseLexicon(f *testing.F) {
	f.Add("Nga\tRussia|Russian\n")
	f.Add("!~Mỹ|Hoa Kỳ\t=US|United States\n# comment\n\n")
	f.Add("=AI\t~ai\r\n")
	f.Add("\t\n")
	f.Add("a|b|c\td|e|f\tg")
	f.Fuzz(func(t *testing.T, src string) {
		l, err := ParseLexicon(src)
		if err != nil {
			if l != nil {
				t.Fatal("ParseLexicon returned a lexicon and an error")
			}
			return
		}
		if l.Len() == 0 {
			t.Fatal("ParseLexicon accepted a lexicon without entries")
		}
		// Whatever parsed must expand without panicking, deterministically.
		for _, q := range []string{src, "Nga Mỹ", "US talks"} {
			if a, b := l.Expand(q), l.Expand(q); !slices.Equal(a, b) {
				t.Fatalf("Expand(%q) not deterministic", q)
			}
		}
	})
}
