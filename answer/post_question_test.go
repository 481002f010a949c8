package answer

import (
	"strings"
	"testing"
)

// TestFirstBulletPostHeld: a question for the post someone held ("giữ
// chức vụ gì", "какую должность") is answered by an office, and asked
// before the present one by the sentence that tells the former one
// ("trước đó là Tổng lãnh sự"); it is of no kind questionType reads, so
// the lead that repeats the question's names led. A consul is an office.
func TestFirstBulletPostHeld(t *testing.T) {
	for _, tc := range []struct{ q, lang, passage, want string }{
		{"Trước khi sang Oslo, bà Anna Lind giữ chức vụ gì?", "vi",
			"Tân Đại sứ Thụy Điển tại Na Uy Anna Lind ngày 4/5 đã trình quốc thư lên Quốc vương Na Uy tại Cung điện Hoàng gia ở Oslo. " +
				"Sau buổi lễ, bà Lind cho biết ưu tiên của bà là nghề cá và năng lượng ở Oslo. " +
				"Bà Lind, 58 tuổi, trước đó là Tổng lãnh sự Thụy Điển tại thành phố Bergen.", "Tổng lãnh sự"},
		{"Какую должность Анна Линд занимала до назначения в Осло?", "ru",
			"Новый посол Швеции в Норвегии Анна Линд 4 мая вручила верительные грамоты королю Норвегии в Осло. " +
				"После церемонии Линд сказала, что её приоритеты в Осло — рыболовство и энергетика. " +
				"Ранее Линд была генеральным консулом Швеции в Бергене.", "консулом"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			src := Citation{Lang: tc.lang, Title: "Lind", Passage: tc.passage}
			if got := firstBullet(t, tc.q, tc.lang, src); !strings.Contains(got, tc.want) {
				t.Errorf("first bullet %q, want the sentence with %s", got, tc.want)
			}
		})
	}
}

// TestPostQuestionRE: a post is asked for by a question word with it, not
// by an idiom of office ("вступление в должность", taking office).
func TestPostQuestionRE(t *testing.T) {
	for q, want := range map[string]bool{
		"Trước khi sang Oslo, bà Lind giữ chức vụ gì?":        true,
		"What post did Lind hold before Oslo?":                true,
		"Какую должность Линд занимала до назначения в Осло?": true,
		"На каком посту Линд работала раньше?":                true,
		"Почему задержалось вступление Линд в должность?":     false,
		"What did Lind say about the post office in Oslo?":    false,
		"Когда Линд вступила в должность посла?":              false,
	} {
		if got := postQuestionRE.MatchString(strings.ToLower(q)); got != want {
			t.Errorf("postQuestionRE(%q) = %v, want %v", q, got, want)
		}
	}
}
