package answer_test

import "testing"

// A reader's framing before the ask ("Hi! I'm covering … for a student
// radio show.", "Quick question for a feature I'm editing for our campus
// weekly: …", "Коллега спрашивает: …", "Пишу заметку для районной газеты
// о …", "Mình là sinh viên …, đang làm tiểu luận về …") says who asks
// and why: its words ("student", "weekly", "заметку", "sinh viên") are no
// detail a report must hold (each of the first six was refused on one).
// A framing that names the story still scopes the question: the same
// framing with a name no report holds ("Oregon", "Хендрикса", "Kazan") is
// a near miss, refused.
func TestEndToEndReaderFraming(t *testing.T) {
	sets := []freshSet{{"testdata/framing/*.md", []freshQuestion{
		{"Hi! I'm covering the Vermont compound story for a student radio show. How long will the Russian inspectors be allowed to stay at the Harwick compound?", []string{"fr-en-harwick"}},
		{"Hello! I'm editing the Vermont compound feature for our campus weekly. How long will the Russian inspectors be allowed to stay at the Harwick compound?", []string{"fr-en-harwick"}},
		{"Quick question for a feature I'm editing for our campus weekly: how long will the Russian inspectors be allowed to stay at the Harwick compound?", []string{"fr-en-harwick"}},
		{"Коллега из районной газеты спрашивает: через сколько дней после ареста консул США навестил яхтсмена?", []string{"fr-ru-yacht"}},
		{"Пишу заметку для районной газеты о деле Маккоя. Через сколько дней после ареста консул США навестил яхтсмена в Калининграде?", []string{"fr-ru-yacht"}},
		{"Mình là sinh viên năm hai, đang làm tiểu luận về giải cờ ở Tbilisi. Kỳ thủ nhí của đội Mỹ bao nhiêu tuổi?", []string{"fr-vi-chess"}},
		// Near misses: the framing names a place or a person no report
		// of the event names.
		{"Hi! I'm covering the Oregon compound story for a student radio show. How long will the Russian inspectors be allowed to stay at the compound?", nil},
		{"Пишу заметку для районной газеты о деле Хендрикса. Через сколько дней после ареста консул США навестил яхтсмена в Калининграде?", nil},
		{"Mình là sinh viên năm hai, đang làm tiểu luận về giải cờ ở Kazan. Kỳ thủ nhí của đội Mỹ bao nhiêu tuổi?", nil},
	}}}
	good, total := askFreshSets(t, sets, nil)
	t.Logf("%d of %d framed questions behave", good, total)
}
