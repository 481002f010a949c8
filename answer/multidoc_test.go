package answer

import (
	"slices"
	"testing"
)

// TestCoordinatedAsks: one interrogative put to two settings, the
// preposition repeated after the conjunction ("in A and in B"), is two
// asks, each with the whole question's head; a pair of sides, a
// partner or a time inside one setting is one ask.
func TestCoordinatedAsks(t *testing.T) {
	for q, want := range map[string][]string{
		"Who mediated the prisoner swaps in Ankara and in Budapest?": {
			"Who mediated the prisoner swaps in Ankara?", "Who mediated the prisoner swaps in Budapest?"},
		"О чём договорились Россия и США на консультациях в Валлетте и на переговорах в Каире?": {
			"О чём договорились Россия и США на консультациях в Валлетте?", "О чём договорились Россия и США на переговорах в Каире?"},
		"Những nước nào đăng cai các cuộc đàm phán về trao đổi tù nhân và về đường bay thẳng?": {
			"Những nước nào đăng cai các cuộc đàm phán về trao đổi tù nhân?", "Những nước nào đăng cai các cuộc đàm phán về đường bay thẳng?"},
		"Ai dẫn đầu phái đoàn Mỹ tại Valletta và ở Cairo?": {
			"Ai dẫn đầu phái đoàn Mỹ tại Valletta?", "Ai dẫn đầu phái đoàn Mỹ ở Cairo?"},
		"bomber notices in Valletta and the shipping hotline in Cairo, who led the US side each time?": {
			"bomber notices in Valletta, who led the US side each time?", "the shipping hotline in Cairo, who led the US side each time?"},
		"Compare the deal in Juneau with the commission in Seattle: what data will each share?": {
			"Compare the deal in Juneau: what data will each share?", "the commission in Seattle: what data will each share?"},
		"Where in Istanbul did the Russian and Ukrainian delegations meet in May?": {
			"Where in Istanbul did the Russian and Ukrainian delegations meet in May?"},
		"What did the US and China agree about a hotline?":        {"What did the US and China agree about a hotline?"},
		"What did Russia agree in Geneva with the United States?": {"What did Russia agree in Geneva with the United States?"},
		"Nga và Mỹ trao đổi tù nhân ở đâu?":                       {"Nga và Mỹ trao đổi tù nhân ở đâu?"},
		"Кто и когда подписал договор о визах?":                   {"Кто и когда подписал договор о визах?"},
	} {
		if got := askParts(q); !slices.Equal(got, want) {
			t.Errorf("askParts(%q) = %q, want %q", q, got, want)
		}
	}
}
