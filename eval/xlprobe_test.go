package eval

import (
	"path/filepath"
	"strings"
	"testing"
)

// testdata/xlprobe holds cross-lingual questions written in the
// fourteenth round over open sets' articles (scripts/xlprobe.sh runs
// each file on its set's corpus): checked like the sets themselves, so
// its figures rest on gold ids that exist, answer phrases a gold
// article really writes and kinds that match the languages.
func TestXLProbeQuestions(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(evalDir(t), "..", "xlprobe", "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata/xlprobe/*.jsonl")
	}
	for _, f := range files {
		set := strings.TrimSuffix(filepath.Base(f), ".jsonl")
		t.Run(set, func(t *testing.T) {
			all, _ := dirArticles(t, filepath.Join(evalDir(t), "..", set))
			ids := map[string]bool{}
			for _, q := range readQuestionFile(t, f) {
				if ids[q.ID] {
					t.Errorf("question id %s used twice", q.ID)
				}
				ids[q.ID] = true
				checkSetQuestion(t, q, all, "testdata/"+set)
			}
		})
	}
}
