package answer

import (
	"strings"
	"testing"
)

// TestRepresentativeIsARole: a representative is an office like an
// envoy (roleRE), in vi/en/ru: "tân Đại diện thường trực của Nga tại
// Liên hợp quốc Vadim Nesterenko" names who holds it.
func TestRepresentativeIsARole(t *testing.T) {
	for _, s := range []string{
		"The talks were led by the U.S. trade representative.",
		"Đại diện thường trực của Chile tại Liên hợp quốc phát biểu.",
		"Постоянный представитель Чили при ООН выступил первым.",
	} {
		if !roleRE.MatchString(s) {
			t.Errorf("no role found in %q", s)
		}
	}
	// A representative of a group, or a mission, names no one.
	for _, s := range []string{
		"Representatives of both services met five times.",
		"В Астане прошли встречи представителей спецслужб.",
		"Vụ này phụ trách các cơ quan đại diện ngoại giao.",
	} {
		if roleRE.MatchString(s) {
			t.Errorf("a role found in %q", s)
		}
	}
}

// TestSeasonBoundIsADate: a deadline or a start given by a season is a
// date in any case Russian declines it ("до конца весны", "к началу
// лета", "с осени") and in English ("by the end of summer").
func TestSeasonBoundIsADate(t *testing.T) {
	for _, s := range []string{
		"Минск ждёт ответа на своё предложение до конца весны.",
		"Работы планируется завершить к началу лета.",
		"Новые правила действуют с осени.",
		"The pipeline should be repaired by the end of summer.",
	} {
		if !qWhen.answers(s) {
			t.Errorf("no date found in %q", s)
		}
	}
	// Years ("лет") are no season.
	if s := "Договор действует уже десять лет."; qWhen.answers(s) {
		t.Errorf("a date found in %q", s)
	}
}

