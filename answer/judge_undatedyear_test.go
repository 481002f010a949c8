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
