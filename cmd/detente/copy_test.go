package main

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/detente/detente/internal/pgtest"
	"github.com/detente/detente/store"
)

// copyTarget is where a test copies a data directory to: the value of
// --to, and the environment that points the other commands at it.
type copyTarget struct {
	to  string
	env map[string]string
	// otherEngine: the target is not SQLite, like the source.
	otherEngine bool
}

// dirTarget is another data directory.
func dirTarget(t *testing.T) copyTarget {
	dir := t.TempDir()
	return copyTarget{to: dir, env: map[string]string{"DETENTE_DATA_DIR": dir}}
}

// pgTarget is a fresh PostgreSQL database, which the other commands reach
// through DETENTE_DATABASE_URL.
func pgTarget(t *testing.T) copyTarget {
	url := pgtest.URL(t)
	return copyTarget{to: url, env: map[string]string{"DETENTE_DATA_DIR": t.TempDir(), "DETENTE_DATABASE_URL": url}, otherEngine: true}
}

// subscribeDelivered gives the data directory at dir a subscriber (chat 77)
// whose digest for 2026-03-09 was sent.
func subscribeDelivered(t *testing.T, dir string) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(dir, dbFile))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	at := time.Date(2026, 3, 9, 1, 0, 0, 0, time.UTC)
	if err := st.PutSubscription(ctx, store.Subscription{ChatID: 77, UserID: 77, Lang: "en", Minute: 8 * 60,
		TZ: "Asia/Ho_Chi_Minh", Active: true, UpdatedAt: at.Add(-48 * time.Hour), ScheduleFrom: at.Add(-48 * time.Hour)}); err != nil {
		t.Fatal(err)
	}
	d := store.Delivery{ChatID: 77, LocalDate: "2026-03-09", DigestKey: "en|k",
		WindowStart: at.Add(-24 * time.Hour), WindowEnd: at, CreatedAt: at}
	if ok, err := st.BeginDelivery(ctx, d); err != nil || !ok {
		t.Fatalf("BeginDelivery: %v %v", ok, err)
	}
	if err := st.FinishDelivery(ctx, 77, d.LocalDate, store.DeliveryResult{State: store.DeliverySent, Attempts: 1, At: at}); err != nil {
		t.Fatal(err)
	}
}

