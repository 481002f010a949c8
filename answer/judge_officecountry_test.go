package answer

import (
	"testing"
	"time"
)

// officeCountryArticles: a lab tour told by a lawmaker and the ministry
// as a body, by the minister herself, and by another country's minister;
// a lab visit told by a US health official below the secretary, and by
// the secretary, in vi/en/ru.
var officeCountryArticles = map[string]Citation{
	"en-ministry": {Title: "Uzbek lawmakers tour Tashkent virus lab", Lang: "en", Published: time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC),
		Passage: "TASHKENT - Eleven members of Uzbekistan's parliament toured the Republican Virology Centre in Tashkent on Tuesday, after claims on Russian television that the U.S.-funded lab made weapons. " +
			"\"Every room was opened for us,\" said Nodira Yusupova, who led the lawmakers. " +
			"The lab was handed to Uzbekistan's health ministry in 2018, the ministry said in a statement."},
	"en-minister": {Title: "Uzbek lawmakers tour Tashkent virus lab", Lang: "en", Published: time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC),
		Passage: "TASHKENT - Eleven members of Uzbekistan's parliament toured the Republican Virology Centre in Tashkent on Tuesday, after claims on Russian television that the U.S.-funded lab made weapons. " +
			"Uzbekistan's Health Minister Dilbar Karimova, who joined the tour, said the lab worked only on vaccines."},
	"en-other-minister": {Title: "Uzbek lawmakers tour Tashkent virus lab", Lang: "en", Published: time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC),
		Passage: "TASHKENT - Eleven members of Uzbekistan's parliament toured the Republican Virology Centre in Tashkent on Tuesday, after claims on Russian television that the U.S.-funded lab made weapons. " +
			"Tajikistan's Health Minister Firuz Sharipov, who joined the tour, said his country would invite lawmakers to its own lab."},
	"ru-ministry": {Title: "Депутаты Узбекистана посетили лабораторию в Ташкенте", Lang: "ru", Published: time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC),
		Passage: "ТАШКЕНТ, 3 марта. Одиннадцать депутатов парламента Узбекистана посетили во вторник Республиканский центр вирусологии в Ташкенте. " +
			"«Нам открыли все двери», — заявила возглавлявшая группу депутат Нодира Юсупова. " +
			"Минздрав Узбекистана сообщил, что лаборатория работает только над вакцинами."},
	"ru-minister": {Title: "Депутаты Узбекистана посетили лабораторию в Ташкенте", Lang: "ru", Published: time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC),
		Passage: "ТАШКЕНТ, 3 марта. Одиннадцать депутатов парламента Узбекистана посетили во вторник Республиканский центр вирусологии в Ташкенте. " +
			"Министр здравоохранения Узбекистана Дилбар Каримова заявила, что лаборатория работает только над вакцинами."},
	"en-adviser": {Title: "US experts visit Russian plague institute", Lang: "en", Published: time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC),
		Passage: "SARATOV - Five American experts ended a three-day visit to Russia's Mikrob plague research institute in Saratov on Wednesday. " +
			"\"We saw what we came to see,\" said Dr. Alan Whitby, a senior adviser at the Department of Health and Human Services, who led the team."},
	"en-secretary": {Title: "US experts visit Russian plague institute", Lang: "en", Published: time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC),
		Passage: "SARATOV - Five American experts ended a three-day visit to Russia's Mikrob plague research institute in Saratov on Wednesday. " +
			"Health and Human Services Secretary Karen Doyle said in Washington the visit had been useful."},
	"vi-adviser": {Title: "Chuyên gia Mỹ thăm viện nghiên cứu dịch hạch của Nga", Lang: "vi", Published: time.Date(2026, 5, 15, 0, 0, 0, 0, time.UTC),
		Passage: "Năm chuyên gia Mỹ đã kết thúc chuyến thăm ba ngày tới viện nghiên cứu dịch hạch Mikrob ở Saratov. " +
			"Ông Alan Whitby, cố vấn cấp cao của Bộ Y tế Mỹ, cho biết đoàn đã thấy những gì cần thấy."},
	"vi-secretary": {Title: "Chuyên gia Mỹ thăm viện nghiên cứu dịch hạch của Nga", Lang: "vi", Published: time.Date(2026, 5, 15, 0, 0, 0, 0, time.UTC),
		Passage: "Năm chuyên gia Mỹ đã kết thúc chuyến thăm ba ngày tới viện nghiên cứu dịch hạch Mikrob ở Saratov. " +
			"Bộ trưởng Y tế Mỹ Karen Doyle cho biết chuyến thăm rất hữu ích."},
}

