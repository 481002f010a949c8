package answer

import (
	"testing"
	"time"
	"unicode/utf8"
)

// Original short stories (not from any evaluation set) for the year, date
// and pair constraints: two rounds of one set of consultations a half
// year apart, told in two languages; a drill whose story names an
// earlier year as background; a fisheries deal of one country pair.
var yearPairArticles = map[string]Citation{
	"round-2025": {Title: "Консультации в Найроби завершились без итогов", Lang: "ru", Published: time.Date(2025, 7, 9, 0, 0, 0, 0, time.UTC),
		Passage: "НАЙРОБИ, 9 июля. Раунд российско-американских консультаций по работе посольств завершился в Найроби без договорённостей. " +
			"Стороны не смогли договориться о возвращении дипломатической собственности."},
	"round-2026": {Title: "Nairobi consultations end with a visa deal", Lang: "en", Published: time.Date(2026, 2, 12, 0, 0, 0, 0, time.UTC),
		Passage: "NAIROBI, Feb 12 - Russian and U.S. diplomats ended a round of consultations on embassy work in Nairobi with a deal on diplomatic visas. " +
			"Each side will issue up to 30 visas a quarter."},
	// Undated, naming no year: it cannot rule a year out, nor be one of
	// the stories a question lists by their years.
	"round-undated": {Title: "Consultations in Nairobi", Lang: "en",
		Passage: "NAIROBI - Russian and U.S. diplomats held a round of consultations on embassy work in Nairobi in February. " +
			"The round ended without a deal."},
	"flood-drill": {Title: "US and Russian rescuers hold first joint flood drill since 2019", Lang: "en", Published: time.Date(2025, 10, 14, 0, 0, 0, 0, time.UTC),
		Passage: "JUNEAU - U.S. and Russian rescue teams held a joint flood drill on the Yukon River on Monday, the first such exercise since 2019. " +
			"The Russian team was led by Colonel Ilya Sorokin of the Emergencies Ministry."},
	"crab": {Title: "Mỹ và Nga thống nhất chia sẻ dữ liệu về cua hoàng đế", Lang: "vi", Published: time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC),
		Passage: "Ngày 2/3, Mỹ và Nga đã thống nhất chia sẻ dữ liệu khảo sát về cua hoàng đế ở biển Bering. " +
			"Phiên họp tiếp theo sẽ diễn ra tại Anchorage vào mùa thu. " +
			"Các nhà khoa học Nhật Bản từng đề nghị tham gia khảo sát nhưng chưa được mời."},
	"accord": {Title: "Hiệp định nghề cá Bering được gia hạn", Lang: "vi", Published: time.Date(2026, 2, 2, 0, 0, 0, 0, time.UTC),
		Passage: "Hiệp định nghề cá Bering giữa Nga và Mỹ được ký năm 2012 tại Riga. " +
			"Năm 2020, hai nước đã gia hạn hiệp định thêm 4 năm. " +
			"Các chuyên gia cho rằng việc gia hạn giúp duy trì trao đổi dữ liệu khảo sát."},
	"accord-en": {Title: "Bering fisheries accord to be reviewed", Lang: "en", Published: time.Date(2026, 2, 2, 0, 0, 0, 0, time.UTC),
		Passage: "The Bering fisheries accord between Russia and the United States was signed in 2012 in Riga. " +
			"In 2020 the two countries extended the accord by four years. " +
			"Experts said the extension kept the exchange of survey data alive."},
	"staff-ru": {Title: "Russia and US ease limits on embassy staff", Lang: "en", Published: time.Date(2026, 4, 3, 0, 0, 0, 0, time.UTC),
		Passage: "VALLETTA - Russian and U.S. diplomats agreed on Friday to ease the limits that have left both countries' embassies short of staff. " +
			"Each embassy may hire up to 25 more local employees."},
	"chips-cn": {Title: "Mỹ và Trung Quốc nhất trí nới lỏng hạn chế xuất khẩu chip", Lang: "vi", Published: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC),
		Passage: "Ngày 1/6, Mỹ và Trung Quốc đã nhất trí nới lỏng một số hạn chế xuất khẩu chip bán dẫn sau hai ngày đàm phán tại Oslo. " +
			"Trung Quốc đồng ý cấp phép nhanh hơn cho các công ty Mỹ."},
	"flights": {Title: "Nga đề nghị nối lại đường bay thẳng với Mỹ", Lang: "vi", Published: time.Date(2026, 5, 12, 0, 0, 0, 0, time.UTC),
		Passage: "Nga đã đề nghị Mỹ nối lại các chuyến bay thẳng giữa hai nước. " +
			"Việc nối lại phụ thuộc vào lệnh trừng phạt đối với hãng Aurora, hãng bị đưa vào danh sách hạn chế năm 2019. " +
			"Trước năm 2019, hãng Aurora khai thác khoảng 10 chuyến bay mỗi tuần giữa Nga và Mỹ."},
	"survey": {Title: "Учёные России и США возобновят съёмку моржей", Lang: "ru", Published: time.Date(2026, 5, 20, 0, 0, 0, 0, time.UTC),
		Passage: "Российские и американские учёные в августе возобновят совместную авиасъёмку моржей у острова Врангеля. " +
			"После 2021 года совместная авиасъёмка моржей не проводилась. " +
			"Учёные двух стран в 2021 году обменялись данными о популяции."},
	"squid": {Title: "Nga và Nhật Bản đạt thỏa thuận hạn ngạch mực", Lang: "vi", Published: time.Date(2026, 4, 9, 0, 0, 0, 0, time.UTC),
		Passage: "Nga và Nhật Bản ngày 8/4 đã đạt thỏa thuận về hạn ngạch đánh bắt mực năm 2026 sau gần ba tuần đàm phán trực tuyến với nhiều vòng thảo luận kéo dài. " +
			"Phái đoàn Nga do ông Oleg Smirnov, Phó Cục trưởng Cục Nghề cá Liên bang Nga, dẫn đầu. " +
			"Phía Nhật Bản do ông Hiroshi Tanaka, quan chức Cơ quan Thủy sản, phụ trách. " +
			"Giới quan sát cho rằng ngư dân Hàn Quốc cũng chịu ảnh hưởng của việc giảm hạn ngạch."},
	"crab-jp": {Title: "Nga và Nhật Bản bàn về hạn ngạch cua", Lang: "vi", Published: time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC),
		Passage: "Ngày 1/4, Nga và Nhật Bản đã thống nhất hạn ngạch đánh bắt cua hoàng đế cho ngư dân Nhật Bản ở biển Okhotsk."},
}

