package answer

import (
	"strings"
	"testing"
)

// TestFirstBulletCountSingular: "how many American expert toured …", a
// singular where English wants a plural, counts experts, not tours: the
// sentence that counts the experts leads, not one that counts another
// thing among more of the question's words.
func TestFirstBulletCountSingular(t *testing.T) {
	en := Citation{Lang: "en", Title: "U.S. experts visit Russian vaccine plant",
		Passage: "KAZAN - Four American vaccine experts spent three days in Kazan this week, the first such visit in ten years.\n\n" +
			"The American experts toured 3 production lines of the Kazan vaccine plant on Tuesday.\n\n" +
			"Russian experts will make a return visit next spring."}
	if got := firstBullet(t, "How many American expert toured the vaccine plant in Kazan?", "en", en); !strings.Contains(got, "Four American") {
		t.Errorf("first bullet %q, want the four American experts", got)
	}
}
