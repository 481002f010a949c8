package bot

// Idle reports whether the bot has no update queued or being handled, so
// the tests of package bot_test can check that nothing more is coming
// without sleeping.
func (b *Bot) Idle() bool { return b.dispatch.idle() }
