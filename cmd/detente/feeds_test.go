package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// The CLI follows a feed, polls it once (as cron would), finds the new
// article, and the next poll is a conditional GET that adds nothing.
func TestFeedsCLI(t *testing.T) {
	const etag = `"v1"`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Wire</title><link>https://example.test/</link>
<item><guid>h-1</guid><link>https://example.test/news/icebreaker</link><title>Icebreaker crews swap radio codes</title>
<pubDate>Tue, 03 Mar 2026 08:00:00 GMT</pubDate><description><![CDATA[<p>Russian and American icebreaker crews in the Bering Strait agreed on Tuesday to swap radio codes before the winter season, officials in Moscow and Washington said.</p>
<p>The arrangement covers emergency channels, search and rescue frequencies and a shared log of vessel positions, and it will be reviewed by both coast guards in the spring.</p>
<p>Diplomats described the icebreaker radio deal as a small but practical step, the first technical agreement between the two countries in the Arctic this year, and said talks on fishing quotas would follow.</p>
<p>Shipping companies welcomed the plan, noting that the Bering Strait saw record traffic last summer as the ice retreated earlier than in any year on record.</p>]]></description></item>
</channel></rss>`)
	}))
	defer srv.Close()

	env := offline(t)
	// Without the operator's consent, a loopback feed is refused.
	o := detente(t, invocation{env: env}, "feeds", "add", srv.URL+"/rss")
	if o.err == nil || !strings.Contains(o.err.Error(), "not a public address") {
		t.Fatalf("loopback feed without DETENTE_FETCH_ALLOW_PRIVATE: %v", o.err)
	}
	if o := must(t, invocation{env: env}, "feeds", "list"); !strings.Contains(o.stdout, "no feeds followed") {
		t.Fatalf("a refused feed is listed:\n%s", o.stdout)
	}

	env["DETENTE_FETCH_ALLOW_PRIVATE"] = "1"
	o = must(t, invocation{env: env}, "feeds", "add", srv.URL+"/rss", "icebreaker")
	if !strings.Contains(o.stdout, "following feed 1: Harbour Wire") {
		t.Fatalf("feeds add:\n%s", o.stdout)
	}
	o = must(t, invocation{env: env}, "feeds", "poll")
	if !strings.Contains(o.stdout, "polled 1 feeds: 1 added") {
		t.Fatalf("feeds poll:\n%s\n%s", o.stdout, o.stderr)
	}
	if ids := searchIDs(t, env, "icebreaker radio codes Bering"); len(ids) == 0 {
		t.Fatal("the feed's article is not searchable")
	}
	if o := must(t, invocation{env: env}, "feeds", "poll"); !strings.Contains(o.stdout, "polled 0 feeds") {
		t.Errorf("a feed polled again before its interval:\n%s", o.stdout)
	}
	if o := must(t, invocation{env: env}, "feeds", "poll", "--all"); !strings.Contains(o.stdout, "1 not modified") {
		t.Errorf("the second poll was not a 304:\n%s", o.stdout)
	}

	var list []struct {
		ID         int64   `json:"id"`
		Title      string  `json:"title"`
		Topic      string  `json:"topic"`
		ItemsAdded int     `json:"items_added"`
		LastError  string  `json:"last_error"`
		NextPoll   *string `json:"next_poll"`
	}
	o = must(t, invocation{env: env}, "feeds", "list", "--json")
	if err := json.Unmarshal([]byte(o.stdout), &list); err != nil {
		t.Fatalf("list --json: %v\n%s", err, o.stdout)
	}
	if len(list) != 1 || list[0].ItemsAdded != 1 || list[0].Topic != "icebreaker" || list[0].NextPoll == nil || list[0].LastError != "" {
		t.Fatalf("list --json: %+v", list)
	}
	if o := must(t, invocation{env: env}, "feeds", "pause", "1"); !strings.Contains(o.stdout, "paused") {
		t.Errorf("pause: %s", o.stdout)
	}
	if o := detente(t, invocation{env: env}, "feeds", "remove", "9"); o.err == nil || !strings.Contains(o.err.Error(), "no feed 9") {
		t.Errorf("remove of a missing feed: %v", o.err)
	}
	must(t, invocation{env: env}, "feeds", "remove", "1")
	if o := must(t, invocation{env: env}, "feeds", "list"); !strings.Contains(o.stdout, "no feeds followed") {
		t.Errorf("after remove:\n%s", o.stdout)
	}

	env["DETENTE_FEED_INTERVAL"] = "soon"
	if o := detente(t, invocation{env: env}, "feeds", "list"); o.err == nil || !strings.Contains(o.err.Error(), "DETENTE_FEED_INTERVAL") {
		t.Errorf("a bad interval: %v", o.err)
	}
}

// DETENTE_FETCH_ALLOW_PRIVATE=1 opens `ingest URL` to intranet pages too;
// without it they stay refused.
func TestIngestURLPrivateOnlyWhenAllowed(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "Harbour pilots meet\n\nRussian and American harbour pilots met in Nome to compare ice charts and agreed to share them every week of the season.")
	}))
	defer srv.Close()
	env := offline(t)
	o := detente(t, invocation{env: env}, "ingest", srv.URL+"/pilots")
	if o.err == nil || !strings.Contains(o.stdout+o.err.Error(), "not a public address") {
		t.Fatalf("loopback ingest without consent: %v\n%s", o.err, o.stdout)
	}
	env["DETENTE_FETCH_ALLOW_PRIVATE"] = "1"
	if o := must(t, invocation{env: env}, "ingest", srv.URL+"/pilots"); !strings.Contains(o.stdout, "added 1") {
		t.Fatalf("allowed ingest:\n%s", o.stdout)
	}
}
