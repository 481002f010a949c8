package answer

import (
	"testing"
	"time"
)

// TestJudgePartiesOfDeed: two names a question makes the parties of one
// deed ("Did Japan and the United States agree…") answer only from a
// story that names them together where it tells the deed, not from a
// story on another pair that names one of them in passing beside the
// topic.
func TestJudgePartiesOfDeed(t *testing.T) {
	arts := map[string]Citation{
		"en-fishing": {Title: "U.S. and Russia agree to share salmon catch data", Lang: "en", Published: time.Date(2026, 6, 2, 0, 0, 0, 0, time.UTC),
			Passage: "ANCHORAGE - U.S. and Russian fisheries officials agreed on Monday to exchange salmon catch data every month for three years. " +
				"The talks followed a season in which a Russian trawler and an old Japanese factory ship collided in the Bering Sea. " +
				"The data will be sent through the fisheries commission in Vladivostok."},
		"ru-fishing": {Title: "Россия и США договорились обмениваться данными об улове лосося", Lang: "ru", Published: time.Date(2026, 6, 2, 0, 0, 0, 0, time.UTC),
			Passage: "Рыбохозяйственные ведомства России и США договорились в понедельник ежемесячно обмениваться данными об улове лосося в течение трёх лет. " +
				"Поводом стало столкновение российского траулера со старым японским плавзаводом в Беринговом море."},
		"en-japan": {Title: "Japan and Russia agree to share salmon catch data", Lang: "en", Published: time.Date(2026, 6, 2, 0, 0, 0, 0, time.UTC),
			Passage: "TOKYO - Japan and Russia agreed on Monday to exchange salmon catch data every month for three years."},
	}
	tests := []struct {
		q, lang, article string
		answerable       bool
	}{
		// "and the": the article does not part the pair.
		{"Did Japan and the United States agree to exchange salmon catch data?", "en", "en-fishing", false},
		{"Did Russia and the United States agree to exchange salmon catch data?", "en", "en-fishing", true},
		// Named near each other, not as the parties of the deed.
		{"Договорились ли Россия и Япония об обмене данными об улове лосося?", "ru", "ru-fishing", false},
		{"Договорились ли Россия и США об обмене данными об улове лосося?", "ru", "ru-fishing", true},
		{"Did Japan and Russia agree to exchange salmon catch data?", "en", "en-japan", true},
	}
	for _, tt := range tests {
		v := judge(tt.q, tt.lang, []Citation{arts[tt.article]})
		if v.Answerable != tt.answerable {
			t.Errorf("judge(%q) on %s: answerable %v, want %v (%s)", tt.q, tt.article, v.Answerable, tt.answerable, v.Reason())
		}
	}
}
