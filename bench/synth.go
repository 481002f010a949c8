// Package bench measures Detente against its performance targets: search
// latency of the full hybrid search against raw chromem-go and against the
// memory-bandwidth floor (one streaming pass of dot products), cold start,
// heap per chunk, ingest throughput and embedding request counts. Everything
// runs on a deterministic synthetic corpus so two runs, or two machines,
// measure the same work. cmd/detente-bench turns it into the BENCHMARKS.md
// table; the Benchmark functions are the same measurements for `go test -bench`.
package bench

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/detente/detente/corpus"
)

// Vietnamese syllables and English words common in diplomatic news. The
// generator draws them with a Zipf distribution so that, as in real text, a
// few terms are in most chunks and most terms are rare: that is what makes
// BM25's posting lists realistic in length.
var (
	viWords = strings.Fields(`và của các là có được cho với trong này đã những một người không
		Nga Mỹ quan hệ ngoại giao tổng thống đàm phán hai nước cuộc gặp bộ trưởng phát ngôn
		Washington Moskva an ninh vũ khí kiểm soát chiến lược ổn định đối thoại hội nghị thượng đỉnh
		trừng phạt đại sứ quán phái đoàn thứ trưởng chính quyền lệnh cấm vận kinh tế năng lượng
		Ukraine châu Âu NATO liên minh xung đột hòa bình thỏa thuận hiệp ước hạt nhân tên lửa
		cho biết theo phóng viên ngày tháng năm tuần tới vòng đầu tiên tiếp tục kết quả vấn đề
		căng thẳng hợp tác mạng thông tin hãng thông tấn tuyên bố nhấn mạnh đánh giá bày tỏ sẵn sàng
		Điện Kremlin Nhà Trắng Quốc hội Thượng viện Hạ viện lưỡng đảng Geneva Helsinki Istanbul
		Riyadh quân đội tập trận biên giới khu vực toàn cầu khí hậu Iran Trung Quốc Afghanistan
		rút quân cam kết liên lạc tương lai lãnh đạo đồng cấp trực tiếp trực tuyến nghiêm túc`)
	enWords = strings.Fields(`the of and to in a that for on with is was by as said have from
		Russia Russian United States US Washington Moscow diplomatic relations talks meeting
		ambassador embassy delegation foreign minister ministry spokesperson president administration
		sanctions security cooperation arms control strategic stability dialogue summit treaty
		nuclear missile Ukraine war peace NATO alliance Europe European conflict negotiations
		agreement resolution United Nations Kremlin White House Congress Senate State Department
		officials announced confirmed reported according statement briefing week month year
		round first second next previous bilateral relationship tensions restrictions properties
		staff reductions flights banking operations normalizing agenda issues priorities counterterrorism
		attack condolences accountability sanctioned companies individuals Istanbul Riyadh Geneva`)
)

// Chunk is one synthetic chunk, shaped like what corpus.Split produces.
type Chunk struct {
	ArticleID string
	Seq       int
	Title     string
	Lang      string
	Text      string
}

// EmbedText is what an embedder sees, as for corpus.Chunk.
func (c Chunk) EmbedText() string { return c.Title + "\n" + c.Text }

// Article is one synthetic article with its chunks.
type Article struct {
	Article corpus.Article
	Chunks  []corpus.Chunk
}

// Corpus is a deterministic synthetic corpus of exactly N chunks.
type Corpus struct {
	Articles []Article
	N        int
}

// Chunks lists every chunk in order.
func (c *Corpus) Chunks() []Chunk {
	out := make([]Chunk, 0, c.N)
	for _, a := range c.Articles {
		for _, ch := range a.Chunks {
			out = append(out, Chunk{ArticleID: a.Article.ID, Seq: ch.Seq, Title: a.Article.Title, Lang: a.Article.Lang, Text: ch.Text})
		}
	}
	return out
}

// textGen draws words and sentences.
type textGen struct {
	r        *rand.Rand
	viZ, enZ *rand.Zipf
}

func newTextGen(seed uint64) *textGen {
	r := rand.New(rand.NewPCG(seed, 0x64657465))
	return &textGen{
		r:   r,
		viZ: rand.NewZipf(r, 1.07, 2, uint64(len(viWords)-1)),
		enZ: rand.NewZipf(r, 1.07, 2, uint64(len(enWords)-1)),
	}
}

func (g *textGen) word(lang string) string {
	if lang == "vi" {
		return viWords[g.viZ.Uint64()]
	}
	return enWords[g.enZ.Uint64()]
}

