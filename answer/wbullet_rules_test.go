package answer

import "testing"

// TestUnseenStoryBulletRules pins the rules the unseen stories of
// wbullet_test.go brought, each on text of its kind.
func TestUnseenStoryBulletRules(t *testing.T) {
	for _, s := range []string{"The ship must report its position every 15 minutes.", "Судно передаёт координаты каждые 15 минут.", "Tàu phải phát vị trí mỗi 15 phút.", "The cost was put at about $310,000 a year."} {
		if !frequencyRE.MatchString(s) {
			t.Errorf("frequencyRE misses %q", s)
		}
	}
	if frequencyRE.MatchString("The talks lasted 15 minutes.") {
		t.Error("frequencyRE takes a length of time for a frequency")
	}
	for q, want := range map[string]bool{
		"Сколько стоят сутки проводки?":       true,
		"How much will a day of escort cost?": true,
		"Сколько суток длится проводка?":      false,
	} {
		if got := priceVerbRE.MatchString(q); got != want {
			t.Errorf("priceVerbRE(%q) = %v, want %v", q, got, want)
		}
	}
	whole := candidate{lang: "en", cover: 9}
	if tellsAsMuch(candidate{lang: "en", cover: 4}, whole, "en") {
		t.Error("an article that says half the question leads over one that says it all")
	}
	if !tellsAsMuch(candidate{lang: "en", cover: 3}, candidate{lang: "ru", cover: 9}, "ru") {
		t.Error("an article read through the lexicon is held to the cover of one read word for word")
	}
}
