package answer

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// countArticles are short original texts that answer a "how many",
// "when" or "where" question in words other than the question's: a
// count written in words or after its noun, a duration, a date told
// from the day of the report, a place that is an institution. Each has
// a near miss: the same story without the thing asked.
var countArticles = map[string]Citation{
	"vacancies": {Title: "Embassy talks in Oslo end", Lang: "en", Published: time.Date(2026, 5, 6, 0, 0, 0, 0, time.UTC),
		Passage: "U.S. and Russian diplomats ended two days of talks on embassy work in Oslo. " +
			"Washington asked for faster visas for new staff, saying that 52 of its jobs in Moscow were unfilled. " +
			"Moscow raised the return of two seized dachas."},
	"fined": {Title: "Norway fines firms over drone parts", Lang: "en", Published: time.Date(2026, 5, 6, 0, 0, 0, 0, time.UTC),
		Passage: "Norway's customs agency on Monday fined nine companies in Poland and Latvia over re-exports of drone parts to Belarus. " +
			"The agency said the parts had passed through Gdansk."},
	"fined-near": {Title: "Norway fines firms over drone parts", Lang: "en", Published: time.Date(2026, 5, 6, 0, 0, 0, 0, time.UTC),
		Passage: "Norway's customs agency on Monday fined companies in Poland and Latvia over re-exports of drone parts to Belarus. " +
			"The agency said the parts had passed through Gdansk in 14 trucks."},
	"vacancies-ru": {Title: "Посольство США сокращает штат", Lang: "ru", Published: time.Date(2026, 5, 6, 0, 0, 0, 0, time.UTC),
		Passage: "Посольство США в Москве испытывает нехватку сотрудников. " +
			"По данным посольства, 38 должностей остаются незаполненными."},
	"intercepts": {Title: "US and China discuss military hotline", Lang: "en", Published: time.Date(2026, 5, 6, 0, 0, 0, 0, time.UTC),
		Passage: "The talks covered unplanned encounters between ships and aircraft in the South China Sea. " +
			"U.S. officials counted the unsafe intercepts there: there were more than 180 in the past two years."},
	"intercepts-near": {Title: "US and China discuss military hotline", Lang: "en", Published: time.Date(2026, 5, 6, 0, 0, 0, 0, time.UTC),
		Passage: "The talks covered unsafe intercepts between ships and aircraft in the South China Sea. " +
			"There were 12 delegates on each side."},
	"split-ru": {Title: "Обмен заключёнными", Lang: "ru", Published: time.Date(2026, 5, 6, 0, 0, 0, 0, time.UTC),
		Passage: "Россия и Канада провели обмен в аэропорту Стамбула. " +
			"Россия передала канадской стороне осуждённых журналистов, всего 4, сообщил посредник."},
	"split-vi": {Title: "Nga và Nhật thả tàu cá", Lang: "vi", Published: time.Date(2026, 5, 6, 0, 0, 0, 0, time.UTC),
		Passage: "Nga đã thả các tàu cá Nhật Bản bị bắt giữ ở biển Okhotsk. " +
			"Trong số đó, 7 chiếc đã về tới cảng Hokkaido."},
	"euros": {Title: "Canada buys Russian fertilizer", Lang: "en", Published: time.Date(2026, 5, 13, 0, 0, 0, 0, time.UTC),
		Passage: "Canada agreed to buy Russian fertilizer for its farmers. " +
			"The first shipment will bring Russian producers €40 million, the trade ministry said."},
	"since": {Title: "Посол Норвегии в Москве", Lang: "ru", Published: time.Date(2026, 5, 13, 0, 0, 0, 0, time.UTC),
		Passage: "Посол Норвегии Ларс Свенсен, который работает в Москве с 2019 года, покидает свой пост."},
	"season": {Title: "Arctic council", Lang: "en", Published: time.Date(2026, 5, 13, 0, 0, 0, 0, time.UTC),
		Passage: "Canada and Norway will hold a joint Arctic search-and-rescue drill this summer, officials said."},
	"season-vi": {Title: "Nga và Na Uy", Lang: "vi", Published: time.Date(2026, 5, 13, 0, 0, 0, 0, time.UTC),
		Passage: "Nga và Na Uy sẽ tổ chức cuộc tập trận cứu hộ chung ở Bắc Cực vào mùa hè này."},
	"rounds": {Title: "Консультации в Стамбуле", Lang: "ru", Published: time.Date(2026, 5, 13, 0, 0, 0, 0, time.UTC),
		Passage: "Делегации Канады и Норвегии провели в Стамбуле четвёртый раунд консультаций о рыболовстве."},
	"rounds-en": {Title: "Talks in Istanbul", Lang: "en", Published: time.Date(2026, 5, 13, 0, 0, 0, 0, time.UTC),
		Passage: "Canadian and Norwegian delegations held their fourth round of consultations on fishing in Istanbul."},
	"announced-ru": {Title: "Посольство Канады в Москве возобновит выдачу виз", Lang: "ru", Published: time.Date(2026, 3, 24, 0, 0, 0, 0, time.UTC),
		Passage: "МОСКВА, 24 марта. Посольство Канады в Москве с 1 апреля возобновит приём заявлений на визы. " +
			"Об этом во вторник объявил посол Канады в России Марк Эллиот."},
	"announced-ru-near": {Title: "Посольство Канады в Москве возобновит выдачу виз", Lang: "ru", Published: time.Date(2026, 3, 24, 0, 0, 0, 0, time.UTC),
		Passage: "МОСКВА, 24 марта. Посольство Канады в Москве с 1 апреля возобновит приём заявлений на визы. " +
			"Об этом сообщается на сайте посольства."},
	"planned-for": {Title: "Embassy talks", Lang: "en", Published: time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC),
		Passage: "Canadian and Russian diplomats met in Oslo on Tuesday. " +
			"The next round of embassy talks is planned for May, in a city yet to be announced."},
	"same-day-vi": {Title: "Trao đổi tù nhân", Lang: "vi", Published: time.Date(2026, 2, 20, 0, 0, 0, 0, time.UTC),
		Passage: "Nga và Canada ngày 19/2 đã trao đổi tù nhân tại sân bay Oslo. " +
			"Phía Nga cho biết ông Petrov đã về tới Moskva vào tối cùng ngày."},
	"half-year-ru": {Title: "Обмен в Осло", Lang: "ru", Published: time.Date(2026, 2, 20, 0, 0, 0, 0, time.UTC),
		Passage: "Россия и Канада провели обмен заключёнными в Осло. " +
			"Обмен был согласован в ходе контактов спецслужб, которые продолжались около полугода."},
	"weeks-after": {Title: "Canada sanctions tankers", Lang: "en", Published: time.Date(2026, 2, 25, 0, 0, 0, 0, time.UTC),
		Passage: "Canada imposed sanctions on 22 tankers on Wednesday. " +
			"The sanctions come two weeks after Norway adopted its own measures against tankers."},
	"noon": {Title: "Prisoner swap in Oslo", Lang: "en", Published: time.Date(2026, 2, 25, 0, 0, 0, 0, time.UTC),
		Passage: "Canada and Russia exchanged prisoners in Oslo. " +
			"The exchange took place on the tarmac of Oslo airport shortly after noon local time."},
	"time-ru": {Title: "Обмен в Осло", Lang: "ru", Published: time.Date(2026, 2, 25, 0, 0, 0, 0, time.UTC),
		Passage: "Россия и Канада обменялись заключёнными в Осло. " +
			"Самолёт с освобождёнными приземлился в Москве в 21:40."},
	"so-vi": {Title: "Nga trục xuất nhà ngoại giao", Lang: "vi", Published: time.Date(2026, 2, 25, 0, 0, 0, 0, time.UTC),
		Passage: "Nga tuyên bố trục xuất các nhà ngoại giao Canada. " +
			"Số nhà ngoại giao phải rời Moskva trong tuần này là 12."},
	"into": {Title: "Future of the station", Lang: "en", Published: time.Date(2026, 5, 7, 0, 0, 0, 0, time.UTC),
		Passage: "Canada and Norway agreed to share data from the old research station. " +
			"The station is scheduled to be brought down into the Pacific Ocean in 2030."},
	"xuong": {Title: "Trao đổi tù nhân", Lang: "vi", Published: time.Date(2026, 1, 21, 0, 0, 0, 0, time.UTC),
		Passage: "Nga và Canada đã trao đổi tù nhân hôm thứ Hai. " +
			"Máy bay chở các công dân Canada hạ cánh xuống căn cứ Trenton."},
	"oil-rise": {Title: "Canada sanctions tankers", Lang: "en", Published: time.Date(2026, 2, 25, 0, 0, 0, 0, time.UTC),
		Passage: "Canada imposed sanctions on 22 tankers on Wednesday. " +
			"Oil prices rose about 1 percent after the announcement."},
	"weekend": {Title: "Talks in Oslo", Lang: "en", Published: time.Date(2026, 2, 25, 0, 0, 0, 0, time.UTC),
		Passage: "Canadian and Norwegian negotiators met in Oslo over the weekend to discuss fishing quotas."},
	"dau-nam": {Title: "Nga và Na Uy", Lang: "vi", Published: time.Date(2026, 5, 25, 0, 0, 0, 0, time.UTC),
		Passage: "Nga và Na Uy đã ký thỏa thuận về hạn ngạch đánh bắt cá tuyết hồi đầu năm nay."},
	"nachale-goda": {Title: "Россия и Норвегия", Lang: "ru", Published: time.Date(2026, 5, 25, 0, 0, 0, 0, time.UTC),
		Passage: "Россия и Норвегия подписали соглашение о квотах на вылов трески в начале года."},
	"mediator-ru": {Title: "Обмен в Осло", Lang: "ru", Published: time.Date(2026, 2, 25, 0, 0, 0, 0, time.UTC),
		Passage: "Россия и Канада провели обмен заключёнными в аэропорту Осло при посредничестве норвежской разведки."},
	"mediator-ru-near": {Title: "Обмен в Осло", Lang: "ru", Published: time.Date(2026, 2, 25, 0, 0, 0, 0, time.UTC),
		Passage: "Россия и Канада провели обмен заключёнными на норвежской территории."},
	"twice": {Title: "Ministers meet", Lang: "en", Published: time.Date(2026, 5, 18, 0, 0, 0, 0, time.UTC),
		Passage: "The Canadian and Norwegian ministers have met twice this year."},
	"twice-ru": {Title: "Министры встретились", Lang: "ru", Published: time.Date(2026, 5, 18, 0, 0, 0, 0, time.UTC),
		Passage: "Министры Канады и Норвегии в этом году встречались дважды."},
	"predicate-ru": {Title: "Канада выслала дипломатов", Lang: "ru", Published: time.Date(2026, 5, 18, 0, 0, 0, 0, time.UTC),
		Passage: "Канада выслала российских дипломатов. Высланных дипломатов было пятнадцать."},
	"words-ru": {Title: "Россия и Финляндия провели учения", Lang: "ru", Published: time.Date(2026, 5, 7, 0, 0, 0, 0, time.UTC),
		Passage: "Пограничники России и Финляндии провели совместные учения на Ладожском озере. " +
			"В учениях участвовали двадцать катеров и сорок водолазов."},
	"words-en": {Title: "Coast guards hold a drill", Lang: "en", Published: time.Date(2026, 5, 8, 0, 0, 0, 0, time.UTC),
		Passage: "The U.S. and Canadian coast guards held a rescue drill off Alaska. " +
			"Two dozen cutters took part, along with a pair of aircraft."},
	"number-of": {Title: "Сокращение дипломатов", Lang: "ru", Published: time.Date(2026, 5, 9, 0, 0, 0, 0, time.UTC),
		Passage: "Посольство Канады в Москве продолжает сокращать штат. " +
			"Число дипломатов в посольстве за год сократилось до 17, сообщил посол."},
	"number-of-en": {Title: "Fewer inspectors", Lang: "en", Published: time.Date(2026, 5, 9, 0, 0, 0, 0, time.UTC),
		Passage: "Inspections under the treaty resumed in March. " +
			"The number of inspectors allowed at each site was cut to 12, officials said."},
	"so-luong": {Title: "Nga và Ấn Độ tăng chuyến bay", Lang: "vi", Published: time.Date(2026, 5, 10, 0, 0, 0, 0, time.UTC),
		Passage: "Nga và Ấn Độ đồng ý tăng các chuyến bay thẳng giữa hai nước. " +
			"Số lượng hãng hàng không được phép bay sẽ tăng lên 9 kể từ tháng tới."},
	"duration-ru": {Title: "Обмен в Вене", Lang: "ru", Published: time.Date(2026, 5, 11, 0, 0, 0, 0, time.UTC),
		Passage: "Россия и Канада провели обмен заключёнными в аэропорту Вены. " +
			"По словам посредников, переговоры об обмене продолжались около пяти месяцев."},
	"duration-vi": {Title: "Đàm phán tại Oslo", Lang: "vi", Published: time.Date(2026, 5, 12, 0, 0, 0, 0, time.UTC),
		Passage: "Nga và Na Uy đã ký thỏa thuận về nghề cá tại Oslo. " +
			"Các cuộc đàm phán về thỏa thuận kéo dài gần ba tháng."},
	"money-en": {Title: "Canada buys Russian fertilizer", Lang: "en", Published: time.Date(2026, 5, 13, 0, 0, 0, 0, time.UTC),
		Passage: "Canada agreed to buy Russian fertilizer for its farmers. " +
			"The first shipment is worth $40 million, the trade ministry said."},
	// A model's name holds a number that counts nothing.
	"drill-model": {Title: "Russia and Norway hold sea rescue drill", Lang: "en", Published: time.Date(2026, 5, 13, 0, 0, 0, 0, time.UTC),
		Passage: "MURMANSK - Russia sent two patrol ships and an Il-38 aircraft to the joint rescue drill with Norway in the Barents Sea."},
	"drill-counted": {Title: "Russia and Norway hold sea rescue drill", Lang: "en", Published: time.Date(2026, 5, 13, 0, 0, 0, 0, time.UTC),
		Passage: "MURMANSK - Russia sent two patrol ships and three Il-38 aircraft to the joint rescue drill with Norway in the Barents Sea."},
	// Diplomats expelled, and a number beside a word derived from theirs.
	"expel-derived": {Title: "Russia expels Norwegian diplomats", Lang: "en", Published: time.Date(2026, 5, 13, 0, 0, 0, 0, time.UTC),
		Passage: "MOSCOW - Russia on Monday expelled diplomats from the Norwegian embassy, the Foreign Ministry said. " +
			"The move follows a dispute over 12 diplomatic cars held in Oslo."},
	"expel-counted": {Title: "Russia expels Norwegian diplomats", Lang: "en", Published: time.Date(2026, 5, 13, 0, 0, 0, 0, time.UTC),
		Passage: "MOSCOW - Russia on Monday expelled 12 diplomats from the Norwegian embassy, the Foreign Ministry said. " +
			"The move follows a dispute over cars held in Oslo."},
	// The deal told, then what one side pays for it in the next sentence.
	"pay-after-vi": {Title: "Nga và Na Uy thỏa thuận nghề cá", Lang: "vi", Published: time.Date(2026, 5, 13, 0, 0, 0, 0, time.UTC),
		Passage: "Nga và Na Uy đã đạt thỏa thuận về hạn ngạch đánh bắt cá tuyết năm 2026 cho ngư dân Na Uy. " +
			"Phía Na Uy sẽ trả cho Nga khoảng 40 triệu euro tiền hợp tác."},
	"trade-after-vi": {Title: "Nga và Na Uy thỏa thuận nghề cá", Lang: "vi", Published: time.Date(2026, 5, 13, 0, 0, 0, 0, time.UTC),
		Passage: "Nga và Na Uy đã đạt thỏa thuận về hạn ngạch đánh bắt cá tuyết năm 2026 cho ngư dân Na Uy. " +
			"Kim ngạch thương mại hai nước năm ngoái đạt khoảng 40 triệu euro."},
	"relative-en": {Title: "Hotline restored", Lang: "en", Published: time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC),
		Passage: "Canada and Russia restored a hotline between their coast guards yesterday. " +
			"The hotline had been cut in 2022."},
	"relative-vi": {Title: "Nga và Nhật nối lại đường dây nóng", Lang: "vi", Published: time.Date(2026, 5, 15, 0, 0, 0, 0, time.UTC),
		Passage: "Nga và Nhật Bản hôm qua đã nối lại đường dây nóng giữa lực lượng bảo vệ bờ biển hai nước."},
	"relative-ru": {Title: "Горячая линия восстановлена", Lang: "ru", Published: time.Date(2026, 5, 16, 0, 0, 0, 0, time.UTC),
		Passage: "Россия и Норвегия вчера восстановили горячую линию между береговыми охранами."},
	"said-yesterday": {Title: "Canada and Russia to reopen consulates", Lang: "en", Published: time.Date(2026, 5, 16, 0, 0, 0, 0, time.UTC),
		Passage: "Canada's foreign minister said yesterday that the two sides had agreed to reopen consulates in Vancouver and Murmansk."},
	"said-yesterday-ru": {Title: "Консульства откроются", Lang: "ru", Published: time.Date(2026, 5, 16, 0, 0, 0, 0, time.UTC),
		Passage: "Министр иностранных дел Канады вчера заявил, что стороны договорились вновь открыть консульства в Ванкувере и Мурманске."},
	"next-month": {Title: "Консульство откроется", Lang: "ru", Published: time.Date(2026, 5, 17, 0, 0, 0, 0, time.UTC),
		Passage: "Генеральное консульство Норвегии в Мурманске возобновит работу в следующем месяце, сообщил посол."},
	"no-place": {Title: "Talks on fishing quotas", Lang: "en", Published: time.Date(2026, 5, 18, 0, 0, 0, 0, time.UTC),
		Passage: "Norwegian and Russian officials held talks on fishing quotas on Monday. " +
			"A spokesman said the sides would meet again soon."},
	"topic-place": {Title: "Canada and Norway discuss Arctic", Lang: "en", Published: time.Date(2026, 5, 18, 0, 0, 0, 0, time.UTC),
		Passage: "Canadian and Norwegian envoys met in Moscow on Monday to discuss Arctic shipping."},
	"embassy-in-capital": {Title: "Canada and Norway sign fishing deal", Lang: "en", Published: time.Date(2026, 5, 18, 0, 0, 0, 0, time.UTC),
		Passage: "The U.S. embassy in Moscow welcomed the fishing deal that Canadian and Norwegian envoys signed on Monday."},
	"institution": {Title: "Talks on fishing quotas", Lang: "en", Published: time.Date(2026, 5, 18, 0, 0, 0, 0, time.UTC),
		Passage: "Norwegian and Russian officials held talks on fishing quotas on Monday. " +
			"The talks took place at the Foreign Ministry, a spokesman said."},
}

