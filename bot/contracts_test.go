package bot

import (
	"github.com/detente/detente/answer"
	"github.com/detente/detente/digest"
	"github.com/detente/detente/ingest"
)

// The services cmd/detente wires in must satisfy the bot's interfaces, and
// the bot must satisfy the digest scheduler's Sender.
var (
	_ Answerer      = (*answer.Service)(nil)
	_ Curator       = (*ingest.Service)(nil)
	_ Digests       = (*digest.Service)(nil)
	_ digest.Sender = (*Bot)(nil)
)
