package eval

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/detente/detente/answer"
)

func TestFirstCitedBulletHoldsPhrase(t *testing.T) {
	text := "From the sources in the corpus:\n\n" +
		"• GENEVA, March 12 - The talks lasted seven hours. [1]\n" +
		"• Assistant Secretary Karen Liu led the American delegation. [1]\n"
	tests := []struct {
		name    string
		text    string
		phrases []string
		want    bool
	}{
		{"answer in the second bullet is a miss", text, []string{"Karen Liu"}, false},
		{"answer in the first bullet", text, []string{"seven hours"}, true},
		{"any phrase will do", text, []string{"Karen Liu", "seven hours"}, true},
		{"case, punctuation and spacing do not matter", text, []string{"geneva march  12"}, true},
		{"whole words only", text, []string{"even hour"}, false},
		{"Vietnamese folded", "• Đàm phán kéo dài tám tháng. [1]", []string{"tam thang"}, true},
		{"Russian ё folded", "• Встреча прошла в Стамбуле, сообщил её участник. [1]", []string{"сообщил ее"}, true},
		{"marker numbers are not words", "• Talks resumed. [1]", []string{"1"}, false},
		{"an uncited bullet is not evidence", "• Karen Liu\n• The talks lasted seven hours. [2]", []string{"Karen Liu"}, false},
		{"a model's prose: the first cited line", "Karen Liu led the team [1].\nMore text.", []string{"Karen Liu"}, true},
		{"no citation at all", "Karen Liu led the team.", []string{"Karen Liu"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := holdsPhrase(firstCitedBullet(tt.text), tt.phrases); got != tt.want {
				t.Errorf("got %v, want %v (first cited bullet %q)", got, tt.want, firstCitedBullet(tt.text))
			}
		})
	}
}

func TestBoilerplateQuoted(t *testing.T) {
	b, err := ReadBoilerplate(strings.NewReader("# bylines\n\nBy Anna Petrova for Northwind Wire\n© 2026 Вестник дипломатии. Все права защищены.\nReklama\nRelated coverage\nXem thêm: Quan hệ Nga - Mỹ năm 2025 qua các con số\n"))
	if err != nil {
		t.Fatal(err)
	}
	if b.Len() != 5 {
		t.Fatalf("%d lines read, want 5 (comments and blanks skipped)", b.Len())
	}
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a real sentence", "• The talks lasted seven hours. [1]", nil},
		{"a byline quoted whole", "• By Anna Petrova for Northwind Wire [1]", []string{"By Anna Petrova for Northwind Wire"}},
		{"a byline glued to a sentence", "• By Anna Petrova for Northwind Wire GENEVA - Talks began. [1]", []string{"By Anna Petrova for Northwind Wire"}},
		{"a piece of a line the splitter cut", "• © 2026 Вестник дипломатии. [1]", []string{"© 2026 Вестник дипломатии. Все права защищены."}},
		{"folded: no diacritics, other case", "• xem them: quan he nga - my nam 2025 qua cac con so [2]", []string{"Xem thêm: Quan hệ Nga - Mỹ năm 2025 qua các con số"}},
		{"a short line only when it is the whole bullet", "• Related coverage [1]\n• We found related coverage of the talks. [2]", []string{"Related coverage"}},
		{"a short line inside a sentence is not a quote", "• The agency ran related coverage all week. [1]", nil},
		{"two words of a line are not a quote", "• Northwind Wire [1]", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := b.Quoted(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("Quoted = %q, want %q", got, tt.want)
			}
		})
	}
	var none *Boilerplate
	if got := none.Quoted("• By Anna Petrova for Northwind Wire [1]"); got != nil {
		t.Errorf("no list: Quoted = %q, want nothing", got)
	}
	if _, err := ReadBoilerplate(strings.NewReader("# only a comment\n\n")); err == nil {
		t.Error("an empty list was accepted: it would prove nothing")
	}
}

