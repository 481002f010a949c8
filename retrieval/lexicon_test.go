package retrieval

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/detente/detente/corpus"
)

func TestLexiconParses(t *testing.T) {
	l := DefaultLexicon()
	if l.Len() < 300 {
		t.Errorf("embedded lexicon has %d entries, want at least 300", l.Len())
	}
	if got, want := l.Languages(), []string{"vi", "en", "ru"}; !slices.Equal(got, want) {
		t.Errorf("languages %v, want %v", got, want)
	}
	// Every entry is translated into every language: an untranslated cell
	// is a question in that language that finds nothing in the others.
	for i, e := range l.entries {
		for c, lang := range l.langs {
			if !slices.ContainsFunc(e.terms, func(t lexTerm) bool { return t.col == c }) {
				t.Errorf("entry %d (%s): no %s term", i+1, e.terms[0].text, lang)
			}
		}
	}
}

func TestParseLexiconErrors(t *testing.T) {
	const h = "@vi\ten\n"
	for _, src := range []string{
		"",
		"# only a comment\n",
		h,                             // a header, no entries
		"Nga\tRussia\n",               // no header
		"@vi\nNga\n",                  // one language
		"@vi\tvi\nNga\tNga\n",         // a language twice
		"@vi\tEnglish\nNga\tRussia\n", // not a language code
		h + "Nga Russia\n",            // no tab
		h + "Nga\tRussia\tRussland\n", // three columns under two
		h + "Nga|\tRussia\n",          // empty alternative
		h + "Nga\t!!!\n",              // no words
		h + "\t\n",                    // no terms at all
		h + "Nga\t^Russia\n",          // "^" on a word that is not Russian
		h + "Nga\t^суд страны\n",      // "^" on two words
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
		// Verbs and nouns that questions ask about, across languages;
		// a common word ("чем", "против") translates nothing.
		{"Какой вопрос подняла российская сторона?", []string{"raise", "nêu vấn đề"}, nil},
		{"Где зарегистрированы компании?", []string{"register", "đăng ký"}, nil},
		{"О чём договорились стороны?", []string{"agree", "nhất trí"}, []string{"compared with", "so với"}},
		{"санкции против России", nil, []string{"target", "nhằm vào"}},
		// English to Vietnamese.
		{"sanctions on Russia", []string{"trừng phạt", "Nga"}, nil},
		{"US-Russia talks in Istanbul", []string{"Mỹ", "Hoa Kỳ", "đàm phán", "Ixtanbun"}, nil},
		{"Turkey", []string{"Thổ Nhĩ Kỳ"}, nil},
		// Russian, inflected, to the others and back.
		{"Кто возглавляет российскую делегацию в Стамбуле?", []string{"delegation", "phái đoàn", "Istanbul", "led by", "Russia"}, nil},
		{"встреча в Эр-Рияде", []string{"Riyadh", "meeting"}, nil},
		{"Когда истекает СНВ-3?", []string{"New START", "expire", "ДСНВ"}, nil},
		{"Какие санкции США ввели против России?", []string{"sanctions", "trừng phạt", "United States", "impose"}, nil},
		{"Что сказал Лавров?", []string{"Lavrov", "Lav-rốp"}, nil},
		{"Рубио и Лавров", []string{"Rubio", "Marco Rubio", "Lavrov"}, nil},
		{"посол Дарчиев", []string{"ambassador", "đại sứ", "Darchiev"}, nil},
		{"обмен заключёнными", []string{"prisoner exchange"}, nil},
		{"переговоры 26 марта", []string{"talks", "March 26", "26/3"}, nil},
		{"Lavrov and Rubio in Riyadh", []string{"Лавров", "Рубио", "Эр-Рияд"}, nil},
		{"Ngoại trưởng Lavrov", []string{"министр иностранных дел", "Лавров", "foreign minister"}, nil},
		{"New START", []string{"СНВ-3", "ДСНВ"}, nil},
		{"sanctions on March 26", []string{"26 марта", "26/3", "санкции"}, nil},
		// Russian names the lexicon does not know are romanized as the
		// press writes them, declined forms by their stem too.
		{"С кем встречался Виктор Орлов в Нью-Дели?", []string{"viktor", "orlov", "New Delhi"}, []string{"nyu", "deli"}},
		{"разговор Орлова с Хейл", []string{"orlova", "orlov"}, nil},
		{"Что сказал Дмитрий Щукин?", []string{"dmitry", "shchukin"}, nil},
		{"Лавров", []string{"Lavrov"}, []string{"lavrov"}}, // the lexicon's spelling, not a romanization
		// Latin names the lexicon does not know are spelled as Russian
		// outlets would; Vietnamese syllables and acronyms are not.
		{"What did Hale urge Moscow to do about Iran?", []string{"хейл", "Иран"}, nil},
		{"Robert Kline nói gì?", []string{"роберт", "клайн"}, []string{"нои"}},
		{"Who is Roman Zaitsev?", []string{"зайцев"}, nil},
		// A name matches its declined forms, not words sharing its stem.
		{"интервью с Захаровой", []string{"Zakharova"}, nil},
		{"позиция Лаврова и Рубио", []string{"Lavrov", "Rubio"}, []string{"lavrova"}},
		{"встреча с Антоновым", []string{"Antonov"}, nil},
		{"переговоры в Саудовской Аравии", []string{"Saudi Arabia"}, []string{"aravii"}},
		{"Кирилл Дмитриев и Дмитрий Песков", []string{"Dmitriev", "Peskov"}, nil},
		{"посольство в Москве", []string{"Moscow", "embassy"}, nil},
		{"Антон Силуанов", []string{"anton"}, []string{"Antonov"}},
		{"бурый медведь", nil, []string{"Medvedev"}},
		// A word that shares a stem or a name's beginning is another word
		// (TestLexiconCollisions finds them).
		{"дело рассмотрят в суде", []string{"court"}, []string{"judge"}},
		{"судья вынес решение", []string{"judge"}, []string{"court"}},
		{"О чём договорились стороны?", []string{"agree"}, []string{"treaty"}},
		{"продление договора", []string{"treaty"}, []string{"agree"}},
		{"новые данные", []string{"data"}, []string{"Denmark"}},
		{"встреча со Смитом", nil, []string{"media"}},
		{"лимиты вылова", nil, []string{"Lima"}},
		{"accountability for the strike", nil, []string{"счёт", "tài khoản"}},
		{"the department reportedly said", nil, []string{"отправиться", "корреспондент"}},
		{"Who was the candidate?", []string{"кандидат"}, nil},
		{"освобождение заключённых", []string{"prisoner"}, nil},
		{"в заключении говорится", nil, []string{"prisoner"}},
		{"переговоры продлятся два дня", []string{"last for"}, []string{"extend"}},
		{"договор продлили на пять лет", []string{"extend"}, []string{"last for"}},
		{"делегация отправилась в Женеву", []string{"departure"}, []string{"send"}},
		{"Визы журналистам не выдали", []string{"visa"}, []string{"visit"}},
		{"перед визитом в Пекин", []string{"visit"}, []string{"visa"}},
		{"число визитов выросло", []string{"visit"}, []string{"visa"}},
		{"после учений флота", []string{"drills"}, []string{"scientists"}},
		// Short Russian stems that frequent words share.
		{"он стал министром за пять лет", nil, []string{"steel", "loan", "summer"}},
		{"пошлины на сталь и уголь", []string{"steel", "coal"}, nil},
		{"кредиты и займы", []string{"loan agreement"}, nil},
		{"вылов лосося летом", []string{"catch", "summer"}, nil},
		{"thủy triều dâng cao", nil, []string{"million", "миллион"}}, // a tide, not "triệu"
		{"3 triệu USD", []string{"million"}, nil},
		{"3 trieu USD", []string{"million"}, nil},
		{"tiến trình hoà bình", []string{"peace"}, nil}, // the tone on the other vowel
		{"санкции против россии", nil, []string{"sanktsii", "protiv"}},
		// "после" (after) stems as "посол" (ambassador) does; salmon and
		// a team in the cases Snowball stems apart
		{"что он сказал после встречи", nil, []string{"ambassador"}},
		{"Послом в какой стране служил он?", []string{"ambassador"}, nil},
		{"встреча с послом", []string{"ambassador"}, nil},
		{"переговоры по лососю", []string{"salmon"}, nil},
		{"российская команда", []string{"team"}, []string{"commander"}},
		{"поэтому переговоры отложили", nil, []string{"poet"}},
		{"само соглашение не продлевает", nil, []string{"Samoa"}},
		{"посол в Бразилии", []string{"Brazil"}, []string{"Brasilia"}},
		{"тиран", nil, []string{"Tirana"}},
		{"Расскажи о новом после России", []string{"new ambassador"}, nil},
		{"Когда соглашение вступит в силу?", []string{"take effect"}, []string{"forces"}},
		{"меры в отношении консульств", []string{"measures"}, []string{"relations"}},
		{"С помощью чего снижают орбиту?", []string{"orbit"}, []string{"aid"}},
		// English words that fold like Vietnamese ones must not expand.
		{"tell us about my trip", nil, []string{"United States", "Mỹ", "Hoa Kỳ"}},
		{"who is the AI", []string{"trí tuệ nhân tạo"}, []string{"Nhà nước Hồi giáo"}},
		{"Ai là trưởng đoàn", []string{"head of delegation"}, []string{"artificial intelligence"}},
		{"Hoa Kỳ", []string{"United States"}, []string{"sign", "signed"}},
		{"thứ trưởng", nil, []string{"letter"}},
		{"hợp tác", []string{"cooperation"}, []string{"meeting"}},
		{"what is the recipe for pho?", nil, nil},
		// Common words of the news, not only names.
		{"người dân phải quá cảnh ở đâu", []string{"transit", "транзит"}, nil},
		{"Каков товарооборот России и Китая?", []string{"trade", "China"}, nil},
		{"embassy staff cuts", []string{"сотрудник", "nhân viên"}, nil},
		{"consulate in San Francisco", []string{"Сан-Франциско", "генконсульство"}, nil},
		{"Кто возглавляет Роскосмос?", []string{"director", "Roscosmos"}, nil},
		// Seas, straits and regions, declined in Russian.
		{"учения в Финском заливе", []string{"Gulf of Finland", "vịnh Phần Lan"}, nil},
		{"tàu chở dầu ở eo biển Malacca", []string{"Strait of Malacca", "Малаккский пролив"}, nil},
		{"судно прошло Ла-Манш", []string{"English Channel"}, nil},
		{"Houthi attacks near Bab el-Mandeb", []string{"Баб-эль-Мандебский пролив"}, nil},
		{"в Индо-Тихоокеанском регионе", []string{"Indo-Pacific"}, nil},
		{"French troops leave the Sahel", []string{"Сахель"}, nil},
		{"выборы в Приднестровье", []string{"Transnistria"}, nil},
		{"власти Приморья", []string{"Primorye"}, nil},
		{"обстрелы Запорожья", []string{"Zaporizhzhia"}, nil},
		// A neuter agency in "-ство" declines; a name in "-о" does not.
		{"делегация Росрыболовства", []string{"federal fisheries agency"}, nil},
		{"договорились с Росрыболовством", []string{"Rosrybolovstvo"}, nil},
		{"в Токио", []string{"Tokyo"}, nil},
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
	f.Add("@vi\ten\nNga\tRussia|Russian\n")
	f.Add("@vi\ten\tru\n!~Mỹ|Hoa Kỳ\t=US|United States\tСША\n# comment\n\n")
	f.Add("@vi\ten\n=AI\t~ai\r\n")
	f.Add("@vi\ten\n\t\n")
	f.Add("@vi\ten\tru\na|b|c\td|e|f\t\n")
	f.Add("Nga\tRussia\n")
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
		for _, q := range []string{src, "Nga Mỹ", "US talks", "санкции против России"} {
			if a, b := l.Expand(q), l.Expand(q); !slices.Equal(a, b) {
				t.Fatalf("Expand(%q) not deterministic", q)
			}
		}
	})
}

