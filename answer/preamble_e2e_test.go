package answer_test

import (
	"context"
	"testing"

	"github.com/detente/detente/answer"
)

// The same, end to end over the shipped seeds, with the corpus's counts:
// a greeting and a "please" before the question, in Russian, English and
// Vietnamese, change nothing of what is answered.
func TestAskPreambleSeeds(t *testing.T) {
	eng, _ := seededEngine(t)
	svc := answer.New(eng, answer.Options{})
	for _, pair := range [][2]string{
		{"Какие санкции США ввели против России?", "Здравствуйте! Подскажите, пожалуйста, какие санкции США ввели против России?"},
		{"Кто возглавляет российскую делегацию в Стамбуле?", "Читал об этом утром. Кто возглавляет российскую делегацию в Стамбуле?"},
		{"Nga yêu cầu NATO điều gì?", "Chào bạn! Cho mình hỏi Nga yêu cầu NATO điều gì?"},
	} {
		plain, err := svc.Ask(context.Background(), answer.Request{Question: pair[0]}, nil)
		if err != nil {
			t.Fatal(err)
		}
		greeted, err := svc.Ask(context.Background(), answer.Request{Question: pair[1]}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if plain.NoSources {
			t.Fatalf("%q: refused (%s); the test needs an answered question", pair[0], plain.Verdict.Reason())
		}
		if greeted.NoSources {
			t.Errorf("%q: refused (%s), answered without the greeting", pair[1], greeted.Verdict.Reason())
		}
	}
}
