package answer

import (
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/detente/detente/corpus"
)

// evalArticle returns an article of the open evaluation sets as one
// passage, as the judge would see it whole.
func evalArticle(t *testing.T, path string) Citation {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", path))
	if err != nil {
		t.Fatal(err)
	}
	a, err := corpus.Parse(filepath.Base(path), data)
	if err != nil {
		t.Fatal(err)
	}
	return Citation{N: 1, ArticleID: a.ID, Title: a.Title, Passage: a.Body, Lang: a.Lang, Published: a.Published}
}

// TestJudgePersonOffice: a question that names its speaker by an office
// ("the head of Roscosmos", "министр обороны США", "Bo truong Tai chinh
// My") is answered only where that office of that side speaks: a deputy,
// an under secretary, an associate administrator or another side's
// holder of the office does not answer it, and the office in another
// word of the same rank ("глава" for "director general") does. Questions
// written for this kind against the open sets' articles, phrased unlike
// their own questions.
func TestJudgePersonOffice(t *testing.T) {
	const (
		soyuz    = "eval/articles/ev-en-soyuz-seat-swap.md"
		fleet    = "eval/articles/ev-en-shadow-fleet-sanctions.md"
		abudhabi = "eval/articles/ev-en-abudhabi-swap.md"
		india    = "eval/articles/ev-en-india-russia-oil.md"
		hotline  = "eval2/articles/ev2-en-us-china-hotline.md"
		lng      = "eval3/articles/ev3-en-arctic-lng-sanctions.md"
		space    = "eval3/articles/ev3-en-india-russia-space.md"
		yastreb  = "eval3/articles/ev3-en-ambassador-yastrebov.md"
		mks      = "eval3/articles/ev3-ru-mks-svod.md"
		envoy    = "eval2/articles/ev2-vi-dai-su-tolliver.md"
	)
	tests := []struct {
		name, q, lang, article string
		answerable             bool
	}{
		// Head of an agency: the director general speaks, or only a deputy.
		{"ru head is the director general", "Что сказал глава Роскосмоса о сотрудничестве на станции?", "ru", soyuz, true},
		{"en head, only a deputy director general", "What did the head of Roscosmos say about the Gaganyaan agreement?", "en", space, false},
		{"vi head, only a deputy director general", "Người đứng đầu Roscosmos nói gì về việc đưa trạm ISS khỏi quỹ đạo?", "vi", mks, false},
		{"en head, only an associate administrator", "What did the NASA chief say about the crew swap?", "en", soyuz, false},
		// A minister and his under secretary.
		{"ru treasury secretary, only an under secretary", "Что заявил министр финансов США о танкерах теневого флота?", "ru", fleet, false},
		{"vi nodiac treasury secretary, only a deputy", "Bo truong Tai chinh My noi gi ve cac lenh trung phat tau cho khi?", "vi", lng, false},
		{"en defense secretary, only an under secretary", "What did the Pentagon chief say about the hotline with Beijing?", "en", hotline, false},
		{"vi defense minister, only an under secretary", "Bộ trưởng Quốc phòng Mỹ nói gì về đường dây nóng với Trung Quốc?", "vi", hotline, false},
		{"en under secretary asked", "What did the under secretary of defense say about the hotline?", "en", hotline, true},
		// The office of one side, written without the side where the
		// office is the side's own; another side's office.
		{"vi secretary of state", "Ngoại trưởng Mỹ nói gì về vụ trao đổi tù nhân ở Abu Dhabi?", "vi", abudhabi, true},
		{"ru russian foreign minister not quoted on it", "Что сказал министр иностранных дел России об обмене в Абу-Даби?", "ru", abudhabi, false},
		{"ru russian foreign minister", "Что сказал министр иностранных дел России о поставках С-400?", "ru", india, true},
		{"ru indian minister by another word", "Что сказал министр иностранных дел Индии о покупках нефти?", "ru", india, true},
		{"en the host's ambassador is not the sender's", "What did the American ambassador say about the tanker sanctions?", "en", fleet, false},
		// A spokesperson of a ministry, an ambassador of a side.
		{"vi state department spokesperson", "Người phát ngôn Bộ Ngoại giao Mỹ nói gì về lễ trình quốc thư?", "vi", yastreb, true},
		{"ru secretary of state not quoted", "Что сказал госсекретарь США о вручении грамот Ястребовым?", "ru", yastreb, false},
		{"ru russian ambassador in washington", "Что сказал посол России в Вашингтоне о санкциях против танкеров?", "ru", lng, true},
		// A side's office the story never writes, in any word of its
		// rank.
		{"ru a defense minister the story lacks", "Что сказал министр обороны России об обмене в Абу-Даби?", "ru", abudhabi, false},
		{"vi a secretary of state the story lacks", "Ngoại trưởng Mỹ nói gì về thương mại giữa Ấn Độ và Nga?", "vi", india, false},
		{"en a president the story lacks", "What did Russia's president say about the Severny Mys sanctions?", "en", lng, false},
		{"en a US office in two words the story lacks", "What did the US ambassador say about the S-400 deliveries?", "en", india, false},
		// A person by name: of the story, or not.
		{"en surname across scripts", "What did Drozdova say about the deorbit protocol?", "en", mks, true},
		{"ru person not in the story", "Что сказал Юрий Борисов о своде МКС?", "ru", mks, false},
		{"en surname of the story, vi article", "What did Tolliver say about his priorities in Moscow?", "en", envoy, true},
		{"ru surname declined, en article", "Что сказал Лебедев о сотрудничестве на станции?", "ru", soyuz, true},
		{"en a namesake is not the person", "What did Andrei Orlov say about trade with India?", "en", india, false},
		// The person of the story who says it, not his neighbour's
		// words, nor a "he" that is another's.
		{"en another's words beside the person", "What did Menon say about the S-400 deliveries?", "en", india, false},
		{"en the person's own words", "What did Orlov say about the S-400 deliveries?", "en", india, true},
		{"en a pronoun is the previous speaker", "What did Lebedev say about the number of flights in the extension?", "en", soyuz, false},
		{"vi the previous speaker's pronoun", "Ông Kline nói gì về số chuyến bay trong thỏa thuận gia hạn?", "vi", soyuz, true},
		{"ru the person with an adverb", "Что сказала Дроздова о перекрёстных полётах?", "ru", mks, true},
		{"en a person named, not quoted", "What did Saburov say about flying on Crew Dragon?", "en", mks, false},
		{"en a person not in the story, ru article", "What did Borisov say about deorbiting the station?", "en", mks, false},
		{"en a person of the story, ru article", "What did Drozdova say about the debris?", "en", mks, true},
		{"ru a person not in the story, en article", "Что сказал Рябков о санкциях против танкеров?", "ru", fleet, false},
		{"ru a person of the story, en article", "Что сказала Марш о танкерах?", "ru", fleet, true},
		{"vi a person of the story, ru article", "Bà Drozdova nói gì về các mảnh vỡ?", "vi", mks, true},
		{"ru an english name of the story, en article", "Что сказал Кляйн о соглашении?", "ru", soyuz, true},
		{"ru a person named, not quoted", "Что сказал Сабуров о полёте на Crew Dragon?", "ru", mks, false},
		// Offices across languages, with the host of an ambassador.
		{"en ambassador of a side, vi article", "What did the Russian ambassador to Washington say about the new US ambassador?", "en", envoy, true},
		{"ru foreign minister, only his deputy in the story", "Что сказал министр иностранных дел России о приезде нового посла США?", "ru", envoy, false},
		{"vi another country's foreign minister", "Bộ trưởng Ngoại giao Ấn Độ nói gì về việc mua dầu của Nga?", "vi", india, true},
		{"en another country's defense minister", "What did China's defense minister say about the hotline?", "en", hotline, false},
		{"en an aide is no spokesman", "What did the Kremlin spokesman say about the Abu Dhabi exchange?", "en", abudhabi, false},
		{"en who is the side's ambassador", "Who is Russia's ambassador in Washington?", "en", fleet, true},
		// Who holds it, without diacritics, another country's office.
		{"ru who heads the agency, only a deputy", "Кто возглавляет Роскосмос?", "ru", mks, false},
		{"en who is the administrator, only an associate", "Who is the NASA administrator?", "en", soyuz, false},
		{"en who heads the agency", "Who is the head of Roscosmos?", "en", soyuz, true},
		{"vi nodiac ambassador of a side", "Dai su Nga tai My noi gi ve dai su moi cua My?", "vi", envoy, true},
		{"vi another country's defense minister", "Bộ trưởng Quốc phòng Trung Quốc nói gì về đường dây nóng?", "vi", hotline, false},
		{"ru declined office of a side", "Что думает посол США в России о каналах связи?", "ru", envoy, true},
		{"ru declined office, only the deputy", "Что сказал глава МИД России о новом после?", "ru", envoy, false},
		{"ru when did the treasury secretary, only the department", "Когда министр финансов США объявил санкции против танкеров?", "ru", fleet, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := judge(tc.q, tc.lang, []Citation{evalArticle(t, tc.article)})
			if v.Answerable != tc.answerable {
				t.Errorf("answerable = %v, want %v (%s; constraints %v)", v.Answerable, tc.answerable, v.Reason(), v.Constraints)
			}
		})
	}
}

