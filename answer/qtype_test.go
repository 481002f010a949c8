package answer

import (
	"strings"
	"testing"
	"time"

	"github.com/detente/detente/corpus"
)

func TestQuestionType(t *testing.T) {
	tests := []struct {
		q    string
		want qType
	}{
		{"Who led the Russian delegation in Istanbul?", qWho},
		{"Ai dẫn đầu phái đoàn Nga ở Istanbul?", qWho},
		{"ai dan dau phai doan nga", qWho},
		{"Which officials did the two sides exchange in Doha?", qWho},
		{"Что посол думает о новых санкциях?", qSay},
		{"What does the ambassador think of the talks?", qSay},
		{"How did the State Department respond to the proposal?", qSay},
		{"Bộ Ngoại giao Mỹ trả lời thế nào về đề nghị này?", qSay},
		{"Những người Nga nào được trả tự do?", qWho},
		{"Какие граждане были освобождены?", qWho},
		{"Кто возглавил российскую делегацию?", qWho},
		{"When does New START expire?", qWhen},
		{"Hiệp ước hết hạn khi nào?", qWhen},
		{"Когда истекает договор?", qWhen},
		{"Where will the next round be held?", qWhere},
		{"Vòng đàm phán tới diễn ra ở đâu?", qWhere},
		{"Где пройдёт следующий раунд?", qWhere},
		{"How many companies were sanctioned?", qHowMany},
		{"Bao nhiêu công ty bị trừng phạt?", qHowMany},
		{"Сколько компаний попало под санкции?", qHowMany},
		{"Why did the embassy stop issuing visas?", qWhy},
		{"Vì sao đại sứ quán ngừng cấp visa?", qWhy},
		{"Почему посольство прекратило выдачу виз?", qWhy},
		{"What did Peskov say about the summit?", qSay},
		{"Peskov nói gì về hội nghị thượng đỉnh?", qSay},
		{"Что сказал Песков о саммите?", qSay},
		{"Через какую страну пройдёт новый газопровод?", qWhere},
		{"Through which countries will the cable run?", qWhere},
		{"Đường ống sẽ đi qua nước nào?", qWhere},
		{"In which countrys were the firms registered?", qWhere},
		{"US-Russia relations", qOther},
		{"Do diplomats still need to give notice when they travel?", qOther},
		{"Is the treaty still in force?", qOther},
	}
	for _, tc := range tests {
		if got := questionType(tc.q); got != tc.want {
			t.Errorf("questionType(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestExtractiveNoDateline: a dateline split off as a sentence of its
// own ("СТАМБУЛ, 27 февраля.") is never a bullet.
func TestExtractiveNoDateline(t *testing.T) {
	for _, dateline := range []string{"СТАМБУЛ, 27 февраля.", "СТАМБУЛ (Турция), 27 февраля.", "СТАМБУЛ, 27 февраля. /ТАСС/."} {
		src := Citation{N: 1, ArticleID: "ist", Title: "Консультации в Стамбуле", Lang: "ru",
			Passage: dateline + " Российские и американские дипломаты провели в Стамбуле консультации о работе посольств. " +
				"Стороны договорились упростить выдачу виз дипломатам."}
		q := extractive("Intro:", "Что обсуждали дипломаты в Стамбуле 27 февраля?", "ru", []Citation{src})
		for _, line := range strings.Split(q.text, "\n") {
			if strings.HasPrefix(line, "• "+dateline+" [") {
				t.Errorf("the dateline is a bullet:\n%s", q.text)
			}
		}
	}
}

// TestExtractiveAnswerFirst: of an article's sentences about the
// question, the one that gives the kind of answer asked for is the first
// bullet, not the dateline that repeats the question's names. One short
// article per language; each question's answer is a later sentence.
func TestExtractiveAnswerFirst(t *testing.T) {
	en := Citation{N: 1, ArticleID: "jeddah", Title: "Russia and Ukraine agree energy truce in Jeddah", Lang: "en",
		Published: time.Date(2026, 2, 14, 0, 0, 0, 0, time.UTC),
		Passage: "JEDDAH, Saudi Arabia, Feb 14 - Russia and Ukraine agreed in Jeddah to stop striking each other's energy infrastructure, in talks hosted by Saudi Arabia. " +
			"The Russian delegation in Jeddah was led by presidential aide Mikhail Gordeev. " +
			"The pause on strikes takes effect on February 16 and lasts 30 days. " +
			"Saudi officials said the talks were held in Jeddah because both sides trust the kingdom. " +
			"Gordeev said the pause was \"a first step, not a peace deal\"."}
	vi := Citation{N: 1, ArticleID: "gas", Title: "Nga và Trung Quốc ký thỏa thuận khí đốt", Lang: "vi",
		Published: time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC),
		Passage: "Ngày 14/5, tại Bắc Kinh, Nga và Trung Quốc đã ký thỏa thuận xây dựng đường ống dẫn khí Sức mạnh Siberia 2 sau nhiều năm đàm phán. " +
			"Đường ống Sức mạnh Siberia 2 sẽ có công suất 50 tỷ mét khối khí mỗi năm. " +
			"Hai bên ký thỏa thuận vì châu Âu đã giảm mua khí đốt của Nga."}
	ru := Citation{N: 1, ArticleID: "call", Title: "Орлов и Хейл провели телефонный разговор", Lang: "ru",
		Published: time.Date(2026, 3, 28, 0, 0, 0, 0, time.UTC),
		Passage: "МОСКВА, 28 марта. Министр иностранных дел России Виктор Орлов провёл телефонный разговор с государственным секретарём США Маргарет Хейл. " +
			"Разговор длился сорок минут и состоялся по инициативе американской стороны. " +
			"Орлов заявил, что Москва «готова к диалогу, но не к ультиматумам»."}
	// A lead that "said" something, and a quotation over two sentences
	// whose speaker is named only after the second.
	quote := Citation{N: 1, ArticleID: "grain", Title: "US lifts fees on Russian grain shipments", Lang: "en",
		Published: time.Date(2026, 6, 2, 0, 0, 0, 0, time.UTC),
		Passage: "WASHINGTON, June 2 - The U.S. Commerce Department lifted port fees on grain shipments from Russian ports, which it said had raised food prices in Africa. " +
			"\"The fees were a tax on hungry people. They hurt nobody in Moscow,\" Deputy Secretary Paul Renner said at a briefing on grain shipments. " +
			"Exporters welcomed the decision."}
	// A wire lead that holds every word of the question, and the later
	// sentence that gives the detail asked for.
	lead := Citation{N: 1, ArticleID: "oslo", Title: "Russia and Norway renew fishing quotas", Lang: "en",
		Published: time.Date(2026, 10, 7, 0, 0, 0, 0, time.UTC),
		Passage: "OSLO - Russia and Norway agreed on Tuesday on their 2027 fishing quotas for cod in the Barents Sea after two days of talks in Oslo, officials of both countries said. " +
			"The quota was set at 340,000 tonnes, a cut of a fifth. " +
			"Norwegian fishermen's groups criticised the cut. " +
			"The agreement was signed by Ingrid Solberg and Pavel Artemyev."}
	banks := Citation{N: 1, ArticleID: "banks", Title: "Санкции против банков", Lang: "ru",
		Passage: "ВАШИНГТОН, 5 марта. Минфин США в среду включил в санкционный список три российских банка — Северный, Уральский и Приморский — а также 11 их дочерних компаний. " +
			"Вашингтон обвиняет их в помощи обходу экспортных ограничений. " +
			"Российские банки назвали решение необоснованным. " +
			"В Москве пообещали ответ на санкции против банков."}
	// A "when" question whose date sentence repeats fewer of its words
	// than a quote about the same thing.
	envoy := Citation{N: 1, ArticleID: "envoy", Title: "Посол Эстонии о работе в Москве", Lang: "ru",
		Passage: "Посол Эстонии в России Карл Тамм рассказал о первых месяцах работы в Москве. " +
			"«Я приехал работать, а не спорить, и посол должен работать с каждым, кто готов работать», — сказал посол. " +
			"Тамм приступил к работе в Москве в марте 2025 года."}
	// A percentage asked for in Vietnamese ("phần trăm" folds to "phan",
	// as "đàm phán" does) and a yes/no question whose "when" joins a clause.
	cod := Citation{N: 1, ArticleID: "cod", Title: "Na Uy và Nga gia hạn hạn ngạch cá tuyết", Lang: "vi",
		Passage: "Phái đoàn Na Uy và Nga đã kết thúc hai ngày đàm phán tại Oslo vào ngày 7/10 về hạn ngạch cá tuyết ở biển Barents. " +
			"Theo số liệu của ngành thủy sản, Na Uy chiếm khoảng 40% sản lượng cá tuyết đánh bắt ở biển Barents."}
	permits := Citation{N: 1, ArticleID: "permits", Title: "Norway and Russia ease fishing rules", Lang: "en",
		Passage: "OSLO, Oct 7 - Norway and Russia agreed on Tuesday to ease the rules for fishing vessels in the Barents Sea after talks in Oslo. " +
			"Fishermen will no longer need permits from both countries when they fish in the shared zone, officials said."}
	tests := []struct {
		q, lang string
		src     Citation
		first   string // in the first bullet
	}{
		{"Когда посол Тамм начал работать в Москве?", "ru", envoy, "марте 2025"},
		{"Na Uy chiếm bao nhiêu phần trăm sản lượng cá tuyết ở biển Barents?", "vi", cod, "40%"},
		{"Do fishermen still need permits from both countries when they fish in the shared zone?", "en", permits, "no longer need"},
		{"В чём Вашингтон обвиняет три российских банка?", "ru", banks, "обходу"},
		{"How many tonnes of cod did Russia and Norway agree on in the Barents Sea fishing quotas?", "en", lead, "340,000"},
		{"Which officials signed the 2027 fishing quotas for cod in the Barents Sea?", "en", lead, "Ingrid Solberg"},
		{"What did Paul Renner say about the grain shipments fees?", "en", quote, "tax on hungry people"},
		{"Who led the Russian delegation in Jeddah?", "en", en, "Mikhail Gordeev"},
		{"When does the pause on strikes agreed in Jeddah take effect?", "en", en, "February 16"},
		{"How long does the pause on strikes agreed in Jeddah last?", "en", en, "30 days"},
		{"Why were the Jeddah talks held in Saudi Arabia?", "en", en, "because"},
		{"What did Gordeev say about the pause in Jeddah?", "en", en, "first step"},
		{"Đường ống Sức mạnh Siberia 2 có công suất bao nhiêu?", "vi", vi, "50 tỷ"},
		{"Vì sao Nga và Trung Quốc ký thỏa thuận Sức mạnh Siberia 2?", "vi", vi, "vì châu Âu"},
		{"Сколько минут длился разговор Орлова и Хейл?", "ru", ru, "сорок минут"},
		{"Что заявил Орлов в разговоре с Хейл?", "ru", ru, "ультиматумам"},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			q := extractive("Intro:", tc.q, tc.lang, []Citation{tc.src})
			var first string
			for _, line := range strings.Split(q.text, "\n") {
				if strings.HasPrefix(line, "• ") {
					first = line
					break
				}
			}
			if !strings.Contains(first, tc.first) {
				t.Errorf("first bullet %q does not hold %q; answer:\n%s", first, tc.first, q.text)
			}
			if n := strings.Count(q.text, "\n• "); n > maxSentences {
				t.Errorf("%d bullets, at most %d", n, maxSentences)
			}
		})
	}
}

// TestExtractiveLedByJudge: the first bullet comes from an article the
// judge found to meet the question, even when a same-language article
// on another event matches more of its words.
func TestExtractiveLedByJudge(t *testing.T) {
	srcs := []Citation{
		{N: 1, ArticleID: "swap", Title: "Two Americans freed in Iran exchange", Lang: "en",
			Passage: "Secretary of State Margaret Hale said the exchange with Iran did not change U.S. policy on Iran. " +
				"Hale urged reporters not to read the exchange as a deal with Iran, and said Moscow had played no part in it."},
		{N: 2, ArticleID: "call", Title: "Орлов и Хейл провели телефонный разговор", Lang: "ru",
			Passage: "Министры обсудили ядерную программу Ирана. " +
				"Хейл призвала Москву использовать своё влияние на Тегеран."},
	}
	q := extractiveLed("Intro:", "What did Hale urge Moscow to do about Iran?", "en", "en", srcs, []bool{false, true})
	if b := bullets(q.text); len(b) == 0 || !strings.Contains(b[0], "влияние на Тегеран") {
		t.Errorf("first bullet is not from the article that meets the question:\n%s", q.text)
	}
}

// TestLeadDiscounted: a wire story's lead (after its dateline) says the
// whole story and is not preferred as the first bullet over the sentence
// with the detail, for any kind of question: the same sentence counts
// less as a lead than inside the story.
func TestLeadDiscounted(t *testing.T) {
	const sent = "Минфин США включил в санкционный список три российских банка."
	focus := func(passage string) float64 {
		for _, c := range scored("В чём Вашингтон обвиняет три российских банка?", "ru", []Citation{{N: 1, Lang: "ru", Passage: passage}}) {
			if c.text == sent {
				return c.focus
			}
		}
		t.Fatalf("%q not a candidate of %q", sent, passage)
		return 0
	}
	lead := focus("ВАШИНГТОН, 5 марта. " + sent + " Вашингтон обвиняет их в обходе ограничений.")
	inner := focus("Вашингтон обвиняет их в обходе ограничений. " + sent)
	if lead >= inner {
		t.Errorf("the lead's focus %.2f is not below the same sentence's inside the story, %.2f", lead, inner)
	}
}

// TestExtractiveLedByJudgeOrder: the article that meets the question
// leads even when it is not the first source retrieved and another
// article is quoted more.
func TestExtractiveLedByJudgeOrder(t *testing.T) {
	srcs := []Citation{
		{N: 1, ArticleID: "call", Title: "Орлов и Хейл провели телефонный разговор", Lang: "ru",
			Passage: "Министр иностранных дел России Виктор Орлов встречался в январе с Маргарет Хейл в Хельсинки. " +
				"Виктор Орлов встречался также с министрами Финляндии и Швеции. Виктор Орлов встречался с журналистами."},
		{N: 2, ArticleID: "delhi", Title: "India and Russia pledge to raise trade", Lang: "en",
			Passage: "Orlov met Indian Foreign Minister Rajesh Menon in New Delhi on Wednesday."},
	}
	q := extractiveLed("Intro:", "С кем встречался Виктор Орлов в Нью-Дели?", "ru", "ru", srcs, []bool{false, true})
	if b := bullets(q.text); len(b) == 0 || !strings.Contains(b[0], "[1]") || q.citations[0].ArticleID != "delhi" {
		t.Errorf("the article that meets the question does not lead:\n%s", q.text)
	}
}

// TestDatesRecognised: a "when" is answered by a date however a language
// writes it: a day with or without "from", a month on its own, a
// deadline.
func TestDatesRecognised(t *testing.T) {
	for _, s := range []string{
		"Visas will be issued from 1 April.", "The hub opens in October.", "Talks resume starting March 3.",
		"Визы начнут выдавать с 1 апреля.", "Работы завершат к 15 мая.", "Консульство откроется в октябре.", "Хаб запустят до конца года.",
		"Đường bay mở lại từ ngày 1/4.", "Đường bay mở lại từ 1 tháng 4.", "Đại sứ quán mở cửa vào tháng 10.", "Dự án hoàn thành vào tháng Mười.", "Trung tâm sẽ hoạt động cuối năm nay.",
		// an earlier century's year, made one by its word
		"Alaska was sold to the United States in 1867.", "Аляску продали США в 1867 году.", "Công ty đã bán khu định cư vào năm 1841.",
	} {
		if !qWhen.answers(s) {
			t.Errorf("no date found in %q", s)
		}
	}
	for _, s := range []string{"The hub may open soon.", "Хаб откроется скоро.", "Trung tâm sẽ sớm hoạt động.",
		// a bare four-digit number of an earlier century is a count
		"The convoy carried 1500 tonnes of grain.", "Колонна везла 1500 тонн зерна."} {
		if qWhen.answers(s) {
			t.Errorf("a date found in %q", s)
		}
	}
}

// TestFutureDate: a date after the article's is still to come, in
// whatever tense; one before it is not.
func TestFutureDate(t *testing.T) {
	pub := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
	for s, want := range map[string]bool{
		"россия вводит визы с 1 апреля.":         true,
		"đường bay mở lại từ ngày 15/4.":         true,
		"đường bay mở lại từ 1 tháng 4.":         true,
		"the library reopens in october.":        true,
		"хаб запустят к концу 2027 года.":        true,
		"консульство откроется до конца года.":   true,
		"the library reopened on march 2.":       false,
		"визы начали выдавать с 1 февраля.":      false,
		"đường bay mở lại từ ngày 1/2/2026.":     false,
		"the library reopens on march 20, 2026.": true,
	} {
		if got := futureDate(s, pub); got != want {
			t.Errorf("futureDate(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestOrdinalWords pins the one list of ordinals the question's kind and
// the judge's counted noun share: every case of a Russian ordinal, and
// not the cardinals and nouns that begin like one.
func TestOrdinalWords(t *testing.T) {
	for _, w := range []string{"fourth", "twelfth", "20th", "четвёртого", "третьей", "второму", "пятом", "десятых"} {
		if !ordinalOneWordRE.MatchString(w) || !hasOrdinal("это "+w+" раунд") {
			t.Errorf("%q is no ordinal", w)
		}
	}
	for _, w := range []string{"пятью", "пятница", "четверть", "третейский", "второстепенный", "first"} {
		if ordinalOneWordRE.MatchString(w) {
			t.Errorf("%q taken for an ordinal after a count", w)
		}
	}
	if !hasOrdinal("the first round") || !hasOrdinal("vòng tham vấn thứ tư") || hasOrdinal("họp vào thứ tư") || hasOrdinal("пятью голосами против") {
		t.Error("hasOrdinal: first, thứ tư after a noun, a weekday, a cardinal")
	}
}

// A question for the end or the start of a period asks for a date, in
// every language and however the period is named: "until when", "since
// what year", "до какого года", "с каких пор", "đến bao giờ", "từ năm
// nào". A question that only holds "until" or "since" asks no date.
func TestQuestionTypeUntilSince(t *testing.T) {
	tests := []struct {
		q    string
		want qType
	}{
		{"Until when will the station keep operating?", qWhen},
		{"Till what date are the visas valid?", qWhen},
		{"Since what year has the ban been in force?", qWhen},
		{"До какого года проработает российский сегмент станции?", qWhen},
		{"До каких пор будет действовать мораторий?", qWhen},
		{"С какого времени действует запрет на наём персонала?", qWhen},
		{"С каких пор посольство не может нанимать сотрудников?", qWhen},
		{"К какому сроку суд приговорил Белякова?", qOther},
		{"По какое число продлён срок действия виз?", qWhen},
		{"Trạm sẽ hoạt động đến bao giờ?", qWhen},
		{"Lệnh cấm có hiệu lực từ năm nào?", qWhen},
		{"Thị thực có giá trị đến ngày mấy?", qWhen},
		{"Lệnh cấm có hiệu lực tu nam nao?", qWhen},
		{"Will the talks continue until the summit?", qOther},
		{"Сколько сотрудников осталось с 2021 года?", qHowMany},
	}
	for _, tc := range tests {
		if got := questionType(tc.q); got != tc.want {
			t.Errorf("questionType(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// A question for the end or the start of a period leads with the
// sentence whose date bounds it, in every language, not with the lead
// that dates the story.
func TestExtractivePeriodBound(t *testing.T) {
	license := Citation{N: 1, ArticleID: "license", Title: "Treasury widens fertilizer license", Lang: "en",
		Passage: "WASHINGTON, May 7 - The Treasury on Thursday widened the license that lets banks handle payments for Russian potash through a state bank. " +
			"The license runs until December 31, 2027, officials said."}
	station := Citation{N: 1, ArticleID: "station", Title: "Trạm vũ trụ sẽ rời quỹ đạo", Lang: "vi",
		Passage: "Ngày 12/4, hai cơ quan vũ trụ đã ký nghị định thư về hoạt động của phân đoạn Nga trên trạm trước khi trạm rời quỹ đạo vào tháng 1/2032. " +
			"Theo văn kiện, phân đoạn này sẽ tiếp tục hoạt động ít nhất đến năm 2029."}
	hiring := Citation{N: 1, ArticleID: "hiring", Title: "Консультации о работе посольств", Lang: "ru",
		Passage: "МОСКВА, 17 июня. На консультациях в понедельник обсуждали запрет на наём местного персонала посольством США. " +
			"Этот запрет действует с 2020 года."}
	tests := []struct {
		q     string
		src   Citation
		first string
	}{
		{"До какой даты действует лицензия на платежи за калий?", license, "December 31"},
		{"Until when may banks handle the potash payments?", license, "December 31"},
		{"Phân đoạn của Nga sẽ hoạt động đến năm nào?", station, "2029"},
		{"Until what year will the Russian segment operate?", station, "2029"},
		{"С какого года действует запрет на наём местного персонала?", hiring, "2020"},
		{"Since when has the embassy been barred from hiring local staff?", hiring, "2020"},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			q := extractive("Intro:", tc.q, corpus.DetectLang(tc.q), []Citation{tc.src})
			var first string
			for _, line := range strings.Split(q.text, "\n") {
				if strings.HasPrefix(line, "• ") {
					first = line
					break
				}
			}
			if !strings.Contains(first, tc.first) {
				t.Errorf("first bullet %q does not hold %q; answer:\n%s", first, tc.first, q.text)
			}
		})
	}
}

// A number told as a limit ("a ceiling of 1,550", "потолок в 1550",
// "mức trần 1.550") answers how many may be kept, not how many there
// are, in every language.
func TestJudgeLimitIsNoCount(t *testing.T) {
	src := map[string]Citation{
		"en": {Lang: "en", Title: "Russia and US keep warhead ceiling", Passage: "Russia and the United States agreed to keep a ceiling of 1,550 deployed strategic warheads for another year."},
		"ru": {Lang: "ru", Title: "Россия и США сохранят потолок", Passage: "Россия и США договорились соблюдать потолок в 1550 развёрнутых стратегических боезарядов ещё год."},
		"vi": {Lang: "vi", Title: "Nga và Mỹ giữ mức trần đầu đạn", Passage: "Nga và Mỹ nhất trí giữ mức trần 1.550 đầu đạn chiến lược được triển khai thêm một năm."},
	}
	tests := []struct {
		q, lang, article string
		answerable       bool
	}{
		{"How many deployed strategic warheads may Russia and the US keep at most?", "en", "ru", true},
		{"Сколько развёрнутых боезарядов стороны обязались не превышать?", "ru", "en", true},
		{"Mỹ và Nga giữ giới hạn bao nhiêu đầu đạn chiến lược?", "vi", "ru", true},
		{"How many strategic warheads does Russia deploy today?", "en", "ru", false},
		{"Сколько стратегических боезарядов сейчас развернула Россия?", "ru", "vi", false},
		{"Nga hiện triển khai bao nhiêu đầu đạn chiến lược?", "vi", "en", false},
	}
	for _, tc := range tests {
		v := judge(tc.q, tc.lang, []Citation{src[tc.article]})
		if v.Answerable != tc.answerable {
			t.Errorf("%q against the %s report: answerable = %v (%s), want %v", tc.q, tc.article, v.Answerable, v.Reason(), tc.answerable)
		}
	}
}