func yearPairSources(keys ...string) []Citation {
	out := make([]Citation, len(keys))
	for i, k := range keys {
		out[i] = yearPairArticles[k]
		out[i].ArticleID = k
	}
	return out
}

// A question that lists two times ("in July 2025 and February 2026") asks
// about two stories: each time is met by the article that tells it, not
// all by one; a listed time no article tells is still a near miss, even
// beside an undated story that names no year.
func TestJudgeListedYearsAcrossArticles(t *testing.T) {
	rounds := yearPairSources("round-2025", "round-2026", "round-undated")
	tests := []struct {
		q, lang string
		want    bool
	}{
		{"How did the Nairobi consultations of July 2025 and February 2026 end?", "en", true},
		{"What came out of the 2025 and 2026 rounds of consultations in Nairobi?", "en", true},
		{"Чем закончились консультации в Найроби в 2025 и 2026 годах?", "ru", true},
		{"Các vòng tham vấn tại Nairobi năm 2025 và năm 2026 kết thúc ra sao?", "vi", true},
		{"Cac vong tham van tai Nairobi nam 2025 va nam 2026 ket thuc ra sao?", "vi", true},
		// Near misses: one of the listed years is no story's.
		{"How did the Nairobi consultations of 2023 and 2026 end?", "en", false},
		{"Чем закончились консультации в Найроби в 2025 и 2027 годах?", "ru", false},
		{"Các vòng tham vấn tại Nairobi năm 2024 và năm 2025 kết thúc ra sao?", "vi", false},
		{"How did the Nairobi consultations of February 2024 and February 2026 end?", "en", false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if v := judge(tt.q, tt.lang, rounds); v.Answerable != tt.want {
				t.Errorf("answerable = %v, want %v (%s)", v.Answerable, tt.want, v.Reason())
			}
		})
	}
}

