package answer

import (
	"slices"
	"strings"
	"testing"
)

// firstBulletOf is the first quoted line of an extractive answer.
func firstBulletOf(text string) string {
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "• ") {
			return line
		}
	}
	return ""
}

// TestFirstBulletByKind: for each kind of question, the sentence that
// gives the kind of answer asked for, bound to what is asked, leads;
// not the sentence that restates the question, nor one giving the same
// kind of answer about something else. The articles are written for
// this test.
func TestFirstBulletByKind(t *testing.T) {
	swapRU := Citation{N: 1, ArticleID: "swap-ru", Title: "Обмен в Вене", Lang: "ru",
		Passage: "ВЕНА, 3 ноября. Россия и США во вторник обменялись заключёнными в Вене. " +
			"Посредником выступило правительство Австрии. " +
			"В обмен США передали России гражданина РФ Игоря Сомова, осуждённого в штате Огайо. " +
			"Это уже четвёртый обмен между странами с 2022 года. " +
			"Подготовка заняла около пяти месяцев."}
	swapVI := Citation{N: 1, ArticleID: "swap-vi", Title: "Trao đổi tù nhân tại Vienna", Lang: "vi",
		Passage: "Nga và Mỹ ngày 3/11 đã trao đổi tù nhân tại Vienna với sự trung gian của chính phủ Áo. " +
			"Phía Mỹ thả công dân Nga Igor Somov, người bị kết án tại bang Ohio. " +
			"Theo đó, phía Nga trả tự do cho kỹ sư Mỹ Daniel Reyes, người bị một tòa án ở Kazan kết án 6 năm tù vào năm 2023. " +
			"Ông Reyes, 45 tuổi, đã bị giam giữ gần 19 tháng. " +
			"Sau khi được thả, ông Reyes được đưa về căn cứ không quân Ramstein."}
	crab := Citation{N: 1, ArticleID: "crab", Title: "US and Russia to share crab survey data", Lang: "en",
		Passage: "NOME, Alaska - Crab biologists from Russia and the United States agreed on Monday to share survey data on snow crab in the Bering Sea. " +
			"The American side was led by Dana Whitlock, a director at the Alaska fish and game department. " +
			"Yevgeny Dolgov, deputy head of a Russian fisheries research institute, led the Russian side. " +
			"Snow crab numbers in the Bering Sea crashed after a marine heatwave in the Bering Strait."}
	cruise := Citation{N: 1, ArticleID: "cruise", Title: "Экспедиция в Беринговом море", Lang: "ru",
		Passage: "Российские и американские океанологи в сентябре проведут совместную экспедицию в Беринговом море. " +
			"Совместные экспедиции в Беринговом море проводились с 1998 года, но были прерваны в 2020 году. " +
			"Экспедиция продлится 28 дней. " +
			"Работы в Беринговом море будут вестись на судне «Академик Лаврентьев»."}
	walrus := Citation{N: 1, ArticleID: "walrus", Title: "Walrus counts fall in Chukotka", Lang: "en",
		Passage: "ANADYR - Russian and American biologists met in Anadyr on Tuesday to compare their walrus surveys. " +
			"Walrus counts on the Chukotka coast have fallen sharply in recent years. " +
			"Haulouts that held thousands of animals were half empty in 2025. " +
			"The biologists said shrinking sea ice and disturbance by ships are both to blame, in a joint report."}
	envoys := Citation{N: 1, ArticleID: "envoys", Title: "Đại sứ hai nước gặp nhau tại Paris", Lang: "vi",
		Passage: "Đại sứ Pháp tại Nga Pierre Lemaire ngày 4/3 đã gặp các nhà báo tại Paris để bàn về quan hệ hai nước. " +
			"Cùng ngày, Đại sứ Nga tại Pháp Igor Vetrov cho biết ông hy vọng quan hệ hai nước sớm được cải thiện."}
	envoysEN := Citation{N: 1, ArticleID: "envoys-en", Title: "Envoys meet in Paris", Lang: "en",
		Passage: "The French ambassador to Russia, Pierre Lemaire, met reporters in Paris on Tuesday to discuss relations. " +
			"The Russian ambassador to France, Igor Vetrov, said on the same day that he hoped relations would improve."}
	visas := Citation{N: 1, ArticleID: "visas", Title: "Посольство США в Москве возобновит выдачу виз", Lang: "ru",
		Passage: "МОСКВА, 12 марта. Посольство США в Москве с 1 мая возобновит выдачу студенческих виз. " +
			"С 2020 года американские студенческие визы россияне получали в Варшаве или Вильнюсе, куда ездили за свой счёт."}
	rounds := Citation{N: 1, ArticleID: "rounds", Title: "Tham vấn Nga - Mỹ về an toàn hạt nhân", Lang: "vi",
		Passage: "Ngày 9/10, tại Vienna, các chuyên gia Nga và Mỹ đã tiến hành vòng tham vấn thứ tư về an toàn hạt nhân dân sự. " +
			"Vòng tham vấn tiếp theo sẽ diễn ra vào thứ hai tuần sau tại Geneva."}
	drills := Citation{N: 1, ArticleID: "drills", Title: "Bering Strait rescue drills", Lang: "en",
		Passage: "Rescue drills in the Bering Strait have been held by the two coast guards every summer since 2015. " +
			"This year, crews from nine vessels took part."}
	soyuz := Citation{N: 1, ArticleID: "soyuz", Title: "NASA and Roscosmos extend seat swap", Lang: "en",
		Passage: "HOUSTON - NASA and Roscosmos extended their seat-swap agreement on Wednesday through 2028, the two agencies said. " +
			"Under the deal, a Russian cosmonaut flies on each SpaceX crew mission and an American astronaut flies on each Soyuz. " +
			"Baikonur Cosmodrome will host the next Soyuz launch in March. " +
			"NASA astronaut Emily Carter and cosmonaut Pavel Orlov will fly on that mission. " +
			"The agreement was first signed in July 2022."}
	parts := Citation{N: 1, ArticleID: "parts", Title: "Treasury eases sanctions on Russian airline parts", Lang: "en",
		Passage: "WASHINGTON - The U.S. Treasury on Monday issued a license allowing the sale of spare parts for civilian aircraft to Aeroflot for 180 days. " +
			"Treasury spokesman Mark Dillon said the move was meant to prevent accidents on passenger flights. " +
			"Russian airlines have cannibalised about 30 percent of their Western-built jets for parts since 2022, according to industry estimates."}
	chess := Citation{N: 1, ArticleID: "chess", Title: "Chess match", Lang: "en",
		Passage: "ST. PETERSBURG - A Russian and an American grandmaster will play a 12-game exhibition match in St. Petersburg in October, organisers said on Friday. " +
			"Ivan Sorokin, 24, will face Daniel Weiss, 31, for a prize fund of $500,000. " +
			"The match is sponsored by a Swiss foundation and will be streamed online."}
	press := Citation{N: 1, ArticleID: "press", Title: "Nga và Mỹ nới lỏng thị thực cho nhà báo", Lang: "vi",
		Passage: "Ngày 15/4, Bộ Ngoại giao Nga và Bộ Ngoại giao Mỹ đồng thời thông báo sẽ nới lỏng quy định cấp thị thực cho phóng viên của hai nước. " +
			"Người phát ngôn Bộ Ngoại giao Nga Yelena Markova cho biết khoảng 40 phóng viên Nga đang làm việc tại Mỹ. " +
			"Bà Markova nói: \"Đây là một bước nhỏ nhưng cần thiết\"."}
	kirkenes := Citation{N: 1, ArticleID: "kirkenes", Title: "Береговая охрана России и Норвегии", Lang: "ru",
		Passage: "КИРКЕНЕС, 6 октября. Руководители береговой охраны России и Норвегии провели в понедельник в Киркенесе ежегодные консультации по Баренцеву морю. " +
			"Консультации в Киркенесе прошли за закрытыми дверями. " +
			"Стороны договорились создать горячую линию между спасательными центрами."}
	vienna := Citation{N: 1, ArticleID: "vienna", Title: "Zhukov and Hale meet in Vienna", Lang: "en",
		Passage: "VIENNA - Russian Deputy Foreign Minister Anton Zhukov and US envoy Claire Hale met in Vienna on Monday for three hours, both sides said. " +
			"The meeting in Vienna took place at the Russian embassy. " +
			"The two diplomats discussed prisoner exchanges and the work of embassies."}
	gasVI := Citation{N: 1, ArticleID: "gas-vi", Title: "Nga bán khí đốt cho Thổ Nhĩ Kỳ", Lang: "vi",
		Passage: "Nga và Thổ Nhĩ Kỳ đã ký hợp đồng cung cấp 8 tỷ mét khối khí đốt mỗi năm trong 10 năm. " +
			"Hợp đồng có giá trị khoảng 20 tỷ USD."}
	missiles := Citation{N: 1, ArticleID: "missiles", Title: "Договор о ракетах", Lang: "ru",
		Passage: "Договор о сокращении ракет подписали 8 апреля в Праге, где стороны обменялись списками 12 развёрнутых ракетных баз. " +
			"Договор ограничивает число развёрнутых ракет у каждой из сторон 700 единицами."}
	tests := []struct {
		q, lang string
		src     Citation
		first   string // in the first bullet
	}{
		// An ordinal, not the sentence that repeats "обмен".
		{"Какой по счёту обмен прошёл в Вене?", "ru", swapRU, "четвёртый"},
		{"Đây là vòng tham vấn thứ mấy?", "vi", rounds, "thứ tư"},
		// A year is no count.
		{"How many took part in the rescue drills this year?", "en", drills, "nine vessels"},
		// A government mediates: an institution answers "who".
		{"Кто был посредником при обмене в Вене?", "ru", swapRU, "правительство Австрии"},
		{"Vụ trao đổi ở Vienna do ai làm trung gian?", "vi", swapVI, "chính phủ Áo"},
		// Two capitalised words opening a sentence without an
		// apposition are as often a place.
		{"Who will fly on the next Soyuz mission?", "en", soyuz, "Emily Carter"},
		// A passive names who did it, name or not.
		{"Who sponsors the chess match?", "en", chess, "Swiss foundation"},
		// What someone said, in their own quoted words.
		{"Bà Markova nói gì?", "vi", press, "bước nhỏ"},
		// What was agreed, not the lead that they met.
		{"О чём договорились береговые охраны России и Норвегии на консультациях в Киркенесе?", "ru", kirkenes, "горячую линию"},
		{"What did Anton Zhukov and Claire Hale discuss in Vienna?", "en", vienna, "prisoner exchanges"},
		// A value asked is a sum of money.
		{"Hợp đồng khí đốt có giá trị bao nhiêu?", "vi", gasVI, "20 tỷ USD"},
		// The counted noun after its adjective; the number after the
		// noun, as Russian gives it.
		{"Сколько развёрнутых ракет разрешает договор каждой стороне?", "ru", missiles, "700 единицами"},
		// A span of time beside the verb asked about, not a sentence.
		{"Kỹ sư Daniel Reyes đã bị giam bao lâu?", "vi", swapVI, "19 tháng"},
		// A name that opens its sentence, parted from its verb by an
		// apposition, not a place that stands beside the question's word.
		{"Who led the Russian side at the Nome crab talks?", "en", crab, "Yevgeny Dolgov"},
		// "How long will it last": a span of time, not the years since.
		{"Сколько продлится экспедиция в Беринговом море?", "ru", cruise, "28 дней"},
		// The same words in the question's order.
		{"Đại sứ Nga tại Pháp là ai?", "vi", envoys, "Igor Vetrov"},
		{"Who is the Russian ambassador to France?", "en", envoysEN, "Igor Vetrov"},
		// The US counts once, however many of its names a sentence
		// holds ("американские" is also "Америка").
		{"When will the US embassy in Moscow resume issuing student visas?", "en", visas, "1 мая"},
		// The cause follows the sentence the question restates.
		{"Why have walrus counts on the Chukotka coast fallen?", "en", walrus, "to blame"},
		// A purpose answers "why"; "since 2022" only dates.
		{"Why did the Treasury allow the sale of aircraft parts?", "en", parts, "prevent accidents"},
		// A place named after the kind of place it is.
		{"Kỹ sư Daniel Reyes được thả về đâu?", "vi", swapVI, "Ramstein"},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			q := extractive("Intro:", tc.q, tc.lang, []Citation{tc.src})
			if first := firstBulletOf(q.text); !strings.Contains(first, tc.first) {
				t.Errorf("first bullet %q does not hold %q; answer:\n%s", first, tc.first, q.text)
			}
		})
	}
}

