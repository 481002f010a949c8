package answer

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// A reader tells who they are or why they ask before the question; the
// question is what is searched and judged. Of a scene that could narrow
// the question, its names and numbers stay; a scene the question points
// back at stays whole.
func TestWithoutScene(t *testing.T) {
	for _, tt := range []struct{ q, lang, want string }{
		{"I'm writing a piece on US–Russia relations. Who led the Russian delegation in Istanbul?", "en",
			"Who led the Russian delegation in Istanbul?"},
		{"Hi! My editor asked me for a briefing. Where will the next round of talks be held?", "en",
			"Where will the next round of talks be held?"},
		{"A friend sent me this article. I'd like to know when the talks ended.", "en", "I'd like to know when the talks ended."},
		{"Я пишу статью о российско-американских отношениях. Кто возглавил делегацию?", "ru", "Кто возглавил делегацию?"},
		{"Слежу за новостями о России и США. Сколько виз выдадут стороны?", "ru", "Сколько виз выдадут стороны?"},
		{"Коллега упомянул эту историю. Где прошли переговоры?", "ru", "Где прошли переговоры?"},
		{"Tôi đang viết bài về quan hệ Nga – Mỹ. Ai dẫn đầu phái đoàn Nga?", "vi", "Ai dẫn đầu phái đoàn Nga?"},
		// A clause of framing before a colon.
		{"Quick question for a story I'm editing: who led the Russian delegation?", "en", "Who led the Russian delegation?"},
		{"Коллега спрашивает: кто возглавил делегацию?", "ru", "Кто возглавил делегацию?"},
		// A scene that names a place or a year keeps them, as a sentence
		// of their own: they scope the question.
		{"I'm writing about the Geneva talks. Who led the Russian delegation?", "en", "About Geneva. Who led the Russian delegation?"},
		{"I'm writing about the talks of 2019. Who led the Russian delegation?", "en", "About 2019. Who led the Russian delegation?"},
		{"Hi! I'm covering the Wye Landing story for a local paper. Do you know who led the talks?", "en", "About Wye Landing. Who led the talks?"},
		{"Пишу заметку о переговорах в Женеве. Кто возглавил делегацию?", "ru", "Про Женеве. Кто возглавил делегацию?"},
		{"Mình đang viết bài về cuộc gặp ở Hà Nội. Ai dẫn đầu phái đoàn Nga?", "vi", "Về Hà Nội. Ai dẫn đầu phái đoàn Nga?"},
		// Kept whole: the question leans on the scene, or asks too little
		// to stand alone.
		{"Слышал, что в Хьюстоне сменился наш генконсул. Кто теперь?", "ru", "Слышал, что в Хьюстоне сменился наш генконсул. Кто теперь?"},
		// A sentence in the first person whose colon opens what is
		// asked about is no scene.
		{"Cho mình hỏi: cuộc gặp ở Hà Nội và hội nghị ở Huế đều bàn về thị thực. Cụ thể mỗi chuyện thế nào?", "vi",
			"Cho mình hỏi: cuộc gặp ở Hà Nội và hội nghị ở Huế đều bàn về thị thực. Cụ thể mỗi chuyện thế nào?"},
		// A clause before a colon that is no framing stays.
		{"Compare the Geneva and Vienna talks: who led each delegation?", "en", "Compare the Geneva and Vienna talks: who led each delegation?"},
		{"I'm reading about the new sanctions. Who announced them?", "en", "I'm reading about the new sanctions. Who announced them?"},
		{"Россия и США провели переговоры. Кто возглавил делегацию?", "ru", "Россия и США провели переговоры. Кто возглавил делегацию?"},
		{"Who led the Russian delegation in Istanbul?", "en", "Who led the Russian delegation in Istanbul?"},
	} {
		if got := withoutScene(tt.q, tt.lang); got != tt.want {
			t.Errorf("withoutScene(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// A question asked through a request ("Do you know who …?", "Не знаете,
// кто …?", "Bạn có biết … không?") is the question that follows; a
// request whose rest asks nothing stays as written.
func TestWithoutFrame(t *testing.T) {
	for _, tt := range []struct{ q, lang, want string }{
		{"Do you know who led the Russian delegation in Istanbul?", "en", "Who led the Russian delegation in Istanbul?"},
		{"I'd like to know when the embassy reopened.", "en", "When the embassy reopened?"},
		{"Could you tell me how many visas each side will issue?", "en", "How many visas each side will issue?"},
		{"Any idea until when the deal runs?", "en", "Until when the deal runs?"},
		{"Не знаете, кто возглавил делегацию?", "ru", "Кто возглавил делегацию?"},
		{"Хотелось бы узнать, сколько виз выдадут стороны.", "ru", "Сколько виз выдадут стороны?"},
		{"Интересно, за что осудили Петрова?", "ru", "За что осудили Петрова?"},
		{"Bạn có biết ai dẫn đầu phái đoàn Nga không?", "vi", "Ai dẫn đầu phái đoàn Nga?"},
		{"Tôi muốn biết Nga trả tự do bao nhiêu người.", "vi", "Nga trả tự do bao nhiêu người?"},
		{"Không biết cuộc gặp diễn ra ở đâu nhỉ?", "vi", "Cuộc gặp diễn ra ở đâu?"},
		{"Quick question: who signed the deal?", "en", "Who signed the deal?"},
		{"Вопрос такой: в каком году закрыли консульство?", "ru", "В каком году закрыли консульство?"},
		// No question word follows: a yes/no question, kept.
		{"Do you know whether the talks resumed?", "en", "Do you know whether the talks resumed?"},
		{"Не знаете, Петров приедет?", "ru", "Не знаете, Петров приедет?"},
		{"Bạn có biết ông Petrov không?", "vi", "Bạn có biết ông Petrov không?"},
		{"Who led the Russian delegation?", "en", "Who led the Russian delegation?"},
	} {
		if got := withoutFrame(tt.q, tt.lang); got != tt.want {
			t.Errorf("withoutFrame(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// FuzzWithoutScene: whatever a reader types, the question left after the
// scene and the request are taken away is never empty when the input asks
// something, the scene goes only as a whole leading part (what is left is
// the input's own tail, after the scene's names: sceneScope), and taking
// them away twice takes nothing more.
func FuzzWithoutScene(f *testing.F) {
	f.Add("I'm writing a piece on US–Russia relations. Who led the talks in Istanbul?", "en")
	f.Add("Готовлю обзор для редакции. Кто возглавлял делегацию?", "ru")
	f.Add("Tôi đang viết bài về quan hệ Nga – Mỹ. Ai dẫn đầu phái đoàn?", "vi")
	f.Add("Bạn có biết ai dẫn đầu phái đoàn Mỹ không?", "vi")
	f.Add("Хотелось бы узнать, сколько длились переговоры.", "ru")
	f.Add("Do you know", "en")
	f.Add("I. ?", "en")
	f.Fuzz(func(t *testing.T, q, lang string) {
		if !utf8.ValidString(q) {
			t.Skip("questions are valid UTF-8")
		}
		s := withoutScene(q, lang)
		tail := s
		for _, about := range []string{"About ", "Про ", "Về "} {
			if i := strings.Index(s, ". "); strings.HasPrefix(s, about) && i >= 0 && !strings.HasPrefix(q, about) {
				tail = s[i+2:]
			}
		}
		// The tail's first letter may be capitalised, and the request it
		// was asked through ends it with "?" (withoutFrame).
		trim := func(s string) string { return strings.TrimRight(s, ".!? ") }
		if !strings.HasSuffix(q, tail) && !strings.HasSuffix(trim(q), trim(tail[min(len(tail), 1):])) {
			t.Fatalf("withoutScene(%q) = %q, not a tail of it", q, s)
		}
		if strings.TrimSpace(q) != "" && strings.TrimSpace(s) == "" {
			t.Fatalf("withoutScene(%q) left nothing", q)
		}
		fr := withoutFrame(s, lang)
		if strings.TrimSpace(s) != "" && strings.TrimSpace(fr) == "" {
			t.Fatalf("withoutFrame(%q) left nothing", s)
		}
		if again := withoutScene(s, lang); again != s {
			t.Fatalf("withoutScene is not done in one pass: %q -> %q -> %q", q, s, again)
		}
	})
}
