package answer_test

import (
	"context"
	"slices"
	"testing"

	"github.com/detente/detente/answer"
)

// Over the real stack with no model, the seeds and the first three
// evaluation sets' articles: questions written for this test, asked in
// another language than the article that answers them (or in Russian of
// a Russian article), each naming something the article writes another
// way: a place or a person in a Russian case ("в Женеве", "с Саблиным"),
// an acronym in the other script ("СПГ" for LNG), a "how many times"
// answered by a ratio ("вдвое"), a British or American spelling
// ("licence", "defense"), a count "according to" someone, a new office
// holder. The same question about another place, country or thing is
// refused.
func TestEndToEndCrossLingualKinds(t *testing.T) {
	t.Parallel() // ingests its own articles into its own store: independent of the others
	if testing.Short() {
		t.Skip("ingests three evaluation sets")
	}
	ctx := context.Background()
	eng, st := seededEngine(t)
	for _, dir := range []string{"eval", "eval2", "eval3"} {
		ingestFiles(t, eng, st, "../testdata/"+dir+"/articles/*.md")
	}
	svc := answer.New(eng, answer.Options{})
	geneva := []string{"ev2-en-geneva-launch-notice", "ev2-vi-geneva-ten-lua"}
	reykjavik := []string{"ev2-en-reykjavik-irritants", "ev2-ru-reykjavik-konsultatsii"}
	budapest := []string{"ev2-vi-trao-doi-budapest", "ev2-ru-budapesht-obmen"}
	demidov := []string{"ev-ru-demidov-vashington"}
	licence := []string{"ev2-en-fertilizer-license"}
	lng := []string{"ev3-en-arctic-lng-sanctions"}
	visas := []string{"ev2-ru-vizy-moskva", "ev2-vi-dai-su-tolliver"}
	yastrebov := []string{"ev3-ru-posol-yastrebov", "ev3-en-ambassador-yastrebov"}
	brazil := []string{"ev3-vi-dai-su-nga-brazil"}
	salmon := []string{"ev2-vi-nga-nhat-ca-hoi"}
	chukchi := []string{"ev2-ru-chukotskoe-more"}
	tests := []struct {
		q    string
		gold []string // nil: must be refused
		// pending: a question this slice does not make behave (retrieval
		// never brings its article, or a detail near miss the judge's
		// content coverage lets through): logged, not failed, so the
		// count below stays honest.
		pending string
	}{
		// a place or a person in a Russian case
		{"Сколько часов длились переговоры дипломатов в Рейкьявике?", reykjavik, ""},
		{"Кто возглавлял американскую делегацию на переговорах в Женеве о пусках ракет?", geneva, ""},
		{"Что предложил Вашингтон на встрече с Саблиным?", geneva, ""},
		{"Сколько месяцев журналист Колдуэлл провёл под стражей?", budapest, ""},
		{"Сколько часов длились переговоры дипломатов в Осло?", nil, ""},
		{"Кто возглавлял американскую делегацию на переговорах в Каире о пусках ракет?", nil, ""},
		// how many times, answered by a ratio
		{"How many times more visas did Russia's embassy issue to Americans in 2025 than the year before?", demidov, ""},
		{"Во сколько раз выросла выдача виз американцам в 2025 году?", demidov, ""},
		{"Số thị thực Nga cấp cho người Mỹ năm 2025 tăng gấp mấy lần?", demidov, "retrieval: the visa sentence is not among the passages"},
		{"Во сколько раз выросла выдача виз китайцам в 2025 году?", nil, "detail near miss: китайцам is one word of five"},
		// British and American spellings, Russian stems of borrowed nouns
		{"What does the Treasury's amended general licence let banks do?", licence, ""},
		{"Until what date is the fertiliser licence valid?", licence, ""},
		{"До какого числа действует лицензия на платежи за российские удобрения?", licence, ""},
		{"When will the last two S-400 air defense units arrive in India?", []string{"ev-en-india-russia-oil"}, ""},
		{"Until what date is the licence for Belarusian potash payments valid?", nil, ""},
		// acronyms and their expansions across scripts
		{"Сколько танкеров попало под санкции из-за поставок СПГ с проекта Северный Мыс?", lng, ""},
		{"Mỹ trừng phạt bao nhiêu công ty chở khí hóa lỏng từ dự án Severny Mys?", lng, ""},
		{"Сколько танкеров попало под санкции из-за поставок СПГ с проекта Сахалин-2?", nil, ""},
		// a count given as someone's word
		{"How many applications a week will the consular section be able to consider, according to the ambassador?", visas, ""},
		{"Сколько сообщений, по словам Келлерман, передали друг другу центры в 2025 году?", geneva, "retrieval: the Geneva articles are not found"},
		// a new office holder, asked in another language
		{"Who replaced Vadim Sorokin as Russia's ambassador in Washington?", yastrebov, ""},
		{"Who is Russia's new envoy to Brazil?", brazil, "retrieval: envoy finds no passage"},
		{"Кто стал новым послом России в Бразилии?", brazil, ""},
		{"Who is Russia's new envoy to Argentina?", nil, ""},
		// content words of a Russian or Vietnamese article asked in another language
		{"Сколько тонн лосося разрешено выловить японским рыбакам?", salmon, ""},
		{"Сколько тонн краба разрешено выловить японским рыбакам?", nil, "detail near miss: краба is one word of five"},
		{"How much will the Russian part of the Chukchi Sea expedition cost?", chukchi, ""},
		{"Which ship will carry the Chukchi Sea expedition?", chukchi, ""},
		{"Đoàn thám hiểm biển Chukotka kéo dài bao nhiêu ngày?", chukchi, ""},
		{"How much will the Russian part of the Laptev Sea expedition cost?", nil, ""},
		{"How much gas a year will be sold through the hub in Thrace at first?", []string{"ev2-ru-turtsiya-gazovyi-khab"}, ""},
	}
	good := 0
	for _, tt := range tests {
		a, err := svc.Ask(ctx, answer.Request{Question: tt.q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		cited := slices.ContainsFunc(a.Citations, func(c answer.Citation) bool { return slices.Contains(tt.gold, c.ArticleID) })
		behaves := tt.gold == nil && a.NoSources || tt.gold != nil && !a.NoSources && cited
		switch {
		case tt.pending != "" && behaves:
			t.Errorf("%q: behaves now; drop its pending note (%s)", tt.q, tt.pending)
		case tt.pending != "":
			t.Logf("%q: pending, %s", tt.q, tt.pending)
		case tt.gold == nil && !a.NoSources:
			t.Errorf("%q: answered, want refused: %s", tt.q, firstLine(a.Text))
		case tt.gold != nil && a.NoSources:
			t.Errorf("%q: refused (%s), want %v cited", tt.q, a.Verdict.Reason(), tt.gold)
		case tt.gold != nil && !cited:
			t.Errorf("%q: cites none of %v", tt.q, tt.gold)
		default:
			good++
		}
	}
	t.Logf("%d of %d fresh questions behave", good, len(tests))
}
