package retrieval

import "testing"

// TestPlantEquipmentAndTradeZones: reports of a nuclear plant's power and
// of sanctioned shipments name the diesel generators a plant falls back
// on and the free-trade zone goods pass through; a question in another
// language names them in its own words and found no passage. Each twin
// is the same passage without the thing asked.
func TestPlantEquipmentAndTradeZones(t *testing.T) {
	checkGate(t, []gateCase{
		{"Что говорят инспекторы о дизельных генераторах станции?",
			"Inspectors said the plant's diesel generators had fuel for another two weeks.", true},
		{"Что говорят инспекторы о дизельных генераторах станции?",
			"Inspectors said the plant's cooling pumps had been repaired within two weeks.", false},
		{"Máy phát điện diesel của nhà máy còn đủ nhiên liệu bao lâu?",
			"Топлива для резервных дизельных генераторов станции хватит ещё примерно на месяц.", true},
		{"Через какую свободную экономическую зону шли грузы?",
			"The cargo was routed through a free-trade zone in the port before reaching Russia.", true},
		{"Через какую свободную экономическую зону шли грузы?",
			"The cargo was routed through a warehouse in the port before reaching Russia.", false},
		{"Hàng hóa đi qua khu thương mại tự do nào?",
			"Грузы проходили через свободную экономическую зону в порту.", true},
	})
}
