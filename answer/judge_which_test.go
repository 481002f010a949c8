package answer

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// whichArticles are short original texts that speak of the thing a
// "which <noun>" question asks about, some giving it (a name, a sum, a
// term) and some only its kind: "a commercial bank", "một tờ báo Nga",
// "сумма не раскрывается".
var whichArticles = map[string]Citation{
	"bank-named": {Title: "Embassies get a bank", Lang: "en", Published: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC),
		Passage: "OSLO - Russian and American diplomats agreed on Monday that embassy staff may open accounts at Nordlandbank, a small commercial bank in Oslo. " +
			"Staff had been paid in cash for two years."},
	"bank-unnamed": {Title: "Embassies get a bank", Lang: "en", Published: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC),
		Passage: "OSLO - Russian and American diplomats agreed on Monday, according to a Foreign Office note, that embassy staff may open accounts at one commercial bank. " +
			"Staff had been paid in cash for two years."},
	"court-city": {Title: "Court jails US citizen", Lang: "en", Published: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC),
		Passage: "A Moscow court on Monday sentenced U.S. citizen Paul Reed to four years for smuggling."},
	"court-country": {Title: "Court jails US citizen", Lang: "en", Published: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC),
		Passage: "A Russian court on Monday sentenced U.S. citizen Paul Reed to four years for smuggling."},
	"court-other": {Title: "Two men sentenced", Lang: "en", Published: time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC),
		Passage: "A court in Ohio sentenced Peter Holt to six years for smuggling microchips to Russia. " +
			"Mark Dunn, charged in the same case, was sentenced in Texas last year."},
	"vi-court": {Title: "Trao đổi tù nhân", Lang: "vi", Published: time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC),
		Passage: "Một tòa án ở Yekaterinburg đã kết án nhà báo Ethan Hart 8 năm tù. " +
			"Công dân Nga Ivan Sokol bị kết án tại bang Texas vì vi phạm quy định xuất khẩu."},
	"ru-court": {Title: "Обмен заключёнными", Lang: "ru", Published: time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC),
		Passage: "Свердловский областной суд приговорил американца Итана Харта к восьми годам колонии. " +
			"Россиянин Иван Сокол был осуждён в Техасе за нарушение экспортного контроля."},
	"ru-paper-named": {Title: "Обмен в Будапеште", Lang: "ru", Published: time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC),
		Passage: "Россия и США провели обмен заключёнными в Будапеште. Об обмене первой сообщила газета «Северный курьер»."},
	"ru-paper-unnamed": {Title: "Обмен в Будапеште", Lang: "ru", Published: time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC),
		Passage: "Россия и США провели обмен заключёнными в Будапеште. Об обмене первой сообщила одна из американских газет."},
	"term-given": {Title: "Court sentences Dunn", Lang: "en", Published: time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC),
		Passage: "A court in Ohio sentenced Mark Dunn to six years in prison for smuggling microchips to Russia. " +
			"His lawyer said he would appeal."},
	"term-other": {Title: "Two men sentenced", Lang: "en", Published: time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC),
		Passage: "A court in Ohio sentenced Peter Holt to six years in prison for smuggling microchips to Russia. " +
			"Mark Dunn, charged in the same case, was also sentenced by the court in Ohio. His lawyer said he would appeal."},
	"deal-until": {Title: "Cross-flight deal extended", Lang: "en", Published: time.Date(2026, 7, 15, 0, 0, 0, 0, time.UTC),
		Passage: "NASA and Roscosmos extended their cross-flight deal until 2028 on Tuesday."},
	"fine": {Title: "Court fines US citizen", Lang: "en", Published: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC),
		Passage: "A court in Kazan fined U.S. citizen Paul Reed $5,000 for a visa violation."},
	"fine-unstated": {Title: "Court punishes US citizen", Lang: "en", Published: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC),
		Passage: "A court in Kazan punished U.S. citizen Paul Reed for a visa violation on Monday."},
	"daily-named": {Title: "US reporter freed", Lang: "en", Published: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC),
		Passage: "David Hart, a reporter for the Chicago Ledger daily, was freed on Tuesday after 14 months in custody."},
	"daily-placed": {Title: "US reporter freed", Lang: "en", Published: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC),
		Passage: "David Hart, a reporter for a business daily in Chicago, was freed on Tuesday after 14 months in custody."},
	"ru-ship": {Title: "Экспедиция в Чукотское море", Lang: "ru", Published: time.Date(2026, 5, 20, 0, 0, 0, 0, time.UTC),
		Passage: "Учёные выйдут в Чукотское море в августе. Работы будут вестись на российском корабле «Академик Лаврентьев»."},
	"ru-bank-accounts": {Title: "Посольства получат банк", Lang: "ru", Published: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC),
		Passage: "ОСЛО, 2 марта. Российские и американские дипломаты договорились, что сотрудники посольств смогут открыть счета в банке «Нордланд»."},
	// The thing asked for named in a sentence of its own, away from the
	// lead that carries the question's terms.
	"ru-ship-apart": {Title: "Экспедиция в Арктику", Lang: "ru", Published: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC),
		Passage: "МАГАДАН, 1 июня. Российские и американские учёные в июле проведут совместную экспедицию в Арктику. " +
			"Экспедиция продлится 40 дней. Работы будут вестись на судне «Профессор Хромов», которое выйдет из Магадана 3 июля."},
	"ru-ship-apart-unnamed": {Title: "Экспедиция в Арктику", Lang: "ru", Published: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC),
		Passage: "МАГАДАН, 1 июня. Российские и американские учёные в июле проведут совместную экспедицию в Арктику. " +
			"Экспедиция продлится 40 дней. Работы будут вестись на научном судне института."},
	"bank-apart": {Title: "Treasury widens grain license", Lang: "en", Published: time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC),
		Passage: "WASHINGTON - The Treasury on Monday widened a license that allows banks to process payments for Russian grain exports. " +
			"The amended license lets foreign banks handle payments through Zernobank, a state lender, until March. " +
			"Until now such payments had to go through banks in third countries."},
	"bank-apart-unnamed": {Title: "Treasury widens grain license", Lang: "en", Published: time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC),
		Passage: "WASHINGTON - The Treasury on Monday widened a license that allows banks to process payments for Russian grain exports. " +
			"The amended license lets foreign banks handle payments through one state lender until March. " +
			"Until now such payments had to go through banks in third countries."},
	"vi-paper-named": {Title: "Phóng viên Mỹ được trả tự do", Lang: "vi", Published: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC),
		Passage: "Ông David Hart, phóng viên của tờ báo Chicago Ledger, đã được trả tự do sau 14 tháng bị giam."},
	"vi-paper-unnamed": {Title: "Phóng viên Mỹ được trả tự do", Lang: "vi", Published: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC),
		Passage: "Ông David Hart, phóng viên của một tờ báo kinh tế ở Chicago, đã được trả tự do sau 14 tháng bị giam."},
	"vi-journalist": {Title: "Phóng viên Mỹ được trả tự do", Lang: "vi", Published: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC),
		Passage: "Nhà báo Mỹ Ethan Hart, phóng viên của một tờ báo kinh tế, đã được trả tự do sau 14 tháng bị giam."},
	"ru-sum-given": {Title: "Рассрочка за газ", Lang: "ru", Published: time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC),
		Passage: "Стороны договорились о рассрочке платежей за газ для компании «Балтэнерго». Сумма рассрочки составит 300 миллионов долларов."},
	"ru-sum-hidden": {Title: "Рассрочка за газ", Lang: "ru", Published: time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC),
		Passage: "Стороны договорились о рассрочке платежей за газ для компании «Балтэнерго». Сумма рассрочки не раскрывается. " +
			"Через хаб будет продаваться до 10 миллиардов кубометров газа в год."},
	"ru-insured-value": {Title: "Скульптуры для Денвера", Lang: "ru", Published: time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC),
		Passage: "Эрмитаж отправит 40 скульптур в Денвер. Перевозку оплатит американская сторона. Страховая стоимость коллекции составляет 90 миллионов долларов."},
	"company-org-name": {Title: "Latvian utility may import Russian turbines", Lang: "en", Published: time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC),
		Passage: "RIGA - The Latvian economy ministry has allowed Baltic Power, a utility in Riga, to import 12 Russian gas turbines this year. " +
			"A spokesman said the waiver was needed for the winter. The turbines will be delivered by Silmash, the engineering arm of the state company Rostec."},
	"ru-term-given": {Title: "Обмен в Вене", Lang: "ru", Published: time.Date(2026, 3, 6, 0, 0, 0, 0, time.UTC),
		Passage: "Россия освободила американца Джона Крейга, которого суд приговорил к девяти годам колонии."},
	"ru-term-other": {Title: "Обмен в Вене", Lang: "ru", Published: time.Date(2026, 3, 6, 0, 0, 0, 0, time.UTC),
		Passage: "Россия освободила американца Джона Крейга, осуждённого за контрабанду. " +
			"Другого американца, Тома Рида, суд приговорил к девяти годам колонии."},
}

