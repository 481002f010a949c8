package answer

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/detente/detente/corpus"
)

// TestJudgeFreshNearMiss: near-miss questions written afresh (wave 2,
// issue 8) over the articles of the second and third evaluation sets, in
// shapes their own questions do not use (yes/no, "is it true that",
// "what time of day", "who paid", "how many of them were women"), each
// asking what the article's story does not give: another year, another
// office-holder, another country pair, or a detail no sentence states.
// Each is judged against the one article it is about, the passage that
// tempts an answer most; the answerable twins, the same shapes with what
// the article does give, stay answered.
func TestJudgeFreshNearMiss(t *testing.T) {
	tests := []struct {
		near, lang, q, article string
		answerable             bool
	}{
		{"year", "en", "Did Treasury widen the fertilizer payments license back in 2025?", "eval2/articles/ev2-en-fertilizer-license.md", false},
		{"detail", "en", "How much did the fertilizer license cost Rosselkhozbank in fees?", "eval2/articles/ev2-en-fertilizer-license.md", false},
		{"person", "en", "Is it true that Senator Ellen Pratt called the fertilizer license sanctions relief by the back door?", "eval2/articles/ev2-en-fertilizer-license.md", false},
		{"year", "en", "Were the Geneva missile launch notification talks held in 2024?", "eval2/articles/ev2-en-geneva-launch-notice.md", false},
		{"detail", "en", "Which hotel hosted the Geneva talks on missile launch notifications?", "eval2/articles/ev2-en-geneva-launch-notice.md", false},
		{"pair", "en", "Did China and Russia hold expert talks in Geneva on missile launch notifications?", "eval2/articles/ev2-en-geneva-launch-notice.md", false},
		{"detail", "en", "What was the name of the bank chosen for diplomats' accounts after the Reykjavik talks?", "eval2/articles/ev2-en-reykjavik-irritants.md", false},
		{"person", "en", "Did Sergei Lavrov attend the embassy talks in Reykjavik?", "eval2/articles/ev2-en-reykjavik-irritants.md", false},
		{"detail", "en", "How many women were on the US delegation in Reykjavik?", "eval2/articles/ev2-en-reykjavik-irritants.md", false},
		{"pair", "en", "Did the US and Russia agree to restore a defense hotline in Honolulu?", "eval2/articles/ev2-en-us-china-hotline.md", false},
		{"year", "en", "When in 2024 did Washington and Beijing restore their defense hotline?", "eval2/articles/ev2-en-us-china-hotline.md", false},
		{"detail", "en", "Who paid for the Juneau salmon meeting?", "eval2/articles/ev2-en-yukon-salmon.md", false},
		{"pair", "en", "Have Canada and Russia agreed to share Bering Sea salmon data?", "eval2/articles/ev2-en-yukon-salmon.md", false},
		{"year", "en", "Did Yastrebov present his credentials at the White House in 2023?", "eval3/articles/ev3-en-ambassador-yastrebov.md", false},
		{"detail", "en", "What time of day was Yastrebov's credentials ceremony?", "eval3/articles/ev3-en-ambassador-yastrebov.md", false},
		{"person", "en", "What did the US vice president say about the new Russian ambassador's credentials?", "eval3/articles/ev3-en-ambassador-yastrebov.md", false},
		{"detail", "en", "How much gas did the four sanctioned tankers carry in total?", "eval3/articles/ev3-en-arctic-lng-sanctions.md", false},
		{"person", "en", "How did Foreign Minister Sergei Lavrov respond to the Treasury sanctions on the Arctic LNG tankers?", "eval3/articles/ev3-en-arctic-lng-sanctions.md", false},
		{"detail", "en", "What is the price tag of the Roscosmos-ISRO astronaut training deal?", "eval3/articles/ev3-en-india-russia-space.md", false},
		{"pair", "en", "Will Roscosmos train Chinese astronauts at the Gagarin center?", "eval3/articles/ev3-en-india-russia-space.md", false},
		{"year", "en", "Was the Muscat deal on 40 diplomatic visas a quarter reached in 2016?", "eval3/articles/ev3-en-muscat-consulates.md", false},
		{"detail", "en", "How many of the Vienna negotiators were women?", "eval3/articles/ev3-en-vienna-warheads.md", false},
		{"person", "en", "What did Russian Foreign Minister Lavrov say after the Vienna warhead talks?", "eval3/articles/ev3-en-vienna-warheads.md", false},
		{"year", "ru", "Состоялся ли обмен заключёнными в Будапеште в 2024 году?", "eval2/articles/ev2-ru-budapesht-obmen.md", false},
		{"detail", "ru", "Кто пилотировал самолёт, который вывез Колдуэлла из Будапешта?", "eval2/articles/ev2-ru-budapesht-obmen.md", false},
		{"person", "ru", "Что сказал Сергей Лавров об обмене в Будапеште?", "eval2/articles/ev2-ru-budapesht-obmen.md", false},
		{"detail", "ru", "Сколько женщин участвует в экспедиции в Чукотском море?", "eval2/articles/ev2-ru-chukotskoe-more.md", false},
		{"pair", "ru", "Проведут ли российские и японские учёные совместную экспедицию в Чукотском море?", "eval2/articles/ev2-ru-chukotskoe-more.md", false},
		{"detail", "ru", "Во сколько обойдётся американская часть экспедиции в Чукотском море?", "eval2/articles/ev2-ru-chukotskoe-more.md", false},
		{"detail", "ru", "В каком банке откроют счета российские дипломаты после Рейкьявика?", "eval2/articles/ev2-ru-reykjavik-konsultatsii.md", false},
		{"year", "ru", "Правда ли, что консультации в Рейкьявике прошли в 2025 году?", "eval2/articles/ev2-ru-reykjavik-konsultatsii.md", false},
		{"detail", "ru", "Сколько будет стоить газ на хабе во Фракии для европейских покупателей?", "eval2/articles/ev2-ru-turtsiya-gazovyi-khab.md", false},
		{"pair", "ru", "Договорились ли Россия и Азербайджан о газовом хабе во Фракии?", "eval2/articles/ev2-ru-turtsiya-gazovyi-khab.md", false},
		{"person", "ru", "Что заявил Эрдоган о газовом хабе во Фракии?", "eval2/articles/ev2-ru-turtsiya-gazovyi-khab.md", false},
		{"person", "ru", "Объявил ли госсекретарь США о возобновлении приёма виз в Москве?", "eval2/articles/ev2-ru-vizy-moskva.md", false},
		{"detail", "ru", "Сколько стоит виза в посольстве США в Москве?", "eval2/articles/ev2-ru-vizy-moskva.md", false},
		{"year", "ru", "Чем закончился раунд консультаций в Маскате в 2021 году?", "eval3/articles/ev3-ru-maskat-2025.md", false},
		{"detail", "ru", "В какой гостинице проходила встреча в Маскате в июне?", "eval3/articles/ev3-ru-maskat-2025.md", false},
		{"detail", "ru", "Сколько стоит свод МКС с орбиты?", "eval3/articles/ev3-ru-mks-svod.md", false},
		{"person", "ru", "Что сказал глава NASA о своде МКС?", "eval3/articles/ev3-ru-mks-svod.md", false},
		{"detail", "ru", "Какие подарки Ястребов вручил президенту США?", "eval3/articles/ev3-ru-posol-yastrebov.md", false},
		{"pair", "ru", "Обменялись ли Россия и Великобритания заключёнными в Ташкенте?", "eval3/articles/ev3-ru-tashkent-obmen.md", false},
		{"year", "ru", "Прошёл ли обмен в Ташкенте в 2023 году?", "eval3/articles/ev3-ru-tashkent-obmen.md", false},
		{"person", "ru", "Что сказал Лавров о потолке по боеголовкам?", "eval3/articles/ev3-ru-vena-boegolovki.md", false},
		{"year", "vi", "Nga và Mỹ có họp ở Geneva về thông báo phóng tên lửa vào năm 1988 không?", "eval2/articles/ev2-vi-geneva-ten-lua.md", false},
		{"pair", "vi", "Trung Quốc và Mỹ có thảo luận tại Geneva về thông báo phóng tên lửa không?", "eval2/articles/ev2-vi-geneva-ten-lua.md", false},
		{"person", "vi", "Ông Tolliver đã trình bản sao quốc thư lên Ngoại trưởng Nga chưa?", "eval2/articles/ev2-vi-dai-su-tolliver.md", false},
		{"detail", "vi", "Thượng viện Mỹ có bao nhiêu phiếu chống khi phê chuẩn ông Tolliver?", "eval2/articles/ev2-vi-dai-su-tolliver.md", false},
		{"detail", "vi", "Ông Tolliver làm Đại sứ Mỹ tại Kazakhstan năm nào?", "eval2/articles/ev2-vi-dai-su-tolliver.md", false},
		{"pair", "vi", "Nga và Hàn Quốc đạt thỏa thuận hạn ngạch cá hồi năm 2026 chưa?", "eval2/articles/ev2-vi-nga-nhat-ca-hoi.md", false},
		{"year", "vi", "Nhật Bản được đánh bắt bao nhiêu tấn cá hồi năm 2022?", "eval2/articles/ev2-vi-nga-nhat-ca-hoi.md", false},
		{"detail", "vi", "Hạn ngạch cá hồi năm ngoái của ngư dân Nhật Bản là bao nhiêu tấn?", "eval2/articles/ev2-vi-nga-nhat-ca-hoi.md", false},
		{"person", "vi", "Tổng thống Mỹ nói gì về cuộc trao đổi tù nhân ở Budapest?", "eval2/articles/ev2-vi-trao-doi-budapest.md", false},
		{"detail", "vi", "Ai lái máy bay đưa ông Caldwell về căn cứ Andrews?", "eval2/articles/ev2-vi-trao-doi-budapest.md", false},
		{"detail", "vi", "Phi hành gia Mỹ nào sẽ bay trên tàu Soyuz năm 2027?", "eval2/articles/ev2-vi-vu-tru-bay-cheo.md", false},
		{"year", "vi", "NASA và Roscosmos ký thỏa thuận bay chéo vào năm 2028 phải không?", "eval2/articles/ev2-vi-vu-tru-bay-cheo.md", false},
		{"pair", "vi", "Đại sứ Nga tại Argentina Igor Zavarzin trình quốc thư khi nào?", "eval3/articles/ev3-vi-dai-su-nga-brazil.md", false},
		{"detail", "vi", "Ông Zavarzin có mấy người con?", "eval3/articles/ev3-vi-dai-su-nga-brazil.md", false},
		{"detail", "vi", "Chi phí đưa ISS rời quỹ đạo là bao nhiêu?", "eval3/articles/ev3-vi-iss-ha-quy-dao.md", false},
		{"person", "vi", "Giám đốc NASA nói gì về việc đưa ISS rời quỹ đạo?", "eval3/articles/ev3-vi-iss-ha-quy-dao.md", false},
		{"detail", "vi", "Ngân hàng nào ở nước thứ ba sẽ xử lý thanh toán của các đại sứ quán?", "eval3/articles/ev3-vi-muscat-lanh-su.md", false},
		{"year", "vi", "Mỹ và Nga nhất trí cấp 40 thị thực mỗi quý vào năm 2016 à?", "eval3/articles/ev3-vi-muscat-lanh-su.md", false},
		{"pair", "vi", "Mỹ và Canada họp ủy ban nghề cá ở Seattle khi nào?", "eval3/articles/ev3-vi-nghe-ca-seattle.md", false},
		{"detail", "vi", "Bao nhiêu tàu đánh bắt bất hợp pháp bị phát hiện gần đường ranh giới?", "eval3/articles/ev3-vi-nghe-ca-seattle.md", false},
		{"person", "vi", "Ngoại trưởng Mỹ có mặt tại sân bay Tashkent để đón hai công dân Mỹ không?", "eval3/articles/ev3-vi-tashkent-trao-doi.md", false},
		{"answer", "en", "Did Treasury widen the fertilizer payments license in 2026?", "eval2/articles/ev2-en-fertilizer-license.md", true},
		{"answer", "en", "Which Russian bank can now handle fertilizer payments under the amended license?", "eval2/articles/ev2-en-fertilizer-license.md", true},
		{"answer", "en", "Is it true that Senator Wade Corrigan called the fertilizer license sanctions relief by the back door?", "eval2/articles/ev2-en-fertilizer-license.md", true},
		{"answer", "en", "How many messages did the nuclear risk reduction centers exchange in 2025?", "eval2/articles/ev2-en-geneva-launch-notice.md", true},
		{"answer", "en", "Did the US and China agree to restore a defense hotline in Honolulu?", "eval2/articles/ev2-en-us-china-hotline.md", true},
		{"answer", "en", "How many delegates attended the Juneau salmon meeting?", "eval2/articles/ev2-en-yukon-salmon.md", true},
		{"answer", "en", "What did Russia's ambassador Kirill Yastrebov say about the Arctic LNG sanctions?", "eval3/articles/ev3-en-arctic-lng-sanctions.md", true},
		{"answer", "ru", "Кого освободила Россия в Будапеште?", "eval2/articles/ev2-ru-budapesht-obmen.md", true},
		{"answer", "ru", "Сколько американцев участвует в экспедиции в Чукотском море?", "eval2/articles/ev2-ru-chukotskoe-more.md", true},
		{"answer", "ru", "Во сколько обойдётся российская часть экспедиции в Чукотском море?", "eval2/articles/ev2-ru-chukotskoe-more.md", true},
		{"answer", "ru", "Что сказал Станислав Березин об обмене в Будапеште?", "eval2/articles/ev2-ru-budapesht-obmen.md", true},
		{"answer", "ru", "Сколько заявлений в неделю сможет рассматривать посольство США в Москве?", "eval2/articles/ev2-ru-vizy-moskva.md", true},
		{"answer", "ru", "Прошёл ли обмен в Ташкенте в 2025 году?", "eval3/articles/ev3-ru-tashkent-obmen.md", true},
		{"answer", "ru", "Когда планируется свод МКС с орбиты?", "eval3/articles/ev3-ru-mks-svod.md", true},
		{"answer", "vi", "Ai dẫn đầu phái đoàn Mỹ trong cuộc họp nghề cá ở Seattle?", "eval3/articles/ev3-vi-nghe-ca-seattle.md", true},
		{"answer", "vi", "Ông Tolliver trình bản sao quốc thư lên ai?", "eval2/articles/ev2-vi-dai-su-tolliver.md", true},
		{"answer", "vi", "Nga và Nhật Bản đạt thỏa thuận hạn ngạch cá hồi năm 2026 chưa?", "eval2/articles/ev2-vi-nga-nhat-ca-hoi.md", true},
		{"answer", "vi", "Đặc phái viên nào của Mỹ có mặt tại sân bay Tashkent?", "eval3/articles/ev3-vi-tashkent-trao-doi.md", true},
		{"answer", "vi", "Nhóm công tác chung về đưa ISS rời quỹ đạo gồm bao nhiêu chuyên gia?", "eval3/articles/ev3-vi-iss-ha-quy-dao.md", true},
		{"answer", "vi", "Thượng viện Mỹ phê chuẩn ông Tolliver với bao nhiêu phiếu thuận?", "eval2/articles/ev2-vi-dai-su-tolliver.md", true},
		// A part of a group counted.
		{"detail", "en", "How many of the people who took part in the Juneau meeting were scientists?", "eval2/articles/ev2-en-yukon-salmon.md", false},
		{"answer", "en", "How many of the 22 researchers on the Chukchi Sea expedition are Americans?", "chukchi-en", true},
		{"answer", "en", "How many of the delegates were at the Juneau meeting?", "eval2/articles/ev2-en-yukon-salmon.md", true},
		// The doer of a deed the article tells, and of one it does not.
		{"answer", "en", "Who suspended the defense hotline in 2022?", "eval2/articles/ev2-en-us-china-hotline.md", true},
		{"answer", "en", "Who proposed adding advance notice of large strategic exercises?", "eval2/articles/ev2-en-geneva-launch-notice.md", true},
		{"answer", "ru", "Кто освободил Тимура Белякова?", "eval3/articles/ev3-ru-tashkent-obmen.md", true},
		{"answer", "ru", "Кто приговорил Колдуэлла к восьми годам?", "eval2/articles/ev2-ru-budapesht-obmen.md", true},
		{"answer", "vi", "Ai đề xuất bổ sung việc thông báo trước các cuộc tập trận chiến lược?", "eval2/articles/ev2-vi-geneva-ten-lua.md", true},
		{"answer", "vi", "Ai thả công dân Nga Timur Belyakov?", "eval3/articles/ev3-vi-tashkent-trao-doi.md", true},
		{"detail", "en", "Who financed the Gaganyaan astronauts' training in Russia?", "eval3/articles/ev3-en-india-russia-space.md", false},
		{"detail", "ru", "Кто оплатил перелёт Белякова в Москву?", "eval3/articles/ev3-ru-tashkent-obmen.md", false},
		{"detail", "vi", "Ai tài trợ cho cuộc họp nghề cá ở Seattle?", "eval3/articles/ev3-vi-nghe-ca-seattle.md", false},
		// A speaker by rank, of a Latin name the Russian text writes as is.
		{"answer", "ru", "Что сказал заместитель администратора NASA о сведении МКС с орбиты?", "eval3/articles/ev3-vi-iss-ha-quy-dao.md", true},
		{"answer", "ru", "Что сказала заместитель гендиректора Роскосмоса о своде МКС?", "eval3/articles/ev3-ru-mks-svod.md", true},
		{"person", "ru", "Что заявил администратор NASA о своде станции?", "eval3/articles/ev3-ru-mks-svod.md", false},
		// A typed head asked of an article in another language: the
		// head's translation must be where the name is.
		{"detail", "en", "Which hotel hosted the Geneva talks on missile launch notifications?", "eval2/articles/ev2-vi-geneva-ten-lua.md", false},
		{"detail", "ru", "В какой гостинице проходила встреча в Маскате?", "eval3/articles/ev3-vi-muscat-lanh-su.md", false},
		{"answer", "en", "Which hotel hosted the expert talks in Geneva?", "hotel-ru", true},
		{"answer", "vi", "Cuộc họp ở Geneva diễn ra tại khách sạn nào?", "hotel-ru", true},
		// The name of a thing of a typed kind.
		{"answer", "en", "What is the name of the Russian bank that can now handle fertilizer payments?", "eval2/articles/ev2-en-fertilizer-license.md", true},
		{"detail", "en", "What was the name of the third-country bank the embassies will pay their bills through?", "eval3/articles/ev3-en-muscat-consulates.md", false},
		{"answer", "en", "What is the name of the ship the Chukchi Sea expedition will sail on?", "eval2/articles/ev2-ru-chukotskoe-more.md", true},
		// Women counted, asked of an article in another language.
		{"detail", "en", "How many women were on the US delegation in Reykjavik?", "eval2/articles/ev2-ru-reykjavik-konsultatsii.md", false},
		{"detail", "vi", "Có bao nhiêu phụ nữ tham gia đoàn thám hiểm ở biển Chukotka?", "eval2/articles/ev2-ru-chukotskoe-more.md", false},
		{"answer", "en", "How many women took part in the expedition?", "women-ru", true},
		// An office of one side, where the story has it only of another.
		{"answer", "vi", "Ngoại trưởng Mỹ đã cảm ơn nước nào sau cuộc trao đổi ở Budapest?", "eval2/articles/ev2-vi-trao-doi-budapest.md", true},
		{"answer", "en", "Did the US Secretary of State thank Hungary after the Budapest exchange?", "eval2/articles/ev2-vi-trao-doi-budapest.md", true},
		{"person", "en", "Did the Russian foreign minister greet Belyakov at Vnukovo airport?", "eval3/articles/ev3-ru-tashkent-obmen.md", false},
		// "Tên lửa" is a missile, not a name asked.
		{"answer", "vi", "Nga và Mỹ thông báo cho nhau trước các vụ phóng tên lửa nào?", "eval2/articles/ev2-en-geneva-launch-notice.md", true},
		// People counted by their side, the adjective standing for them.
		{"detail", "ru", "Сколько россиян участвует в экспедиции в Чукотском море?", "eval2/articles/ev2-ru-chukotskoe-more.md", false},
		{"detail", "ru", "Сколько американцев освободили в Будапеште?", "hull-ru", false},
		// A count dated by its own sentence.
		{"year", "en", "How many messages did the nuclear risk reduction centers exchange in 2024?", "eval2/articles/ev2-en-geneva-launch-notice.md", false},
		{"year", "ru", "Сколько сообщений передали друг другу центры уменьшения ядерной опасности в 2024 году?", "eval2/articles/ev2-en-geneva-launch-notice.md", false},
		// A year of earlier rounds, and the question that asks of them.
		{"answer", "ru", "В каком городе прошли предыдущие раунды консультаций в 2025 году?", "eval2/articles/ev2-ru-reykjavik-konsultatsii.md", true},
		{"year", "en", "Did the American and Russian diplomats meet in Reykjavik in 2016?", "eval2/articles/ev2-en-reykjavik-irritants.md", false},
		// A target year is the story's year too.
		{"answer", "en", "Until what date in 2026 does the amended fertilizer license allow payments?", "eval2/articles/ev2-en-fertilizer-license.md", true},
		{"answer", "vi", "Thỏa thuận bay chéo được gia hạn đến năm 2028 phải không?", "eval2/articles/ev2-vi-vu-tru-bay-cheo.md", true},
		// A year written beside a name the article dates elsewhere.
		{"answer", "en", "Will a Russian cosmonaut fly on Crew Dragon in 2027?", "eval2/articles/ev2-vi-vu-tru-bay-cheo.md", true},
		{"answer", "en", "Did Yastrebov serve as ambassador to Canada in 2018?", "eval3/articles/ev3-en-ambassador-yastrebov.md", true},
		{"year", "ru", "Полетит ли российский космонавт на МКС на корабле Crew Dragon в 2027 году?", "eval3/articles/ev3-ru-mks-svod.md", false},
		// A Vietnamese head counted with another modifier.
		{"detail", "vi", "Có bao nhiêu tàu chiến Mỹ tham gia?", "ships-vi", false},
		{"answer", "vi", "Có bao nhiêu tàu cá bị bắt giữ?", "ships-vi", true},
		// A side as the doer, and a side that did something else.
		{"detail", "en", "Who suspended the Honolulu hotline talks?", "eval2/articles/ev2-en-us-china-hotline.md", false},
		{"answer", "vi", "Ai đã áp đặt lệnh trừng phạt đối với Moskva từ năm 2022?", "eval2/articles/ev2-vi-nga-nhat-ca-hoi.md", true},
		// A time of day asked: a weekday or a date does not give it.
		{"hour", "en", "At what time did the American and Russian experts start their meeting in Geneva?", "eval2/articles/ev2-en-geneva-launch-notice.md", false},
		{"hour", "ru", "В котором часу начался обмен заключёнными в Ташкенте?", "eval3/articles/ev3-ru-tashkent-obmen.md", false},
		{"hour", "vi", "Cuộc trao đổi tù nhân ở sân bay Budapest diễn ra lúc mấy giờ?", "eval2/articles/ev2-vi-trao-doi-budapest.md", false},
		{"answer", "en", "What time of day was Yastrebov's credentials ceremony?", "hour-en", true},
		{"answer", "ru", "В котором часу Беляков прилетел во Внуково?", "eval3/articles/ev3-ru-tashkent-obmen.md", true},
		{"answer", "vi", "Ông Mokhov về tới Moskva lúc mấy giờ?", "eval2/articles/ev2-vi-trao-doi-budapest.md", true},
	}
	for _, tc := range tests {
		t.Run(tc.near+"/"+tc.lang+"/"+tc.q, func(t *testing.T) {
			c, ok := freshArticles[tc.article]
			if !ok {
				c = evalArticle(t, tc.article)
			}
			v := judge(tc.q, tc.lang, []Citation{c})
			if freshOpen[tc.q] {
				if v.Answerable == tc.answerable {
					t.Errorf("judged right now: take it off freshOpen")
				}
				t.Skipf("open: answerable = %v, want %v (%s)", v.Answerable, tc.answerable, v.Reason())
			}
			if v.Answerable != tc.answerable {
				t.Errorf("answerable = %v, want %v (%s; constraints %v)", v.Answerable, tc.answerable, v.Reason(), v.Constraints)
			}
		})
	}
}

