package answer

import (
	"strings"
	"testing"
)

func init() {
	// Sums of money in currencies other than the dollar, euro or rouble.
	slotKindArticles["en-drill-kronor"] = Citation{Title: "Sweden and Finland hold a joint mine-clearing drill", Lang: "en", Published: slotKindDay,
		Passage: "KARLSKRONA - Sweden and Finland finished a three-day mine-clearing drill in the Baltic on Friday. " +
			"Rear Admiral Lena Strand said the drill cost the Swedish navy about 6 million kronor."}
	slotKindArticles["en-drill-code"] = Citation{Title: "Sweden and Finland hold a joint mine-clearing drill", Lang: "en", Published: slotKindDay,
		Passage: "KARLSKRONA - Sweden and Finland finished a three-day mine-clearing drill in the Baltic on Friday. " +
			"Rear Admiral Lena Strand said the drill cost the Swedish navy SEK 6 million."}
	slotKindArticles["ru-drill-kronor"] = Citation{Title: "Швеция и Финляндия провели учения по разминированию", Lang: "ru", Published: slotKindDay,
		Passage: "КАРЛСКРУНА, 5 марта. Швеция и Финляндия завершили трёхдневные учения по разминированию на Балтике. " +
			"По словам контр-адмирала Лены Странд, учения обошлись шведской стороне примерно в 6 млн крон."}
	slotKindArticles["en-drill-ships"] = Citation{Title: "Sweden and Finland hold a joint mine-clearing drill", Lang: "en", Published: slotKindDay,
		Passage: "KARLSKRONA - Sweden and Finland finished a three-day mine-clearing drill in the Baltic on Friday. " +
			"Rear Admiral Lena Strand said the drill involved 14 ships of the Swedish navy."}
	slotKindArticles["vi-drill-rubles"] = Citation{Title: "Nga và Mông Cổ diễn tập cứu hộ", Lang: "vi", Published: slotKindDay,
		Passage: "ULAN BATOR, ngày 5/3 - Nga và Mông Cổ kết thúc cuộc diễn tập cứu hộ chung kéo dài ba ngày. " +
			"Theo Bộ Tình trạng khẩn cấp Nga, cuộc diễn tập tốn khoảng 90 triệu rúp."}
}

// TestJudgeAmountCurrencies: "how much did X cost" is a sum of money,
// answered by a sum in any currency a story names ("6 million kronor",
// "SEK 6 million", "6 млн крон", "90 triệu rúp"), not by a count of
// ships.
func TestJudgeAmountCurrencies(t *testing.T) {
	runSlotKinds(t, []slotKindCase{
		{"en, kronor", "How much did the mine-clearing drill cost the Swedish navy?", "en", "en-drill-kronor", true},
		{"en, ISO code", "How much did the mine-clearing drill cost the Swedish navy?", "en", "en-drill-code", true},
		{"en, ru article", "How much did the mine-clearing drill cost the Swedish side?", "en", "ru-drill-kronor", true},
		{"ru", "Во сколько обошлись учения по разминированию шведской стороне?", "ru", "ru-drill-kronor", true},
		{"vi, rúp", "Cuộc diễn tập cứu hộ của Nga và Mông Cổ tốn bao nhiêu tiền?", "vi", "vi-drill-rubles", true},
		{"en, ships counted", "How much did the mine-clearing drill cost the Swedish navy?", "en", "en-drill-ships", false},
	})
}

// TestJudgeAmountPricedThing: the sum of money answers for the thing the
// question prices only where the story names that thing: a story of a
// drill's cost does not say what uranium cost.
func TestJudgeAmountPricedThing(t *testing.T) {
	runSlotKinds(t, []slotKindCase{
		{"en, drill", "How much did the Baltic drill cost the Swedish navy?", "en", "en-drill-kronor", true},
		{"en, uranium", "How much did the Baltic uranium cost the Swedish navy?", "en", "en-drill-kronor", false},
		{"ru, drill", "Во сколько обошлись учения шведской стороне?", "ru", "ru-drill-kronor", true},
		{"ru, uranium", "Во сколько обошёлся уран шведской стороне?", "ru", "ru-drill-kronor", false},
	})
}

