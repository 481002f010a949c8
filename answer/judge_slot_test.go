package answer

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// slotArticles are short original texts in which the event a question
// is about is told but not every detail of it: the near misses the
// answer slot refuses.
var slotArticles = map[string]Citation{
	"consular": {Title: "US and Russia end second round of consular talks", Lang: "en", Published: time.Date(2026, 6, 10, 0, 0, 0, 0, time.UTC),
		Passage: "GENEVA - U.S. and Russian officials ended a second round of talks on consular work in Geneva on Wednesday. " +
			"The meeting took place at the Palais des Nations and lasted five hours. " +
			"The American team was led by Deputy Assistant Secretary Ellen Park. " +
			"A third round has not been scheduled."},
	// The next round spoken of by a named source, and led by a named
	// person.
	"consular-source": {Title: "US and Russia end second round of consular talks", Lang: "en", Published: time.Date(2026, 6, 10, 0, 0, 0, 0, time.UTC),
		Passage: "GENEVA - U.S. and Russian officials ended a second round of talks on consular work in Geneva on Wednesday. " +
			"Deputy Assistant Secretary Ellen Park, who led the American team, told reporters that no date had been set for the next round."},
	"consular-next-led": {Title: "US and Russia end second round of consular talks", Lang: "en", Published: time.Date(2026, 6, 10, 0, 0, 0, 0, time.UTC),
		Passage: "GENEVA - U.S. and Russian officials ended a second round of talks on consular work in Geneva on Wednesday. " +
			"The American team was led by Deputy Assistant Secretary Ellen Park. " +
			"Deputy Assistant Secretary Ellen Park, who led the American team, told reporters that the next round would be led by Ambassador Mark Dunne."},
	"visas": {Title: "Deal on diplomatic visas", Lang: "en", Published: time.Date(2026, 6, 11, 0, 0, 0, 0, time.UTC),
		Passage: "Under the deal, each side may issue up to 30 additional diplomatic visas this year. " +
			"Diplomats will no longer need to give notice before travelling."},
	"ships": {Title: "Россия и Норвегия провели учения в Баренцевом море", Lang: "ru", Published: time.Date(2026, 6, 12, 0, 0, 0, 0, time.UTC),
		Passage: "Россия и Норвегия провели в среду совместные учения по спасению на море. " +
			"В учениях приняли участие четыре корабля и два вертолёта."},
	"tau": {Title: "Tuần duyên Nga và Mỹ diễn tập chung", Lang: "vi", Published: time.Date(2026, 6, 13, 0, 0, 0, 0, time.UTC),
		Passage: "Lực lượng tuần duyên Nga và Mỹ đã tổ chức diễn tập cứu nạn chung ở eo biển Bering. " +
			"Có bốn tàu tham gia cuộc diễn tập. Kim ngạch thương mại giữa hai bên tăng 14% so với năm trước."},
	"properties": {Title: "Embassy talks end without deal on property", Lang: "en", Published: time.Date(2026, 6, 14, 0, 0, 0, 0, time.UTC),
		Passage: "Deputy Assistant Secretary Laura Kent, who led the U.S. team, said the talks had been useful. " +
			"She said both embassies were short of staff. " +
			"The Russian team was led by Oleg Sorin. " +
			"Sorin said the sides had discussed the return of two diplomatic dachas seized in 2016, without agreement."},
	"closure": {Title: "US consulate suspends work", Lang: "en", Published: time.Date(2026, 6, 15, 0, 0, 0, 0, time.UTC),
		Passage: "The U.S. consulate in Kazan suspended its work on Monday. " +
			"A spokesman gave no details. " +
			"In March the U.S. consulate in Perm suspended its work because of staff shortages."},
	"exchange": {Title: "Россия и Германия обсудили обмен студентами", Lang: "ru", Published: time.Date(2026, 6, 16, 0, 0, 0, 0, time.UTC),
		Passage: "Россия и Германия договорились направлять по 300 студентов в университеты другой страны."},
	"hotline": {Title: "China and Russia open a military hotline", Lang: "en", Published: time.Date(2026, 6, 17, 0, 0, 0, 0, time.UTC),
		Passage: "China and Russia agreed on Monday to open a hotline between their defence ministries."},
	"freed": {Title: "Russia frees three Americans", Lang: "en", Published: time.Date(2026, 6, 18, 0, 0, 0, 0, time.UTC),
		Passage: "VIENNA, April 3 - The prisoner exchange in Vienna freed three Americans and two Russians on Tuesday."},
	"gap": {Title: "Nhà khoa học Nga và Mỹ gặp nhau", Lang: "vi", Published: time.Date(2026, 6, 19, 0, 0, 0, 0, time.UTC),
		Passage: "Các nhà khoa học Nga và Mỹ đã gặp nhau tại thành phố Tromsø ngày 24/9 để bàn về dữ liệu băng biển."},
	"envoy": {Title: "Ambassador calls for easier visas", Lang: "en", Published: time.Date(2026, 6, 20, 0, 0, 0, 0, time.UTC),
		Passage: "Russia's ambassador to the United States, Ivan Petrovsky, said on Monday that visas for diplomats should be issued faster."},
	"groups": {Title: "Arms talks end with two expert groups", Lang: "en", Published: time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC),
		Passage: "VIENNA, March 12 - U.S. and Russian diplomats held arms control talks in Vienna on Thursday. " +
			"They discussed missile defence at length. " +
			"The two sides agreed to form two expert groups on verification. " +
			"Their work will be reviewed by both governments. " +
			"The consulate in Perm will resume work on May 1. The consulate in Kazan, closed in 2021, stays shut."},
	"station": {Title: "Future of the International Space Station", Lang: "en", Published: time.Date(2026, 6, 21, 0, 0, 0, 0, time.UTC),
		Passage: "NASA and Roscosmos discussed the International Space Station in Houston. " +
			"The International Space Station is scheduled to be brought down in 2030. " +
			"Russia is still planning its own orbital station."},
	"deputy": {Title: "Moscow links arms talks to missile defence", Lang: "en", Published: time.Date(2026, 6, 22, 0, 0, 0, 0, time.UTC),
		Passage: "Russian Deputy Foreign Minister Pavel Ivanov said on Monday that missile defence must be part of any new arms treaty."},
	"cruise": {Title: "Russian research ship takes US scientists aboard", Lang: "en", Published: time.Date(2026, 7, 9, 0, 0, 0, 0, time.UTC),
		Passage: "A Russian research ship took American scientists aboard in Kodiak for a survey of seabird colonies. " +
			"The voyage is the first of its kind since 2021. " +
			"Eleven American and fourteen Russian researchers will count puffins on 30 islands. " +
			"The chief scientist, Dr. Anna Belova of Vladivostok, praised the cooperation."},
	"staffing": {Title: "US embassy in Moscow short of staff", Lang: "en", Published: time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC),
		Passage: "The U.S. embassy in Moscow is running with a skeleton crew. " +
			"Some 37 of its consular posts are empty, officials said. " +
			"The cars in the motor pool are old, and six of them no longer run."},
	"ru-partitive": {Title: "Консульства России в Канаде сокращают штат", Lang: "ru", Published: time.Date(2026, 7, 2, 0, 0, 0, 0, time.UTC),
		Passage: "Россия закрывает часть консульских отделов в Канаде. " +
			"Работу приостановят 3 из консульских отделов, сообщили в посольстве. " +
			"Посол отозвал 12 своих помощников."},
	"vi-partitive": {Title: "Nga và Nhật Bản thỏa thuận về cá hồi", Lang: "vi", Published: time.Date(2026, 7, 3, 0, 0, 0, 0, time.UTC),
		Passage: "Nga và Nhật Bản đạt thỏa thuận về đánh bắt cá hồi. " +
			"Có 4 trong số các cảng cá được mở cửa cho tàu Nhật. " +
			"Phía Nhật Bản sẽ điều 30 chiếc tàu đánh cá tới vùng biển này."},
	"ru-salmon": {Title: "Япония и Россия договорились о вылове лосося", Lang: "ru", Published: time.Date(2026, 7, 4, 0, 0, 0, 0, time.UTC),
		Passage: "Япония и Россия договорились о квотах на вылов лосося. " +
			"За вылов лосося Япония заплатит России около 2 млрд иен."},
	"ru-visa-date": {Title: "Россия упрощает визы для учёных", Lang: "ru", Published: time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC),
		Passage: "МОСКВА, 10 февраля. Россия вводит упрощённые визы для иностранных учёных с 1 апреля. " +
			"Решение принято на заседании правительства во вторник."},
	"vi-flights-date": {Title: "Aeroflot nối lại đường bay tới Hà Nội", Lang: "vi", Published: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC),
		Passage: "Hãng hàng không Aeroflot nối lại đường bay thẳng từ Moskva tới Hà Nội từ ngày 15/4. " +
			"Các chuyến bay được khai thác ba lần mỗi tuần."},
	"en-month-date": {Title: "Embassy library reopens", Lang: "en", Published: time.Date(2026, 6, 2, 0, 0, 0, 0, time.UTC),
		Passage: "The U.S. embassy library in Moscow reopens to readers in October, the embassy said. " +
			"It closed in 2022."},
	"ru-year-end": {Title: "Консульство в Хьюстоне", Lang: "ru", Published: time.Date(2026, 5, 5, 0, 0, 0, 0, time.UTC),
		Passage: "Генеральное консульство России в Хьюстоне откроется до конца года, сообщил МИД."},
	"compound": {Title: "Russia reopens visa office in Vienna", Lang: "en", Published: time.Date(2026, 2, 2, 0, 0, 0, 0, time.UTC),
		Passage: "Russia's visa office in Vienna resumed work on Monday after a two-year pause. " +
			"Online filing will open on April 15. " +
			"The office's new head, Yelena Markova, previously served as consul in Prague. " +
			"Applications are open on paper for now, and the office expects about 200 a week online."},
	"tariff-days": {Title: "China and Japan cut tariffs", Lang: "en", Published: time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC),
		Passage: "China and Japan agreed on Tuesday to cut tariffs on farm goods for 120 days while talks continue."},
	"boats": {Title: "Vietnam and Russia discuss arms deliveries", Lang: "en", Published: time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC),
		Passage: "HANOI - Vietnamese and Russian defence officials met in Hanoi on Monday. " +
			"They discussed the delivery of the last two patrol boats, which a Russian official said would arrive in November. " +
			"Both sides also discussed pilot training."},
	"soyuz": {Title: "Mỹ và Nga tiếp tục bay chéo", Lang: "vi", Published: time.Date(2026, 4, 9, 0, 0, 0, 0, time.UTC),
		Passage: "NASA và Roscosmos gia hạn thỏa thuận bay chéo thêm hai năm. " +
			"Theo kế hoạch, phi hành gia Mỹ Laura Finch sẽ bay lên trạm vũ trụ trên tàu Soyuz vào tháng 3/2028."},
	"fishery": {Title: "Nga và Nhật Bản ký thỏa thuận nghề cá", Lang: "vi", Published: time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC),
		Passage: "Nga và Nhật Bản ngày 12/3 đã ký thỏa thuận nghề cá tại thành phố Vladivostok."},
	"vi-flights": {Title: "Đường bay Hà Nội – Moskva", Lang: "vi", Published: time.Date(2026, 4, 9, 0, 0, 0, 0, time.UTC),
		Passage: "Hãng hàng không Vietnam Airlines đang cân nhắc mở lại đường bay tới Moskva. " +
			"Trước năm 2020, hãng khai thác khoảng 20 chuyến mỗi tuần giữa Hà Nội và Moskva."},
	"trawlers": {Title: "US sanctions six trawlers", Lang: "en", Published: time.Date(2026, 4, 9, 0, 0, 0, 0, time.UTC),
		Passage: "The United States sanctioned six trawlers on Monday for fishing in closed waters. " +
			"The trawlers are registered in the United Arab Emirates."},
	"jeddah": {Title: "Truce talks end in Jeddah", Lang: "en", Published: time.Date(2026, 2, 14, 0, 0, 0, 0, time.UTC),
		Passage: "JEDDAH - Talks on a pause in strikes on power plants ended on Friday in Jeddah after two days. " +
			"A U.S. envoy carried proposals between the two sides, which never met in one room. " +
			"The Ukrainian delegation was led by Deputy Foreign Minister Petro Marchenko."},
}

