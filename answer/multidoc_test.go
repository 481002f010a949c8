package answer

import (
	"slices"
	"testing"
	"time"
)

// TestCoordinatedAsks: one interrogative put to two settings, the
// preposition repeated after the conjunction ("in A and in B"), is two
// asks, each with the whole question's head; a pair of sides, a
// partner or a time inside one setting is one ask. Two listed times are
// two asks to search, one to judge (listTimes weighs them).
func TestCoordinatedAsks(t *testing.T) {
	for q, want := range map[string][]string{
		"Who mediated the prisoner swaps in Ankara and in Budapest?": {
			"Who mediated the prisoner swaps in Ankara?", "Who mediated the prisoner swaps in Budapest?"},
		"О чём договорились Россия и США на консультациях в Валлетте и на переговорах в Каире?": {
			"О чём договорились Россия и США на консультациях в Валлетте?", "О чём договорились Россия и США на переговорах в Каире?"},
		"Những nước nào đăng cai các cuộc đàm phán về trao đổi tù nhân và về đường bay thẳng?": {
			"Những nước nào đăng cai các cuộc đàm phán về trao đổi tù nhân?", "Những nước nào đăng cai các cuộc đàm phán về đường bay thẳng?"},
		"Nga đòi hỏi gì với Mỹ trong đàm phán vũ khí và về các cơ sở ngoại giao?": {
			"Nga đòi hỏi gì với Mỹ trong đàm phán vũ khí?", "Nga đòi hỏi gì với Mỹ về các cơ sở ngoại giao?"},
		"How did the Muscat consultations of June 2025 and January 2026 end?": {
			"How did the Muscat consultations of June 2025 end?", "How did the Muscat consultations of January 2026 end?"},
		"Сколько заключённых освободили в 2024 и 2025 годах?": {
			"Сколько заключённых освободили в 2024 годах?", "Сколько заключённых освободили в 2025 годах?"},
		"How did trade change between 2021 and 2025?": {"How did trade change between 2021 and 2025?"},
		"Ai dẫn đầu phái đoàn Mỹ tại Valletta và ở Cairo?": {
			"Ai dẫn đầu phái đoàn Mỹ tại Valletta?", "Ai dẫn đầu phái đoàn Mỹ ở Cairo?"},
		"bomber notices in Valletta and the shipping hotline in Cairo, who led the US side each time?": {
			"bomber notices in Valletta, who led the US side each time?", "the shipping hotline in Cairo, who led the US side each time?"},
		"Compare the deal in Juneau with the commission in Seattle: what data will each share?": {
			"Compare the deal in Juneau: what data will each share?", "the commission in Seattle: what data will each share?"},
		"Name the cities where the direct-flight talks and the Black Sea hotline talks were held.": {
			"Name the cities where the direct-flight talks were held.", "Name the cities where the Black Sea hotline talks were held."},
		"What did the US side and the Russian delegation say?": {"What did the US side and the Russian delegation say?"},
		"Where in Istanbul did the Russian and Ukrainian delegations meet in May?": {
			"Where in Istanbul did the Russian and Ukrainian delegations meet in May?"},
		"What did the US and China agree about a hotline?":        {"What did the US and China agree about a hotline?"},
		"What did Russia agree in Geneva with the United States?": {"What did Russia agree in Geneva with the United States?"},
		"Nga và Mỹ trao đổi tù nhân ở đâu?":                       {"Nga và Mỹ trao đổi tù nhân ở đâu?"},
		"Кто и когда подписал договор о визах?":                   {"Кто и когда подписал договор о визах?"},
	} {
		if got := searchAsks(q); !slices.Equal(got, want) {
			t.Errorf("searchAsks(%q) = %q, want %q", q, got, want)
		}
	}
	if q := "How did the Muscat consultations of June 2025 and January 2026 end?"; len(askParts(q)) != 1 {
		t.Errorf("askParts(%q) = %q, want one ask to judge", q, askParts(q))
	}
}

// TestTimelyAsks: a question listing two times keeps each time's
// report; a question of one time keeps only its own.
func TestTimelyAsks(t *testing.T) {
	sources := []Citation{
		{N: 1, ArticleID: "june", Published: time.Date(2025, 6, 17, 0, 0, 0, 0, time.UTC)},
		{N: 2, ArticleID: "march", Published: time.Date(2024, 3, 2, 0, 0, 0, 0, time.UTC)},
		{N: 3, ArticleID: "january", Published: time.Date(2026, 1, 22, 0, 0, 0, 0, time.UTC)},
	}
	for q, want := range map[string][]string{
		"How did the Muscat consultations of June 2025 and January 2026 end?": {"june", "january"},
		"How did the Muscat consultations of June 2025 end?":                  {"june"},
	} {
		_, got := timelyAsks(q, sources)
		var ids []string
		for i, c := range got {
			if c.N != i+1 {
				t.Errorf("%q: source %s numbered %d, want %d", q, c.ArticleID, c.N, i+1)
			}
			ids = append(ids, c.ArticleID)
		}
		if !slices.Equal(ids, want) {
			t.Errorf("timelyAsks(%q) keeps %v, want %v", q, ids, want)
		}
	}
}

// FuzzSearchAsks: any question splits without a panic into asks that
// are not empty, and a question with no joiner is one ask.
func FuzzSearchAsks(f *testing.F) {
	for _, q := range []string{
		"Who mediated the prisoner swaps in Ankara and in Budapest?",
		"bomber notices in Valletta and the shipping hotline in Cairo, who led the US side each time?",
		"Name the cities where the direct-flight talks and the Black Sea hotline talks were held.",
		"How did the Muscat consultations of June 2025 and January 2026 end?",
		"Сколько заключённых освободили в 2024 и 2025 годах?",
		"Nga đòi hỏi gì với Mỹ trong đàm phán vũ khí và về các cơ sở ngoại giao?",
		"in and in", "the and the the", "2025 and 2026", " и в ",
	} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		got := searchAsks(q)
		if len(got) == 0 {
			t.Fatalf("searchAsks(%q) = no asks", q)
		}
		if len(got) > 1 && slices.Contains(got, "") {
			t.Errorf("searchAsks(%q) = %q: an empty ask", q, got)
		}
		if !coordRE.MatchString(q) && !askJoinRE.MatchString(q) && (len(got) != 1 || got[0] != q) {
			t.Errorf("searchAsks(%q) = %q, want the question alone", q, got)
		}
	})
}
