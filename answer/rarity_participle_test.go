package answer_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/detente/detente/answer"
)

// TestAskShortParticipleIsNoThing: a Russian short participle says a
// state of the question's subject ("порты открыты", "квоты утверждены"):
// a predicate, which a story tells in its own words ("пускает в порты"),
// not a thing the corpus must name. Snowball gives "открыты" the stem of
// the noun "открытие", which no story holds, and the question was refused
// for lacking it. A noun the corpus never names ("пошлины") still refuses.
func TestAskShortParticipleIsNoThing(t *testing.T) {
	ctx := context.Background()
	eng, st := seededEngine(t) // the seeds: enough chunks to count (minRarityChunks)
	dir := t.TempDir()
	art := `---
id: part-ru-islandiya-traulery
title: "Исландия пустит российские траулеры в три порта"
url: "https://example.org/severnaya-gazeta/2026/02/10/islandiya-traulery"
source: "Северная газета"
lang: ru
published: 2026-02-10
---
РЕЙКЬЯВИК. Исландия с марта будет пускать российские рыболовецкие траулеры только в порты Акюрейри, Сейдисфьордюр и Исафьордюр, сообщило министерство рыболовства страны.

Остальные гавани для российских судов останутся недоступными. Российская сторона назвала решение дискриминационным.
`
	if err := os.WriteFile(filepath.Join(dir, "ru-islandiya.md"), []byte(art), 0o644); err != nil {
		t.Fatal(err)
	}
	ingestFiles(t, eng, st, filepath.Join(dir, "*.md"))
	svc := answer.New(eng, answer.Options{})
	tests := []struct {
		q        string
		answered bool
	}{
		{"Какие порты Исландии открыты для российских рыболовецких траулеров?", true},
		{"Какие порты Исландии закрыты для российских рыболовецких траулеров?", true},
		{"Какие пошлины Исландия ввела для российских рыболовецких траулеров?", false},
	}
	for _, tt := range tests {
		a, err := svc.Ask(ctx, answer.Request{Question: tt.q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if a.NoSources == tt.answered {
			t.Errorf("%q: answered %v, want %v (%s)", tt.q, !a.NoSources, tt.answered, a.Verdict.Reason())
		}
	}
}