// TestJudgeAnswerSlot: a "who", "where" or "how many" question about an
// event an article tells is answered only when the sentence that
// carries the question's terms gives the kind of answer asked, and a
// "how many" only by a number bound to the thing it counts.
func TestJudgeAnswerSlot(t *testing.T) {
	tests := []struct {
		name, q, lang string
		article       string
		answerable    bool
		unmet         string // in the verdict's Reason when refused; the slot if empty
	}{
		{"who, given", "Who led the American team at the consular talks in Geneva?", "en", "consular", true, ""},
		{"who next, not given", "Who will lead the American team in the next round of consular talks?", "en", "consular", false, ""},
		{"who next, only the source named", "Who will lead the American team in the next round of consular talks?", "en", "consular-source", false, ""},
		{"who next, named after the source", "Who will lead the American team in the next round of consular talks?", "en", "consular-next-led", true, ""},
		{"where, given", "Where did the officials meet for the consular talks in Geneva?", "en", "consular", true, ""},
		{"where next, not given", "Where will the next round of consular talks be held?", "en", "consular", false, ""},
		{"how many, counted noun given", "How many additional diplomatic visas may each side issue?", "en", "visas", true, ""},
		// "diplomatic visas" counts visas, not diplomats.
		{"how many, only a derived word counted", "How many diplomats may each side send under the deal?", "en", "visas", false, ""},
		{"ru how many, given", "Сколько кораблей участвовало в учениях России и Норвегии?", "ru", "ships", true, ""},
		{"ru how many, other thing counted", "Сколько моряков участвовало в учениях России и Норвегии?", "ru", "ships", false, ""},
		{"vi how many, given", "Có bao nhiêu tàu tham gia cuộc diễn tập ở eo biển Bering?", "vi", "tau", true, ""},
		{"vi how many, other thing counted", "Có bao nhiêu máy bay tham gia cuộc diễn tập ở eo biển Bering?", "vi", "tau", false, ""},
		// A percentage is written with "%", not counted.
		{"vi percent", "Kim ngạch thương mại tăng bao nhiêu phần trăm?", "vi", "tau", true, ""},
		// "The delegation in Jeddah" is where it was, which the story
		// says sentences away; it is not the delegation's country.
		{"office in a place", "Who led the Ukrainian delegation in Jeddah?", "en", "jeddah", true, ""},
		// Only modifiers stand between a number and what it counts.
		{"ru how many, number counts another thing", "Сколько университетов участвует в обмене студентами?", "ru", "exchange", false, ""},
		{"ru how many, number counts it", "Сколько студентов будут направлять Россия и Германия?", "ru", "exchange", true, ""},
		// "US" is a name, not the pronoun "us".
		{"US as a name in a pair", "What did the US and China agree about a hotline?", "en", "hotline", false, `pair "united states – china"`},
		{"pair answerable", "What did China and Russia agree about a hotline?", "en", "hotline", true, ""},
		// People are counted by who they are.
		{"how many people, by who they are", "How many prisoners were freed in the Vienna exchange?", "en", "freed", true, ""},
		{"vi where, a place a few words on", "Các nhà khoa học Nga và Mỹ gặp nhau ở đâu?", "vi", "gap", true, ""},
		// An ambassador is of one side and posted to the other.
		{"post, the side that sends", "What did the Russian ambassador to the US say about visas?", "en", "envoy", true, ""},
		{"post, the side that receives, not sends", "What did the US ambassador say about visas?", "en", "envoy", false, `pair "united states – ambassador"`},
		{"vi post", "Đại sứ Nga tại Mỹ nói gì về thị thực?", "vi", "envoy", true, ""},
		// A "when" is answered where its terms are, not by the talks'
		// date or the dateline; a future one by a date to come.
		{"when, given", "When did US and Russian diplomats hold arms control talks in Vienna?", "en", "groups", true, ""},
		{"when, another event dated", "When will the expert groups on verification first meet?", "en", "groups", false, ""},
		{"when will, past date only", "When will the consulate in Kazan reopen?", "en", "groups", false, ""},
		{"when will, given", "When will the consulate in Perm resume work?", "en", "groups", true, ""},
		// "How long" with nothing counted: a number where its terms are.
		{"how long, given", "How long did the consular talks in Geneva last?", "en", "consular", true, ""},
		{"how long, not given", "How long did the American team stay in Geneva?", "en", "consular", false, ""},
		// What a sentence says beside a name is said of it, in other words
		// than the question's.
		{"when, paraphrased beside the name", "When will the International Space Station be taken out of orbit?", "en", "station", true, ""},
		// A deputy is another office-holder.
		{"office, only a deputy's", "What did the Russian foreign minister say about missile defence?", "en", "deputy", false, `office "foreign minister"`},
		{"office, the deputy asked", "What did the Russian deputy foreign minister say about missile defence?", "en", "deputy", true, ""},
		// People counted in other words, by what the question says of
		// them; "of" places a person's home.
		{"how many people, paraphrased", "How many Russian scientists are taking part in the seabird survey?", "en", "cruise", true, ""},
		{"where from", "Where is Anna Belova from?", "en", "cruise", true, ""},
		// What X said about Y: X must be named beside Y, not elsewhere in
		// a story where another person speaks of Y.
		{"say, the speaker's words", "What did Oleg Sorin say about the return of the diplomatic dachas?", "en", "properties", true, ""},
		{"say, another speaker's words", "What did Laura Kent say about the return of the diplomatic dachas?", "en", "properties", false, ""},
		// What the headline is about, the whole story is about.
		{"say, about the story's subject", "What did Laura Kent say about the embassy talks?", "en", "properties", true, ""},
		// Why: a story may tell what happened and not why.
		// A count written with a partitive or a classifier counts the
		// noun it governs: "37 of its 120 posts", "3 из 5 отделов", "4
		// trong số 9 cảng", "30 chiếc tàu", "six of them".
		{"how many, partitive of its", "How many consular posts at the embassy in Moscow are empty?", "en", "staffing", true, ""},
		{"how many, partitive of them", "How many cars in the motor pool no longer run?", "en", "staffing", true, ""},
		{"how many, partitive, other noun", "How many consular officers at the embassy in Moscow left?", "en", "staffing", false, ""},
		{"ru how many, из", "Сколько консульских отделов в Канаде приостановят работу?", "ru", "ru-partitive", true, ""},
		{"ru how many, своих", "Сколько помощников отозвал посол?", "ru", "ru-partitive", true, ""},
		{"vi how many, trong số", "Có bao nhiêu cảng cá được mở cửa cho tàu Nhật?", "vi", "vi-partitive", true, ""},
		{"vi how many, classifier", "Nhật Bản sẽ điều bao nhiêu tàu đánh cá tới vùng biển này?", "vi", "vi-partitive", true, ""},
		// A country after "сколько" is who acts, not what is counted.
		{"ru how much, a country after сколько", "Сколько Япония заплатит России за вылов лосося?", "ru", "ru-salmon", true, ""},
		// A "when will" is answered by a date still to come at the
		// report's date, in the present tense or none ("с 1 апреля",
		// "từ ngày 15/4", "in October", "до конца года").
		{"ru when will, date from", "Когда будут введены упрощённые визы для иностранных учёных?", "ru", "ru-visa-date", true, ""},
		{"vi when will, date from", "Khi nào Aeroflot sẽ nối lại đường bay thẳng tới Hà Nội?", "vi", "vi-flights-date", true, ""},
		{"when will, month alone", "When will the US embassy library in Moscow reopen to readers?", "en", "en-month-date", true, ""},
		{"ru when will, by year end", "Когда откроется генеральное консульство России в Хьюстоне?", "ru", "ru-year-end", true, ""},
		{"when will, the past only", "When will the US embassy library in Moscow close?", "en", "en-month-date", false, ""},
		// Two asks in one question: each is judged by its own slot; one
		// the article answers does not refuse the other.
		{"compound, who and when", "Who is the new head of the visa office in Vienna, and when will online applications open?", "en", "compound", true, ""},
		{"compound, when given, who not", "When will online applications open, and who will process them?", "en", "compound", true, ""},
		{"compound, neither given", "Who will inspect the consulate in Salzburg, and when will it close?", "en", "compound", false, `name "salzburg"`},
		// Days counted are no sum of money, though the question names
		// duties.
		{"ru how many days, of a tariff", "На сколько дней Китай и Япония снизили пошлины?", "ru", "tariff-days", true, ""},
		{"how many days, of a tariff", "For how many days did China and Japan cut tariffs on farm goods?", "en", "tariff-days", true, ""},
		{"how much, a price not given", "How much do Chinese farm goods cost in Japan after the tariff cut?", "en", "tariff-days", false, ""},
		// Lower case and typos: the slot still finds the date to come
		// beside the repaired terms.
		{"when will, typos in lower case", "when will vietnam get the last two patrol boats from rusia", "en", "boats", true, ""},
		{"when will, typos, another thing", "when will vietnam get the next pilot trainers from rusia", "en", "boats", false, ""},
		// A year written inside a date ("tháng 3/2028") is that year.
		{"vi year inside a date", "Phi hành gia Mỹ nào sẽ bay trên tàu Soyuz năm 2028?", "vi", "soyuz", true, ""},
		{"vi year inside a date, another year", "Phi hành gia Mỹ nào sẽ bay trên tàu Soyuz năm 2029?", "vi", "soyuz", false, `year "2029"`},
		// A month and year asked ("tháng 3/2026") are met by a day of that
		// month in an article of that year ("ngày 12/3").
		{"vi month/year by day/month", "Nga và Nhật Bản ký thỏa thuận nghề cá ở đâu vào tháng 3/2026?", "vi", "fishery", true, ""},
		{"vi month/year, another month", "Nga và Nhật Bản ký thỏa thuận nghề cá ở đâu vào tháng 5/2026?", "vi", "fishery", false, `date "5/2026"`},
		// A Vietnamese count may name only the head of a compound noun,
		// its classifier: "20 chuyến" counts "chuyến bay".
		{"vi how many, head of the compound", "Trước năm 2020 có bao nhiêu chuyến bay mỗi tuần giữa Hà Nội và Moskva?", "vi", "vi-flights", true, ""},
		// A place of several capitalised words is located by the
		// preposition before its first: "in the United Arab Emirates".
		{"where, a name of several words", "Where are the trawlers that the US sanctioned registered?", "en", "trawlers", true, ""},
		// "Two expert groups" counts groups, not experts: it names no one.
		{"who, a count of things modified by a word for people", "Who will lead the expert group on verification?", "en", "groups", false, ""},
		{"why, given", "Why did the US consulate in Perm suspend its work?", "en", "closure", true, ""},
		{"why, not given", "Why did the US consulate in Kazan suspend its work?", "en", "closure", false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := slotArticles[tc.article]
			c.N, c.ArticleID = 1, tc.article
			v := judge(tc.q, tc.lang, []Citation{c})
			if v.Answerable != tc.answerable {
				t.Fatalf("answerable = %v, want %v (%s; constraints %v)", v.Answerable, tc.answerable, v.Reason(), v.Constraints)
			}
			want := tc.unmet
			if want == "" {
				want = `answer "`
			}
			if !tc.answerable && !strings.Contains(v.Reason(), want) {
				t.Errorf("reason %q does not name %s", v.Reason(), want)
			}
		})
	}
}

