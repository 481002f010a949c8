package retrieval

import (
	"context"
	"strings"
	"testing"

	"github.com/detente/detente/corpus"
)

// TestCrossLingualClassVocabulary: a question in one language finds the
// only report that answers it, written in another, by a word of a class
// the lexicon lacked: a Chinese place Vietnamese writes by its
// Sino-Vietnamese reading, a kind of international instrument, an
// everyday word of money, law or technology. Each story has a twin with
// that word replaced by another of its class: before the word had a
// row, the question could not tell them apart (all six failed so). The
// stories and questions were written for this test; the seed
// articles are the other reports the question must rank below its own.
func TestCrossLingualClassVocabulary(t *testing.T) {
	stories := []struct {
		id, lang, title, body string
		q                     string
		// twin is the body with the class word replaced by another of
		// its class the lexicon already had: without the word, the
		// question cannot tell the two apart.
		twin [2]string
	}{
		{"guangzhou", "en", "Russian and US fertiliser traders meet in southern China",
			"Russian and American fertiliser traders met at the trade fair in Guangzhou on Tuesday and agreed to share shipping schedules for the autumn season.",
			"Các thương nhân phân bón Nga và Mỹ đã thỏa thuận gì ở Quảng Châu?", [2]string{"Guangzhou", "Singapore"}},
		{"convention", "ru", "Конвенция о спасании на море",
			"Россия и США напомнили, что конвенция о спасании на море обязывает любое судно помочь терпящим бедствие.",
			"Công ước về cứu nạn trên biển buộc tàu phải làm gì?", [2]string{"конвенция", "резолюция"}},
		{"acquittal", "en", "Court in Alaska clears Russian fisherman",
			"A federal jury in Anchorage acquitted a Russian fisherman accused of poaching crab in American waters.",
			"Ngư dân Nga được tuyên trắng án vì cáo buộc gì?", [2]string{"acquitted", "convicted"}},
		{"crypto", "vi", "Nga và Mỹ bàn về tiền điện tử",
			"Các chuyên gia Nga và Mỹ đã thảo luận về việc dùng tiền điện tử để lách lệnh trừng phạt tại một hội thảo ở Vienna.",
			"Where did Russian and American experts discuss cryptocurrency?", [2]string{"tiền điện tử", "vàng"}},
		{"publicdebt", "ru", "Госдолг США глазами российских экономистов",
			"Российские экономисты считают, что рост госдолга США ослабит доллар в расчётах с Россией.",
			"What do Russian economists think the growth of US public debt will do?", [2]string{"госдолга", "экспорта"}},
		{"smartphone", "vi", "Nga hạn chế điện thoại thông minh của Mỹ",
			"Nga cấm các quan chức dùng điện thoại thông minh do Mỹ sản xuất khi làm việc, Điện Kremlin cho biết.",
			"Why did Russia ban officials from using American smartphones?", [2]string{"điện thoại thông minh", "máy tính"}},
	}
	arts := seeds(t)
	for _, s := range stories {
		twin := strings.Replace(s.body, s.twin[0], s.twin[1], 1)
		if twin == s.body {
			t.Fatalf("%s: the twin changes nothing", s.id)
		}
		// The twin first: where the question ties them, it wins.
		for _, a := range [][2]string{{s.id + "-twin", twin}, {s.id, s.body}} {
			arts = append(arts, corpus.Article{ID: a[0], Title: s.title, URL: "https://story.example/" + a[0],
				Source: "story", Lang: s.lang, Body: a[1], Hash: corpus.BodyHash(a[1])})
		}
	}
	ctx := context.Background()
	st, _ := openStore(t)
	e, err := Open(ctx, st, NewLocalEmbedder(0))
	if err != nil {
		t.Fatal(err)
	}
	ingest(t, st, e, arts...)
	for _, s := range stories {
		hits, err := e.Search(ctx, Query{Text: s.q, K: 3})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 || hits[0].ArticleID != s.id {
			var got []string
			for _, h := range hits {
				got = append(got, h.ArticleID)
			}
			t.Errorf("%q: first hits %q, want %s", s.q, got, s.id)
		}
	}
}
