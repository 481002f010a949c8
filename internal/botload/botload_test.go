package botload_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/detente/detente/internal/botload"
	"github.com/detente/detente/internal/pgtest"
)

// TestRunReplicasAnswersEveryUserOnce: the replicas figure counts only
// runs where every user got exactly one answer, on either backend.
func TestRunReplicasAnswersEveryUserOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("replicas load")
	}
	for _, c := range []struct {
		name     string
		db       func(testing.TB) string
		replicas int
	}{
		{"sqlite", func(t testing.TB) string { return filepath.Join(t.TempDir(), "b.db") }, 1},
		{"postgres", pgtest.URL, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := botload.RunReplicas(context.Background(), botload.ReplicaOptions{DB: c.db(t), Replicas: c.replicas, Users: 30})
			if err != nil {
				t.Fatal(err)
			}
			if res.Answered != 30 || res.AnswersPerSec <= 0 || res.AnswerP99 <= 0 {
				t.Fatalf("got %v", res)
			}
			t.Log(res)
		})
	}
}
