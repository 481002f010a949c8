package answer

import (
	"strings"
	"testing"
)

// TestFirstBulletFromTo: asked where a flight went from and to, the
// reader is first shown the sentence that names both ends, not one that
// names only where some flight goes ("bay đến Mỹ"). The articles are
// written for this test.
func TestFirstBulletFromTo(t *testing.T) {
	vi := Citation{Lang: "vi", Title: "Máy bay chở hàng mất liên lạc trên biển Okhotsk",
		Passage: "Tháng trước, một máy bay chở hàng đã mất liên lạc vô tuyến trong 25 phút trên biển Okhotsk. " +
			"Sau sự cố, máy bay chở hàng của Nga vẫn không được bay đến Nhật Bản. " +
			"Chiếc máy bay khi đó đang bay từ Busan đến Magadan. " +
			"Hai bên sẽ lắp thêm một trạm radar ở Sakhalin."}
	ru := Citation{Lang: "ru", Title: "Грузовой самолёт потерял связь над Охотским морем",
		Passage: "В прошлом месяце грузовой самолёт на 25 минут потерял радиосвязь над Охотским морем. " +
			"После этого случая российским грузовым самолётам по-прежнему запрещено летать в Японию. " +
			"Самолёт тогда летел из Пусана в Магадан. " +
			"Стороны установят ещё одну радиолокационную станцию на Сахалине."}
	for _, tc := range []struct {
		q, lang string
		src     Citation
		want    string
	}{
		{"Chiếc máy bay chở hàng bị mất liên lạc bay từ đâu đến đâu?", "vi", vi, "từ Busan đến Magadan"},
		{"Where was the cargo plane that lost contact flying from and to?", "en", vi, "từ Busan đến Magadan"},
		{"Откуда и куда летел грузовой самолёт, потерявший связь?", "ru", ru, "из Пусана в Магадан"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			if got := firstBullet(t, tc.q, tc.lang, tc.src); !strings.Contains(got, tc.want) {
				t.Errorf("first bullet %q, want the sentence naming both ends (%q)", got, tc.want)
			}
		})
	}
}