// A year written after "since" is the background of the story, not the
// date of another event: the story of 2025 on "the first drill since
// 2019" dates its own drill to 2025, and still does not tell the drill
// of 2019.
func TestJudgeSinceYearIsBackground(t *testing.T) {
	drill := yearPairSources("flood-drill")
	tests := []struct {
		q, lang string
		want    bool
	}{
		{"Who led the Russian team at the 2025 Yukon River flood drill?", "en", true},
		{"Кто возглавлял российскую команду на учениях на реке Юкон в 2025 году?", "ru", true},
		{"Who led the Russian team at the 2019 Yukon River flood drill?", "en", false},
		{"Ai dẫn đầu đội Nga trong cuộc diễn tập trên sông Yukon năm 2019?", "vi", false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if v := judge(tt.q, tt.lang, drill); v.Answerable != tt.want {
				t.Errorf("answerable = %v, want %v (%s)", v.Answerable, tt.want, v.Reason())
			}
		})
	}
}

// A Vietnamese question typed without diacritics pairs its countries as
// one with them does: "My va Nhat Ban" is another pair than the "Mỹ và
// Nga" of the story, which names Japan only in passing, and "Nga va Nhat
// Ban" the pair of the other story.
func TestJudgePairWithoutDiacritics(t *testing.T) {
	tests := []struct {
		q       string
		sources []string
		want    bool
	}{
		{"My va Nhat Ban da thong nhat gi ve du lieu cua hoang de?", []string{"crab"}, false},
		{"Mỹ và Nhật Bản đã thống nhất gì về dữ liệu cua hoàng đế?", []string{"crab"}, false},
		{"Trung Quoc va Nga chia se du lieu cua hoang de the nao?", []string{"crab"}, false},
		{"My va Nga da thong nhat gi ve du lieu cua hoang de?", []string{"crab"}, true},
		{"Nga va Nhat Ban thong nhat han ngach cua hoang de the nao?", []string{"crab-jp", "crab"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if v := judge(tt.q, "vi", yearPairSources(tt.sources...)); v.Answerable != tt.want {
				t.Errorf("answerable = %v, want %v (%s)", v.Answerable, tt.want, v.Reason())
			}
		})
	}
}

// A year the article gives to another act of the same thing ("signed in
// 2012") does not date the act the question asks about when another
// sentence tells that act with its own year ("in 2020 the two extended
// it").
func TestJudgeYearOfAnotherAct(t *testing.T) {
	tests := []struct {
		q, lang, src string
		want         bool
	}{
		{"Năm 2012, Nga và Mỹ gia hạn hiệp định nghề cá Bering thêm bao lâu?", "vi", "accord", false},
		{"Năm 2020, Nga và Mỹ gia hạn hiệp định nghề cá Bering thêm bao lâu?", "vi", "accord", true},
		{"How long did Russia and the US extend the Bering fisheries accord by in 2012?", "en", "accord-en", false},
		{"How long did Russia and the US extend the Bering fisheries accord by in 2020?", "en", "accord-en", true},
		{"На сколько Россия и США продлили в 2012 году соглашение о рыболовстве в Беринговом море?", "ru", "accord-en", false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if v := judge(tt.q, tt.lang, yearPairSources(tt.src)); v.Answerable != tt.want {
				t.Errorf("answerable = %v, want %v (%s)", v.Answerable, tt.want, v.Reason())
			}
		})
	}
}

