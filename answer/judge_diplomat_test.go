package answer

import (
	"strings"
	"testing"
	"time"
)

// TestJudgeDiplomatByOffice: a question's "diplomat" is held by a report
// that names a diplomat by his office (an ambassador, an envoy), in the
// question's language or another; a report naming only a general, or
// another country's ambassador, does not answer it.
func TestJudgeDiplomatByOffice(t *testing.T) {
	day := time.Date(2026, 6, 12, 0, 0, 0, 0, time.UTC)
	ambassador := Citation{Title: "Prisoner swap at Izmir airport", Lang: "en", Published: day,
		Passage: "Russia and the United States exchanged two prisoners at Izmir airport on Thursday. " +
			"\"Humanitarian concerns came first,\" Turkey's ambassador in Washington, Selim Kaya, told reporters."}
	general := Citation{Title: "Prisoner swap at Izmir airport", Lang: "en", Published: day,
		Passage: "Russia and the United States exchanged two prisoners at Izmir airport on Thursday. " +
			"\"The handover went as planned,\" Turkish general Selim Kaya told reporters."}
	ambassadorRU := Citation{Title: "Обмен заключенными в Измире", Lang: "ru", Published: day,
		Passage: "Россия и США в четверг обменялись двумя заключенными в аэропорту Измира. " +
			"«Гуманитарные соображения были главными», — сказал журналистам посол Турции в Вашингтоне Селим Кая."}
	tests := []struct {
		name, q, lang string
		src           Citation
		answerable    bool
	}{
		{"ru which diplomat, ru ambassador", "Кто из турецких дипломатов комментировал обмен в Измире?", "ru", ambassadorRU, true},
		{"ru which diplomat, en ambassador", "Кто из турецких дипломатов комментировал обмен в Измире?", "ru", ambassador, true},
		{"vi which diplomat, en ambassador", "Nhà ngoại giao Thổ Nhĩ Kỳ nào bình luận về cuộc trao đổi ở Izmir?", "vi", ambassador, true},
		{"en which diplomat, ru ambassador", "Which Turkish diplomat commented on the exchange in Izmir?", "en", ambassadorRU, true},
		{"en which diplomat, only a general", "Which Turkish diplomat commented on the exchange in Izmir?", "en", general, false},
		{"ru which diplomat, only a general", "Кто из турецких дипломатов комментировал обмен в Измире?", "ru", general, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := judge(tt.q, tt.lang, []Citation{tt.src})
			if v.Answerable != tt.answerable {
				t.Fatalf("answerable = %v (%s), want %v", v.Answerable, v.Reason(), tt.answerable)
			}
			if !tt.answerable && !strings.Contains(v.Reason(), "content") {
				t.Errorf("reason %q: want the diplomat missing", v.Reason())
			}
		})
	}
}
