package answer

import (
	"strings"
	"testing"
)

// TestFirstBulletOfficeApposed: "who is the director of X" is answered by
// the sentence that opens with a person's name set off by that very
// office ("Dana Whitfield, acting director of the Office of Export
// Enforcement, said ..."), not by one that names a firm: before, the
// office in the apposition did not bind the name to what was asked, and
// a company's name led.
func TestFirstBulletOfficeApposed(t *testing.T) {
	for _, tc := range []struct {
		q, lang, want string
		src           Citation
	}{
		{"Who is the acting director of the export enforcement office?", "en", "Dana Whitfield", Citation{Lang: "en", Title: "Commerce penalises chip brokers over Russia sales",
			Passage: "WASHINGTON - The Commerce Department on Monday fined five brokers that it said resold American chips to Russian buyers. " +
				"The largest of the brokers, Northgate Silicon Trading, runs its export office from Limassol. Its director could not be reached. " +
				"Dana Whitfield, acting director of the Office of Export Enforcement, said the brokers hid the buyers. " +
				"The fines total $12 million."}},
		{"Кто руководит департаментом экспортного контроля?", "ru", "Анна Егорова", Citation{Lang: "ru", Title: "Минторг оштрафовал посредников",
			Passage: "МОСКВА, 4 марта. Министерство торговли оштрафовало пять посредников за перепродажу микросхем. " +
				"Крупнейший из посредников, Северный Кремний Трейдинг, ведёт экспортный контроль из Лимасола. Его руководитель не ответил на звонки. " +
				"Анна Егорова, руководитель департамента экспортного контроля, заявила, что посредники скрывали покупателей. " +
				"Сумма штрафов составила 12 миллионов долларов."}},
	} {
		if got := firstBullet(t, tc.q, tc.lang, tc.src); !strings.Contains(got, tc.want) {
			t.Errorf("%q: first bullet %q, want %q", tc.q, got, tc.want)
		}
	}
}
