package answer

import (
	"testing"
	"time"
)

// TestJudgeWhereAsked: a "where" question that asks more of its place
// than being one is answered only by a place that is what it asks. Where
// a thing still to come will be is not where the meeting that prepared
// it was, nor where talks were held before an accord ("after two days
// of talks in Oslo"); "in which city" is not answered by a country;
// where someone was born not by where he works. Each refusal has its
// answerable twin, in en, vi and ru. The stories are written for the
// test.
func TestJudgeWhereAsked(t *testing.T) {
	at := time.Date(2026, 5, 5, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, q, lang, body string
		want                bool
	}{
		// A place still to come.
		{"en summit, only the preparatory meeting's place", "In which city will the July summit of the presidents be held?", "en",
			"GENEVA, May 4 - Russian and U.S. diplomats met in Geneva on Monday to prepare a summit of the two presidents in July. The statement did not say where the summit would take place.", false},
		{"en summit, its place given", "In which city will the July summit of the presidents be held?", "en",
			"GENEVA, May 4 - Russian and U.S. diplomats met in Geneva on Monday to prepare a summit of the two presidents in July. The summit will be held in Vienna, the Kremlin said.", true},
		{"vi summit, only the preparatory meeting's place", "Hội nghị thượng đỉnh tháng 7 giữa hai tổng thống sẽ diễn ra ở đâu?", "vi",
			"Ngày 4/5, các nhà ngoại giao Nga và Mỹ đã gặp nhau tại Geneva để chuẩn bị cho hội nghị thượng đỉnh giữa hai tổng thống vào tháng 7. Hai bên chưa công bố địa điểm.", false},
		{"vi summit, its place given", "Hội nghị thượng đỉnh tháng 7 giữa hai tổng thống sẽ diễn ra ở đâu?", "vi",
			"Ngày 4/5, các nhà ngoại giao Nga và Mỹ đã gặp nhau tại Geneva để chuẩn bị cho hội nghị thượng đỉnh giữa hai tổng thống vào tháng 7. Hội nghị thượng đỉnh sẽ diễn ra tại Vienna.", true},
		{"ru summit, only the preparatory meeting's place", "Где пройдёт саммит президентов в июле?", "ru",
			"Дипломаты России и США встретились в Женеве, чтобы подготовить саммит президентов в июле. После встречи в Женеве прошла пресс-конференция.", false},
		{"ru summit, its place given", "Где пройдёт саммит президентов в июле?", "ru",
			"Дипломаты России и США встретились в Женеве, чтобы подготовить саммит президентов в июле. Саммит пройдёт в Вене.", true},
		{"en next round, only the place of the talks before the accord", "Where will the next round of consular talks take place?", "en",
			"OSLO - The United States and Russia agreed on Thursday that the next round of consular talks will be held in the autumn, after two days of consular talks at the Hotel Bristol, the ministry's guest house in Oslo.", false},
		{"en next round, its place given before the past talks", "Where will the next round of consular talks take place?", "en",
			"OSLO - The United States and Russia agreed on Thursday that the next round of consular talks will be held in Reykjavik in the autumn, after two days of consular talks at the Hotel Bristol in Oslo.", true},
		{"vi next round, only the place of the talks not held", "Vòng đàm phán lãnh sự tiếp theo sẽ diễn ra ở đâu?", "vi",
			"Ông Petrov cho biết vòng đàm phán lãnh sự tiếp theo sẽ bàn việc mở lại các lãnh sự quán, nhưng vấn đề này chưa được bàn tại Oslo.", false},
		{"vi next round, its place given", "Vòng đàm phán lãnh sự tiếp theo sẽ diễn ra ở đâu?", "vi",
			"Ông Petrov cho biết vòng đàm phán lãnh sự tiếp theo sẽ diễn ra tại Reykjavik, nhưng vấn đề lãnh sự quán chưa được bàn tại Oslo.", true},
		{"en a centre the sides agreed to set up", "Where will Russia and Norway set up their joint fisheries centre?", "en",
			"Russia and Norway agreed on Friday to set up a joint fisheries centre in Tromso. It is to open in 2027.", true},
		{"ru a centre the sides agreed to set up", "Где Россия и Норвегия создадут совместный рыболовный центр?", "ru",
			"Россия и Норвегия договорились создать совместный рыболовный центр в Тромсё. Он должен открыться в 2027 году.", true},
		// A link the sides are weighing, between two places ("between
		// Kirkenes and Murmansk"), is still to come; where they weighed
		// it is not its place.
		{"en a ferry line discussed, only where the talks were", "Which towns would a new ferry line between Norway and Russia link?", "en",
			"Norwegian and Russian officials discussed a new ferry line at talks held in Oslo on Monday, the ministry said.", false},
		{"en a ferry line discussed, its ends given", "Which towns would a new ferry line between Norway and Russia link?", "en",
			"Norway and Russia are discussing the possibility of a new ferry line between Kirkenes and Murmansk in 2028, the ministry said.", true},
		{"vi a ferry line discussed, only where the talks were", "Tuyến phà mới giữa Na Uy và Nga sẽ nối những thành phố nào?", "vi",
			"Các quan chức Na Uy và Nga đã bàn về tuyến phà mới trong cuộc hội đàm tại Oslo hôm thứ Hai.", false},
		{"vi a ferry line discussed, its ends given", "Tuyến phà mới giữa Na Uy và Nga sẽ nối những thành phố nào?", "vi",
			"Ông Hansen cho biết Na Uy và Nga đang thảo luận khả năng mở tuyến phà mới giữa Kirkenes và Murmansk vào năm 2028.", true},
		{"ru a ferry line discussed, only where the talks were", "Какие города будет связывать новая паромная линия между Норвегией и Россией?", "ru",
			"Чиновники Норвегии и России обсудили новую паромную линию на переговорах в Осло в понедельник.", false},
		{"ru a ferry line discussed, its ends given", "Какие города будет связывать новая паромная линия между Норвегией и Россией?", "ru",
			"Норвегия и Россия обсуждают возможность открыть новую паромную линию между Киркенесом и Мурманском в 2028 году.", true},
		// "Between" the sides of a meeting is not a route's ends.
		{"en a summit between two presidents, only where it was prepared", "In which city will the July summit be held?", "en",
			"The foreign ministers met in Geneva on May 4 and agreed to prepare a summit between President Lee and President Park in July.", false},
		{"vi a summit between two presidents, only where it was prepared", "Hội nghị thượng đỉnh tháng 7 sẽ diễn ra ở thành phố nào?", "vi",
			"Ngày 4/5, ngoại trưởng hai nước đã hội đàm tại Geneva. Hai bên nhất trí chuẩn bị cho cuộc gặp thượng đỉnh giữa Tổng thống hai nước vào tháng 7.", false},
		{"ru a summit between two presidents, only where it was prepared", "В каком городе пройдёт саммит в июле?", "ru",
			"Министры иностранных дел встретились в Женеве 4 мая и договорились подготовить саммит между Президентом Ли и Президентом Паком в июле.", false},
		// A city, not a country.
		{"en which city, a country given", "In which city will the presidents meet in July?", "en",
			"The presidents of Russia and the United States will meet in Finland in July, the Kremlin said.", false},
		{"en which city, the city given", "In which city will the presidents meet in July?", "en",
			"The presidents of Russia and the United States will meet in Helsinki in July, the Kremlin said.", true},
		{"en which city, a city-state given", "In which city will the presidents meet in July?", "en",
			"The presidents of Russia and the United States will meet in Singapore in July, the Kremlin said.", true},
		{"ru which city, a country given", "В каком городе пройдёт встреча президентов в июле?", "ru",
			"Встреча президентов России и США пройдёт в Финляндии в июле, сообщили в Кремле.", false},
		{"ru which city, the city given", "В каком городе пройдёт встреча президентов в июле?", "ru",
			"Встреча президентов России и США пройдёт в Хельсинки в июле, сообщили в Кремле.", true},
		{"vi which city, a country given", "Cuộc gặp giữa hai tổng thống vào tháng 7 sẽ diễn ra ở thành phố nào?", "vi",
			"Cuộc gặp giữa hai tổng thống Nga và Mỹ sẽ diễn ra tại Phần Lan vào tháng 7.", false},
		{"vi which city, the city given", "Cuộc gặp giữa hai tổng thống vào tháng 7 sẽ diễn ra ở thành phố nào?", "vi",
			"Cuộc gặp giữa hai tổng thống Nga và Mỹ sẽ diễn ra tại Helsinki vào tháng 7.", true},
		// A birthplace.
		{"ru born, only where he works", "В каком городе родился Дэниел Морроу?", "ru",
			"Новый посол США Дэниел Морроу вручил верительные грамоты в Москве. Ранее Морроу работал в Киеве и Варшаве.", false},
		{"ru born, given", "В каком городе родился Дэниел Морроу?", "ru",
			"Новый посол США Дэниел Морроу вручил верительные грамоты в Москве. Морроу родился в Чикаго в 1968 году.", true},
		{"en born, only where he works", "Where was Daniel Morrow born?", "en",
			"The new U.S. ambassador Daniel Morrow presented his credentials in Moscow. Morrow previously served in Kyiv and Warsaw.", false},
		{"en born, given", "Where was Daniel Morrow born?", "en",
			"The new U.S. ambassador Daniel Morrow presented his credentials in Moscow. Morrow was born in Chicago in 1968.", true},
		{"vi born, only where he works", "Ông Daniel Morrow sinh ra ở đâu?", "vi",
			"Tân Đại sứ Mỹ Daniel Morrow đã trình quốc thư tại Moskva. Trước đó ông Morrow từng làm việc tại Kiev và Warsaw.", false},
		{"vi born, given", "Ông Daniel Morrow sinh ra ở đâu?", "vi",
			"Tân Đại sứ Mỹ Daniel Morrow đã trình quốc thư tại Moskva. Ông Morrow sinh ra ở Chicago năm 1968.", true},
		// A flight's number.
		{"en flight number, none given", "What was the flight number of the plane that took the freed sailors out of Baku?", "en",
			"A plane carrying the two freed sailors left Baku on Monday night and landed in Washington on Tuesday, the State Department said.", false},
		{"en flight number, given", "What was the flight number of the plane that took the freed sailors out of Baku?", "en",
			"The two freed sailors left Baku on Monday night on flight AZ 8021 and landed in Washington on Tuesday, the State Department said.", true},
		{"ru flight number, none given", "Каким был номер рейса, которым освобождённые моряки вылетели из Баку?", "ru",
			"Самолёт с двумя освобождёнными моряками вылетел из Баку в понедельник вечером и во вторник приземлился в Вашингтоне.", false},
		{"ru flight number, given", "Каким был номер рейса, которым освобождённые моряки вылетели из Баку?", "ru",
			"Двое освобождённых моряков вылетели из Баку в понедельник вечером рейсом AZ-8021 и во вторник приземлились в Вашингтоне.", true},
		{"vi flight number, none given", "Chuyến bay đưa các thủy thủ được trả tự do rời Baku có số hiệu là gì?", "vi",
			"Máy bay chở hai thủy thủ được trả tự do đã rời Baku tối thứ Hai và hạ cánh xuống Washington hôm thứ Ba.", false},
		{"vi flight number, given", "Chuyến bay đưa các thủy thủ được trả tự do rời Baku có số hiệu là gì?", "vi",
			"Hai thủy thủ được trả tự do đã rời Baku tối thứ Hai trên chuyến bay số hiệu AZ8021 và hạ cánh xuống Washington hôm thứ Ba.", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := []Citation{{N: 1, ArticleID: "a", Lang: tc.lang, Title: "Diplomatic news", Passage: tc.body, Published: at}}
			if v := judge(tc.q, tc.lang, src); v.Answerable != tc.want {
				t.Errorf("answerable = %v, want %v (%s; %v)", v.Answerable, tc.want, v.Reason(), v.Constraints)
			}
		})
	}
}