// TestCyrillize: a Latin name is spelled as the Russian press spells it,
// an English name by its sound and a Russian one by undoing Romanize.
func TestCyrillize(t *testing.T) {
	tests := []struct {
		in   string
		want string // one of the spellings
	}{
		{"hale", "хейл"}, {"whitaker", "уитакер"}, {"moore", "мур"}, {"james", "джеймс"}, {"kline", "клайн"},
		{"bruce", "брюс"}, {"marsh", "марш"}, {"ross", "росс"}, {"zaitsev", "зайцев"}, {"dmitry", "дмитрий"},
		{"alexei", "алексей"}, {"dorokhov", "дорохов"}, {"thomas", "томас"},
	}
	for _, tt := range tests {
		if got := Cyrillize(tt.in); !slices.Contains(got, tt.want) {
			t.Errorf("Cyrillize(%q) = %q, want %q among them", tt.in, got, tt.want)
		}
	}
	for _, in := range []string{"", "ab", "орлов", "hale2", "o'neil"} {
		if got := Cyrillize(in); got != nil {
			t.Errorf("Cyrillize(%q) = %q, want nothing", in, got)
		}
	}
}

func TestRomanize(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"орлов", "orlov"}, {"дмитрий", "dmitry"}, {"юрий", "yury"}, {"щукин", "shchukin"},
		{"хабаров", "khabarov"}, {"царев", "tsarev"}, {"ковалев", "kovalev"}, {"зырянов", "zyryanov"},
		{"дарья", "darya"}, {"жуков", "zhukov"}, {"подъем", "podem"}, {"orlov", "orlov"}, {"орлов1", "орлов1"}, {"", ""},
	} {
		if got := Romanize(tt.in); got != tt.want {
			t.Errorf("Romanize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestJudgeFindsInflectedConcepts: a lexicon concept of the question is
// found in a passage of another language in whatever case the passage
// declines it ("sanctions" in "санкций", "banks" in "банки"), but a name
// is not found in another name that shares its stem.
func TestJudgeFindsInflectedConcepts(t *testing.T) {
	tests := []struct {
		q, passage string
		want       bool
	}{
		{"new sanctions on banks", "Новый пакет санкций затронул крупные банки.", true},
		{"sanctions on banks", "Погода в Москве на выходные будет тёплой.", false},
		{"What did Kirill Dmitriev say?", "Дмитрий Иванов выступил на форуме.", false},
		// An English name the lexicon lacks, declined in Russian.
		{"What did Hale urge Moscow to do about Iran?", "Госсекретарь Хейл говорила о роли Москвы в переговорах с Ираном.", true},
		{"What did Hale urge Moscow to do about Iran?", "Москва обсудила с Ираном ядерную программу.", false},
		// A word that shares the concept's stem or a name's beginning is
		// another word (TestLexiconCollisions).
		{"судья санкции", "Судья отменил санкции.", true},
		{"судья санкции", "Суд отменил санкции.", false},
		{"treaty sanctions", "Продление договора о санкциях.", true},
		{"treaty sanctions", "Стороны договорились о санкциях.", false},
		{"СМИ санкции", "Встреча со Смитом была посвящена санкциям.", false},
		// An "=" spelling is found as written, not folded.
		{"WHO vaccine", "The WHO approved the vaccine.", true},
		{"WHO vaccine", "Officials who doubt the vaccine spoke.", false},
		{"Viên Iran", "Đàm phán với Iran ở Viên tiếp tục.", true},
		{"Viên Iran", "Các thành viên phái đoàn Iran đã đến.", false},
	}
	for _, tt := range tests {
		phrasings := []string{tt.q}
		c := queryConcepts(phrasings, expansionGroups(phrasings))
		if got, _ := c.judge(tt.passage); got != tt.want {
			t.Errorf("judge(%q, %q) = %v, want %v", tt.q, tt.passage, got, tt.want)
		}
	}
}

// TestJudgeCrossScript: a passage in the other script than the question
// is judged by the evidence it could hold. The question's words that no
// lexicon concept translates cannot be in it; its names can, and the
// corpus's topic alone is still no evidence.
func TestJudgeCrossScript(t *testing.T) {
	tests := []struct {
		q, passage string
		want       bool
	}{
		{"Кто выступил посредником в Женеве?", "The meeting in Geneva was mediated by Swiss diplomats.", true},
		{"Кто выступил посредником в Женеве?", "The meeting in Vienna was mediated by Austrian diplomats.", false},
		{"Какая погода будет в Москве на выходных?", "Moscow and Washington agreed to hold new talks.", false},
		// A common word is no name: every ambassador is "посол".
		{"Что посол думает о погоде?", "The ambassador of Brazil presented his credentials.", false},
		// A Russian name of several words, declined in the passage.
		{"What did the White House say about the sanctions?", "В Белом доме заявили, что новые санкции вступят в силу в мае.", true},
		{"Did the Security Council vote on the ceasefire?", "Члены Совета Безопасности проголосовали за прекращение огня.", true},
		// Same script: unchanged, two pieces of evidence are needed.
		{"Кто выступил посредником в Женеве?", "В Женеве прошла выставка часов.", false},
	}
	for _, tt := range tests {
		phrasings := []string{tt.q}
		c := queryConcepts(phrasings, expansionGroups(phrasings))
		if got, _ := c.judge(tt.passage); got != tt.want {
			t.Errorf("judge(%q, %q) = %v, want %v", tt.q, tt.passage, got, tt.want)
		}
	}
}

// TestQuestionWordsAreNoNames: a Russian question word capitalised at the
// head of a question is not a name to transliterate and look for.
func TestQuestionWordsAreNoNames(t *testing.T) {
	for _, q := range []string{"Почему Орлов отменил визит?", "Сколько Орлов провёл встреч?", "Какие санкции ввёл Орлов?"} {
		for _, g := range expansionGroups([]string{q}) {
			if slices.Contains([]string{"почему", "сколько", "какие"}, g.matched) {
				t.Errorf("%q: %q read as a name (%v)", q, g.matched, g.spellings)
			}
		}
	}
}

// TestKnown: a form of a common word the lexicon holds is known, alone or
// inside a longer term; a misspelt name, and a word it does not hold,
// are not.
func TestKnown(t *testing.T) {
	for w, want := range map[string]bool{"осудили": true, "обсудили": true, "condemned": true, "Стамбле": false, "Istambul": false, "countrys": false,
		// Words the lexicon holds only inside longer terms.
		"министр": true, "министра": true, "иностранных": true, "exchange": true} {
		if got := Known(w); got != want {
			t.Errorf("Known(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestCrossLingualReach: a question about a country or an everyday thing
// of the news (wheat, tonnes, students, a satellite) finds the article
// written in another language, as relevant, with no model to translate:
// the lexicon's region names and general vocabulary carry it across.
func TestCrossLingualReach(t *testing.T) {
	e, st := seededEngine(t)
	day := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
	arts := []corpus.Article{
		{ID: "vi-kenya-wheat", Lang: "vi", Source: "Tin Quốc tế", Published: day,
			Title: "Nga chuyển 25.000 tấn lúa mì viện trợ cho Kenya",
			Body: "Một tàu hàng đã rời cảng Novorossiysk hôm thứ Ba, chở 25.000 tấn lúa mì mà Nga viện trợ cho Kenya.\n\n" +
				"Đại sứ Kenya cho biết số lúa mì sẽ được phân phát cho các vùng bị hạn hán ở phía bắc đất nước trong tháng Tư."},
		{ID: "en-angola-students", Lang: "en", Source: "Africa Desk", Published: day,
			Title: "Russia offers 300 university scholarships to students from Angola",
			Body: "Russia will fund 300 places at its universities for students from Angola next year, the Russian embassy in Luanda said on Monday.\n\n" +
				"Most of the scholarships are for engineering and medicine. The first students are expected in Kazan in September."},
		{ID: "ru-india-satellite", Lang: "ru", Source: "Космос сегодня", Published: day,
			Title: "Россия и Индия запустят совместный спутник для наблюдения за муссонами",
			Body: "Учёные России и Индии создадут совместный спутник для наблюдения за муссонами.\n\n" +
				"Запуск с космодрома Восточный намечен на 2028 год, сообщили в Роскосмосе. Спутник будет передавать данные о погоде метеорологам обеих стран."},
	}
	for i := range arts {
		arts[i].Body = corpus.Normalize(arts[i].Body)
		arts[i].Hash = corpus.BodyHash(arts[i].Body)
	}
	ingest(t, st, e, arts...)
	tests := []struct{ q, want string }{
		{"How many tonnes of wheat did Russia send to Kenya?", "vi-kenya-wheat"},
		{"Сколько студентов из Анголы будут учиться в российских университетах?", "en-angola-students"},
		{"Các nhà khoa học Nga và Ấn Độ sẽ phóng vệ tinh từ sân bay vũ trụ nào?", "ru-india-satellite"},
	}
	for _, tt := range tests {
		hits, err := e.Search(context.Background(), Query{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(hits, func(h Hit) bool { return h.ArticleID == tt.want })
		if i < 0 || !hits[i].Relevant {
			var got []string
			for _, h := range hits {
				got = append(got, fmt.Sprintf("%s relevant=%v", h.ArticleID, h.Relevant))
			}
			t.Errorf("%q: want %s among the relevant hits, got %v", tt.q, tt.want, got)
		}
	}
}

// TestEverydayVocabulary: the general news words translate in every
// direction, and a word of one syllable or a short stem that is part of
// other words does not drag its translation into them.
func TestEverydayVocabulary(t *testing.T) {
	tests := []struct {
		q       string
		want    []string
		notWant []string
	}{
		{"hạn ngạch đánh bắt cá hồi", []string{"quota", "salmon", "лосось", "fishing"}, nil},
		{"Сколько тонн пшеницы?", []string{"tonnes", "wheat", "lúa mì"}, nil},
		{"researchers on the expedition", []string{"nhà nghiên cứu", "экспедиция"}, nil},
		{"bank account for diplomats", []string{"tài khoản", "счёт"}, nil},
		{"стартовая площадка", []string{"launch pad", "bệ phóng"}, nil},
		{"nhà báo bị kết án tù", []string{"journalist", "журналист"}, nil},
		// Parts of other words stay theirs.
		{"vụ tấn công ở Moskva", []string{"attack"}, []string{"tonnes"}},
		{"Nga yêu cầu Mỹ", []string{"demand"}, []string{"bridge"}},
		{"lệnh trừng phạt cá nhân", nil, []string{"fish"}},
		{"заявление посла", nil, []string{"send"}},
		{"chỉ huy quân đội", nil, []string{"cancel"}},
		{"Who met Lavrov?", nil, []string{"Всемирная организация здравоохранения"}},
		// Folded, a phrase can be another one: "đó là" (that is) is no
		// dollar, "tại sân bay" no assets, "hoạt động của" no closure.
		{"Đó là lý do tại sân bay có nhiều người bị giữ", nil, []string{"dollar", "assets", "Belgium"}},
		{"hoạt động của đại sứ quán tháng sau", []string{"embassy"}, []string{"close", "June"}},
		{"nhân viên hải quan", nil, []string{"navy"}},
		// Snowball stems "визит" and "виза" alike.
		{"выдача виз", []string{"visa"}, []string{"visit"}},
		{"визит Лаврова", []string{"visit"}, []string{"visa"}},
		{"о визите", []string{"visit"}, []string{"visa"}},
		{"российские учёные", []string{"scientist"}, []string{"drills"}},
		{"военные учения у границы", []string{"drills"}, []string{"scientists"}},
		{"relatives of the prisoners", []string{"родственники"}, []string{"отношения"}},
		{"a presidential aide", nil, []string{"viện trợ"}},
		// Everyday words of the kinds probes found untranslated: drills,
		// guards, consular papers, sport, rescue and the verbs reports use.
		{"береговая охрана задержала судно", []string{"coast guard", "cảnh sát biển"}, nil},
		{"joint naval exercises in the Pacific", []string{"учения", "tập trận"}, nil},
		{"cuộc diễn tập của hải quân", []string{"drills", "учения"}, nil},
		{"how many visa applications", []string{"заявка", "đơn xin"}, nil},
		{"хоккеисты КХЛ", []string{"hockey player", "KHL"}, nil},
		{"Bộ Tình trạng Khẩn cấp cứu hộ", []string{"МЧС", "Emergencies Ministry"}, nil},
		{"Кремль опроверг сообщения", []string{"deny", "phủ nhận"}, nil},
		{"пограничники задержали", []string{"border guard", "bộ đội biên phòng"}, nil},
		// "Sport" keeps to its words: a football goal is no policy goal.
		{"the goal of the talks", nil, []string{"гол"}},
		{"a think tank in Washington", nil, []string{"танк"}},
	}
	for _, tt := range tests {
		got := Expand(tt.q)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("Expand(%q) = %q, want %q among them", tt.q, got, w)
			}
		}
		for _, w := range tt.notWant {
			if slices.Contains(got, w) {
				t.Errorf("Expand(%q) = %q, want no %q", tt.q, got, w)
			}
		}
	}
}

// BenchmarkExpand measures the lexicon's share of every search: the
// expansion of each question of the tuning sets (tune and eval2).
func BenchmarkExpand(b *testing.B) {
	var qs []string
	for _, name := range []string{"../testdata/eval/tune.jsonl", "../testdata/eval2/questions.jsonl"} {
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			var q struct {
				Q string `json:"q"`
			}
			if err := json.Unmarshal([]byte(line), &q); err != nil {
				b.Fatalf("%s: %v", name, err)
			}
			qs = append(qs, q.Q)
		}
	}
	l := DefaultLexicon()
	b.ReportAllocs()
	for b.Loop() {
		for _, q := range qs {
			l.expandGroups(q)
		}
	}
}

// BenchmarkLoadLexicon measures parsing the embedded lexicon and merging
// the region names, paid once per process.
func BenchmarkLoadLexicon(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		l, err := ParseLexicon(lexiconTSV)
		if err != nil {
			b.Fatal(err)
		}
		r, err := ParseLexicon(regionsTSV)
		if err != nil {
			b.Fatal(err)
		}
		if err := l.merge(r); err != nil {
			b.Fatal(err)
		}
	}
}

// TestVietnameseTermsKeepToTheirWords folds every Vietnamese term of the
// lexicon against the Vietnamese text of the test corpora and fails where
// it matches a phrase written with other marks: folded, "đô la" (dollar)
// is "đó là" (that is) and "Ai Cập" (Egypt) "ai cấp" (who issues), which
// would then expand to dollars and Egypt. Such a term is written "=" (see
// the header of lexicon.tsv).
func TestVietnameseTermsKeepToTheirWords(t *testing.T) {
	// Written forms of the same word, and one rare collision kept.
	same := map[string]bool{"nhằm vào": true, "hằng tuần": true, "hằng năm": true, "mô đun": true, "quân nhấn": true}
	var texts []string
	for _, dir := range []string{"../testdata/eval/articles", "../testdata/eval2/articles"} {
		files, err := filepath.Glob(filepath.Join(dir, "*vi*.md"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	for _, a := range seeds(t) {
		if a.Lang == "vi" {
			texts = append(texts, a.Title+"\n"+a.Body)
		}
	}
	if len(texts) < 5 {
		t.Fatalf("%d Vietnamese texts, want the test corpora's", len(texts))
	}
	l := DefaultLexicon()
	vi := slices.Index(l.langs, "vi")
	for _, text := range texts {
		text = corpus.Normalize(text)
		var written, folded []string
		for _, sp := range appendWords(nil, text) {
			w := text[sp.start:sp.end]
			written = append(written, strings.ToLower(w))
			folded = append(folded, strings.Join(words(w), " "))
		}
		at := map[string][]int{}
		for i, f := range folded {
			at[f] = append(at[f], i)
		}
		for _, e := range l.entries {
			for _, x := range e.terms {
				if x.exact || x.col != vi {
					continue
				}
				want := strings.ToLower(strings.Join(appendWordsText(x.text), " "))
				for _, i := range at[x.ftoks[0]] {
					if !hasTokensAt(folded, i, x.ftoks) {
						continue
					}
					got := strings.Join(written[i:i+len(x.ftoks)], " ")
					if got != want && !same[got] && corpus.Fold(got) != got {
						t.Errorf("%q matches %q: write it \"=\" or as a phrase", x.text, got)
					}
				}
			}
		}
	}
}
