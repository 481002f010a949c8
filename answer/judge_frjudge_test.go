package answer

import "testing"

// TestJudgeNewStoryFactoids: factoids over stories nobody tuned on
// (answer/testdata/wbullet) that the judge refused although the story
// states the answer, grouped by the mechanism that refused them, each
// beside a near-miss twin the story does not answer.
func TestJudgeNewStoryFactoids(t *testing.T) {
	const wb = "../answer/testdata/wbullet/articles/"
	tests := []struct {
		q, lang, article string
		answerable       bool
	}{
		{"Within what distance of a military site does an observer have to be allowed aboard?", "en", wb + "wb-en-tallinn-cable.md", true},
		{"Mỗi bên đóng góp bao nhiêu tiền cho dự án rà phá bom mìn ở Quảng Trị?", "vi", wb + "wb-vi-hanoi-mines.md", true},
		{"Nga cung cấp thêm bao nhiêu máy dò mìn?", "vi", wb + "wb-vi-hanoi-mines.md", true},
		{"How many Vietnamese staff will be trained for the Quang Tri demining teams?", "en", wb + "wb-vi-hanoi-mines.md", true},
		{"В каких уездах провинции Куангчи будут расчищать мины?", "ru", wb + "wb-vi-hanoi-mines.md", true},
		{"Какую третью станцию Россия хочет подключить к обмену сейсмическими данными?", "ru", wb + "wb-en-vienna-seismic.md", true},
		{"Trạm địa chấn của Mỹ nằm gần thành phố nào?", "vi", wb + "wb-en-vienna-seismic.md", true},
		{"How many diplomatic mail shipments were held at the border last year?", "en", wb + "wb-ru-kaliningrad-transit.md", true},
		{"Cuộc diễn tập cứu nạn chung đầu tiên sẽ diễn ra ở đâu?", "vi", wb + "wb-vi-danang-search.md", true},
		{"Who led the Russian navy delegation at the Da Nang search and rescue conference?", "en", wb + "wb-vi-danang-search.md", true},
		{"Which ship takes charge of a rescue under the new US-Russian procedure?", "en", wb + "wb-vi-danang-search.md", true},
		// Fresh: a measure asked by its head noun, given as a number and
		// its unit; and its twin, a measure the story does not give.
		{"What distance can Russian diplomats in America travel from their posts without telling anyone?", "en", "eval/articles/ev-en-embassy-staffing.md", true},
		{"Какова длина газопровода Сила Сибири 2?", "ru", "eval/articles/ev-vi-nga-trung-khi-dot.md", true},
		{"Đường ống Sức mạnh Siberia 2 có chiều dài và công suất ra sao?", "vi", "eval/articles/ev-vi-nga-trung-khi-dot.md", true},
		{"At what depth will the Power of Siberia 2 pipeline be laid under Lake Baikal?", "en", "eval/articles/ev-vi-nga-trung-khi-dot.md", false},
		{"What was the speed of the Russian plane that flew the freed prisoners home from Budapest?", "en", "eval2/articles/ev2-ru-budapesht-obmen.md", false},
		// Fresh: a place told off a coast ("ngoài khơi Cam Ranh").
		{"Hải quân hai nước sẽ tập trận cứu hộ chung lần đầu ở vùng biển nào?", "vi", wb + "wb-vi-danang-search.md", true},
		{"Where will the US and Russian navies hold their first joint rescue drill?", "en", wb + "wb-vi-danang-search.md", true},
		{"Ở đâu có 41 ngư dân mất tích năm ngoái?", "vi", wb + "wb-vi-danang-search.md", true},
		{"Hội nghị tìm kiếm cứu nạn lần tới sẽ được tổ chức ở đâu?", "vi", wb + "wb-vi-danang-search.md", false},
		{"Where will the Chinese and Russian navies hold their first joint rescue drill?", "en", wb + "wb-vi-danang-search.md", false},
		// Fresh: a counted noun in another language than the story's,
		// after a name that modifies it or with its modifiers after the
		// number; and twins counting what the story does not count.
		{"How many visa applications a week can the US embassy in Moscow look at?", "en", "eval2/articles/ev2-ru-vizy-moskva.md", true},
		{"How many diplomatic visas a quarter will each side issue under the Muscat deal?", "en", "eval3/articles/ev3-vi-muscat-lanh-su.md", true},
		{"How many diplomatic facilities does Moscow want back from Washington?", "en", "eval3/articles/ev3-vi-muscat-lanh-su.md", true},
		{"How many Tomsk students used to study at American universities every year?", "en", "eval4/articles/ev4-ru-tomsk-student-exchange.md", true},
		{"How many Vietnamese staff work at the US embassy in Moscow?", "en", "eval2/articles/ev2-ru-vizy-moskva.md", false},
		{"How many diplomatic vehicles were seized from Russia in 2016?", "en", "eval3/articles/ev3-vi-muscat-lanh-su.md", false},
		{"How many Chinese students used to study at Tomsk university every year?", "en", "eval4/articles/ev4-ru-tomsk-student-exchange.md", false},
		// Fresh: a Russian head after an adjective in the accusative or an
		// ordinal ("какую новую частоту", "какую третью станцию").
		{"Какую общую радиочастоту будут использовать ВМС двух стран при спасении на море?", "ru", wb + "wb-vi-danang-search.md", true},
		{"Какую российскую станцию подключат к обмену сейсмическими данными на побережье Карского моря?", "ru", wb + "wb-en-vienna-seismic.md", true},
		{"Какую новую гостиницу выбрали для переговоров о сейсмических станциях в Вене?", "ru", wb + "wb-en-vienna-seismic.md", false},
		{"Какую третью станцию Китай хочет подключить к обмену сейсмическими данными?", "ru", wb + "wb-en-vienna-seismic.md", false},
		// Fresh: a count the story gives after "số lượng" (the number of)
		// some words on, of a noun it names shorter than the lexicon
		// ("gấu" for "gấu Bắc Cực"); the twin asks a count it does not
		// give, and binding "số lượng gấu … 2.900 con" answered both.
		{"Roughly how many polar bears live in the population Russia and America share?", "en", "eval4/articles/ev4-vi-anchorage-polar-bears.md", true},
		{"How many polar bears did native hunters kill last year?", "en", "eval4/articles/ev4-vi-anchorage-polar-bears.md", false},
		// Fresh: a Vietnamese subject and verb the story parts with an
		// aspect marker ("phía Nhật Bản sẽ trả", "hai nước sẽ chia sẻ").
		{"Phía Nhật Bản trả cho Nga bao nhiêu tiền hợp tác?", "vi", "eval2/articles/ev2-vi-nga-nhat-ca-hoi.md", true},
		{"Hai nước chia sẻ chi phí khảo sát gấu bằng máy bay, tổng cộng bao nhiêu tiền?", "vi", "eval4/articles/ev4-vi-anchorage-polar-bears.md", true},
		{"Phía Nhật Bản trả cho Hàn Quốc bao nhiêu tiền hợp tác?", "vi", "eval2/articles/ev2-vi-nga-nhat-ca-hoi.md", false},
		{"Hai nước chi bao nhiêu tiền xây nhà cho người bản địa ở Alaska?", "vi", "eval4/articles/ev4-vi-anchorage-polar-bears.md", false},
		{"Mỗi bên đóng góp bao nhiêu máy dò mìn?", "vi", wb + "wb-vi-hanoi-mines.md", false},
		// Fresh: the delegation of a body of a side, which the story names
		// by its side ("phái đoàn Nga") apart from the body ("Hải quân Mỹ
		// và Nga"); twins of a side or a body the story does not send.
		{"Ai dẫn đầu phái đoàn hải quân Nga tại hội nghị ở Đà Nẵng?", "vi", wb + "wb-vi-danang-search.md", true},
		{"Кто возглавлял делегацию ВМФ России на конференции в Дананге?", "ru", wb + "wb-vi-danang-search.md", true},
		{"Who headed the American naval delegation in Da Nang?", "en", wb + "wb-vi-danang-search.md", true},
		{"Who led the Chinese navy delegation at the Da Nang conference?", "en", wb + "wb-vi-danang-search.md", false},
		{"Ai dẫn đầu phái đoàn hải quân Nhật Bản tại hội nghị ở Đà Nẵng?", "vi", wb + "wb-vi-danang-search.md", false},
		{"Who led the Russian coast guard delegation at the Da Nang conference?", "en", wb + "wb-vi-danang-search.md", false},
	}
	for _, tc := range tests {
		t.Run(tc.lang+"/"+tc.q, func(t *testing.T) {
			v := judge(tc.q, tc.lang, []Citation{evalArticle(t, tc.article)})
			if why, ok := newStoryOpen[tc.q]; ok {
				if v.Answerable == tc.answerable {
					t.Errorf("judged right now: take it off newStoryOpen")
				}
				t.Skipf("open (%s): %s", why, v.Reason())
			}
			if v.Answerable != tc.answerable {
				t.Errorf("answerable = %v, want %v (%s; constraints %v)", v.Answerable, tc.answerable, v.Reason(), v.Constraints)
			}
		})
	}
}

// newStoryOpen are the questions above the judge still gets wrong, and
// the mechanism no rule reads yet.
var newStoryOpen = map[string]string{
	"Who led the Russian coast guard delegation at the Da Nang conference?":                     "\"coast guard\" becomes no constraint, so the Russian delegation meets it",
	"Mỗi bên đóng góp bao nhiêu máy dò mìn?":                                                    "\"12 máy dò mìn\" Russia gives binds the count; that each side gives them is not read",
	"Roughly how many polar bears live in the population Russia and America share?":             "the head alone (\"số lượng gấu … 2.900 con\") is not bound: binding it answers its twin too",
	"How many diplomatic visas a quarter will each side issue under the Muscat deal?":           "a cap (\"tối đa 40 thị thực\") is read as a limit, not the count a deal sets",
	"Which ship takes charge of a rescue under the new US-Russian procedure?":                   "the answer is a description (\"the nearest ship\"), not a name",
	"What was the speed of the Russian plane that flew the freed prisoners home from Budapest?": "a measure asked of a named detail: the detail slot takes any sentence about Budapest",
}
