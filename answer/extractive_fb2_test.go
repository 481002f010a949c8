package answer_test

import (
	"testing"

	"github.com/detente/detente/answer"
)

// eval4Factoids are factoid questions over the eval4 articles (and, in
// a second batch, the other open sets'), written
// before the code's behaviour on them was looked at, of the kinds whose
// first bullet eval4 missed: a lead time or a deadline, the head of a
// delegation at a place, what a line connects, the next venue, the
// mediator, what a named speaker said (a pronoun too), a list of
// fields. Some are without diacritics, some cross-lingual. The fields
// are freshFactoid's.
var eval4Factoids = []freshFactoid{
	// English.
	{"eval4", "How far in advance must each side warn the other of a big bomber exercise?", "72 hours", false, ""},
	{"eval4", "Who headed the American team in Belgrade?", "Laura Kincaid", false, ""},
	{"eval4", "Who was in charge of the Russian delegation at the New Delhi aviation talks?", "Yelena Gurova", false, ""},
	{"eval4", "Which two places does the Black Sea hotline link?", "Naples", false, ""},
	{"eval4", "By what date should the Black Sea hotline be up and running?", "January 15", false, ""},
	{"eval4", "Who brokered the Astana prisoner swap?", "Kazakhstan|Казахстан", true, ""},
	{"eval4", "Which subjects will the Tomsk student exchange favour?", "физике|vật lý", true, ""},
	{"eval4", "What did Lavrentiev say about warhead limits?", "would not discuss warhead limits", false, ""},
	{"eval4", "Where will the next India-Russia aviation round take place?", "held in Moscow", false, "the judge refuses it (unmet: answer \"where\")"},
	{"eval4", "What will the Belgrade working group look at first?", "certification", false, ""},
	// Russian.
	{"eval4", "За сколько часов нужно предупреждать о крупных учениях бомбардировщиков?", "72 часа", false, ""},
	{"eval4", "К какому сроку стороны должны передать друг другу контакты дежурных офицеров?", "к концу декабря", false, "the judge refuses it (unmet: content, the question's words for handing over contacts)"},
	{"eval4", "Что соединит горячая линия в Чёрном море?", "Неаполе|Naples", false, ""},
	{"eval4", "Какие направления получат приоритет в обмене студентами с Томском?", "физике", false, ""},
	{"eval4", "Что Джессика Моралес сказала о соглашении?", "знаком того", false, ""},
	{"eval4", "Кто руководил американской делегацией в Белграде?", "Kincaid", true, ""},
	// Vietnamese, some without diacritics.
	{"eval4", "Nga và Mỹ phải báo trước bao lâu về các cuộc tập trận máy bay ném bom?", "72 hours|72 часа", true, ""},
	{"eval4", "nuoc nao dung ra lam trung gian cho cuoc trao doi tu nhan o Astana?", "Kazakhstan", false, ""},
	{"eval4", "Bà Lindqvist cho biết gì về số lượng gấu?", "2.900", false, ""},
	{"eval4", "ong Shubin noi gi ve cuoc khao sat chung?", "khảo sát chung bằng máy bay", false, ""},
	{"eval4", "Vòng tham vấn tiếp theo về máy bay ném bom sẽ tổ chức ở đâu?", "meet again in Valletta|Валлетте", true, ""},
	{"eval4", "chuong trinh trao doi sinh vien Tomsk uu tien nhung nganh nao?", "vật lý", false, ""},
	{"eval4", "Tân đại sứ Nga tại Indonesia ưu tiên điều gì?", "hợp tác năng lượng", false, "\"what does X prioritise\": the envoy's other plan names him in more of the question's words"},
	{"eval4", "Bà Morales nói gì về thỏa thuận trao đổi sinh viên?", "dấu hiệu|знаком того", false, ""},
	// A second batch over the other open sets' articles, written after
	// the first batch's fixes and before running it: how they carry.
	{"eval3", "Who mediated the Tashkent prisoner exchange?", "Узбекистан|Uzbekistan", false, ""},
	{"eval3", "Ai đứng ra dàn xếp vụ trao đổi tù nhân ở Tashkent?", "Uzbekistan", false, ""},
	{"eval3", "How did Korneva describe the Muscat agreement?", "first step", false, ""},
	{"eval3", "Кто возглавлял российскую делегацию на консультациях в Вене?", "Semyonov|Семёнов", false, ""},
	{"eval3", "Who led the U.S. team at the Vienna warhead talks?", "Marian Whitcombe", false, ""},
	{"eval3", "Where is the next fisheries session going to be?", "Vladivostok", true, ""},
	{"eval2", "Who brokered the Budapest swap?", "Hungary|Венгри", false, ""},
	{"eval2", "How did Berezin describe the fertilizer licence decision?", "small, late and insufficient", false, ""},
	{"eval2", "Что соединит восстановленная линия между военными США и Китая?", "defense ministries", true, ""},
	{"eval", "Who mediated the Doha swap?", "Qatar", false, ""},
	{"eval", "How did Liu Zhen describe the Geneva trade talks?", "candid, deep and constructive", false, ""},
	{"eval", "Кто был посредником при обмене в Анкаре?", "турецкой разведки", false, ""},
	{"eval", "Ai làm trung gian cho vụ trao đổi tù nhân ở Abu Dhabi?", "UAE|Các Tiểu vương quốc", false, ""},
	// A third batch, written after the second batch's fixes and before
	// running it: speakers, lists, deadlines and go-betweens in other
	// shapes.
	{"eval2", "ong Morimoto noi gi ve viec giam han ngach?", "đáng tiếc", false, ""},
	{"eval2", "What did the Japanese negotiator think of the salmon quota cut?", "đáng tiếc", true, "the speaker is named by his role only in the sentence before (\"Phía Nhật Bản do ông Kenji Morimoto ... phụ trách\"), and \"Theo thỏa thuận\" reads as speech by the Japanese side"},
	{"eval3", "What will the Indian astronauts' training include?", "survival exercises", false, ""},
	{"eval3", "Bazhenov nói gì về Ấn Độ?", "reliable partner|first country", true, ""},
	{"eval3", "Who signed the space deal for Roscosmos?", "Yuri Bazhenov", false, ""},
	{"eval", "К какому году стороны хотят довести транзит по Севморпути до 10 миллионов тонн?", "2030", false, ""},
	{"eval", "What did Gordeev say Moscow asked for in return?", "grain corridor", false, ""},
	{"eval", "Who was the go-between at the Jeddah talks?", "Brooks|mediators", false, ""},
	{"eval", "Ван Цзюнь что сказал об Арктике?", "пространство сотрудничества", false, ""},
	{"eval", "Which officials will the Jeddah monitoring group be made of?", "Saudi and Swiss", false, ""},
	{"eval", "Khi nào trung tâm giám sát băng ở Murmansk bắt đầu hoạt động?", "2027", true, ""},
	{"eval", "How many ice-class ships will Chinese firms build?", "пять судов", true, ""},
	// A fourth batch, written after every fix above and before running
	// it: the measure of how the rules carry.
	{"eval3", "Who led the Russian side in Muscat?", "Korneva|Корнева", false, ""},
	{"eval3", "Korneva noi gi ve thoa thuan?", "first step|bước đầu|первый шаг", false, ""},
	{"eval3", "When is a final decision on reopening the consulates expected?", "April|tháng 4|апрел", false, ""},
	{"eval2", "К какому сроку запустят первую очередь газового хаба?", "к концу 2027 года", false, "the judge reads \"к какому сроку\" as asking which term (refused through the CLI; through this test's retrieval another story's \"очередь\", a queue, leads)"},
	{"eval2", "Что Аксой сказал о хабе?", "энергетическим мостом", false, ""},
	{"eval2", "Through which pipeline will gas reach the Thrace hub?", "Турецкий поток", true, ""},
	{"eval", "Bà Hale nói gì sau cuộc gặp ở Helsinki?", "đã nói thẳng với nhau", false, ""},
	{"eval", "Nhóm công tác thứ nhất sẽ họp lần đầu ở đâu?", "Istanbul", false, ""},
	{"eval", "How long did the Helsinki talks between Orlov and Hale last?", "ba giờ", true, ""},
	{"eval", "Which two working groups did Orlov and Hale set up?", "một nhóm về hoạt động", true, ""},
	{"eval", "What will Chinese companies build for the Northern Sea Route?", "пять судов ледового класса", true, ""},
	{"eval3", "What did Talbot say was not discussed?", "Ukraine war was not discussed", false, ""},
}

// TestFirstBulletEval4Factoids asks eval4Factoids through the real stack
// with no model: the first bullet must hold the answering phrase.
func TestFirstBulletEval4Factoids(t *testing.T) {
	t.Parallel() // ingests its own articles into its own store: independent of the others
	if testing.Short() {
		t.Skip("ingests four eval corpora")
	}
	svcs := map[string]*answer.Service{}
	for _, set := range []string{"eval", "eval2", "eval3", "eval4"} {
		eng, st := emptyEngine(t)
		ingestFiles(t, eng, st, "../testdata/"+set+"/articles/*.md")
		svcs[set] = answer.New(eng, answer.Options{})
	}
	pass, xpass, xall := askFreshFactoids(t, svcs, eval4Factoids)
	t.Logf("fb2 fresh factoids: first bullet right %d/%d, cross-lingual %d/%d", pass, len(eval4Factoids), xpass, xall)
}
