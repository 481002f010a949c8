package answer

import (
	"strings"
	"testing"
)

// TestFirstBulletSumAsked: a question that asks what a thing is insured,
// valued or priced at, or what it will cost, without "how much", is
// answered by the sentence that gives the sum, not by the one that
// weighs or counts the thing: before, "what are the paintings insured
// for?" read as no kind of answer and led with the weights.
func TestFirstBulletSumAsked(t *testing.T) {
	en := Citation{Lang: "en", Title: "Russian icons go on show in Boston",
		Passage: "BOSTON - Twelve Novgorod icons lent by the Tretyakov Gallery went on show at the Harbor Museum in Boston on Friday, the museum said. " +
			"The twelve icons weigh 40 kilograms together and are shown in a room of their own. " +
			"The loan runs for six months, and the icons are insured for $3.4 million. " +
			"Tickets cost $25."}
	for _, q := range []string{
		"What are the icons in Boston insured for?",
		"Do you know what the Novgorod icons are insured for?",
		"What are the icons lent to Boston valued at?",
	} {
		if got := firstBullet(t, q, "en", en); !strings.Contains(got, "$3.4 million") {
			t.Errorf("%q: first bullet %q, want the sum insured", q, got)
		}
	}
	ru := Citation{Lang: "ru", Title: "Новгородские иконы показали в Бостоне",
		Passage: "БОСТОН, 6 марта. Двенадцать новгородских икон из Третьяковской галереи выставлены в Бостоне. " +
			"Иконы весят вместе 40 килограммов. " +
			"Иконы застрахованы на 3,4 миллиона долларов, сообщил музей."}
	if got := firstBullet(t, "Во что обойдётся страховка икон в Бостоне?", "ru", ru); !strings.Contains(got, "3,4 миллиона долларов") {
		t.Errorf("first bullet %q, want the sum", got)
	}
	for q, want := range map[string]qType{
		"What are the icons insured for?":         qHowMany,
		"What is the collection worth?":           qHowMany,
		"What will the repairs to the roof cost?": qHowMany,
		"Во что обойдётся ремонт?":                qHowMany,
		"What was insured after the storm?":       qOther,
		"What did the cost of the repairs cover?": qOther,
	} {
		if got := answerType(q); got != want {
			t.Errorf("answerType(%q) = %v, want %v", q, got, want)
		}
	}
}

// TestFirstBulletDurationNotGap: "how long did the drill go on?" is
// answered by how long it lasted, not by the years since the last one
// ("the first joint drill in seven years", "впервые за семь лет", "lần
// đầu tiên sau bảy năm"), which led before; "how long since" asks that
// gap and keeps it.
func TestFirstBulletDurationNotGap(t *testing.T) {
	for _, tc := range []struct {
		q, lang, want string
		src           Citation
	}{
		{"How long did the joint rescue drill off Alaska go on?", "en", "lasted 30 hours", Citation{Lang: "en", Title: "US and Russian rescuers drill off Alaska",
			Passage: "NOME - American and Russian rescuers held their first joint rescue drill off Alaska in seven years on Tuesday. " +
				"The drill off Alaska lasted 30 hours and ended near Nome on Wednesday, the Coast Guard said."}},
		{"Сколько продолжались совместные учения спасателей у Аляски?", "ru", "30 часов", Citation{Lang: "ru", Title: "Спасатели провели учения у Аляски",
			Passage: "НОМ, 3 июня. Российские и американские спасатели впервые за семь лет провели совместные учения у Аляски. " +
				"Учения у Аляски продолжались 30 часов и завершились в среду."}},
		{"Cuộc diễn tập cứu hộ chung ở Alaska kéo dài bao lâu?", "vi", "30 giờ", Citation{Lang: "vi", Title: "Nga và Mỹ diễn tập cứu hộ ở Alaska",
			Passage: "Lực lượng cứu hộ Nga và Mỹ lần đầu tiên sau bảy năm tổ chức diễn tập cứu hộ chung ở Alaska. " +
				"Cuộc diễn tập cứu hộ ở Alaska kéo dài 30 giờ và kết thúc hôm thứ Tư."}},
	} {
		if got := firstBullet(t, tc.q, tc.lang, tc.src); !strings.Contains(got, tc.want) {
			t.Errorf("%q: first bullet %q, want %q", tc.q, got, tc.want)
		}
	}
	src := Citation{Lang: "en", Title: "US and Russian rescuers drill off Alaska",
		Passage: "NOME - The drill off Alaska lasted 30 hours, the Coast Guard said. " +
			"It was the first joint drill off Alaska in seven years."}
	if got := firstBullet(t, "How long has it been since the last joint drill off Alaska?", "en", src); !strings.Contains(got, "seven years") {
		t.Errorf("first bullet %q, want the gap asked", got)
	}
}
