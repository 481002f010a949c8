package answer

import (
	"strings"
	"testing"
	"time"
)

// careArticles: a freed prisoner treated at a hospital the story names,
// and the same story that only places the hospital in a city ("a
// hospital in Denver"), in vi/en/ru; and a museum that lends paintings.
var careArticles = map[string]Citation{
	"en-named": {Title: "Freed American flown home for treatment", Lang: "en", Published: time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC),
		Passage: "MOSCOW - Russia released ailing U.S. citizen Walter Brandt on Monday after a court in Vladimir cut his sentence. " +
			"Brandt, 64, flew to Denver, where he will be treated at St. Anselm Hospital for heart disease."},
	"en-placed": {Title: "Freed American flown home for treatment", Lang: "en", Published: time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC),
		Passage: "MOSCOW - Russia released ailing U.S. citizen Walter Brandt on Monday after a court in Vladimir cut his sentence. " +
			"Brandt, 64, flew to Denver, where he will be treated at a hospital in the city for heart disease."},
	"vi-named": {Title: "Nga trả tự do cho công dân Mỹ bị bệnh tim", Lang: "vi", Published: time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC),
		Passage: "Nga đã trả tự do cho công dân Mỹ Walter Brandt hôm thứ Hai vì lý do sức khỏe. " +
			"Ông Brandt bay về Denver để điều trị bệnh tim tại bệnh viện St. Anselm."},
	"vi-placed": {Title: "Nga trả tự do cho công dân Mỹ bị bệnh tim", Lang: "vi", Published: time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC),
		Passage: "Nga đã trả tự do cho công dân Mỹ Walter Brandt hôm thứ Hai vì lý do sức khỏe. " +
			"Ông Brandt bay về Mỹ để điều trị bệnh tim tại một bệnh viện ở Denver."},
	"ru-named": {Title: "Россия освободила больного американца", Lang: "ru", Published: time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC),
		Passage: "МОСКВА, 10 февраля. Россия освободила больного гражданина США Уолтера Брандта. " +
			"Брандт улетел в Денвер, где его будут лечить в больнице «Сент-Ансельм»."},
	"ru-placed": {Title: "Россия освободила больного американца", Lang: "ru", Published: time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC),
		Passage: "МОСКВА, 10 февраля. Россия освободила больного гражданина США Уолтера Брандта. " +
			"Брандт улетел в Денвер, где его будут лечить в одной из городских больниц."},
	"museum-named": {Title: "Paintings travel to Boston", Lang: "en", Published: time.Date(2026, 4, 2, 0, 0, 0, 0, time.UTC),
		Passage: "Forty Russian paintings will go on show in Boston in May, on loan from the Tretyakov Gallery museum in Moscow."},
	"museum-placed": {Title: "Paintings travel to Boston", Lang: "en", Published: time.Date(2026, 4, 2, 0, 0, 0, 0, time.UTC),
		Passage: "Forty Russian paintings will go on show in Boston in May, on loan from a museum in Moscow."},
}

// TestJudgeWhichHospital: "which hospital", "bệnh viện nào", "в какой
// больнице" ask for a hospital's name, as "which bank" does for a bank's;
// a story that says only "a hospital in Denver" speaks of the hospital
// and does not give it. Before, a hospital was no kind the judge knew,
// and the city beside it answered the question.
func TestJudgeWhichHospital(t *testing.T) {
	for _, tc := range []struct {
		q, lang, article string
		answerable       bool
	}{
		{"Which hospital is Walter Brandt being treated at in Denver?", "en", "en-named", true},
		{"Which hospital is Walter Brandt being treated at in Denver?", "en", "en-placed", false},
		{"Ông Brandt được điều trị ở bệnh viện nào tại Denver?", "vi", "vi-named", true},
		{"Ông Brandt được điều trị ở bệnh viện nào tại Denver?", "vi", "vi-placed", false},
		{"В какой больнице в Денвере будут лечить Брандта?", "ru", "ru-named", true},
		{"В какой больнице в Денвере будут лечить Брандта?", "ru", "ru-placed", false},
		{"Which museum lends the Russian paintings shown in Boston?", "en", "museum-named", true},
		{"Which museum lends the Russian paintings shown in Boston?", "en", "museum-placed", false},
	} {
		t.Run(tc.article+" "+tc.q, func(t *testing.T) {
			c := careArticles[tc.article]
			c.N, c.ArticleID = 1, tc.article
			v := judge(tc.q, tc.lang, []Citation{c})
			if v.Answerable != tc.answerable {
				t.Fatalf("answerable = %v, want %v (%s; constraints %v)", v.Answerable, tc.answerable, v.Reason(), v.Constraints)
			}
			if !tc.answerable && !strings.Contains(v.Reason(), `answer "which`) {
				t.Errorf("reason %q does not name the typed slot", v.Reason())
			}
		})
	}
}