// TestJudgeOfficeOfAnOrganisation: "the head of Roscosmos" is not
// whoever heads something else in a story on Roscosmos, in any language;
// he is the one the story writes as its head, or names after the office.
// Nor is a former holder the holder.
func TestJudgeOfficeOfAnOrganisation(t *testing.T) {
	articles := map[string]Citation{
		"en": {Title: "Roscosmos and the station's last years", Lang: "en", Published: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC),
			Passage: "Roscosmos said on Monday that the Russian segment would stay in orbit until 2030. " +
				"The head of the Russian delegation at the talks, Oleg Vetrov, said the station would be brought down over the Pacific."},
		"ru": {Title: "Роскосмос о последних годах станции", Lang: "ru", Published: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC),
			Passage: "Роскосмос в понедельник сообщил, что российский сегмент останется на орбите до 2030 года. " +
				"Глава российской делегации на переговорах Олег Ветров заявил, что станцию сведут с орбиты над Тихим океаном."},
		"en-former": {Title: "Direct flights will not return soon, says former envoy", Lang: "en", Published: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC),
			Passage: "Former US ambassador to Russia John Tefft said on Monday that direct flights between the two countries would not return soon. " +
				"The State Department declined to comment."},
		"en-head": {Title: "Roscosmos and the station's last years", Lang: "en", Published: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC),
			Passage: "Roscosmos said on Monday that the Russian segment would stay in orbit until 2030. " +
				"Roscosmos head Oleg Vetrov said the station would be brought down over the Pacific."},
	}
	tests := []articleCase{
		{"en another head", "What did the head of Roscosmos say about bringing the station down?", "en", "en", false},
		{"ru another head", "Что сказал глава Роскосмоса о сведении станции с орбиты?", "ru", "ru", false},
		{"vi another head, en article", "Người đứng đầu Roscosmos nói gì về việc đưa trạm xuống?", "vi", "en", false},
		{"en a former holder is not the holder", "What did the US ambassador to Russia say about direct flights?", "en", "en-former", false},
		{"ru a former holder is not the holder", "Что сказал посол США в России о прямых рейсах?", "ru", "en-former", false},
		{"en the former holder asked", "What did the former US ambassador to Russia say about direct flights?", "en", "en-former", true},
		{"vi the former holder asked", "Cựu Đại sứ Mỹ tại Nga nói gì về các chuyến bay thẳng?", "vi", "en-former", true},
		{"en the agency's head", "What did the head of Roscosmos say about bringing the station down?", "en", "en-head", true},
		{"ru the agency's head, en article", "Что сказал глава Роскосмоса о станции?", "ru", "en-head", true},
	}
	judgeEachArticle(t, articles, tests)
}

