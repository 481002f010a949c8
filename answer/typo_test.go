package answer

import (
	"strings"
	"testing"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
)

func TestRepairTypos(t *testing.T) {
	src := []Citation{{Title: "Russia and US meet in Istanbul", Passage: "The Russian delegation was led by Ambassador Aleksandr Darchiev. " +
		"Sergei Ryabkov and Sergei Rybakov spoke in 2025. Hai bên gặp nhau tại trường đại học. Орлова встретилась с послом в Стамбуле. Станцию сведут с орбиты."}}
	tests := []struct {
		name, q, want string
	}{
		{"names one edit away", "Who led the Rusian delegation in Istambul?", "Who led the Russian delegation in Istanbul?"},
		{"a dropped letter", "What did Darchev say?", "What did Darchiev say?"},
		{"Cyrillic", "С кем встретилась Орлова в Стамбле?", "С кем встретилась Орлова в Стамбуле?"},
		{"an unstressed first о written as heard", "Когда МКС сведут с арбиты?", "Когда МКС сведут с орбиты?"},
		{"words the passages hold by stem stay", "Who leads the delegations?", "Who leads the delegations?"},
		{"ambiguous: two names one edit away", "What did Rybkov say?", "What did Rybkov say?"},
		{"another person is more than one edit away", "What did Medvedev say in Istanbul?", "What did Medvedev say in Istanbul?"},
		{"years are not spelling", "What happened in 2024?", "What happened in 2024?"},
		{"short words are left alone", "Iraq talks?", "Iraq talks?"},
		{"Vietnamese syllables are left alone", "Hai bên gặp nhau tại truong nào?", "Hai bên gặp nhau tại truong nào?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := repairTypos(tt.q, src); got != tt.want {
				t.Errorf("repairTypos(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}

// TestRepairTyposDoubledLastLetter: a name whose last letter was typed
// twice, or once where the passages write it twice, extends the name
// without being a form of it ("Phukett" is no derived form of "Phuket"),
// in either script; a letter more that is no repeat stays a form.
func TestRepairTyposDoubledLastLetter(t *testing.T) {
	src := []Citation{{Title: "Charter flights to Krabi", Passage: "The airline will fly from Novosibirsk to Krabi twice a week. " +
		"Ambassador Zelenkoff said the route would open in May. Рейсы в Паттайю выполнит Гордеев."}}
	for q, want := range map[string]string{
		"Which cities will have flights to Krabii?": "Which cities will have flights to Krabi?",
		"What did Ambassador Zelenkof say?":         "What did Ambassador Zelenkoff say?",
		"Что сказал Гордеевв?":                      "Что сказал Гордеев?",
		"Which cities will have flights to Krabis?": "Which cities will have flights to Krabis?",
		"What did Ambassador Zelenkoffa say?":       "What did Ambassador Zelenkoffa say?",
	} {
		if got := repairTypos(q, src); got != want {
			t.Errorf("repairTypos(%q) = %q, want %q", q, got, want)
		}
	}
}

// A derived form one letter from a word of the passages is a real word:
// "Russian" beside "Russia's" is not corrected to "Russia".
func TestRepairTyposKeepsDerivedForms(t *testing.T) {
	src := []Citation{{Passage: "Russia's delegation was led by Sergei Ryabkov."}}
	if got := repairTypos("Who led the Russian delegation?", src); got != "Who led the Russian delegation?" {
		t.Errorf("repaired to %q", got)
	}
}

// A misspelt place is refused by the judge (no article names "Istambul")
// unless the question is repaired against what retrieval found; the
// repaired question is searched again.
func TestAskRepairsTyposBeforeJudging(t *testing.T) {
	hit := retrieval.Hit{ChunkID: 7, ArticleID: "istanbul", Title: "Russia and US hold embassy talks in Istanbul",
		URL: "https://example.org/istanbul", Source: "Wire", Lang: "en", Published: day("2025-04-10"),
		Text: "The Russian delegation in Istanbul was led by Ambassador Aleksandr Darchiev. The talks lasted six hours.", Relevant: true}
	h := newHarness(t, []retrieval.Hit{hit}, true, nil)
	a := h.ask(t, Request{Question: "Who led the Russian delegation in Istambul?", Lang: "en"})
	if a.NoSources || !strings.Contains(a.Text, "Darchiev") {
		t.Fatalf("the misspelt question was not answered: %+v", a)
	}
	calls := h.search.calls()
	if len(calls) != 2 || calls[1].Text != "Who led the Russian delegation in Istanbul?" {
		t.Errorf("searches %+v, want the question as asked, then repaired", calls)
	}
}

// A word the lexicon knows is a real form, whatever word of the
// passages is one letter from it: "осудили" (condemned) is no misspelt
// "обсудили" (discussed).
func TestRepairTyposKeepsKnownWords(t *testing.T) {
	src := []Citation{{Passage: "Министры обсудили санкции против Ирана на встрече в Женеве."}}
	q := "Какие страны осудили санкции против Ирана?"
	if got := repairTypos(q, src); got != q {
		t.Errorf("repaired to %q", got)
	}
}

// A Latin-script name the lexicon spells is that name, though a
// Vietnamese passage holds a syllable one letter from it ("chính").
func TestRepairTyposKeepsLexiconNames(t *testing.T) {
	src := []Citation{{Passage: "Bộ Ngoại giao Nga chính thức đề nghị nối lại các chuyến bay thẳng giữa Nga và Mỹ."}}
	q := "How many flights a week will Aeroflot operate between Russia and China?"
	if got := repairTypos(q, src); got != q {
		t.Errorf("repaired to %q", got)
	}
}

// The bound grows with the word: a short name is forgiven a dropped
// letter only, against a name the passages write, and a long unknown
// name two edits ("Будапеще", щ for шт, of a declined "Будапеште") when
// nothing is one edit away; a real name of the lexicon is never
// rewritten into another.
func TestRepairTyposLengthScaled(t *testing.T) {
	src := []Citation{{Title: "US and China open a military hotline",
		Passage: "Officials of the United States and China counted 180 unsafe intercepts in the South China Sea. " +
			"The Iran question was not raised. Делегации провели обмен заключёнными в Будапеште. Оба самолёта вылетели из Будапешта."}}
	tests := []struct {
		name, q, want string
	}{
		{"a letter dropped from a short name", "How many intercepts in the South Chna Sea?", "How many intercepts in the South China Sea?"},
		{"a short name with a changed letter is another name", "Did Iraq raise the question?", "Did Iraq raise the question?"},
		{"a short word in lower case is no name", "how many intercepts did chna count?", "how many intercepts did chna count?"},
		{"two edits in a long declined name", "Сколько времени заняла подготовка обмена в Будапеще?", "Сколько времени заняла подготовка обмена в Будапеште?"},
		{"two edits in a shorter name are too many", "Who led the Rsian delegation?", "Who led the Rsian delegation?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := repairTypos(tt.q, src); got != tt.want {
				t.Errorf("repairTypos(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}

// FuzzRepairTypos: any question is repaired without a panic, the same
// way twice, and only its words change: the text between them stays.
func FuzzRepairTypos(f *testing.F) {
	for _, s := range []string{"How many intercepts in the South Chna Sea?", "Сколько времени заняла подготовка обмена в Будапеще?", "Chna", "ǅ Rsian ß", "\xff Istambul"} {
		f.Add(s)
	}
	src := []Citation{{Title: "US and China open a hotline", Passage: "Officials counted intercepts in the South China Sea. " +
		"Делегации провели обмен в Будапеште. The Russian delegation in Istanbul was led by Darchiev. " +
		"Делегацию возглавила Евгения Корнева. Eleven companies were sanctioned."}}
	f.Fuzz(func(t *testing.T, q string) {
		got := repairTypos(q, src)
		if got != repairTypos(q, src) {
			t.Fatalf("repairTypos(%q) not deterministic", q)
		}
		if len(corpus.Tokenize(got)) != len(corpus.Tokenize(q)) && got != q {
			t.Fatalf("repairTypos(%q) = %q: words added or lost", q, got)
		}
	})
}

// A misspelt place can keep retrieval from finding anything about it:
// with no word of the passages near it, a long word one edit from a
// name the lexicon spells is repaired against the lexicon (a declined
// Russian one by its stem); a short one is left, since it is as often
// another person's name ("Rubin" is not "Rubio").
func TestRepairTyposAgainstLexicon(t *testing.T) {
	src := []Citation{{Passage: "The talks covered grain exports and embassy staffing."}}
	tests := []struct {
		name, q, want string
	}{
		{"a place retrieval missed", "Who is the US ambassador to Kazakstan?", "Who is the US ambassador to Kazakhstan?"},
		{"vi", "Ai là đại sứ Mỹ tại Kazakstan?", "Ai là đại sứ Mỹ tại Kazakhstan?"},
		{"ru declined", "Кто посол США в Казахтане?", "Кто посол США в Казахстан?"},
		{"a short name is another person", "What did Rubin say about grain?", "What did Rubin say about grain?"},
		{"a correct name stays", "What did Zakharov say about grain?", "What did Zakharov say about grain?"},
		{"a verb stemmed to a stub is no city", "Сколько месяцев будут учиться астронавты?", "Сколько месяцев будут учиться астронавты?"},
		// Snowball cuts a participle or an adjective by more than a case
		// ending: "выданная" is "выда", one letter from "вада" (WADA).
		{"a participle stemmed short is no name", "Сколько томографов охватывает лицензия, выданная компании?", "Сколько томографов охватывает лицензия, выданная компании?"},
		{"an adjective stemmed short is no name", "Какие запчасти разрешено поставлять по выданной лицензии?", "Какие запчасти разрешено поставлять по выданной лицензии?"},
		// The lexicon's names are capitalised: a word the asker writes in
		// lower case is a common word ("министров", ministers, is one
		// letter from Минстрой's stem).
		{"a common word is no misspelt name", "Когда прошла встреча министров в Мехико?", "Когда прошла встреча министров в Мехико?"},
		{"an asker who writes no capitals", "ai la dai su my tai kazakstan?", "ai la dai su my tai kazakhstan?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := repairTypos(tt.q, src); got != tt.want {
				t.Errorf("repairTypos(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}

// Two swapped letters are one typo; a name is repaired against the
// passages' spelling in the other script; a plural misspelt "-ys" is
// repaired to the "-ies" the passages write, so a counted noun binds.
// Names further away, and real words, stay as asked.
func TestRepairTyposSwapsScriptsAndPlurals(t *testing.T) {
	latin := []Citation{{Passage: "The Russian delegation was led by Yevgenia Korneva. The Treasury sanctioned 11 companies and four tankers."}}
	cyr := []Citation{{Passage: "Российскую делегацию возглавила директор департамента Евгения Корнева."}}
	tests := []struct {
		name, q string
		src     []Citation
		want    string
	}{
		{"swapped letters", "What did Korenva say about visas?", latin, "What did Korneva say about visas?"},
		{"swapped letters, other script", "What did Korenva say about visas?", cyr, "What did Korneva say about visas?"},
		{"no Cyrillic guess of a Latin name", "Что обсуждали Россия и Китай в Эр-Рияде?", []Citation{{Passage: "Russia and the US met in Riyadh. Kitiy Lavrov spoke."}}, "Что обсуждали Россия и Китай в Эр-Рияде?"},
		{"another name stays", "What did Kornilov say about visas?", cyr, "What did Kornilov say about visas?"},
		{"misspelt plural", "How many companys did the Treasury sanction?", latin, "How many companies did the Treasury sanction?"},
		{"misspelt plural the passages lack", "How many countrys did the Treasury sanction?", latin, "How many countrys did the Treasury sanction?"},
		{"a vowel before -ys is a word", "How many days did the talks last?", latin, "How many days did the talks last?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := repairTypos(tt.q, tt.src); got != tt.want {
				t.Errorf("repairTypos(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}

// A common word misspelt in one inflected form is repaired against
// another form of it that the passages hold: the typo and the passages'
// word differ by their endings as well as by the slip ("амириканцы"
// against "американцев", "dipolmats" against "diplomatic"), so no whole
// word is an edit away, but their stems are. The repair keeps the
// asker's ending. A stem an edit from two of the passages' stays.
func TestRepairTyposInflectedCommonWords(t *testing.T) {
	src := []Citation{{Title: "Обмен в Абу-Даби", Passage: "Россия освободила трёх американцев. Американские дипломаты встретили их в аэропорту. " +
		"The diplomatic mission in Abu Dhabi was closed for the weekend. Journalists waited outside the terminal."}}
	tests := []struct {
		name, q, want string
	}{
		{"Russian, another case", "Сколько амириканцы провели в заключении?", "Сколько американцы провели в заключении?"},
		{"English, another word of the stem", "How many dipolmats met them?", "How many diplomats met them?"},
		{"English, a swapped pair in a plural", "What did the jounralists see?", "What did the journalists see?"},
		{"a real word stays", "How many diplomats met them?", "How many diplomats met them?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := repairTypos(tt.q, src); got != tt.want {
				t.Errorf("repairTypos(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}

// A real word the passages do not hold stays as asked, even when its
// stem is an edit from one of theirs: "станках" (machine tools, asked
// of an English article) is not "станцах" (stations) of a Russian one.
func TestRepairTyposLeavesShortStemsAlone(t *testing.T) {
	src := []Citation{{Passage: "Алисия Бреннан посетила две станции метро. На станции её ждали журналисты."}}
	q := "Что сказала Алисия Бреннан о станках?"
	if got := repairTypos(q, src); got != q {
		t.Errorf("repairTypos(%q) = %q, want it unchanged", q, got)
	}
}
