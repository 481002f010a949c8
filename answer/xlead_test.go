package answer

import (
	"strings"
	"testing"
)

// TestFirstBulletOtherLanguageTyped: a sentence of another article that
// gives the kind of answer asked for leads over the asker's own-language
// article that only repeats the topic; "previously" asks for what was so
// before, not for the story's present ("ambassador to Russia").
func TestFirstBulletOtherLanguageTyped(t *testing.T) {
	srcs := []Citation{
		{N: 1, ArticleID: "en", Lang: "en", Title: "Norwegian consulate in Murmansk to resume visas",
			Passage: "MURMANSK, March 3 - The Norwegian consulate in Murmansk will resume taking visa applications on April 15. " +
				"The move was announced on Monday by Norway's ambassador to Russia, Ola Hansen. " +
				"The consulate will handle about 300 applications a week, the ambassador said."},
		{N: 2, ArticleID: "vi", Lang: "vi", Title: "Tân Đại sứ Na Uy tại Nga Ola Hansen trình quốc thư",
			Passage: "Tân Đại sứ Na Uy tại Nga Ola Hansen ngày 21/1 đã trình bản sao quốc thư tại Moskva. " +
				"Ông Hansen, 58 tuổi, là nhà ngoại giao chuyên nghiệp, từng làm Đại sứ Na Uy tại Chile và có thời gian dài công tác tại Moskva. " +
				"Ông nói thành thạo tiếng Nga."},
	}
	q := extractiveLed("Intro:", "Where did Ola Hansen previously serve as ambassador?", "en", "en", srcs, []bool{true, true})
	if b := bullets(q.text); len(b) == 0 || !strings.Contains(b[0], "Chile") {
		t.Errorf("first bullet of\n%s\nwant the sentence on his post in Chile", q.text)
	}
}

// TestFirstBulletWhereTo: "куда", "where ... taken to" asks where to:
// the place a person was taken to, not the one where a court sentenced
// him.
func TestFirstBulletWhereTo(t *testing.T) {
	for _, tc := range []struct {
		q   string
		src Citation
	}{
		{"Nhà báo Ola Hansen được đưa về đâu sau khi được trả tự do?", Citation{Lang: "vi", Title: "Na Uy và Nga trao đổi tù nhân tại Helsinki",
			Passage: "Theo đó, phía Nga trả tự do cho nhà báo Na Uy Ola Hansen, người bị một tòa án ở Murmansk kết án 6 năm tù vào năm 2024. " +
				"Ông Hansen, 41 tuổi, đã bị giam giữ gần 20 tháng. " +
				"Ông được đưa về căn cứ không quân Gardermoen gần thủ đô Oslo, nơi gia đình chờ đón."}},
		{"Where was the released journalist Ola Hansen taken to?", Citation{Lang: "en", Title: "Norway and Russia swap prisoners in Helsinki",
			Passage: "HELSINKI - Russia freed Norwegian journalist Ola Hansen on Thursday. " +
				"The released journalist Ola Hansen had been sentenced by a court in Murmansk in 2024. " +
				"He was taken to Gardermoen air base near Oslo, where his family waited."}},
	} {
		if got := firstBullet(t, tc.q, tc.src.Lang, tc.src); !strings.Contains(got, "Gardermoen") {
			t.Errorf("%s: first bullet %q, want where he was taken to", tc.q, got)
		}
	}
}

// TestFirstBulletCharge: "за что осудили" asks for the offence, which
// one sentence names, not for the sentence a prisoner served, which
// many do.
func TestFirstBulletCharge(t *testing.T) {
	for _, tc := range []struct {
		q   string
		src Citation
	}{
		{"За что осудили Улу Хансена?", Citation{Lang: "ru", Title: "Россия и Норвегия обменялись заключёнными",
			Passage: "ХЕЛЬСИНКИ, 3 марта. Россия освободила норвежского журналиста Улу Хансена, осуждённого в 2024 году в Мурманске на шесть лет. " +
				"Хансен провёл в заключении почти 20 месяцев. " +
				"Суд признал его виновным в сборе сведений о военных объектах Северного флота."}},
		{"What was Ola Hansen convicted of?", Citation{Lang: "en", Title: "Norway and Russia swap prisoners",
			Passage: "HELSINKI - Russia freed Norwegian journalist Ola Hansen, who was convicted in Murmansk in 2024 and given six years. " +
				"Hansen had been held for nearly 20 months. " +
				"A court found him guilty of gathering data on Northern Fleet bases."}},
		// Another prisoner's charge is not the one asked.
		{"За что осудили Улу Хансена?", Citation{Lang: "ru", Title: "Россия и Норвегия обменялись заключёнными",
			Passage: "ХЕЛЬСИНКИ, 3 марта. Норвегия освободила гражданина России Петра Лаптева, который отбывал в Тромсё срок за контрабанду. " +
				"Россия передала Норвегии журналиста Улу Хансена, осуждённого в 2024 году в Мурманске на шесть лет по делу о сборе сведений о Северном флоте."}},
	} {
		if got := firstBullet(t, tc.q, tc.src.Lang, tc.src); !strings.Contains(got, "Северного флота") && !strings.Contains(got, "Северном флоте") && !strings.Contains(got, "Northern Fleet") {
			t.Errorf("%s: first bullet %q, want the offence", tc.q, got)
		}
	}
}
