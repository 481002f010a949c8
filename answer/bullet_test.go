package answer

import (
	"strings"
	"testing"
)

// firstBulletOf is the first quoted line of an extractive answer.
func firstBulletOf(text string) string {
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "• ") {
			return line
		}
	}
	return ""
}

// TestFirstBulletByKind: for each kind of question, the sentence that
// gives the kind of answer asked for, bound to what is asked, leads;
// not the sentence that restates the question, nor one giving the same
// kind of answer about something else. The articles are written for
// this test.
func TestFirstBulletByKind(t *testing.T) {
	swapRU := Citation{N: 1, ArticleID: "swap-ru", Title: "Обмен в Вене", Lang: "ru",
		Passage: "ВЕНА, 3 ноября. Россия и США во вторник обменялись заключёнными в Вене. " +
			"Посредником выступило правительство Австрии. " +
			"В обмен США передали России гражданина РФ Игоря Сомова, осуждённого в штате Огайо. " +
			"Это уже четвёртый обмен между странами с 2022 года. " +
			"Подготовка заняла около пяти месяцев."}
	swapVI := Citation{N: 1, ArticleID: "swap-vi", Title: "Trao đổi tù nhân tại Vienna", Lang: "vi",
		Passage: "Nga và Mỹ ngày 3/11 đã trao đổi tù nhân tại Vienna với sự trung gian của chính phủ Áo. " +
			"Phía Mỹ thả công dân Nga Igor Somov, người bị kết án tại bang Ohio. " +
			"Theo đó, phía Nga trả tự do cho kỹ sư Mỹ Daniel Reyes, người bị một tòa án ở Kazan kết án 6 năm tù vào năm 2023. " +
			"Ông Reyes, 45 tuổi, đã bị giam giữ gần 19 tháng. " +
			"Sau khi được thả, ông Reyes được đưa về căn cứ không quân Ramstein."}
	tests := []struct {
		q, lang string
		src     Citation
		first   string // in the first bullet
	}{
		// An ordinal, not the sentence that repeats "обмен".
		{"Какой по счёту обмен прошёл в Вене?", "ru", swapRU, "четвёртый"},
		// A government mediates: an institution answers "who".
		{"Кто был посредником при обмене в Вене?", "ru", swapRU, "правительство Австрии"},
		{"Vụ trao đổi ở Vienna do ai làm trung gian?", "vi", swapVI, "chính phủ Áo"},
		// A span of time beside the verb asked about, not a sentence.
		{"Kỹ sư Daniel Reyes đã bị giam bao lâu?", "vi", swapVI, "19 tháng"},
		// A place named after the kind of place it is.
		{"Kỹ sư Daniel Reyes được thả về đâu?", "vi", swapVI, "Ramstein"},
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
