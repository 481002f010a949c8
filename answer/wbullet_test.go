package answer_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
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

// TestFirstBulletUnseenStories asks factoids over stories nobody tuned
// on, mixed with the eval2 stories as distractors, and checks that the
// first bullet holds the answering phrase: on a new article the
// sentence that answers must lead, whatever its words.
func TestFirstBulletUnseenStories(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests a corpus")
	}
	eng, st := emptyEngine(t)
	ingestFiles(t, eng, st, "testdata/wbullet/articles/*.md")
	ingestFiles(t, eng, st, "../testdata/eval2/articles/*.md")
	svc := answer.New(eng, answer.Options{})
	for _, file := range []string{"testdata/wbullet/questions.jsonl"} {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		pass, all, xpass, xall := 0, 0, 0, 0
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			var tc wbFactoid
			if err := json.Unmarshal(sc.Bytes(), &tc); err != nil {
				t.Fatal(err)
			}
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
				first := ""
				for _, line := range strings.Split(a.Text, "\n") {
					if strings.HasPrefix(line, "• ") {
						first = line
						break
					}
				}
				if strings.Contains(first, tc.Answer) {
					pass++
					if xling {
						xpass++
					}
					return
				}
				t.Errorf("first bullet %q lacks %q; answer:\n%s", first, tc.Answer, a.Text)
			})
		}
		t.Logf("%s: first bullet right %d/%d, cross-lingual %d/%d", file, pass, all, xpass, xall)
	}
}
