package answer_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/detente/detente/answer"
)

// Over the real stack with no model, the seeds and the third evaluation
// set's articles: questions written for this test (not taken from any
// question file), asked in another language than the article that
// answers them, or with a misspelt word, are answered from that
// article; the same questions about another project, person or country
// are refused. Each pair is a kind of question, not a string: a
// when-question asked as "until when"/"since when"/"до какого года",
// a verb of criticism or of operating that must translate, a counted
// noun or a name written wrong or in another script.
func TestEndToEndCrossLingualAndTypos(t *testing.T) {
	t.Parallel() // ingests its own articles into its own store: independent of the others
	if testing.Short() {
		t.Skip("ingests the eval3 articles")
	}
	ctx := context.Background()
	// The seeds and the eval3 articles, as `detente eval --corpus` has them.
	eng, st := seededEngine(t)
	ingestFiles(t, eng, st, "../testdata/eval3/articles/*.md")
	svc := answer.New(eng, answer.Options{})
	iss := []string{"ev3-vi-iss-ha-quy-dao", "ev3-ru-mks-svod"}
	vienna := []string{"ev3-en-vienna-warheads", "ev3-ru-vena-boegolovki"}
	muscat := []string{"ev3-en-muscat-consulates", "ev3-vi-muscat-lanh-su"}
	tests := []struct {
		q    string
		gold []string // nil: must be refused
	}{
		// when-questions asked for an end or a start
		{"Until what year will the Russian segment of the space station operate?", iss},
		{"До какого года проработает российский сегмент станции?", iss},
		{"Phân đoạn Nga của trạm ISS sẽ vận hành đến bao giờ?", iss},
		{"Since when has the US embassy in Moscow been barred from hiring local staff?", []string{"ev3-ru-maskat-2025"}},
		{"Until what year will the Chinese segment of the space station operate?", nil},
		// verbs of criticism and commitment across languages and spellings
		{"Как сенатор Денхолм раскритиковал обещание по боеголовкам?", []string{"ev3-en-vienna-warheads"}},
		{"Who criticized the pledge on deployed warheads?", []string{"ev3-en-vienna-warheads"}},
		{"Thượng nghị sĩ Denholm phê phán lời hứa về đầu đạn ra sao?", []string{"ev3-en-vienna-warheads"}},
		// nouns of bodies, meetings, inspections, capacity and measures
		{"Khi nào các bên sẽ nối lại thanh sát tại chỗ?", []string{"ev3-en-vienna-warheads"}},
		{"Dây chuyền sản xuất đầu tiên được thiết kế với công suất bao nhiêu?", []string{"ev3-en-arctic-lng-sanctions"}},
		{"Сколько лет не собиралась комиссия по рыболовству?", []string{"ev3-vi-nghe-ca-seattle"}},
		{"How long had the fisheries commission been suspended?", []string{"ev3-vi-nghe-ca-seattle"}},
		{"Where will the next session of the fisheries commission take place?", []string{"ev3-vi-nghe-ca-seattle"}},
		{"В течение скольких часов стороны обязались уведомлять друг друга о незаконном промысле?", []string{"ev3-vi-nghe-ca-seattle"}},
		{"How many specialists will the joint working group include?", iss},
		{"Where will the next session of the Caspian commission take place?", nil},
		// counts asked in another language
		{"Mỹ đã trừng phạt bao nhiêu tàu chở dầu liên quan đến dự án Severny Mys?", []string{"ev3-en-arctic-lng-sanctions"}},
		{"Mỹ đã trừng phạt bao nhiêu tàu chở dầu liên quan đến dự án Sakhalin?", nil},
		{"Сколько развёрнутых боезарядов стороны обязались не превышать?", vienna},
		// misspelt counted nouns and names
		{"How many astronuats will train at the Gagarin centre?", []string{"ev3-en-india-russia-space"}},
		{"How many tankerz did the Treasury sanction over Severny Mys LNG?", []string{"ev3-en-arctic-lng-sanctions"}},
		{"How many companys did the Treasury sanction over the Yamal LNG project?", nil},
		{"What did Kornieva say about the visa deal?", muscat},
		{"Ông Semyonow nói gì về hiệp ước mới?", vienna},
		{"What did Kornilov say about the visa deal?", nil},
		{"How many companys were sanctioned for carrying Severny Mys gas?", []string{"ev3-en-arctic-lng-sanctions"}},
		{"Bà Kornvea nói gì về thỏa thuận thị thực?", muscat},
		{"Ông Tablot nói gì với báo chí sau cuộc họp?", muscat},
		{"Who is Colleen Aveyr?", []string{"ev3-vi-tashkent-trao-doi", "ev3-ru-tashkent-obmen"}},
		{"Until when will the Russian segmnet of the ISS operate?", iss},
		{"Bà Kornilova nói gì về thỏa thuận thị thực?", nil},
	}
	good := 0
	for _, tt := range tests {
		a, err := svc.Ask(ctx, answer.Request{Question: tt.q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		cited := slices.ContainsFunc(a.Citations, func(c answer.Citation) bool { return slices.Contains(tt.gold, c.ArticleID) })
		switch {
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

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