// TestAskedByItsNoun: a question may ask for a place or a length of
// time by the noun of what it asks ("tại địa điểm nào", "which venue",
// "в каком месте"; "Какова продолжительность", "what was the
// duration"), with no "where" or "how long".
func TestAskedByItsNoun(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want qType
	}{
		{"Hai bên ký thỏa thuận tại địa điểm nào ở Hà Nội?", qWhere},
		{"Hai ben ky thoa thuan tai dia diem nao o Ha Noi?", qWhere},
		{"At which venue in Geneva did the envoys meet?", qWhere},
		{"В каком месте Вены прошли переговоры?", qWhere},
		{"Какова продолжительность визита министра?", qHowMany},
		{"What was the duration of the minister's visit?", qHowMany},
	} {
		if got := answerType(tc.q); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestPlaceAskedInACity: "at which place in Hanoi" is answered by the
// place in the city, not by the sentence that names only the city.
func TestPlaceAskedInACity(t *testing.T) {
	src := Citation{Lang: "vi", Title: "Chile và Argentina ký thỏa thuận nghề cá",
		Passage: "Ngày 4/5, Bộ trưởng Chile Pablo Soto và Bộ trưởng Argentina Luis Vera đã ký thỏa thuận nghề cá tại thủ đô Hà Nội của Việt Nam. " +
			"Lễ ký diễn ra tại Nhà khách Chính phủ, do Bộ trưởng nước chủ nhà chủ trì. " +
			"Thỏa thuận có hiệu lực trong năm năm."}
	for _, q := range []string{
		"Hai bộ trưởng ký thỏa thuận tại địa điểm nào ở Hà Nội?",
	} {
		if got := firstBullet(t, q, "vi", src); !strings.Contains(got, "Nhà khách") {
			t.Errorf("%s: first bullet %q, want the sentence naming the place", q, got)
		}
	}
}

// TestChargeAfterYearAndTerm: a Russian verdict may give its year and
// its term before the charge ("осуждённого в 2019 году на семь лет
// колонии строгого режима за шпионаж"); the charge is still named.
func TestChargeAfterYearAndTerm(t *testing.T) {
	for _, s := range []string{
		"Москва передала бывшего военного Джона Смита, осуждённого в 2019 году на семь лет колонии строгого режима за шпионаж.",
		"Его приговорили в 2021 году в Казани к пяти годам заключения за контрабанду.",
	} {
		if !chargeRE.MatchString(s) {
			t.Errorf("no charge found in %q", s)
		}
	}
}

// TestSpeakerNamedInAnotherScript: "what did Marilyn Hoffman say" is
// answered by what "Мэрилин Хоффман" said in a Russian report, though
// neither name romanizes back letter for letter ("merilin",
// "khoffman"), and by her words after "По её словам" when the sentence
// before names her.
func TestSpeakerNamedInAnotherScript(t *testing.T) {
	src := Citation{Lang: "ru", Title: "Переговоры по рыболовству в Женеве",
		Passage: "Переговоры продолжались два дня. " +
			"Делегацию США возглавляла Мэрилин Хоффман из министерства торговли. " +
			"По её словам, Россия «затягивает переговоры без всякой причины»."}
	for _, tc := range []struct{ q, lang string }{
		{"Bà Marilyn Hoffman nói gì về Nga?", "vi"},
		{"What did Marilyn Hoffman say about Russia?", "en"},
	} {
		if got := firstBullet(t, tc.q, tc.lang, src); !strings.Contains(got, "затягивает") {
			t.Errorf("%s: first bullet %q, want her words", tc.q, got)
		}
	}
}

// TestWhoIsNamedPerson: "who is X" asks what X is: the sentence that
// names X with what he does leads, not one giving another person's role.
func TestWhoIsNamedPerson(t *testing.T) {
	src := Citation{Lang: "en", Title: "Treasury sanctions a shipping network",
		Passage: "WASHINGTON - The Treasury on Monday sanctioned six companies in Chile and Peru. " +
			"Anna Petrova, a spokeswoman for the Russian embassy, called the move unlawful. " +
			"Those sanctioned include Chilean shipowner Tomás Ruiz, who Treasury said ran two of the companies from Valparaíso. " +
			"Their assets in the United States are frozen."}
	for _, tc := range []struct{ q, lang string }{
		{"Who is Tomás Ruiz?", "en"},
		{"Tomás Ruiz là ai?", "vi"},
		{"Кто такой Tomás Ruiz?", "ru"},
	} {
		if got := firstBullet(t, tc.q, tc.lang, src); !strings.Contains(got, "shipowner") {
			t.Errorf("%s: first bullet %q, want the sentence on him", tc.q, got)
		}
	}
	for _, q := range []string{"Who is Tomás Ruiz?", "Кто такая Анна Петрова?", "Ông Igor Zorin là ai?"} {
		if !identityQuestionRE.MatchString(q) {
			t.Errorf("%q not read as asking who someone is", q)
		}
	}
	for _, q := range []string{"Who is the new ambassador?", "Who is Russia's envoy to Chile?", "Ai là đại sứ mới?"} {
		if identityQuestionRE.MatchString(q) {
			t.Errorf("%q read as asking who a named person is", q)
		}
	}
}

// TestWhereAndWhen: "where and when" is answered by a sentence that
// gives both; one with a date only is not of the kind asked.
func TestWhereAndWhen(t *testing.T) {
	const dateOnly = "Soto said trade between Chile and Peru grew by 9 percent in 2025 ahead of the summit."
	passage := "LIMA - The foreign ministers of Chile and Peru agreed on Monday, March 2, to prepare a summit of their presidents in Arica in October. " + dateOnly
	for _, c := range scored("Where and when will the Chile-Peru summit take place?", "en", []Citation{{N: 1, Lang: "en", Passage: passage}}) {
		if want := c.text != dateOnly; c.typed != want {
			t.Errorf("%q: typed %v, want %v", c.text, c.typed, want)
		}
	}
}

// TestStartToldByItsVerb: "from what date does it take effect" is
// answered by the date its start is told with, by a verb as well as by
// "from" ("вступит в силу 1 мая", "takes effect on May 1").
func TestStartToldByItsVerb(t *testing.T) {
	bound := periodBound("С какого числа вступает в силу новый тариф?")
	if bound == nil {
		t.Fatal("no bound read")
	}
	for _, s := range []string{
		"Новый тариф вступит в силу 1 мая.",
		"Тариф начнёт действовать 1 мая.",
		"The new tariff takes effect on May 1.",
		"Biểu thuế mới có hiệu lực ngày 1/5.",
	} {
		if !bound.MatchString(s) {
			t.Errorf("no start found in %q", s)
		}
	}
}

// TestPluralRoleNamesNoOne: "a meeting of the two presidents" names
// no one who did what is asked; "hosted by Foreign Minister X" does.
func TestPluralRoleNamesNoOne(t *testing.T) {
	const q = "Who hosted the talks in Quito?"
	passage := "The ministers agreed in Quito to prepare a meeting of the two presidents in the second half of June. " +
		"The talks were hosted by Ecuadorian Foreign Minister Pablo Mena."
	src := []Citation{{N: 1, Lang: "en", Passage: passage}}
	terms := stemmedTerms(answerTerms(queryTerms(q, "en")))
	terms.markSpecific(q, "en", src)
	for _, c := range scored(q, "en", src) {
		if want := strings.Contains(c.text, "Pablo Mena"); namesSomeone(&c, terms) != want {
			t.Errorf("%q: names someone %v, want %v", c.text, !want, want)
		}
	}
}
