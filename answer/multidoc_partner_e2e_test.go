package answer_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/detente/detente/answer"
)

// partnerArticles are short reports written for these tests, two
// stories a question joins by their parties or places: Russia's crab
// deal with Japan (English) and its cod deal with Norway (Russian), both
// of 2025, and two rounds of talks that ended in Lisbon (a prisoner
// exchange) and in Tunis (remains returned), each told in one language.
var partnerArticles = map[string]string{
	"pt-en-japan-crab": `---
id: pt-en-japan-crab
title: "Russia and Japan agree on a crab quota off the Kurils"
url: "https://example.org/pacific-wire/2025/03/12/crab-quota"
source: "Pacific Wire"
lang: en
published: 2025-03-12
---
TOKYO - Russia and Japan agreed on Tuesday to cap the catch of snow crab off the southern Kurils at 12,000 tonnes a year, the fisheries agencies of both countries said.

Japanese boats will pay a licence fee of 9 million dollars to fish in the zone.
`,
	"pt-ru-norway-cod": `---
id: pt-ru-norway-cod
title: "Россия и Норвегия договорились о квоте на треску"
url: "https://example.org/polyarny-vestnik/2025/10/21/treska"
source: "Полярный вестник"
lang: ru
published: 2025-10-21
---
МУРМАНСК - Россия и Норвегия договорились об общей квоте вылова трески в Баренцевом море на уровне 310 тысяч тонн, сообщила смешанная рыболовная комиссия.

Квота на пикшу установлена в 120 тысяч тонн.
`,
	"pt-en-lisbon-exchange": `---
id: pt-en-lisbon-exchange
title: "U.S.-Russia talks in Lisbon end with a prisoner exchange deal"
url: "https://example.org/atlantic-ledger/2026/02/05/lisbon-talks"
source: "Atlantic Ledger"
lang: en
published: 2026-02-05
---
LISBON - Talks between U.S. and Russian officials in Lisbon ended on Wednesday with an agreement to exchange 14 detained citizens by the end of March, Portuguese mediators said.

The delegations met for three days at a former monastery outside the city.
`,
	"pt-ru-tunis-remains": `---
id: pt-ru-tunis-remains
title: "Переговоры России и США в Тунисе завершились договорённостью о возвращении останков"
url: "https://example.org/yuzhny-kurier/2026/04/16/tunis"
source: "Южный курьер"
lang: ru
published: 2026-04-16
---
ТУНИС - Переговоры российских и американских представителей в Тунисе завершились договорённостью передать друг другу останки 40 лётчиков, погибших в Корее, сообщили в МИД.

Стороны встречались два дня.
`,
	"pt-vi-bering-students": `---
id: pt-vi-bering-students
title: "Chương trình trao đổi sinh viên Bering đón lứa sinh viên Mỹ đầu tiên tới Vladivostok"
url: "https://example.org/tin-bien/2026/01/20/bering-sinh-vien"
source: "Tin Biển"
lang: vi
published: 2026-01-20
---
Chương trình trao đổi sinh viên Bering giữa Nga và Mỹ năm nay có 24 sinh viên Mỹ tham gia, học một học kỳ tại Đại học Liên bang Viễn Đông ở Vladivostok.

Phía Nga cử 20 sinh viên sang Alaska.
`,
	"pt-vi-walrus-survey": `---
id: pt-vi-walrus-survey
title: "Tàu Nga chở các nhà khoa học Mỹ khảo sát hải mã ở biển Chukotka"
url: "https://example.org/tin-bien/2026/02/03/hai-ma"
source: "Tin Biển"
lang: vi
published: 2026-02-03
---
Chuyến khảo sát hải mã chung ở biển Chukotka có 9 nhà khoa học Mỹ tham gia cùng 12 đồng nghiệp Nga, theo Viện Hải dương học Nga.

Tàu rời cảng Anadyr hôm thứ Hai.
`,
}

