package corpus

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string // folded
	}{
		{"Amb. Darchiev met Sec. Rubio", []string{"amb", "darchiev", "met", "sec", "rubio"}},
		{"the U.S. and the U.N.", []string{"the", "us", "and", "the", "un"}},
		{"U.S.-Russia talks", []string{"us", "russia", "talks"}},
		{"e.g. т.е. this", []string{"eg", "те", "this"}},
		{"J. F. Kennedy", []string{"j", "f", "kennedy"}},
		{"Putin's aide; don't; O'Brien’s", []string{"putin", "aide", "dont", "obrien"}},
		{"Mát-xcơ-va", []string{"mat", "xco", "va"}},
		{"on 17/7 and 2025-02-18, 3.5% of 1.000", []string{"on", "17/7", "and", "2025-02-18", "3.5", "of", "1.000"}},
		{"in 2025. Then", []string{"in", "2025", "then"}},
		{"COVID-19", []string{"covid", "19"}},
		{"Quan hệ Nga – Mỹ, Đà Nẵng", []string{"quan", "he", "nga", "my", "da", "nang"}},
		{"Лавров: «Ещё рано»", []string{"лавров", "еще", "рано"}},
		{"quan he\u0323", []string{"quan", "he"}}, // NFD
		{"", nil},
		{"...!?", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			toks := Tokenize(tt.in)
			var got []string
			for _, tok := range toks {
				got = append(got, tok.Folded)
				if tt.in[tok.Start:tok.End] != tok.Text {
					t.Errorf("token %q: offsets [%d,%d) give %q", tok.Text, tok.Start, tok.End, tt.in[tok.Start:tok.End])
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokenLower(t *testing.T) {
	var got []string
	for _, tok := range Tokenize("Bàn ban U.S. Putin's Đà") {
		got = append(got, tok.Lower)
	}
	if want := []string{"bàn", "ban", "us", "putin", "đà"}; !slices.Equal(got, want) {
		t.Errorf("Lower = %q, want %q", got, want)
	}
	if !IsStopWordVI("đâu") || IsStopWordVI("đầu") {
		t.Error("IsStopWordVI must tell đâu (where) from đầu (head)")
	}
}

func TestSentenceSplit(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Amb. Darchiev met Sec. Rubio in Istanbul. They talked.",
			[]string{"Amb. Darchiev met Sec. Rubio in Istanbul.", "They talked."}},
		{"Mr. and Mrs. Smith met Dr. Jones. Gen. Lee left.", []string{"Mr. and Mrs. Smith met Dr. Jones.", "Gen. Lee left."}},
		{"The U.S. Senate voted. The U.N. Security Council met.", []string{"The U.S. Senate voted.", "The U.N. Security Council met."}},
		{"J. F. Kennedy met N. Khrushchev. Then it ended.", []string{"J. F. Kennedy met N. Khrushchev.", "Then it ended."}},
		{"Growth was 3.5 percent. Exports hit 1.000 tấn. Done.", []string{"Growth was 3.5 percent.", "Exports hit 1.000 tấn.", "Done."}},
		{`He said: "It is over." Then he left.`, []string{`He said: "It is over."`, "Then he left."}},
		{"(See the annex.) Next point?! Yes…", []string{"(See the annex.)", "Next point?!", "Yes…"}},
		{"TS. Nguyễn Văn A và ThS. Trần B phát biểu. Ông nói thêm.", []string{"TS. Nguyễn Văn A và ThS. Trần B phát biểu.", "Ông nói thêm."}},
		{"PGS. Lê C cho biết vào tháng 9. Phó Thủ tướng đến.", []string{"PGS. Lê C cho biết vào tháng 9.", "Phó Thủ tướng đến."}},
		{"Договор подписан в 2010 г. Москва, им. Ленина. Это т.е. Конец.", []string{"Договор подписан в 2010 г. Москва, им. Ленина.", "Это т.е. Конец."}},
		{"• First item • Second item\n- Third line", []string{"• First item", "• Second item", "- Third line"}},
		{"no stop at the end", []string{"no stop at the end"}},
		{"  \n\n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tt.in) {
				got = append(got, tt.in[s.Start:s.End])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSentencesLineStart(t *testing.T) {
	in := "Lavrov spoke. Rubio answered.\nIn other news, talks ended. Both left."
	var got []bool
	for _, s := range Sentences(in) {
		got = append(got, s.LineStart)
	}
	if want := []bool{true, false, true, false}; !slices.Equal(got, want) {
		t.Errorf("LineStart = %v, want %v", got, want)
	}
}

func TestStem(t *testing.T) {
	same := [][]string{
		{"expire", "expires", "expired", "expiring"},
		{"head", "heads", "headed"},
		{"sanction", "sanctions", "sanctioned"},
		{"country", "countries", "countrys"},
		{"negotiation", "negotiations"},
		{"санкции", "санкций", "санкциями"},
		{"переговоры", "переговоров"},
	}
	for _, group := range same {
		for _, w := range group[1:] {
			if Stem(w) != Stem(group[0]) {
				t.Errorf("Stem(%q) = %q, Stem(%q) = %q: want equal", w, Stem(w), group[0], Stem(group[0]))
			}
		}
	}
	for _, w := range []string{"2025", "17/7", "3.5", "", "東京"} {
		if Stem(w) != w {
			t.Errorf("Stem(%q) = %q, want it unchanged", w, Stem(w))
		}
	}
}

// TestStemKeepsFirstLetter holds a promise of Stem that the relevance gate
// relies on to skip words: a stem begins with its word's first letter.
func TestStemKeepsFirstLetter(t *testing.T) {
	seeds, err := Seeds()
	if err != nil {
		t.Fatal(err)
	}
	text := "dying lying tying skies skis yelling youths ёлки ещё идущий " +
		"Переговоры о продлении договора СНВ-3 зашли в тупик из-за санкций и взаимных обвинений."
	for _, a := range seeds {
		text += a.Title + "\n" + a.Body
	}
	for _, w := range Words(text) {
		st := Stem(w)
		r1, _ := utf8.DecodeRuneInString(w)
		r2, _ := utf8.DecodeRuneInString(st)
		if st == "" || r1 != r2 {
			t.Errorf("Stem(%q) = %q: first letter changed", w, st)
		}
	}
}

// TestStemLeavesVietnamese holds the claim in Stem's comment: the English
// stemmer changes no folded Vietnamese syllable, neither in the seed
// corpus's Vietnamese articles nor among all well-formed syllables.
func TestStemLeavesVietnamese(t *testing.T) {
	seeds, err := Seeds()
	if err != nil {
		t.Fatal(err)
	}
	inSeeds := map[string]bool{}
	tokens := 0
	for _, a := range seeds {
		if a.Lang != "vi" {
			continue
		}
		for _, w := range Words(a.Title + "\n" + a.Body) {
			if langWords[w]&viSyllableBit != 0 {
				inSeeds[w] = true
				tokens++
			}
		}
	}
	all := 0
	var changed []string
	for w, bits := range langWords {
		if bits&viSyllableBit == 0 {
			continue
		}
		all++
		if Stem(w) != w {
			changed = append(changed, w+"→"+Stem(w))
		}
	}
	slices.Sort(changed)
	t.Logf("seeds: %d syllable tokens, %d distinct; %d well-formed syllables, %d changed by stemming", tokens, len(inSeeds), all, len(changed))
	if len(inSeeds) < 200 {
		t.Fatalf("only %d syllables: the seeds' Vietnamese text was not found", len(inSeeds))
	}
	for w := range inSeeds {
		if Stem(w) != w {
			t.Errorf("stemming changes the seeds' Vietnamese syllable %q to %q", w, Stem(w))
		}
	}
	if len(changed) > 0 {
		t.Logf("well-formed syllables changed: %s", strings.Join(changed, ", "))
	}
}

func TestTerms(t *testing.T) {
	tests := []struct{ a, b string }{
		{"When does New START expire?", "When will New START expires"},
		{"Who headed the delegation?", "who heads delegations"},
		{"Санкции против России", "санкций против россии"},
	}
	for _, tt := range tests {
		if a, b := Terms(tt.a), Terms(tt.b); !slices.Equal(a, b) {
			t.Errorf("Terms(%q) = %q, Terms(%q) = %q: want equal", tt.a, a, tt.b, b)
		}
	}
	if got := Terms("What is the role of the U.N. in it?"); !slices.Equal(got, []string{"role", "un"}) {
		t.Errorf("Terms = %q, want [role un]", got)
	}
}

// TestStemParticiples: a Russian passive participle in -енн- and its
// short form stem alike, as those in -анн- already did ("Сухарев
// осуждён" asked, "Сухарева, осуждённого на 11 лет" written), while an
// adjective of a short root keeps its suffix.
func TestStemParticiples(t *testing.T) {
	same := [][]string{
		{"осуждён", "осуждённого", "осуждена", "осуждены"},
		{"назначен", "назначенного", "назначенный", "назначили"},
		{"освобождены", "освобождённых", "освобождённые"},
		{"приговорён", "приговорённого", "приговорили"},
		{"подписан", "подписанного", "подписано"},
	}
	for _, forms := range same {
		want := Stem(Fold(forms[0]))
		for _, f := range forms[1:] {
			if got := Stem(Fold(f)); got != want {
				t.Errorf("Stem(%q) = %q, Stem(%q) = %q: want equal", forms[0], want, f, got)
			}
		}
	}
	if got := Stem("военного"); got != "воен" {
		t.Errorf("Stem(военного) = %q, want воен (a short root keeps -ен)", got)
	}
	if a, b := Stem("договоренность"), Stem("договор"); a == b {
		t.Errorf("Stem(договоренность) = Stem(договор) = %q: a noun in -енность is no participle", a)
	}
}

// TestAnalyze pins what the keyword index stores. When it must change,
// bump AnalyzerVersion too, so existing indexes are rebuilt.
func TestAnalyze(t *testing.T) {
	const sample = "Amb. Darchiev's talks on U.S.-Russia ties: переговоры о СНВ-3 истекают 5/2/2026; Quan hệ Nga – Mỹ."
	if got, want := Analyze(sample), "amb darchiev talk on us russia tie переговор о снв 3 истека 5/2/2026 quan he nga my"; got != want {
		t.Errorf("Analyze(sample) = %q, want %q (and bump AnalyzerVersion)", got, want)
	}
	if got, want := Analyze("The treaty expires on 5/2/2026."), "the treati expir on 5/2/2026"; got != want {
		t.Errorf("Analyze = %q, want %q", got, want)
	}
	if got := Analyze("Quan hệ Nga – Mỹ"); got != "quan he nga my" {
		t.Errorf("Analyze(vi) = %q, want it folded and otherwise unchanged", got)
	}
}

func TestAnalyzerMatchesAnalyze(t *testing.T) {
	seeds, err := Seeds()
	if err != nil {
		t.Fatal(err)
	}
	var an Analyzer
	for range 2 { // the second pass reads the memo
		for _, a := range seeds {
			if got, want := an.Analyze(a.Body), Analyze(a.Body); got != want {
				t.Fatalf("Analyzer.Analyze(%s) differs from Analyze", a.ID)
			}
		}
	}
	if an.Stem("expires") != Stem("expires") {
		t.Error("Analyzer.Stem differs from Stem")
	}
}

func TestIsStopWord(t *testing.T) {
	for _, tt := range []struct {
		lang, w string
		want    bool
	}{
		{"en", "the", true}, {"en", "treaty", false}, {"vi", "cua", true}, {"vi", "nga", false},
		{"ru", "и", true}, {"ru", "еще", true}, {"ru", "санкции", false}, {"en", "on", true}, {"vi", "on", false},
		{"", "cua", true}, {"", "который", true},
	} {
		if got := IsStopWord(tt.lang, tt.w); got != tt.want {
			t.Errorf("IsStopWord(%q, %q) = %v, want %v", tt.lang, tt.w, got, tt.want)
		}
	}
}

func BenchmarkStem(b *testing.B) {
	words := Words("The New START treaty expires in February; negotiations stalled as sanctions tightened. " +
		"Переговоры о продлении договора зашли в тупик из-за санкций.")
	b.ResetTimer()
	for i := range b.N {
		Stem(words[i%len(words)])
	}
}

func BenchmarkAnalyze(b *testing.B) {
	seeds, err := Seeds()
	if err != nil {
		b.Fatal(err)
	}
	body := seeds[0].Body
	b.SetBytes(int64(len(body)))
	b.ResetTimer()
	for range b.N {
		Analyze(body)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"U.S.-Russia", "Putin's 17/7 2025-02-18 3.5", "Mát-xcơ-va т.е.", "a.b.c.", "'s", "1.2.3.", "x'y'z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prevEnd := 0
		for _, tok := range Tokenize(s) {
			if tok.Start < prevEnd || tok.End <= tok.Start || tok.End > len(s) || s[tok.Start:tok.End] != tok.Text {
				t.Fatalf("bad token %+v after %d in %q", tok, prevEnd, s)
			}
			prevEnd = tok.End
			if st := Stem(tok.Folded); st == "" && tok.Folded != "" {
				t.Fatalf("Stem(%q) is empty", tok.Folded)
			}
			if utf8.ValidString(s) && strings.ContainsFunc(tok.Folded, func(r rune) bool { return r == ' ' || r == '\n' }) {
				t.Fatalf("folded token %q holds a space", tok.Folded)
			}
		}
	})
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"Amb. Darchiev met Sec. Rubio. Next.", "• a • b\nc", "U.S. \"Quote.\" Then", "г. Москва", "...", "a.\n\n.b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prevEnd := 0
		for _, st := range Sentences(s) {
			if st.Start < prevEnd || st.End <= st.Start || st.End > len(s) {
				t.Fatalf("bad sentence %+v after %d in %q", st, prevEnd, s)
			}
			text := s[st.Start:st.End]
			if strings.TrimSpace(text) != text {
				t.Fatalf("sentence %q not trimmed", text)
			}
			prevEnd = st.End
		}
		// Every non-space byte belongs to a sentence.
		covered := 0
		for _, st := range Sentences(s) {
			covered += len(strings.Join(strings.Fields(s[st.Start:st.End]), ""))
		}
		if want := len(strings.Join(strings.Fields(s), "")); covered != want {
			t.Fatalf("sentences cover %d non-space bytes of %d in %q", covered, want, s)
		}
	})
}
