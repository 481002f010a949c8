package answer

import (
	"strings"
	"testing"
)

// TestWhyCauseBefore: asked why, when the sentence that says the
// question's words gives no cause and none follows it, the cause told
// right before it leads. The articles are written for this test.
func TestWhyCauseBefore(t *testing.T) {
	ru := Citation{Lang: "ru", Title: "Российский космонавт полетит на «Тяньгун»",
		Passage: "ПЕКИН, 9 апреля. Роскосмос и Китайское космическое агентство подписали соглашение о полёте российского космонавта на станцию «Тяньгун». " +
			"Причиной соглашения стали планы по закрытию МКС в 2030 году. " +
			"Собственная российская станция будет готова не раньше 2035 года, и Роскосмос опасается перерыва в полётах на станции."}
	en := Citation{Lang: "en", Title: "Russian cosmonaut to fly to Tiangong",
		Passage: "BEIJING - Roscosmos and the Chinese space agency signed a deal on Wednesday for a Russian cosmonaut to fly to the Tiangong station. " +
			"The reason is the plan to retire the ISS in 2030. " +
			"Russia's own station will not be ready before 2035, and Roscosmos fears a gap in flights to a station."}
	for _, tc := range []struct {
		q, lang string
		src     Citation
		want    string
	}{
		{"Зачем Роскосмосу отправлять космонавта на китайскую станцию?", "ru", ru, "Причиной"},
		{"Why does Roscosmos want flights to a Chinese station?", "en", en, "reason"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			if got := firstBullet(t, tc.q, tc.lang, tc.src); !strings.Contains(got, tc.want) {
				t.Errorf("first bullet %q, want the cause (%q)", got, tc.want)
			}
		})
	}
}
