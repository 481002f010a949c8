package corpus

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// newSite serves the fixtures and failure cases a fetcher meets on the web.
func newSite(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	serve := func(path, contentType string, body []byte) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			if contentType != "" {
				w.Header().Set("Content-Type", contentType)
			}
			w.Write(body)
		})
	}
	serve("/en", "text/html; charset=utf-8", fixture(t, "en_jsonld.html"))
	serve("/vi", "text/html", fixture(t, "vi_windows1258.html")) // charset only in <meta>
	serve("/fr", "text/html; charset=ISO-8859-1", fixture(t, "fr_latin1.html"))
	serve("/sniffed", "", fixture(t, "time_only.html"))
	serve("/plain", "text/plain; charset=utf-8", []byte("Nga và Mỹ nối lại đối thoại\n\nHai bên gặp nhau tại Riyadh ngày 18/2."))
	serve("/image.png", "image/png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	serve("/pdf", "application/pdf", []byte("%PDF-1.4"))
	serve("/binary", "text/html", []byte("<html>\x00\x01\x02\x03</html>"))
	serve("/empty", "text/html", []byte("<html><head><title>x</title></head><body></body></html>"))
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "upstream exploded", http.StatusBadGateway)
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for range 64 { // 2 MiB, streamed without Content-Length
			w.Write([]byte(strings.Repeat("<p>padding padding padding</p>", 1<<10)))
		}
	})
	mux.HandleFunc("/huge-declared", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", fmt.Sprint(64<<20))
		w.WriteHeader(http.StatusOK) // nothing follows: the header alone must be refused
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><p>first bytes"))
		w.(http.Flusher).Flush()
		<-r.Context().Done() // the rest never comes
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop2", http.StatusFound)
	})
	mux.HandleFunc("/loop2", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/moved2?utm_source=x", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/moved2", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/en#top", http.StatusFound)
	})
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestFetch(t *testing.T) {
	srv := newSite(t)
	f := NewFetcher(FetchOptions{AllowPrivate: true, Timeout: 5 * time.Second})
	tests := []struct {
		path    string
		want    Article
		bodyHas string
	}{
		{"/en", Article{Title: "U.S. and Russian diplomats meet in Istanbul on embassy operations", Source: "Example Wire",
			Lang: "en", Published: date(2025, 4, 10)}, "second round of talks"},
		{"/vi", Article{Title: "Nga và Mỹ nhất trí tiếp tục đối thoại ổn định chiến lược", Source: "Báo Ví Dụ",
			Lang: "vi", Published: date(2021, 9, 30)}, "vòng hai đối thoại ổn định chiến lược"},
		{"/fr", Article{Title: "Moscou et Washington rétablissent le dialogue", Lang: "fr"}, "délégations russe et américaine"},
		{"/sniffed", Article{Title: "Lavrov says strategic stability dialogue will continue", Published: date(2021, 9, 25)}, "New START"},
		{"/plain", Article{Title: "Nga và Mỹ nối lại đối thoại", Lang: "vi", Source: "127.0.0.1"}, "Riyadh ngày 18/2"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			a, err := f.Fetch(context.Background(), srv.URL+tt.path)
			if err != nil {
				t.Fatalf("Fetch: %v", err)
			}
			tt.want.Body = a.Body
			tt.want.URL = CanonicalURL(srv.URL + tt.path)
			checkArticle(t, a, tt.want)
			if !strings.Contains(a.Body, tt.bodyHas) {
				t.Errorf("body lacks %q:\n%s", tt.bodyHas, a.Body)
			}
		})
	}
	t.Run("redirects give the canonical final URL", func(t *testing.T) {
		a, err := f.Fetch(context.Background(), srv.URL+"/moved")
		if err != nil {
			t.Fatal(err)
		}
		if want := srv.URL + "/en"; a.URL != want {
			t.Errorf("url = %q, want %q", a.URL, want)
		}
	})
}

func TestFetchErrors(t *testing.T) {
	srv := newSite(t)
	f := NewFetcher(FetchOptions{AllowPrivate: true, Timeout: 2 * time.Second, MaxBytes: 1 << 20})
	tests := []struct {
		path     string
		want     error
		contains string
	}{
		{"/image.png", ErrUnsupported, "image/png"},
		{"/pdf", ErrUnsupported, "application/pdf"},
		{"/binary", ErrBinary, "NUL"},
		{"/empty", ErrEmpty, ""},
		{"/huge", ErrTooLarge, "1048576"},
		{"/huge-declared", ErrTooLarge, "announced"},
		{"/loop", nil, "redirects"},
		{"/to-file", nil, "file:///etc/passwd"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			a, err := f.Fetch(context.Background(), srv.URL+tt.path)
			if err == nil {
				t.Fatalf("Fetch succeeded: %+v", a)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("error = %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.contains) || !strings.Contains(err.Error(), tt.path) {
				t.Errorf("error %q should mention %q and the URL", err, tt.contains)
			}
		})
	}
	for _, tc := range []struct {
		path   string
		status int
	}{{"/missing", 404}, {"/broken", 502}} {
		t.Run(tc.path, func(t *testing.T) {
			_, err := f.Fetch(context.Background(), srv.URL+tc.path)
			var he *HTTPError
			if !errors.As(err, &he) || he.Status != tc.status {
				t.Fatalf("error = %v, want HTTP %d", err, tc.status)
			}
			if !strings.Contains(err.Error(), fmt.Sprint(tc.status)) {
				t.Errorf("error %q does not show the status", err)
			}
		})
	}
}