// freshOpen are the fresh questions the judge still gets wrong, each for
// a cause no general rule here reads yet (see the report of issue 8).
var freshOpen = map[string]bool{
	"Nhóm công tác chung về ISS được lập năm 2028 phải không?":                    true,
	"Who suspended the Honolulu hotline talks?":                                   true,
	"Who paid for the Severny Mys LNG tankers?":                                   true,
	"Did the Russian foreign minister greet Belyakov at Vnukovo airport?":         true,
	"How many of the people who took part in the Juneau meeting were scientists?": true,
	"How much gas did the four sanctioned tankers carry in total?":                true,
	"Ông Tolliver làm Đại sứ Mỹ tại Kazakhstan năm nào?":                          true,
	"Hạn ngạch cá hồi năm ngoái của ngư dân Nhật Bản là bao nhiêu tấn?":           true,
	"Ông Zavarzin có mấy người con?":                                              true,
}

// freshArticles are short original stories that give what the eval
// articles do not: the hour of a ceremony.
var freshArticles = map[string]Citation{
	"ships-vi": {N: 1, Title: "Tàu cá Nga bị bắt giữ gần Alaska", Lang: "vi", Published: time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC),
		Passage: "Tuần duyên Mỹ đã bắt giữ 3 tàu cá Nga gần đường ranh giới biển, với sự tham gia của 2 tàu tuần tra."},
	"hull-ru": {N: 1, Title: "Обмен в Будапеште", Lang: "ru", Published: time.Date(2026, 2, 19, 0, 0, 0, 0, time.UTC),
		Passage: "БУДАПЕШТ, 19 февраля. Россия и США провели обмен в Будапеште. К аэропорту подошли два американских самолёта."},
	"women-ru": {N: 1, Title: "Учёные России и США отправились в экспедицию", Lang: "ru", Published: time.Date(2026, 8, 5, 0, 0, 0, 0, time.UTC),
		Passage: "ВЛАДИВОСТОК, 5 августа. Российские и американские учёные отправились в совместную экспедицию в Чукотское море. " +
			"В экспедиции участвуют 22 исследователя, из них восемь женщин."},
	"hotel-ru": {N: 1, Title: "Эксперты России и США встретились в Женеве", Lang: "ru", Published: time.Date(2026, 6, 4, 0, 0, 0, 0, time.UTC),
		Passage: "ЖЕНЕВА, 4 июня. Российские и американские эксперты провели в Женеве переговоры об уведомлениях о пусках ракет. " +
			"Встреча прошла в гостинице «Бо-Риваж» на берегу озера."},
	"chukchi-en": {N: 1, Title: "Russian and American scientists plan Chukchi Sea expedition", Lang: "en", Published: time.Date(2026, 5, 20, 0, 0, 0, 0, time.UTC),
		Passage: "VLADIVOSTOK - Russian and American scientists will hold a joint expedition in the Chukchi Sea in August. " +
			"The expedition will last 35 days and include 22 researchers, nine of them Americans."},
	"hour-en": {N: 1, Title: "New Russian ambassador presents credentials", Lang: "en", Published: time.Date(2025, 10, 8, 0, 0, 0, 0, time.UTC),
		Passage: "WASHINGTON - Kirill Yastrebov, Russia's new ambassador, presented his credentials at the White House on Tuesday. " +
			"The credentials ceremony began at 11:30 a.m. and lasted twenty minutes."},
}

