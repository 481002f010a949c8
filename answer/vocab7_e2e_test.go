package answer_test

import "testing"

// TestEndToEndEverydayVocabulary asks, across languages, about the kinds
// of story the lexicon's everyday words serve: a library's manuscripts
// digitised with a university's money (a Russian report, questions in
// English and Vietnamese), machine tools shipped against export controls
// (English, asked in Russian and Vietnamese) and what a minister of a
// portfolio said (Vietnamese, asked in English and Russian). Each has a
// near-miss twin that asks a detail the report lacks (bearings for
// lathes, the energy minister for the trade minister, a theft for a
// digitisation), which must still be refused.
func TestEndToEndEverydayVocabulary(t *testing.T) {
	sets := []freshSet{{"testdata/vocab7/*.md", []freshQuestion{
		{"Who is funding the digitization of the Tatar manuscripts in Kazan?", []string{"v7-ru-kazan-rukopisi"}},
		{"Ai tài trợ cho việc số hóa các bản thảo tiếng Tatar ở Kazan?", []string{"v7-ru-kazan-rukopisi"}},
		{"When will the digitization of the Kazan manuscripts begin?", []string{"v7-ru-kazan-rukopisi"}},
		{"Who stole the Tatar manuscripts from the Kazan library?", nil},
		{"Какой штраф заплатит техасская компания за поставку токарных станков в Россию?", []string{"v7-en-lathes-fine"}},
		{"Công ty Texas đã bán máy tiện cho nhà máy tua-bin ở thành phố nào của Nga?", []string{"v7-en-lathes-fine"}},
		{"Какой штраф заплатит техасская компания за поставку подшипников в Россию?", nil},
		{"Сколько токарных станков техасская компания продала Ирану?", nil},
		{"What did Kazakhstan's trade minister say about the Caspian grain corridor?", []string{"v7-vi-bo-truong-thuong-mai"}},
		{"Что сказал министр торговли Казахстана о зерновом коридоре через Каспий?", []string{"v7-vi-bo-truong-thuong-mai"}},
		{"What did Kazakhstan's energy minister say about the Caspian grain corridor?", nil},
		{"Bộ trưởng Tài chính Armenia nói gì về đợt phát hành trái phiếu?", []string{"v7-ru-minfin-evroobligatsii"}},
		{"What did Armenia's finance minister say about the Eurobonds?", []string{"v7-ru-minfin-evroobligatsii"}},
		{"Bộ trưởng Y tế Armenia nói gì về đợt phát hành trái phiếu?", nil},
		{"What did Armenia's health minister say about the Eurobonds?", nil},
	}}}
	open := map[string]string{
		"Какой штраф заплатит техасская компания за поставку подшипников в Россию?": "a detail near miss: the fine, the firm and Russia are all there, and the judge holds the one missing thing (bearings, not lathes) short of a refusal, before and after the lexicon knew bearings",
	}
	good, total := askFreshSets(t, sets, open)
	t.Logf("%d of %d everyday-vocabulary questions behave", good, total)
}
