// Command detente answers questions about US–Russia diplomacy from a curated
// corpus of news articles, with every claim cited to its source. It runs the
// Telegram bot (serve) and the terminal tools (ask, chat, search, ingest,
// reindex, digest, eval).
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "detente:", err)
		os.Exit(1)
	}
}
