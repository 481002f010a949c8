package answer

import (
	"testing"
	"time"
)

// Answerable questions the judge refused for the kind of answer, the
// head or the year, each beside a near miss of the same construction
// that must stay refused. The articles are written for these tests.
func init() {
	day := time.Date(2025, 9, 18, 0, 0, 0, 0, time.UTC)
	slotKindArticles["en-host"] = Citation{Title: "Moscow and Washington agree on visa lists in Muscat", Lang: "en", Published: day,
		Passage: "MUSCAT - Russian and American negotiators met for two days in Muscat to discuss visas for diplomats. " +
			"The Russian side was led by Deputy Foreign Minister Oleg Barinov, the American side by envoy Mark Tully. " +
			"The two sides agreed to exchange lists of pending visa applications within a month. " +
			"Oman's foreign minister, Said al-Harthi, said his country was \"happy to be of use\" and would not comment on the talks."}
	slotKindArticles["ru-cause-noun"] = Citation{Title: "Соглашение о спасании в Беринговом проливе", Lang: "ru", Published: day,
		Passage: "Россия и США подписали соглашение о поиске и спасании в Беринговом проливе. " +
			"Документ подписали в среду в Анкоридже. " +
			"Подписи поставили глава Морспасслужбы и командующий округом Береговой охраны. " +
			"Причиной стали участившиеся аварии рыболовных судов в Беринговом проливе."}
	slotKindArticles["ru-no-cause"] = Citation{Title: "Соглашение о спасании в Беринговом проливе", Lang: "ru", Published: day,
		Passage: "Россия и США подписали соглашение о поиске и спасании в Беринговом проливе. " +
			"Документ подписали в среду в Анкоридже. " +
			"Подписи поставили глава Морспасслужбы и командующий округом Береговой охраны."}
	slotKindArticles["en-reasons"] = Citation{Title: "Bering Strait rescue pact signed", Lang: "en", Published: day,
		Passage: "The United States and Russia signed a search and rescue pact for the Bering Strait. " +
			"It was signed in Anchorage on Wednesday. " +
			"The heads of the two coast guards put their names to it. " +
			"Officials gave two reasons: more fishing boats in the Bering Strait and the long wait for help from afar."}
	slotKindArticles["vi-basis"] = Citation{Title: "Nga và Mỹ trao đổi tù nhân tại Abu Dhabi", Lang: "vi", Published: day,
		Passage: "Nga và Mỹ hôm thứ Ba đã trao đổi tù nhân tại Abu Dhabi. " +
			"Nga trả tự do cho nhà báo Mỹ Tom Hale. Đổi lại, Mỹ trao trả doanh nhân Nga Viktor Sedov. " +
			"Phía Mỹ cho biết việc trao trả Sedov được thực hiện theo lệnh ân xá của tổng thống."}
	slotKindArticles["vi-no-basis"] = Citation{Title: "Nga và Mỹ trao đổi tù nhân tại Abu Dhabi", Lang: "vi", Published: day,
		Passage: "Nga và Mỹ hôm thứ Ba đã trao đổi tù nhân tại Abu Dhabi. " +
			"Nga trả tự do cho nhà báo Mỹ Tom Hale, người bị bắt vì mang theo thuốc. Đổi lại, Mỹ trao trả doanh nhân Nga Viktor Sedov. " +
			"Vòng đàm phán tiếp theo về trao đổi tù nhân chưa được ấn định."}
	slotKindArticles["en-basis"] = Citation{Title: "Prisoners swapped in Abu Dhabi", Lang: "en", Published: day,
		Passage: "Russia and the United States swapped prisoners in Abu Dhabi on Tuesday. " +
			"Russia freed the American reporter Tom Hale, and the United States released the Russian businessman Viktor Sedov under a presidential pardon."}
	slotKindArticles["vi-chair"] = Citation{Title: "Nga và Mỹ nhất trí trao đổi danh sách tù nhân", Lang: "vi", Published: day,
		Passage: "MUSCAT - Các đặc phái viên Mỹ và Nga đã nhất trí tại Muscat về việc trao đổi danh sách tù nhân. " +
			"Cuộc đàm phán kéo dài hai ngày tại một khách sạn ven biển, do Ngoại trưởng Oman Badr Al-Saidi chủ trì. " +
			"Trưởng đoàn Mỹ là đặc phái viên Mark Tully, trưởng đoàn Nga là thứ trưởng Oleg Barinov. " +
			"Hai bên cũng trao cho nhau danh sách khoảng 900 tù nhân. " +
			"Ông Badr cho biết Oman được cả Washington và Moscow đề nghị đứng ra tổ chức. " +
			"\"Chúng tôi chỉ mở cửa cho hai bên gặp nhau\", ông nói."}
	slotKindArticles["vi-chair-silent"] = Citation{Title: "Nga và Mỹ nhất trí trao đổi danh sách tù nhân", Lang: "vi", Published: day,
		Passage: "MUSCAT - Các đặc phái viên Mỹ và Nga đã nhất trí tại Muscat về việc trao đổi danh sách tù nhân. " +
			"Cuộc đàm phán kéo dài hai ngày tại một khách sạn ven biển, do Ngoại trưởng Oman Badr Al-Saidi chủ trì. " +
			"Trưởng đoàn Mỹ là đặc phái viên Mark Tully, trưởng đoàn Nga là thứ trưởng Oleg Barinov. " +
			"Ông Barinov cho biết Moscow muốn gặp lại vào tháng 12."}
	slotKindArticles["ru-fate-year"] = Citation{Title: "Обмен в Абу-Даби", Lang: "ru", Published: day,
		Passage: "Россия и США 16 сентября 2025 года провели обмен заключёнными в аэропорту Абу-Даби. Посредником выступили ОАЭ. " +
			"Россия освободила американского журналиста Тома Хейла, задержанного в Казани в марте 2023 года и приговорённого к семи годам колонии. " +
			"США передали России предпринимателя Виктора Седова."}
}

