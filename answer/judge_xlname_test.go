package answer

import (
	"testing"
	"time"
)

// Constraints the judge could not match across languages or word forms:
// each case is a question a reader of a story in another language would
// expect answered, beside the near miss that must stay refused.
func TestJudgeXLingualForms(t *testing.T) {
	src := func(lang, title, body string) []Citation {
		return []Citation{{N: 1, ArticleID: "a", Lang: lang, Title: title, Passage: body, Published: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)}}
	}
	const launchTitle = "Зонд «Меридиан-7» полетит к Луне в 2029 году"
	const launchBody = "Запуск зонда «Меридиан-7» запланирован на 2029 год с космодрома Восточный на ракете «Ангара-А5», сообщил представитель Роскосмоса Игорь Седов. НАСА поставит для зонда лазерный отражатель."
	tests := []struct {
		name, q, lang, title, body string
		want                       bool
	}{
		// "which rocket": the lexicon's Russian is "ракета-носитель", a
		// story writes "на ракете «Ангара-А5»"; the head of the compound
		// is spoken of.
		{"rocket by the compound's head", "Which rocket will launch the Meridian-7 probe?", "ru", launchTitle, launchBody, true},
		{"rocket not told", "Which rocket will launch the Meridian-7 probe?", "ru", launchTitle,
			"Запуск зонда «Меридиан-7» запланирован на 2029 год, сообщил представитель Роскосмоса Игорь Седов. НАСА поставит для зонда лазерный отражатель.", false},
		// "which plant" asks a name, as "which shipyard" does: a story
		// that says "Russian aircraft plants" does not give it.
		{"plant not named", "Which Russian plant received the turbine blades?", "en", "Treasury sanctions parts brokers",
			"The Treasury sanctioned two brokers that it said shipped turbine blades to Russian military aircraft plants. The firms did not reply.", false},
		{"plant named", "Which Russian plant received the turbine blades?", "en", "Treasury sanctions parts brokers",
			"The Treasury sanctioned two brokers that it said shipped turbine blades to the Kazan Helicopter Plant in Russia. The firms did not reply.", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if v := judge(tc.q, "en", src(tc.lang, tc.title, tc.body)); v.Answerable != tc.want {
				t.Errorf("answerable = %v, want %v (%s; %v)", v.Answerable, tc.want, v.Reason(), v.Constraints)
			}
		})
	}
}
