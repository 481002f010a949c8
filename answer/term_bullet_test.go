package answer

import (
	"strings"
	"testing"
)

// TestFirstBulletTermSet: "На сколько лет посадили X?" asks the term X
// was given, whatever verb asks it ("посадили", "осудили", "дали"):
// not his age (a verb between "сколько лет" and the name makes it no
// age question) and not the time he has served since, when a sentence
// gives the term ("bị kết án 7 năm tù", "sentenced to seven years in
// prison"). "Сколько лет X?" still asks his age. The articles are
// written for this test.
func TestFirstBulletTermSet(t *testing.T) {
	vi := Citation{Lang: "vi", Title: "Nga thả một công dân Mỹ vì lý do sức khỏe",
		Passage: "MOSKVA, ngày 5/3 - Công dân Mỹ Peter Hollis, 58 tuổi, đã rời Nga hôm 4/3 sau khi tòa án ở Tver trả tự do cho ông. " +
			"Ông Hollis, cựu huấn luyện viên bóng rổ, bị bắt năm 2022 và bị kết án 7 năm tù vì buôn lậu. " +
			"Ông đã thụ án gần hai năm tại một trại cải tạo ở vùng Tver. " +
			"Đại sứ quán Mỹ đã thăm ông 12 lần."}
	en := Citation{Lang: "en", Title: "Russia frees ailing American on medical grounds",
		Passage: "MOSCOW - Peter Hollis, 58, a former basketball coach from Ohio, left Russia on Tuesday after a court in Tver freed him. " +
			"He had served almost two years in a penal colony in the Tver region. " +
			"Hollis was arrested in 2022 and sentenced to seven years in prison for smuggling."}
	for _, tc := range []struct {
		q, lang, want string
		src           Citation
	}{
		{"На сколько лет посадили американца Холлиса?", "ru", "7 năm tù", vi},
		{"На сколько лет осудили американца Холлиса?", "ru", "7 năm tù", vi},
		{"На сколько лет посадили американца Холлиса?", "ru", "seven years in prison", en},
		{"How many years was Hollis jailed for?", "en", "seven years in prison", en},
		{"Hollis bị kết án bao nhiêu năm tù?", "vi", "7 năm tù", vi},
		{"Сколько лет Холлису?", "ru", "58", vi},
	} {
		if got := firstBullet(t, tc.q, tc.src.Lang, tc.src); !strings.Contains(got, tc.want) {
			t.Errorf("%s (%s): first bullet %q, want the sentence with %q", tc.q, tc.src.Lang, got, tc.want)
		}
	}
}