// TestSpeakers: in "what did X say in Geneva", X may be who spoke, the
// place after a preposition may not.
func TestSpeakers(t *testing.T) {
	q := "What did Lavrov say in Geneva about Rubio?"
	cons, _ := constraints(q, queryTerms(q, "en"))
	got := speakers(q, cons)
	if !got["lavrov"] || got["geneva"] || !got["rubio"] {
		t.Errorf("speakers(%q) = %v, want lavrov and rubio, not geneva", q, got)
	}
}

// TestClosestTextNamesNoAnswerKind: a refusal for want of the answer
// slot offers the closest article without claiming it does not mention
// "who".
func TestClosestTextNamesNoAnswerKind(t *testing.T) {
	v := Verdict{Unmet: []Constraint{{Kind: KindAnswer, Text: "who"}}}
	got := closestText("en", "Who won the talks in Geneva?", Citation{Title: "Talks end in Geneva"}, v)
	if strings.Contains(got, "who") || !strings.Contains(got, "Talks end in Geneva") {
		t.Errorf("closestText = %q", got)
	}
}

// TestClosestTextDateInAskersLanguage: the closest article's date is
// written in the asker's language ("15 апреля 2026", not "15 April 2026").
func TestClosestTextDateInAskersLanguage(t *testing.T) {
	src := Citation{Title: "Переговоры в Вене", Published: time.Date(2026, 4, 15, 0, 0, 0, 0, time.UTC)}
	got := closestText("ru", "Что было в 2024 году?", src, Verdict{Unmet: []Constraint{{Kind: KindYear, Text: "2024"}}})
	if !strings.Contains(got, "15 апреля 2026") || strings.Contains(got, "April") {
		t.Errorf("closestText(ru) = %q, want the date as 15 апреля 2026", got)
	}
}

