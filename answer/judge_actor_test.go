package answer

import (
	"strings"
	"testing"
	"time"

	"github.com/detente/detente/corpus"
)

// A question that puts a country where a story has another is about that
// country: when one story tells all it asks of Russia, a story that names
// China only in passing, or another's deed, does not answer it of China.
// The story that tells China's own deed does; a country that is only the
// setting ("in Canada") or a bound ("after Norway") is not held to it.
func TestJudgeCountryOfDeed(t *testing.T) {
	demand := Citation{Title: "Russia demands return of seized embassy villas", Lang: "en", Published: time.Date(2026, 4, 2, 0, 0, 0, 0, time.UTC),
		Passage: "Russia again demanded that Washington return five diplomatic villas seized in 2016, Deputy Foreign Minister Oleg Durov said after talks in Oslo. " +
			"The villas in Maryland and New York have stood empty since then."}
	digest := Citation{Title: "Moscow and Washington keep talking", Lang: "en", Published: time.Date(2026, 4, 5, 0, 0, 0, 0, time.UTC),
		Passage: "Oleg Durov and Ann Pike met again in Oslo this week. " +
			"Moscow demanded the return of five diplomatic villas, officials said. " +
			"The White House says its first priority remains China."}
	own := Citation{Title: "China demands return of consulate in Houston", Lang: "en", Published: time.Date(2026, 4, 6, 0, 0, 0, 0, time.UTC),
		Passage: "China demanded on Monday that Washington return its former consulate in Houston and two diplomatic villas, a Chinese spokeswoman said."}
	lake := Citation{Title: "Talks held in Canada", Lang: "en", Published: time.Date(2026, 4, 7, 0, 0, 0, 0, time.UTC),
		Passage: "The round was hosted by Canada. Oleg Durov and Ann Pike met this week at a lakeside hotel, officials said."}
	visas := Citation{Title: "Russian embassy in Oslo suspends visas", Lang: "en", Published: time.Date(2026, 4, 8, 0, 0, 0, 0, time.UTC),
		Passage: "Russia suspended its visa services in Oslo on Monday because a fire damaged the consular section, the embassy said."}
	visaDigest := Citation{Title: "Embassy news", Lang: "en", Published: time.Date(2026, 4, 9, 0, 0, 0, 0, time.UTC),
		Passage: "Russia suspended its visa services in Oslo because of a fire, the embassy said. " +
			"Norway's trade with China grew last year."}
	tests := []struct {
		name, q    string
		sources    []Citation
		answerable bool
	}{
		{"en China named in passing", "How many diplomatic villas does China demand that Washington return?", []Citation{demand, digest}, false},
		{"en China's own demand", "How many diplomatic villas does China demand that Washington return?", []Citation{demand, own}, true},
		{"en the story's own country", "How many diplomatic villas does Russia demand that Washington return?", []Citation{demand, digest}, true},
		{"en no story of Russia's demand", "How many diplomatic villas does China demand that Washington return?", []Citation{own}, true},
		{"vi China named in passing", "Trung Quốc đòi Mỹ trả lại bao nhiêu biệt thự ngoại giao?", []Citation{demand, digest}, false},
		{"ru China named in passing", "Сколько дипломатических дач Китай требует вернуть?", []Citation{demand, digest}, false},
		// The story of Russia's deed need not tell all the question asks
		// ("repeatedly"): covering as much as the one naming China in
		// passing, it still makes the question a near miss of it.
		{"en China named in passing, neither story whole", "Why did China repeatedly suspend its visa services in Oslo?", []Citation{visas, visaDigest}, false},
		{"en a setting is no deed's country", "Who met in Canada this week?", []Citation{digest, lake}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := judge(tt.q, corpus.DetectLang(tt.q), tt.sources)
			if v.Answerable != tt.answerable {
				t.Fatalf("%q: answerable=%v (%s), want %v", tt.q, v.Answerable, v.Reason(), tt.answerable)
			}
			if !tt.answerable && !strings.Contains(v.Reason(), "unmet") {
				t.Errorf("%q: %s", tt.q, v.Reason())
			}
		})
	}
}

