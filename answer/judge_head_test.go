package answer

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestJudgeAskedHead: fresh questions (written for this rule, phrased
// unlike the eval files) that ask for a thing by its head noun, in twins:
// a head the article speaks of, answerable, and one it never mentions,
// which the judge must refuse however many of the question's other
// words the article holds.
func TestJudgeAskedHead(t *testing.T) {
	const (
		india = "eval3/articles/ev3-en-india-russia-space.md"
		delhi = "eval4/articles/ev4-en-delhi-flights.md"
		cairo = "eval4/articles/ev4-en-cairo-black-sea.md"
		kair  = "eval4/articles/ev4-ru-cairo-black-sea.md"
		vizy  = "eval2/articles/ev2-ru-vizy-moskva.md"
		tomsk = "eval4/articles/ev4-vi-tomsk-student-exchange.md"
		lng   = "eval3/articles/ev3-en-arctic-lng-sanctions.md"
		scan  = "eval4/articles/ev4-en-scanner-licence.md"
	)
	tests := []struct {
		lang, q    string
		articles   []string
		answerable bool
	}{
		{"en", "Which simulator will the Indian trainees work in?", []string{india}, true},
		{"en", "Which rocket will take the four Indian astronauts up?", []string{india}, false},
		{"en", "what salary do the indian astronauts get while training near moscow", []string{india}, false},
		{"en", "what schedule do the doubled india-russia flights start with", []string{delhi}, true},
		{"en", "What aircraft will Russian airlines fly on the new Delhi routes?", []string{delhi}, false},
		// The story in two languages: the English report names no
		// encryption, so the Russian one, where the word has no
		// translation to look for, does not give it either.
		{"en", "On the Cairo hotline, what encryption will the messages use?", []string{cairo, kair}, false},
		{"ru", "Какие премии выросли втрое с лета?", []string{kair}, true},
		{"ru", "Какую частоту будет использовать горячая линия в Чёрном море?", []string{kair}, false},
		{"ru", "Какие визы снова начнёт оформлять посольство США в Москве?", []string{vizy}, true},
		{"ru", "Какой сбор придётся заплатить за визу в посольстве США в Москве?", []string{vizy}, false},
		{"vi", "Sinh viên được miễn khoản phí nào?", []string{tomsk}, true},
		{"vi", "Đại học Tomsk ký thỏa thuận với liên minh các trường nào của Mỹ?", []string{tomsk}, true},
		{"vi", "Sinh viên Mỹ sang Tomsk sẽ ở ký túc xá nào?", []string{tomsk}, false},
		{"vi", "Sinh viên trao đổi được cấp loại học bổng nào?", []string{tomsk}, false},
		{"en", "what kind of aircraft will russian carriers put on the delhi routes", []string{delhi}, false},
		{"vi", "Sinh vien My sang Tomsk se o ky tuc xa nao?", []string{tomsk}, false},
		{"vi", "Sinh vien duoc mien khoan phi nao?", []string{tomsk}, true},
		// A speech act is reported by a verb ("insisted that"); a
		// generic head of two syllables is that head, not its last one.
		{"en", "What demand does Russia still make before a wider truce at sea?", []string{cairo}, true},
		{"vi", "Trở ngại lớn nhất trong đàm phán Tomsk - Wisconsin là vấn đề nào?", []string{tomsk}, true},
		// A count per a unit of time: the unit must be a rate in a
		// sentence with a number, not a period ("every six weeks").
		{"en", "how many flights a week can each country's airlines run under the new deal with india", []string{delhi}, true},
		{"en", "How many flights a day will connect Kazan and Delhi?", []string{delhi}, false},
		{"ru", "Сколько заявлений в неделю сможет рассматривать консульский отдел?", []string{vizy}, true},
		{"ru", "Сколько собеседований в день будет проводить посольство США в Москве?", []string{vizy}, false},
		{"vi", "Theo thỏa thuận ở New Delhi, mỗi tuần hãng bay mỗi nước được khai thác bao nhiêu chuyến?", []string{delhi}, true},
		{"vi", "Mỗi năm mỗi bên gửi bao nhiêu sinh viên sang trường đối tác?", []string{tomsk}, false},
		// A head naming the answer's type is not looked for: the story
		// gives the city, the currency, the post, not the word.
		{"en", "In which currency will India pay Roscosmos?", []string{india}, true},
		{"ru", "Какую должность занимает Раджунатхан?", []string{india}, true},
		// A hypernym: the story names the thing by a narrower word
		// ("ship transponders", "the Commerce Department").
		{"en", "What equipment did the sanctioned LNG carriers switch off?", []string{lng}, true},
		{"en", "Which agency granted Larkfield its export licence?", []string{scan}, true},
		{"ru", "Какое ведомство выдало лицензию компании Larkfield?", []string{scan}, true},
		{"vi", "Cơ quan nào của Mỹ cấp giấy phép cho Larkfield?", []string{scan}, true},
	}
	for _, tc := range tests {
		t.Run(tc.lang+"/"+tc.q, func(t *testing.T) {
			var cs []Citation
			for _, a := range tc.articles {
				cs = append(cs, evalArticle(t, a))
			}
			v := judge(tc.q, tc.lang, cs)
			if v.Answerable != tc.answerable {
				t.Errorf("answerable = %v, want %v (%s; constraints %v)", v.Answerable, tc.answerable, v.Reason(), v.Constraints)
			}
		})
	}
}

// TestAskedHeadRefusal: the reader is told which thing the closest
// article does not mention, as the question wrote it.
func TestAskedHeadRefusal(t *testing.T) {
	tests := []struct{ lang, q, article, want string }{
		{"en", "On the Cairo hotline, what encryption will the messages use?", "eval4/articles/ev4-en-cairo-black-sea.md", "“encryption”"},
		{"vi", "Sinh viên Mỹ sang Tomsk sẽ ở ký túc xá nào?", "eval4/articles/ev4-vi-tomsk-student-exchange.md", "“ký túc xá”"},
		{"en", "How many flights a day will connect Kazan and Delhi?", "eval4/articles/ev4-en-delhi-flights.md", "“a day”"},
	}
	for _, tc := range tests {
		src := evalArticle(t, tc.article)
		v := judge(tc.q, tc.lang, []Citation{src})
		if v.Answerable {
			t.Fatalf("%q answered", tc.q)
		}
		if got := closestText(tc.lang, tc.q, src, v); !strings.Contains(got, tc.want) {
			t.Errorf("%q: refusal %q does not name %s", tc.q, got, tc.want)
		}
	}
}

// FuzzAskedHead: whatever the question and the passage, the asked-for
// thing and the rate are read without a panic, the head is a word of the
// question as written, and a refusal names what is unmet.
func FuzzAskedHead(f *testing.F) {
	f.Add("Which radio frequency will the Black Sea hotline use?", "en", "The hotline will run around the clock.")
	f.Add("Какую частоту будет использовать линия?", "ru", "Линия будет работать круглосуточно.")
	f.Add("Steven Crowley bị kết án vì tội gì?", "vi", "Ông Crowley bị kết án 8 năm tù.")
	f.Add("Bao nhiêu chuyến mỗi tuần?", "vi", "Hai bên họp sáu tuần một lần.")
	f.Add("what kind of", "en", "a week")
	f.Add("nào gì which какой", "vi", "еже «")
	f.Fuzz(func(t *testing.T, q, lang, passage string) {
		if !utf8.ValidString(q) || !utf8.ValidString(passage) {
			t.Skip("questions and the corpus are valid UTF-8")
		}
		if h := askedHeadWord(q); h != "" && !strings.Contains(strings.ToLower(q), strings.Fields(h)[0]) {
			t.Fatalf("head %q is no word of %q", h, q)
		}
		askedRate(q)
		v := judge(q, lang, []Citation{{N: 1, ArticleID: "a", Lang: lang, Title: "t", Passage: passage}})
		if !v.Answerable && len(v.Unmet) == 0 {
			t.Fatalf("refused with nothing unmet: %+v", v)
		}
	})
}
