package answer_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/detente/detente/answer"
)

// hardBulletArticles: American firefighters in Yakutsk (Siberia, told in
// Russian) and in Chile (told in English, with more of an English
// question's words); a Swedish ambassador's words on a grain corridor
// (Russian) and another ambassador's on the same corridor (English).
var hardBulletArticles = map[string]string{
	"hb-en-chile-2026": `---
id: hb-en-chile-2026
title: "American firefighters help Chile fight forest fires"
url: "https://example.org/hb/chile"
source: "Test Wire"
lang: en
published: 2026-02-10
---
SANTIAGO - Forty American firefighters arrived in Chile on Monday to help local crews fight forest fires near Valparaiso, officials said.

The American firefighters will work in the hills for two weeks.
`,
	"hb-en-ferris": `---
id: hb-en-ferris
title: "Envoy warns grain corridor will stay closed"
url: "https://example.org/hb/ferris"
source: "Test Wire"
lang: en
published: 2026-03-05
---
GENEVA - Ambassador Paul Ferris said the grain corridor would stay closed until the inspections of ships were agreed.

Ferris said talks on the grain corridor would resume in April.
`,
	"hb-ru-lindqvist": `---
id: hb-ru-lindqvist
title: "Посол Швеции призвала открыть зерновой коридор"
url: "https://example.org/hb/lindqvist"
source: "Тестовая лента"
lang: ru
published: 2026-03-03
---
СТОКГОЛЬМ, 3 марта. Посол Швеции Карин Линдквист заявила, что зерновой коридор должен заработать до конца весеннего сева.

По словам Линдквист, Швеция оплатит досмотр судов.
`,
	"hb-ru-yakutsk-2026": `---
id: hb-ru-yakutsk-2026
title: "Американские пожарные прибыли в Якутск"
url: "https://example.org/hb/yakutsk"
source: "Тестовая лента"
lang: ru
published: 2026-07-14
---
ЯКУТСК, 14 июля. Группа из 30 американских пожарных прибыла в Якутск, чтобы помочь российским бригадам тушить лесные пожары к северу от города.

Американцы будут работать на берегах Лены три недели, сообщили в региональном управлении МЧС.
`,
}

// TestEndToEndBulletsHoldTheHardConstraints: once the judge has found
// which stories meet a question's names, places, pair, years and
// offices, every bullet quotes one of them: "Where in Siberia …" is not
// told by the Chile story, nor Lindqvist's words by another ambassador's,
// however many of an English question's words the English story shares.
// A question that asks of two places quotes each place's story. Before, the bullets after the first were filled
// from any retrieved story, and the reader saw an unrelated story cited
// as evidence.
func TestEndToEndBulletsHoldTheHardConstraints(t *testing.T) {
	t.Parallel() // its own store
	ctx := context.Background()
	dir := t.TempDir()
	for id, text := range hardBulletArticles {
		if err := os.WriteFile(filepath.Join(dir, id+".md"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	eng, st := emptyEngine(t)
	ingestFiles(t, eng, st, filepath.Join(dir, "*.md"))
	svc := answer.New(eng, answer.Options{})
	for _, tc := range []struct {
		q     string
		cited []string // exactly these are cited
	}{
		{"Where in Siberia did American firefighters work in 2026?", []string{"hb-ru-yakutsk-2026"}},
		{"How long will American firefighters work in Siberia?", []string{"hb-ru-yakutsk-2026"}},
		{"What did Ambassador Lindqvist say about the grain corridor?", []string{"hb-ru-lindqvist"}},
		// Each place asked is its own story's.
		{"How long will American firefighters work in Siberia and in Chile?", []string{"hb-en-chile-2026", "hb-ru-yakutsk-2026"}},
	} {
		a, err := svc.Ask(ctx, answer.Request{Question: tc.q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if a.NoSources {
			t.Errorf("%q: refused (%s)", tc.q, a.Verdict.Reason())
			continue
		}
		var got []string
		for _, c := range a.Citations {
			got = append(got, c.ArticleID)
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.cited) {
			t.Errorf("%q: cites %v, want %v\n%s", tc.q, got, tc.cited, a.Text)
		}
	}
}
