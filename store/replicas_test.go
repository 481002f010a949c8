package store

import (
	"context"
	"testing"
)

// A /lang choice stored through one replica is what another replica's
// next command reads, though that replica touched the user a moment ago.
func TestLangChoiceReachesOtherReplica(t *testing.T) {
	if !onPostgres() {
		t.Skip("replicas share PostgreSQL; one process owns a SQLite file")
	}
	ctx := context.Background()
	db := testDB(t, "")
	a, err := Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if _, err := b.TouchUser(ctx, 42, 42, "en"); err != nil {
		t.Fatal(err)
	}
	if err := a.SetUserLang(ctx, 42, 42, "vi"); err != nil {
		t.Fatal(err)
	}
	for name, read := range map[string]func(context.Context, int64, int64, string) (BotUser, error){
		"TouchUser": b.TouchUser, "PeekUser": b.PeekUser,
	} {
		if u, err := read(ctx, 42, 42, "en"); err != nil || u.Lang != "vi" {
			t.Errorf("%s on the other replica: lang %q %v, want vi", name, u.Lang, err)
		}
	}
}
