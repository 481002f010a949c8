package answer

import (
	"testing"
	"time"
)

// TestJudgeEraByYear: a world war asked by name ("WWII", "Thế chiến II",
// "Второй мировой") is met by a story that dates its event by a year of
// the war and never names it; a story of a crash after the war does not
// meet it.
func TestJudgeEraByYear(t *testing.T) {
	day := time.Date(2026, 6, 2, 0, 0, 0, 0, time.UTC)
	war := Citation{Title: "Russia returns remains of two U.S. airmen found on Sakhalin", Lang: "en", Published: day,
		Passage: "Russia handed over the remains of two U.S. airmen whose transport plane went down on Sakhalin in March 1943. The Soviet Union, neutral in the war with Japan, never reported the crash. The remains will be flown to a laboratory in Hawaii for identification."}
	cold := Citation{Title: "Russia returns remains of two U.S. airmen found on Sakhalin", Lang: "en", Published: day,
		Passage: "Russia handed over the remains of two U.S. airmen whose reconnaissance plane went down on Sakhalin in March 1952. The remains will be flown to a laboratory in Hawaii for identification."}
	for _, tt := range []struct {
		q, lang    string
		src        Citation
		answerable bool
	}{
		{"Where will the WWII airmen's remains from Sakhalin be identified?", "en", war, true},
		{"Where will the remains of the Second World War airmen found on Sakhalin be identified?", "en", war, true},
		{"Hài cốt phi công Mỹ thời Thế chiến II tìm thấy ở Sakhalin sẽ được giám định ở đâu?", "vi", war, true},
		{"Где будут опознавать останки американских лётчиков Второй мировой войны с Сахалина?", "ru", war, true},
		{"Where will the WWII airmen's remains from Sakhalin be identified?", "en", cold, false},
		{"Where will the World War I airmen's remains from Sakhalin be identified?", "en", war, false},
	} {
		if v := judge(tt.q, tt.lang, []Citation{tt.src}); v.Answerable != tt.answerable {
			t.Errorf("judge(%q): answerable %v, want %v (%s)", tt.q, v.Answerable, tt.answerable, v.Reason())
		}
	}
}
