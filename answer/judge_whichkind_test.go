package answer

import (
	"testing"
	"time"
)

// "What is the value of …" asks a sum as "what is the cost" does, and
// "which base" a base's name as "which airport" does: a story that says
// the value was not disclosed, or that the bases will be chosen later,
// speaks of the thing without giving it. Stories and questions written
// for the kind, in en/vi/ru.
func TestJudgeValueAndBaseKinds(t *testing.T) {
	pub := time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC)
	story := func(lang, passage string) Citation {
		return Citation{N: 1, ArticleID: "kind-" + lang, Lang: lang, Title: "Deal", Published: pub, Passage: passage}
	}
	valueHidden := story("en", "Airbus signed contracts to supply spare parts to the Russian airline Pobeda. Airbus declined to comment on the value of the contracts.")
	valueGiven := story("en", "Airbus signed contracts to supply spare parts to the Russian airline Pobeda. The value of the contracts is about $40 million, the company said.")
	baseHidden := story("en", "Russian and U.S. officials agreed to exchange inspection visits to missile bases. The inspectors will visit one base of the other country; the base will be chosen by lot in May.")
	baseGiven := story("en", "Russian and U.S. officials agreed to exchange inspection visits to missile bases. The Russian inspectors will visit Malmstrom Air Force Base in Montana in May.")
	valueHiddenVI := story("vi", "Airbus đã ký hợp đồng cung cấp phụ tùng cho hãng hàng không Nga Pobeda. Airbus từ chối bình luận về giá trị của các hợp đồng.")
	valueHiddenRU := story("ru", "Airbus подписал контракты на поставку запчастей российской авиакомпании «Победа». Стоимость контрактов не раскрывается.")
	tests := []struct {
		q, lang    string
		src        Citation
		answerable bool
	}{
		{"What is the total value of Airbus's contracts with Pobeda?", "en", valueHidden, false},
		{"What is the total value of Airbus's contracts with Pobeda?", "en", valueGiven, true},
		{"Which missile base will the Russian inspectors visit?", "en", baseHidden, false},
		{"Which missile base will the Russian inspectors visit?", "en", baseGiven, true},
		{"Giá trị nào của các hợp đồng giữa Airbus và Pobeda được công bố?", "vi", valueHiddenVI, false},
		{"Какова стоимость контрактов Airbus с «Победой»?", "ru", valueHiddenRU, false},
	}
	for _, tt := range tests {
		if v := judge(tt.q, tt.lang, []Citation{tt.src}); v.Answerable != tt.answerable {
			t.Errorf("judge(%q) of %q: answerable %v, want %v (%s)", tt.q, tt.src.Passage[len(tt.src.Passage)-40:], v.Answerable, tt.answerable, v.Reason())
		}
	}
}