// TestJudgeOfficeOfCountry: "X's health minister", "Bộ trưởng Y tế Mỹ",
// "министр здравоохранения Узбекистана" name the speaker by an office of
// a country. A story that quotes a lawmaker, an adviser of the ministry
// or the ministry as a body, and never writes that office, does not tell
// what its holder said, whatever the country; nor does another country's
// minister. Before, only an office of Russia or the United States was
// held to that, and a name after the saying verb ("after the visit to
// Mikrob") was taken for a second speaker, which left the office unjudged.
func TestJudgeOfficeOfCountry(t *testing.T) {
	for _, tc := range []struct {
		q, lang, article string
		answerable       bool
	}{
		{"What did Uzbekistan's health minister say during the lawmakers' tour of the Tashkent lab?", "en", "en-minister", true},
		{"What did Uzbekistan's health minister say during the lawmakers' tour of the Tashkent lab?", "en", "en-ministry", false},
		{"What did Uzbekistan's health minister say during the lawmakers' tour of the Tashkent lab?", "en", "en-other-minister", false},
		{"Что сказал министр здравоохранения Узбекистана о лаборатории в Ташкенте?", "ru", "ru-minister", true},
		{"Что сказал министр здравоохранения Узбекистана о лаборатории в Ташкенте?", "ru", "ru-ministry", false},
		{"What did the US health secretary say after the visit to the Mikrob institute?", "en", "en-secretary", true},
		{"What did the US health secretary say after the visit to the Mikrob institute?", "en", "en-adviser", false},
		{"Bộ trưởng Y tế Mỹ nói gì sau chuyến thăm viện Mikrob?", "vi", "vi-secretary", true},
		{"Bộ trưởng Y tế Mỹ nói gì sau chuyến thăm viện Mikrob?", "vi", "vi-adviser", false},
		{"Bộ trưởng Y tế Mỹ nói gì sau chuyến thăm viện Mikrob?", "vi", "en-adviser", false},
	} {
		t.Run(tc.article+" "+tc.q, func(t *testing.T) {
			c := officeCountryArticles[tc.article]
			c.N, c.ArticleID = 1, tc.article
			v := judge(tc.q, tc.lang, []Citation{c})
			if v.Answerable != tc.answerable {
				t.Fatalf("answerable = %v, want %v (%s; constraints %v)", v.Answerable, tc.answerable, v.Reason(), v.Constraints)
			}
		})
	}
}

// TestJudgeHeldOfficeOfCountry: a question of any kind that names its
// subject by a country's office ("When did Uzbekistan's health minister
// visit the lab in Tashkent?") is met where the story writes that office
// of that country, not by a story of the same tour that names only the
// ministry, nor by another country's minister on it.
func TestJudgeHeldOfficeOfCountry(t *testing.T) {
	for _, tc := range []struct {
		q, lang, article string
		answerable       bool
	}{
		{"When did Uzbekistan's health minister visit the virology lab in Tashkent?", "en", "en-minister", true},
		{"When did Uzbekistan's health minister visit the virology lab in Tashkent?", "en", "en-ministry", false},
		{"When did Uzbekistan's health minister visit the virology lab in Tashkent?", "en", "en-other-minister", false},
		{"Когда министр здравоохранения Узбекистана посетил центр вирусологии в Ташкенте?", "ru", "ru-minister", true},
		{"Когда министр здравоохранения Узбекистана посетил центр вирусологии в Ташкенте?", "ru", "ru-ministry", false},
	} {
		t.Run(tc.article+" "+tc.q, func(t *testing.T) {
			c := officeCountryArticles[tc.article]
			c.N, c.ArticleID = 1, tc.article
			v := judge(tc.q, tc.lang, []Citation{c})
			if v.Answerable != tc.answerable {
				t.Fatalf("answerable = %v, want %v (%s; constraints %v)", v.Answerable, tc.answerable, v.Reason(), v.Constraints)
			}
		})
	}
}
