package answer_test

import (
	"context"
	"testing"

	"github.com/detente/detente/answer"
)

// End to end over the shipped seeds: a sentence of the reader's own before
// the question ("I'm writing a piece on …", "Готовлю обзор …", "Tôi
// đang viết bài …"), or a request the question is asked through ("Do you
// know where …?", "Хотелось бы узнать, кто …", "Bạn có biết … không?"),
// changes nothing of what is answered, and a near miss so asked is still
// refused.
func TestAskReaderSceneSeeds(t *testing.T) {
	eng, _ := seededEngine(t)
	svc := answer.New(eng, answer.Options{})
	ask := func(q string) answer.Answer {
		t.Helper()
		a, err := svc.Ask(context.Background(), answer.Request{Question: q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	for _, pair := range [][2]string{
		{"Where will the next round of Russia-US talks be held?", "I'm writing a piece on US–Russia relations. Where will the next round of Russia-US talks be held?"},
		{"Where will the next round of Russia-US talks be held?", "A colleague mentioned this story yesterday. Where will the next round of Russia-US talks be held?"},
		{"Кто возглавляет российскую делегацию в Стамбуле?", "Готовлю обзор новостей для редакции. Кто возглавляет российскую делегацию в Стамбуле?"},
		{"Кто возглавляет российскую делегацию в Стамбуле?", "Слежу за новостями о России и США. Кто возглавляет российскую делегацию в Стамбуле?"},
		{"Nga yêu cầu NATO điều gì?", "Tôi đang viết bài về quan hệ Nga – Mỹ. Nga yêu cầu NATO điều gì?"},
		// The question asked through a request.
		{"Where will the next round of Russia-US talks be held?", "Do you know where the next round of Russia-US talks will be held?"},
		{"Кто возглавляет российскую делегацию в Стамбуле?", "Хотелось бы узнать, кто возглавляет российскую делегацию в Стамбуле."},
		{"Nga yêu cầu NATO điều gì?", "Bạn có biết Nga yêu cầu NATO điều gì không?"},
	} {
		if plain := ask(pair[0]); plain.NoSources {
			t.Fatalf("%q: refused (%s); the test needs an answered question", pair[0], plain.Verdict.Reason())
		}
		if a := ask(pair[1]); a.NoSources {
			t.Errorf("%q: refused (%s), answered without the scene", pair[1], a.Verdict.Reason())
		}
	}
	for _, q := range []string{
		"Кто возглавляет китайскую делегацию в Стамбуле?",
		"Готовлю обзор новостей для редакции. Кто возглавляет китайскую делегацию в Стамбуле?",
		"Не знаете, кто возглавляет китайскую делегацию в Стамбуле?",
	} {
		if a := ask(q); !a.NoSources {
			t.Errorf("%q: answered, a near miss (no Chinese delegation in the seeds)", q)
		}
	}
}
