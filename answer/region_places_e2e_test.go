package answer_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/detente/detente/answer"
)

// regionArticles are stories that name places, never the region a
// reader asks by: a refusal of help with fires in Khakassia (2025), help
// accepted in Irkutsk (2026), both Siberia; new rules for the Northern
// Sea Route, which is the Arctic; and a story of fires in Alberta, which
// is neither.
var regionArticles = map[string]string{
	"rp-ru-khakassia-2025": `---
id: rp-ru-khakassia-2025
title: "МЧС отклонило помощь США в тушении пожаров в Хакасии"
url: "https://example.org/rp/khakassia-2025"
source: "Тестовая лента"
lang: ru
published: 2025-07-20
---
АБАКАН, 20 июля. МЧС России отклонило предложение США направить пожарных для тушения лесных пожаров в Хакасии. «Своих сил хватает», — заявил заместитель министра Павел Громов.

Огнём пройдено около 90 тысяч гектаров тайги.
`,
	"rp-vi-irkutsk-2026": `---
id: rp-vi-irkutsk-2026
title: "Lính cứu hỏa Mỹ đến Irkutsk giúp dập cháy rừng"
url: "https://example.org/rp/irkutsk-2026"
source: "Bản tin thử"
lang: vi
published: 2026-08-02
---
IRKUTSK, ngày 2/8 - Một nhóm 25 lính cứu hỏa rừng Mỹ đã đến Irkutsk để giúp Nga dập các đám cháy rừng. Bộ Tình trạng khẩn cấp Nga cho biết lần này Nga chấp nhận sự giúp đỡ của Mỹ.

Nhóm sẽ làm việc ở Nga trong hai tuần.
`,
	"rp-ru-sevmorput-rules": `---
id: rp-ru-sevmorput-rules
title: "Россия изменила правила прохода иностранных судов по Севморпути"
url: "https://example.org/rp/sevmorput"
source: "Тестовая лента"
lang: ru
published: 2025-10-02
---
МОСКВА, 2 октября. С 1 марта 2026 года иностранные исследовательские суда должны подавать заявку на проход по Северному морскому пути за 60 дней.

Глава управления Игорь Сомов объяснил ужесточение сентябрьским инцидентом в Карском море, где американское судно без разрешения вело съёмку дна.
`,
	"rp-en-alberta-2026": `---
id: rp-en-alberta-2026
title: "American firefighters help Canada with Alberta blazes"
url: "https://example.org/rp/alberta"
source: "Test Wire"
lang: en
published: 2026-06-10
---
EDMONTON - Two hundred American firefighters arrived in Alberta on Tuesday to help Canada fight wildfires, officials said. Canada accepted the help within a day.
`,
}

// TestEndToEndRegionByItsPlaces: a question that names a region
// ("Siberian wildfires", "в Арктике") is answered by the stories that
// name places within it, across languages, and its two listed years
// ("in 2025 and again in 2026") by two stories; a near miss (another
// year, another region) is refused. Before, the Russian story was no
// relevant passage to an English question about Siberia, the region was
// unmet, and the two years were asked of one story.
func TestEndToEndRegionByItsPlaces(t *testing.T) {
	t.Parallel() // its own store
	ctx := context.Background()
	dir := t.TempDir()
	for id, text := range regionArticles {
		if err := os.WriteFile(filepath.Join(dir, id+".md"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	eng, st := emptyEngine(t)
	ingestFiles(t, eng, st, filepath.Join(dir, "*.md"))
	svc := answer.New(eng, answer.Options{})
	for _, tc := range []struct {
		q     string
		cited []string // each must be cited; nil: refused
		keys  []string // one of them in the first bullet (nil: not checked)
	}{
		{"Did Russia accept American help with the Siberian wildfires in 2025 and again in 2026?",
			[]string{"rp-ru-khakassia-2025", "rp-vi-irkutsk-2026"}, []string{"отклонило", "chấp nhận"}},
		// The sentence selector reads the region by its places too: the
		// sentence that names Irkutsk leads.
		{"Where in Siberia did American firefighters work in 2026?", []string{"rp-vi-irkutsk-2026"}, []string{"irkutsk"}},
		{"Когда вступят в силу новые правила для иностранных исследовательских судов в Арктике?",
			[]string{"rp-ru-sevmorput-rules"}, []string{"1 марта 2026"}},
		{"Why did Russia tighten the rules for foreign ships in the Arctic?",
			[]string{"rp-ru-sevmorput-rules"}, []string{"инцидентом"}},
		// Near misses: a year no story tells, a region no story is in.
		{"Did Russia accept American help with the Siberian wildfires in 2023 and again in 2026?", nil, nil},
		{"Когда вступят в силу новые правила для иностранных исследовательских судов в Антарктике?", nil, nil},
		{"Where in the Far East did American firefighters work in 2026?", nil, nil},
	} {
		a, err := svc.Ask(ctx, answer.Request{Question: tc.q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if tc.cited == nil {
			if !a.NoSources {
				t.Errorf("%q: answered, want refused: %s", tc.q, firstBulletText(a.Text))
			}
			continue
		}
		if a.NoSources {
			t.Errorf("%q: refused (%s)", tc.q, a.Verdict.Reason())
			continue
		}
		for _, id := range tc.cited {
			if !slices.ContainsFunc(a.Citations, func(c answer.Citation) bool { return c.ArticleID == id }) {
				t.Errorf("%q: %s not cited\n%s", tc.q, id, a.Text)
			}
		}
		fb := strings.ToLower(firstBulletText(a.Text))
		if tc.keys != nil && !slices.ContainsFunc(tc.keys, func(k string) bool { return strings.Contains(fb, k) }) {
			t.Errorf("%q: first bullet answers nothing: %s", tc.q, fb)
		}
	}
}