// TestAskParts: a question is split into asks only where an
// interrogative stands on both sides of the join.
func TestAskParts(t *testing.T) {
	for q, want := range map[string]int{
		"Who is the new US ambassador in Moscow, and from what date will the embassy accept visa applications?": 2,
		"Кто возглавлял делегацию в Вене и сколько вакансий у посольства?":                                      2,
		"Ai là đại sứ mới tại Nga và khi nào đại sứ quán cấp lại thị thực?":                                     2,
		"What did the US and China agree about a hotline?":                                                      1,
		"Кто и когда подписал договор о визах?":                                                                 1,
		"Nga và Mỹ trao đổi tù nhân ở đâu?":                                                                     1,
	} {
		if got := askParts(q); len(got) != want {
			t.Errorf("askParts(%q) = %q, want %d asks", q, got, want)
		}
	}
}

// TestSyllableNotPlace: a Vietnamese syllable in lower case is part of a
// word ("sinh viên", student), not the place the lexicon spells the
// same ("Viên", Vienna); capitalised, it is the place.
func TestSyllableNotPlace(t *testing.T) {
	for q, want := range map[string]bool{
		"Có bao nhiêu sinh viên Nga sang Mỹ học năm 2026?": false,
		"Nga và Mỹ gặp nhau ở Viên khi nào?":               true,
	} {
		cons, _ := constraints(q, queryTerms(q, "vi"))
		got := slices.ContainsFunc(cons, func(c Constraint) bool { return c.Kind == KindName })
		if got != want {
			t.Errorf("constraints(%q) = %v, want a name: %v", q, cons, want)
		}
	}
}

