package answer

import (
	"strings"
	"testing"
)

// TestFirstBulletFrequency: "how often" is answered by a frequency, which
// need not hold a digit ("inspected weekly"), also when asked in another
// language in words the lexicon does not translate.
func TestFirstBulletFrequency(t *testing.T) {
	src := Citation{Lang: "en", Title: "Norway and Sweden reopen a border crossing",
		Passage: "KIRKENES - Norway and Sweden agreed on Monday to reopen a border crossing near the fjord, closed since 2021, after a day of talks in Kirkenes. " +
			"Colonel Arne Dahl of the Norwegian border guard led the Norwegian team. " +
			"Dahl said the crossing would be inspected weekly and that both sides would share their logs."}
	for _, tc := range []struct{ q, lang string }{
		{"Как часто будут проверять пограничный переход между Норвегией и Швецией?", "ru"},
		{"How often will the Norway-Sweden border crossing be inspected?", "en"},
		{"Bao lâu một lần cửa khẩu biên giới Na Uy - Thụy Điển sẽ được kiểm tra?", "vi"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			if got := firstBullet(t, tc.q, tc.lang, src); !strings.Contains(got, "weekly") {
				t.Errorf("first bullet %q, want the sentence that says how often", got)
			}
		})
	}
}

// TestFrequencyRE: a frequency is told by its own words, not by any
// period ("after a day of talks" is no frequency).
func TestFrequencyRE(t *testing.T) {
	for s, want := range map[string]bool{
		"The line will be tested monthly.":                  true,
		"The group meets every three months.":               true,
		"Aeroflot plans three flights a week to New York.":  true,
		"Рейсы будут выполняться два раза в неделю.":        true,
		"Совещания проходят ежеквартально.":                 true,
		"Hãng sẽ khai thác bảy chuyến mỗi tuần.":            true,
		"They agreed after a day of talks in Geneva.":       false,
		"В день визита министр встретился с послом.":        false,
		"Một ngày sau, hai bên ký thỏa thuận.":              false,
		"The talks lasted seven hours and ended on Friday.": false,
	} {
		if got := frequencyRE.MatchString(s); got != want {
			t.Errorf("frequencyRE(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestFirstBulletRate: "how many a week" is answered by the amount given
// for a week, not by the story's lead on the same applications.
func TestFirstBulletRate(t *testing.T) {
	src := Citation{Lang: "ru", Title: "Генконсульство Норвегии в Мурманске возобновит выдачу виз",
		Passage: "МУРМАНСК, 3 марта. Генконсульство Норвегии в Мурманске с 15 апреля возобновит приём заявлений на визы, в том числе рабочие и студенческие. Об этом в понедельник объявил консул Норвегии Ула Хансен.\n\n" +
			"По словам консула, на первом этапе визовый отдел сможет рассматривать около 300 заявлений в неделю. Запись будет вестись через сайт консульства, а очередь, по оценке дипломата, составит «несколько недель».\n\n" +
			"«Это не означает возврата к прежнему, но люди снова смогут подать документы в своём городе», — сказал Хансен.\n\n" +
			"С 2022 года жителям Мурманска приходилось обращаться за визами в Москве или Петербурге."}
	q := "How many visa applications a week will the Norwegian consulate in Murmansk handle?"
	if got := firstBullet(t, q, "en", src); !strings.Contains(got, "300") {
		t.Errorf("first bullet %q, want the sentence with the weekly number", got)
	}
	// Among several sources the lead's date ("с 15 апреля") must not
	// pass for the number asked: only the weekly one answers.
	for _, c := range scored(q, "en", []Citation{src}) {
		if want := strings.Contains(c.text, "300"); c.typed != want {
			t.Errorf("%q answers %v, want %v", c.text, c.typed, want)
		}
	}
}