// TestDurations: "how long" is read in the verbs Russian asks it with,
// and a year is no span of time.
func TestDurations(t *testing.T) {
	for _, q := range []string{"Сколько продлится экспедиция?", "Сколько длится поездка?", "Сколько времени заняла подготовка?", "How long will the cruise last?",
		"Cuộc họp kéo dài mấy ngày?", "How many days did the talks last?", "How many more days will the truce hold?", "Cuoc hop keo dai bao lau?"} {
		if got := countedUnit(q); got != durationUnit {
			t.Errorf("countedUnit(%q) = %q, want a span of time", q, got)
		}
	}
	// A year after the counted noun is no unit of time.
	if q := "Có bao nhiêu tàu năm 2025 bị bắt giữ?"; asksDuration(q) {
		t.Errorf("asksDuration(%q) = true, it counts ships", q)
	}
	for s, want := range map[string]bool{
		"Экспедиция продлится 28 дней.":       true,
		"Экспедиции проводились с 1998 года.": false,
		"Ông đã bị giam giữ gần 19 tháng.":    true,
		"The talks lasted three days.":        true,
		// One test with the judge's: a declined count, a word between,
		// a hyphen; a Vietnamese date is no length of time.
		"Подготовка заняла около четырёх месяцев.": true,
		"They agreed a 10-day truce.":                    true,
		"Hai bên ký thỏa thuận ngày 5 tháng 3 năm 2026.": false,
		"It expelled 12 diplomats, a year later more.":   true,
	} {
		if got := len(durations(s)) > 0; got != want {
			t.Errorf("durations(%q) found: %v, want %v", s, got, want)
		}
	}
}