// FuzzJudgeSpeaker: the office, attribution and cross-script name
// readers take any question and passage, and the judge decides the same
// twice.
func FuzzJudgeSpeaker(f *testing.F) {
	f.Add("What did the head of Roscosmos say about the station?", "Roscosmos Deputy Director General Yuri Bazhenov said the station, he said, will fall.")
	f.Add("Что сказал министр финансов США о танкерах?", "«Танкеры старые», — сказала заместитель министра финансов Марш. По её словам, это так.")
	f.Add("Bo truong Tai chinh My noi gi?", "Ông Tolliver cho biết, theo bà Marsh, Đại sứ quán Mỹ tại Nga mở cửa.")
	f.Add("What did Kline say?", "Treasury Under Secretary Elena Marsh said \"no,\" said Кляйн.")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, q, passage string) {
		if !utf8.ValidString(q) || !utf8.ValidString(passage) {
			t.Skip("questions and passages are valid UTF-8")
		}
		c := stemmedText(passage)
		for s := range c.sents {
			attribution(&c, s)
		}
		nameAbsent(&c, q)
		nameSentences(&c, q)
		firstOffice(corpus.Tokenize(q))
		for _, lang := range []string{"en", "ru", "vi"} {
			src := []Citation{{N: 1, ArticleID: "a", Lang: lang, Title: "T", Passage: passage, Published: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)}}
			if a, b := judge(q, lang, src), judge(q, lang, src); a.Answerable != b.Answerable || a.Reason() != b.Reason() {
				t.Fatalf("judge(%q, %s) decided %v then %v", q, lang, a.Reason(), b.Reason())
			}
		}
	})
}

// TestOfficeDeputy: the words that make an office a deputy's, before it
// or inside it, in vi/en/ru; "under" a president is when, not who.
func TestOfficeDeputy(t *testing.T) {
	for s, want := range map[string]bool{
		"imposed under President Hale":           false,
		"Treasury Under Secretary Elena Marsh":   true,
		"Under Secretary of Defense Prentiss":    true,
		"NASA Associate Administrator Kline":     true,
		"Roscosmos director general Lebedev":     false,
		"заместитель генерального директора":     true,
		"Phó Giám đốc NASA Mark Lee":             true,
		"Thu truong Tai chinh My":                true,
		"Trợ lý Ngoại trưởng Mỹ":                 true,
		"Russian Deputy Foreign Minister Orlov":  true,
		"министра иностранных дел России Орлова": false,
	} {
		toks := corpus.Tokenize(s)
		o, ok := firstOffice(toks)
		if !ok || o.deputy != want {
			t.Errorf("%q: office %v, deputy %v, want deputy %v", s, ok, o.deputy, want)
		}
	}
}
