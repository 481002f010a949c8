package answer

import (
	"testing"
	"time"
)

// TestJudgeCountedWordsAcrossLanguages asks, in one language, about a
// report in another, by the words news counts and names: people
// (delegates, visitors, detainees, civilians), things (components,
// parcels, doses) and procedures (a round, an audit, a census, a tender,
// an annual session), who acts for whom (an acting ambassador), and
// the place in a series (the first, second or third round), and people
// of faith (monks), what memorial news returns (human remains), and the
// people Russian reports count (investigators, users).
// Most passages are sentences of the open evaluation articles (named
// above each pair). A word no lexicon row translates is not looked for
// in another language: the count's noun ("how many visitors") or the
// head asked ("what components") went unmet in a report that holds it,
// and a twin without the thing asked (the same report without the
// delegates, the census) was answered. Now the word is a unit the report
// must hold.
func TestJudgeCountedWordsAcrossLanguages(t *testing.T) {
	tests := []struct {
		q, lang, title, passage, plang string
		answerable                     bool
	}{
		// testdata/eval2/articles/ev2-en-yukon-salmon.md
		{"Сколько делегатов участвовало во встрече в Джуно по лососю?", "ru", "Yukon salmon agreement", "The salmon agreement was reached at a two-day meeting in Juneau attended by 14 delegates.", "en", true},
		{"Сколько делегатов участвовало во встрече в Джуно по лососю?", "ru", "Yukon salmon agreement", "The salmon agreement was reached at a two-day meeting in Juneau attended by 14 scientists.", "en", false},
		// testdata/eval6/articles/ev6-ru-houston-exhibition.md
		{"How many visitors does the museum in Houston expect for the exhibition?", "en", "Выставка в Хьюстоне", "Американский куратор выставки в Хьюстоне заявил, что музей ожидает около 250 тысяч посетителей.", "ru", true},
		{"How many visitors does the museum in Houston expect for the exhibition?", "en", "Выставка в Хьюстоне", "Американский куратор выставки в Хьюстоне заявил, что музей ожидает около 250 тысяч долларов от спонсоров.", "ru", false},
		// testdata/eval2/articles/ev2-ru-budapesht-obmen.md
		{"What electronic components did Mokhov supply to Russia?", "en", "Обмен в Будапеште", "По данным следствия, Мохов поставлял в Россию электронные компоненты двойного назначения.", "ru", true},
		{"What electronic components did Mokhov supply to Russia?", "en", "Обмен в Будапеште", "По данным следствия, Мохов поставлял в Россию электронные станки двойного назначения.", "ru", false},
		// answer/testdata/vocab7/v7-en-lathes-fine.md
		{"Согласилась ли Brazos Machining на аудит экспорта?", "ru", "Brazos Machining fined", "Brazos Machining agreed to pay the penalty and to an external audit of its exports for 3 years.", "en", true},
		// testdata/eval4/articles/ev4-vi-anchorage-polar-bears.md
		{"Where did the polar bear commission end its annual session?", "en", "Gấu Bắc Cực", "Ủy ban Nga - Mỹ về gấu Bắc Cực đã kết thúc phiên họp thường niên tại Anchorage.", "vi", true},
		// testdata/eval/articles/ev-ru-istanbul-posolstva.md
		{"Vòng tham vấn thứ hai về đại sứ quán diễn ra ở đâu?", "vi", "Консультации в Стамбуле", "Российские и американские дипломаты провели в Стамбуле второй раунд консультаций по проблемам работы посольств.", "ru", true},
		// Written for this test.
		{"How many detainees were freed in Minsk?", "en", "Освобождение в Минске", "В Минске освобождены 12 задержанных.", "ru", true},
		{"Когда в Казахстане пройдёт перепись населения?", "ru", "Kazakhstan census", "Kazakhstan will hold its population census in October.", "en", true},
		{"Когда в Казахстане пройдёт перепись населения?", "ru", "Kazakhstan election", "Kazakhstan will hold its parliamentary election in October.", "en", false},
		{"Who won the tender to build the port in Murmansk?", "en", "Порт в Мурманске", "Тендер на строительство порта в Мурманске выиграла китайская компания CCCC.", "ru", true},
		{"Сколько посылок задержали на таможне в Анкоридже?", "ru", "Customs in Anchorage", "Customs officers in Anchorage held 40 parcels from Vladivostok.", "en", true},
		{"How many civilians were evacuated from Belgorod?", "en", "Эвакуация из Белгорода", "Из Белгорода эвакуированы 300 мирных жителей.", "ru", true},
		{"How many civilians were evacuated from Belgorod?", "en", "Эвакуация из Белгорода", "Из Белгорода эвакуированы 300 сотрудников завода.", "ru", false},
		{"Сколько доз вакцины Россия передала Никарагуа?", "ru", "Vaccine for Nicaragua", "Russia has delivered 200,000 doses of vaccine to Nicaragua.", "en", true},
		{"Who is the acting ambassador in Moscow?", "en", "Посольство в Москве", "Временный поверенный в делах США в Москве Джон Уилсон, исполняющий обязанности посла, вручил ноту.", "ru", true},
		// testdata/eval/articles/ev-ru-istanbul-posolstva.md: the place in
		// a series, met across languages. (Another round is a near miss
		// the judge's coverage still lets through: one unmet word of
		// several.)
		{"When was the first round of the embassy consultations held in Istanbul?", "en", "Консультации в Стамбуле", "Первый раунд консультаций по работе посольств состоялся в Стамбуле в ноябре 2025 года.", "ru", true},
		{"Когда в Стамбуле прошёл третий раунд консультаций по посольствам?", "ru", "Embassy talks in Istanbul", "The third round of embassy consultations took place in Istanbul in February 2026.", "en", true},
		{"Когда вернут останки американских лётчиков из Магадана?", "ru", "Remains of US airmen", "The human remains of two US airmen found near Magadan will be returned in May.", "en", true},
		{"How many monks live at the Valaam monastery?", "en", "Валаамский монастырь", "В Валаамском монастыре живут около 200 монахов.", "ru", true},
		{"How many monks live at the Valaam monastery?", "en", "Валаамский монастырь", "В Валаамском монастыре живут около 200 туристов.", "ru", false},
		{"How many investigators flew to Kaliningrad?", "en", "Следователи в Калининграде", "В Калининград прилетели 6 следователей из Москвы.", "ru", true},
		{"How many investigators flew to Kaliningrad?", "en", "Следователи в Калининграде", "В Калининград прилетели 6 дипломатов из Москвы.", "ru", false},
		{"Сколько пользователей у приложения в Вермонте?", "ru", "App in Vermont", "The app now has 40,000 users in Vermont.", "en", true},
		{"Сколько пользователей у приложения в Вермонте?", "ru", "App in Vermont", "The app now has 40,000 downloads in Vermont.", "en", false},
	}
	for _, tt := range tests {
		c := Citation{Title: tt.title, Lang: tt.plang, Published: time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC), Passage: tt.passage}
		if v := judge(tt.q, tt.lang, []Citation{c}); v.Answerable != tt.answerable {
			t.Errorf("judge(%q) over %q = %v (%s), want %v", tt.q, tt.passage, v.Answerable, v.Reason(), tt.answerable)
		}
	}
}