func init() {
	// People counted by a word for them the question does not use.
	slotKindArticles["ru-volunteers"] = Citation{Title: "На Чукотке убрали берег после шторма", Lang: "ru", Published: slotKindDay,
		Passage: "АНАДЫРЬ, 5 марта. Спасатели завершили уборку берега у посёлка Лорино после шторма. " +
			"В уборке побережья приняли участие 20 добровольцев из посёлка Лорино."}
	slotKindArticles["ru-tractors"] = Citation{Title: "На Чукотке убрали берег после шторма", Lang: "ru", Published: slotKindDay,
		Passage: "АНАДЫРЬ, 5 марта. Спасатели завершили уборку берега у посёлка Лорино после шторма. " +
			"В уборке побережья приняли участие 20 тракторов из посёлка Лорино."}
	slotKindArticles["en-children"] = Citation{Title: "Ohio families and adoptions from Kazakhstan", Lang: "en", Published: slotKindDay,
		Passage: "COLUMBUS - Kazakhstan will resume adoptions by U.S. families next year, officials said. " +
			"Before the pause, families in Ohio adopted about 300 children from Kazakhstan."}
	slotKindArticles["ru-children"] = Citation{Title: "Казахстан возобновит усыновление", Lang: "ru", Published: slotKindDay,
		Passage: "АСТАНА, 5 марта. Казахстан возобновит усыновление американскими семьями. " +
			"До паузы семьи из Огайо усыновили в Казахстане около 300 детей."}
	slotKindArticles["vi-factories"] = Citation{Title: "Đoàn chuyên gia Nga đến Đà Nẵng", Lang: "vi", Published: slotKindDay,
		Passage: "ĐÀ NẴNG, ngày 5/3 - Đoàn chuyên gia năng lượng Nga đã đến Đà Nẵng trong chuyến khảo sát kéo dài một tuần. " +
			"Đoàn chuyên gia sẽ thăm 5 nhà máy điện ở miền Trung."}
	slotKindArticles["vi-researchers"] = Citation{Title: "Đoàn chuyên gia Nga đến Đà Nẵng", Lang: "vi", Published: slotKindDay,
		Passage: "ĐÀ NẴNG, ngày 5/3 - Đoàn chuyên gia năng lượng Nga đã đến Đà Nẵng trong chuyến khảo sát kéo dài một tuần. " +
			"Đoàn chuyên gia gồm 5 nhà nghiên cứu của Viện Kurchatov."}
}

// TestJudgeCountPeopleNouns: people are counted by the word a story
// uses for them, in any register ("20 добровольцев" for "người dân",
// "300 children" or "300 детей" for "kids"), and a Vietnamese syllable
// that begins words for people and things alike ("nhà") counts people
// only in a word for people ("5 nhà nghiên cứu", not "5 nhà máy").
func TestJudgeCountPeopleNouns(t *testing.T) {
	runSlotKinds(t, []slotKindCase{
		{"vi, volunteers", "Có bao nhiêu người dân Lorino tham gia dọn dẹp bờ biển?", "vi", "ru-volunteers", true},
		{"vi, tractors", "Có bao nhiêu người dân Lorino tham gia dọn dẹp bờ biển?", "vi", "ru-tractors", false},
		{"en, kids", "How many kids did Ohio families adopt from Kazakhstan before the pause?", "en", "en-children", true},
		{"en, kids, ru article", "How many kids did Ohio families adopt from Kazakhstan before the pause?", "en", "ru-children", true},
		{"vi, factories", "Đoàn chuyên gia năng lượng Nga đến Đà Nẵng có bao nhiêu người?", "vi", "vi-factories", false},
		{"vi, researchers", "Đoàn chuyên gia năng lượng Nga đến Đà Nẵng có bao nhiêu người?", "vi", "vi-researchers", true},
	})
}

func init() {
	// A count given by a classifier or a measure word after the number,
	// the noun named before it.
	slotKindArticles["vi-bears-classifier"] = Citation{Title: "Gấu Bắc Cực ở Chukotka", Lang: "vi", Published: slotKindDay,
		Passage: "ANADYR, ngày 5/3 - Các nhà khoa học Nga cho biết số lượng gấu ở bờ biển Chukotka ước tính khoảng 1.500 con."}
	slotKindArticles["vi-bears-vessels"] = Citation{Title: "Gấu Bắc Cực ở Chukotka", Lang: "vi", Published: slotKindDay,
		Passage: "ANADYR, ngày 5/3 - Các nhà khoa học Nga theo dõi gấu ở bờ biển Chukotka từ 12 chiếc tàu nghiên cứu."}
	// Things given one to each person, counted by the people.
	slotKindArticles["vi-visas-artists"] = Citation{Title: "Mỹ cấp thị thực cho dàn nhạc Ural", Lang: "vi", Published: slotKindDay,
		Passage: "MOSKVA, ngày 5/3 - Bộ Ngoại giao Mỹ đã cấp thị thực cho 48 nghệ sĩ của dàn nhạc Ural."}
	slotKindArticles["ru-visas-artists"] = Citation{Title: "США выдали визы оркестру", Lang: "ru", Published: slotKindDay,
		Passage: "МОСКВА, 5 марта. Госдепартамент выдал визы 48 артистам Уральского оркестра."}
	slotKindArticles["vi-visas-cities"] = Citation{Title: "Mỹ cấp thị thực cho dàn nhạc Ural", Lang: "vi", Published: slotKindDay,
		Passage: "MOSKVA, ngày 5/3 - Bộ Ngoại giao Mỹ đã cấp thị thực cho dàn nhạc Ural để biểu diễn tại 12 thành phố."}
	// An order of size, no count.
	slotKindArticles["en-aircraft-four"] = Citation{Title: "Russia hands Mongolia aircraft", Lang: "en", Published: slotKindDay,
		Passage: "ULAN BATOR - Russia handed Mongolia four transport aircraft to fight wildfires, officials said."}
	slotKindArticles["en-aircraft-dozens"] = Citation{Title: "Russia hands Mongolia aircraft", Lang: "en", Published: slotKindDay,
		Passage: "ULAN BATOR - Russia handed Mongolia dozens of transport aircraft to fight wildfires, officials said."}
	slotKindArticles["ru-aircraft-four"] = Citation{Title: "Россия передала Монголии самолёты", Lang: "ru", Published: slotKindDay,
		Passage: "УЛАН-БАТОР, 5 марта. Россия передала Монголии четыре транспортных самолёта для борьбы с пожарами."}
	slotKindArticles["ru-aircraft-dozens"] = Citation{Title: "Россия передала Монголии самолёты", Lang: "ru", Published: slotKindDay,
		Passage: "УЛАН-БАТОР, 5 марта. Россия передала Монголии десятки транспортных самолётов для борьбы с пожарами."}
	slotKindArticles["vi-aircraft-four"] = Citation{Title: "Nga trao máy bay cho Mông Cổ", Lang: "vi", Published: slotKindDay,
		Passage: "ULAN BATOR, ngày 5/3 - Nga đã trao cho Mông Cổ bốn máy bay vận tải để chữa cháy rừng."}
	slotKindArticles["vi-aircraft-dozens"] = Citation{Title: "Nga trao máy bay cho Mông Cổ", Lang: "vi", Published: slotKindDay,
		Passage: "ULAN BATOR, ngày 5/3 - Nga đã trao cho Mông Cổ hàng chục máy bay vận tải để chữa cháy rừng."}
}

