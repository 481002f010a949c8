package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/detente/detente/internal/faketg"
)

// An admin follows a feed through the running bot; `serve`'s poller takes
// its item at once, and the bot then answers from it, citing it.
func TestServeFollowsAFeedAndAnswersFromIt(t *testing.T) {
	var feed *httptest.Server
	feed = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/rss" {
			// The article's page is gone: the feed's summary stands in.
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Tundra Post</title><link>https://tundra.example/</link>
<item><guid>t-1</guid><link>`+feed.URL+`/reindeer-census</link><title>Joint reindeer census on Chukotka agreed</title>
<pubDate>Wed, 04 Mar 2026 08:00:00 GMT</pubDate><description><![CDATA[<p>Russian and American wildlife agencies agreed to run a joint reindeer census on Chukotka and in western Alaska next spring, officials in Moscow and Washington said.</p>
<p>The reindeer census will use shared aerial survey routes and a common counting method, so that herd numbers on both sides of the Bering Strait can be compared for the first time.</p>
<p>Herders' associations welcomed the reindeer census, and scientists said the data would help plan grazing as the tundra warms; the agencies will publish the census results in the autumn.</p>]]></description></item>
</channel></rss>`)
	}))
	defer feed.Close()
	tg := faketg.New()
	defer tg.Close()
	const admin = 777
	env := map[string]string{
		"DETENTE_DATA_DIR":            t.TempDir(),
		"TELEGRAM_BOT_TOKEN":          faketg.DefaultToken,
		"TELEGRAM_API_URL":            tg.URL,
		"DETENTE_ADMINS":              fmt.Sprint(admin),
		"DETENTE_FETCH_ALLOW_PRIVATE": "1",
	}
	ctx, stop, done, _, stderr := startServe(t, env)
	defer func() {
		stop()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve: %v", err)
			}
		case <-time.After(30 * time.Second):
			t.Error("serve did not stop")
		}
	}()
	waitFor := func(chat int64, what string) {
		t.Helper()
		wctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		defer cancel()
		err := tg.Wait(wctx, func() bool {
			for _, m := range tg.Messages(chat) {
				if strings.Contains(m.Plain, what) {
					return true
				}
			}
			return false
		})
		if err != nil {
			t.Fatalf("no message with %q: %v; messages: %+v\nstderr:\n%s", what, err, tg.Messages(chat), stderr.String())
		}
	}
	user := faketg.User(admin, "en")
	chat := faketg.PrivateChat(admin)
	start := time.Now()
	tg.Push(tg.Text(chat, user, "/feeds add "+feed.URL+"/rss us-russia"))
	waitFor(admin, "Following feed 1: Tundra Post")
	// The poller was woken by the follow: the item is in within seconds.
	wctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	err := tg.Wait(wctx, func() bool {
		return strings.Contains(stderr.String(), "feed polled") && strings.Contains(stderr.String(), "added=1")
	})
	if err != nil {
		t.Fatalf("the feed was not polled: %v\n%s", err, stderr.String())
	}
	t.Logf("followed to ingested: %v", time.Since(start).Round(time.Millisecond))
	tg.Push(tg.Text(chat, user, "What did Russia and the US agree about the reindeer census on Chukotka?"))
	waitFor(admin, "Joint reindeer census on Chukotka agreed")
	tg.Push(tg.Text(chat, user, "/feeds"))
	waitFor(admin, "articles added: 1")
}
