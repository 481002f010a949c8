package answer

import (
	"testing"
	"time"
)

// A substance is counted by weight or volume: "how many cod may be
// caught" is answered by a quota in tonnes, whether the tonnes come
// before the noun ("40 тысяч тонн лосося") or after it in its sentence
// ("квоту вылова лосося … в 40 тысяч тонн"). A measure of another noun
// ("tonnes of pollock" for "how many trawlers") or of nothing asked does
// not count it.
func TestJudgeMassCount(t *testing.T) {
	day := time.Date(2026, 10, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		lang, q, passage string
		answerable       bool
	}{
		{"ru", "Сколько лосося разрешено выловить в Охотском море в 2027 году?",
			"Комиссия установила квоту вылова лосося в Охотском море на 2027 год в 40 тысяч тонн.", true},
		{"ru", "Сколько лосося разрешено выловить в Охотском море в 2027 году?",
			"В 2027 году в Охотском море разрешено выловить 40 тысяч тонн лосося.", true},
		{"ru", "Сколько лосося разрешено выловить в Охотском море в 2027 году?",
			"Комиссия установила квоту вылова лосося в Охотском море на 2027 год, её размер не раскрыт.", false},
		{"en", "How many salmon may be caught in the Sea of Okhotsk in 2027?",
			"The commission set the salmon catch in the Sea of Okhotsk for 2027 at 40,000 tonnes.", true},
		{"en", "How many trawlers will fish in the Sea of Okhotsk in 2027?",
			"Trawlers will catch 40,000 tonnes of salmon in the Sea of Okhotsk in 2027.", false},
	}
	for _, tt := range tests {
		src := Citation{Title: "Квота", Lang: tt.lang, Published: day, Passage: tt.passage}
		if v := judge(tt.q, tt.lang, []Citation{src}); v.Answerable != tt.answerable {
			t.Errorf("%q over %q: answerable=%v (%s), want %v", tt.q, tt.passage, v.Answerable, v.Reason(), tt.answerable)
		}
	}
}
