package answer

import (
	"slices"
	"strings"
	"testing"
)

// firstBullet returns the first bullet of an extractive answer to q over
// passages (one source each, in order).
func firstBullet(t *testing.T, q, lang string, passages ...Citation) string {
	t.Helper()
	for i := range passages {
		passages[i].N = i + 1
		if passages[i].ArticleID == "" {
			passages[i].ArticleID = string(rune('a' + i))
		}
	}
	out := extractiveIn("Intro:", q, lang, lang, passages)
	b := bullets(out.text)
	if len(b) == 0 {
		t.Fatalf("no bullets:\n%s", out.text)
	}
	return b[0]
}

// TestFirstBulletByStem: the sentence that answers in another form of the
// question's word ("priority" asked, "priorities" written; "release",
// "released") leads, not the one that repeats the question's names.
func TestFirstBulletByStem(t *testing.T) {
	src := Citation{Lang: "en", Title: "New envoy arrives in Oslo",
		Passage: "OSLO, May 4 - Anna Lind, the new Swedish ambassador to Norway, presented her credentials in Oslo on Monday. " +
			"Lind, 58, served as ambassador to Chile before Oslo. " +
			"In a statement, Lind said her priorities were fisheries, energy and the Arctic. " +
			"The ceremony lasted twenty minutes."}
	if got := firstBullet(t, "What is Lind's priority as ambassador in Oslo?", "en", src); !strings.Contains(got, "fisheries, energy and the Arctic") {
		t.Errorf("first bullet %q, want the sentence on her priorities", got)
	}
}

// TestFirstBulletBeyondQuotes: the sentence that gives the kind of answer
// asked for may share no word with the question (the names of a crew
// need not say "crew"); it still leads when its article is the one about
// the question.
func TestFirstBulletBeyondQuotes(t *testing.T) {
	src := Citation{Lang: "en", Title: "Research vessel Polar Dawn leaves Tromso",
		Passage: "TROMSO, Aug 2 - The research vessel Polar Dawn left Tromso on Sunday for a six-week expedition, the crew's third voyage to the Barents Sea. " +
			"On board are glaciologist Helen Marsh and oceanographer Pavel Sorin. " +
			"The expedition will measure sea ice thickness. " +
			"The crew of the Polar Dawn is expected back in mid-September."}
	if got := firstBullet(t, "Who is in the crew of the Polar Dawn?", "en", src); !strings.Contains(got, "Helen Marsh") {
		t.Errorf("first bullet %q, want the sentence naming the crew", got)
	}
}

// TestWhoNearTheQuestion: for "who", a role or a name counts when it
// stands by what the question asks about: the name of a spokesperson who
// announced a meeting of delegations does not say who led one.
func TestWhoNearTheQuestion(t *testing.T) {
	src := Citation{Lang: "en", Title: "Nordic fisheries talks",
		Passage: "The Norwegian fisheries delegation will meet the Danish one in Bergen next week to try to settle the quota dispute, Foreign Ministry spokeswoman Karin Berg announced at a briefing on Tuesday. " +
			"The talks follow a failed round in Copenhagen. " +
			"The Norwegian delegation will be led by Lars Holm, the director of the fisheries department."}
	if got := firstBullet(t, "Who will lead the Norwegian delegation in Bergen?", "en", src); !strings.Contains(got, "Lars Holm") {
		t.Errorf("first bullet %q, want the sentence naming the head of the delegation", got)
	}
}

// TestAnswerTerms: question words are not topics of the answer, and an
// ordinal written with digits is also found as its number.
func TestAnswerTerms(t *testing.T) {
	tt := answerTerms(queryTerms("How many banks did the 20th package target?", "en"))
	var words [][]string
	for _, con := range tt.concepts {
		for _, a := range con.alts {
			words = append(words, a.forms())
		}
	}
	for _, w := range words {
		if slices.Contains(w, "many") || slices.Contains(w, "how") {
			t.Errorf("a concept holds a question word: %v", words)
		}
	}
	if !slices.ContainsFunc(words, func(w []string) bool { return slices.Equal(w, []string{"20"}) }) {
		t.Errorf("no alternative \"20\" for \"20th\": %v", words)
	}
}