// TestJudgeFreshSecondBatch: a second and a third batch of fresh
// questions, written after the rules above and never tuned on (wave 2 of
// issue 8): how the judge fares on near misses whose shapes it was not
// fixed for. What it still gets wrong is in freshOpen.
func TestJudgeFreshSecondBatch(t *testing.T) {
	const (
		yastreb = "eval3/articles/ev3-en-ambassador-yastrebov.md"
		isro    = "eval3/articles/ev3-en-india-russia-space.md"
		muscat  = "eval3/articles/ev3-en-muscat-consulates.md"
		lng     = "eval3/articles/ev3-en-arctic-lng-sanctions.md"
		vienna  = "eval3/articles/ev3-en-vienna-warheads.md"
		posol   = "eval3/articles/ev3-ru-posol-yastrebov.md"
		vena    = "eval3/articles/ev3-ru-vena-boegolovki.md"
		mks     = "eval3/articles/ev3-ru-mks-svod.md"
		maskat  = "eval3/articles/ev3-ru-maskat-2025.md"
		brazil  = "eval3/articles/ev3-vi-dai-su-nga-brazil.md"
		tashvi  = "eval3/articles/ev3-vi-tashkent-trao-doi.md"
		seattle = "eval3/articles/ev3-vi-nghe-ca-seattle.md"
		hotline = "eval2/articles/ev2-en-us-china-hotline.md"
		reykru  = "eval2/articles/ev2-ru-reykjavik-konsultatsii.md"
		issvi   = "eval3/articles/ev3-vi-iss-ha-quy-dao.md"
	)
	tests := []struct {
		near, lang, q, article string
		answerable             bool
	}{
		{"year", "en", "Was Kirill Yastrebov Russia's ambassador to Canada in 2015?", yastreb, false},
		{"year", "en", "Did Roscosmos and ISRO sign the astronaut training agreement in 1984?", isro, false},
		{"person", "en", "What did India's prime minister say about the Roscosmos training deal?", isro, false},
		{"detail", "en", "Which restaurant hosted al-Harthy's dinner for the delegations?", muscat, false},
		{"detail", "en", "Who paid for the Severny Mys LNG tankers?", lng, false},
		{"pair", "en", "Did the US and India agree to keep the warhead ceiling after the Vienna talks?", vienna, false},
		{"detail", "en", "What time did Talbot speak to reporters in Muscat?", muscat, false},
		{"answer", "en", "Which Omani official hosted a dinner for both delegations?", muscat, true},
		{"answer", "en", "How many tankers did Treasury sanction for carrying Severny Mys gas?", lng, true},
		{"year", "ru", "Вручил ли Ястребов верительные грамоты в 2017 году?", posol, false},
		{"person", "ru", "Что заявил министр обороны России о потолке боеголовок?", vena, false},
		{"detail", "ru", "Сколько женщин было в составе делегаций в Вене?", vienna, false},
		{"detail", "ru", "Кто построил буксир, который сведёт МКС с орбиты?", mks, false},
		{"pair", "ru", "Договорились ли Россия и Китай о своде МКС с орбиты?", mks, false},
		{"answer", "ru", "Сколько специалистов войдёт в совместную рабочую группу по своду МКС?", mks, true},
		{"answer", "ru", "Кто возглавлял российскую делегацию в Маскате в июне 2025 года?", maskat, true},
		{"year", "vi", "Ông Zavarzin làm Đại sứ Nga tại Chile từ năm 2015 phải không?", brazil, false},
		{"person", "vi", "Tổng thống Nga nói gì về quan hệ với Brazil?", brazil, false},
		{"detail", "vi", "Buổi lễ trình quốc thư của ông Zavarzin diễn ra lúc mấy giờ?", brazil, false},
		{"detail", "vi", "Ai trả tiền cho chuyến bay đưa hai công dân Mỹ tới Ramstein?", tashvi, false},
		{"pair", "vi", "Mỹ và Nhật Bản có nhất trí trao đổi dữ liệu về cá minh thái không?", seattle, false},
		{"detail", "vi", "Có bao nhiêu phụ nữ trong phái đoàn Mỹ tại Seattle?", seattle, false},
		{"answer", "vi", "Bà Margaret Pruitt đã chờ đợi con trai bao nhiêu ngày?", tashvi, true},
		{"answer", "vi", "Brazil nhập khẩu bao nhiêu phân bón từ Nga?", brazil, true},
		// A third batch, written after every rule here and never tuned on.
		{"person", "en", "What did the Chinese defense minister say in Honolulu?", hotline, false},
		{"year", "en", "Did the US and China restore their defense hotline in 2022?", hotline, false},
		{"detail", "en", "How many calls have been made on the restored hotline?", hotline, false},
		{"answer", "en", "Within how many hours must each side answer a hotline call?", hotline, true},
		{"detail", "ru", "Сколько стоит билет на прямой рейс между Россией и США?", reykru, false},
		{"person", "ru", "Что сказал посол России в США о консультациях в Рейкьявике?", reykru, false},
		{"year", "ru", "Изъяли ли американские власти дипсобственность в 2017 году?", reykru, false},
		{"answer", "ru", "Когда американские власти изъяли объекты дипсобственности?", reykru, true},
		{"detail", "vi", "Ai lái tàu kéo đưa ISS vào bầu khí quyển?", issvi, false},
		{"detail", "vi", "Lễ ký nghị định thư về ISS diễn ra lúc mấy giờ?", issvi, false},
		{"pair", "vi", "Nga và Ấn Độ ký nghị định thư đưa ISS rời quỹ đạo khi nào?", issvi, false},
		{"answer", "vi", "Ai ký nghị định thư thay mặt Roscosmos?", issvi, true},
		{"year", "vi", "Nhóm công tác chung về ISS được lập năm 2028 phải không?", issvi, false},
		{"person", "vi", "Tổng giám đốc Roscosmos nói gì về nghị định thư?", issvi, false},
		{"answer", "vi", "Lý do chính của việc ký nghị định thư về ISS là gì?", issvi, true},
		{"detail", "en", "Which airline flew Daniel Pruitt to Ramstein?", tashvi, false},
	}
	for _, tc := range tests {
		t.Run(tc.near+"/"+tc.lang+"/"+tc.q, func(t *testing.T) {
			v := judge(tc.q, tc.lang, []Citation{evalArticle(t, tc.article)})
			if freshOpen[tc.q] {
				if v.Answerable == tc.answerable {
					t.Errorf("judged right now: take it off freshOpen")
				}
				t.Skipf("open: answerable = %v, want %v (%s)", v.Answerable, tc.answerable, v.Reason())
			}
			if v.Answerable != tc.answerable {
				t.Errorf("answerable = %v, want %v (%s; constraints %v)", v.Answerable, tc.answerable, v.Reason(), v.Constraints)
			}
		})
	}
}