func TestFetchTimeout(t *testing.T) {
	srv := newSite(t)
	f := NewFetcher(FetchOptions{AllowPrivate: true, Timeout: 200 * time.Millisecond})
	_, err := f.Fetch(context.Background(), srv.URL+"/slow")
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("error = %v, want a deadline error", err)
	}
	t.Run("caller cancellation", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		f := NewFetcher(FetchOptions{AllowPrivate: true})
		if _, err := f.Fetch(ctx, srv.URL+"/en"); !errors.Is(err, context.Canceled) {
			t.Fatalf("error = %v, want context.Canceled", err)
		}
	})
}

func TestFetchBlocksPrivateAddresses(t *testing.T) {
	srv := newSite(t)
	f := NewFetcher(FetchOptions{Timeout: 2 * time.Second})
	port := srv.URL[strings.LastIndexByte(srv.URL, ':'):]
	for _, u := range []string{
		srv.URL + "/en",                   // 127.0.0.1
		"http://localhost" + port + "/en", // resolved, then refused at dial
		"http://[::1]" + port + "/en",
		"http://0.0.0.0" + port + "/en",
		"http://169.254.169.254/latest/meta-data/", // cloud metadata
	} {
		t.Run(u, func(t *testing.T) {
			_, err := f.Fetch(context.Background(), u)
			if !errors.Is(err, ErrBlockedAddress) {
				t.Fatalf("error = %v, want ErrBlockedAddress", err)
			}
		})
	}
	t.Run("given client without a transport is guarded", func(t *testing.T) {
		f := NewFetcher(FetchOptions{Client: &http.Client{}})
		if _, err := f.Fetch(context.Background(), srv.URL+"/en"); !errors.Is(err, ErrBlockedAddress) {
			t.Fatalf("error = %v, want ErrBlockedAddress", err)
		}
	})
	t.Run("given client that cannot be guarded fails closed", func(t *testing.T) {
		var calls atomic.Int64
		rt := roundTripFunc(func(r *http.Request) (*http.Response, error) {
			calls.Add(1)
			return http.DefaultTransport.RoundTrip(r)
		})
		f := NewFetcher(FetchOptions{Client: &http.Client{Transport: rt}})
		if _, err := f.Fetch(context.Background(), srv.URL+"/en"); !errors.Is(err, ErrUnguardedClient) {
			t.Fatalf("error = %v, want ErrUnguardedClient", err)
		}
		if n := calls.Load(); n != 0 {
			t.Errorf("the unguarded transport was used %d times", n)
		}
	})
	t.Run("given client is guarded too", func(t *testing.T) {
		f := NewFetcher(FetchOptions{Client: &http.Client{Transport: &http.Transport{}}})
		if _, err := f.Fetch(context.Background(), srv.URL+"/en"); !errors.Is(err, ErrBlockedAddress) {
			t.Fatalf("error = %v, want ErrBlockedAddress", err)
		}
	})
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestFetchRejectsBadURLs(t *testing.T) {
	f := NewFetcher(FetchOptions{})
	for _, u := range []string{"", "example.com/news", "file:///etc/passwd", "ftp://example.com/a", "javascript:alert(1)"} {
		t.Run(u, func(t *testing.T) {
			if _, err := f.Fetch(context.Background(), u); !errors.Is(err, ErrInvalid) {
				t.Errorf("error = %v, want ErrInvalid", err)
			}
		})
	}
	t.Run("credentials never reach the error", func(t *testing.T) {
		_, err := f.Fetch(context.Background(), "ftp://user:s3cret-token@example.com/a")
		if err == nil || strings.Contains(err.Error(), "s3cret-token") {
			t.Errorf("error %v leaks the password", err)
		}
		srv := newSite(t)
		u := strings.Replace(srv.URL, "http://", "http://user:s3cret-token@", 1) + "/missing"
		_, err = NewFetcher(FetchOptions{AllowPrivate: true}).Fetch(context.Background(), u)
		if err == nil || strings.Contains(err.Error(), "s3cret-token") {
			t.Errorf("error %v leaks the password", err)
		}
	})
}

func TestPublicAddr(t *testing.T) {
	tests := []struct {
		ip     string
		public bool
	}{
		{"93.184.216.34", true},
		{"8.8.8.8", true},
		{"2606:4700:4700::1111", true},
		{"127.0.0.1", false},
		{"127.8.8.8", false},
		{"10.1.2.3", false},
		{"172.16.0.1", false},
		{"192.168.1.1", false},
		{"169.254.169.254", false},
		{"0.0.0.0", false},
		{"100.64.0.1", false},
		{"224.0.0.1", false},
		{"255.255.255.255", false},
		{"::1", false},
		{"::", false},
		{"fe80::1", false},
		{"fc00::1", false},
		{"ff02::1", false},
		{"::ffff:127.0.0.1", false},
		{"::ffff:10.0.0.1", false},
		{"64:ff9b::a00:1", false},
		{"2001:4860:4860::8888", true},
		{"2a00:1450:4001::1", true},
		{"fec0::1", false},          // site-local
		{"::1.2.3.4", false},        // IPv4-compatible
		{"::ffff:8.8.8.8", false},   // IPv4-mapped
		{"::ffff:0:808:808", false}, // IPv4-translated
		{"2001::1", false},          // Teredo
		{"2001:10::1", false},       // ORCHID
		{"2002:a00:1::1", false},    // 6to4 of 10.0.0.1
		{"2001:db8::1", false},      // documentation
		{"4000::1", false},          // outside 2000::/3
		{"100::1", false},           // discard
		{"fd00::1", false},          // unique local
	}
	for _, tt := range tests {
		t.Run(tt.ip, func(t *testing.T) {
			if got := publicAddr(netip.MustParseAddr(tt.ip)); got != tt.public {
				t.Errorf("publicAddr(%s) = %v, want %v", tt.ip, got, tt.public)
			}
		})
	}
}
