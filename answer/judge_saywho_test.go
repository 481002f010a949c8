package answer

import (
	"testing"
	"time"
)

// A story states a matter, and the next sentence quotes a speaker on
// it: "Finland took no part in the talks. Deputy minister Aalto said
// Helsinki «lent the room, not its mediation»". What he says there is
// said about the matter, though his own words hold only a part of it;
// a quote on another matter right after it is not.
func TestSaidRightAfterTheMatter(t *testing.T) {
	tests := []struct {
		name, q, lang, passage string
		want                   bool
	}{
		{"ru guillemets", "Что Аалто сказал о роли Финляндии в переговорах?", "ru",
			"Делегации России и США провели в Хельсинки два дня консультаций по визам. Стороны договорились рассматривать заявления быстрее. " +
				"Списки сотрудников они обменяют до апреля. Финляндия в переговорах не участвовала. " +
				"Заместитель министра иностранных дел Финляндии Пекка Аалто сказал, что Финляндия «предоставила зал, а не посредничество».", true},
		{"en curly quotes", "What did Aalto say about Finland's role in the talks?", "en",
			"Russian and US delegations held two days of visa consultations in Helsinki. The sides agreed to handle applications faster. " +
				"They will swap staff lists by April. Finland took no part in the talks. " +
				"Deputy foreign minister Pekka Aalto said Finland had “lent the room, not its mediation”.", true},
		{"vi straight quotes", "Ông Aalto nói gì về vai trò của Phần Lan trong cuộc đàm phán?", "vi",
			"Phái đoàn Nga và Mỹ đã tham vấn hai ngày về thị thực tại Helsinki. Hai bên nhất trí xét hồ sơ nhanh hơn. " +
				"Họ sẽ trao đổi danh sách nhân viên trước tháng 4. Phần Lan không tham gia cuộc đàm phán. " +
				"Thứ trưởng Ngoại giao Pekka Aalto nói rằng Phần Lan \"chỉ cho mượn phòng họp, không làm trung gian\".", true},
		{"ru another matter next", "Что Аалто сказал о роли Финляндии в переговорах?", "ru",
			"Делегации России и США провели в Хельсинки два дня консультаций по визам. Стороны договорились рассматривать заявления быстрее. " +
				"Списки сотрудников они обменяют до апреля. Финляндия в переговорах не участвовала. " +
				"Заместитель министра иностранных дел Пекка Аалто сказал, что рыбаки «ждут новых квот».", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := judge(tc.q, tc.lang, []Citation{{N: 1, ArticleID: "x", Title: "Diplomatic visas to be issued faster", Passage: tc.passage, Lang: tc.lang,
				Published: time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)}})
			if v.Answerable != tc.want {
				t.Errorf("answerable = %v, want %v (%s)", v.Answerable, tc.want, v.Reason())
			}
		})
	}
}

// "Who pays" is answered by a paying body, named or not: "the cost will
// be covered by a private foundation", "расходы оплатит частный фонд"
// (asked "кто заплатит": another verb of paying), "chi phí do ngân sách
// nhà nước chi trả". A story that says the payer is not known, or
// tells no payment, does not answer.
func TestJudgePayerBody(t *testing.T) {
	tests := []struct {
		name, q, lang, passage, plang string
		want                          bool
	}{
		{"ru", "Кто заплатит за ремонт здания консульства?", "ru",
			"Ремонт здания консульства в Сиэтле начнётся в мае. Расходы, около 2 миллионов долларов, оплатит частный фонд.", "ru", true},
		{"en", "Who will pay for the repair of the consulate building?", "en",
			"Repairs to the consulate building in Seattle will start in May. The work, about $2 million, will be paid for by a private foundation.", "en", true},
		{"vi", "Ai sẽ chi trả cho việc sửa chữa tòa nhà lãnh sự quán?", "vi",
			"Việc sửa chữa tòa nhà lãnh sự quán ở Seattle sẽ bắt đầu vào tháng 5. Chi phí khoảng 2 triệu USD do ngân sách nhà nước chi trả.", "vi", true},
		{"ru payer unknown", "Кто заплатит за ремонт здания консульства?", "ru",
			"Ремонт здания консульства в Сиэтле начнётся в мае. Стороны не сообщили, кто за него заплатит и сколько он будет стоить.", "ru", false},
		{"en no payment", "Who will pay for the repair of the consulate building?", "en",
			"Repairs to the consulate building in Seattle will start in May. The ministry said the work would take a year.", "en", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := judge(tc.q, tc.lang, []Citation{{N: 1, ArticleID: "x", Title: "Consulate repairs", Passage: tc.passage, Lang: tc.plang,
				Published: time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)}})
			if v.Answerable != tc.want {
				t.Errorf("answerable = %v, want %v (%s)", v.Answerable, tc.want, v.Reason())
			}
		})
	}
}
