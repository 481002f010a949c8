package answer

import (
	"testing"
	"time"
)

// The recognisers of an answer's kind read every article of a language
// alike; these articles are written for the tests below.
var slotKindDay = time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)

var slotKindArticles = map[string]Citation{
	"en-cost": {Title: "Student exchange with Russia resumes", Lang: "en", Published: slotKindDay,
		Passage: "The United States and Russia agreed on Monday to resume their student exchange. " +
			"The first year of the exchange will cost about $3 million, paid by the State Department in Washington."},
	"ru-cost": {Title: "Обмен студентами возобновится", Lang: "ru", Published: slotKindDay,
		Passage: "Россия и США договорились в понедельник возобновить обмен студентами. " +
			"Первый год обмена обойдётся примерно в 3 млн долларов, их оплатит Госдепартамент США."},
	"vi-cost": {Title: "Nối lại trao đổi sinh viên", Lang: "vi", Published: slotKindDay,
		Passage: "Nga và Mỹ hôm thứ Hai đồng ý nối lại chương trình trao đổi sinh viên. " +
			"Kinh phí cho năm đầu tiên của chương trình trao đổi là khoảng 3 triệu USD, do Bộ Ngoại giao Mỹ chi trả."},
}

type slotKindCase struct {
	name, q, lang, art string
	answerable         bool
}

func runSlotKinds(t *testing.T, tests []slotKindCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := judge(tc.q, tc.lang, []Citation{slotKindArticles[tc.art]})
			if v.Answerable != tc.answerable {
				t.Errorf("answerable = %v, want %v (%s)", v.Answerable, tc.answerable, v.Reason())
			}
		})
	}
}

// TestJudgePartnerSide: a side named as the partner of a joint thing
// ("the exchange with Russia") does not make the sentence naming only
// the other side, its payer, another side's detail; a side that owns
// the thing asked ("how much will Russia pay") still does.
func TestJudgePartnerSide(t *testing.T) {
	runSlotKinds(t, []slotKindCase{
		{"en", "How much will the first year of the student exchange with Russia cost?", "en", "en-cost", true},
		{"en, ru article", "How much will the first year of the student exchange with Russia cost?", "en", "ru-cost", true},
		{"en, vi article", "How much will the first year of the student exchange with Russia cost?", "en", "vi-cost", true},
		{"ru, vi article", "Сколько будет стоить первый год обмена студентами с Россией?", "ru", "vi-cost", true},
		{"vi, en article", "Năm đầu tiên của chương trình trao đổi sinh viên với Nga tốn bao nhiêu tiền?", "vi", "en-cost", true},
		{"en, owner", "How much will Russia pay for the first year of the student exchange?", "en", "en-cost", false},
	})
}

func init() {
	slotKindArticles["ru-cause"] = Citation{Title: "Консульство в Перми", Lang: "ru", Published: slotKindDay,
		Passage: "Генеральное консульство США в Перми закрыли в 2021 году после того, как власти запретили ему нанимать местный персонал."}
	slotKindArticles["ru-cause-amid"] = Citation{Title: "Консульство в Перми", Lang: "ru", Published: slotKindDay,
		Passage: "Генеральное консульство США в Перми закрыли в 2021 году на фоне высылки дипломатов."}
	slotKindArticles["ru-after-noun"] = Citation{Title: "Консульство в Перми", Lang: "ru", Published: slotKindDay,
		Passage: "Генеральное консульство США в Перми закрыли в 2021 году после двадцати лет работы."}
	slotKindArticles["vi-cause"] = Citation{Title: "Lãnh sự quán ở Vladivostok", Lang: "vi", Published: slotKindDay,
		Passage: "Tổng lãnh sự quán Mỹ tại Vladivostok đóng cửa năm 2020 trong bối cảnh quan hệ hai nước xấu đi."}
}

// TestJudgeCauseKin: a cause is told by each language's kin of the
// English connectives ("после того как" of "after" a clause, "на фоне"
// and "trong bối cảnh" of "amid"); "после" before a noun only dates.
func TestJudgeCauseKin(t *testing.T) {
	runSlotKinds(t, []slotKindCase{
		{"ru, после того как", "Почему закрыли консульство США в Перми?", "ru", "ru-cause", true},
		{"en, после того как", "Why was the U.S. consulate in Perm closed?", "en", "ru-cause", true},
		{"ru, на фоне", "Почему закрыли консульство США в Перми?", "ru", "ru-cause-amid", true},
		{"vi, trong bối cảnh", "Vì sao Tổng lãnh sự quán Mỹ tại Vladivostok đóng cửa?", "vi", "vi-cause", true},
		{"ru, после + noun", "Почему закрыли консульство США в Перми?", "ru", "ru-after-noun", false},
	})
}

func init() {
	slotKindArticles["vi-given-name"] = Citation{Title: "Thái Lan tổ chức cuộc họp", Lang: "vi", Published: slotKindDay,
		Passage: "Cuộc họp về thị thực do Ngoại trưởng Thái Lan Somchai Rattanakul chủ trì. " +
			"Ông Somchai cho biết Thái Lan sẵn sàng tiếp tục tổ chức các cuộc họp về thị thực."}
	slotKindArticles["en-surname-first"] = Citation{Title: "China hosts visa talks", Lang: "en", Published: slotKindDay,
		Passage: "The visa talks were chaired by Chinese Foreign Minister Zhao Lei. " +
			"Zhao said China was ready to host further visa talks."}
	slotKindArticles["vi-other-nguyen"] = Citation{Title: "Việt Nam tổ chức cuộc họp", Lang: "vi", Published: slotKindDay,
		Passage: "Cuộc họp về thị thực do Ngoại trưởng Việt Nam Nguyễn Minh Khải chủ trì. " +
			"Ông Nguyễn Văn Toàn, một chuyên gia, cho biết Việt Nam sẵn sàng tiếp tục tổ chức các cuộc họp về thị thực."}
}