// TestFirstBulletsPerAsk: a question of two asks is answered ask by ask,
// each ask's answering sentence in the question's order, before the
// other quotes.
func TestFirstBulletsPerAsk(t *testing.T) {
	en := Citation{N: 1, ArticleID: "consulate", Title: "US to reopen consulate in Yekaterinburg", Lang: "en",
		Passage: "WASHINGTON - The United States will reopen its consulate in Yekaterinburg, the State Department said on Friday. " +
			"The consulate was closed in 2021 after both sides expelled diplomats. " +
			"It will reopen on June 15 with a staff of nine. " +
			"The new consul general will be Laura Pritchett, a career diplomat who served in Kyiv."}
	ru := Citation{N: 2, ArticleID: "flights", Title: "Прямые рейсы", Lang: "ru",
		Passage: "МОСКВА, 2 апреля. Россия предложила США восстановить прямое авиасообщение. " +
			"Первыми могли бы открыться рейсы между Москвой и Нью-Йорком. " +
			"Переговоры о рейсах, по словам МИД, идут уже восемь месяцев."}
	tests := []struct {
		q, lang string
		firsts  []string // in the first bullets, in order
	}{
		{"Who will head the reopened US consulate in Yekaterinburg, and when will it reopen?", "en", []string{"Laura Pritchett", "June 15"}},
		{"When will the US consulate in Yekaterinburg reopen, and who will be the consul general?", "en", []string{"June 15", "Laura Pritchett"}},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			q := extractive("Intro:", tc.q, tc.lang, []Citation{en, ru})
			var bullets []string
			for _, line := range strings.Split(q.text, "\n") {
				if strings.HasPrefix(line, "• ") {
					bullets = append(bullets, line)
				}
			}
			for i, want := range tc.firsts {
				if i >= len(bullets) || !strings.Contains(bullets[i], want) {
					t.Errorf("bullet %d does not hold %q; answer:\n%s", i+1, want, q.text)
				}
			}
		})
	}
}