// Zhongnanhai, the seat of China's leadership, is a name in every
// language, as the Kremlin is: "the Zhongnanhai spokesman" is not met by
// the Kremlin's.
func TestJudgeZhongnanhai(t *testing.T) {
	src := Citation{Title: "Kremlin: summit possible in autumn", Lang: "vi", Published: time.Date(2026, 7, 8, 0, 0, 0, 0, time.UTC),
		Passage: "Người phát ngôn Điện Kremlin Ivan Sorokin ngày 8/7 cho biết hội nghị thượng đỉnh Nga - Mỹ có thể diễn ra vào mùa thu."}
	for _, q := range []string{
		"Người phát ngôn Trung Nam Hải Sorokin nói gì về hội nghị thượng đỉnh?",
		"What did Zhongnanhai spokesman Sorokin say about the summit?",
		"Что сказал о саммите представитель Чжуннаньхая Сорокин?",
	} {
		if v := judge(q, corpus.DetectLang(q), []Citation{src}); v.Answerable {
			t.Errorf("%q: answered from the Kremlin's spokesman", q)
		}
	}
	q := "Người phát ngôn Điện Kremlin Sorokin nói gì về hội nghị thượng đỉnh?"
	if v := judge(q, "vi", []Citation{src}); !v.Answerable {
		t.Errorf("%q: %s", q, v.Reason())
	}
}

// Two countries a question names as the sides of one story are its
// parties: when another story tells all it asks of another pair, a story
// that names both only in passing (a third country's banks fearing
// "American sanctions"; talks held "in Kuwait City, Kuwait") does not
// answer it. The story whose headline or sentence puts them side by side
// does.
func TestJudgePairParties(t *testing.T) {
	day := time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC)
	usRussia := Citation{Title: "Russia and the US let embassies open bank accounts", Lang: "en", Published: day,
		Passage: "Russia and the United States agreed on Tuesday to let each other's embassies open accounts at designated banks, ending weeks of unpaid salaries."}
	norway := Citation{Title: "Russia and Norway open rouble accounts for embassies", Lang: "en", Published: day,
		Passage: "Russia and Norway agreed that their embassies will hold bank accounts at two state banks. " +
			"The embassy had been unable to pay rent since Norwegian private banks closed its accounts, fearing American secondary sanctions."}
	kuwait := Citation{Title: "Ministers meet in Kuwait City to prepare a summit", Lang: "en", Published: day,
		Passage: "KUWAIT CITY - The US Secretary of State and the Russian Foreign Minister met for five hours on Thursday at the Bayan Palace in Kuwait City, Kuwait. " +
			"The ministers agreed to set up three working groups on embassies, arms control and trade."}
	kuwaitVI := Citation{Title: "Ngoại trưởng Mỹ và Nga gặp nhau tại Kuwait City", Lang: "vi", Published: day,
		Passage: "Ngoại trưởng Mỹ và Ngoại trưởng Nga ngày 7/5 đã hội đàm tại thủ đô Kuwait City của Kuwait. " +
			"Hai bộ trưởng nhất trí thành lập ba nhóm công tác về đại sứ quán, kiểm soát vũ khí và thương mại."}
	tests := []struct {
		name, q    string
		sources    []Citation
		answerable bool
	}{
		{"en a third country's banks", "What did Norway and the US agree about bank accounts for embassies?", []Citation{norway, usRussia}, false},
		{"vi a third country's banks", "Na Uy và Mỹ đã thỏa thuận gì về tài khoản ngân hàng cho đại sứ quán?", []Citation{norway, usRussia}, false},
		{"en the third country's own deal", "What did Norway and Russia agree about bank accounts for embassies?", []Citation{norway, usRussia}, true},
		{"en the story's own pair", "What did Russia and the US agree about bank accounts for embassies?", []Citation{norway, usRussia}, true},
		{"en the venue's country", "What did the foreign ministers of Russia and Kuwait agree in Kuwait City?", []Citation{kuwaitVI, kuwait}, false},
		{"en the ministers' own pair", "What did the foreign ministers of Russia and the US agree in Kuwait City?", []Citation{kuwaitVI, kuwait}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := judge(tt.q, corpus.DetectLang(tt.q), tt.sources)
			if v.Answerable != tt.answerable {
				t.Fatalf("%q: answerable=%v (%s), want %v", tt.q, v.Answerable, v.Reason(), tt.answerable)
			}
		})
	}
}
