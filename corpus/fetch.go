package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"

	"github.com/detente/detente/secret"
)

// Fetch defaults.
const (
	DefaultFetchTimeout = 15 * time.Second
	DefaultMaxBytes     = MaxDocumentBytes
	DefaultUserAgent    = "DetenteBot/1.0 (+https://github.com/detente/detente)"
	maxRedirects        = 5
)

// FetchOptions configures a Fetcher.
type FetchOptions struct {
	Client       *http.Client  // nil: a client with Timeout
	Timeout      time.Duration // default 15s
	MaxBytes     int64         // default MaxDocumentBytes
	AllowPrivate bool          // allow loopback/private/link-local targets (tests)
	UserAgent    string
}

// Fetcher downloads and extracts articles from URLs.
//
// Unless AllowPrivate is set it refuses to connect to loopback, private,
// link-local (including cloud metadata at 169.254.169.254), unspecified,
// multicast and other non-public addresses. The check runs when each
// connection is dialled, after DNS resolution, so it also covers redirects
// and DNS rebinding. It is safe for concurrent use.
type Fetcher struct {
	opt       FetchOptions
	client    *http.Client
	unguarded bool // the given client's transport could not be guarded
}

// HTTPError is a non-2xx answer from the server. Fetch wraps it with the
// URL, so the message itself does not repeat it.
type HTTPError struct {
	URL    string // redacted: no user info
	Status int
}

func (e *HTTPError) Error() string {
	return fmt.Sprintf("server answered HTTP %d %s", e.Status, http.StatusText(e.Status))
}

// ErrUnguardedClient is returned by Fetch when FetchOptions.Client has a
// Transport the address guard cannot be put into (not an *http.Transport):
// the fetcher fails closed rather than connect wherever that transport
// would.
var ErrUnguardedClient = errors.New("the HTTP client's transport cannot be guarded against private addresses")

// NewFetcher returns a Fetcher.
//
// With a nil Client it builds one that ignores proxy settings (a proxy would
// make the address check meaningless) and dials through the guard. A given
// Client is copied; its Transport (http.DefaultTransport if nil) must be an
// *http.Transport, whose copy gets the guard, unless AllowPrivate is set:
// otherwise every Fetch fails with ErrUnguardedClient. Redirects are
// limited either way.
func NewFetcher(opt FetchOptions) *Fetcher {
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultFetchTimeout
	}
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	if opt.UserAgent == "" {
		opt.UserAgent = DefaultUserAgent
	}
	dialer := &net.Dialer{Timeout: opt.Timeout, KeepAlive: 30 * time.Second}
	if !opt.AllowPrivate {
		dialer.Control = guardDial
	}
	var c http.Client
	unguarded := false
	if opt.Client != nil {
		c = *opt.Client
		rt := c.Transport
		if rt == nil {
			rt = http.DefaultTransport
		}
		t, ok := rt.(*http.Transport)
		switch {
		case opt.AllowPrivate:
		case ok:
			t = t.Clone()
			t.DialContext = dialer.DialContext
			t.DialTLSContext = nil // would dial around the guard
			t.Proxy = nil
			c.Transport = t
		default:
			unguarded = true
		}
	} else {
		c.Transport = &http.Transport{
			Proxy:                 nil,
			DialContext:           dialer.DialContext,
			ForceAttemptHTTP2:     true,
			MaxIdleConns:          20,
			IdleConnTimeout:       60 * time.Second,
			TLSHandshakeTimeout:   10 * time.Second,
			ResponseHeaderTimeout: opt.Timeout,
		}
		c.Timeout = opt.Timeout
	}
	c.CheckRedirect = checkRedirect
	return &Fetcher{opt: opt, client: &c, unguarded: unguarded}
}

// checkRedirect follows at most maxRedirects redirects, to http(s) only.
func checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > maxRedirects {
		return fmt.Errorf("stopped after %d redirects", maxRedirects)
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return fmt.Errorf("redirect to %s refused: only http and https are followed", req.URL.Redacted())
	}
	return nil
}

// guardDial is a net.Dialer Control function: it sees the resolved address
// of every connection and refuses the ones a public article cannot live at.
func guardDial(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return fmt.Errorf("%w: %s", ErrBlockedAddress, address)
	}
	ip, err := netip.ParseAddr(host)
	if err != nil || !publicAddr(ip) {
		return fmt.Errorf("%w: %s is not a public address", ErrBlockedAddress, host)
	}
	return nil
}

// nonPublic lists special-purpose IPv4 ranges (RFC 6890 and friends) that
// net/netip's predicates do not cover.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),       // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),   // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),    // IETF protocol assignments
	netip.MustParsePrefix("192.0.2.0/24"),    // documentation
	netip.MustParsePrefix("198.18.0.0/15"),   // benchmarking
	netip.MustParsePrefix("198.51.100.0/24"), // documentation
	netip.MustParsePrefix("203.0.113.0/24"),  // documentation
	netip.MustParsePrefix("240.0.0.0/4"),     // reserved, broadcast
}

// globalUnicast6 is the only IPv6 range allocated for global unicast: all
// else (site-local fec0::/10, IPv4-compatible ::/96, IPv4-mapped and
// -translated ::ffff:…, NAT64 64:ff9b::/96, unique-local, reserved) is
// refused without listing it.
var globalUnicast6 = netip.MustParsePrefix("2000::/3")

