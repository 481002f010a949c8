package answer

import (
	"strings"
	"testing"
)

// TestFirstBulletOfficeDirection: an office held by one country in
// another is read in its roles. "Who is Norway's ambassador to Sweden"
// is answered by Norway's envoy in Stockholm, not by Sweden's in Oslo,
// though both sentences hold "ambassador", "Norway" and "Sweden".
func TestFirstBulletOfficeDirection(t *testing.T) {
	en := Citation{Lang: "en", Title: "New Norwegian envoy arrives in Stockholm",
		Passage: "STOCKHOLM, May 4 - Kari Nordby, the new Norwegian ambassador to Sweden, presented her credentials on Monday. " +
			"Sweden's own ambassador in Oslo, Lars Berg, took up his post last year. " +
			"The ceremony lasted twenty minutes."}
	ru := Citation{Lang: "ru", Title: "Посол Швеции в Норвегии Ларс Берг",
		Passage: "ОСЛО, 20 мая. Посол Швеции в Норвегии Ларс Берг считает, что отношения двух стран нужно развивать. " +
			"Посол отметил, что приветствует прибытие в Стокгольм нового посла Норвегии Ингрид Хаген. " +
			"Встреча длилась час."}
	for _, tc := range []struct {
		q, lang string
		src     Citation
		want    string
	}{
		{"Who is the Norwegian ambassador to Sweden?", "en", en, "Kari Nordby"},
		{"Who is Sweden's ambassador to Norway?", "en", en, "Lars Berg"},
		{"Кто посол Швеции в Норвегии?", "ru", ru, "Ларс Берг"},
		{"Кто посол Норвегии в Швеции?", "ru", ru, "Ингрид Хаген"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			if got := firstBullet(t, tc.q, tc.lang, tc.src); !strings.Contains(got, tc.want) {
				t.Errorf("first bullet %q, want the sentence naming %s", got, tc.want)
			}
		})
	}
}

// TestFirstBulletOfficePost: "the ambassador to Sweden" is not
// "Sweden's ambassador": the country after "to" is where the post is.
// The story's lead names the envoy asked for; a later sentence names the
// other country's, in its possessive.
func TestFirstBulletOfficePost(t *testing.T) {
	src := Citation{Lang: "en", Title: "New Norwegian envoy presents credentials in Stockholm",
		Passage: "STOCKHOLM, May 4 - Ingrid Hagen, the new Norwegian ambassador to Sweden, presented her credentials at the palace on Tuesday, ending a year in which the embassy was run by a deputy. " +
			"The parliament confirmed Hagen in March. " +
			"Sweden's own ambassador in Oslo, Lars Berg, took up his post last year."}
	if got := firstBullet(t, "Who is the Norway ambassador to Sweden?", "en", src); strings.Contains(got, "Lars Berg") {
		t.Errorf("first bullet %q, want a sentence on Norway's envoy, not Sweden's", got)
	}
}
