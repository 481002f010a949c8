package answer

import (
	"strings"
	"testing"
)

// TestFirstBulletWholeCount: "how many X" in all is answered by the
// total, not by a part of it counted after ("1,300 of the icons are in
// Kazan"), though the part answers a question of how many of them.
func TestFirstBulletWholeCount(t *testing.T) {
	src := Citation{N: 1, ArticleID: "icons", Title: "Museums to restore icons", Lang: "en",
		Passage: "KAZAN - The Hermitage and the Walters Art Museum will jointly restore about 2,100 Greek and Old Russian icons from their storerooms, the museums said on Monday at a meeting in Kazan. " +
			"The work will take four years. " +
			"About 1,300 of the icons are in Saint Petersburg and about 800 in Baltimore."}
	ru := Citation{N: 1, ArticleID: "icons-ru", Title: "Музеи отреставрируют иконы", Lang: "ru",
		Passage: "КАЗАНЬ. Эрмитаж и Художественный музей Уолтерс совместно отреставрируют около 2100 православных икон из своих запасников, сообщили музеи в понедельник. " +
			"Работа займёт четыре года. " +
			"Около 1300 из этих икон хранятся в Санкт-Петербурге, около 800 — в Балтиморе."}
	tests := []struct {
		q, lang string
		src     Citation
		first   string
	}{
		{"How many icons will the two museums restore?", "en", src, "2,100"},
		{"Сколько икон отреставрируют музеи?", "ru", ru, "2100"},
		{"How many of the icons are in Saint Petersburg?", "en", src, "1,300"},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			q := extractive("Intro:", tc.q, tc.lang, []Citation{tc.src})
			if first := firstBulletOf(q.text); !strings.Contains(first, tc.first) {
				t.Errorf("first bullet %q does not hold %q; answer:\n%s", first, tc.first, q.text)
			}
		})
	}
}

// TestFirstBulletSizeOfNoun: "how big is the loan" is answered by the
// number standing by the loan, not by the lead's count of something
// else.
func TestFirstBulletSizeOfNoun(t *testing.T) {
	en := Citation{N: 1, ArticleID: "loan", Title: "Museums to restore icons", Lang: "en",
		Passage: "KAZAN - The Hermitage and the Walters Art Museum will jointly restore about 2,100 Orthodox icons from their storerooms, the museums said on Monday at a meeting in Kazan. " +
			"The work will be paid for by a $2.4 million loan from a Tatar bank and should end in 2030."}
	ru := Citation{N: 1, ArticleID: "loan-ru", Title: "Музеи отреставрируют иконы", Lang: "ru",
		Passage: "КАЗАНЬ. Эрмитаж и Художественный музей Уолтерс совместно отреставрируют около 2100 православных икон из своих запасников, сообщили музеи в понедельник. " +
			"Работу оплатит татарский банк, выдавший кредит в 2,4 миллиона долларов."}
	for _, tc := range []struct {
		q, lang string
		src     Citation
		first   string
	}{
		{"How big is the loan for the icon restoration by the Hermitage and the Walters Art Museum?", "en", en, "$2.4 million"},
		{"Каков размер кредита на реставрацию икон Эрмитажа и музея Уолтерс?", "ru", ru, "2,4 миллиона"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			q := extractive("Intro:", tc.q, tc.lang, []Citation{tc.src})
			if first := firstBulletOf(q.text); !strings.Contains(first, tc.first) {
				t.Errorf("first bullet %q does not hold %q; answer:\n%s", first, tc.first, q.text)
			}
		})
	}
}
