package answer

import (
	"strings"
	"testing"
	"time"
)

// TestJudgeLastedThing: "how long did X last" is answered by a story
// that speaks of X, and refused by one that gives the length of another
// thing of the same people (their phone call, for "the trade talks").
func TestJudgeLastedThing(t *testing.T) {
	pub := time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)
	arts := map[string]Citation{
		"call": {Title: "Pryor and Belov speak by phone", Lang: "en", Published: pub,
			Passage: "WASHINGTON - Deputy Secretary of State Alan Pryor and Russian Deputy Foreign Minister Gennady Belov spoke by phone on Tuesday. " +
				"The call lasted about 50 minutes and covered the work of the two embassies."},
		"vi-call": {Title: "Ông Pryor và ông Belov điện đàm", Lang: "vi", Published: pub,
			Passage: "Thứ trưởng Ngoại giao Mỹ Alan Pryor và Thứ trưởng Ngoại giao Nga Gennady Belov đã điện đàm hôm thứ Ba tại Oslo. " +
				"Cuộc điện đàm kéo dài khoảng 50 phút và bàn về hoạt động của hai đại sứ quán."},
		"ru-call": {Title: "Прайор и Белов поговорили по телефону", Lang: "ru", Published: pub,
			Passage: "ВАШИНГТОН, 11 марта. Замгоссекретаря США Алан Прайор и замминистра иностранных дел России Геннадий Белов во вторник провели телефонный разговор. " +
				"Разговор продолжался около 50 минут и касался работы посольств."},
	}
	tests := []struct {
		q, lang, article string
		answerable       bool
	}{
		{"How long did the phone call between Pryor and Belov last?", "en", "call", true},
		{"How long did the tariff talks between Pryor and Belov last?", "en", "call", false},
		{"Cuộc điện đàm giữa ông Pryor và ông Belov tại Oslo kéo dài bao lâu?", "vi", "vi-call", true},
		{"Cuộc hội đàm giữa ông Pryor và ông Belov tại Oslo kéo dài bao lâu?", "vi", "vi-call", false},
		{"Сколько длился разговор Прайора и Белова?", "ru", "ru-call", true},
		{"Сколько длились переговоры Прайора и Белова?", "ru", "ru-call", false},
	}
	for _, tt := range tests {
		c := arts[tt.article]
		c.N, c.ArticleID = 1, tt.article
		v := judge(tt.q, tt.lang, []Citation{c})
		if v.Answerable != tt.answerable {
			t.Errorf("judge(%q) on %s: answerable %v, want %v (%s; %v)", tt.q, tt.article, v.Answerable, tt.answerable, v.Reason(), v.Constraints)
		}
		if !tt.answerable && !strings.Contains(v.Reason(), "answer") {
			t.Errorf("judge(%q): reason %q does not name the answer", tt.q, v.Reason())
		}
	}
}
