package retrieval

import (
	"slices"
	"testing"
)

// TestExpandWhoPays: the idioms of paying ("footing the bill", "pick up
// the tab") reach the words of financing in Vietnamese and Russian, and
// a thing insured ("застрахованы", "được bảo hiểm") reaches insurance:
// before, "Who's footing the bill for the exchange?" shared no word with
// "… do Quỹ Kendall tài trợ", and "на какую сумму застрахованы" none
// with "insured for $3.4 million".
func TestExpandWhoPays(t *testing.T) {
	for q, want := range map[string]string{
		"Who's footing the bill for the exchange?":    "tài trợ",
		"Who will pick up the tab for the repairs?":   "финансирование",
		"На какую сумму застрахованы иконы?":          "insurance",
		"Các bức tượng được bảo hiểm bao nhiêu tiền?": "страховка",
	} {
		if got := Expand(q); !slices.Contains(got, want) {
			t.Errorf("Expand(%q) = %q, missing %q", q, got, want)
		}
	}
}
