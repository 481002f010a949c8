package main

import (
	"context"
	"errors"
	"fmt"
)

// errNotAvailable marks a subcommand whose package is still being written.
var errNotAvailable = errors.New("not available yet in this build")

func serveCommand() *command {
	return &command{
		name: "serve",
		args: "",
		summary: `Run the Telegram bot and the daily digest scheduler (polling, or webhook
mode with DETENTE_WEBHOOK_URL and DETENTE_LISTEN).`,
		run: func(ctx context.Context, c *cli, args []string) error {
			return fmt.Errorf("serve: the Telegram bot is %w", errNotAvailable)
		},
	}
}

func evalCommand() *command {
	return &command{
		name:    "eval",
		args:    "[flags]",
		summary: "Measure retrieval and answer quality on the evaluation question set.",
		run: func(ctx context.Context, c *cli, args []string) error {
			return fmt.Errorf("eval: %w", errNotAvailable)
		},
	}
}
