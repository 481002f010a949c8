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

// TestJudgeAskedScale: a "how long" question that names its unit is
// answered by a length of the same scale: months of talks do not tell
// how many minutes the handover took, in the three languages; minutes
// do. Stories written for this test.
func TestJudgeAskedScale(t *testing.T) {
	pub := time.Date(2026, 2, 11, 0, 0, 0, 0, time.UTC)
	src := func(lang, title, body string) Citation {
		return Citation{N: 1, ArticleID: "scale-" + lang, Title: title, Passage: body, Lang: lang, Published: pub}
	}
	en := src("en", "Russia and the US swap prisoners in Tashkent",
		"TASHKENT - Russia and the United States exchanged two prisoners each at Tashkent airport on Tuesday.\n\n"+
			"An Uzbek official said the talks on the exchange had lasted five months.")
	ru := src("ru", "Россия и США обменялись заключёнными в Ташкенте",
		"ТАШКЕНТ, 10 февраля. Россия и США во вторник обменялись заключёнными в аэропорту Ташкента.\n\n"+
			"По словам узбекского чиновника, переговоры об обмене продолжались пять месяцев.")
	vi := src("vi", "Nga và Mỹ trao đổi tù nhân tại Tashkent",
		"Ngày 10/2, Nga và Mỹ đã trao đổi tù nhân tại sân bay Tashkent.\n\n"+
			"Một quan chức Uzbekistan cho biết các cuộc đàm phán về việc trao đổi kéo dài năm tháng.")
	tests := []struct {
		name, q, lang string
		src           Citation
		answerable    bool
	}{
		{"en minutes, months given", "How many minutes did the prisoner exchange in Tashkent take?", "en", en, false},
		{"en months given", "How many months did the talks on the Tashkent exchange last?", "en", en, true},
		{"ru minutes, months given", "Сколько минут длился обмен заключёнными в Ташкенте?", "ru", ru, false},
		{"vi minutes, months given", "Cuộc trao đổi tù nhân tại Tashkent kéo dài bao nhiêu phút?", "vi", vi, false},
		{"vi months given", "Các cuộc đàm phán về việc trao đổi tù nhân tại Tashkent kéo dài bao nhiêu tháng?", "vi", vi, true},
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