// nonPublic6 are the special-purpose ranges inside 2000::/3.
var nonPublic6 = []netip.Prefix{
	netip.MustParsePrefix("2001::/23"),     // IETF protocol assignments: Teredo, ORCHID, benchmarking
	netip.MustParsePrefix("2001:db8::/32"), // documentation
	netip.MustParsePrefix("2002::/16"),     // 6to4: may embed a private IPv4
	netip.MustParsePrefix("3fff::/20"),     // documentation (RFC 9637)
}

// PublicAddr reports whether ip is a public unicast address: not loopback,
// private, link-local, unspecified, multicast, shared (100.64/10), or one of
// the translation and documentation ranges; an IPv6 address must be in
// 2000::/3 (IPv4-mapped ones included: they are refused, not unmapped). The
// fetcher enforces it at dial time; callers may use it to refuse a literal
// address early.
func PublicAddr(ip netip.Addr) bool { return publicAddr(ip) }

func publicAddr(ip netip.Addr) bool {
	if !ip.IsValid() {
		return false
	}
	if ip.Is6() {
		if !globalUnicast6.Contains(ip) {
			return false
		}
		for _, p := range nonPublic6 {
			if p.Contains(ip) {
				return false
			}
		}
		return true
	}
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsUnspecified() || ip.IsLinkLocalUnicast() ||
		ip.IsMulticast() || !ip.IsGlobalUnicast() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}

// Fetch downloads url, checks content type and size, converts the charset to
// UTF-8, extracts the main text, title, outlet and date, and returns a
// finalised Article whose URL is the canonical URL.
//
// Errors wrap ErrInvalid (not an http(s) URL), ErrBlockedAddress,
// ErrUnsupported (the type is named), ErrTooLarge, ErrBinary, ErrEmpty,
// *HTTPError (non-2xx) or the context's error on timeout or cancellation.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (Article, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return Article{}, fmt.Errorf("fetch %q: %w: want an absolute http(s) URL", secret.RedactURL(rawURL), ErrInvalid)
	}
	name := u.Redacted()
	if f.unguarded {
		return Article{}, fmt.Errorf("fetch %s: %w", name, ErrUnguardedClient)
	}
	a, err := f.fetch(ctx, u)
	if err != nil {
		return Article{}, fmt.Errorf("fetch %s: %w", name, err)
	}
	return a, nil
}

func (f *Fetcher) fetch(ctx context.Context, u *url.URL) (Article, error) {
	ctx, cancel := context.WithTimeout(ctx, f.opt.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Article{}, err
	}
	req.Header.Set("User-Agent", f.opt.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
	resp, err := f.client.Do(req)
	if err != nil {
		return Article{}, unwrapURLError(err)
	}
	defer resp.Body.Close()
	final := resp.Request.URL
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return Article{}, &HTTPError{URL: final.Redacted(), Status: resp.StatusCode}
	}
	if resp.ContentLength > f.opt.MaxBytes {
		return Article{}, fmt.Errorf("%w: %d bytes announced, limit %d", ErrTooLarge, resp.ContentLength, f.opt.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.opt.MaxBytes+1))
	if err != nil {
		return Article{}, fmt.Errorf("read body: %w", unwrapURLError(err))
	}
	if int64(len(body)) > f.opt.MaxBytes {
		return Article{}, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, f.opt.MaxBytes)
	}
	ct := resp.Header.Get("Content-Type")
	if strings.TrimSpace(ct) == "" {
		ct = http.DetectContentType(body)
	}
	mediaType, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return Article{}, fmt.Errorf("%w: unreadable Content-Type %q", ErrUnsupported, ct)
	}
	var a Article
	switch mediaType {
	case "text/html", "application/xhtml+xml":
		if a, err = parseHTML(body, ct, final); err != nil {
			return Article{}, err
		}
	case "text/plain":
		text, err := decodeHTML(body, ct) // same charset rules: header, BOM, UTF-8, windows-1252
		if err != nil {
			return Article{}, err
		}
		a = textArticle(text)
		a.Source = strings.TrimPrefix(strings.ToLower(final.Hostname()), "www.")
	default:
		return Article{}, fmt.Errorf("%w: %s (want an HTML page or plain text)", ErrUnsupported, mediaType)
	}
	a.URL = final.String()
	if err := Finalize(&a); err != nil {
		return Article{}, err
	}
	return a, nil
}

// Do sends req through the guarded client (the same address checks,
// redirect rules and timeout as Fetch) with Detente's user agent, for a
// caller that needs the response itself: the feed poller's conditional GET.
// The caller closes the body and bounds how much of it it reads.
func (f *Fetcher) Do(req *http.Request) (*http.Response, error) {
	if req.Header.Get("User-Agent") == "" {
		req.Header.Set("User-Agent", f.opt.UserAgent)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, unwrapURLError(err)
	}
	return resp, nil
}

// unwrapURLError drops the *url.Error layer, which repeats the method and
// the full URL (user info included) that Fetch already names, redacted.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// RedactURL is secret.RedactURL, kept while branches that still call it
// are merged.
//
// Deprecated: use secret.RedactURL, the one home of redaction.
func RedactURL(raw string) string { return secret.RedactURL(raw) }
