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
