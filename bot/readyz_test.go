package bot

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/detente/detente/internal/pgtest"
	"github.com/detente/detente/store"
)

// readyzReport is /readyz's body.
type readyzReport struct {
	Ready    bool     `json:"ready"`
	Failed   []string `json:"failed"`
	Database struct {
		Backend string  `json:"backend"`
		OK      bool    `json:"ok"`
		PingMS  float64 `json:"ping_ms"`
	} `json:"database"`
}

func getReadyz(t *testing.T, url string) (int, readyzReport) {
	t.Helper()
	resp, err := http.Get(url + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	var r readyzReport
	if err := json.Unmarshal(body, &r); err != nil {
		t.Fatalf("/readyz body is not JSON: %v\n%s", err, body)
	}
	return resp.StatusCode, r
}

// TestReadyzReportsTheDatabase: /readyz names the database engine and its
// ping; when the database stops answering (here: closed under the bot),
// the replica reports 503 naming the database, so a load balancer stops
// sending it updates.
func TestReadyzReportsTheDatabase(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		backend string
		open    func(t *testing.T) *store.Store
	}{
		{"sqlite", func(t *testing.T) *store.Store { return nil }}, // the harness's own
		{"postgres", func(t *testing.T) *store.Store {
			st, err := store.Open(context.Background(), pgtest.URL(t))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			return st
		}},
	} {
		t.Run(tc.backend, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, harnessOpt{noStart: true, st: tc.open(t)})
			srv := httptest.NewServer(h.bot.Handler())
			defer srv.Close()

			code, r := getReadyz(t, srv.URL)
			if code != http.StatusOK || !r.Ready || r.Database.Backend != tc.backend || !r.Database.OK || r.Database.PingMS < 0 {
				t.Fatalf("/readyz on a healthy bot: %d %+v; want 200 naming backend %q, ok", code, r, tc.backend)
			}

			if err := h.st.Close(); err != nil {
				t.Fatal(err)
			}
			code, r = getReadyz(t, srv.URL)
			if code != http.StatusServiceUnavailable || r.Ready || r.Database.OK || strings.Join(r.Failed, ",") != "database" {
				t.Fatalf("/readyz with the database closed: %d %+v; want 503 failing database only", code, r)
			}
			if r.Database.Backend != tc.backend {
				t.Errorf("/readyz with the database closed names backend %q, want %q", r.Database.Backend, tc.backend)
			}
		})
	}
}