// TestWhereNamesAnotherPlace: "where" is answered by a place the question
// does not name: the sentence that repeats "in Bergen" says where the
// talks are, not where in Bergen; a Russian question about a route is
// answered by a Vietnamese sentence naming the country it crosses.
func TestWhereNamesAnotherPlace(t *testing.T) {
	src := Citation{Lang: "en", Title: "Fisheries talks in Bergen",
		Passage: "Norwegian and Danish negotiators met in Bergen on Tuesday for a second round of fisheries talks. " +
			"The delegations met at the Hanseatic Museum, away from the press. " +
			"The talks in Bergen lasted six hours."}
	if got := firstBullet(t, "Where in Bergen did the delegations meet?", "en", src); !strings.Contains(got, "Hanseatic Museum") {
		t.Errorf("first bullet %q, want the sentence naming the place in Bergen", got)
	}
	vi := Citation{Lang: "vi", Title: "Dự án đường ống Sức mạnh Siberia 2",
		Passage: "Ngày 3/9, Nga và Trung Quốc ký thỏa thuận về đường ống dẫn khí Sức mạnh Siberia 2 tại Bắc Kinh. " +
			"Đường ống dài 2.600 km sẽ đi qua lãnh thổ Mông Cổ. " +
			"Giá khí đốt chưa được công bố."}
	if got := firstBullet(t, "Через какую страну пройдёт газопровод «Сила Сибири 2»?", "ru", vi); !strings.Contains(got, "Mông Cổ") {
		t.Errorf("first bullet %q, want the sentence naming the country crossed", got)
	}
}

// TestWhyPurpose: a purpose ("ensured that ...", "in case ...") answers
// "why" as a cause does.
func TestWhyPurpose(t *testing.T) {
	src := Citation{Lang: "en", Title: "Norway and Russia extend coast guard pact",
		Passage: "KIRKENES, June 3 - Norway and Russia extended their coast guard agreement for three years on Monday. " +
			"Coast guard commander Ola Dahl said the coast guard agreement was needed by both countries and thanked his Russian colleagues. " +
			"The agreement ensures that a rescue ship is always within reach in case a trawler catches fire, Dahl said."}
	if got := firstBullet(t, "Why does Ola Dahl think the coast guard agreement is needed?", "en", src); !strings.Contains(got, "ensures") {
		t.Errorf("first bullet %q, want the sentence giving the agreement's purpose", got)
	}
}

// TestCrossLingualVerb: a question's verb finds its translation in a
// sentence of another language (the lexicon's verbs of diplomacy:
// "raised" for "подняли").
func TestCrossLingualVerb(t *testing.T) {
	src := Citation{Lang: "en", Title: "Norway and Russia hold fisheries talks in Tromso",
		Passage: "TROMSO, Oct 9 - Norway and Russia held their annual fisheries talks in Tromso on Thursday, the first in person since 2021. " +
			"The Russian side raised the question of access to Svalbard's waters, a Norwegian official said. " +
			"The quotas for cod will be published next week."}
	if got := firstBullet(t, "Какой вопрос подняла российская сторона на переговорах в Тромсё?", "ru", src); !strings.Contains(got, "Svalbard") {
		t.Errorf("first bullet %q, want the sentence on what the Russian side raised", got)
	}
}

