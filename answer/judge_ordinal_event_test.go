package answer

import (
	"testing"
	"time"
)

// What was agreed at the third round is not told by a passage on another
// round (the first, or a third still expected); a passage that counts no
// round may tell it, and one on the third round does.
func TestJudgeOrdinalOfEvent(t *testing.T) {
	src := func(lang, body string) []Citation {
		return []Citation{{N: 1, ArticleID: "a", Lang: lang, Title: "Compounds", Passage: body, Published: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)}}
	}
	const (
		en = "What did Russia and the United States agree at the third round of talks on the diplomatic compounds?"
		ru = "О чём договорились Россия и США на третьем раунде переговоров о дипломатических дачах?"
		vi = "Nga và Mỹ đã thỏa thuận được gì tại vòng đàm phán thứ ba về các khu nhà ngoại giao?"
	)
	tests := []struct {
		name, q, lang, body string
		want                bool
	}{
		{"en first round told", en, "en", "Russia and the United States agreed in Oslo to let Russian diplomats inspect the two diplomatic compounds. The first round of talks, in October, produced agreement only on visas. A third round is expected in April.", false},
		{"en third round told", en, "en", "At the third round of talks in Oslo, Russia and the United States agreed to let Russian diplomats inspect the two diplomatic compounds.", true},
		{"en no round counted", en, "en", "Russia and the United States agreed in Oslo to let Russian diplomats inspect the two diplomatic compounds, which were seized in 2016. Third-country staff may work at the embassy again.", true},
		{"ru first round told", ru, "ru", "Россия и США договорились в Осло о доступе российских дипломатов к двум дипломатическим дачам. Первый раунд переговоров в октябре завершился без договорённостей.", false},
		{"vi first round told", vi, "vi", "Nga và Mỹ đã thỏa thuận tại Oslo cho phép các nhà ngoại giao Nga tới thăm hai khu nhà ngoại giao. Vòng đàm phán đầu tiên hồi tháng 10 chỉ đạt thỏa thuận về thị thực.", false},
		{"en when is the round to come", "When is the third round of talks on the diplomatic compounds?", "en", "Russia and the United States agreed in Oslo to let Russian diplomats inspect the two diplomatic compounds. A third round is planned for April, in Oslo again.", true},
		{"ru when is the round to come", "Когда пройдёт третий раунд переговоров о дипломатических дачах?", "ru", "Россия и США договорились в Осло о доступе российских дипломатов к двум дипломатическим дачам. Третий раунд переговоров ожидается в апреле.", true},
		{"vi third country is no round", vi, "vi", "Nga và Mỹ đã thỏa thuận tại Oslo cho phép các nhà ngoại giao Nga tới thăm hai khu nhà ngoại giao. Đại sứ quán được thuê lại nhân viên người nước thứ ba vào thứ Ba.", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if v := judge(tc.q, tc.lang, src(tc.lang, tc.body)); v.Answerable != tc.want {
				t.Errorf("answerable = %v, want %v (%s; %v)", v.Answerable, tc.want, v.Reason(), v.Constraints)
			}
		})
	}
}
