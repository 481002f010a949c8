package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"github.com/detente/detente/answer"
)

// FeatureRow is one question of a --judge-features dump: what fitting the
// answerability score needs (answer/internal/scorefit reads it).
type FeatureRow struct {
	Set   string `json:"set"` // the question file, so a fit can leave a set out
	ID    string `json:"id"`
	Lang  string `json:"lang"`
	Kind  string `json:"kind"`
	Near  string `json:"near,omitempty"`
	Label bool   `json:"label"` // answerable
	// Answered: the pipeline answered (the judge and retrieval let it).
	Answered bool `json:"answered"`
	// Features are nil when nothing relevant was retrieved: then no score
	// can answer.
	Features []float64 `json:"features"`
	Error    string    `json:"error,omitempty"`
}

// writeFeatures writes rep's questions to f as FeatureRows, one JSON line
// each, after a first line naming the features; set names the question
// file. It closes f.
func writeFeatures(f *os.File, set string, rep *Report) error {
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	err := enc.Encode(map[string][]string{"features": answer.ScoreFeatureNames()})
	for _, qr := range rep.Results {
		if qr.Answer == nil || err != nil {
			continue
		}
		q := qr.Question
		err = enc.Encode(FeatureRow{Set: set, ID: q.ID, Lang: q.Lang, Kind: q.Kind, Near: q.Near, Label: q.Answerable(),
			Answered: !qr.Answer.NoSources && qr.Answer.Error == "", Features: qr.Answer.Features, Error: qr.Answer.Error})
	}
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("eval: --judge-features: %w", err)
	}
	return nil
}