func partnerService(t *testing.T) *answer.Service {
	t.Helper()
	eng, st := emptyEngine(t)
	dir := t.TempDir()
	for id, text := range partnerArticles {
		if err := os.WriteFile(filepath.Join(dir, id+".md"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ingestFiles(t, eng, st, filepath.Join(dir, "*.md"))
	return answer.New(eng, answer.Options{})
}

// Two parties or places joined by a repeated preposition ("с Японией и с
// Норвегией", "with Japan and with Norway", "in Lisbon and in Tunis"),
// or a thing and "those in" another setting ("compared with those in
// Tunis"), are two asks, each met by its own story, the question's other words by
// both; a reader's instruction after the question ("Коротко по каждой.",
// "Briefly, for each.", "Trả lời ngắn gọn.") is no content a report must
// hold. A partner or place no report tells (China, Oslo) is still
// refused.
func TestTwoPartiesTwoStories(t *testing.T) {
	svc := partnerService(t)
	ctx := context.Background()
	ask := func(q string) answer.Answer {
		t.Helper()
		a, err := svc.Ask(ctx, answer.Request{Question: q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	fish := []string{"pt-en-japan-crab", "pt-ru-norway-cod"}
	talks := []string{"pt-en-lisbon-exchange", "pt-ru-tunis-remains"}
	for _, tc := range []struct {
		q    string
		want []string // each cited; nil: refused
	}{
		{"О чём договорилась Россия по рыбе в 2025 году с Японией и с Норвегией?", fish},
		{"What did Russia agree on fish in 2025 with Japan and with Norway?", fish},
		{"Чем закончились переговоры в Лиссабоне и в Тунисе? Коротко по каждой.", talks},
		{"How did the talks in Lisbon and in Tunis end? Briefly, for each.", talks},
		{"Đàm phán ở Lisbon và ở Tunis kết thúc ra sao? Trả lời ngắn gọn.", talks},
		{"Чем закончились переговоры в Лиссабоне и в Тунисе? Ответьте коротко, отдельно по каждой.", talks},
		{"How did the talks in Lisbon and in Tunis end? Please keep the answer short, a sentence for each.", talks},
		{"Đàm phán ở Lisbon và ở Tunis kết thúc ra sao? Vui lòng trả lời ngắn gọn từng ý.", talks},
		{"How did the talks in Lisbon end, compared with those in Tunis?", talks},
		// Near misses: one partner or place no report tells.
		{"How did the talks in Lisbon end, compared with those in Oslo?", nil},
		{"О чём договорилась Россия по рыбе в 2025 году с Китаем и с Норвегией?", nil},
		{"What did Russia agree on fish in 2025 with Japan and with Canada?", nil},
		{"Чем закончились переговоры в Лиссабоне и в Осло? Коротко по каждой.", nil},
		{"How did the talks in Oslo and in Tunis end? Briefly, for each.", nil},
	} {
		a := ask(tc.q)
		checkEachAskCited(t, tc.q, a, tc.want)
	}
}

// Vietnamese heads an event or a programme by a classifier ("chương
// trình", "chuyến", "cuộc"): two such phrases joined by "và" are two
// things, each its own story, asked the same predicate ("có bao nhiêu
// người Mỹ tham gia"). A survey no report tells is still refused.
func TestTwoEventsByClassifierVI(t *testing.T) {
	svc := partnerService(t)
	ctx := context.Background()
	for _, tc := range []struct {
		q    string
		want []string // each cited; nil: refused
	}{
		{"Chương trình trao đổi sinh viên Bering và chuyến khảo sát hải mã có bao nhiêu người Mỹ tham gia?", []string{"pt-vi-bering-students", "pt-vi-walrus-survey"}},
		{"Chương trình trao đổi sinh viên Bering và chuyến khảo sát hải mã ở Greenland có bao nhiêu người Mỹ tham gia?", nil},
	} {
		a, err := svc.Ask(ctx, answer.Request{Question: tc.q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		checkEachAskCited(t, tc.q, a, tc.want)
	}
}

// checkEachAskCited holds a to want: refused when want is nil (a near
// miss), otherwise answered with every article of want cited.
func checkEachAskCited(t *testing.T, q string, a answer.Answer, want []string) {
	t.Helper()
	if want == nil {
		if !a.NoSources {
			t.Errorf("%q: answered a near miss:\n%s", q, a.Text)
		}
		return
	}
	if a.NoSources {
		t.Errorf("%q: refused (%s); each ask's report is in the corpus", q, a.Verdict.Reason())
		return
	}
	for _, id := range want {
		if !slices.ContainsFunc(a.Citations, func(c answer.Citation) bool { return c.ArticleID == id }) {
			t.Errorf("%q: %s not cited:\n%s", q, id, a.Text)
		}
	}
}
