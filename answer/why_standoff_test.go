package answer

import (
	"strings"
	"testing"
)

// TestWhyFailedLedByStandoff: asked why talks failed, the reader is
// first shown the side's demand or refusal, or the sides' failure to
// agree, that made them fail, not the sentence that only restates the
// failure ("broke off after a single day": a length, no cause). The
// articles are written for this test.
func TestWhyFailedLedByStandoff(t *testing.T) {
	en := Citation{N: 1, ArticleID: "oslo-en", Title: "Fishing talks in Oslo break off", Lang: "en",
		Passage: "OSLO - Talks between Russia and the United States on fishing quotas in the Barents Sea broke off on Monday after a single day, officials said. " +
			"The U.S. team was led by Mara Quill of the Commerce Department. " +
			"The Russian team was led by Pavel Sedov, a deputy fisheries minister. " +
			"According to two officials, the talks collapsed when the Russian side insisted that any quota also cover the waters around Svalbard. " +
			"The next round has not been scheduled."}
	ru := Citation{N: 1, ArticleID: "riga-ru", Title: "Консультации в Риге прервались", Lang: "ru",
		Passage: "РИГА, 3 мая. Консультации России и США по рыболовству в Баренцевом море прервались во вторник после первого дня. " +
			"Российскую делегацию возглавлял замминистра Павел Седов. " +
			"Американскую делегацию возглавляла Мара Квилл. " +
			"По словам Седова, Вашингтон потребовал включить в договорённость воды вокруг Шпицбергена. " +
			"Дата нового раунда не названа."}
	vi := Citation{N: 1, ArticleID: "riga-vi", Title: "Đàm phán nghề cá ở Riga bị bỏ dở", Lang: "vi",
		Passage: "RIGA - Cuộc đàm phán Nga - Mỹ về hạn ngạch đánh bắt cá ở biển Barents tại Riga đã bị bỏ dở hôm 3/5 sau một ngày. " +
			"Phái đoàn Nga do Thứ trưởng Pavel Sedov dẫn đầu. " +
			"Phái đoàn Mỹ do bà Mara Quill dẫn đầu. " +
			"Theo ông Sedov, hai bên không thống nhất được về vùng biển quanh Svalbard. " +
			"Vòng đàm phán tiếp theo chưa được ấn định."}
	for _, tc := range []struct {
		q, lang string
		src     Citation
		first   string
	}{
		{"Why did the Oslo fishing talks break off?", "en", en, "insisted"},
		{"Почему сорвались консультации по рыболовству в Риге?", "ru", ru, "потребовал"},
		{"Vì sao cuộc đàm phán nghề cá ở Riga bị bỏ dở?", "vi", vi, "không thống nhất được"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			q := extractive("Intro:", tc.q, tc.lang, []Citation{tc.src})
			if first := firstBulletOf(q.text); !strings.Contains(first, tc.first) {
				t.Errorf("first bullet %q does not hold %q; answer:\n%s", first, tc.first, q.text)
			}
		})
	}
}

// TestSpanAfterIsNoCause: "after" and its kin before a span of time or
// the talks themselves, and "since" a dated event, date what they
// follow; before another event they may still give a cause.
func TestSpanAfterIsNoCause(t *testing.T) {
	for s, want := range map[string]bool{
		"The talks broke off on Monday after a single day.":                 false,
		"They agreed on the link after two days of talks.":                  false,
		"Консультации прервались во вторник после первого дня.":             false,
		"Cuộc đàm phán đã bị bỏ dở sau một ngày.":                           false,
		"The talks ended after the two sides failed to agree on the quota.": true,
		"Quill told reporters after the talks that she was hopeful.":        false,
		"После переговоров Седов заявил, что доволен.":                      false,
		"It was their first meeting since Quill took office in May 2025.":   false,
		"Oslo was picked since both sides wanted a neutral host.":           true,
		"Переговоры прервались из-за спора о квотах.":                       true,
	} {
		if got := explains(s); got != want {
			t.Errorf("explains(%q) = %v, want %v", s, got, want)
		}
	}
}
