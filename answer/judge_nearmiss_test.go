package answer

import "testing"

// judgeWant runs the judge on each question against its own sources and
// checks whether it answers.
func judgeWant(t *testing.T, tests []nearMissCase) {
	t.Helper()
	for _, tt := range tests {
		v := judge(tt.q, tt.lang, tt.srcs)
		if v.Answerable != tt.want {
			t.Errorf("%q: answerable %v (%s), want %v", tt.q, v.Answerable, v.Reason(), tt.want)
		}
	}
}

type nearMissCase struct {
	q, lang string
	srcs    []Citation
	want    bool
}

// A cost asked in Vietnamese typed without diacritics ("chi phi … la bao
// nhieu") asks a sum of money as "chi phí" does: a story that gives only
// a year and a length of time does not answer it; one that gives the sum
// does.
func TestJudgeUnaccentedCost(t *testing.T) {
	ferry := Citation{N: 1, ArticleID: "ferry-vi", Lang: "vi", Title: "Nga và Mỹ mở lại tuyến phà Nome - Provideniya",
		Passage: "Nga và Mỹ ngày 3/5 đã đồng ý mở lại tuyến phà giữa Nome và Provideniya, bị đình chỉ từ năm 2020. Chuyến phà đầu tiên sẽ kéo dài 12 giờ."}
	priced := Citation{N: 1, ArticleID: "ferry-priced-vi", Lang: "vi", Title: "Nga và Mỹ mở lại tuyến phà Nome - Provideniya",
		Passage: "Nga và Mỹ ngày 3/5 đã đồng ý mở lại tuyến phà giữa Nome và Provideniya. Chi phí mở lại tuyến phà là 4 triệu USD, do hai bên chia đều."}
	judgeWant(t, []nearMissCase{
		{"Chi phi mo lai tuyen pha Nome - Provideniya la bao nhieu?", "vi", []Citation{ferry}, false},
		{"Chi phí mở lại tuyến phà Nome - Provideniya là bao nhiêu?", "vi", []Citation{ferry}, false},
		{"Chi phi mo lai tuyen pha Nome - Provideniya la bao nhieu?", "vi", []Citation{priced}, true},
		// "phi hanh gia" is no price: the count of astronauts is asked.
		{"Co bao nhieu phi hanh gia bay len tram?", "vi", []Citation{{N: 1, ArticleID: "iss-vi", Lang: "vi", Title: "Trạm vũ trụ",
			Passage: "Hai phi hành gia Nga và một phi hành gia Mỹ đã bay lên trạm vũ trụ hôm thứ Ba."}}, true},
	})
}