// TestJudgeCountsInOtherWords: a question is answered by its kind of
// answer written in other words than the question's, and refused by the
// same story without it.
func TestJudgeCountsInOtherWords(t *testing.T) {
	tests := []articleCase{
		// A name before the counted noun modifies it: "US diplomatic
		// positions" counts positions, not the United States.
		{"how many, a name before the noun", "How many US diplomatic jobs in Moscow are unfilled?", "en", "vacancies", true},
		{"how many, a name before the noun, other thing", "How many US diplomatic consulates in Moscow are unfilled?", "en", "vacancies", false},
		// Names joined by "and" modify the noun together: Polish and
		// Latvian companies are companies.
		{"how many, names joined by and", "How many Polish and Latvian companies did Norway fine?", "en", "fined", true},
		{"how many, names joined by and, no count", "How many Polish and Latvian companies did Norway fine?", "en", "fined-near", false},
		// The counted noun and what is said of it in other words:
		// positions are jobs, vacant is unfilled.
		{"how many, the noun in other words", "How many US diplomatic positions in Moscow are vacant?", "en", "vacancies", true},
		{"ru how many, the noun in other words", "Сколько вакансий в посольстве США в Москве не заполнено?", "ru", "vacancies-ru", true},
		{"ru how many, the noun in other words, other thing", "Сколько консульств США в России пустуют?", "ru", "vacancies-ru", false},
		// A count told after what it counts, or in the next sentence.
		{"how many, there were N", "How many unsafe intercepts in the South China Sea did US officials count?", "en", "intercepts", true},
		{"how many, there were N delegates", "How many unsafe intercepts in the South China Sea did US officials count?", "en", "intercepts-near", false},
		{"ru how many, всего N", "Сколько журналистов Россия передала Канаде при обмене в Стамбуле?", "ru", "split-ru", true},
		{"vi how many, trong số đó N", "Bao nhiêu tàu cá Nhật Bản đã về tới cảng Hokkaido?", "vi", "split-vi", true},
		// Money counted by its currency is a sum of money.
		{"how many euros", "How many euros will the first shipment of fertilizer bring Russian producers?", "en", "euros", true},
		// A length of time may be told by when it began.
		{"ru how many years, since", "Сколько лет Ларс Свенсен работает послом Норвегии в Москве?", "ru", "since", true},
		{"ru how long, since", "Как долго Ларс Свенсен работает послом Норвегии в Москве?", "ru", "since", true},
		// A season dates what is to come.
		{"when will, this summer", "When will Canada and Norway hold the joint Arctic search-and-rescue drill?", "en", "season", true},
		{"vi when will, mùa hè này", "Khi nào Nga và Na Uy sẽ tổ chức tập trận cứu hộ chung ở Bắc Cực?", "vi", "season-vi", true},
		// An ordinal counts the rounds held so far.
		{"ru how many rounds, ordinal", "Сколько раундов консультаций о рыболовстве провели Канада и Норвегия?", "ru", "rounds", true},
		{"how many rounds, ordinal", "How many rounds of consultations on fishing have Canada and Norway held?", "en", "rounds-en", true},
		{"how many rounds, ordinal, other thing", "How many delegates did Canada and Norway send to the consultations on fishing?", "en", "rounds-en", false},
		// Who: named in the sentence that refers back to the event, after
		// the country of his post.
		{"ru who, об этом объявил", "Кто объявил о возобновлении приёма заявлений на визы в посольстве Канады?", "ru", "announced-ru", true},
		{"ru who, об этом, no one named", "Кто объявил о возобновлении приёма заявлений на визы в посольстве Канады?", "ru", "announced-ru-near", false},
		// A month after "planned for", the same day, half a year.
		{"when next, planned for a month", "When is the next round of embassy talks planned?", "en", "planned-for", true},
		{"vi when, the same day", "Ông Petrov về tới Moskva khi nào?", "vi", "same-day-vi", true},
		{"ru how long, half a year", "Сколько времени продолжались контакты спецслужб об обмене?", "ru", "half-year-ru", true},
		// A date told by its distance from another ("two weeks after").
		{"when, two weeks after", "When did Norway adopt its measures against tankers?", "en", "weeks-after", true},
		// A time of day dates an event.
		{"when, shortly after noon", "When did the exchange on the tarmac of Oslo airport take place?", "en", "noon", true},
		{"ru when, a time of day", "Когда самолёт с освобождёнными приземлился в Москве?", "ru", "time-ru", true},
		{"vi how many, số before the noun", "Bao nhiêu nhà ngoại giao Canada phải rời Moskva?", "vi", "so-vi", true},
		// A place that something moves into or down to.
		{"where, into", "Where will the old research station be brought down?", "en", "into", true},
		{"vi where, xuống", "Máy bay chở các công dân Canada hạ cánh ở đâu?", "vi", "xuong", true},
		// How much a price changed is answered by a percentage.
		{"how much did prices rise", "How much did oil prices rise after the sanctions announcement?", "en", "oil-rise", true},
		{"how much, a price not given", "How much does a barrel of oil cost after the sanctions announcement?", "en", "oil-rise", false},
		// A part of the year or the week dates an event.
		{"when, over the weekend", "When did Canadian and Norwegian negotiators meet in Oslo?", "en", "weekend", true},
		{"vi when, đầu năm nay", "Nga và Na Uy ký thỏa thuận về hạn ngạch đánh bắt cá tuyết khi nào?", "vi", "dau-nam", true},
		{"ru when, в начале года", "Когда Россия и Норвегия подписали соглашение о квотах на вылов трески?", "ru", "nachale-goda", true},
		// Russian writes a country's adjective in lower case: "норвежской
		// разведки" says who.
		{"ru who, a body by its country's adjective", "Кто был посредником при обмене заключёнными между Россией и Канадой?", "ru", "mediator-ru", true},
		{"ru who, a country's adjective, no body", "Кто был посредником при обмене заключёнными между Россией и Канадой?", "ru", "mediator-ru-near", false},
		// "Twice" counts times; a count may be the noun's predicate.
		{"how many times, twice", "How many times have the Canadian and Norwegian ministers met this year?", "en", "twice", true},
		{"ru how many times, дважды", "Сколько раз встречались министры Канады и Норвегии в этом году?", "ru", "twice-ru", true},
		{"ru how many, the count as predicate", "Сколько дипломатов выслала Канада?", "ru", "predicate-ru", true},
		// Numbers written as words.
		{"ru how many, tens in words", "Сколько катеров участвовало в учениях на Ладожском озере?", "ru", "words-ru", true},
		{"ru how many, tens in words, other thing", "Сколько вертолётов участвовало в учениях на Ладожском озере?", "ru", "words-ru", false},
		{"how many, dozen", "How many cutters took part in the rescue drill off Alaska?", "en", "words-en", true},
		{"how many, dozen, other thing", "How many sailors took part in the rescue drill off Alaska?", "en", "words-en", false},
		// The number follows "the number of" what is counted.
		{"ru how many, число", "Сколько дипломатов осталось в посольстве Канады в Москве?", "ru", "number-of", true},
		{"ru how many, число, other thing", "Сколько консульств осталось у Канады в России?", "ru", "number-of", false},
		{"how many, the number of", "How many inspectors are allowed at each site under the treaty?", "en", "number-of-en", true},
		{"how many, the number of, other thing", "How many sites may the inspectors visit under the treaty?", "en", "number-of-en", false},
		{"vi how many, số lượng", "Bao nhiêu hãng hàng không được phép bay giữa Nga và Ấn Độ?", "vi", "so-luong", true},
		// A duration asked by "how much time" is any length of time.
		{"ru how much time", "Сколько времени заняли переговоры об обмене в Вене?", "ru", "duration-ru", true},
		{"ru how much time, not told", "Сколько времени заняло восстановление горячей линии между Россией и Норвегией?", "ru", "relative-ru", false},
		{"how long, a number but no length of time", "How long did the restored hotline between the coast guards work?", "en", "relative-en", false},
		{"vi how many months", "Đàm phán thỏa thuận nghề cá giữa Nga và Na Uy kéo dài mấy tháng?", "vi", "duration-vi", true},
		// Money counted by its currency is a sum of money.
		{"how many dollars", "How many dollars is the first shipment of Russian fertilizer to Canada worth?", "en", "money-en", true},
		{"how many aircraft, a model's number", "How many aircraft did Russia send to the rescue drill with Norway?", "en", "drill-model", false},
		{"how many aircraft, counted", "How many aircraft did Russia send to the rescue drill with Norway?", "en", "drill-counted", true},
		// Asked in another language, the counted noun is a translation;
		// a word derived from it counts something else.
		{"ru how many diplomats, diplomatic cars", "Сколько дипломатов выслала Россия?", "ru", "expel-derived", false},
		{"vi how many diplomats, diplomatic cars", "Nga trục xuất bao nhiêu nhà ngoại giao?", "vi", "expel-derived", false},
		{"ru how many diplomats, counted", "Сколько дипломатов выслала Россия?", "ru", "expel-counted", true},
		{"en how many diplomats, diplomatic cars", "How many diplomats did Russia expel?", "en", "expel-derived", false},
		// A payment told in the sentence after the deal; a sum that pays
		// nothing there does not answer.
		{"ru how much will pay, next sentence", "Сколько Норвегия заплатит России за вылов трески?", "ru", "pay-after-vi", true},
		{"how much will pay, next sentence", "How much will Norway pay Russia for the cod fishing quota?", "en", "pay-after-vi", true},
		{"ru how much will pay, trade sum", "Сколько Норвегия заплатит России за вылов трески?", "ru", "trade-after-vi", false},
		// A date told from the day of the report.
		{"when, yesterday", "When did Canada and Russia restore the coast guard hotline?", "en", "relative-en", true},
		{"when, yesterday, another event", "When did Canada and Russia cut the coast guard hotline?", "en", "relative-en", true},
		{"vi when, hôm qua", "Nga và Nhật Bản nối lại đường dây nóng khi nào?", "vi", "relative-vi", true},
		{"ru when, вчера", "Когда Россия и Норвегия восстановили горячую линию?", "ru", "relative-ru", true},
		// The day of a saying is not the day of what was said.
		{"when, said yesterday", "When did Canada and Russia agree to reopen consulates in Vancouver and Murmansk?", "en", "said-yesterday", false},
		{"ru when, said yesterday", "Когда Канада и Россия договорились открыть консульства в Ванкувере и Мурманске?", "ru", "said-yesterday-ru", false},
		{"ru when will, next month", "Когда возобновит работу консульство Норвегии в Мурманске?", "ru", "next-month", true},
		// A place that is an institution.
		{"where, not told", "Where did Norwegian and Russian officials hold the talks on fishing quotas?", "en", "no-place", false},
		{"where, a capital of the topic", "Where did Canadian and Norwegian envoys meet to discuss Arctic shipping?", "en", "topic-place", true},
		{"where, a capital seating an embassy", "Where did Canadian and Norwegian envoys sign the fishing deal?", "en", "embassy-in-capital", false},
		{"where, an institution", "Where did Norwegian and Russian officials hold the talks on fishing quotas?", "en", "institution", true},
	}
	judgeEachArticle(t, countArticles, tests)
}

