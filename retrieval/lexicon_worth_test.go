package retrieval

import "testing"

// TestWorthIsPrice: a shipment's worth is asked in Vietnamese "trị giá"
// or "giá trị", written in Russian "стоимостью"/"на сумму", and an
// English report says "worth" or "valued at": one concept with price and
// cost, so the question finds the report's figure. The twin has no
// amount.
func TestWorthIsPrice(t *testing.T) {
	checkGate(t, []gateCase{
		{"Lô tua-bin chuyển sang Nga trị giá bao nhiêu?",
			"The company shipped six gas turbines worth about $12 million to Russia last year.", true},
		{"Lô tua-bin chuyển sang Nga trị giá bao nhiêu?",
			"The company shipped six gas turbines by sea to Russia last year.", false},
		{"How much were the turbines shipped to Russia worth?",
			"Lô tua-bin chuyển sang Nga có trị giá khoảng 12 triệu USD.", true},
	})
}
