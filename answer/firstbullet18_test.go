package answer

import (
	"strings"
	"testing"
)

// TestFirstBulletOfficeApposed: "who is the director of X" is answered by
// the sentence that opens with a person's name set off by that very
// office ("Dana Whitfield, acting director of the Office of Export
// Enforcement, said ..."), not by one that names a firm: before, the
// office in the apposition did not bind the name to what was asked, and
// a company's name led.
func TestFirstBulletOfficeApposed(t *testing.T) {
	for _, tc := range []struct {
		q, lang, want string
		src           Citation
	}{
		{"Who is the acting director of the export enforcement office?", "en", "Dana Whitfield", Citation{Lang: "en", Title: "Commerce penalises chip brokers over Russia sales",
			Passage: "WASHINGTON - The Commerce Department on Monday fined five brokers that it said resold American chips to Russian buyers. " +
				"The largest of the brokers, Northgate Silicon Trading, runs its export office from Limassol. Its director could not be reached. " +
				"Dana Whitfield, acting director of the Office of Export Enforcement, said the brokers hid the buyers. " +
				"The fines total $12 million."}},
		{"Кто руководит департаментом экспортного контроля?", "ru", "Анна Егорова", Citation{Lang: "ru", Title: "Минторг оштрафовал посредников",
			Passage: "МОСКВА, 4 марта. Министерство торговли оштрафовало пять посредников за перепродажу микросхем. " +
				"Крупнейший из посредников, Северный Кремний Трейдинг, ведёт экспортный контроль из Лимасола. Его руководитель не ответил на звонки. " +
				"Анна Егорова, руководитель департамента экспортного контроля, заявила, что посредники скрывали покупателей. " +
				"Сумма штрафов составила 12 миллионов долларов."}},
	} {
		if got := firstBullet(t, tc.q, tc.lang, tc.src); !strings.Contains(got, tc.want) {
			t.Errorf("%q: first bullet %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestFirstBulletNotThePredecessor: "who is the new ambassador" is
// answered by the sentence naming the new one, not by the sentence that
// follows it and names only the one he replaces ("Ông kế nhiệm Đại sứ
// Ivan Belov", "He replaces Ivan Belov", "Он сменил Ивана Белова"),
// which led a cross-lingual answer before.
func TestFirstBulletNotThePredecessor(t *testing.T) {
	vi := Citation{Lang: "vi", Title: "Tân Đại sứ Nga tại Mông Cổ trình quốc thư",
		Passage: "ULAANBAATAR - Ngày 3/4, ông Pavel Sidorin đã trình quốc thư lên Tổng thống Mông Cổ trong một buổi lễ ngắn. " +
			"Ông kế nhiệm Đại sứ Ivan Belov, người làm việc tại Ulaanbaatar từ năm 2018. " +
			"Tân đại sứ cho biết ông sẽ sớm gặp Bộ trưởng Ngoại giao Mông Cổ."}
	en := Citation{Lang: "en", Title: "New Russian envoy in Mongolia",
		Passage: "ULAANBAATAR - Pavel Sidorin presented his credentials to the Mongolian president on Friday. " +
			"He replaces Ambassador Ivan Belov, who had served in Ulaanbaatar since 2018. " +
			"The new ambassador said he would soon meet Mongolia's foreign minister."}
	ru := Citation{Lang: "ru", Title: "Новый посол России в Монголии",
		Passage: "УЛАН-БАТОР, 3 апреля. Павел Сидорин вручил верительные грамоты президенту Монголии. " +
			"Он сменил на посту посла Ивана Белова, работавшего в Улан-Баторе с 2018 года. " +
			"Новый посол заявил, что скоро встретится с министром иностранных дел Монголии."}
	for _, tc := range []struct {
		q, lang string
		src     Citation
	}{
		{"Кто стал новым послом России в Монголии?", "ru", vi},
		{"Who is the new Russian ambassador to Mongolia?", "en", vi},
		{"Who is the new Russian ambassador to Mongolia?", "en", en},
		{"Ai là tân đại sứ Nga tại Mông Cổ?", "vi", en},
		{"Кто стал новым послом России в Монголии?", "ru", ru},
	} {
		if got := firstBullet(t, tc.q, tc.lang, tc.src); strings.Contains(got, "Belov") || strings.Contains(got, "Белова") {
			t.Errorf("%q (%s source): first bullet %q names the predecessor", tc.q, tc.src.Lang, got)
		}
	}
	// Asked the predecessor, the sentence naming him still answers.
	if got := firstBullet(t, "Who did Pavel Sidorin replace as ambassador to Mongolia?", "en", en); !strings.Contains(got, "Belov") {
		t.Errorf("asked the predecessor: first bullet %q", got)
	}
}

// TestFirstBulletVietnameseName: a Vietnamese full name ("Trần Quốc
// Bảo") is of syllables none distinctive alone, and was not read as a
// person: "who coordinated the talks" led with the sentence naming the
// freed prisoners, not the one naming the coordinator.
func TestFirstBulletVietnameseName(t *testing.T) {
	src := Citation{Lang: "vi", Title: "Nga và Mỹ trao đổi tù nhân tại Đà Nẵng",
		Passage: "ĐÀ NẴNG - Nga và Mỹ ngày 4/3 đã trao đổi tù nhân tại sân bay quốc tế Đà Nẵng. " +
			"Hai người Mỹ được thả là kỹ sư Kevin Marsh, bị kết án sáu năm tù, và nhà báo Laura Quinn. " +
			"Thứ trưởng Ngoại giao Trần Quốc Bảo, người điều phối cuộc trao đổi, cho biết hai bên đã đàm phán trong năm tháng."}
	for _, q := range []string{
		"Ai điều phối cuộc trao đổi tù nhân ở Đà Nẵng?",
		"Ai dieu phoi cuoc trao doi tu nhan o Da Nang?",
	} {
		if got := firstBullet(t, q, "vi", src); !strings.Contains(got, "Trần Quốc Bảo") {
			t.Errorf("%q: first bullet %q, want the coordinator", q, got)
		}
	}
}
