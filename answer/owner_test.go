package answer

import (
	"strings"
	"testing"
)

// TestOwnerLeads: asked who owns something, the sentence that names the
// owner beside a word of owning leads, not one naming an official who
// spoke of it. The articles are written for this test.
func TestOwnerLeads(t *testing.T) {
	ru := Citation{Lang: "ru", Title: "Норвежское судно задержано у Шпицбергена",
		Passage: "МУРМАНСК, 4 мая. Пограничники задержали норвежское научное судно Polar Tern у архипелага Шпицберген. " +
			"Представитель погрануправления Игорь Сомов заявил, что судно Polar Tern вошло в исключительную экономическую зону без уведомления. " +
			"Судно Polar Tern, принадлежащее Бергенскому морскому институту, вело съёмку дна. " +
			"Официальный представитель МИД Норвегии Кари Хольм заявила, что Осло ждёт скорого освобождения экипажа."}
	en := Citation{Lang: "en", Title: "Norwegian research ship held off Svalbard",
		Passage: "MURMANSK - Russian border guards on Monday detained the Norwegian research vessel Polar Tern near Svalbard. " +
			"Border service spokesman Igor Somov said the Polar Tern had entered the economic zone without notice. " +
			"The Polar Tern, owned by the Bergen Marine Institute, was surveying the seabed. " +
			"Norwegian foreign ministry spokeswoman Kari Holm said Oslo expected the crew to be freed soon."}
	vi := Citation{Lang: "vi", Title: "Nga bắt giữ tàu nghiên cứu Na Uy gần Svalbard",
		Passage: "MURMANSK, ngày 4/5 - Lực lượng biên phòng Nga đã bắt giữ tàu nghiên cứu Polar Tern của Na Uy gần quần đảo Svalbard. " +
			"Người phát ngôn biên phòng Igor Somov cho biết tàu Polar Tern đã đi vào vùng đặc quyền kinh tế mà không thông báo. " +
			"Tàu Polar Tern thuộc sở hữu của Viện Hải dương học Bergen và đang khảo sát đáy biển. " +
			"Người phát ngôn Bộ Ngoại giao Na Uy Kari Holm cho biết Oslo mong thủy thủ đoàn sớm được thả."}
	for _, tc := range []struct {
		q, lang string
		src     Citation
		want    string
	}{
		{"Кому принадлежит судно Polar Tern?", "ru", ru, "Бергенскому морскому институту"},
		{"Who owns the Polar Tern?", "en", en, "Bergen Marine Institute"},
		{"Tàu Polar Tern thuộc sở hữu của ai?", "vi", vi, "Viện Hải dương học Bergen"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			if got := firstBullet(t, tc.q, tc.lang, tc.src); !strings.Contains(got, tc.want) {
				t.Errorf("first bullet %q, want the owner (%q)", got, tc.want)
			}
		})
	}
}
