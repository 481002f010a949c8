package answer

import (
	"strings"
	"testing"
	"time"
)

// speakerArticles are short original texts that quote an office-holder:
// the office of the side a question asks about, a deputy's, or another
// side's.
var speakerArticles = map[string]Citation{
	"deputy-fm": {Title: "Moscow on the fertiliser deal", Lang: "en", Published: time.Date(2026, 2, 6, 0, 0, 0, 0, time.UTC),
		Passage: "Russian Deputy Foreign Minister Pavel Orlov said on Friday that the fertiliser deal was a small, late step. " +
			"The deal lets banks process payments for potash."},
	"fm": {Title: "Moscow on the fertiliser deal", Lang: "en", Published: time.Date(2026, 2, 6, 0, 0, 0, 0, time.UTC),
		Passage: "Russian Foreign Minister Ivan Sorokin said on Friday that the fertiliser deal was a small, late step. " +
			"The deal lets banks process payments for potash."},
	"other-fm": {Title: "Reactions to the fertiliser deal", Lang: "en", Published: time.Date(2026, 2, 6, 0, 0, 0, 0, time.UTC),
		Passage: "Russian officials welcomed the fertiliser deal on Friday. " +
			"Kazakh Foreign Minister Arman Sadykov said the fertiliser deal was a small, late step."},
	"ru-energy": {Title: "Нефтяной хаб в Атырау", Lang: "ru", Published: time.Date(2026, 1, 28, 0, 0, 0, 0, time.UTC),
		Passage: "Переговоры в Москве провели вице-премьер России Олег Гущин и министр энергетики Казахстана Нурлан Абаев. " +
			"Абаев заявил, что нефтяной хаб в Атырау начнёт работу в 2027 году."},
	"vi-deputy": {Title: "NASA và Roscosmos gia hạn bay chéo", Lang: "vi", Published: time.Date(2026, 7, 15, 0, 0, 0, 0, time.UTC),
		Passage: "Phó Giám đốc NASA Mark Lee cho biết thỏa thuận bay chéo giúp trạm vũ trụ luôn có người Mỹ và người Nga."},
	"vi-fm": {Title: "Ngoại trưởng Nga nói về phân bón", Lang: "vi", Published: time.Date(2026, 2, 6, 0, 0, 0, 0, time.UTC),
		Passage: "Ngoại trưởng Nga Ivan Sorokin cho biết thỏa thuận phân bón là một bước đi nhỏ và muộn."},
	"en-administrator": {Title: "NASA on the cross-flight deal", Lang: "en", Published: time.Date(2026, 7, 15, 0, 0, 0, 0, time.UTC),
		Passage: "NASA Administrator Jane Cole said the cross-flight deal keeps an American and a Russian on the station."},
	"vi-ambassador": {Title: "Đại sứ Nga nói về đối thoại", Lang: "vi", Published: time.Date(2026, 9, 20, 0, 0, 0, 0, time.UTC),
		Passage: "Đại sứ Nga tại Mỹ, ông Ivan Petrov cho biết hai nước đã đạt kết quả rõ ràng về đối thoại an ninh mạng."},
}

// TestJudgeSpeakerOffice: "what did <office of a side> say" is answered
// by that office-holder's words, not a deputy's nor another side's
// office-holder's; a name beside the office is the speaker's own.
func TestJudgeSpeakerOffice(t *testing.T) {
	tests := []struct {
		name, q, lang, article string
		answerable             bool
	}{
		{"office of the side", "What did Russia's foreign minister say about the fertiliser deal?", "en", "fm", true},
		{"only a deputy quoted", "What did Russia's foreign minister say about the fertiliser deal?", "en", "deputy-fm", false},
		{"another side's office", "What did Russia's foreign minister say about the fertiliser deal?", "en", "other-fm", false},
		{"the deputy asked", "What did Russia's deputy foreign minister say about the fertiliser deal?", "en", "deputy-fm", true},
		{"ru another side's minister", "Что заявил министр энергетики России о нефтяном хабе?", "ru", "ru-energy", false},
		{"ru the side's minister", "Что заявил министр энергетики Казахстана о нефтяном хабе?", "ru", "ru-energy", true},
		{"vi only a deputy quoted", "Giám đốc NASA nói gì về thỏa thuận bay chéo?", "vi", "vi-deputy", false},
		{"vi the deputy asked", "Phó Giám đốc NASA nói gì về thỏa thuận bay chéo?", "vi", "vi-deputy", true},
		// The office in another word ("Ngoại trưởng" for "Bộ trưởng
		// Ngoại giao", "Administrator" for "Giám đốc") is not another
		// office.
		{"vi the office in another word", "Bộ trưởng Ngoại giao Nga nói gì về thỏa thuận phân bón?", "vi", "vi-fm", true},
		{"vi office the article calls otherwise", "Giám đốc NASA nói gì về thỏa thuận bay chéo?", "vi", "en-administrator", true},
		{"vi a name beside the office", "Đại sứ Petrov nói gì về đối thoại an ninh mạng?", "vi", "vi-ambassador", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := speakerArticles[tc.article]
			c.N, c.ArticleID = 1, tc.article
			v := judge(tc.q, tc.lang, []Citation{c})
			if v.Answerable != tc.answerable {
				t.Fatalf("answerable = %v, want %v (%s; constraints %v)", v.Answerable, tc.answerable, v.Reason(), v.Constraints)
			}
			if !tc.answerable && !strings.Contains(v.Reason(), `answer "say"`) && !strings.Contains(v.Reason(), `office`) {
				t.Errorf("reason %q names neither the speaker nor the office", v.Reason())
			}
		})
	}
}

