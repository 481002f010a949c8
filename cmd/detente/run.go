package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"golang.org/x/term"
)

// cli is one invocation: the process's streams and environment, passed in so
// tests run many invocations side by side without touching globals.
type cli struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	env    *configFlags
}

// command is one subcommand.
type command struct {
	name    string
	short   string // one line for the command list
	args    string // synopsis after the name
	summary string
	// flags registers the subcommand's own flags; nil for none.
	flags func(fs *flag.FlagSet)
	// passthrough commands parse their own flags (eval): run picks out the
	// global flags and hands them every other argument untouched.
	passthrough bool
	run         func(ctx context.Context, c *cli, args []string) error
	// help, for a passthrough command, prints its own usage and flags in
	// place of summary (its flags are not registered here).
	help func(w io.Writer) error
}

// commands lists the subcommands in the order usage shows them. It is built
// per call so each command's flag variables are fresh for each invocation.
func commands() []*command {
	return []*command{
		askCommand(),
		chatCommand(),
		searchCommand(),
		ingestCommand(),
		articlesCommand(),
		removeCommand(),
		feedsCommand(),
		reindexCommand(),
		digestCommand(),
		serveCommand(),
		evalCommand(),
		migrateCommand(),
		copyCommand(),
	}
}

// run executes one detente invocation. args excludes the program name.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	c := &cli{stdin: stdin, stdout: stdout, stderr: stderr, env: loadEnv(getenv)}
	cmds := commands()

	// Global flags may precede the subcommand.
	var fs *flag.FlagSet
	fs = c.flagSet("detente", func(w io.Writer) { printUsage(w, cmds, fs) })
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return fmt.Errorf("%w (see 'detente help')", err)
	}
	rest := fs.Args()
	if len(rest) == 0 {
		printUsage(c.stderr, cmds, fs)
		return errors.New("no command given (see 'detente help')")
	}
	name, rest := rest[0], rest[1:]
	if name == "help" {
		return c.help(cmds, fs, rest)
	}
	cmd := find(cmds, name)
	if cmd == nil {
		return fmt.Errorf("unknown command %q (see 'detente help')", name)
	}
	sub := c.flagSet("detente "+cmd.name, func(w io.Writer) { cmd.usage(w) })
	if cmd.flags != nil {
		cmd.flags(sub)
	}
	var pos []string
	var err error
	if cmd.passthrough {
		var globals []string
		globals, pos = splitGlobals(sub, rest)
		err = sub.Parse(globals)
	} else {
		pos, err = parseInterspersed(sub, rest)
	}
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return fmt.Errorf("%s: %w (see 'detente %s -h')", cmd.name, err, cmd.name)
	}
	return cmd.run(ctx, c, pos)
}

func find(cmds []*command, name string) *command {
	for _, cmd := range cmds {
		if cmd.name == name {
			return cmd
		}
	}
	return nil
}

func (c *cli) help(cmds []*command, globals *flag.FlagSet, args []string) error {
	if len(args) == 0 {
		printUsage(c.stdout, cmds, globals)
		return nil
	}
	cmd := find(cmds, args[0])
	if cmd == nil {
		return fmt.Errorf("unknown command %q (see 'detente help')", args[0])
	}
	cmd.usage(c.stdout)
	return nil
}

// flagSet returns a flag set carrying the global flags. Parse errors are
// returned, not printed, so the caller reports them once; -h prints usage
// to stdout, because it was asked for.
func (c *cli) flagSet(name string, usage func(io.Writer)) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	c.env.register(fs)
	fs.Usage = func() { usage(c.stdout) }
	return fs
}

// parseInterspersed parses flags anywhere among the positional arguments
// (`detente search --json sanctions -k 3`); "--" ends flag parsing.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), nil
		}
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// splitGlobals separates the flags fs knows (the global ones) from the
// arguments a passthrough command parses itself. Every global flag takes a
// value, either as -flag=value or as the next argument.
func splitGlobals(fs *flag.FlagSet, args []string) (globals, rest []string) {
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" {
			return globals, append(rest, args[i:]...)
		}
		name, _, inline := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if !strings.HasPrefix(arg, "-") || fs.Lookup(name) == nil {
			rest = append(rest, arg)
			continue
		}
		globals = append(globals, arg)
		if !inline && i+1 < len(args) {
			i++
			globals = append(globals, args[i])
		}
	}
	return globals, rest
}

// usage prints the command's synopsis, description and own flags; the
// global flags are listed once, by 'detente help'.
func (cmd *command) usage(w io.Writer) {
	if cmd.help != nil && cmd.help(w) == nil {
		fmt.Fprintln(w, "\nGlobal flags (--data, --embed-model, ...) are listed by 'detente help'.")
		return
	}
	fmt.Fprintf(w, "Usage: detente %s %s\n\n%s\n", cmd.name, cmd.args, cmd.summary)
	if cmd.flags != nil {
		own := flag.NewFlagSet(cmd.name, flag.ContinueOnError)
		cmd.flags(own)
		fmt.Fprintln(w, "\nFlags:")
		own.SetOutput(w)
		own.PrintDefaults()
	}
	fmt.Fprintln(w, "\nGlobal flags (--data, --embed-model, ...) are listed by 'detente help'.")
}

func printUsage(w io.Writer, cmds []*command, globals *flag.FlagSet) {
	fmt.Fprint(w, `Detente answers questions about US–Russia diplomacy from a curated corpus of
news articles, in the asker's language, citing every claim to its source.

Usage: detente [global flags] <command> [flags] [arguments]

Commands:
`)
	for _, cmd := range cmds {
		fmt.Fprintf(w, "  %-8s %s\n", cmd.name, cmd.short)
	}
	fmt.Fprint(w, `  help     show this help, or a command's: detente help <command>

Global flags go before or after the command. Each has an environment
variable; the flag wins. Secrets are read from the environment only:
OPENAI_API_KEY, TELEGRAM_BOT_TOKEN, DETENTE_WEBHOOK_SECRET.

Global flags:
`)
	globals.SetOutput(w)
	globals.PrintDefaults()
	globals.SetOutput(io.Discard)
}

// config finishes the configuration and sets up logging: slog text to
// stderr, user-facing output stays on stdout.
func (c *cli) config() (Config, *slog.Logger, error) {
	cfg, err := c.env.finish()
	if err != nil {
		return Config{}, nil, err
	}
	log := slog.New(slog.NewTextHandler(c.stderr, &slog.HandlerOptions{Level: cfg.LogLevel}))
	log.Debug("config", "config", cfg)
	return cfg, log, nil
}

// isTerminal reports whether w (or r) is an interactive terminal: progress
// bars and prompts only make sense there.
func isTerminal(v any) bool {
	f, ok := v.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// open reads the configuration and opens the data directory: what every
// command that reads the corpus starts with. The caller closes the app.
func (c *cli) open(ctx context.Context) (*app, error) {
	cfg, log, err := c.config()
	if err != nil {
		return nil, err
	}
	return openApp(ctx, cfg, log)
}