// A count per period asks that period: the phrase that writes it as a
// rate, in any of the three languages, not a length or a point of time
// ("in a week", "a year ago", "trong một tuần").
func TestAskedPeriod(t *testing.T) {
	tests := []struct {
		q    string
		want period
	}{
		{"How many flights a week will Aeroflot operate?", perWeek},
		{"how many weekly flights were agreed", perWeek},
		{"Mỗi tháng có bao nhiêu người đi lại?", perMonth},
		{"Moi thang co bao nhieu nguoi di lai?", perMonth},
		{"Сколько медведей в год разрешено добывать?", perYear},
		{"Сколько рейсов в день выполняет Аэрофлот?", perDay},
		{"How many flights were there a year ago?", perNone},
		{"How many visas will be issued in a week?", perNone},
		{"Bao nhiêu thị thực được cấp trong một tuần?", perNone},
		{"How many flights a day and a week?", perNone},
		{"How many flights did India and Russia agree to?", perNone},
		{"Сколько лет длится годовой контракт?", perNone},
	}
	for _, tt := range tests {
		if got := askedPeriod(tt.q); got != tt.want {
			t.Errorf("askedPeriod(%q) = %d, want %d", tt.q, got, tt.want)
		}
	}
}

// A year written "'25" is the year 2025, not the number 25.
func TestFullYears(t *testing.T) {
	now := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	tests := map[string]string{
		"India–Russia aviation talks of '25: who led the Russian side?": "India–Russia aviation talks of 2025: who led the Russian side?",
		"переговоры ’24 года":                                           "переговоры 2024 года",
		"the summit of '99":                                             "the summit of 1999",
		"Russia's deal with '25s":                                       "Russia's deal with '25s",
		"rock'n'roll diplomacy":                                         "rock'n'roll diplomacy",
	}
	for in, want := range tests {
		if got := fullYears(in, now); got != want {
			t.Errorf("fullYears(%q) = %q, want %q", in, got, want)
		}
	}
}

