package answer_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/detente/detente/answer"
)

// An English question about a country only a Russian report covers: the
// English reports on the US–Russian banking deal share "Russian bank",
// "diplomatic missions" and "serve" word for word and fill the sources,
// while the Russian report, read across scripts only by what the lexicon
// translates, is no relevant passage to the gate. Its headline names the
// country in Russian, so it is a story about that country and is judged
// with the sources. Written for this test. A country no report names, and
// one a Russian digest names only in passing or a wire story lists in
// its lead, stay refused, and so does
// a question whose other name the Russian report would meet only on
// trust.
func TestEndToEndNameInAnotherLanguagesHeadline(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	files := map[string]string{}
	decoys := []struct{ city, when, cap, use string }{
		{"Geneva", "after two days of talks", "$4 million a month", "salaries and rent"},
		{"Vienna", "at a one-day meeting", "$2 million a month", "consular fees and utilities"},
		{"Istanbul", "in a third round of consultations", "$6 million a quarter", "staff housing and security contracts"},
		{"Riyadh", "after talks hosted by Saudi officials", "$1.5 million a month", "school fees for diplomats' children"},
		{"Doha", "at talks mediated by Qatar", "$3 million a month", "medical insurance and travel"},
	}
	for i, d := range decoys {
		files[fmt.Sprintf("xb-en-%d.md", i)] = fmt.Sprintf(`---
id: xb-en-%d
title: "U.S. and Russia settle in %s which banks serve their diplomatic missions"
lang: en
published: 2026-01-1%d
---
%s - U.S. and Russian diplomats agreed %s in %s on which bank will serve each side's diplomatic missions. A Russian bank will serve the U.S. diplomatic missions in Russia under a cap of %s.

The accounts in %s may be used only for %s, officials said.
`, i, d.city, i, strings.ToUpper(d.city), d.when, d.city, d.cap, d.city, d.use)
	}
	files["xb-ru-brazil.md"] = `---
id: xb-ru-brazil
title: "Россия и Бразилия открыли посольствам счета в национальных валютах"
lang: ru
published: 2026-02-05
---
МОСКВА, 5 февраля. Россия и Бразилия договорились, что посольство России в Бразилии будет обслуживаться в банке Banco Austral, а бразильские дипломатические представительства в России — в банке «Северный кредит».

Переговоры шли три месяца. Счета откроют до конца марта.
`
	files["xb-ru-digest.md"] = `---
id: xb-ru-digest
title: "Дипломатическая хроника недели"
lang: ru
published: 2026-02-06
---
МОСКВА, 6 февраля. Посол России провёл встречу в министерстве. Делегация обсудила с коллегами визовые вопросы.

На неделе также прошли консультации с Аргентиной о культурных обменах.
`
	files["xb-ru-sanctions.md"] = `---
id: xb-ru-sanctions
title: "Минфин США ввёл санкции против судоходных компаний"
lang: ru
published: 2026-02-04
---
ВАШИНГТОН, 4 февраля. Минфин США ввёл санкции против судоходных компаний, зарегистрированных в Малайзии и Таиланде, и против российского банка «Северный кредит», который обслуживал их счета.
`
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	eng, st := emptyEngine(t)
	ingestFiles(t, eng, st, filepath.Join(dir, "*.md"))
	svc := answer.New(eng, answer.Options{K: 1})
	ctx := context.Background()

	q := "Which Russian bank will serve Brazil's diplomatic missions in Russia?"
	a, err := svc.Ask(ctx, answer.Request{Question: q}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.NoSources || !slices.ContainsFunc(a.Sources, func(c answer.Citation) bool { return c.ArticleID == "xb-ru-brazil" }) ||
		!strings.Contains(a.Text, "Северный кредит") {
		t.Errorf("%s: the Russian report on Brazil not answered:\n%s", q, a.Text)
	}
	for _, q := range []string{
		"Which Russian bank will serve Chile's diplomatic missions in Russia?",
		"Which Russian bank will serve Argentina's diplomatic missions in Russia?",
		// A name the Russian report is not asked to spell, met there
		// only on trust: no evidence the story tells of it.
		"Which Russian bank will serve Brazil's diplomatic missions in Zelenodolsk?",
		// A country a Russian wire story lists in its lead, not its
		// headline: no story about it.
		"Which Russian bank will serve Malaysia's diplomatic missions in Russia?",
	} {
		a, err := svc.Ask(ctx, answer.Request{Question: q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !a.NoSources {
			t.Errorf("%s: answered, want refused:\n%s", q, a.Text)
		}
	}
}