// Whatever the question and the article, the slot's readers of counts,
// lengths of time and dates do not fail, and the judge decides the same
// way twice.
func FuzzJudgeSlot(f *testing.F) {
	f.Add("How many US diplomatic positions in Moscow are vacant?", "Washington said that 41 of its positions in Moscow were vacant. There were more than 180 in all.")
	f.Add("Сколько времени заняла подготовка обмена?", "Подготовка обмена заняла около четырёх месяцев, всего 4. Число дипломатов сократилось до 17.")
	f.Add("Bao nhiêu tàu cá về tới cảng?", "Trong số đó, 7 chiếc đã về tới cảng ngày 5 tháng 3 năm 2026. Số lượng tàu là")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, q, passage string) {
		if !utf8.ValidString(q) || !utf8.ValidString(passage) {
			t.Skip("questions and passages are valid UTF-8")
		}
		countAfter(passage)
		givesDuration(strings.ToLower(passage))
		countInWords(passage)
		for _, lang := range []string{"en", "ru", "vi"} {
			src := []Citation{{N: 1, ArticleID: "a", Lang: lang, Title: "T", Passage: passage, Published: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)}}
			if a, b := judge(q, lang, src), judge(q, lang, src); a.Answerable != b.Answerable || a.Reason() != b.Reason() {
				t.Fatalf("judge(%q, %s) decided %v then %v", q, lang, a.Reason(), b.Reason())
			}
		}
	})
}

// TestGivesDuration: every way a sentence gives a length of time, in
// vi/en/ru, is read by the one test, and a date is not.
func TestGivesDuration(t *testing.T) {
	for s, want := range map[string]bool{
		"Суд приговорил его к восьми годам колонии.":        true,
		"Его приговорили к пяти с половиной годам.":         true,
		"Он провёл в заключении более полутора лет.":        true,
		"Ему назначили пожизненное заключение.":             true,
		"The treaty runs through the end of 2028.":          true,
		"Thỏa thuận có hiệu lực đến hết năm 2028.":          true,
		"The talks lasted a 10-day stretch.":                true,
		"Ông bị giam gần 19 tháng.":                         true,
		"The inspection lasted half an hour.":               true,
		"Chuyến đi kéo dài nửa năm.":                        true,
		"Hai bên gặp nhau ngày 5 tháng 3 năm 2026.":         false,
		"The agreement was signed in Moscow in March 2026.": false,
	} {
		if got := givesDuration(s); got != want {
			t.Errorf("givesDuration(%q) = %v, want %v", s, got, want)
		}
	}
}
