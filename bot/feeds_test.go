package bot

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/feeds"
	"github.com/detente/detente/internal/faketg"
	"github.com/detente/detente/prompts"
)

// Admins follow, list, pause and drop feeds with /feeds; anyone else gets a
// localised refusal and nothing changes.
func TestFeedsCommand(t *testing.T) {
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/rss.xml":
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title><link>https://example.org/</link>
<item><title>Talks</title><link>https://example.org/1</link><description>Russia and the US meet.</description></item></channel></rss>`)
		default:
			fmt.Fprint(w, "<html><body>just a page</body></html>")
		}
	}))
	defer site.Close()

	h := newHarness(t, harnessOpt{noStart: true})
	fetcher := corpus.NewFetcher(corpus.FetchOptions{AllowPrivate: true})
	h.bot.deps.Feeds = feeds.New(h.st, nil, fetcher, feeds.Options{})
	h.start()
	ctx := context.Background()

	admin := faketg.User(1000, "en")
	chat := faketg.PrivateChat(1000)
	stranger := faketg.User(2000, "vi")
	strangerChat := faketg.PrivateChat(2000)

	h.say(strangerChat, stranger, "/feeds add "+site.URL+"/rss.xml")
	h.replyContaining(2000, prompts.T("vi", "bot.admin_only"))
	if fs, _ := h.st.Feeds(ctx); len(fs) != 0 {
		t.Fatalf("a non-admin followed a feed: %+v", fs)
	}

	h.say(chat, admin, "/feeds")
	h.replyContaining(1000, prompts.T("en", "bot.feeds.empty"))

	h.say(chat, admin, "/feeds add "+site.URL+"/rss.xml us-russia")
	h.replyContaining(1000, "Following feed 1: Example Wire")
	fs, err := h.st.Feeds(ctx)
	if err != nil || len(fs) != 1 || fs[0].Topic != feeds.BuiltinTopic || fs[0].AddedBy != 1000 {
		t.Fatalf("feeds after /feeds add: %+v, %v", fs, err)
	}

	h.say(chat, admin, "/feeds add "+site.URL+"/rss.xml")
	h.replyContaining(1000, prompts.T("en", "bot.feeds.exists"))
	h.say(chat, admin, "/feeds add "+site.URL+"/page")
	h.replyContaining(1000, prompts.T("en", "bot.feeds.not_feed"))
	h.say(chat, admin, "/feeds add ftp://example.org/x")
	h.replyContaining(1000, prompts.T("en", "bot.add.bad_url"))

	h.say(chat, admin, "/feeds")
	list := h.replyContaining(1000, "Feeds followed (1)")
	for _, want := range []string{"1. Example Wire", "Topic: us-russia", "articles added: 0", "Last success: never"} {
		if !strings.Contains(list.Plain, want) {
			t.Errorf("/feeds lacks %q:\n%s", want, list.Plain)
		}
	}

	h.say(strangerChat, stranger, "/feeds remove 1")
	h.wait("a second refusal", func() bool {
		return strings.Count(strings.Join(h.texts(2000), "\n"), prompts.T("vi", "bot.admin_only")) == 2
	})
	h.say(chat, admin, "/feeds pause 1")
	h.replyContaining(1000, "Feed 1 is paused")
	if f, _ := h.st.Feed(ctx, 1); !f.Paused {
		t.Fatal("/feeds pause did not pause")
	}
	h.say(chat, admin, "/feeds remove 7")
	h.replyContaining(1000, prompts.T("en", "bot.feeds.not_found", 7))
	h.say(chat, admin, "/feeds remove x")
	h.replyContaining(1000, "Usage:")
	h.say(chat, admin, "/feeds remove 1")
	h.replyContaining(1000, "Stopped following feed 1")
	if fs, _ := h.st.Feeds(ctx); len(fs) != 0 {
		t.Fatalf("feeds after remove: %+v", fs)
	}
}
