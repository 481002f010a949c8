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

// A place named once, in a report whose other words few questions use,
// while six reports of other talks say "the Russian delegation at the
// talks was led by" word for word: retrieval ranks those six above the
// one report that names the place, the judge finds the place in none of
// the sources and refused a question the corpus answers. Written for
// this test; the place is one the lexicon does not list. A place no report names, and another
// side's delegation at the place, stay refused.
func TestEndToEndNameRankedBelowTheSources(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	decoys := []struct{ slug, in, dateline, topic, who string }{
		{"vena", "Вене", "ВЕНА", "безопасности хранилищ урана", "заместитель министра энергетики Иван Громов"},
		{"zheneva", "Женеве", "ЖЕНЕВА", "стратегической стабильности", "заместитель министра иностранных дел Олег Светлов"},
		{"stambul", "Стамбуле", "СТАМБУЛ", "работе посольств", "директор департамента МИД Андрей Рощин"},
		{"baku", "Баку", "БАКУ", "транзите грузов через Каспий", "заместитель министра транспорта Сергей Белов"},
		{"doha", "Дохе", "ДОХА", "обмене заключёнными", "уполномоченный по правам человека Павел Игнатов"},
		{"oslo", "Осло", "ОСЛО", "квотах на вылов краба", "заместитель главы Росрыболовства Денис Гурин"},
		{"riyad", "Эр-Рияде", "ЭР-РИЯД", "возобновлении прямых рейсов", "заместитель министра транспорта Ольга Жукова"},
		{"kair", "Каире", "КАИР", "поставках зерна", "заместитель министра сельского хозяйства Максим Титов"},
		{"valletta", "Валлетте", "ВАЛЛЕТТА", "судоходстве в Средиземном море", "заместитель министра иностранных дел Роман Лебедев"},
	}
	files := map[string]string{}
	for i, d := range decoys {
		files["nm-ru-"+d.slug+".md"] = fmt.Sprintf(`---
id: nm-ru-%s
title: "Россия и США провели в %s переговоры о %s"
lang: ru
published: 2026-0%d-1%d
---
%s, 1%d марта. Россия и США провели в %s двухдневные переговоры о %s. Российскую делегацию на переговорах возглавлял %s. Американскую делегацию на переговорах возглавлял помощник госсекретаря.

Стороны договорились продолжить переговоры летом.
`, d.slug, d.in, d.topic, i+1, i, d.dateline, i, d.in, d.topic, d.who)
	}
	files["nm-ru-kirkenes.md"] = `---
id: nm-ru-kirkenes
title: "Ледоколы России и США будут обмениваться данными о льдах"
lang: ru
published: 2026-02-05
---
КИРКЕНЕС, 5 февраля. Арктические службы России и США подписали во вторник в Киркенесе протокол об обмене картами ледовой обстановки. Встреча шла два дня при посредничестве норвежского морского ведомства.

Карты будут передаваться каждые шесть часов в течение навигации. Первый обмен намечен на май 2026 года.

Поводом стал случай в октябре 2025 года, когда танкер застрял во льдах у острова Врангеля и помощь пришла с опозданием.

Российскую сторону возглавлял начальник ледокольного штаба Пётр Зорин. «Лёд не различает флагов», — сказал он.

Американскую сторону представляла капитан береговой охраны Линда Марш.
`
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	eng, st := emptyEngine(t)
	ingestFiles(t, eng, st, filepath.Join(dir, "*.md"))
	// Three passages a question: the report that names the place ranks
	// sixth, below the decoys' (as the open sets' missed reports ranked
	// eighth to tenth below six).
	svc := answer.New(eng, answer.Options{K: 3})
	ctx := context.Background()

	for _, q := range []string{
		"Кто возглавлял российскую делегацию на переговорах в Киркенесе?",
		"Кто возглавлял российскую делегацию на переговорах в Киркенесе в феврале?",
	} {
		a, err := svc.Ask(ctx, answer.Request{Question: q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if a.NoSources || !slices.ContainsFunc(a.Sources, func(c answer.Citation) bool { return c.ArticleID == "nm-ru-kirkenes" }) ||
			!strings.Contains(a.Text, "Зорин") {
			t.Errorf("%s: the report that names the place not answered:\n%s", q, a.Text)
		}
	}
	for _, q := range []string{
		"Кто возглавлял российскую делегацию на переговорах в Тромсё?",
		"Who led the Russian delegation at the talks in Hendricks?",
		"Кто возглавлял китайскую делегацию на переговорах в Киркенесе?",
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

// A misspelling repaired against the passages may land on another man:
// "Rybakov" is one slip (two letters swapped) from the "Ryabkov" of a
// report on arms talks, but the corpus also has a governor Рыбаков, and
// a question about Rybakov at the arms talks is about no one the report
// names. A name the corpus writes, in either script, is no typo; a true
// slip ("Ryabkow") is still repaired. Written for this test.
func TestEndToEndMisspeltNameIsAnotherMan(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	files := map[string]string{
		"pc-en-ryabkov-geneva.md": `---
id: pc-en-ryabkov-geneva
title: "Ryabkov says Moscow ready for arms talks in Geneva"
lang: en
published: 2026-04-02
---
GENEVA - Deputy Foreign Minister Sergei Ryabkov said on Wednesday that Moscow was ready to resume strategic stability talks with Washington in Geneva in May. Ryabkov told reporters that the first session would cover missile warning notices. The U.S. side was represented by Assistant Secretary Laura Benning, who called the meeting useful.
`,
		"pc-ru-rybakov-ferry.md": `---
id: pc-ru-rybakov-ferry
title: "Губернатор Рыбаков открыл новый паромный терминал"
lang: ru
published: 2026-03-20
---
КАЛИНИНГРАД, 20 марта. Губернатор области Антон Рыбаков открыл в пятницу новый паромный терминал в порту Балтийска. По словам Рыбакова, паром будет ходить в Усть-Лугу три раза в неделю. Строительство обошлось в 4 миллиарда рублей.
`,
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	eng, st := emptyEngine(t)
	ingestFiles(t, eng, st, filepath.Join(dir, "*.md"))
	svc := answer.New(eng, answer.Options{})
	ctx := context.Background()

	a, err := svc.Ask(ctx, answer.Request{Question: "What did Rybakov say about the Geneva talks?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !a.NoSources {
		t.Errorf("Rybakov answered from Ryabkov's report:\n%s", a.Text)
	}
	a, err = svc.Ask(ctx, answer.Request{Question: "What did Ryabkow say about the Geneva talks?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.NoSources || !strings.Contains(a.Text, "Ryabkov") {
		t.Errorf("the slip Ryabkow not repaired:\n%s", a.Text)
	}
}