// TestSpeakerNamedWhole: "how did the US State Department respond" is
// answered by what the State Department said, not by what the Russian
// Foreign Ministry said, though both are "Bộ Ngoại giao".
func TestSpeakerNamedWhole(t *testing.T) {
	src := Citation{Lang: "vi", Title: "Nga đề nghị mở lại lãnh sự quán ở Seattle",
		Passage: "Bộ Ngoại giao Nga ngày 3/4 cho biết Moskva đã chính thức đề nghị Washington cho mở lại lãnh sự quán Nga ở Seattle. " +
			"Lãnh sự quán bị đóng cửa từ năm 2018. " +
			"Người phát ngôn Bộ Ngoại giao Mỹ cho biết Washington sẽ xem xét đề nghị này trong vài tuần tới."}
	if got := firstBullet(t, "Bộ Ngoại giao Mỹ trả lời thế nào về đề nghị mở lại lãnh sự quán?", "vi", src); !strings.Contains(got, "vài tuần tới") {
		t.Errorf("first bullet %q, want what the US State Department said", got)
	}
}

// TestWhoBesideACountry: a person named right after a country the lexicon
// knows ("Đại diện Nga Ivan Petrov") is a person, not part of a place.
func TestWhoBesideACountry(t *testing.T) {
	src := Citation{Lang: "vi", Title: "Nga và Mông Cổ ký thỏa thuận đường sắt",
		Passage: "Nga và Mông Cổ đã ký thỏa thuận xây dựng tuyến đường sắt mới dài 900 km tại Ulaanbaatar hôm thứ Ba, sau ba năm đàm phán. " +
			"Đại diện Nga Ivan Petrov đã ký thỏa thuận tại Ulaanbaatar. " +
			"Tuyến đường sắt dự kiến hoàn thành năm 2030."}
	if got := firstBullet(t, "Who signed the railway agreement for Russia?", "en", src); !strings.Contains(got, "Ivan Petrov") {
		t.Errorf("first bullet %q, want the sentence naming the signatories", got)
	}
}

// TestRolesNameWho: offices beyond ministers and ambassadors say who did
// something, in each language.
func TestRolesNameWho(t *testing.T) {
	for _, s := range []string{
		"China's side was represented by Vice Premier Liu Zhen.",
		"Thỏa thuận được Thủ tướng hai nước chứng kiến.",
		"Документ подписал вице-премьер Иван Петров.",
		"The talks were chaired by Governor Anna Berg.",
	} {
		if !qWho.answers(s) {
			t.Errorf("%q does not answer who", s)
		}
	}
}

// TestRoleOfTheAskedPerson: "whom did Lind meet" is not answered by the
// sentence that titles Lind herself ("Foreign Minister Anna Lind") but by
// the one that names whom she met.
func TestRoleOfTheAskedPerson(t *testing.T) {
	src := Citation{Lang: "en", Title: "Sweden and Norway agree on a border bridge",
		Passage: "Sweden and Norway agreed on Wednesday to build a new border bridge, at a meeting in Oslo with Swedish Foreign Minister Anna Lind. " +
			"Lind met Norwegian Foreign Minister Per Dahl for two hours. " +
			"The bridge will open in 2029."}
	if got := firstBullet(t, "Whom did Anna Lind meet in Oslo?", "en", src); !strings.Contains(got, "Per Dahl") {
		t.Errorf("first bullet %q, want the sentence naming whom she met", got)
	}
}

// TestHowLongIsADuration: "how long" is answered by a span of time, not
// by any number or date: a Russian question, an English article.
func TestHowLongIsADuration(t *testing.T) {
	src := Citation{Lang: "en", Title: "Norway and Russia sign fisheries deal",
		Passage: "Norway and Russia signed a fisheries agreement on March 3 covering 2027 and 2028, after talks in Tromso. " +
			"The talks on the agreement lasted nine days, Norwegian officials said. " +
			"The quota for cod was set at 450,000 tonnes."}
	if got := firstBullet(t, "Сколько длились переговоры о соглашении?", "ru", src); !strings.Contains(got, "nine days") {
		t.Errorf("first bullet %q, want the sentence with the duration", got)
	}
	for s, want := range map[string]bool{
		"Cuộc hội đàm kéo dài khoảng ba giờ.":  true,
		"Встреча продолжалась около 40 минут.": true,
		"Hai bên gặp nhau vào tháng 3.":        false,
		"The data was published in 2024.":      false,
	} {
		if got := len(durations(s)) > 0; got != want {
			t.Errorf("durations(%q) found: %v, want %v", s, got, want)
		}
	}
}

