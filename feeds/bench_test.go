package feeds

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/detente/detente/retrieval"
)

// cpuTime is this process's user+system CPU time so far.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkPoll100NotModified: one pass over 100 due feeds that all answer
// 304. cpu-ms/pass counts the whole process, the fake server's side included,
// so the poller's own cost is lower.
func BenchmarkPoll100NotModified(b *testing.B) {
	e := newEnv(b, Options{})
	for i := range 100 {
		path := fmt.Sprintf("/f/%d.xml", i)
		tag := fmt.Sprintf(`"t%d"`, i)
		e.site.handle(path, func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("If-None-Match") == tag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", tag)
			fmt.Fprint(w, rssFeed(fmt.Sprintf("Feed %d", i)))
		})
		e.follow(b, path, "")
	}
	if s := e.poll(b); s.Feeds != 100 {
		b.Fatalf("first pass: %+v", s)
	}
	b.ResetTimer()
	cpu0 := cpuTime(b)
	for b.Loop() {
		e.clk.add(DefaultInterval * 2)
		if s := e.poll(b); s.NotModified != 100 {
			b.Fatalf("pass: %+v, want 100 304s", s)
		}
	}
	b.ReportMetric(float64(cpuTime(b)-cpu0)/float64(time.Millisecond)/float64(b.N), "cpu-ms/pass")
}

// BenchmarkNewItemToSearchable: a feed gains one item (full content); one
// poll later it is searchable. The time a user waits is this plus the wait
// for the feed's next poll (its interval, ±10%).
func BenchmarkNewItemToSearchable(b *testing.B) {
	e := newEnv(b, Options{})
	var items []string
	e.site.handle("/grow.xml", func(w http.ResponseWriter, r *http.Request) {
		e.site.mu.Lock()
		body := rssFeed("Growing", items...)
		e.site.mu.Unlock()
		fmt.Fprint(w, body)
	})
	e.follow(b, "/grow.xml", "")
	e.poll(b)
	n := 0
	for b.Loop() {
		n++
		word := fmt.Sprintf("z%dq", n)
		e.site.mu.Lock()
		items = append([]string{rssItem(word, e.srv.URL+"/g/"+word, "Round "+word, "", "", para(story(5000+n, word)))}, items...)
		e.site.mu.Unlock()
		e.clk.add(DefaultInterval * 2)
		if s := e.poll(b); s.Added != 1 {
			b.Fatalf("poll: %+v", s)
		}
		hits, err := e.eng.Search(context.Background(), searchQuery(word))
		if err != nil || len(hits) == 0 || !strings.Contains(hits[0].Text, word) {
			b.Fatalf("%s not searchable: %v %+v", word, err, hits)
		}
	}
}

func searchQuery(w string) retrieval.Query { return retrieval.Query{Text: w + " talks", K: 3} }