// TestJudgeHolderShortName: an office's holder named in full once is
// named again by any word of his name standing alone, the given name
// of a Thai ("Ông Somchai") or the surname of a Chinese ("Zhao said"),
// not only by the last; a word of his name inside another full name
// ("Nguyễn Văn Toàn") is another person.
func TestJudgeHolderShortName(t *testing.T) {
	runSlotKinds(t, []slotKindCase{
		{"vi, given name", "Ngoại trưởng Thái Lan nói gì về các cuộc họp về thị thực?", "vi", "vi-given-name", true},
		{"en, surname first", "What did the Chinese foreign minister say about the visa talks?", "en", "en-surname-first", true},
		{"vi, another Nguyễn", "Ngoại trưởng Việt Nam nói gì về các cuộc họp về thị thực?", "vi", "vi-other-nguyen", false},
	})
}

// TestRoleWordsWhole: a role names who did something only as a whole
// word in one of its forms: the embassy ("посольство", "đại sứ quán"),
// the consulate general ("генеральное консульство") and the
// presidential plane are no person, an ambassador in any case ("посла
// США") is.
func TestRoleWordsWhole(t *testing.T) {
	tests := []struct {
		sentence string
		who      bool
	}{
		{"Посольство США в Москве закрыло визовый отдел.", false},
		{"Генеральное консульство России в Хьюстоне откроется в мае.", false},
		{"Президентский самолёт приземлился в Анкоридже.", false},
		{"Đại sứ quán Mỹ tạm dừng cấp thị thực.", false},
		{"Tổng lãnh sự quán Nga tại Houston sẽ mở cửa lại.", false},
		{"The presidential plane landed in Anchorage.", false},
		{"Посла США вызвали в МИД России.", true},
		{"Встреча прошла с министрами обороны.", true},
		{"Генконсул России в Хьюстоне вручил документы.", true},
		{"Đại sứ Mỹ Lynne Tracy trình quốc thư.", true},
		{"Đại sứ quyết định ở lại Moskva.", true},
		{"Tổng lãnh sự Nga tại Houston phát biểu.", true},
		{"The embassy was visited by Ambassador-at-Large Ann Ross.", true},
		{"She met the deputy foreign minister.", true},
	}
	for _, tc := range tests {
		if got := qWho.answers(tc.sentence); got != tc.who {
			t.Errorf("qWho.answers(%q) = %v, want %v", tc.sentence, got, tc.who)
		}
	}
}

func init() {
	slotKindArticles["vi-unit-head"] = Citation{Title: "Bộ Ngoại giao Nga bổ nhiệm Vụ trưởng mới", Lang: "vi", Published: slotKindDay,
		Passage: "Bộ Ngoại giao Nga thông báo ông Oleg Marchenko được bổ nhiệm làm Vụ trưởng Vụ Lãnh sự, thay ông Ivan Belov."}
	slotKindArticles["ru-unit-head"] = Citation{Title: "Новый начальник Консульского департамента", Lang: "ru", Published: slotKindDay,
		Passage: "МИД России назначил Олега Марченко директором Консульского департамента."}
	slotKindArticles["vi-deputy-minister"] = Citation{Title: "Thứ trưởng Ngoại giao Nga thăm Hà Nội", Lang: "vi", Published: slotKindDay,
		Passage: "Thứ trưởng Bộ Ngoại giao Nga Oleg Marchenko thăm Hà Nội."}
}

// TestJudgeUnitHead: who heads a unit of an institution ("директор
// департамента", "head of the department") is answered by the unit's
// office ("Vụ trưởng Vụ Lãnh sự"), not taken for a deputy's; the head of
// the institution itself still is not answered by its deputy.
func TestJudgeUnitHead(t *testing.T) {
	runSlotKinds(t, []slotKindCase{
		{"ru q, vi article", "Кто стал новым директором Консульского департамента МИД России?", "ru", "vi-unit-head", true},
		{"en q, vi article", "Who is the new director of the Consular Department of the Russian Foreign Ministry?", "en", "vi-unit-head", true},
		{"en q, ru article", "Who is the new director of the Consular Department of the Russian Foreign Ministry?", "en", "ru-unit-head", true},
		{"head asked, deputy written", "Ai là Bộ trưởng Bộ Ngoại giao Nga?", "vi", "vi-deputy-minister", false},
	})
}

// TestPlaceByRegion: a place given as a country of a region answers
// "where" as a named city does: "в одной из стран Азии", "in a country of
// Central Asia", "tại một quốc gia Trung Đông".
func TestPlaceByRegion(t *testing.T) {
	tests := []struct {
		sentence string
		where    bool
	}{
		{"Россия предложила провести саммит в одной из стран Азии.", true},
		{"Москва готова встретиться в одном из государств Персидского залива.", true},
		{"Russia proposed holding the summit in a country of Central Asia.", true},
		{"Cuộc gặp có thể diễn ra tại một quốc gia Trung Đông.", true},
		{"Россия предложила провести саммит, но место не названо.", false},
		{"The country has not decided where to hold the summit.", false},
	}
	for _, tc := range tests {
		if got := qWhere.answers(tc.sentence); got != tc.where {
			t.Errorf("qWhere.answers(%q) = %v, want %v", tc.sentence, got, tc.where)
		}
	}
}