// TestCopyDataDirectory: a data directory with the shipped seeds and a
// subscriber who had today's digest, copied with `detente copy`, answers
// search and ask as before from the target, and the target's
// ledger still holds the delivery, so the digest is not sent twice.
func TestCopyDataDirectory(t *testing.T) {
	for name, target := range map[string]func(*testing.T) copyTarget{"data directory": dirTarget, "postgres": pgTarget} {
		t.Run(name, func(t *testing.T) {
			srcEnv := offline(t)
			src := srcEnv["DETENTE_DATA_DIR"]
			const q = "What did Russia and the United States say about strategic stability talks?"
			before := searchIDs(t, srcEnv, q) // seeds the corpus
			beforeAsk := must(t, invocation{env: srcEnv}, "ask", "--json", q).stdout
			subscribeDelivered(t, src)

			dst := target(t)
			o := must(t, invocation{env: srcEnv}, "copy", "--from", src, "--to", dst.to)
			for _, want := range []string{"articles", "chunks", "digest_deliveries"} {
				if !strings.Contains(o.stdout, want) {
					t.Errorf("copy's report lacks %s:\n%s", want, o.stdout)
				}
			}

			after := searchIDs(t, dst.env, q)
			afterAsk := must(t, invocation{env: dst.env}, "ask", "--json", q).stdout
			onCopy := after
			if dst.otherEngine {
				// Each engine scores keyword hits its own way, so the fused
				// order may differ: the same passages and citations, and
				// exactly what that engine gives when it ingests the seeds
				// itself.
				ref := pgTarget(t)
				if want := searchIDs(t, ref.env, q); strings.Join(after, ",") != strings.Join(want, ",") {
					t.Errorf("search on the copy found %v, the same seeds ingested on %s %v", after, name, want)
				}
				if want := must(t, invocation{env: ref.env}, "ask", "--json", q).stdout; afterAsk != want {
					t.Errorf("ask on the copy:\n%s\nthe same seeds ingested on %s:\n%s", afterAsk, name, want)
				}
				after, before = sorted(after), sorted(before)
				afterAsk, beforeAsk = strings.Join(sorted(citedIDs(t, afterAsk)), ","), strings.Join(sorted(citedIDs(t, beforeAsk)), ",")
			}
			if len(before) == 0 || strings.Join(after, ",") != strings.Join(before, ",") {
				t.Errorf("search on the copy found %v, the original %v", after, before)
			}
			if afterAsk != beforeAsk {
				t.Errorf("ask on the copy:\n%s\nthe original:\n%s", afterAsk, beforeAsk)
			}

			st := openTarget(t, dst)
			ds, err := st.Deliveries(context.Background(), 77)
			if err != nil || len(ds) != 1 || ds[0].State != store.DeliverySent {
				t.Fatalf("the copy's ledger for chat 77: %+v %v; want the sent digest", ds, err)
			}
			st.Close()

			// Run again, the target is no longer empty: refused, nothing doubled.
			o = detente(t, invocation{env: srcEnv}, "copy", "--from", src, "--to", dst.to)
			if o.err == nil || !strings.Contains(o.err.Error(), "not empty") || !strings.Contains(o.err.Error(), "nothing was copied") {
				t.Fatalf("a second copy into the same target: %v; want a refusal saying nothing was copied", o.err)
			}
			if again := searchIDs(t, dst.env, q); strings.Join(again, ",") != strings.Join(onCopy, ",") {
				t.Errorf("after the refused copy search finds %v, want %v", again, onCopy)
			}
		})
	}
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

// citedIDs is the article ids `ask --json` cites.
func citedIDs(t *testing.T, out string) []string {
	t.Helper()
	var a askJSON
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("ask --json: %v\n%s", err, out)
	}
	var ids []string
	for _, c := range a.Citations {
		ids = append(ids, c.ArticleID)
	}
	return ids
}

// openTarget opens the store a copyTarget names.
func openTarget(t *testing.T, dst copyTarget) *store.Store {
	t.Helper()
	loc := dst.to
	if !isDatabaseURL(loc) {
		loc = filepath.Join(loc, dbFile)
	}
	st, err := store.Open(context.Background(), loc)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// TestCopyUsageErrors: a missing flag or source says what is wrong and
// creates nothing.
func TestCopyUsageErrors(t *testing.T) {
	env := offline(t)
	empty := t.TempDir()
	to := filepath.Join(t.TempDir(), "target")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"copy", "--to", to}, "both --from DIR and --to URL"},
		{[]string{"copy", "--from", empty, "--to", to}, "no Detente database in " + empty},
		{[]string{"copy", "--from", empty, "--to", empty}, "no Detente database"},
	} {
		o := detente(t, invocation{env: env}, tc.args...)
		if o.err == nil || !strings.Contains(o.err.Error(), tc.want) {
			t.Errorf("detente %s: %v; want an error saying %q", strings.Join(tc.args, " "), o.err, tc.want)
		}
	}
	// A server that does not answer: the error names it, never its password.
	must(t, invocation{env: env}, "migrate")
	o := detente(t, invocation{env: env}, "copy", "--from", env["DETENTE_DATA_DIR"], "--to", "postgres://detente:hunter2@127.0.0.1:1/detente")
	if o.err == nil || !strings.Contains(o.err.Error(), "127.0.0.1:1") || strings.Contains(o.err.Error()+o.stdout+o.stderr, "hunter2") {
		t.Errorf("copy to an unreachable server: %v; want an error naming it without the password", o.err)
	}
	for _, p := range []string{to, filepath.Join(empty, dbFile)} {
		if _, err := os.Stat(p); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("a failed copy created %s (%v)", p, err)
		}
	}
}
