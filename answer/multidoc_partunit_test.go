package answer

import (
	"strings"
	"testing"
	"time"
)

// Two original reports (not from any evaluation set) of one lodge: a
// 2025 request told with its workers, and a Russian report of a 2026
// visit told with its specialists.
var lodgeReports = []Citation{
	{ArticleID: "lodge-2025", N: 1, Title: "Helsinki refuses repair crew for lakeside property", Lang: "en",
		Published: time.Date(2025, 9, 11, 0, 0, 0, 0, time.UTC),
		Passage: "HELSINKI - Finland has rejected a Russian request to send a repair crew to the Saimaa Lodge on the lake shore, the Russian embassy said on Tuesday. " +
			"The embassy said it had asked in July to send ten workers for two days to check the wiring. " +
			"Finnish officials said the property remained under court control."},
	{ArticleID: "lodge-2026", N: 2, Title: "Российские специалисты осмотрят виллу на озере Сайма", Lang: "ru",
		Published: time.Date(2026, 4, 8, 0, 0, 0, 0, time.UTC),
		Passage: "Четыре российских специалиста 12 мая смогут осмотреть виллу «Сайма» в Финляндии, сообщила в среду официальный представитель МИД России. " +
			"Осмотр продлится восемь часов."},
}

// Each ask of a question of two is answered by a bullet of its own
// report, the first ask first: "how many people did Russia want to send
// in 2025" leads with the 2025 report's count ("ten workers"), not with
// that report's sentence of most words, because the other report's
// count of people set what kind of count the ask wants.
func TestPartBulletCountsInItsOwnReport(t *testing.T) {
	q := "How many people did Russia want to send to the Saimaa Lodge in 2025, and how many can visit the lodge in 2026?"
	v := judge(q, "en", lodgeReports)
	if !v.Answerable {
		t.Fatalf("refused: %s", v.Reason())
	}
	a := extractiveLed("Intro:", q, "en", "en", lodgeReports, v.Meets)
	var bullets []string
	for _, l := range strings.Split(a.text, "\n") {
		if strings.HasPrefix(l, "•") {
			bullets = append(bullets, l)
		}
	}
	if len(bullets) < 2 || !strings.Contains(bullets[0], "ten workers") {
		t.Fatalf("first bullet does not give the 2025 count:\n%s", a.text)
	}
	if !strings.Contains(bullets[1], "Четыре российских специалиста") {
		t.Errorf("second bullet does not give the May count:\n%s", a.text)
	}
}
