package feeds

import (
	"errors"
	"strings"
	"testing"
)

func TestTopicMatch(t *testing.T) {
	for _, c := range []struct {
		topic, text string
		want        bool
	}{
		{"", "anything at all", true},
		{BuiltinTopic, "Moscow and Washington resume talks on embassies", true},
		{BuiltinTopic, "Nga và Mỹ nối lại đối thoại tại Riyadh", true},
		{BuiltinTopic, "Россия и США обсудили обмен заключёнными", true},
		{BuiltinTopic, "Лавров заявил, что Вашингтон и Москва продолжат переговоры", true},
		{BuiltinTopic, "The Kremlin comments on the White House statement", true},
		{BuiltinTopic, "Russia and China sign a gas deal", false},     // one side only
		{BuiltinTopic, "Let us know what Russia thinks", false},       // "us" is not the US
		{BuiltinTopic, "My view of Russia's economy", false},          // "my" is not Mỹ
		{BuiltinTopic, "Oil prices in the United States rise", false}, // the other side only
		{"sanctions Ukraine", "EU discusses new sanctions", true},
		{"sanctions Ukraine", "Lệnh trừng phạt mới được công bố", true}, // the lexicon's translation
		{"sanctions Ukraine", "A bakery in Lyon", false},
		{"sanctions, arctic", "ARCTIC shipping lanes", true},
		// Word forms match through the stemmer, in every language's column:
		// the typed word, its lexicon translations, and their inflections.
		{"санкции", "США расширили список санкций против банков", true},
		{"Арктика", "Совещание по Арктике прошло в Осло", true},
		{"sanctions", "Washington sanctioned three banks", true},
		{"sanctions", "Минфин США ввёл санкции против танкеров", true},
		{"санкции", "A bakery in Lyon", false},
	} {
		tp, err := ParseTopic(c.topic)
		if err != nil {
			t.Fatalf("ParseTopic(%q): %v", c.topic, err)
		}
		if got := tp.Match(c.text); got != c.want {
			t.Errorf("topic %q on %q = %v, want %v", c.topic, c.text, got, c.want)
		}
	}
}

func TestParseTopicRefusesNonFilters(t *testing.T) {
	for _, s := range []string{strings.Repeat("a ", maxTopicWords+1), strings.Repeat("x", maxTopicWord+1), "--- ..."} {
		if _, err := ParseTopic(s); !errors.Is(err, ErrBadTopic) {
			t.Errorf("ParseTopic(%q) = %v, want ErrBadTopic", s, err)
		}
	}
	tp, err := ParseTopic("  US-Russia ")
	if err != nil || tp.String() != BuiltinTopic {
		t.Errorf("the built-in topic is not recognised: %q, %v", tp.String(), err)
	}
}

// FuzzTopic: any filter and text are handled without a panic, a parsed
// filter round-trips through its stored form, and a text that is the
// filter's own words matches it.
func FuzzTopic(f *testing.F) {
	for _, s := range [][2]string{
		{"", "Moscow"}, {BuiltinTopic, "Nga và Mỹ"}, {"sanctions Ukraine", "trừng phạt"},
		{"росси*", "России"}, {"U.S.", "U.S. and Russia"}, {"a,b c", "\xff\xfe"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, topic, text string) {
		tp, err := ParseTopic(topic)
		if err != nil {
			return
		}
		tp.Match(text)
		again, err := ParseTopic(tp.String())
		if err != nil || again.String() != tp.String() {
			t.Fatalf("stored form %q does not round-trip: %q, %v", tp.String(), again.String(), err)
		}
		if !tp.IsZero() && tp.String() != BuiltinTopic && !tp.Match(tp.String()) {
			t.Fatalf("topic %q does not match its own words", tp.String())
		}
	})
}

// FuzzHTMLText: feed content of any shape yields text without markup.
func FuzzHTMLText(f *testing.F) {
	for _, s := range []string{"<p>Talks <b>resume</b></p>", "<script>x<y</script>text", "a &amp; b", "<<>>", "<p"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := htmlText(s)
		if strings.Contains(s, "<p>") && strings.Contains(out, "<p>") && !strings.Contains(s, "&lt;p&gt;") {
			t.Fatalf("markup left in %q", out)
		}
	})
}
