package answer

import (
	"testing"
	"time"
)

// TestJudgeOtherSpans: "how long did it last" is not answered by the
// window a change was measured over nor by the gap a first closes, in
// the three languages; it is by the event's own length. Stories written
// for this test.
func TestJudgeOtherSpans(t *testing.T) {
	pub := time.Date(2026, 4, 7, 0, 0, 0, 0, time.UTC)
	src := func(lang, title, body string) Citation {
		return Citation{N: 1, ArticleID: "span-" + lang, Title: title, Passage: body, Lang: lang, Published: pub}
	}
	en := func(extra string) Citation {
		return src("en", "Norway and Russia hold first joint Barents Sea oil spill drill since 2019",
			"KIRKENES, Norway - Norwegian and Russian rescue services held a joint oil spill exercise in the Barents Sea on Tuesday, the first such drill between the two countries since 2019.\n\n"+
				"The Norwegian coastal administration said tanker traffic off Kirkenes had tripled over the past eight years."+extra)
	}
	ru := func(extra string) Citation {
		return src("ru", "Норвегия и Россия провели учения по ликвидации разлива нефти",
			"КИРКЕНЕС, 7 апреля. Спасательные службы Норвегии и России во вторник провели в Баренцевом море совместные учения по ликвидации разлива нефти, впервые с 2019 года.\n\n"+
				"По данным норвежской береговой администрации, за последние восемь лет движение танкеров у Киркенеса выросло втрое."+extra)
	}
	vi := func(extra string) Citation {
		return src("vi", "Na Uy và Nga diễn tập ứng phó tràn dầu ở biển Barents",
			"Ngày 7/4, lực lượng cứu hộ Na Uy và Nga đã tổ chức cuộc diễn tập chung ứng phó sự cố tràn dầu tại biển Barents, lần đầu tiên kể từ năm 2019.\n\n"+
				"Theo cơ quan duyên hải Na Uy, lưu lượng tàu chở dầu gần Kirkenes đã tăng gấp ba trong tám năm qua."+extra)
	}
	tests := []struct {
		name, q, lang string
		src           Citation
		answerable    bool
	}{
		{"en window and gap", "How long did the Barents Sea oil spill exercise last?", "en", en(""), false},
		{"en own length", "How long did the Barents Sea oil spill exercise last?", "en", en("\n\nThe exercise lasted six hours."), true},
		{"ru window and gap", "Сколько длились учения по ликвидации разлива нефти в Баренцевом море?", "ru", ru(""), false},
		{"ru own length", "Сколько длились учения по ликвидации разлива нефти в Баренцевом море?", "ru", ru("\n\nУчения продолжались шесть часов."), true},
		{"vi window and gap", "Cuộc diễn tập ứng phó tràn dầu ở biển Barents kéo dài bao lâu?", "vi", vi(""), false},
		{"vi own length", "Cuộc diễn tập ứng phó tràn dầu ở biển Barents kéo dài bao lâu?", "vi", vi("\n\nCuộc diễn tập kéo dài sáu giờ."), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := judge(tc.q, tc.lang, []Citation{tc.src})
			if v.Answerable != tc.answerable {
				t.Errorf("judge(%q) answerable = %v, want %v (%s)", tc.q, v.Answerable, tc.answerable, v.Reason())
			}
		})
	}
}