// Whatever the question and the article, the fresh readers (the deed a
// "who" question asks, the part "how many of" counts, a target year, a
// time of day) do not fail, and the judge decides the same way twice.
func FuzzJudgeFresh(f *testing.F) {
	f.Add("Who paid for the meeting in 2025?", "The meeting was held on Tuesday. Russia paid 5 million in 2024.")
	f.Add("Кто пилотировал самолёт в котором часу?", "Самолёт прилетел поздно вечером. Из них девять американских.")
	f.Add("Ai tài trợ cho cuộc họp đến hết năm 2028?", "Hai bên ký ngày 14/7, gia hạn đến hết năm 2028. Có 68 phiếu thuận.")
	f.Add("How many of", "of")
	f.Fuzz(func(t *testing.T, q, passage string) {
		if !utf8.ValidString(q) || !utf8.ValidString(passage) {
			t.Skip("questions and passages are valid UTF-8")
		}
		asksHour(q)
		targetYear(foldedWords(q))
		partCounted(corpus.Tokenize(q))
		for _, lang := range []string{"en", "ru", "vi"} {
			deedConcept(q, stemmedTerms(queryTerms(q, lang)), qWho)
			src := []Citation{{N: 1, ArticleID: "a", Lang: lang, Title: "T", Passage: passage, Published: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)}}
			if a, b := judge(q, lang, src), judge(q, lang, src); a.Answerable != b.Answerable || a.Reason() != b.Reason() {
				t.Fatalf("judge(%q, %s) decided %v then %v", q, lang, a.Reason(), b.Reason())
			}
		}
	})
}