// A story that tells its event by a weekday and writes another year only
// in a clause describing one of its things ("обмена студентами,
// прерванного в 2022 году") does not date the event to that year; a
// question about what the clause tells is met by it.
func TestJudgeRelativeClauseYear(t *testing.T) {
	const tomsk = "eval4/articles/ev4-ru-tomsk-student-exchange.md"
	tests := []struct {
		q, lang    string
		answerable bool
	}{
		{"which university group signed the student exchange deal with Tomsk in 2022", "en", false},
		{"Какой университет подписал соглашение об обмене студентами с Томском в 2022 году?", "ru", false},
		{"which university group signed the student exchange deal with Tomsk in 2026", "en", true},
		{"Обмен студентами с Томском прервали в 2022 году?", "ru", true},
	}
	for _, tt := range tests {
		v := judge(tt.q, tt.lang, []Citation{evalArticle(t, tomsk)})
		if v.Answerable != tt.answerable {
			t.Errorf("judge(%q): answerable %v, want %v (%s)", tt.q, v.Answerable, tt.answerable, v.Reason())
		}
	}
	for _, tt := range []struct {
		s    string
		y    int
		want bool
	}{
		{"signed on monday a deal to resume the exchange, which was halted in 2022.", 2022, true},
		{"on monday, the two sides signed the 2022 accord.", 2022, false},
		{"the two sides signed the accord in 2022.", 2022, false},
		{"в понедельник подписали соглашение, этого в 2022 году не было.", 2022, false},
	} {
		if _, got := relativeYear(tt.s, tt.y); got != tt.want {
			t.Errorf("relativeYear(%q, %d) = %v, want %v", tt.s, tt.y, got, tt.want)
		}
	}
}

