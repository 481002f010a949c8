package answer

import (
	"path/filepath"
	"testing"
)

// gateQuestions are questions written afresh, before anything was
// measured on them, against the open sets' articles and phrased unlike
// their own questions: 20 answerable (a third asked in another language
// than the article's) and 20 near misses of a detail (the story is told,
// the fact asked is not).
//
// They were written to test a sentence-level evidence gate: answer only
// when one sentence (or a sentence and the next) of an article that meets
// the question holds most of its rarity-weighted content, as
// contentCoverage counts it. Measured (2026-12, eval pipeline with corpus
// statistics) it separates nothing, and is not in the judge. The best
// one-sentence coverage of the near misses the judge still answers
// (median 0.83, 0.32-1.00) is no lower than that of the answerable
// questions (median 0.75, 0.34-1.00; tune, eval2, eval3: medians 1.00,
// tenth percentiles 0.55-0.58); with sentence+next, 0.54-1.00 against
// 0.50-1.00. Refusing below 0.4 (one sentence) would refuse 1 near miss
// and 3 of 19 answerable fresh questions, plus 2-3 answered questions on
// each open set; every threshold up to 0.8 costs more than it buys, and
// counting every word at full weight (untranslated and lone ones too)
// does no better. A near miss of a detail shares its sentence's words and
// lacks only the kind of answer ("how old", "how many guests", "what is
// Russia charging": an age, a count, a sum), while an answerable question
// often names the kind its sentence gives by instance ("what currency":
// "in rupees"): the slot, not the words, tells them apart.
var gateQuestions = []struct {
	name, q, lang, set, article string
	answerable                  bool
	// miss: the judge still answers this near miss (see the
	// measurement above); kept so that a fix shows as a passing case.
	miss bool
}{
	// Answerable, in the article's language.
	{"en roughly how many cargoes sold", "Roughly how many cargoes has the Severny Mys plant managed to sell so far?", "en", "eval3", "ev3-en-arctic-lng-sanctions", true, false},
	{"en where the firms are registered", "Where are the shipping firms hit by the Treasury registered?", "en", "eval3", "ev3-en-arctic-lng-sanctions", true, false},
	{"en who signed for ISRO", "Which Indian space official put his name to the deal with Roscosmos?", "en", "eval3", "ev3-en-india-russia-space", true, false},
	{"en what currency", "In what currency will India pay for the Roscosmos deal?", "en", "eval3", "ev3-en-india-russia-space", true, false},
	{"en travel limit", "How far can Russian diplomats travel from their posts without notifying the State Department?", "en", "eval3", "ev3-en-ambassador-yastrebov", true, false},
	{"en predecessor", "Whose place did Yastrebov take in Washington?", "en", "eval3", "ev3-en-ambassador-yastrebov", true, false},
	{"en which consulates", "Which consulates could reopen under the Muscat understanding?", "en", "eval3", "ev3-en-muscat-consulates", true, false},
	{"en delegation size", "how big was each delegation at the vienna arms talks", "en", "eval3", "ev3-en-vienna-warheads", true, false},
	{"en working group month", "In which month does the data-exchange working group convene?", "en", "eval3", "ev3-en-vienna-warheads", true, false},
	{"en hotline answer time", "Within how many hours must someone answer a call on the restored US-China defense line?", "en", "eval2", "ev2-en-us-china-hotline", true, false},
	{"en fertilizer bank", "Through which Russian bank may fertilizer payments now go?", "en", "eval2", "ev2-en-fertilizer-license", true, false},
	{"en messages exchanged", "How many messages passed between the risk reduction centers last year?", "en", "eval2", "ev2-en-geneva-launch-notice", true, false},
	{"en salmon data channel", "Via which body will the two countries pass each other their salmon data?", "en", "eval2", "ev2-en-yukon-salmon", true, false},
	// Answerable, asked in another language.
	{"ru how many astronauts", "Сколько индийских космонавтов будут готовить в Центре подготовки космонавтов имени Гагарина?", "ru", "eval3", "ev3-en-india-russia-space", true, false},
	{"vi how many tankers", "Mỹ trừng phạt bao nhiêu tàu chở khí đốt hóa lỏng từ dự án Bắc Cực của Nga?", "vi", "eval3", "ev3-en-arctic-lng-sanctions", true, false},
	{"vi hotline tested how often", "Đường dây nóng quân sự Mỹ – Trung sẽ được thử nghiệm bao lâu một lần?", "vi", "eval2", "ev2-en-us-china-hotline", true, false},
	{"ru salmon delegates", "Сколько делегатов приехали на встречу по лососю в Джуно?", "ru", "eval2", "ev2-en-yukon-salmon", true, false},
	{"vi what Russia supplies", "Nga sẽ cung cấp những bộ phận gì cho tàu Gaganyaan?", "vi", "eval3", "ev3-en-india-russia-space", true, false},
	{"en pipeline capacity", "What is the annual capacity of the TurkStream pipeline?", "en", "eval2", "ev2-ru-turtsiya-gazovyi-khab", true, false},
	{"en visa applications a week", "How many visa applications a week can the US embassy in Moscow process at first?", "en", "eval2", "ev2-ru-vizy-moskva", true, false},
	// Near misses of a detail, in the article's language.
	{"en cargo value", "What were the Severny Mys cargoes worth in dollars?", "en", "eval3", "ev3-en-arctic-lng-sanctions", false, true},
	{"en which senators", "Which senators lobbied the administration to go after the tanker fleet?", "en", "eval3", "ev3-en-arctic-lng-sanctions", false, true},
	{"en training price", "What is Russia charging India to train the four astronauts?", "en", "eval3", "ev3-en-india-russia-space", false, true},
	{"en women astronauts", "How many of the Indian astronaut candidates are women?", "en", "eval3", "ev3-en-india-russia-space", false, false},
	{"en wife said", "What did Yastrebov's wife tell reporters at the White House?", "en", "eval3", "ev3-en-ambassador-yastrebov", false, true},
	{"en predecessor age", "How old is Vadim Sorokin?", "en", "eval3", "ev3-en-ambassador-yastrebov", false, false},
	{"en dinner guests", "How many guests came to the dinner Oman's foreign minister gave the delegations?", "en", "eval3", "ev3-en-muscat-consulates", false, false},
	{"en working group venue", "In which city will the data-exchange working group meet in May?", "en", "eval3", "ev3-en-vienna-warheads", false, true},
	{"en bank fee", "What fee do banks charge to process fertilizer payments under the license?", "en", "eval2", "ev2-en-fertilizer-license", false, false},
	{"en launches notified", "How many Russian missile launches were notified to Washington in 2025?", "en", "eval2", "ev2-en-geneva-launch-notice", false, false},
	{"en chinook tonnes", "How many tonnes of Chinook were caught on the Yukon in 2024?", "en", "eval2", "ev2-en-yukon-salmon", false, false},
	{"en hotline who picks up", "Which officer answers the hotline on the Chinese side?", "en", "eval2", "ev2-en-us-china-hotline", false, true},
	{"en deferral size", "How large is the gas payment deferral granted to BOTAS?", "en", "eval2", "ev2-ru-turtsiya-gazovyi-khab", false, true},
	{"en local hires", "How many new local employees may the US embassy in Moscow hire?", "en", "eval2", "ev2-ru-vizy-moskva", false, false},
	// Near misses of a detail, asked in another language.
	{"ru training cost", "Во сколько обойдётся Индии подготовка космонавтов в России?", "ru", "eval3", "ev3-en-india-russia-space", false, false},
	{"ru fertilizer tonnes", "Сколько тонн удобрений Россия экспортировала в 2025 году?", "ru", "eval2", "ev2-en-fertilizer-license", false, false},
	{"vi frozen assets sum", "Bộ Tài chính Mỹ đã phong tỏa bao nhiêu tiền tài sản của các công ty này?", "vi", "eval3", "ev3-en-arctic-lng-sanctions", false, false},
	{"vi reconnaissance flights", "Mỗi năm có bao nhiêu chuyến bay trinh sát của Mỹ gần bờ biển Trung Quốc?", "vi", "eval2", "ev2-en-us-china-hotline", false, false},
	{"ru yukon catch", "Сколько лосося выловили на Юконе в 2024 году?", "ru", "eval2", "ev2-en-yukon-salmon", false, false},
	{"vi rupee amount", "Ấn Độ sẽ trả cho Nga bao nhiêu rupee?", "vi", "eval3", "ev3-en-india-russia-space", false, false},
}

// TestJudgeGateFresh: the judge answers the fresh answerable questions and
// refuses their near misses, each judged on its whole article; a near
// miss it still answers (miss) is skipped, and reported once refused.
func TestJudgeGateFresh(t *testing.T) {
	for _, tc := range gateQuestions {
		t.Run(tc.name, func(t *testing.T) {
			c := evalArticle(t, filepath.Join(tc.set, "articles", tc.article+".md"))
			v := judge(tc.q, tc.lang, []Citation{c})
			if tc.miss {
				if v.Answerable == tc.answerable {
					t.Errorf("a known miss is now judged right (answerable = %v): drop its miss mark", v.Answerable)
				}
				t.Skipf("known near miss, still answered (%s)", v.Reason())
			}
			if v.Answerable != tc.answerable {
				t.Errorf("answerable = %v, want %v (%s)", v.Answerable, tc.answerable, v.Reason())
			}
		})
	}
}