// TestQueryTermsOneConceptPerWord: the spellings of one query word in
// other languages and scripts are one concept, so a sentence that
// writes it twice over ("американскими" is also "Америка") or in
// another script ("Толливер") counts it once, as a name if it is one.
func TestQueryTermsOneConceptPerWord(t *testing.T) {
	tests := []struct {
		q, lang string
		spell   []string // folded spellings that must share one concept
	}{
		{"When will the US embassy resume issuing visas?", "en", []string{"сша", "hoa ky"}},
		{"Whom did Grant Tolliver meet?", "en", []string{"tolliver", "толливер"}},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			holding := map[int]bool{}
			for ci, c := range queryTerms(tc.q, tc.lang).concepts {
				for _, a := range c.alts {
					if slices.Contains(tc.spell, strings.Join(a.words, " ")) {
						holding[ci] = true
					}
				}
			}
			if len(holding) != 1 {
				t.Errorf("%q are spread over %d concepts, want 1", tc.spell, len(holding))
			}
		})
	}
}

// TestFutureWhenNotPast: "when will it be held" is not answered by the
// date an earlier one was held.
func TestFutureWhenNotPast(t *testing.T) {
	src := Citation{N: 1, ArticleID: "spill", Title: "US and Russia agree on Arctic oil spill drills", Lang: "en",
		Passage: "REYKJAVIK - The United States and Russia agreed on Tuesday to hold joint oil spill response drills in the Bering Sea next summer, officials said. " +
			"The agreement was signed by Rear Admiral Karen Holt of the US Coast Guard and Vladimir Sedov, deputy head of Russia's maritime rescue service. " +
			"The drills will involve six ships and about 400 personnel. " +
			"They will take place off Provideniya Bay in July. " +
			"Holt said the drills were needed because tanker traffic through the Bering Strait had doubled since 2015. " +
			"\"An oil spill does not stop at a maritime border,\" Sedov told reporters. " +
			"The previous joint drill was held in 2019. " +
			"Environmental groups welcomed the deal but said it came too late."}
	grain := Citation{N: 2, ArticleID: "grain", Title: "Россия и США обсудили поставки зерна", Lang: "ru",
		Passage: "ЖЕНЕВА, 14 мая. Россия и США в среду провели в Женеве консультации по поставкам зерна в Африку. " +
			"Стороны договорились создать рабочую группу, которая соберётся в июле в Найроби. " +
			"Консультации продолжались шесть часов."}
	q := extractive("Intro:", "When will the oil spill drills be held?", "en", []Citation{src, grain})
	if first := firstBulletOf(q.text); strings.Contains(first, "2019") {
		t.Errorf("first bullet %q dates the previous drill; answer:\n%s", first, q.text)
	}
}

// TestPlaceIsNoPerson: two capitalised words ending in a noun of a kind
// of place ("Bering Sea") name no one, so a lead that names the sea
// beside the question's words does not answer "who signed".
func TestPlaceIsNoPerson(t *testing.T) {
	src := Citation{N: 1, ArticleID: "spill", Title: "US and Russia agree on Arctic oil spill drills", Lang: "en",
		Passage: "REYKJAVIK - The United States and Russia agreed on Tuesday to hold joint Arctic oil spill response drills in the Bering Sea next summer, officials said. " +
			"The agreement was signed by Rear Admiral Karen Holt of the US Coast Guard and Vladimir Sedov of Russia's maritime rescue service."}
	q := extractive("Intro:", "Who signed the Arctic oil spill drill agreement?", "en", []Citation{src})
	if first := firstBulletOf(q.text); !strings.Contains(first, "Karen Holt") {
		t.Errorf("first bullet %q does not name who signed; answer:\n%s", first, q.text)
	}
}