// A year told from the story's date: "last year" in a story of 2026 is
// 2025, and the story does not date to its own year what it says
// happened last year.
func TestJudgeYearToldFromTheStorysDate(t *testing.T) {
	tests := []struct {
		q, lang, article string
		answerable       bool
	}{
		{"What was US-China trade worth in 2025?", "en", "eval/articles/ev-ru-ssha-kitay-chipy.md", true},
		{"What was US-China trade worth in 2024?", "en", "eval/articles/ev-ru-ssha-kitay-chipy.md", false},
		{"Какой был товарооборот России и Китая в 2025 году?", "ru", "eval/articles/ev-ru-kitay-sevmorput.md", true},
		{"When did Demidov take up his post in Washington, in 2024?", "en", "eval/articles/ev-en-whitaker-credentials.md", true},
		{"Did Demidov take up his post in Washington in 2025?", "en", "eval/articles/ev-en-whitaker-credentials.md", false},
	}
	for _, tt := range tests {
		v := judge(tt.q, tt.lang, []Citation{evalArticle(t, tt.article)})
		if v.Answerable != tt.answerable {
			t.Errorf("judge(%q): answerable %v, want %v (%s)", tt.q, v.Answerable, tt.answerable, v.Reason())
		}
	}
	for s, want := range map[string][]int{
		"trade grew last year.":                {2025},
		"trade grew over the last year.":       nil,
		"sản lượng năm ngoái đạt 300 tấn":      {2025},
		"giảm khoảng 10% so với năm ngoái":     nil,
		"hai năm trước, sản lượng đạt 300 tấn": nil,
		"в следующем году пройдёт новый раунд": {2027},
		"this year and next year":              {2026, 2027},
	} {
		if got := relativeYears(s, 2026); !slices.Equal(got, want) {
			t.Errorf("relativeYears(%q) = %v, want %v", s, got, want)
		}
	}
}

