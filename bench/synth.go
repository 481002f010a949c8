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

// Vocabulary sizes: the head lists above, then generated words up to these
// counts. Real news vocabularies run to tens of thousands of words, and that
// long tail is what keeps a query term's posting list to a small share of
// the chunks; a vocabulary of a few hundred words would make every query
// match every chunk and BM25 look far slower than it is.
const (
	viVocab = 6000  // about the number of Vietnamese syllables in use
	enVocab = 30000 // a news corpus's English word types
)

var (
	viOnsets = strings.Fields("b c ch d đ g gh gi h k kh l m n ng nh p ph qu r s t th tr v x")
	viNuclei = strings.Fields("a á à ả ã ạ ă ắ ằ ẳ ẵ ặ â ấ ầ ẩ ẫ ậ e é è ẻ ẽ ẹ ê ế ề ể ễ ệ i í ì ỉ ĩ ị o ó ò ỏ õ ọ ô ố ồ ổ ỗ ộ ơ ớ ờ ở ỡ ợ u ú ù ủ ũ ụ ư ứ ừ ử ữ ự y ý ỳ ỷ ỹ ỵ ai ao au ay ia iê oa oe ua uô ươ")
	viCodas  = []string{"", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u"}
	enPre    = strings.Fields("re de con pro in ex com dis pre sub inter trans over under counter post anti multi non co")
	enRoot   = strings.Fields("act cord form port struct tract duct ject mit pel pend press scrib spect tain vent vert vis voc sign lat fer gress cess clud fract grad junct leg log mand mov pos quir rupt sent serv sist solv stat")
	enSuf    = strings.Fields("ion ions ive ed ing er ers ment ments al ally ity ance ence or able")
	enEnd    = []string{"", "s", "ly"}
)

// vocabulary returns the head words followed by generated ones, n in all,
// in a fixed pseudo-random order: rank in this list is frequency rank.
func vocabulary(head []string, n int, gen func(i int) string) []string {
	seen := make(map[string]bool, n)
	out := make([]string, 0, n)
	for _, w := range head {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	for i := 0; len(out) < n && i < 50*n; i++ {
		if w := gen(i); !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// mixed picks one entry of each list for combination i of all of them,
// visiting the combinations in a scrambled but fixed order (i times a
// prime that shares no factor with their count).
func mixed(i int, lists ...[]string) string {
	total := 1
	for _, l := range lists {
		total *= len(l)
	}
	j := (i * 7919) % total
	var b strings.Builder
	for _, l := range lists {
		b.WriteString(l[j%len(l)])
		j /= len(l)
	}
	return b.String()
}

var (
	viVocabulary = vocabulary(viWords, viVocab, func(i int) string { return mixed(i, viOnsets, viNuclei, viCodas) })
	enVocabulary = vocabulary(enWords, enVocab, func(i int) string { return mixed(i, enPre, enRoot, enSuf, enEnd) })
)

// textGen draws words and sentences.
type textGen struct {
	r        *rand.Rand
	viZ, enZ *rand.Zipf
}

func newTextGen(seed uint64) *textGen {
	r := rand.New(rand.NewPCG(seed, 0x64657465))
	return &textGen{
		r:   r,
		viZ: rand.NewZipf(r, 1.07, 2, uint64(len(viVocabulary)-1)),
		enZ: rand.NewZipf(r, 1.07, 2, uint64(len(enVocabulary)-1)),
	}
}

func (g *textGen) word(lang string) string {
	if lang == "vi" {
		return viVocabulary[g.viZ.Uint64()]
	}
	return enVocabulary[g.enZ.Uint64()]
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

// question is a short query as a user types it: a couple of frequent words
// and three to five content words of middling frequency (ranks 30..3000),
// the kind of term that selects a few per cent of the chunks.
func (g *textGen) question(lang string) string {
	vocab := enVocabulary
	if lang == "vi" {
		vocab = viVocabulary
	}
	var words []string
	for range 1 + g.r.IntN(2) {
		words = append(words, vocab[g.r.IntN(30)])
	}
	for range 3 + g.r.IntN(3) {
		words = append(words, vocab[30+g.r.IntN(min(2970, len(vocab)-30))])
	}
	g.r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
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
