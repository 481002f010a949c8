package answer

import "testing"

// judgeWant runs the judge on each question against its own sources and
// checks whether it answers.
func judgeWant(t *testing.T, tests []nearMissCase) {
	t.Helper()
	for _, tt := range tests {
		v := judge(tt.q, tt.lang, tt.srcs)
		if v.Answerable != tt.want {
			t.Errorf("%q: answerable %v (%s), want %v", tt.q, v.Answerable, v.Reason(), tt.want)
		}
	}
}

type nearMissCase struct {
	q, lang string
	srcs    []Citation
	want    bool
}

// A cost asked in Vietnamese typed without diacritics ("chi phi … la bao
// nhieu") asks a sum of money as "chi phí" does: a story that gives only
// a year and a length of time does not answer it; one that gives the sum
// does.
func TestJudgeUnaccentedCost(t *testing.T) {
	ferry := Citation{N: 1, ArticleID: "ferry-vi", Lang: "vi", Title: "Nga và Mỹ mở lại tuyến phà Nome - Provideniya",
		Passage: "Nga và Mỹ ngày 3/5 đã đồng ý mở lại tuyến phà giữa Nome và Provideniya, bị đình chỉ từ năm 2020. Chuyến phà đầu tiên sẽ kéo dài 12 giờ."}
	priced := Citation{N: 1, ArticleID: "ferry-priced-vi", Lang: "vi", Title: "Nga và Mỹ mở lại tuyến phà Nome - Provideniya",
		Passage: "Nga và Mỹ ngày 3/5 đã đồng ý mở lại tuyến phà giữa Nome và Provideniya. Chi phí mở lại tuyến phà là 4 triệu USD, do hai bên chia đều."}
	judgeWant(t, []nearMissCase{
		{"Chi phi mo lai tuyen pha Nome - Provideniya la bao nhieu?", "vi", []Citation{ferry}, false},
		{"Chi phí mở lại tuyến phà Nome - Provideniya là bao nhiêu?", "vi", []Citation{ferry}, false},
		{"Chi phi mo lai tuyen pha Nome - Provideniya la bao nhieu?", "vi", []Citation{priced}, true},
		// "phi hanh gia" is no price: the count of astronauts is asked.
		{"Co bao nhieu phi hanh gia bay len tram?", "vi", []Citation{{N: 1, ArticleID: "iss-vi", Lang: "vi", Title: "Trạm vũ trụ",
			Passage: "Hai phi hành gia Nga và một phi hành gia Mỹ đã bay lên trạm vũ trụ hôm thứ Ba."}}, true},
	})
}

// A third country that hosts talks is no party to them: a story datelined
// in its capital, or telling the talks "at" its ministry, does not answer
// what that country and the US agreed; one where it signs does.
func TestJudgeHostNoParty(t *testing.T) {
	hosted := Citation{N: 1, ArticleID: "baku-en", Lang: "en", Title: "U.S. and Russia agree in Baku on embassy staffing",
		Passage: "BAKU, Azerbaijan - U.S. and Russian diplomats agreed on Tuesday to lift the cap on embassy staff, ending three days of talks at the Azerbaijani Foreign Ministry in Baku."}
	bracket := Citation{N: 1, ArticleID: "baku-vi", Lang: "vi", Title: "Nga và Mỹ thỏa thuận về nhân viên đại sứ quán",
		Passage: "BAKU (Azerbaijan) - Mỹ và Nga ngày 4/3 đã đồng ý dỡ bỏ giới hạn nhân viên đại sứ quán sau ba ngày đàm phán tại Baku."}
	party := Citation{N: 1, ArticleID: "baku-deal-en", Lang: "en", Title: "Azerbaijan and the U.S. sign embassy staffing deal",
		Passage: "Azerbaijan and the United States agreed on Tuesday to lift the cap on embassy staff, officials said in Baku."}
	judgeWant(t, []nearMissCase{
		{"What did Azerbaijan and the US agree on embassy staff in Baku?", "en", []Citation{hosted}, false},
		{"Azerbaijan và Mỹ đã thỏa thuận gì về nhân viên đại sứ quán ở Baku?", "vi", []Citation{bracket}, false},
		{"What did Azerbaijan and the US agree on embassy staff in Baku?", "en", []Citation{party}, true},
		{"What did Russia and the US agree on embassy staff in Baku?", "en", []Citation{hosted}, true},
		// A post binds its two countries: the ambassador of Russia in
		// Azerbaijan speaks of the pair.
		{"Kim ngạch thương mại Azerbaijan - Nga năm 2025 đạt bao nhiêu?", "vi", []Citation{{N: 1, ArticleID: "envoy-vi", Lang: "vi", Title: "Đại sứ Nga tại Azerbaijan: quan hệ hai nước phát triển tốt",
			Passage: "Theo Đại sứ Nga tại Azerbaijan Ivan Petrov, kim ngạch thương mại song phương năm 2025 đạt khoảng 4,1 tỷ USD."}}, true},
	})
}

// The head of a Vietnamese unit asked by its own title ("Cục trưởng Cục
// …", "Vụ trưởng Vụ …") is not met by its deputy ("Phó Cục trưởng Cục
// …"): what the deputy said is not what the head said.
func TestJudgeUnitHeadNotDeputy(t *testing.T) {
	deputy := Citation{N: 1, ArticleID: "port-vi", Lang: "vi", Title: "Nga và Mỹ nối lại liên lạc giữa các cảng vụ",
		Passage: "Ông Pavel Orlov, Phó Cục trưởng Cục Hàng hải Liên bang Nga, nói đường dây liên lạc với cảng Nome sẽ hoạt động từ tháng 6."}
	head := Citation{N: 1, ArticleID: "port-head-vi", Lang: "vi", Title: "Nga và Mỹ nối lại liên lạc giữa các cảng vụ",
		Passage: "Ông Pavel Orlov, Cục trưởng Cục Hàng hải Liên bang Nga, nói đường dây liên lạc với cảng Nome sẽ hoạt động từ tháng 6."}
	q := "Cục trưởng Cục Hàng hải Liên bang Nga nói gì về đường dây liên lạc với cảng Nome?"
	judgeWant(t, []nearMissCase{
		{q, "vi", []Citation{deputy}, false},
		{q, "vi", []Citation{head}, true},
		{"Phó Cục trưởng Cục Hàng hải Liên bang Nga nói gì về đường dây liên lạc với cảng Nome?", "vi", []Citation{deputy}, true},
	})
}