// sentence has news-like length: Vietnamese sentences in the seeds run
// about 30 syllables, English ones about 22 words.
func (g *textGen) sentence(lang string) string {
	n := 14 + g.r.IntN(17) // 14..30 words
	if lang == "vi" {
		n = 18 + g.r.IntN(25) // 18..42 syllables
	}
	var b strings.Builder
	for i := range n {
		w := g.word(lang)
		if i == 0 {
			r, size := utf8.DecodeRuneInString(w)
			w = strings.ToUpper(string(r)) + w[size:]
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		if i > 3 && i < n-3 && g.r.IntN(12) == 0 {
			b.WriteByte(',')
		}
	}
	b.WriteByte('.')
	return b.String()
}

// passage fills one chunk up to 500..900 runes, the range corpus.Split's
// default 900-rune limit produces.
func (g *textGen) passage(lang string) string {
	target := 500 + g.r.IntN(400)
	var b strings.Builder
	for utf8.RuneCountInString(b.String()) < target {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(g.sentence(lang))
	}
	return b.String()
}

// Question is a short query in the corpus vocabulary, as a user would type.
func (g *textGen) question(lang string) string {
	n := 5 + g.r.IntN(6)
	words := make([]string, n)
	for i := range words {
		words[i] = g.word(lang)
	}
	return strings.Join(words, " ") + "?"
}

// NewCorpus generates n chunks in articles of 3..12 chunks, half Vietnamese
// and half English, all from seed: the same (n, seed) is the same corpus.
func NewCorpus(n int, seed uint64) *Corpus {
	g := newTextGen(seed)
	c := &Corpus{N: n}
	base := time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)
	for made, i := 0, 0; made < n; i++ {
		lang := "en"
		if i%2 == 0 {
			lang = "vi"
		}
		k := min(3+g.r.IntN(10), n-made)
		title := strings.TrimSuffix(g.sentence(lang), ".")
		if words := strings.Fields(title); len(words) > 12 {
			title = strings.Join(words[:12], " ")
		}
		a := corpus.Article{
			ID:        fmt.Sprintf("synth-%07d", i),
			Title:     title,
			URL:       fmt.Sprintf("https://news.example/%s/%07d", lang, i),
			Source:    "Synthetic",
			Lang:      lang,
			Published: base.AddDate(0, 0, i%2900),
		}
		var paras []string
		var chunks []corpus.Chunk
		for s := range k {
			p := g.passage(lang)
			paras = append(paras, p)
			chunks = append(chunks, corpus.Chunk{ArticleID: a.ID, Seq: s, Header: a.Title, Text: p})
		}
		a.Body = strings.Join(paras, "\n\n")
		a.Hash = corpus.BodyHash(a.Body)
		c.Articles = append(c.Articles, Article{Article: a, Chunks: chunks})
		made += k
	}
	return c
}

// Questions returns n deterministic questions in the corpus vocabulary,
// alternating Vietnamese and English.
func Questions(n int, seed uint64) []string {
	g := newTextGen(seed ^ 0x9e3779b97f4a7c15)
	qs := make([]string, n)
	for i := range qs {
		lang := "en"
		if i%2 == 0 {
			lang = "vi"
		}
		qs[i] = g.question(lang)
	}
	return qs
}

// Vectors returns n random unit vectors of dim dims in one contiguous slice
// (row i is [i*dim:(i+1)*dim]), from seed. Random vectors are fine for
// latency: exhaustive search does the same work whatever the values.
func Vectors(n, dim int, seed uint64) []float32 {
	r := rand.New(rand.NewPCG(seed, uint64(dim)))
	out := make([]float32, n*dim)
	for i := range n {
		unit(r, out[i*dim:(i+1)*dim])
	}
	return out
}

func unit(r *rand.Rand, v []float32) {
	var ss float64
	for j := range v {
		x := r.NormFloat64()
		v[j] = float32(x)
		ss += x * x
	}
	inv := 1 / math.Sqrt(ss)
	for j := range v {
		v[j] = float32(float64(v[j]) * inv)
	}
}

// Rows splits a contiguous matrix into row slices sharing its memory.
func Rows(m []float32, dim int) [][]float32 {
	rows := make([][]float32, len(m)/dim)
	for i := range rows {
		rows[i] = m[i*dim : (i+1)*dim : (i+1)*dim]
	}
	return rows
}
