package bench

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/detente/detente/internal/pgtest"
)

// TestCompareReplicasAlternatesSetups: every setup runs every round on a
// new database, and the table gives each its ratio to the same backend's
// single replica.
func TestCompareReplicasAlternatesSetups(t *testing.T) {
	if testing.Short() {
		t.Skip("replicas load")
	}
	server := os.Getenv(pgtest.EnvURL)
	if server == "" {
		pgtest.URL(t) // skips, or fails in CI, saying how to get a server
	}
	pg := PostgresBackend(server)
	sq := SQLiteBackend(t.TempDir())
	res, err := CompareReplicas(context.Background(), []ReplicaSetup{{sq, 1}, {pg, 1}, {pg, 2}}, 20, 2, t.Logf)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Setups) != 3 {
		t.Fatalf("got %d setups, want 3", len(res.Setups))
	}
	for _, s := range res.Setups {
		if len(s.AnswersPerSec) != 2 || s.Median <= 0 || s.P99 < s.P50 {
			t.Errorf("%s × %d: %+v", s.Backend, s.Replicas, s)
		}
		if (s.TxPerAnswer > 0) != (s.Backend == "PostgreSQL") {
			t.Errorf("%s × %d: %.1f transactions per answer; want them counted on PostgreSQL only", s.Backend, s.Replicas, s.TxPerAnswer)
		}
	}
	var b strings.Builder
	if err := res.WriteMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	t.Log("\n" + md)
	if rows := strings.Count(md, "\n| "); rows != 4 {
		t.Errorf("want a header and three rows:\n%s", md)
	}
	if !strings.Contains(md, "| PostgreSQL | 1 |") || !strings.Contains(md, "| PostgreSQL | 2 |") || !strings.Contains(md, "| 1.00× | 1.00× |") {
		t.Errorf("setups or ratios missing:\n%s", md)
	}
}
