package answer_test

import (
	"context"
	"strings"
	"testing"

	"github.com/detente/detente/answer"
)

// wbFactoid is one line of testdata/wbullet/*questions.jsonl: a factoid
// written with its stories before the bullet chooser was read, gold the
// story that answers it and answer a phrase copied verbatim from it.
type wbFactoid struct {
	Q, Lang, Gold, Answer string
}

// wbKnownMisses are the questions whose first bullet still misses, and
// why: logged, not failed, so that the count shows what is left.
var wbKnownMisses = map[string]string{
	"Nga cung cấp thêm bao nhiêu máy dò mìn?":                                        "no passage passes the relevance gate (retrieval), so the judge never sees one",
	"В каких уездах провинции Куангчи будут расчищать мины?":                         "no passage passes the relevance gate (retrieval), so the judge never sees one",
	"В течение какого срока стороны обменяются данными траловых съёмок лосося?":      "\"обменяются\" matches a prisoner swap's story better than the lexicon reads the English salmon story",
	"Which research ship will be the first one escorted by a Russian icebreaker?":    "\"which ship\" is answered by a quoted name after the noun, a kind no rule reads",
	"Tàu nghiên cứu Mỹ sẽ được tàu phá băng Nga dẫn đường tới biển nào vào tháng 8?": "\"biển nào\" is answered by a sea's name in Russian, a kind no rule reads",
	// The second batch, written after the first batch's fixes.
	"Where is the Russian seismic station that will share data?":                   "the lead names a region (\"in the Arctic\") and repeats the question's words",
	"Какую третью станцию Россия хочет подключить к обмену сейсмическими данными?": "answered, but the sentence naming the two stations leads, not the one adding a third",
	"Trạm địa chấn của Mỹ nằm gần thành phố nào?":                                  "no passage passes the relevance gate (retrieval), so the judge never sees one",
	"Túi thư ngoại giao chỉ được kiểm tra khi có mặt ai?":                          "retrieval and the judge take another story (the lexicon reads \"túi thư ngoại giao\" as diplomacy only)",
	"Cuộc diễn tập cứu nạn chung đầu tiên sẽ diễn ra ở đâu?":                       "answered, but the lead, not the sentence placing the drill \"ngoài khơi Cam Ranh\", comes first",
	"Which ship takes charge of a rescue under the new US-Russian procedure?":      "the judge refuses it",
}

// TestFirstBulletUnseenStories asks factoids over stories nobody tuned
// on, mixed with the eval2 stories as distractors, and checks that the
// first bullet holds the answering phrase: on a new article the
// sentence that answers must lead, whatever its words.
func TestFirstBulletUnseenStories(t *testing.T) {
	t.Parallel() // ingests its own articles into its own store: independent of the others
	if testing.Short() {
		t.Skip("ingests a corpus")
	}
	eng, st := emptyEngine(t)
	ingestFiles(t, eng, st, "testdata/wbullet/articles/*.md")
	ingestFiles(t, eng, st, "../testdata/eval2/articles/*.md")
	svc := answer.New(eng, answer.Options{})
	for _, file := range []string{"testdata/wbullet/questions.jsonl", "testdata/wbullet/questions2.jsonl"} {
		pass, all, xpass, xall := 0, 0, 0, 0
		for _, tc := range readJSONLines[wbFactoid](t, file) {
			xling := !strings.HasPrefix(tc.Gold, "wb-"+tc.Lang+"-")
			all++
			if xling {
				xall++
			}
			t.Run(tc.Q, func(t *testing.T) {
				a, err := svc.Ask(context.Background(), answer.Request{Question: tc.Q}, nil)
				if err != nil {
					t.Fatal(err)
				}
				first := firstBullet(a.Text)
				if strings.Contains(first, tc.Answer) {
					pass++
					if xling {
						xpass++
					}
					return
				}
				if why, ok := wbKnownMisses[tc.Q]; ok {
					t.Logf("known miss (%s): first bullet %q", why, first)
					return
				}
				t.Errorf("first bullet %q lacks %q; answer:\n%s", first, tc.Answer, a.Text)
			})
		}
		t.Logf("%s: first bullet right %d/%d, cross-lingual %d/%d", file, pass, all, xpass, xall)
	}
}