// TestJudgeSlotFalseRefusals: the constructions that were refused though
// the article answers them.
func TestJudgeSlotFalseRefusals(t *testing.T) {
	runSlotKinds(t, []slotKindCase{
		// What a country's minister said, in the one sentence he speaks,
		// of the talks his country hosted: "hosting" is not found in
		// "the two sides" (a synonym of "сторона" inside "принимающая
		// сторона").
		{"say, host", "What did Oman's foreign minister say about hosting the visa talks?", "en", "en-host", true},
		{"say, host, another country", "What did Qatar's foreign minister say about hosting the visa talks?", "en", "en-host", false},
		// A cause told by an inflected noun ("Причиной стали").
		{"why, причиной", "Почему Россия и США подписали соглашение о спасании в Беринговом проливе?", "ru", "ru-cause-noun", true},
		{"why, reasons", "Why did the United States and Russia sign the rescue pact for the Bering Strait?", "en", "en-reasons", true},
		{"why, no cause", "Почему Россия и США подписали соглашение о спасании в Беринговом проливе?", "ru", "ru-no-cause", false},
		// The basis of an act, asked by its kind after "theo"/"under".
		{"basis, theo", "Mỹ trao trả Sedov theo cơ chế nào?", "vi", "vi-basis", true},
		{"basis, no theo", "Mỹ trao trả Sedov theo cơ chế nào?", "vi", "vi-no-basis", false},
		{"basis, under", "Under what mechanism did the United States release Sedov?", "en", "en-basis", true},
		// A minister brought in by the talks he chaired, who speaks later
		// by his given name.
		{"say, chair", "Ngoại trưởng Oman nói gì về vai trò của nước ông trong cuộc đàm phán?", "vi", "vi-chair", true},
		{"say, chair silent", "Ngoại trưởng Oman nói gì về vai trò của nước ông trong cuộc đàm phán?", "vi", "vi-chair-silent", false},
		// The year of a prisoner's arrest does not date the swap.
		{"year, arrest clause", "Which American journalist was freed in the 2025 swap in Abu Dhabi?", "en", "ru-fate-year", true},
		{"year, another swap", "Which American journalist was freed in the 2023 swap in Abu Dhabi?", "en", "ru-fate-year", false},
	})
}
