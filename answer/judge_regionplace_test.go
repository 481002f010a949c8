package answer

import (
	"testing"
	"time"
)

// TestRegionMetByItsPlaces: a region within a country ("Siberia", "the
// Arctic", "Дальний Восток") is met by a story that names a place within
// it, in any language and as an adjective; never a place by a story that
// names only its region, nor a name that holds the region's word (the
// Arctic Council) by a place within the region.
func TestRegionMetByItsPlaces(t *testing.T) {
	day := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	articles := map[string]Citation{
		"ru-tomsk": {Title: "Американские геологи приехали в Томск", Lang: "ru", Published: day,
			Passage: "В Томск прибыли пять американских геологов, которые вместе с российскими коллегами изучат торфяники. Экспедиция продлится месяц."},
		"en-siberia": {Title: "US and Russian geologists study Siberian peat", Lang: "en", Published: day,
			Passage: "Five American geologists arrived in Siberia to study peat bogs with Russian colleagues. The expedition will last a month."},
		"vi-murmansk": {Title: "Tàu nghiên cứu Mỹ cập cảng Murmansk", Lang: "vi", Published: day,
			Passage: "Một tàu nghiên cứu của Mỹ đã cập cảng Murmansk hôm thứ Ba để tiếp nhiên liệu. Các nhà khoa học trên tàu nghiên cứu băng biển."},
		"en-alaska": {Title: "US research ship docks in Anchorage", Lang: "en", Published: day,
			Passage: "A US research ship docked in Anchorage on Tuesday to refuel. The scientists on board study sea ice."},
	}
	judgeEachArticle(t, articles, []articleCase{
		{"en Siberia, ru story of Tomsk", "What will the American geologists study in Siberia?", "en", "ru-tomsk", true},
		{"en Siberian, ru story of Tomsk", "What will American geologists study on their Siberian expedition?", "en", "ru-tomsk", true},
		{"ru Арктика, vi story of Murmansk", "Зачем американское исследовательское судно зашло в порт в Арктике?", "ru", "vi-murmansk", true},
		{"en Arctic, a story of Alaska", "Why did the US research ship dock at an Arctic port?", "en", "en-alaska", false},
		{"en Tomsk, a story of Siberia only", "What will the American geologists study in Tomsk?", "en", "en-siberia", false},
		{"en Far East, ru story of Tomsk", "What will the American geologists study in the Far East?", "en", "ru-tomsk", false},
		{"en the Arctic Council, vi story of Murmansk", "Why did the Arctic Council ship dock in port?", "en", "vi-murmansk", false},
	})
}
