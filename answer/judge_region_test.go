package answer

import (
	"testing"
	"time"
)

// TestRegionMetByItsCountries: a region asked is named by a story that
// names a country within it, in any language, and not by one that names
// a country elsewhere.
func TestRegionMetByItsCountries(t *testing.T) {
	day := time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC)
	articles := map[string]Citation{
		"en-peru": {Title: "Russian and US diplomats meet in Lima", Lang: "en", Published: day,
			Passage: "Russian and US diplomats held consultations on consular services in Peru on Wednesday. " +
				"The talks in Lima lasted six hours, the Russian embassy said."},
		"en-portugal": {Title: "Russian and US diplomats meet in Lisbon", Lang: "en", Published: day,
			Passage: "Russian and US diplomats held consultations on consular services in Portugal on Wednesday. " +
				"The talks in Lisbon lasted six hours, the Russian embassy said."},
		"vi-uzbekistan": {Title: "Nga và Mỹ tham vấn tại Tashkent", Lang: "vi", Published: day,
			Passage: "Các nhà ngoại giao Nga và Mỹ đã tham vấn về dịch vụ lãnh sự tại Uzbekistan hôm thứ Tư. " +
				"Cuộc hội đàm kéo dài sáu giờ."},
	}
	judgeEachArticle(t, articles, []articleCase{
		{"ru Latin America, en story of Peru", "Где в Латинской Америке прошли консультации российских и американских дипломатов?", "ru", "en-peru", true},
		{"vi Latin America, en story of Peru", "Các nhà ngoại giao Nga và Mỹ tham vấn ở đâu tại Mỹ Latinh?", "vi", "en-peru", true},
		{"ru Latin America, story of Portugal", "Где в Латинской Америке прошли консультации российских и американских дипломатов?", "ru", "en-portugal", false},
		{"en Central Asia, vi story of Uzbekistan", "Where in Central Asia did Russian and US diplomats hold consultations?", "en", "vi-uzbekistan", true},
		{"en Southeast Asia, vi story of Uzbekistan", "Where in Southeast Asia did Russian and US diplomats hold consultations?", "en", "vi-uzbekistan", false},
		{"ru a department named by a region", "Кто возглавил департамент Латинской Америки МИД России?", "ru", "en-peru", false},
		{"vi a department named by a region", "Ai được bổ nhiệm làm Vụ trưởng Vụ Mỹ Latinh?", "vi", "en-peru", false},
		{"vi a department named by a region, diacritics", "Ai được bổ nhiệm làm Vụ trưởng Vụ châu Âu?", "vi", "en-portugal", false},
	})
}
