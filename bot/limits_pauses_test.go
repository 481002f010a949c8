package bot

import (
	"testing"
	"time"
)

// A chat that hit a 429 and never sends again must not stay in the map for
// the life of the process.
func TestChatPausesForgetExpiredChats(t *testing.T) {
	p := newChatPauses(time.Now)
	for chat := int64(1); chat <= 1000; chat++ {
		p.pause(chat, -time.Second) // already over
	}
	p.pause(2000, time.Hour)
	if n := len(p.until); n != 1 {
		t.Fatalf("%d chats remembered, want only the one still paused", n)
	}
	if p.remaining(2000) <= 0 {
		t.Fatal("the paused chat lost its pause")
	}
	if p.remaining(1) != 0 {
		t.Fatal("an expired pause still counts")
	}
}
