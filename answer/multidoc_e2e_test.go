package answer_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/detente/detente/answer"
)

// Over the real stack with no model and the four open evaluation sets'
// articles: questions written for this test whose answer spans two
// reports of two events ("in Ankara and in Budapest", "compare …", two
// asks in one sentence), in the three languages, with and without
// names. Each ask's article must be cited and the first bullet must hold
// an answer to one of the asks. Each near-miss twin asks the same of an
// event the corpus does not hold for one of its asks, and is refused.
func TestEndToEndMultiDoc(t *testing.T) {
	t.Parallel() // ingests its own articles into its own store: independent of the others
	if testing.Short() {
		t.Skip("ingests four evaluation sets")
	}
	ctx := context.Background()
	eng, st := seededEngine(t)
	for _, dir := range []string{"eval", "eval2", "eval3", "eval4"} {
		ingestFiles(t, eng, st, "../testdata/"+dir+"/articles/*.md")
	}
	svc := answer.New(eng, answer.Options{})
	type ask struct {
		gold []string // any of these articles answers the ask
		keys []string // any of these, lower-cased, is an answer to it
	}
	ankara := ask{[]string{"ev-ru-ankara-obmen"}, []string{"турецкой разведки"}}
	budapest := ask{[]string{"ev2-ru-budapesht-obmen", "ev2-vi-trao-doi-budapest"}, []string{"венгрии", "hungary", "hungary", "hungar"}}
	reykjavik := ask{[]string{"ev2-en-reykjavik-irritants", "ev2-ru-reykjavik-konsultatsii"}, []string{"bank", "банк"}}
	muscat := ask{[]string{"ev3-en-muscat-consulates", "ev3-vi-muscat-lanh-su"}, []string{"40 visas", "40 thị thực"}}
	vienna := ask{[]string{"ev3-en-vienna-warheads", "ev3-ru-vena-boegolovki"}, []string{"semyonov", "семёнов", "1,550", "1550"}}
	geneva := ask{[]string{"ev2-en-geneva-launch-notice", "ev2-vi-geneva-ten-lua"}, []string{"sablin"}}
	juneau := ask{[]string{"ev2-en-yukon-salmon"}, []string{"tagging data", "catch and tagging"}}
	seattle := ask{[]string{"ev3-vi-nghe-ca-seattle"}, []string{"minh thái", "cua tuyết"}}
	belgrade := ask{[]string{"ev4-en-belgrade-flights", "ev4-vi-belgrade-flights"}, []string{"zotikov", "kincaid", "working group", "nhóm công tác", "serbia"}}
	cairo := ask{[]string{"ev4-en-cairo-black-sea", "ev4-ru-cairo-black-sea"}, []string{"meshkov", "мешков", "argyle", "аргайл", "hotline", "горяч", "egypt"}}
	valletta := ask{[]string{"ev4-en-valletta-bomber-notices", "ev4-ru-valletta-bomber-notices"}, []string{"whitcombe", "уиткомб", "72"}}
	tashkent := ask{[]string{"ev3-ru-tashkent-obmen", "ev3-vi-tashkent-trao-doi"}, []string{"восемь месяцев", "tám tháng", "прюитт", "pruitt", "горски", "gorski"}}
	abudhabi := ask{[]string{"ev-en-abudhabi-swap", "ev-vi-trao-doi-tu-nhan"}, []string{"three americans", "ba công dân mỹ", "ba người mỹ"}}
	budapestTime := ask{budapest.gold, []string{"четырёх месяцев", "bốn tháng"}}
	delhi := ask{[]string{"ev4-en-delhi-flights"}, []string{"32 flights", "64"}}
	tests := []struct {
		q    string
		asks []ask // nil: refused
		// pending: a question this slice does not make behave yet,
		// logged, not failed, so the count below stays honest.
		pending string
	}{
		{"Who mediated the prisoner swaps in Ankara and in Budapest?", []ask{ankara, budapest}, "bullet: the Abu Dhabi report names Ankara in passing and its mediation sentence leads"},
		{"Tell me what got agreed on the embassies in Reykjavik and then in Muscat.", []ask{reykjavik, muscat}, ""},
		{"Who led the Russian side in the Vienna warhead talks and in the Geneva launch-notice talks?", []ask{vienna, geneva}, "retrieval: behaved on its branch, which still searched the per-language translation lists since taken back; on main the Geneva launch-notice report is not cited"},
		{"Compare the salmon data deal in Juneau with the fisheries commission in Seattle: what data will each exchange?", []ask{juneau, seattle}, ""},
		{"Кто возглавлял российскую делегацию в Белграде и в Каире?", []ask{belgrade, cairo}, "retrieval: the question's other words outrank Белграде, the Belgrade reports are not retrieved"},
		{"Сравните, кого освободила Россия в Ташкенте и в Будапеште.", []ask{tashkent, budapest}, "bullet: who the US freed leads, not whom Russia freed"},
		{"Ai dẫn đầu phái đoàn Mỹ tại Valletta và tại Cairo?", []ask{valletta, cairo}, ""},
		{"What did the US and Russia agree on in Vienna and in Muscat?", []ask{vienna, muscat}, ""},
		{"Name the cities where the direct-flight talks and the Black Sea hotline talks were held.", []ask{belgrade, cairo}, ""},
		{"Что решили Россия и Индия по рейсам в Дели, а что Россия и США — по прямому авиасообщению в Белграде?", []ask{delhi, belgrade}, "retrieval: the question's other words outrank Белграде, the Belgrade reports are not retrieved"},
		{"So sánh hai cuộc trao đổi tù nhân tại Tashkent và tại Abu Dhabi: mỗi bên thả bao nhiêu người?", []ask{tashkent, abudhabi}, "bullet: one side's release leads, not the count"},
		{"How long did the preparations take for the Tashkent swap and for the Budapest swap?", []ask{tashkent, budapestTime}, ""},
		{"Какими данными обменяются Россия и США по лососю в Беринговом море и по минтаю?", []ask{juneau, seattle}, "retrieval: минтай finds no Seattle passage the judge accepts"},
		{"What did the American envoys say in Belgrade and in Cairo?", []ask{belgrade, cairo}, "retrieval: envoys finds no Belgrade passage"},
		{"Nga và Mỹ đã đồng ý gì ở Valletta và ở Cairo?", []ask{valletta, cairo}, "bullet: the next meeting leads, not what was agreed"},
		{"bomber notices in Valletta and the shipping hotline in Cairo, who led the US side each time?", []ask{valletta, cairo}, ""},
		// near-miss twins: one ask's event is not in the corpus
		{"Who mediated the prisoner swaps in Ankara and in Helsinki?", nil, ""},
		{"Who led the Russian side in the Vienna warhead talks and in the Prague launch-notice talks?", nil, ""},
		{"Кто возглавлял российскую делегацию в Белграде и в Мадриде?", nil, ""},
		{"Ai dẫn đầu phái đoàn Mỹ tại Valletta và tại Nairobi?", nil, ""},
		{"What did the US and Russia agree on in Vienna and in Stockholm?", nil, ""},
	}
	good := 0
	for _, tt := range tests {
		a, err := svc.Ask(ctx, answer.Request{Question: tt.q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		var miss []string
		switch {
		case tt.asks == nil && !a.NoSources:
			miss = append(miss, "answered, want refused: "+firstLine(a.Text))
		case tt.asks != nil && a.NoSources:
			miss = append(miss, "refused: "+a.Verdict.Reason())
		case tt.asks != nil:
			fb := strings.ToLower(firstBulletText(a.Text))
			keyed := false
			for i, k := range tt.asks {
				if !slices.ContainsFunc(a.Citations, func(c answer.Citation) bool { return slices.Contains(k.gold, c.ArticleID) }) {
					miss = append(miss, "ask "+string(rune('1'+i))+" not cited")
				}
				keyed = keyed || slices.ContainsFunc(k.keys, func(s string) bool { return strings.Contains(fb, s) })
			}
			if !keyed {
				miss = append(miss, "first bullet answers no ask: "+fb)
			}
		}
		switch {
		case tt.pending != "" && len(miss) == 0:
			t.Errorf("%q: behaves now; drop its pending note (%s)", tt.q, tt.pending)
		case tt.pending != "":
			t.Logf("%q: pending, %s: %s", tt.q, tt.pending, strings.Join(miss, "; "))
		case len(miss) > 0:
			t.Errorf("%q: %s", tt.q, strings.Join(miss, "; "))
		default:
			good++
		}
	}
	t.Logf("%d of %d fresh multi-doc questions behave", good, len(tests))
}

// firstBulletText is the first line of text that is a bullet.
func firstBulletText(text string) string {
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); strings.HasPrefix(l, "•") || strings.HasPrefix(l, "-") || strings.HasPrefix(l, "*") {
			return l
		}
	}
	return ""
}
