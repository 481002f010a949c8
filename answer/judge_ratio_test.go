package answer

import "testing"

// "How many times" is answered by a multiplier in words ("втрое",
// "had tripled", "gấp đôi"), not refused for want of a counted number;
// a story that gives no multiplier does not answer it, and "how many
// times did they meet" still asks a count.
func TestJudgeRatio(t *testing.T) {
	premiums := Citation{N: 1, ArticleID: "premiums-ru", Lang: "ru", Title: "Горячая линия в Чёрном море",
		Passage: "Мешков объяснил согласие Москвы тем, что страховые премии для судов, заходящих в российские порты, с лета выросли втрое."}
	flights := Citation{N: 1, ArticleID: "flights-en", Lang: "en", Title: "India and Russia to double weekly flights",
		Passage: "India and Russia agreed on Wednesday to double the number of weekly passenger flights between the two countries to 64."}
	visas := Citation{N: 1, ArticleID: "visas-vi", Lang: "vi", Title: "Thị thực cho công dân Mỹ",
		Passage: "Năm 2025, Đại sứ quán Nga đã cấp cho công dân Mỹ khoảng 9.000 thị thực, tăng gấp đôi so với năm trước."}
	elsewhere := Citation{N: 1, ArticleID: "elsewhere-en", Lang: "en", Title: "Trade news",
		Passage: "Flights between the two countries doubled last year. Insurance premiums for ships calling at Russian ports rose since the summer, brokers said."}
	flat := Citation{N: 1, ArticleID: "flat-en", Lang: "en", Title: "Insurance premiums for ships",
		Passage: "Insurance premiums for ships calling at Russian ports rose since the summer, brokers said."}
	tests := []struct {
		q, lang string
		src     Citation
		want    bool
	}{
		{"By how many times did insurance premiums for ships calling at Russian ports grow?", "en", premiums, true},
		{"How many times more premiums do ships calling at Russian ports pay?", "en", premiums, true},
		{"Phí bảo hiểm cho tàu vào cảng Nga tăng gấp mấy lần?", "vi", premiums, true},
		{"Во сколько раз увеличится число рейсов между Индией и Россией?", "ru", flights, true},
		{"Số thị thực Nga cấp cho người Mỹ năm 2025 tăng gấp mấy lần?", "vi", visas, true},
		{"Во сколько раз выросли страховые премии для судов?", "ru", flat, false},
		{"By how many times did insurance premiums for ships calling at Russian ports grow?", "en", elsewhere, false},
	}
	for _, tt := range tests {
		v := judge(tt.q, tt.lang, []Citation{tt.src})
		if v.Answerable != tt.want {
			t.Errorf("%q: answerable %v (%s), want %v", tt.q, v.Answerable, v.Reason(), tt.want)
		}
	}
	for q, want := range map[string]bool{
		"Во сколько раз выросли премии?":              true,
		"How many times more visas were issued?":      true,
		"By what factor did trade grow?":              true,
		"Thương mại tăng gấp mấy lần?":                true,
		"How many times did Orlov and Hale meet?":     false,
		"Сколько раз встречались Орлов и Хейл?":       false,
		"Hai ngoại trưởng đã gặp nhau bao nhiêu lần?": false,
	} {
		if got := asksRatio(q); got != want {
			t.Errorf("asksRatio(%q) = %v, want %v", q, got, want)
		}
	}
}

// Vietnamese counts and shares asked with "tăng", "giam" or "gặp" are no
// ratio.
func TestAsksRatioVietnameseCounts(t *testing.T) {
	for _, q := range []string{
		"Kim ngạch thương mại tăng bao nhiêu phần trăm?",
		"Nga hiện còn giam bao nhiêu công dân Mỹ bị coi là giam giữ sai trái?",
		"Hai ngoại trưởng gặp nhau mấy lần?",
		"Hai ngoai truong gap nhau may lan?",
	} {
		if asksRatio(q) {
			t.Errorf("asksRatio(%q) = true, want false", q)
		}
	}
}