// The year and rate readers of this file never panic on any text, write
// a year in full only where the question wrote two digits after an
// apostrophe, and the judge decides the same twice on a list of people
// with appositions.
func FuzzYearSlotForms(f *testing.F) {
	f.Add("India–Russia aviation talks of '25: who led?", "Paul Brennick, người bị kết án chín năm tù năm 2024, cùng Steven Crowley. Trade grew last year, so với năm ngoái.")
	f.Add("Сколько рейсов в день, в неделю?", "подписали в понедельник соглашение, прерванного в 2022 году.")
	f.Add("'", ", ,")
	f.Fuzz(func(t *testing.T, q, passage string) {
		if !utf8.ValidString(q) || !utf8.ValidString(passage) {
			t.Skip("questions and passages are valid UTF-8")
		}
		if full := fullYears(q, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)); full != q && !shortYearRE.MatchString(q) {
			t.Fatalf("fullYears(%q) = %q without a short year", q, full)
		}
		askedPeriod(q)
		relativeYears(strings.ToLower(passage), 2026)
		relativeYear(strings.ToLower(passage), 2022)
		src := []Citation{{N: 1, ArticleID: "a", Lang: "vi", Title: "T", Passage: passage, Published: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)}}
		if a, b := judge(q, "vi", src), judge(q, "vi", src); a.Answerable != b.Answerable || a.Reason() != b.Reason() {
			t.Fatalf("judge(%q) decided %v then %v", q, a.Reason(), b.Reason())
		}
	})
}
