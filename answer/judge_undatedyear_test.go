package answer

import (
	"strings"
	"testing"
	"time"
)

// Original short reports (not from any evaluation set): talks in Geneva
// told by pieces with no publication date, one of them dating the talks
// in its text, and a dated report of the same talks.
var undatedYearArticles = map[string]Citation{
	"geneva-en": {Title: "Russian and US experts meet in Geneva on launch notices", Lang: "en",
		Passage: "GENEVA - Russian and U.S. experts met in Geneva to discuss notifications of missile launches. " +
			"The Russian delegation was led by Deputy Foreign Minister Pavel Orlov. " +
			"It was the first such meeting since 2009."},
	"geneva-ru": {Title: "Эксперты России и США встретились в Женеве", Lang: "ru",
		Passage: "ЖЕНЕВА. Эксперты России и США обсудили в Женеве уведомления о пусках ракет. " +
			"Российскую делегацию возглавил заместитель министра иностранных дел Павел Орлов."},
	"geneva-vi": {Title: "Chuyên gia Nga và Mỹ họp tại Geneva", Lang: "vi",
		Passage: "Các chuyên gia Nga và Mỹ đã họp tại Geneva để thảo luận về việc thông báo phóng tên lửa. " +
			"Phái đoàn Nga do Thứ trưởng Ngoại giao Pavel Orlov dẫn đầu."},
	"geneva-en-2013": {Title: "Russian and US experts meet in Geneva on launch notices", Lang: "en",
		Passage: "GENEVA - In March 2013, Russian and U.S. experts met in Geneva to discuss notifications of missile launches. " +
			"The Russian delegation was led by Deputy Foreign Minister Pavel Orlov."},
	"geneva-en-dated": {Title: "Russian and US experts meet in Geneva on launch notices", Lang: "en", Published: time.Date(2026, 6, 5, 0, 0, 0, 0, time.UTC),
		Passage: "GENEVA, June 5 - Russian and U.S. experts met in Geneva on Thursday to discuss notifications of missile launches. " +
			"The Russian delegation was led by Deputy Foreign Minister Pavel Orlov."},
}

// A year the question asks about is met by the event's own date: the
// year the passage writes beside it, or the publication date. An undated
// piece that tells the talks without a year does not tell the talks of
// the year asked, whatever year that is, in any language or spelling;
// without the year, or where the piece writes it, it answers.
func TestJudgeUndatedMeetsNoYear(t *testing.T) {
	tests := []struct {
		src, q, lang string
		want         bool
	}{
		{"geneva-en", "Who led the Russian delegation at the Geneva talks on missile launch notifications in 2013?", "en", false},
		{"geneva-en", "Who led the Russian delegation at the Geneva talks on missile launch notifications in 2027?", "en", false},
		// The year after the only one it names ("since 2009") is no
		// more the talks' year than any other.
		{"geneva-en", "Who led the Russian delegation at the Geneva talks on missile launch notifications in 2010?", "en", false},
		{"geneva-en", "When did Russian and US experts meet in Geneva on missile launch notifications in 2013?", "en", false},
		{"geneva-ru", "Кто возглавлял российскую делегацию на переговорах в Женеве об уведомлениях о пусках ракет в 2013 году?", "ru", false},
		{"geneva-vi", "Ai dẫn đầu phái đoàn Nga tại cuộc họp ở Geneva về thông báo phóng tên lửa năm 2013?", "vi", false},
		{"geneva-vi", "ai dan dau phai doan nga tai cuoc hop o geneva ve thong bao phong ten lua nam 2013", "vi", false},
		// Answerable: no year asked, the year written, a dated report.
		{"geneva-en", "Who led the Russian delegation at the Geneva talks on missile launch notifications?", "en", true},
		{"geneva-ru", "Кто возглавлял российскую делегацию на переговорах в Женеве об уведомлениях о пусках ракет?", "ru", true},
		{"geneva-vi", "Ai dẫn đầu phái đoàn Nga tại cuộc họp ở Geneva về thông báo phóng tên lửa?", "vi", true},
		{"geneva-en-2013", "Who led the Russian delegation at the Geneva talks on missile launch notifications in 2013?", "en", true},
		{"geneva-en-dated", "Who led the Russian delegation at the Geneva talks on missile launch notifications in 2026?", "en", true},
		{"geneva-en-dated", "Who led the Russian delegation at the Geneva talks on missile launch notifications in 2013?", "en", false},
	}
	for _, tt := range tests {
		t.Run(tt.src+"/"+tt.q, func(t *testing.T) {
			src := undatedYearArticles[tt.src]
			src.ArticleID, src.N = tt.src, 1
			v := judge(tt.q, tt.lang, []Citation{src})
			if v.Answerable != tt.want {
				t.Fatalf("answerable = %v, want %v (%s)", v.Answerable, tt.want, v.Reason())
			}
			if !tt.want && !strings.Contains(v.Reason(), "year") {
				t.Errorf("refused for %s, want the year unmet", v.Reason())
			}
		})
	}
}

// An original report of 2026 (not from any evaluation set) that gives,
// beside its news, a figure of the year before in a sentence naming one
// of the two ministers.
var ministersCall = Citation{ArticleID: "ministers-call", Title: "Orlov and Hale discuss consulates by phone", Lang: "en", N: 1,
	Published: time.Date(2026, 3, 28, 0, 0, 0, 0, time.UTC),
	Passage: "MOSCOW, March 28 - Russian Foreign Minister Pavel Orlov and U.S. Secretary of State Ann Hale discussed reopening consulates in a phone call on Friday. " +
		"Trade between Russia and India rose to $66 billion last year, Orlov said on a visit to New Delhi in January. " +
		"Russian envoy Ivan Demin took up his post in Washington last year."}

// "Last year" dates what its sentence tells: a sentence that holds one
// of two names the question asks about (Orlov's visit, not his call with
// Hale) does not date the call to that year; one that holds the question's
// content, or all its names, does ("took up his post" for "start his
// job"). A question of the call "in 2025" is a near miss; the call in 2026
// is dated by the story's own date.
func TestJudgeRelativeYearDatesItsOwnSentence(t *testing.T) {
	tests := []struct {
		q, lang string
		want    bool
	}{
		{"What did Orlov and Hale discuss by phone in 2025?", "en", false},
		{"Что обсуждали Орлов и Хейл по телефону в 2025 году?", "ru", false},
		{"Orlov và Hale đã thảo luận gì qua điện thoại năm 2025?", "vi", false},
		{"What did Orlov and Hale discuss by phone in 2026?", "en", true},
		{"Did Ivan Demin start his job in Washington in 2025?", "en", true},
		{"How much did trade between Russia and India rise to in 2025?", "en", true},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if v := judge(tt.q, tt.lang, []Citation{ministersCall}); v.Answerable != tt.want {
				t.Fatalf("answerable = %v, want %v (%s)", v.Answerable, tt.want, v.Reason())
			}
		})
	}
}
