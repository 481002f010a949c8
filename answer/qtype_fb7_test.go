package answer

import (
	"slices"
	"strings"
	"testing"

	"github.com/detente/detente/corpus"
)

// TestRussianPrepositionAsksNoDateAlone: "с какого"/"до какого" ask for a
// bound of a period only before a noun of time ("с какого года", "до
// какого числа"); "с каких станций" asks from where, "по каким причинам"
// why, "до какого уровня" how far. And a noun between "какой" and a
// noun of persons is no adjective of theirs: "в какой срок дипломатам"
// asks for a time, not which diplomats.
func TestRussianPrepositionAsksNoDateAlone(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want qType
	}{
		{"С каких складов будут отгружать зерно?", qOther},
		{"До какого уровня стороны сократят арсеналы?", qOther},
		{"По каким причинам отложили переговоры?", qWhy},
		{"С какого числа действует новый тариф?", qWhen},
		{"До какого года продлён договор?", qWhen},
		{"С каких пор посольство закрыто?", qWhen},
		{"В какой срок журналистам должны выдать аккредитацию?", qHowMany},
		{"Какой американский журналист был освобождён?", qWho},
		{"Какие российские дипломаты вернулись в Москву?", qWho},
	} {
		if got := answerType(tc.q); got != tc.want {
			t.Errorf("answerType(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestDeadlineIsAnEnd: "by when" asks a deadline, in vi/en/ru ("by
// when", "к какому году", "chậm nhất khi nào"), answered by the date
// that bounds it ("by March 2027"), not by the day the story happened,
// also when a relative clause stands between the subject and its verb
// ("The new bridge, which will carry ..., is to open by ...").
func TestDeadlineIsAnEnd(t *testing.T) {
	for _, q := range []string{
		"By when should the new bridge be open?",
		"By what date must the reactor be shut down?",
		"К какому году мост должны открыть?",
		"Cây cầu mới phải hoàn thành chậm nhất khi nào?",
	} {
		if periodBound(q) == nil || answerType(q) != qWhen {
			t.Errorf("%q asks no deadline (answerType %v)", q, answerType(q))
		}
	}
	for _, q := range []string{
		"By what means will the bridge be paid for?",
		"К какому сроку суд приговорил Белякова?",
	} {
		if periodBound(q) != nil {
			t.Errorf("%q read as asking a deadline", q)
		}
	}
	bridge := Citation{N: 1, ArticleID: "bridge", Title: "Two countries agree on a river bridge", Lang: "en",
		Passage: "NARVA - Estonian and Latvian ministers agreed on Tuesday to build a new road bridge across the river, after a day of talks in the border town. " +
			"The new bridge, which will carry two lanes of traffic and a cycle path over the old ferry crossing, is to be open by October 2028. " +
			"Until then the ferry will run twice an hour."}
	most := Citation{N: 1, ArticleID: "most", Title: "Россия и Казахстан построят мост", Lang: "ru",
		Passage: "ОРЕНБУРГ, 3 марта. Министры транспорта России и Казахстана во вторник договорились построить новый мост через реку Урал. " +
			"Новый мост, который соединит две трассы и заменит старую паромную переправу, должны открыть к октябрю 2028 года. " +
			"До тех пор паром будет ходить дважды в час."}
	for _, tc := range []struct {
		q   string
		src Citation
	}{
		{"By when is the new bridge supposed to be ready?", bridge},
		{"When will the new bridge be ready?", bridge},
		{"К какому году будет готов новый мост через Урал?", most},
		{"Когда будет готов новый мост?", most},
	} {
		if got := firstBullet(t, tc.q, corpus.DetectLang(tc.q), tc.src); !strings.Contains(got, "2028") {
			t.Errorf("%s: first bullet %q, want the deadline", tc.q, got)
		}
	}
}

// TestVenueNearACity: a venue of talks is a place, named after its
// kind ("в усадьбе Линнахалл", "at the Linnahall manor", "tại khách sạn
// Metropole") or by the city it is near ("под Таллином", "outside
// Tallinn", "gần Hà Nội"), and answers "where exactly" over the lead
// that names only the country's capital.
func TestVenueNearACity(t *testing.T) {
	for _, s := range []string{
		"Консультации проходили 5 и 6 мая в усадьбе Линнахалл.",
		"Консультации проходили 5 и 6 мая под Таллином.",
		"The talks were held outside Tallinn.",
		"Cuộc gặp diễn ra tại khách sạn Metropole.",
		"Cuộc gặp diễn ra gần Hà Nội.",
	} {
		if !qWhere.answers(s) {
			t.Errorf("no place found in %q", s)
		}
	}
	src := Citation{N: 1, ArticleID: "tallinn", Title: "Эстония и Финляндия договорились о пароме", Lang: "ru",
		Passage: "ТАЛЛИН, 7 мая. Эстония и Финляндия договорились возобновить ночной паром между столицами, сообщил министр транспорта Эстонии по итогам двухдневных консультаций в Таллине. " +
			"Паром начнёт ходить в июне. " +
			"Консультации проходили 5 и 6 мая в усадьбе Линнахалл под Таллином."}
	if got := firstBullet(t, "Где именно проходили майские консультации о пароме?", "ru", src); !strings.Contains(got, "Линнахалл") {
		t.Errorf("first bullet %q, want the venue", got)
	}
}

// TestSparePartsAreNoPast: typed without diacritics, "phu tung" (phụ
// tùng, spare parts) holds the syllable of "tung" (từng, once) but asks
// nothing about the past: "how long is the spare-parts licence valid"
// is answered by its term, while "tung lam" still asks a former post.
func TestSparePartsAreNoPast(t *testing.T) {
	if formerQuestionRE.MatchString("giay phep nhap khau phu tung co hieu luc trong bao lau?") {
		t.Error("a question about spare parts read as asking the past")
	}
	if !formerQuestionRE.MatchString("truoc day ong lindqvist tung lam dai su o dau?") {
		t.Error("\"tung lam\" not read as asking the past")
	}
	src := Citation{N: 1, ArticleID: "parts", Title: "Canada licenses tractor parts for Belarus", Lang: "en",
		Passage: "OTTAWA - Canada has granted a licence to export spare parts for tractors to Belarus, the first such licence since 2022. " +
			"The licence, valid for 18 months, covers parts for 300 tractors. " +
			"Officials said the decision was about farmers."}
	if got := firstBullet(t, "Giay phep xuat khau phu tung cho Belarus co hieu luc trong bao lau?", "vi", src); !strings.Contains(got, "18 months") {
		t.Errorf("first bullet %q, want the licence's term", got)
	}
}

// TestPortfolioIsNoSide: the country an official is in charge of ("for
// Russian affairs", "phụ trách các vấn đề Nga", "по делам России") is not
// the side the official heads: "Who led Russia's delegation" is not
// answered by the American head, whatever her title's portfolio.
func TestPortfolioIsNoSide(t *testing.T) {
	src := Citation{N: 1, ArticleID: "vienna", Title: "U.S. and Russia agree on visa rules", Lang: "en",
		Passage: "VIENNA - The United States and Russia agreed on Monday to ease visa rules for diplomats, after a day of talks in the Austrian capital. " +
			"Marta Kowalski, deputy assistant secretary of state for Russian affairs, led the American delegation. " +
			"Russia was represented by Ambassador Oleg Dronov."}
	for _, q := range []string{
		"Who led Russia's delegation at the Vienna visa talks?",
		"Who headed the Russian side in Vienna?",
	} {
		if got := firstBullet(t, q, "en", src); !strings.Contains(got, "Dronov") {
			t.Errorf("%s: first bullet %q, want the Russian head", q, got)
		}
	}
	if !otherSideOnly("Marta Kowalski, deputy assistant secretary of state for Russian affairs, led the American delegation.", 0) {
		t.Error("the American head read as naming the Russian side")
	}
}

// TestLetGoIsRelease: Russian asks who was let go ("кого отпустили")
// where its report says freed ("освобождённых"), as English says
// "released": the verbs of release are one concept, so the judge finds
// the question's verb in the Russian report of the exchange.
func TestLetGoIsRelease(t *testing.T) {
	src := Citation{N: 1, ArticleID: "astana", Title: "Обмен заключёнными в Астане", Lang: "ru",
		Passage: "Россия и Канада во вторник провели обмен заключёнными в аэропорту Астаны. " +
			"Спецпосланник Канады Дэвид Лоу встретил освобождённых у трапа самолёта: инженера Марка Тейлора и студентку Анну Грин."}
	v := judge("Кого Россия отпустила в рамках обмена в Астане?", "ru", []Citation{src})
	for _, m := range v.Missing {
		if strings.HasPrefix("отпустила", m) {
			t.Errorf("\"отпустила\" not found in the report of the release: %+v", v)
		}
	}
}

// TestElidedSecondAsk: "where was he arrested, and why?" asks two
// things, its second ask only a question word, in vi/en/ru; each is
// answered, the first ask's sentence first.
func TestElidedSecondAsk(t *testing.T) {
	for q, want := range map[string][]string{
		"Where was Noble arrested, and why?":  {"Where was Noble arrested?", "why was Noble arrested?"},
		"Ông Noble bị bắt ở đâu và vì sao?":   {"Ông Noble bị bắt ở đâu?", "Ông Noble bị bắt vì sao?"},
		"Где арестовали Нобла и почему?":      {"Где арестовали Нобла?", "почему арестовали Нобла?"},
		"Кто и когда подписал договор?":       {"Кто и когда подписал договор?"},
		"What did the US and China agree on?": {"What did the US and China agree on?"},
	} {
		if got := askParts(q); !slices.Equal(got, want) {
			t.Errorf("askParts(%q) = %q, want %q", q, got, want)
		}
	}
	src := Citation{N: 1, ArticleID: "swap", Title: "Trao đổi tù nhân Nga – Canada", Lang: "vi",
		Passage: "Ngày 3/5, Nga và Canada đã trao đổi tù nhân tại Astana. " +
			"Phía Nga trả tự do cho kỹ sư người Canada Peter Noble, người bị kết án năm năm tù vì tội gián điệp. " +
			"Ông Noble bị bắt tại sân bay Vnukovo vào tháng 6/2024 khi mang theo bản đồ quân sự."}
	if got := firstBullet(t, "Peter Noble bị bắt ở đâu và vì sao?", "vi", src); !strings.Contains(got, "Vnukovo") {
		t.Errorf("first bullet %q, want where he was arrested", got)
	}
}

// TestDescribedAsCalled: "how did X assess the deal" is answered by what
// X called it ("назвал договорённость «...»", "called the deal ..."),
// not by another of X's sentences that shares more of the question's
// words.
func TestDescribedAsCalled(t *testing.T) {
	src := Citation{N: 1, ArticleID: "ferry", Title: "Эстония и Финляндия договорились о новом пароме", Lang: "ru",
		Passage: "ТАЛЛИН, 7 мая. Эстония и Финляндия договорились запустить новый ночной паром, сообщил министр транспорта Эстонии Яак Лепп. " +
			"По его словам, новый ночной паром, который заменит старое судно, начнёт ходить в июне. " +
			"Лепп назвал договорённость «скромным, но важным шагом»."}
	if got := firstBullet(t, "Как Лепп оценил договорённость о новом ночном пароме?", "ru", src); !strings.Contains(got, "скромным") {
		t.Errorf("first bullet %q, want what he called the deal", got)
	}
}

// TestSayQuestionParted: a Vietnamese verb of speech parted from its
// "gì" by what was said of, and a Russian "по словам", ask what someone
// said.
func TestSayQuestionParted(t *testing.T) {
	for _, q := range []string{
		"Ông Hạ nói hiệp ước mới cấm những gì?",
		"Bà Lin cho biết khoản vay sẽ dùng vào việc gì?",
		"Ong Ha noi hiep uoc moi cam nhung gi?",
		"Что, по словам Лина, запрещает новый договор?",
	} {
		if got := questionType(q); got != qSay {
			t.Errorf("questionType(%q) = %v, want qSay", q, got)
		}
	}
	// A "gì" of a question that asks of no saying.
	for q, want := range map[string]qType{
		"Hiệp ước mới cấm những gì?":                  qOther,
		"Bao nhiêu người, theo lời ông Hạ, được thả?": qHowMany,
	} {
		if got := questionType(q); got != want {
			t.Errorf("questionType(%q) = %v, want %v", q, got, want)
		}
	}
}
