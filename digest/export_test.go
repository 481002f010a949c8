package digest

import (
	"testing"

	"github.com/detente/detente/store"
)

// Test hooks for the end-to-end tests in package digest_test, which import
// bot (and bot imports digest, so they cannot live in package digest).

// FakeClock is the simulated clock of the package's tests.
type FakeClock = fakeClock

// NewFakeClock is newFakeClock.
var NewFakeClock = newFakeClock

// Broadcast is the BenchmarkBroadcast10k fixture.
type Broadcast = broadcast

// NewBroadcast builds the fixture: n subscribers due at one instant, in
// three languages and four zones, a tenth with a topic; gen writes the
// digests (nil: a counting fake).
func NewBroadcast(tb testing.TB, n int, opt Options, gen Generator) *Broadcast {
	return newBroadcast(tb, n, opt, gen)
}

// Store is the fixture's database.
func (b *broadcast) Store() *store.Store { return b.e.st }

// Service is the fixture's digest service.
func (b *broadcast) Service() *Service { return b.e.svc }

// RunBroadcast times b.N daily broadcasts through the Sender snd returns.
var RunBroadcast = runBroadcast