// TestHowManyCountsTheNoun: an English "how many" counts its last noun
// ("third-country banks": banks), and the number must be of that noun in
// whatever language the sentence is in ("12 ngân hàng").
func TestHowManyCountsTheNoun(t *testing.T) {
	if got := countedUnit("How many third-country banks did the package target?"); got != "banks" {
		t.Errorf("countedUnit = %q, want banks", got)
	}
	if got := countedUnit("Сколько банков третьих стран попало в пакет?"); got != "банк" {
		t.Errorf("countedUnit = %q, want банк", got)
	}
	vi := Citation{Lang: "vi", Title: "EU thông qua gói trừng phạt mới",
		Passage: "Gói trừng phạt mới bổ sung 40 tàu chở dầu vào danh sách bị cấm cập cảng, theo quyết định ngày 3/5. " +
			"Ngoài ra, gói này cấm giao dịch với 9 ngân hàng của các nước thứ ba. " +
			"Gói trừng phạt trước được thông qua vào tháng 12."}
	if got := firstBullet(t, "How many third-country banks did the new sanctions package target?", "en", vi); !strings.Contains(got, "9 ngân hàng") {
		t.Errorf("first bullet %q, want the sentence counting the banks", got)
	}
}

// TestOwnLanguageLeads: when the same story is told in the asker's
// language and in another, and both answer, the one the asker can read
// leads.
func TestOwnLanguageLeads(t *testing.T) {
	en := Citation{Lang: "en", ArticleID: "en", Title: "Norway frees two Russian fishermen",
		Passage: "KIRKENES - Norway released two Russian fishermen on Tuesday in exchange for three Norwegian citizens held in Murmansk, officials said."}
	vi := Citation{Lang: "vi", ArticleID: "vi", Title: "Na Uy và Nga trao đổi công dân",
		Passage: "Theo đó, Nga trả tự do cho ba công dân Na Uy, đổi lại Na Uy thả hai ngư dân Nga. " +
			"Cuộc trao đổi diễn ra tại Kirkenes."}
	if got := firstBullet(t, "Nga thả bao nhiêu công dân Na Uy trong vụ trao đổi ở Kirkenes?", "vi", en, vi); !strings.Contains(got, "ba công dân Na Uy") {
		t.Errorf("first bullet %q, want the Vietnamese sentence", got)
	}
}

// TestNotANameWhenWrittenLower: a word some source capitalises (a
// treaty's title, "Договор о ...") is no name when the sources also write
// it in lower case, so "договорились" (agreed) weighs as the question's
// content, not as one of its names.
func TestNotANameWhenWrittenLower(t *testing.T) {
	q := "О чём договорились стороны в Осло?"
	srcs := []Citation{{N: 1, Lang: "ru", Passage: "Норвегия и Россия подписали в 2010 году Договор о разграничении морских пространств. " +
		"В Осло стороны договорились о квотах на треску."}}
	tt := stemmedTerms(answerTerms(queryTerms(q, "ru")))
	tt.markSpecific(q, "ru", srcs)
	for _, con := range tt.concepts {
		if strings.HasPrefix(con.alts[0].forms()[0], "договор") && con.specific {
			t.Errorf("\"договорились\" is taken for a name: %v", con.alts[0].forms())
		}
	}
}

