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

// One story told in two languages, written for this test: a Russian
// report of a patrol pilot and its English retelling the same day, only
// the English one telling how many officers a team may have. Asked in
// Russian, the count is answered from the English twin; a count neither
// telling gives, and the count asked of a person neither names, are
// refused.
func TestEndToEndTwinTellsTheDetail(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	files := map[string]string{
		"tw-ru-bering-patrol.md": `---
id: tw-ru-bering-patrol
title: "Россия и США договорились в Анкоридже о совместном патрулировании Берингова пролива"
url: "https://example.org/severny-vestnik/2026/05/14/bering-patrul"
source: "Северный вестник"
lang: ru
published: 2026-05-14
---
АНКОРИДЖ, 13 мая. Пограничники России и США договорились в среду провести пробное совместное патрулирование Берингова пролива летом 2026 года. По пробной программе каждая сторона выделит по одному судну.

Переговоры прошли в здании мэрии Анкориджа. Российскую делегацию возглавлял заместитель руководителя пограничной службы Аркадий Мельничук, американскую — контр-адмирал Тереза Холлоуэй.

«Это проверка доверия, а не союз», — сказал Мельничук журналистам. Соглашение приветствовала сенатор от Аляски Лиза Мурковски. Следующая встреча намечена на октябрь в Петропавловске-Камчатском.
`,
		"tw-en-bering-patrol.md": `---
id: tw-en-bering-patrol
title: "U.S. and Russia agree in Anchorage to pilot joint Bering Strait patrols"
url: "https://example.org/pacific-wire/2026/05/14/bering-patrol-pilot"
source: "Pacific Wire"
lang: en
published: 2026-05-14
---
ANCHORAGE, Alaska - U.S. and Russian border officials agreed on Wednesday to test joint patrols of the Bering Strait in the summer of 2026.

Under the pilot, each side will send one vessel. A boarding team may include up to twelve officers and must report to both capitals within six hours.

The talks were held at Anchorage city hall. The Russian delegation was led by Arkady Melnichuk, deputy head of the border service, and the U.S. one by Rear Admiral Theresa Holloway.

Melnichuk told reporters the pilot was "a test of trust, not an alliance". Senator Lisa Murkowski of Alaska welcomed the agreement. The next meeting is set for October in Petropavlovsk-Kamchatsky.
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

	a, err := svc.Ask(ctx, answer.Request{Question: "Сколько офицеров может быть в группе по пробной программе?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.NoSources || !slices.ContainsFunc(a.Sources, func(c answer.Citation) bool { return c.ArticleID == "tw-en-bering-patrol" }) ||
		!strings.Contains(a.Text, "twelve officers") {
		t.Errorf("the English twin's count not answered:\n%s", a.Text)
	}
	for _, q := range []string{
		"Сколько вертолётов выделит каждая сторона для патрулирования?",
		"Сколько офицеров может входить в группу Виктора Карпенко?",
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
