package answer_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/detente/detente/answer"
)

// clauseArticles are short reports written for these tests: two rounds
// of fisheries talks in Reykjavik (2025 in Vietnamese, 2026 in Russian,
// recalling the first in a line), consular talks in Tromsø in March 2026
// and weather-data talks in Nuuk in January 2026, the latter told only
// in English, whose American delegation the report calls "the U.S.
// side".
var clauseArticles = map[string]string{
	"cl-vi-reykjavik-2025": `---
id: cl-vi-reykjavik-2025
title: "Vòng đàm phán nghề cá Nga - Mỹ đầu tiên tại Reykjavik kết thúc không có thỏa thuận"
url: "https://example.org/bien-bac/2025/05/15/reykjavik-nghe-ca"
source: "Biển Bắc"
lang: vi
published: 2025-05-15
---
REYKJAVIK (Iceland) - Vòng đàm phán nghề cá đầu tiên giữa Nga và Mỹ tại Reykjavik đã kết thúc hôm 14/5 mà không có thỏa thuận về hạn ngạch cá tuyết.

Hai phái đoàn bất đồng về số liệu đánh bắt ở biển Bering và hẹn gặp lại vào năm sau.
`,
	"cl-ru-reykjavik-2026": `---
id: cl-ru-reykjavik-2026
title: "Россия и США в Рейкьявике договорились о квотах на треску"
url: "https://example.org/severny-vestnik/2026/04/09/reykjavik-treska"
source: "Северный вестник"
lang: ru
published: 2026-04-09
---
Россия и США договорились ограничить вылов трески в Беринговом море квотой в 40 тысяч тонн в год, сообщили в среду по итогам рыболовных переговоров в Рейкьявике.

Первый раунд переговоров прошёл в Рейкьявике в мае 2025 года и закончился без результата.

Следующий раунд намечен на осень.
`,
	"cl-en-tromso-consular": `---
id: cl-en-tromso-consular
title: "U.S. and Russia agree in Tromsø to reopen consular sections"
url: "https://example.org/arctic-post/2026/03/19/tromso-consular"
source: "Arctic Post"
lang: en
published: 2026-03-19
---
TROMSØ, Norway - U.S. and Russian consular officials agreed on Wednesday to reopen each other's consular sections within 60 days, ending two days of consular talks at a hotel in Tromsø.

The talks were the first on consular matters since 2024.
`,
	"cl-en-nuuk-weather": `---
id: cl-en-nuuk-weather
title: "U.S. and Russia resume exchange of Arctic weather data"
url: "https://example.org/polar-ledger/2026/01/28/nuuk-weather"
source: "Polar Ledger"
lang: en
published: 2026-01-28
---
NUUK, Greenland - The United States and Russia agreed on Tuesday to resume the exchange of Arctic weather data, suspended since 2022, after weather-data talks in Nuuk.

The U.S. side was led by Miriam Holt, director of the Commerce Department's Office of Polar Affairs; the Russian side by Pyotr Lagutin, deputy head of Roshydromet.

Holt said the data "saves lives at sea".
`,
}

func clauseService(t *testing.T) *answer.Service {
	t.Helper()
	eng, st := emptyEngine(t)
	dir := t.TempDir()
	for id, text := range clauseArticles {
		if err := os.WriteFile(filepath.Join(dir, id+".md"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ingestFiles(t, eng, st, filepath.Join(dir, "*.md"))
	return answer.New(eng, answer.Options{})
}

// bulletSource is the article id the i-th bullet of a cites ("": none).
func bulletSource(a answer.Answer, i int) string {
	var bullets []string
	for _, l := range strings.Split(a.Text, "\n") {
		if l = strings.TrimSpace(l); strings.HasPrefix(l, "•") {
			bullets = append(bullets, l)
		}
	}
	if i >= len(bullets) {
		return ""
	}
	m := regexp.MustCompile(`\[(\d+)\]\s*$`).FindStringSubmatch(bullets[i])
	if m == nil {
		return ""
	}
	for _, c := range a.Citations {
		if m[1] == strconv.Itoa(c.N) {
			return c.ArticleID
		}
	}
	return ""
}

// A question of two clauses, each with its own time ("in March 2026,
// and where … in January 2026"), is two stories: each clause's time is
// met by its own report, and the first bullet answers the first clause,
// the second the second. The first "and" ("the U.S. and Russia") joins
// two sides, not two asks.
func TestClausesJudgedEachByItsStory(t *testing.T) {
	svc := clauseService(t)
	ctx := context.Background()
	a, err := svc.Ask(ctx, answer.Request{Question: "Where did the U.S. and Russia hold their consular talks in March 2026, and where their weather-data talks in January 2026?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.NoSources {
		t.Fatalf("refused (%s); each clause's report is in the corpus", a.Verdict.Reason())
	}
	if got := bulletSource(a, 0); got != "cl-en-tromso-consular" {
		t.Errorf("first bullet from %q, want the March consular report:\n%s", got, a.Text)
	}
	if got := bulletSource(a, 1); got != "cl-en-nuuk-weather" {
		t.Errorf("second bullet from %q, want the January weather-data report:\n%s", got, a.Text)
	}
	// A clause of a time no report tells is still refused.
	a, err = svc.Ask(ctx, answer.Request{Question: "Where did the U.S. and Russia hold their consular talks in March 2026, and where their weather-data talks in October 2023?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !a.NoSources {
		t.Errorf("answered a clause of October 2023, which no report tells:\n%s", a.Text)
	}
}

// "Who led the American delegation" is met by a report that says "the
// U.S. side was led by": a report of talks calls the delegation the
// side, in every language; asked in Russian or Vietnamese of a story
// told only in English, and in a question of two asks.
func TestDelegationMetByTheSide(t *testing.T) {
	svc := clauseService(t)
	ctx := context.Background()
	for _, q := range []string{
		"Кто возглавлял американскую делегацию на переговорах о метеоданных в Нууке?",
		"Ai dẫn đầu phái đoàn Mỹ tại cuộc đàm phán về dữ liệu thời tiết ở Nuuk?",
		"Who led the American delegation at the weather-data talks in Nuuk?",
	} {
		a, err := svc.Ask(ctx, answer.Request{Question: q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if a.NoSources {
			t.Errorf("%q refused (%s); the Nuuk report names who led the U.S. side", q, a.Verdict.Reason())
			continue
		}
		if fb := firstBulletText(a.Text); !strings.Contains(fb, "Miriam Holt") {
			t.Errorf("%q: first bullet %q, want the U.S. side's head", q, fb)
		}
	}
	// The side of another party is no American delegation's.
	a, err := svc.Ask(ctx, answer.Request{Question: "Who led the Chinese delegation at the weather-data talks in Nuuk?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !a.NoSources {
		t.Errorf("answered the Chinese delegation, which the Nuuk report does not name:\n%s", a.Text)
	}
}

// "The two rounds in Reykjavik in 2025 and in 2026": the first bullet
// answers the 2025 round from the report published then, not from the
// 2026 report's line of background recalling it.
func TestTimePairLedByEachTimesReport(t *testing.T) {
	svc := clauseService(t)
	a, err := svc.Ask(context.Background(), answer.Request{Question: "Hai vòng đàm phán nghề cá Nga - Mỹ ở Reykjavik năm 2025 và năm 2026 có kết quả gì?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.NoSources {
		t.Fatalf("refused (%s)", a.Verdict.Reason())
	}
	if got := bulletSource(a, 0); got != "cl-vi-reykjavik-2025" {
		t.Errorf("first bullet from %q, want the 2025 round's own report:\n%s", got, a.Text)
	}
}
