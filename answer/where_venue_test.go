package answer

import (
	"strings"
	"testing"
)

// TestFirstBulletVenue: asked where talks took place, the reader is
// first shown the sentence naming the venue, not the one that names only
// the city ("в столице Австрии"), which the question often names
// already. The articles are written for this test.
func TestFirstBulletVenue(t *testing.T) {
	ru := Citation{Lang: "ru", Title: "Россия и США возобновят обмен данными о ракетах",
		Passage: "ВЕНА, 12 марта. Россия и США договорились возобновить обмен данными о развёрнутых ракетах. " +
			"Об этом по итогам двухдневных консультаций в столице Австрии сообщил заместитель министра Павел Седов. " +
			"Консультации прошли 10–11 марта во дворце Хофбург. " +
			"Следующий раунд намечен на осень."}
	en := Citation{Lang: "en", Title: "US and Russia to resume missile data exchange",
		Passage: "VIENNA - American and Russian officials agreed on Wednesday to resume exchanges of data on deployed missiles. " +
			"The deal was announced after two days of consultations in the Austrian capital by Deputy Minister Pavel Sedov. " +
			"The consultations were held at the Hofburg Palace, with Austria acting as host. " +
			"The next round is planned for the autumn."}
	for _, tc := range []struct {
		q, lang string
		src     Citation
	}{
		{"Где проходили консультации России и США по ракетам в марте?", "ru", ru},
		{"Where were the U.S.-Russian consultations on missile data held?", "en", en},
		{"Cuộc tham vấn Nga - Mỹ về dữ liệu tên lửa diễn ra ở đâu?", "vi", en},
	} {
		t.Run(tc.q, func(t *testing.T) {
			if got := firstBullet(t, tc.q, tc.lang, tc.src); !strings.Contains(got, "Hofburg") && !strings.Contains(got, "Хофбург") {
				t.Errorf("first bullet %q, want the sentence naming the venue", got)
			}
		})
	}
}