func FuzzReadBoilerplate(f *testing.F) {
	f.Add([]byte("By Anna Petrova for Northwind Wire\n# c\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := ReadBoilerplate(strings.NewReader(string(data)))
		if err != nil {
			if b != nil {
				t.Fatal("list returned with an error")
			}
			return
		}
		for _, l := range b.lines {
			if strings.TrimSpace(l) != l || l == "" || strings.HasPrefix(l, "#") {
				t.Fatalf("line %q kept", l)
			}
			// Every line quoted whole as a bullet is found.
			if got := b.Quoted("• " + l + " [1]"); !slices.Contains(got, l) {
				t.Fatalf("line %q quoted whole not found: %q", l, got)
			}
		}
	})
}

// TestRunRefusalsAndQuotes: refusal precision counts answerable questions
// refused; the first bullet is scored on extractive answers and refusals of
// answerable questions only; an answer quoting boilerplate is counted.
func TestRunRefusalsAndQuotes(t *testing.T) {
	_, f := fixture()
	qs := []Question{
		{ID: "q1", Q: "ai thay ong huntsman", Lang: "vi", Gold: []string{"A"}, Kind: KindFactoid, Answer: []string{"John Sullivan"}},
		{ID: "q2", Q: "Who met in Istanbul?", Lang: "en", Gold: []string{"B", "C"}, Kind: KindMultiDoc, Answer: []string{"met again in Istanbul"}},
		{ID: "q3", Q: "How do I cook pho?", Lang: "en", Kind: KindUnanswerable, Near: NearOffTopic},
		{ID: "q4", Q: "Who leads the delegation?", Lang: "en", Gold: []string{"A"}, Kind: KindFactoid, Answer: []string{"Coulter"}, Variant: VariantWordForm},
		{ID: "q5", Q: "Model answer", Lang: "en", Gold: []string{"A"}, Kind: KindFactoid, Answer: []string{"Coulter"}},
	}
	f.ranked["Who leads the delegation?"] = f.ranked["ai thay ong huntsman"]
	f.ranked["Model answer"] = f.ranked["ai thay ong huntsman"]
	ans := &fakeAnswerer{answers: map[string]answer.Answer{
		"ai thay ong huntsman": {Extractive: true, Sources: cites("A"), Citations: cites("A"),
			Text: "Từ các nguồn:\n\n• Ông John Sullivan được đề cử làm đại sứ. [1]\n• Emily Johnson for TROIB News [1]"},
		"Who met in Istanbul?": {Extractive: true, Sources: cites("B"), Citations: cites("B"),
			Text: "• The talks were long. [1]\n• The delegations met again in Istanbul. [1]"},
		// The refusal names the closest article by a title that another
		// page lists as a related headline: naming is not quoting.
		"How do I cook pho?":        {NoSources: true, Text: "The corpus does not cover that. Closest: \u201cTalks in Helsinki resume\u201d."},
		"Who leads the delegation?": {NoSources: true, Text: "The corpus does not cover that."},
		"Model answer":              {Sources: cites("A"), Citations: cites("A"), Text: "Sonata Coulter led it [1]."},
	}}
	bp, err := ReadBoilerplate(strings.NewReader("Emily Johnson for TROIB News\nTalks in Helsinki resume\n"))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Run(context.Background(), Deps{Searcher: f, Answerer: ans}, qs, Options{Answers: true, Boilerplate: bp})
	if err != nil {
		t.Fatal(err)
	}
	a := rep.Groups[0].Answers
	check := func(name string, got, want float64) {
		t.Helper()
		if math.Abs(got-want) > 1e-9 {
			t.Errorf("%s = %.4f, want %.4f", name, got, want)
		}
	}
	check("refusal precision", a.RefusalPrecision, 0.5) // q3 right, q4 wrong
	check("refusal recall", a.Refusal, 1)
	check("false refusal", a.FalseRefusal, 0.25)
	// q1 hit, q2 miss (second bullet), q4 refused: a miss; q5 is a model's
	// paraphrase and not scored.
	check("first bullet", a.FirstBullet, 1.0/3)
	if a.FirstBulletN != 3 || a.Refused != 2 || a.BoilerplateQuoted != 1 {
		t.Errorf("first bullet n %d, refused %d, boilerplate quoted %d; want 3, 2, 1", a.FirstBulletN, a.Refused, a.BoilerplateQuoted)
	}
	if got := rep.Results[0].Answer.Boilerplate; !slices.Equal(got, []string{"Emily Johnson for TROIB News"}) {
		t.Errorf("q1 quotes %q, want the byline", got)
	}
	groups := map[string]Group{}
	for _, g := range rep.Groups {
		groups[g.Name] = g
	}
	if g, ok := groups["variant=wordform"]; !ok || g.N != 1 || g.Answers.FalseRefusal != 1 {
		t.Errorf("variant=wordform group = %+v, want q4 refused", g)
	}
	if g, ok := groups["near=offtopic"]; !ok || g.N != 1 || g.Answers.Refusal != 1 {
		t.Errorf("near=offtopic group = %+v, want q3 refused", g)
	}
	if _, ok := groups["near=year"]; ok {
		t.Error("a group without questions is reported")
	}
}

