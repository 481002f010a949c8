package answer

import (
	"strings"
	"testing"
)

// TestFirstBulletMoreKinds: kinds of question whose answer is said in
// words other than the question's (an ending for "how did it end", a
// demand for "what did they seek", the year a rule began for "since
// when", a past office for "before his posting", a cause after "потому,
// что"), asked in vi/en/ru of articles in any of them. The articles are
// excerpts of the eval sets' (eval3), the questions written for this
// test, phrased unlike the eval files'.
func TestFirstBulletMoreKinds(t *testing.T) {
	muscatRU := Citation{N: 1, ArticleID: "muscat-ru", Title: "Консультации России и США в Маскате завершились без договорённостей", Lang: "ru",
		Passage: "МАСКАТ, 17 июня. Второй раунд российско-американских консультаций по работе дипломатических миссий, прошедший в понедельник в столице Омана, завершился без договорённостей, сообщили в МИД России. " +
			"Российскую делегацию возглавила директор департамента Северной Америки МИД Евгения Корнева, американскую — заместитель помощника госсекретаря Нора Эллисон. Встреча продолжалась около пяти часов. " +
			"По словам Корневой, главным камнем преткновения остался вопрос о возвращении шести объектов дипломатической собственности, изъятых американскими властями. " +
			"Американская сторона, в свою очередь, настаивала на отмене запрета на наём местного персонала посольством США в Москве, действующего с 2021 года. " +
			"Из-за этого запрета штат посольства сократился примерно до 120 человек. " +
			"Дата следующего раунда не определена. Первый раунд консультаций состоялся в Маскате в марте."}
	muscatEN := Citation{N: 1, ArticleID: "muscat-en", Title: "Muscat talks: U.S. and Russia ease diplomatic visas, weigh reopening consulates", Lang: "en",
		Passage: "MUSCAT - The United States and Russia agreed on Wednesday to issue each other's diplomats up to 40 visas per quarter on a rotation basis, ending a dispute that had left both embassies short of staff for almost three years. " +
			"The deal came at the third round of consultations on what both sides call \"irritants\" in the work of their missions, held at the Omani Foreign Ministry in Muscat. " +
			"\"We are fixing the plumbing, not the relationship,\" Talbot told reporters after the six-hour meeting. " +
			"Korneva called the agreement \"the first step in the right direction, but only the first.\" She said Moscow still wanted the return of six diplomatic properties seized by the United States since 2016."}
	envoyRU := Citation{N: 1, ArticleID: "envoy-ru", Title: "Новый посол России в США Кирилл Ястребов вручил верительные грамоты", Lang: "ru",
		Passage: "ВАШИНГТОН, 8 октября. Новый посол России в США Кирилл Ястребов во вторник вручил верительные грамоты президенту США на церемонии в Белом доме. " +
			"Ястребов прибыл в Вашингтон 22 сентября. Он сменил на этом посту Вадима Сорокина, который покинул Вашингтон в июле, проработав послом четыре года. " +
			"Ястребову 58 лет. С 2018 по 2023 год он был послом России в Канаде, а затем возглавлял департамент по нераспространению и контролю над вооружениями МИД России. " +
			"По словам посла, российские дипломаты в США по-прежнему обязаны уведомлять Госдепартамент о поездках дальше 25 миль от места работы. " +
			"Это ограничение, введённое в 2017 году, Москва считает дискриминационным."}
	envoyEN := Citation{N: 1, ArticleID: "envoy-en", Title: "Russia's new ambassador presents credentials", Lang: "en",
		Passage: "WASHINGTON - Kirill Yastrebov, Russia's new ambassador to the United States, presented his credentials to the U.S. president at the White House on Tuesday, two weeks after arriving in Washington. " +
			"Yastrebov, 58, replaces Vadim Sorokin, who left the post in July after four years. A career diplomat, he served as Russia's ambassador to Canada from 2018 to 2023 and most recently headed the Foreign Ministry's department for arms control. " +
			"Speaking to reporters outside the Russian embassy on Wisconsin Avenue, Yastrebov said his priorities were \"the normal work of our embassies and the return of direct flights between our countries.\""}
	swapRU := Citation{N: 1, ArticleID: "swap-ru", Title: "Обмен заключёнными в Ташкенте", Lang: "ru",
		Passage: "Россия и США 19 ноября провели обмен заключёнными в аэропорту Ташкента при посредничестве Узбекистана, сообщили в МИД республики. " +
			"В обмен американские власти освободили гражданина России Тимура Белякова. " +
			"Министр иностранных дел Узбекистана Бахтиёр Рахимов рассказал, что подготовка обмена заняла восемь месяцев. По его словам, Ташкент выбрали потому, что обе стороны доверяют узбекской дипломатии. " +
			"Пресс-секретарь Кремля Павел Луговской заявил, что обмен «показывает: даже сейчас с Вашингтоном можно договариваться о гуманитарных вопросах»."}
	tests := []struct {
		q, lang string
		src     Citation
		first   string // in the first bullet
	}{
		// How did it end: the outcome, in words other than the question's.
		{"How did the second round of consultations in Muscat end?", "en", muscatRU, "без договорённостей"},
		{"Vòng tham vấn ở Muscat hồi tháng 6 kết thúc ra sao?", "vi", muscatRU, "без договорённостей"},
		{"Каким был итог второго раунда консультаций?", "ru", muscatRU, "без договорённостей"},
		// What did a side seek: its demand, not the other side's.
		{"What did the American side push for at the consultations in Muscat?", "en", muscatRU, "отмене запрета"},
		{"Phía Mỹ muốn đạt được điều gì tại vòng tham vấn ở Muscat?", "vi", muscatRU, "отмене запрета"},
		{"Чего хочет Москва от США в вопросе дипсобственности?", "ru", muscatEN, "still wanted"},
		// Since when: the year the rule began.
		{"Since what year has the ban on hiring local staff at the US embassy been in force?", "en", muscatRU, "с 2021 года"},
		{"Hạn chế đi lại quá 25 dặm đối với nhà ngoại giao Nga có từ năm nào?", "vi", envoyRU, "2017"},
		{"С каких пор российские дипломаты обязаны уведомлять о поездках дальше 25 миль?", "ru", envoyRU, "2017"},
		// A former office, told by its years, not by "former".
		{"Where did Yastrebov serve as ambassador before his appointment to Washington?", "en", envoyEN, "Canada"},
		{"Đại sứ Yastrebov trước khi nhậm chức ở Washington đã làm đại sứ tại nước nào?", "vi", envoyRU, "Канаде"},
		// Which country, before an auxiliary, asks for a place; as the
		// subject of a verb, for who acted.
		{"Which country was Yastrebov posted to before he came to Washington?", "en", envoyEN, "Canada"},
		{"Which country mediated the prisoner swap?", "en", swapRU, "посредничестве Узбекистана"},
		// A cause after "потому, что".
		{"По какой причине обмен провели в Ташкенте?", "ru", swapRU, "доверяют"},
		{"Why was Tashkent chosen for the prisoner swap?", "en", swapRU, "доверяют"},
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

// TestPointsBack: a demonstrative before its noun points back to the
// sentence before; one that is the subject says something of its own.
func TestPointsBack(t *testing.T) {
	for s, want := range map[string]bool{
		"Это ограничение, введённое в 2017 году, Москва считает дискриминационным.": true,
		"Эти меры вступят в силу в мае.":                                            true,
		"This restriction dates from 2017.":                                         true,
		"Quy định này có hiệu lực từ năm 2017.":                                     true,
		"Это первые прямые переговоры двух делегаций в этом году.":                  false,
		"Это уже четвёртый обмен между странами.":                                   false,
		"This is the first round of talks since 2021.":                              false,
		"These include two journalists.":                                            false,
		"The restriction was introduced in 2017.":                                   false,
	} {
		if got := pointsBack(s); got != want {
			t.Errorf("pointsBack(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestFirstBulletCountsNoDate: "how many" is not answered by a date or
// by the two sides of a bilateral story, in any language.
func TestFirstBulletCountsNoDate(t *testing.T) {
	iss := Citation{N: 1, ArticleID: "iss-vi", Title: "Nga và Mỹ ký nghị định thư đưa ISS rời quỹ đạo", Lang: "vi",
		Passage: "Cơ quan Hàng không và Vũ trụ Mỹ (NASA) và Tập đoàn Vũ trụ Nga Roscosmos ngày 12/4 đã ký một nghị định thư về phối hợp đưa Trạm Vũ trụ Quốc tế (ISS) rời quỹ đạo, dự kiến vào tháng 1/2031. " +
			"Ký thay mặt hai bên là ông Howard Linsky, Phó Giám đốc NASA phụ trách các hoạt động không gian, và bà Svetlana Drozdova, Phó Tổng giám đốc Roscosmos. " +
			"Hai bên sẽ lập một nhóm công tác chung gồm 20 chuyên gia, họp ba tháng một lần."}
	group := Citation{N: 1, ArticleID: "group-vi", Title: "NASA và Roscosmos lập nhóm công tác", Lang: "vi",
		Passage: "Ngày 12/4, NASA và Roscosmos đã nhất trí thành lập nhóm công tác chung về việc đưa ISS rời quỹ đạo. " +
			"Nhóm sẽ có 20 thành viên, họp ba tháng một lần."}
	for _, tc := range []struct{ q, lang, first string }{
		{"How many specialists will the joint NASA-Roscosmos working group have?", "en", "20 chuyên gia"},
		{"Сколько специалистов войдёт в совместную рабочую группу NASA и Роскосмоса?", "ru", "20 chuyên gia"},
		{"How many members will the NASA-Roscosmos working group have?", "en", "20 thành viên"},
		{"Сколько человек будет в рабочей группе NASA и Роскосмоса?", "ru", "20 thành viên"},
	} {
		src := iss
		if strings.Contains(tc.first, "thành viên") {
			src = group
		}
		q := extractive("Intro:", tc.q, tc.lang, []Citation{src})
		if first := firstBulletOf(q.text); !strings.Contains(first, tc.first) {
			t.Errorf("%s: first bullet %q does not hold %q; answer:\n%s", tc.q, first, tc.first, q.text)
		}
	}
}

// TestFirstBulletAgeAndPlace: "how old" is answered by an age, not by
// another number; "where" by a place, not by a month after "in".
func TestFirstBulletAgeAndPlace(t *testing.T) {
	envoyEN := Citation{N: 1, ArticleID: "envoy-en", Title: "Russia's new ambassador presents credentials", Lang: "en",
		Passage: "WASHINGTON - Kirill Yastrebov, Russia's new ambassador to the United States, presented his credentials to the U.S. president at the White House on Tuesday, two weeks after arriving in Washington. " +
			"Yastrebov, 58, replaces Vadim Sorokin, who left the post in July after four years. " +
			"He said Russian diplomats in the United States still could not travel more than 25 miles from their posts without notifying the State Department."}
	lng := Citation{N: 1, ArticleID: "lng-en", Title: "U.S. sanctions tankers carrying Arctic LNG", Lang: "en",
		Passage: "WASHINGTON - The U.S. Treasury Department on Tuesday imposed sanctions on 11 companies and four tankers that it said had carried liquefied natural gas from Severny Mys LNG, a Russian project on the Gydan Peninsula in the Arctic. " +
			"Deputy Treasury Secretary Alana Brightwater said the measures were meant \"to cut the revenue the Kremlin uses to pay for its war in Ukraine.\" " +
			"Severny Mys LNG began shipping gas in December 2025."}
	for _, tc := range []struct {
		q, lang string
		src     Citation
		first   string
	}{
		{"How old is Kirill Yastrebov?", "en", envoyEN, "58"},
		{"Đại sứ Yastrebov năm nay bao nhiêu tuổi?", "vi", envoyEN, "58"},
		{"Сколько лет новому послу Ястребову?", "ru", envoyEN, "58"},
		{"Where is the Severny Mys LNG project?", "en", lng, "Gydan Peninsula"},
		{"Где находится проект Severny Mys LNG?", "ru", lng, "Gydan Peninsula"},
	} {
		q := extractive("Intro:", tc.q, tc.lang, []Citation{tc.src})
		if first := firstBulletOf(q.text); !strings.Contains(first, tc.first) {
			t.Errorf("%s: first bullet %q does not hold %q; answer:\n%s", tc.q, first, tc.first, q.text)
		}
	}
}

// TestFirstBulletActOtherWords: the sentence that says the act asked
// about leads though it names the side in other words than the
// question's ("американцы" asked, "Американская сторона" said).
func TestFirstBulletActOtherWords(t *testing.T) {
	muscatRU := Citation{N: 1, ArticleID: "muscat-ru", Title: "Консультации России и США в Маскате завершились без договорённостей", Lang: "ru",
		Passage: "МАСКАТ, 17 июня. Второй раунд российско-американских консультаций по работе дипломатических миссий, прошедший в понедельник в столице Омана, завершился без договорённостей, сообщили в МИД России. " +
			"Российскую делегацию возглавила директор департамента Северной Америки МИД Евгения Корнева, американскую — заместитель помощника госсекретаря Нора Эллисон. " +
			"Американская сторона, в свою очередь, настаивала на отмене запрета на наём местного персонала посольством США в Москве, действующего с 2021 года."}
	for _, q := range []string{"Чего хотели американцы в Маскате?", "Что требовали американцы на консультациях?"} {
		a := extractive("Intro:", q, "ru", []Citation{muscatRU})
		if first := firstBulletOf(a.text); !strings.Contains(first, "настаивала") {
			t.Errorf("%s: first bullet %q does not say what the Americans sought; answer:\n%s", q, first, a.text)
		}
	}
	// The other side's demand, said without the question's words, does
	// not lead when a sentence says the asked side's.
	truce := Citation{N: 1, ArticleID: "truce", Title: "Energy truce talks in Jeddah", Lang: "en",
		Passage: "JEDDAH - Russian and Ukrainian officials agreed on Tuesday to extend a pause in strikes on energy sites by 30 days, the US mediator said. " +
			"Gordeev told Russian media that the pause covered only energy sites. He said Moscow had also asked for the reopening of a grain corridor in the Black Sea in return for a wider truce. " +
			"Kovalenko said Kyiv would respect the pause \"as long as the other side does,\" and called for the exchange of all prisoners of war."}
	for _, q := range []string{"What did Moscow want in return for a wider truce?", "Москва чего добивалась в обмен на более широкое перемирие?"} {
		a := extractive("Intro:", q, "en", []Citation{truce})
		if first := firstBulletOf(a.text); !strings.Contains(first, "grain corridor") {
			t.Errorf("%s: first bullet %q does not say what Moscow sought; answer:\n%s", q, first, a.text)
		}
	}
}

// TestFirstBulletWhichPerson: "which <person or role>" asks who: the
// sentence naming the person leads, not the one repeating the question.
func TestFirstBulletWhichPerson(t *testing.T) {
	swapRU := Citation{N: 1, ArticleID: "swap-ru", Title: "Обмен заключёнными в Ташкенте", Lang: "ru",
		Passage: "Россия и США 19 ноября провели обмен заключёнными в аэропорту Ташкента при посредничестве Узбекистана, сообщили в МИД республики. " +
			"Российская сторона освободила двух граждан США — бывшего учителя музыки Дэниела Прюитта, осуждённого в Казани, и Лидию Горски. " +
			"В обмен американские власти освободили гражданина России Тимура Белякова. " +
			"Министр иностранных дел Узбекистана Бахтиёр Рахимов рассказал, что подготовка обмена заняла восемь месяцев."}
	space := Citation{N: 1, ArticleID: "space-en", Title: "Russia and India sign cosmonaut training deal", Lang: "en",
		Passage: "BENGALURU - Russia's space agency Roscosmos and the Indian Space Research Organisation signed an agreement on Monday to train two more Indian astronauts at Star City near Moscow. " +
			"Their training is expected to last 12 months. " +
			"The agreement was signed at ISRO headquarters by ISRO chairman V. Raghunathan and Roscosmos deputy head Svetlana Drozdova."}
	fertilizer := Citation{N: 1, ArticleID: "fertilizer-en", Title: "Treasury widens license for Russian fertilizer payments", Lang: "en",
		Passage: "WASHINGTON - The U.S. Treasury Department on Thursday widened a general license that allows banks to process payments for Russian fertilizer exports. " +
			"Lionel Marsh, acting director of the Office of Foreign Assets Control, said the license \"does not loosen pressure on Russia's war economy.\" " +
			"Some Republican senators criticized the decision. Senator Wade Corrigan said it amounted to \"sanctions relief by the back door.\""}
	budapest := Citation{N: 1, ArticleID: "budapest-ru", Title: "Обмен заключёнными в Будапеште", Lang: "ru",
		Passage: "БУДАПЕШТ, 19 февраля. Россия и США в четверг обменялись заключёнными в международном аэропорту Будапешта. Посредником выступило правительство Венгрии. " +
			"Российская сторона освободила американского журналиста Итана Колдуэлла, которого в 2024 году Свердловский областной суд приговорил к восьми годам колонии по делу о шпионаже. " +
			"В обмен США передали России гражданина РФ Кирилла Мохова, осуждённого в штате Нью-Джерси за нарушение американского экспортного контроля."}
	for _, tc := range []struct {
		q, lang string
		src     Citation
		first   string
	}{
		{"Which US senator criticised the Treasury fertiliser licence?", "en", fertilizer, "Wade Corrigan"},
		{"Какой американский журналист вышел на свободу в Будапеште?", "ru", budapest, "Итана Колдуэлла"},
		{"Công dân Nga nào được Mỹ trả tự do trong cuộc trao đổi ở Tashkent?", "vi", swapRU, "Белякова"},
		{"Какой чиновник ISRO подписал соглашение с Роскосмосом?", "ru", space, "Raghunathan"},
	} {
		q := extractive("Intro:", tc.q, tc.lang, []Citation{tc.src})
		if first := firstBulletOf(q.text); !strings.Contains(first, tc.first) {
			t.Errorf("%s: first bullet %q does not hold %q; answer:\n%s", tc.q, first, tc.first, q.text)
		}
	}
}

// TestFirstBulletPlaceNotBody: "where" is answered by a city, not by a
// body written in capitals after a preposition ("на брифинге в МИД").
func TestFirstBulletPlaceNotBody(t *testing.T) {
	cyber := Citation{N: 1, ArticleID: "cyber-ru", Title: "Консультации по кибербезопасности", Lang: "ru",
		Passage: "Консультации России и США по кибербезопасности завершились без совместного заявления. " +
			"Консультации прошли в Женеве, в здании постоянного представительства. " +
			"На следующий день замминистра Рябов рассказал о российско-американских консультациях по кибербезопасности на брифинге в МИД."}
	for _, tc := range []struct{ q, lang string }{
		{"Где проходили российско-американские консультации по кибербезопасности?", "ru"},
		{"Where did the Russian-American cyber security consultations take place?", "en"},
	} {
		q := extractive("Intro:", tc.q, tc.lang, []Citation{cyber})
		if first := firstBulletOf(q.text); !strings.Contains(first, "Женеве") {
			t.Errorf("%s: first bullet %q does not hold %q; answer:\n%s", tc.q, first, "Женеве", q.text)
		}
	}
}

// TestFirstBulletWhoNotBody: "who" is answered by the persons who did
// it, not by the lead naming the bodies they act for ("the National
// Science Foundation signed"): a run of capitals ending in a word of a
// body is one.
func TestFirstBulletWhoNotBody(t *testing.T) {
	memo := Citation{N: 1, ArticleID: "memo-en", Title: "Russian and US scientists sign Arctic research memorandum", Lang: "en",
		Passage: "MOSCOW - The Russian Academy of Sciences and the US National Science Foundation signed a memorandum on joint Arctic research on Friday, opening the way to shared expeditions. " +
			"The two sides plan three joint cruises by 2028. " +
			"The memorandum was signed in Moscow by academy vice-president Sergei Volkov and foundation director Laura Benton."}
	for _, tc := range []struct{ q, lang string }{
		{"Who signed the Arctic research memorandum for the National Science Foundation?", "en"},
		{"Кто подписал меморандум об арктических исследованиях?", "ru"},
	} {
		q := extractive("Intro:", tc.q, tc.lang, []Citation{memo})
		if first := firstBulletOf(q.text); !strings.Contains(first, "Laura Benton") {
			t.Errorf("%s: first bullet %q does not name who signed; answer:\n%s", tc.q, first, q.text)
		}
	}
}

// TestFirstBulletsFromEachArticle: a question two articles answer (the
// judge found both to meet it) gets its first two bullets from the two,
// not two sentences of the first.
func TestFirstBulletsFromEachArticle(t *testing.T) {
	vienna := Citation{N: 1, ArticleID: "vienna", Title: "US and Russia hold arms control consultations in Vienna", Lang: "en",
		Passage: "VIENNA - Russian and American diplomats held two days of consultations on strategic stability in Vienna in March 2026, both sides said. " +
			"The consultations took place at the Austrian Foreign Ministry. " +
			"The Russian delegation was led by Deputy Foreign Minister Arkady Semyonov."}
	muscat := Citation{N: 2, ArticleID: "muscat", Title: "Muscat talks ease diplomatic visas", Lang: "en",
		Passage: "MUSCAT - The United States and Russia agreed in January 2026 to issue each other's diplomats more visas. " +
			"The consultations were held at the Omani Foreign Ministry in Muscat, the third round on embassy work."}
	q := extractiveLed("Intro:", "Where did Russia and the US hold consultations in 2026?", "en", "en", []Citation{vienna, muscat}, []bool{true, true})
	var srcs []string
	for _, line := range strings.Split(q.text, "\n") {
		if strings.HasPrefix(line, "• ") {
			srcs = append(srcs, line[strings.LastIndex(line, "["):])
		}
	}
	if len(srcs) < 2 || srcs[0] == srcs[1] {
		t.Errorf("the first two bullets are not from two articles:\n%s", q.text)
	}
}