// TestWhenDatesWhatIsAsked: the date that answers "when" stands by what
// the question asks about; the date a statement was made does not.
func TestWhenDatesWhatIsAsked(t *testing.T) {
	src := Citation{Lang: "en", Title: "Norway and Russia renew fisheries agreement",
		Passage: "Norwegian fishermen said on March 3, at a meeting of their regional association in Bodo, that they had long hoped the old fisheries agreement would expire, calling the fisheries agreement too strict. " +
			"Under the new text, the agreement runs until the end of 2031."}
	if got := firstBullet(t, "When will the fisheries agreement expire?", "en", src); !strings.Contains(got, "2031") {
		t.Errorf("first bullet %q, want the sentence dating the agreement's end", got)
	}
}

// TestWherePlaceSharingAWord: a place that shares a word with one the
// question names ("United Arab Emirates" beside Mỹ, the United States) is
// another place, and answers "where".
func TestWherePlaceSharingAWord(t *testing.T) {
	src := Citation{Lang: "en", Title: "US sanctions shipping firms",
		Passage: "WASHINGTON - The United States imposed sanctions on nine shipping companies on Monday. " +
			"Russia's ambassador in Washington called the sanctions illegal. " +
			"The companies are registered in the United Arab Emirates and Panama."}
	if got := firstBullet(t, "Các công ty bị Mỹ trừng phạt được đăng ký ở đâu?", "vi", src); !strings.Contains(got, "Panama") {
		t.Errorf("first bullet %q, want the sentence saying where the companies are registered", got)
	}
}

// TestPronounSpeaks: reported speech whose speaker is a pronoun ("—
// сказал он") is what the person named in the sentence before said.
func TestPronounSpeaks(t *testing.T) {
	src := Citation{Lang: "ru", Title: "Норвегия и Россия обсудили квоты на треску",
		Passage: "Министр рыболовства Норвегии Пер Ларсен провёл в Мурманске переговоры о квотах на треску на следующий год.\n" +
			"«Квоты на треску нужно снизить на пятую часть, иначе запасы не восстановятся», — сказал он журналистам."}
	if got := firstBullet(t, "Что сказал Ларсен о квотах на треску?", "ru", src); !strings.Contains(got, "сказал он") {
		t.Errorf("first bullet %q, want what Larsen said", got)
	}
}

// TestDateOfTheQuestionPins: a question's date names one event; an
// article of the asker's language about the same kind of event on another
// date ("5 мая") does not lead over the one that gives the date asked
// ("May 12"), even in another language.
func TestDateOfTheQuestionPins(t *testing.T) {
	ru := Citation{Lang: "ru", ArticleID: "ru", Title: "Норвегия ввела санкции против российских компаний",
		Passage: "Норвегия 5 мая ввела санкции против трёх российских судоходных компаний. " +
			"Санкции Норвегии против России касаются заморозки активов компаний. " +
			"В Москве назвали санкции Норвегии недружественным шагом."}
	en := Citation{Lang: "en", ArticleID: "en", Title: "Norway adds two Russian banks to sanctions list",
		Passage: "On May 12, Norway added two Russian banks to its sanctions list, the foreign ministry in Oslo said."}
	if got := firstBullet(t, "Какие санкции Норвегия ввела против России 12 мая?", "ru", ru, en); !strings.Contains(got, "May 12") {
		t.Errorf("first bullet %q, want the sentence of May 12", got)
	}
}

// TestHowMuchChangedIsNoPrice: "how much did the price rise" is answered
// by the change, a percentage, not by a sentence that only names a sum;
// the extractive answer reads a price question as the judge does.
func TestHowMuchChangedIsNoPrice(t *testing.T) {
	src := Citation{Lang: "en", Title: "Gas prices in the Baltic",
		Passage: "Lithuania paid 40 million euros for gas in March, officials said. " +
			"The price of gas in Lithuania rose by 12% after the pipeline closed, the ministry said. " +
			"The pipeline closed in February."}
	if got := firstBullet(t, "How much did the price of gas in Lithuania rise?", "en", src); !strings.Contains(got, "12%") {
		t.Errorf("first bullet %q, want the sentence giving the rise", got)
	}
}