// TestJudgeWhichSlot: a "which <noun>" question whose noun asks for a
// name, a sum or a term is answered only by an article that gives one
// where it speaks of the noun (a term: of the person asked about), and
// refused by one that names only the kind of thing.
func TestJudgeWhichSlot(t *testing.T) {
	tests := []struct {
		name, q, lang, article string
		answerable             bool
	}{
		{"bank named", "Which bank will embassy staff use for their accounts?", "en", "bank-named", true},
		{"bank not named", "Which bank will embassy staff use for their accounts?", "en", "bank-unnamed", false},
		{"court named by its city", "Which court sentenced Paul Reed?", "en", "court-city", true},
		{"court named by its country only", "Which court sentenced Paul Reed?", "en", "court-country", false},
		{"court of another person", "Which court sentenced Mark Dunn?", "en", "court-other", false},
		{"court of the person", "Which court sentenced Peter Holt?", "en", "court-other", true},
		{"vi court of another person", "Ông Ivan Sokol bị tòa án nào kết án?", "vi", "vi-court", false},
		{"vi court of the person", "Nhà báo Ethan Hart bị tòa án nào kết án?", "vi", "vi-court", true},
		{"ru court of another person", "Какой суд осудил Ивана Сокола?", "ru", "ru-court", false},
		{"ru court of the person", "Какой суд приговорил Итана Харта?", "ru", "ru-court", true},
		// "Сообщила" makes it a question about saying; the newspaper is
		// still the name asked.
		{"ru which newspaper reported, named", "Какая газета сообщила об обмене?", "ru", "ru-paper-named", true},
		{"ru which newspaper reported, not named", "Какая газета сообщила об обмене?", "ru", "ru-paper-unnamed", false},
		// The term of a deal is told by when it ends; a penalty may be a
		// fine.
		{"term of a deal, until a year", "What is the term of the cross-flight deal between NASA and Roscosmos?", "en", "deal-until", true},
		{"penalty, a fine", "What penalty did the court give Paul Reed?", "en", "fine", true},
		{"penalty not given", "What penalty did the court give Paul Reed?", "en", "fine-unstated", false},
		// The story's word for the kind may not be the question's; a
		// place after it locates the thing and does not name it.
		{"newspaper called a daily", "Which newspaper does David Hart write for?", "en", "daily-named", true},
		{"newspaper only placed", "Which newspaper does David Hart write for?", "en", "daily-placed", false},
		{"ru ship called a корабль", "На каком судне учёные выйдут в Чукотское море?", "ru", "ru-ship", true},
		{"ru bank of the story", "Какой банк откроет счета сотрудникам посольства?", "ru", "ru-bank-accounts", true},
		{"ru ship named in a sentence of its own", "На каком судне учёные пойдут в Арктику?", "ru", "ru-ship-apart", true},
		{"ru ship of its own sentence unnamed", "На каком судне учёные пойдут в Арктику?", "ru", "ru-ship-apart-unnamed", false},
		{"bank named after the lead", "Through which bank can grain payments go under the Treasury license?", "en", "bank-apart", true},
		{"bank after the lead unnamed", "Through which bank can grain payments go under the Treasury license?", "en", "bank-apart-unnamed", false},
		{"vi bank named after the lead", "Giấy phép của Bộ Tài chính Mỹ cho phép thanh toán tiền ngũ cốc qua ngân hàng nào?", "vi", "bank-apart", true},
		{"term given", "What prison sentence did the court give Mark Dunn?", "en", "term-given", true},
		{"term of another person", "What prison sentence did the court give Mark Dunn?", "en", "term-other", false},
		{"vi newspaper named", "Ông David Hart là phóng viên của tờ báo nào?", "vi", "vi-paper-named", true},
		{"vi newspaper not named", "Ông David Hart là phóng viên của tờ báo nào?", "vi", "vi-paper-unnamed", false},
		// "Nhà báo" (journalist) holds the syllable "báo" and is no
		// newspaper.
		{"vi journalist is no newspaper", "Ông Hart là phóng viên của tờ báo nào?", "vi", "vi-journalist", false},
		{"ru sum given", "Какова сумма рассрочки платежей за газ для компании «Балтэнерго»?", "ru", "ru-sum-given", true},
		{"ru sum not disclosed", "Какова сумма рассрочки платежей за газ для компании «Балтэнерго»?", "ru", "ru-sum-hidden", false},
		{"ru term given", "К какому сроку суд приговорил Джона Крейга?", "ru", "ru-term-given", true},
		{"ru term of another person", "К какому сроку суд приговорил Джона Крейга?", "ru", "ru-term-other", false},
		// The question's prefixed verb ("застрахованы") is the story's
		// unprefixed adjective ("страховая"): the sum is there.
		{"ru sum asked with a prefixed verb", "На какую сумму застрахованы скульптуры для Денвера?", "ru", "ru-insured-value", true},
		// A two-word company name is no person's: the supplier is named
		// in a sentence that does not name the buyer.
		{"company for a company", "Which company will deliver gas turbines for Baltic Power?", "en", "company-org-name", true},
		// A noun of no listed kind asks for a description: no slot.
		{"no kind, no slot", "Which accounts may embassy staff open?", "en", "bank-unnamed", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := whichArticles[tc.article]
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

// TestWhichHead: the head noun and the kind of filler it asks for.
func TestWhichHead(t *testing.T) {
	for q, want := range map[string]fillKind{
		"Which commercial bank will the embassies use?":         fillName,
		"What prison sentence did the court give him?":          fillDuration,
		"What was the cost of the new embassy building?":        fillMoney,
		"Which expert groups did the sides set up?":             fillNone,
		"What are the companies accused of?":                    fillNone,
		"What is the bank known for?":                           fillNone,
		"Under which agreement do the sides notify each other?": fillNone,
		"Какова сумма отсрочки платежей?":                       fillMoney,
		"На каком судне учёные пойдут в море?":                  fillName,
		"За какое время стороны обязались ответить?":            fillDuration,
		"Какие вопросы подняла российская сторона?":             fillNone,
		"Какой журналист был освобождён?":                       fillNone,
		"В каком центре прошли переговоры?":                     fillNone,
		"Какую цену назвал посол?":                              fillMoney,
		"В каком суде слушалось дело?":                          fillName,
		"Anton Yeremin sẽ bay lên ISS từ bãi phóng nào?":        fillName,
		"Ong Caldwell lam phong vien cho to bao nao?":           fillNone,
		"Ông Caldwell làm phóng viên cho tờ báo nào?":           fillName,
	} {
		if got := whichHead(q, nil).kind; got != want {
			t.Errorf("whichHead(%q) = %v, want %v", q, got, want)
		}
	}
}

// FuzzJudgeTyped: whatever the question and the passage, the typed
// slot, the speaker's office and the side of the topic are judged
// without a panic, and a refusal names what is unmet.
func FuzzJudgeTyped(f *testing.F) {
	f.Add("Which commercial bank will the embassies use?", "en", "They agreed on one designated commercial bank, Nordlandbank.")
	f.Add("Какова сумма отсрочки платежей за газ для BOTAŞ?", "ru", "Сумма отсрочки не раскрывается. «Балтэнерго» заплатит 5 млн долларов.")
	f.Add("Ông Caldwell làm phóng viên cho tờ báo nào?", "vi", "Ông Caldwell, phóng viên của tờ báo «Kinh tế», 38 tuổi.")
	f.Add("What did Russia's deputy foreign minister say?", "en", "Russian Deputy Foreign Minister Pavel Orlov said it was late.")
	f.Add("Кто посол США в Кении?", "ru", "Ранее Хейл был послом США в Кении.")
	f.Add("which which which", "en", "Which, which. «")
	f.Fuzz(func(t *testing.T, q, lang, passage string) {
		if !utf8.ValidString(q) || !utf8.ValidString(passage) {
			t.Skip("questions and the corpus are valid UTF-8")
		}
		v := judge(q, lang, []Citation{{N: 1, ArticleID: "a", Lang: lang, Title: "t", Passage: passage}})
		if !v.Answerable && len(v.Unmet) == 0 {
			t.Fatalf("refused with nothing unmet: %+v", v)
		}
	})
}
