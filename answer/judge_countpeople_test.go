package answer

import "testing"

func init() {
	// People counted by a Vietnamese word of two or three syllables.
	slotKindArticles["vi-medics-counted"] = Citation{Title: "Nga cử đội y tế sang Ankara", Lang: "vi", Published: slotKindDay,
		Passage: "ANKARA, ngày 2/3 - Một đội 30 chuyên gia y tế của Bộ Tình trạng khẩn cấp Nga đã đến Ankara để hỗ trợ các bệnh viện sau trận động đất. " +
			"Đội sẽ ở lại Thổ Nhĩ Kỳ trong hai tuần."}
	slotKindArticles["vi-medics-tonnes"] = Citation{Title: "Nga cử đội y tế sang Ankara", Lang: "vi", Published: slotKindDay,
		Passage: "ANKARA, ngày 2/3 - Một đội chuyên gia y tế của Bộ Tình trạng khẩn cấp Nga đã đến Ankara cùng 30 tấn thuốc để hỗ trợ các bệnh viện sau trận động đất. " +
			"Đội sẽ ở lại Thổ Nhĩ Kỳ trong hai tuần."}
	slotKindArticles["vi-medics-unnamed"] = Citation{Title: "Nga cử đội y tế sang Ankara", Lang: "vi", Published: slotKindDay,
		Passage: "Một đội 30 chuyên gia y tế Nga đã đến Ankara để hỗ trợ các bệnh viện sau trận động đất. " +
			"Đội sẽ ở lại hai tuần."}
	slotKindArticles["vi-firefighters"] = Citation{Title: "Lính cứu hỏa Canada đến Siberia", Lang: "vi", Published: slotKindDay,
		Passage: "IRKUTSK, ngày 2/3 - Đoàn 25 lính cứu hỏa Canada đã đến Irkutsk để giúp dập các đám cháy rừng ở Siberia. " +
			"Họ sẽ làm việc cùng lực lượng địa phương trong ba tuần."}

	// Residents counted in Russian, asked in English and Vietnamese.
	slotKindArticles["ru-evacuated-residents"] = Citation{Title: "Пожары под Читой", Lang: "ru", Published: slotKindDay,
		Passage: "ЧИТА, 2 марта. Лесные пожары подошли к двум сёлам под Читой. " +
			"Из-за угрозы огня из сёл эвакуированы около 600 жителей, сообщили в МЧС."}
	slotKindArticles["ru-evacuated-cattle"] = Citation{Title: "Пожары под Читой", Lang: "ru", Published: slotKindDay,
		Passage: "ЧИТА, 2 марта. Лесные пожары подошли к двум сёлам под Читой. " +
			"Из-за угрозы огня из сёл эвакуированы жители и около 600 голов скота, сообщили в МЧС."}
}

// TestJudgeCountPeopleCompoundVI: "có bao nhiêu người" is answered by a
// count of people by a Vietnamese word of several syllables ("30
// chuyên gia", "25 lính cứu hỏa"), not by a count of tonnes.
func TestJudgeCountPeopleCompoundVI(t *testing.T) {
	runSlotKinds(t, []slotKindCase{
		{"chuyên gia", "Đội y tế Nga sang Ankara có bao nhiêu người?", "vi", "vi-medics-counted", true},
		{"tonnes", "Đội y tế Nga sang Ankara có bao nhiêu người?", "vi", "vi-medics-tonnes", false},
		{"lính cứu hỏa", "Đoàn cứu hỏa Canada đến Irkutsk có bao nhiêu người?", "vi", "vi-firefighters", true},
		// Who the 30 were is not told by their count, which the
		// question gives itself.
		{"who, the count given", "Nhóm 30 chuyên gia y tế Nga sang Ankara gồm những ai?", "vi", "vi-medics-unnamed", false},
	})
}

// TestJudgeCountResidentsRU: "how many people were evacuated" is
// answered by a Russian count of residents ("600 жителей"), not of
// cattle.
func TestJudgeCountResidentsRU(t *testing.T) {
	runSlotKinds(t, []slotKindCase{
		{"en, residents", "How many people were evacuated because of the fires near Chita?", "en", "ru-evacuated-residents", true},
		{"vi, residents", "Bao nhiêu người dân phải sơ tán vì cháy rừng gần Chita?", "vi", "ru-evacuated-residents", true},
		{"ru, residents", "Сколько человек эвакуировали из-за пожаров под Читой?", "ru", "ru-evacuated-residents", true},
		{"en, cattle", "How many people were evacuated because of the fires near Chita?", "en", "ru-evacuated-cattle", false},
	})
}