// A question pairing the topic with another country about what the
// corpus tells only of its own pair ("the US and China … embassy staff"
// of a US–Russia deal on embassy staff) is a near miss, though a story
// on the other pair shares its verbs ("agreed to ease limits" on chip
// exports); the other pair's own story is still answered.
func TestJudgePairNearMissByContrast(t *testing.T) {
	both := yearPairSources("staff-ru", "chips-cn")
	tests := []struct {
		q, lang string
		want    bool
	}{
		{"How did the US and China agree to ease limits on embassy staff?", "en", false},
		{"Mỹ và Trung Quốc đồng ý nới lỏng hạn chế nhân viên đại sứ quán thế nào?", "vi", false},
		{"Как США и Китай договорились смягчить ограничения на персонал посольств?", "ru", false},
		{"How did the US and Russia agree to ease limits on embassy staff?", "en", true},
		{"Mỹ và Trung Quốc nới lỏng hạn chế xuất khẩu chip thế nào?", "vi", true},
		{"How did the US and China agree to ease limits on chip exports?", "en", true},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if v := judge(tt.q, tt.lang, both); v.Answerable != tt.want {
				t.Errorf("answerable = %v, want %v (%s)", v.Answerable, tt.want, v.Reason())
			}
		})
	}
}

// A year the sentence that tells the event writes only as its bound
// ("before 2019", "после 2021 года") does not date the event to that
// year, though another sentence writes it beside the question's words;
// asked with the bound, the question is answered.
func TestJudgeYearAsBound(t *testing.T) {
	tests := []struct {
		q, lang, src string
		want         bool
	}{
		{"Năm 2019 hãng Aurora khai thác bao nhiêu chuyến bay mỗi tuần giữa Nga và Mỹ?", "vi", "flights", false},
		{"Trước năm 2019 hãng Aurora khai thác bao nhiêu chuyến bay mỗi tuần giữa Nga và Mỹ?", "vi", "flights", true},
		{"Когда Россия и США провели совместную авиасъёмку моржей в 2021 году?", "ru", "survey", false},
		{"Когда учёные России и США возобновят совместную авиасъёмку моржей?", "ru", "survey", true},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if v := judge(tt.q, tt.lang, yearPairSources(tt.src)); v.Answerable != tt.want {
				t.Errorf("answerable = %v, want %v (%s)", v.Answerable, tt.want, v.Reason())
			}
		})
	}
}

// A delegation the story names again by its side ("Phía Nhật Bản do ông
// B phụ trách" after "Phái đoàn Nga do ông A dẫn đầu") is that
// country's delegation; a country the story names otherwise has none.
func TestJudgeDelegationBySide(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"Ai dẫn đầu phái đoàn Nhật Bản trong đàm phán hạn ngạch mực với Nga?", true},
		{"Ai dan dau phai doan Nhat Ban trong dam phan han ngach muc voi Nga?", true},
		{"Ai dẫn đầu phái đoàn Hàn Quốc trong đàm phán hạn ngạch mực với Nga?", false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if v := judge(tt.q, "vi", yearPairSources("squid")); v.Answerable != tt.want {
				t.Errorf("answerable = %v, want %v (%s)", v.Answerable, tt.want, v.Reason())
			}
		})
	}
}

// Whatever the question, only its names, years and dates are listed
// (met by any article), and judging it against stories of two years does
// not fail and decides the same way twice.
func FuzzListedTimes(f *testing.F) {
	f.Add("How did the Nairobi consultations of July 2025 and February 2026 end?")
	f.Add("Чем закончились консультации в 2025 и 2026 годах, и в 2027?")
	f.Add("Vòng tham vấn tháng 6/2025 và tháng 1/2026, năm 2024 hay 2023 kết thúc ra sao?")
	f.Add("between 2021 and 2025 – 2016–2017 and")
	f.Add("")
	srcs := yearPairSources("round-2025", "round-2026", "round-undated")
	f.Fuzz(func(t *testing.T, q string) {
		if !utf8.ValidString(q) {
			t.Skip("questions are valid UTF-8")
		}
		for _, lang := range []string{"en", "ru", "vi"} {
			terms, _ := withDemonyms(q, queryTerms(q, lang))
			cons, _ := constraints(q, terms)
			for _, k := range cons {
				if k.listed && k.Kind != KindYear && k.Kind != KindDate && k.Kind != KindName {
					t.Fatalf("%s listed in %q", k, q)
				}
			}
			if a, b := judge(q, lang, srcs), judge(q, lang, srcs); a.Answerable != b.Answerable || a.Reason() != b.Reason() {
				t.Fatalf("judge(%q, %s) decided %v then %v", q, lang, a.Reason(), b.Reason())
			}
		}
	})
}
