package answer

import (
	"strings"
	"testing"
)

// TestJudgeAbsentThing: a question that asks about a thing of the domain
// (a noun the lexicon translates) which no article of the corpus names in
// any spelling is refused when the article that shares its people, place
// and event is in the question's language and names another thing ("the
// fertilizer it shipped" of a report on lathes): content coverage lets
// one word go, but not the thing asked. The refusal names it. An article
// in another language may name the thing otherwise (the lexicon's
// translations are not all its words) and still answers, as does one
// whose thing the corpus writes, and a verb the corpus never writes is
// no thing. A Russian question is judged as the others are (nounAt).
func TestJudgeAbsentThing(t *testing.T) {
	en := Citation{Lang: "en", Title: "Texas firm fined over lathes",
		Passage: "Harlan Tools, a Texas firm, will pay a $2 million fine for the lathes it shipped to Russia without a licence, the Commerce Department said on Tuesday."}
	vi := Citation{Lang: "vi", Title: "Công ty Texas bị phạt",
		Passage: "Công ty Harlan Tools của bang Texas sẽ nộp phạt 2 triệu USD vì đã chở máy tiện sang Nga mà không có giấy phép, Bộ Thương mại Mỹ cho biết."}
	ru := Citation{Lang: "ru", Title: "Техасскую компанию оштрафовали",
		Passage: "Компания Harlan Tools из Техаса заплатит штраф в 2 миллиона долларов за поставки станков в Россию без лицензии, сообщило министерство торговли США."}
	supplies := Citation{Lang: "en", Title: "Texas firm fined",
		Passage: "Harlan Tools will pay a $2 million fine for supplies of lathes to Russia, the Commerce Department said."}
	rare := strangersRare("fertili", "phan bon", "удобр")
	tests := []struct {
		name, q, lang string
		src           Citation
		answerable    bool
	}{
		{"English thing the corpus never names", "How much will Harlan Tools pay for the fertilizer it shipped to Russia?", "en", en, false},
		{"Vietnamese thing the corpus never names", "Công ty Harlan Tools phải nộp phạt bao nhiêu tiền vì chở phân bón sang Nga?", "vi", vi, false},
		{"Russian thing the corpus never names", "Какой штраф заплатит Harlan Tools за поставки удобрений в Россию?", "ru", ru, false},
		{"thing the corpus names", "How much will Harlan Tools pay for the lathes it shipped to Russia?", "en", en, true},
		{"report in another language", "Какой штраф заплатит Harlan Tools за поставки удобрений в Россию?", "ru", supplies, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if v := judgeRare(nil, tt.q, tt.lang, []Citation{tt.src}); !v.Answerable {
				t.Fatalf("without corpus counts refused (%s): the test needs a question coverage lets through", v.Reason())
			}
			v := judgeRare(rare, tt.q, tt.lang, []Citation{tt.src})
			if v.Answerable != tt.answerable {
				t.Fatalf("answerable = %v (%s), want %v", v.Answerable, v.Reason(), tt.answerable)
			}
			if tt.answerable {
				return
			}
			got := closestText(tt.lang, tt.q, tt.src, v)
			thing := map[string]string{"en": "fertilizer", "vi": "phân bón", "ru": "удобрений"}[tt.lang]
			if !strings.Contains(got, thing) {
				t.Errorf("refusal %q does not name %q", got, thing)
			}
		})
	}
	// A Vietnamese phrase whose words the article writes apart tells the
	// thing otherwise.
	apart := Citation{Lang: "vi", Title: "Phối hợp cứu nạn trên biển",
		Passage: "Theo quy trình mới, tàu của nước nào gần nơi tai nạn nhất sẽ dẫn đầu việc cứu hộ và phải báo cho phía bên kia trong vòng 20 phút."}
	if v := judgeRare(strangersRare("tau cuu ho", "rescue ship", "спасательн"), "Tàu cứu hộ phải báo cho phía bên kia trong bao lâu?", "vi", []Citation{apart}); !v.Answerable {
		t.Errorf("a phrase told in other words refused: %s", v.Reason())
	}
	// A verb the corpus never writes is said otherwise ("will pay" for
	// "compensate"): no thing.
	if v := judgeRare(strangersRare("compensat", "boi thuong", "компенс"), "How will Harlan Tools compensate for the lathes it shipped to Russia?", "en", []Citation{en}); !v.Answerable && strings.Contains(v.Reason(), "thing") {
		t.Errorf("a verb refused as a thing: %s", v.Reason())
	}

}

// TestJudgeAbsentThingRussianNonThings: a Russian word the corpus never
// writes is no thing when it is a verb ("объяснила", said otherwise), the
// measure or the season an answer gives ("о длине", "весной": the
// article writes "на 40 км короче", "в апреле"), or a declined question
// word ("Сколькими"); each question is answered from the article, while
// the same article is no answer about a thing it lacks.
func TestJudgeAbsentThingRussianNonThings(t *testing.T) {
	src := Citation{Lang: "ru", Title: "Новый маршрут для танкеров",
		Passage: "Компания Harlan Tools в апреле открыла новый маршрут для танкеров из Мурманска, который на 40 км короче старого, и обменялась 300 контейнерами с портом Нарвик, сообщил директор Олег Паршин."}
	rare := strangersRare("объясн", "explain", "giai thich", "длин", "length", "chieu dai", "весн", "spring", "mua xuan", "скольк", "удобр", "fertili", "phan bon",
		"читат", "reader", "doc gia", "ban doc")
	tests := []struct {
		name, q    string
		answerable bool
	}{
		{"a verb", "Чем в компании объяснили новый маршрут для танкеров из Мурманска?", true},
		{"a measure", "Что сказал Паршин о длине маршрута для танкеров из Мурманска?", true},
		{"a season", "Какой маршрут для танкеров открыла Harlan Tools весной?", true},
		{"a declined question word", "Сколькими контейнерами обменялась Harlan Tools с портом Нарвик?", true},
		{"the asker's past verb", "Читал об этом утром. Какой маршрут для танкеров открыла Harlan Tools?", true},
		{"a thing", "Когда Harlan Tools открыла маршрут для танкеров с удобрениями из Мурманска?", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if v := judgeRare(nil, tt.q, "ru", []Citation{src}); !v.Answerable {
				t.Fatalf("without corpus counts refused (%s): the test needs a question coverage lets through", v.Reason())
			}
			if v := judgeRare(rare, tt.q, "ru", []Citation{src}); v.Answerable != tt.answerable {
				t.Errorf("answerable = %v (%s), want %v", v.Answerable, v.Reason(), tt.answerable)
			}
		})
	}
}