// TestRunOffGoldBullets: a bullet of an answered, answerable question
// that cites an article outside its gold is counted, per group and in
// the table; a bullet of the gold, an uncited line, a refusal and an
// unanswerable question's answer are not.
func TestRunOffGoldBullets(t *testing.T) {
	_, f := fixture()
	qs := []Question{
		{ID: "q1", Q: "ai thay ong huntsman", Lang: "vi", Gold: []string{"A"}, Kind: KindFactoid},
		{ID: "q2", Q: "Who met in Istanbul?", Lang: "en", Gold: []string{"B", "C"}, Kind: KindMultiDoc},
		{ID: "q3", Q: "How do I cook pho?", Lang: "en", Kind: KindUnanswerable, Near: NearOffTopic},
	}
	ans := &fakeAnswerer{answers: map[string]answer.Answer{
		// Bullet 2 quotes a story on a fire in another country.
		"ai thay ong huntsman": {Extractive: true, Sources: cites("A", "X"), Citations: cites("A", "X"),
			Text: "Từ các nguồn:\n\n• Ông Sullivan được đề cử làm đại sứ. [1]\n• Firefighters reached the coast on Monday. [2]"},
		"Who met in Istanbul?": {Extractive: true, Sources: cites("C", "B"), Citations: cites("C", "B"),
			Text: "From the sources:\n\n• The delegations met again in Istanbul. [1]\n• The talks lasted six hours. [2]\n• No marker here."},
		"How do I cook pho?": {Extractive: true, Sources: cites("X"), Citations: cites("X"),
			Text: "• Pho is cooked for hours. [1]"},
	}}
	rep, err := Run(context.Background(), Deps{Searcher: f, Answerer: ans}, qs, Options{Answers: true})
	if err != nil {
		t.Fatal(err)
	}
	if a := rep.Groups[0].Answers; a.OffGoldBullets != 1 || a.CitedBullets != 4 {
		t.Errorf("all: off-gold %d of %d bullets, want 1 of 4", a.OffGoldBullets, a.CitedBullets)
	}
	if r := rep.Results[0].Answer; r.OffGoldBullets != 1 {
		t.Errorf("q1: off-gold bullets %d, want 1", r.OffGoldBullets)
	}
	for _, g := range rep.Groups {
		if g.Name == "kind="+KindMultiDoc && g.Answers.OffGoldBullets != 0 {
			t.Errorf("%s: off-gold bullets %d, want 0", g.Name, g.Answers.OffGoldBullets)
		}
	}
	var b strings.Builder
	if err := rep.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "off-gold bullets") || !strings.Contains(b.String(), "1 of 4") {
		t.Errorf("table lacks the off-gold bullets:\n%s", b.String())
	}
}