// TestJudgeCountClassifier: a count told by a number and a classifier
// that stands for the noun named before it ("số lượng gấu … khoảng
// 1.500 con") answers "how many bears"; a classifier before another
// noun ("12 chiếc tàu") counts that noun.
func TestJudgeCountClassifier(t *testing.T) {
	runSlotKinds(t, []slotKindCase{
		{"en", "How many polar bears live on the Chukotka coast?", "en", "vi-bears-classifier", true},
		{"ru", "Сколько белых медведей живёт на побережье Чукотки?", "ru", "vi-bears-classifier", true},
		{"en, vessels", "How many polar bears live on the Chukotka coast?", "en", "vi-bears-vessels", false},
	})
}

// TestJudgeCountRecipients: things given one to each person are counted
// by the people they went to ("cấp thị thực cho 48 nghệ sĩ", "выдал визы
// 48 артистам"), not by the cities where those people will go.
func TestJudgeCountRecipients(t *testing.T) {
	runSlotKinds(t, []slotKindCase{
		{"en, vi article", "How many visas did the U.S. give the Ural orchestra?", "en", "vi-visas-artists", true},
		{"ru, vi article", "Сколько виз Госдепартамент выдал оркестру?", "ru", "vi-visas-artists", true},
		{"en, ru article", "How many visas did the State Department give the orchestra?", "en", "ru-visas-artists", true},
		{"ru, cities", "Сколько виз Госдепартамент выдал оркестру?", "ru", "vi-visas-cities", false},
	})
}

// TestJudgeCountVague: "how many" is answered by a number in digits or
// words ("four", "четыре", "bốn"), not by an order of size ("dozens of",
// "десятки", "hàng chục"), which says there were many, not how many.
func TestJudgeCountVague(t *testing.T) {
	var cases []slotKindCase
	for _, q := range []struct{ q, lang string }{
		{"How many transport aircraft did Russia hand Mongolia?", "en"},
		{"Сколько транспортных самолётов Россия передала Монголии?", "ru"},
		{"Nga đã trao cho Mông Cổ bao nhiêu máy bay vận tải?", "vi"},
	} {
		for _, art := range []string{"en", "ru", "vi"} {
			cases = append(cases,
				slotKindCase{q.lang + ", " + art + " four", q.q, q.lang, art + "-aircraft-four", true},
				slotKindCase{q.lang + ", " + art + " dozens", q.q, q.lang, art + "-aircraft-dozens", false})
		}
	}
	runSlotKinds(t, cases)
}

// TestFirstBulletCountRecipients: the sentence that counts the people a
// thing was given to, one each ("cấp thị thực cho 48 nghệ sĩ"), leads
// the answer to "how many visas", not one that counts the cities of
// the tour.
func TestFirstBulletCountRecipients(t *testing.T) {
	vi := Citation{Lang: "vi", Title: "Dàn nhạc Ural lưu diễn tại Mỹ",
		Passage: "MOSKVA, ngày 5/3 - Dàn nhạc giao hưởng Ural đến từ thành phố Yekaterinburg của Nga sẽ lưu diễn tại 9 thành phố của Mỹ từ ngày 2/4 đến ngày 30/4.\n\n" +
			"Bộ Ngoại giao Mỹ đã cấp thị thực cho 48 nghệ sĩ sau ba tháng xét duyệt.\n\n" +
			"Dàn nhạc sẽ biểu diễn lần đầu tại New York."}
	if got := firstBullet(t, "Сколько виз получил симфонический оркестр Ural из Yekaterinburg для гастролей?", "ru", vi); !strings.Contains(got, "48 nghệ sĩ") {
		t.Errorf("first bullet %q, want the 48 artists given visas", got)
	}
}