// TestJudgeFormerOffice: "who is the <office>" is not answered by who
// held the office before, unless the question asks about the past.
func TestJudgeFormerOffice(t *testing.T) {
	articles := map[string]Citation{
		"en": {Title: "New US ambassador in Moscow", Lang: "en", Published: time.Date(2026, 1, 22, 0, 0, 0, 0, time.UTC),
			Passage: "Grant Hale presented copies of his credentials in Moscow on Tuesday. " +
				"Hale, 58, is a former US ambassador to Kenya."},
		"ru": {Title: "Новый посол США в Москве", Lang: "ru", Published: time.Date(2026, 1, 22, 0, 0, 0, 0, time.UTC),
			Passage: "Грант Хейл во вторник вручил копии верительных грамот в Москве. " +
				"Ранее Хейл был послом США в Кении."},
		"vi": {Title: "Tân Đại sứ Mỹ tại Nga", Lang: "vi", Published: time.Date(2026, 1, 22, 0, 0, 0, 0, time.UTC),
			Passage: "Ông Grant Hale đã trình bản sao quốc thư tại Moskva. " +
				"Ông Hale từng làm Đại sứ Mỹ tại Kenya."},
	}
	tests := []langCase{
		{"en who is", "Who is the US ambassador to Kenya?", "en", false},
		{"en who was", "Who was a US ambassador to Kenya?", "en", true},
		{"ru who is", "Кто посол США в Кении?", "ru", false},
		{"ru who was", "Кто был послом США в Кении?", "ru", true},
		{"vi who is now", "Đại sứ Mỹ tại Kenya hiện nay là ai?", "vi", false},
		{"vi who was", "Ai từng làm Đại sứ Mỹ tại Kenya?", "vi", true},
	}
	judgeEachLang(t, articles, tests)
}

// TestJudgeOfficeOfACountrySpeaks: "what did <an office of a country or
// an organisation> say" is met only where the holder of that office of
// that country or organisation says something: not by a story that
// names the office as the one its speaker met, nor by one that quotes
// the same office of another organisation or another country's deputy.
func TestJudgeOfficeOfACountrySpeaks(t *testing.T) {
	date := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	articles := map[string]Citation{
		"credentials": {Title: "Russian envoy presents credentials in Nairobi, pledges more trade", Lang: "en", Published: date,
			Passage: "Russia's new ambassador Oleg Demin presented his credentials to the President of Kenya on Monday, with trade in tea and wheat at a record. " +
				"Speaking after the ceremony, Demin said trade in tea and wheat could double by 2028. " +
				"The new ambassador also said Moscow would open a trade office in Mombasa."},
		"president-speaks": {Title: "Kenya welcomes new envoy", Lang: "en", Published: date,
			Passage: "Russia's new ambassador Oleg Demin presented his credentials to the President of Kenya on Monday. " +
				"The President of Kenya said trade in tea and wheat could double by 2028."},
		"met": {Title: "Arctic talks in Oslo", Lang: "en", Published: date,
			Passage: "US Secretary of State Dana Reeve met Norway's foreign minister in Oslo on Monday. " +
				"The two discussed the Arctic fishing quotas and a new coast guard hotline."},
		"vi-spokeswoman": {Title: "Nga nói về vòng đàm phán mới", Lang: "vi", Published: date,
			Passage: "Người phát ngôn Bộ Ngoại giao Nga Irina Volkova ngày 3/3 cho biết vòng đàm phán tiếp theo sẽ diễn ra tại Geneva."},
		"rector": {Title: "Хабаровск и Орегон возобновляют обмен", Lang: "ru", Published: date,
			Passage: "Тихоокеанский университет и Университет штата Орегон подписали соглашение об обмене аспирантами. " +
				"Ректор Тихоокеанского университета Игорь Лунев сказал, что первые аспиранты приедут в сентябре."},
		"vi-minister": {Title: "Nga và Mỹ bàn về đường bay thẳng tại Oslo", Lang: "vi", Published: date,
			Passage: "Hội đàm về đường bay thẳng giữa Nga và Mỹ diễn ra tại Oslo, thủ đô Na Uy, hôm 3/3. " +
				"Thứ trưởng Giao thông Nga Pavel Ilyin cho biết các hãng bay Nga sẵn sàng nối lại đường bay trong ba tháng."},
	}
	tests := []articleCase{
		{"the office met, not heard", "What did the President of Kenya say about trade?", "en", "credentials", false},
		{"the office heard", "What did the President of Kenya say about trade?", "en", "president-speaks", true},
		// A meeting is a speaking occasion: what "the two discussed" is
		// the holder's words.
		{"the office met, then discussed", "What did the US Secretary of State say about the Arctic fishing quotas?", "en", "met", true},
		// The office's organisation between the office and her name.
		{"vi a spokeswoman by name", "Người phát ngôn Volkova nói gì về vòng đàm phán tiếp theo?", "vi", "vi-spokeswoman", true},
		{"ru another organisation's rector", "Что сказал ректор Орегонского университета об обмене аспирантами?", "ru", "rector", false},
		{"en the organisation's rector", "What did the rector of the Pacific University say about the graduate exchange?", "en", "rector", true},
		{"vi host country's minister", "Bộ trưởng Giao thông Na Uy nói gì về đường bay thẳng?", "vi", "vi-minister", false},
		{"en host country's minister", "What did Norway's transport minister say about direct flights?", "en", "vi-minister", false},
	}
	judgeEachArticle(t, articles, tests)
}
