package bot

import (
	"testing"

	"github.com/detente/detente/prompts"
)

// /add refuses every non-public literal address at once, with the same rule
// the fetcher enforces when it dials: shared, unspecified, IPv4-mapped and
// 6to4 addresses included.
func TestCheckURLRefusesNonPublicAddresses(t *testing.T) {
	b := &Bot{}
	blocked := prompts.T("en", "bot.add.blocked")
	for _, raw := range []string{
		"http://127.0.0.1/a", "http://10.1.2.3/a", "http://100.64.0.1/a", "http://0.0.0.0/a",
		"http://[::1]/a", "http://[::ffff:127.0.0.1]/a", "http://[2002:a00:1::]/a", "http://169.254.169.254/latest",
		"http://localhost:8080/a",
	} {
		if got := b.checkURL(raw, "en"); got != blocked {
			t.Errorf("checkURL(%q) = %q, want the refusal", raw, got)
		}
	}
	for _, raw := range []string{"https://example.org/story", "http://93.184.216.34/a", "https://[2606:4700::1111]/a"} {
		if got := b.checkURL(raw, "en"); got != "" {
			t.Errorf("checkURL(%q) = %q, want accepted", raw, got)
		}
	}
	b.cfg.AllowPrivateFetch = true
	if got := b.checkURL("http://127.0.0.1/a", "en"); got != "" {
		t.Errorf("with AllowPrivateFetch, loopback refused: %q", got)
	}
}
