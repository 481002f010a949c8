package answer

import (
	"strings"
	"testing"
)

// TestHowManyFiguresOverHundreds: asked how many, the sentence giving
// the count in figures leads over the lead that says only "hundreds".
// The article is written for this test.
func TestHowManyFiguresOverHundreds(t *testing.T) {
	en := Citation{Lang: "en", Title: "Russian consulate in Seattle says adoptive families stopped reporting",
		Passage: "SEATTLE - Russia's consulate general in Seattle said on Monday that hundreds of American families who adopted children from Russia have stopped sending the yearly reports on the children's health. " +
			"Consul General Oleg Markin told reporters that 214 of about 1,400 families in the district had sent no report for at least two years. " +
			"The consulate said it would raise the matter with the State Department."}
	if got := firstBullet(t, "How many families in the Seattle consulate's district have stopped sending reports on their adopted children?", "en", en); !strings.Contains(got, "214") {
		t.Errorf("first bullet %q, want the count in figures (214)", got)
	}
}
