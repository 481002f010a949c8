package answer

import (
	"testing"
	"time"
)

// headArticles quote an office holder whose side is named through the
// head of state he serves ("envoy of the President of X").
var headArticles = map[string]Citation{
	"vi": {Title: "Canada và Na Uy ký thỏa thuận về tàu cá", Lang: "vi", Published: time.Date(2026, 4, 2, 0, 0, 0, 0, time.UTC),
		Passage: "Canada và Na Uy đã ký thỏa thuận về tàu cá tại Tromsø. " +
			"Đặc phái viên của Thủ tướng Canada về các vấn đề hàng hải Mark Doyle cho biết thỏa thuận \"mở ra một chương mới\"."},
	"en": {Title: "Canada and Norway sign fishing deal", Lang: "en", Published: time.Date(2026, 4, 2, 0, 0, 0, 0, time.UTC),
		Passage: "Canada and Norway signed a deal on fishing vessels in Tromsø. " +
			"The Special Envoy of the Prime Minister of Canada for maritime affairs, Mark Doyle, said the deal \"opens a new chapter\"."},
	"en-other": {Title: "Canada and Norway sign fishing deal", Lang: "en", Published: time.Date(2026, 4, 2, 0, 0, 0, 0, time.UTC),
		Passage: "Canada and Norway signed a deal on fishing vessels in Tromsø. " +
			"The Special Envoy of the Prime Minister of Norway for maritime affairs, Erik Lunde, said the deal \"opens a new chapter\"."},
}

func TestJudgeOfficeThroughHeadOfState(t *testing.T) {
	judgeEachArticle(t, headArticles, []articleCase{
		{"ru envoy of the prime minister, vi", "Что сказал спецпосланник Канады о соглашении в Тромсё?", "ru", "vi", true},
		{"en envoy of the prime minister", "What did the Canadian envoy say about the Tromsø deal?", "en", "en", true},
		{"en envoy of another country's prime minister", "What did the Canadian envoy say about the Tromsø deal?", "en", "en-other", false},
	})
}
