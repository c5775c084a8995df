// Command actas loads meeting reports of the Regional Conference on Migration
// into DuckDB, builds fact tables from them and serves trend dashboards.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"

	"actas/ingest/worker"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// Command is one subcommand: it parses its flags, then runs.
type Command interface {
	ParseFlags(args []string) error
	Run(ctx context.Context) error
}

// errUsage marks a usage error (exit status 2); its message is already printed.
var errUsage = errors.New("usage")

// exitError carries an exit status other than 1 for a failure.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// Main holds the process's streams and the subcommands.
type Main struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	commands       map[string]command
}

// command describes a subcommand for help.
type command struct {
	summary string
	make    func(m *Main) Command
}

// NewMain returns a Main on the process's standard streams.
func NewMain() *Main {
	m := &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
	m.commands = map[string]command{
		"ingest":    {"load report files, folders and zip archives into the database", func(m *Main) Command { return &IngestCommand{main: m} }},
		"transform": {"rebuild the analysts' tables, facts and marts from the loaded reports", func(m *Main) Command { return &TransformCommand{main: m} }},
		"sql":       {"run SQL on the database and print table, csv or json", func(m *Main) Command { return &SQLCommand{main: m} }},
		"schema":    {"print the documented schema of every public table", func(m *Main) Command { return &SchemaCommand{main: m} }},
		"serve":     {"serve the dashboard, the JSON API and the SQL console", func(m *Main) Command { return &ServeCommand{main: m} }},
		"export":    {"write every public table as Parquet, CSV or JSON", func(m *Main) Command { return &ExportCommand{main: m} }},
		"version":   {"print the version", func(m *Main) Command { return &VersionCommand{main: m} }},
		"review":    {"review the least certain follow-through links and statuses, into corrections.csv", func(m *Main) Command { return &ReviewCommand{main: m} }},
	}
	return m
}

func main() {
	if worker.IsChild() {
		os.Exit(worker.Serve())
	}
	ctx, stop := signalContext()
	defer stop()
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: logLevel()})))
	os.Exit(NewMain().Main(ctx, os.Args[1:]))
}

// logLevel is the level of the process's log on standard error: warnings,
// or also the time of each stage of a transform when $ACTAS_LOG is "debug".
func logLevel() slog.Level {
	if strings.EqualFold(os.Getenv("ACTAS_LOG"), "debug") {
		return slog.LevelDebug
	}
	return slog.LevelWarn
}

// signalContext returns the context of a command: done at SIGINT or SIGTERM.
func signalContext() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}

// Main runs the subcommand named in args and returns the exit status:
// 0 success, 1 failure, 2 usage error.
func (m *Main) Main(ctx context.Context, args []string) int {
	if len(args) == 0 {
		m.usage(m.Stderr)
		return 2
	}
	name := args[0]
	switch name {
	case "help", "-h", "--help", "-help":
		if len(args) > 1 {
			if c, ok := m.commands[args[1]]; ok {
				_ = c.make(m).ParseFlags([]string{"--help"})
				return 0
			}
		}
		m.usage(m.Stdout)
		return 0
	case "--version", "-version":
		name = "version"
	}
	c, ok := m.commands[name]
	if !ok {
		fmt.Fprintf(m.Stderr, "actas: unknown command %q\n\n", name)
		m.usage(m.Stderr)
		return 2
	}
	cmd := c.make(m)
	if err := cmd.ParseFlags(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		if !errors.Is(err, errUsage) {
			fmt.Fprintf(m.Stderr, "actas %s: %v\n", name, err)
		}
		return 2
	}
	if err := cmd.Run(ctx); err != nil {
		var ee *exitError
		if errors.As(err, &ee) {
			if ee.err != nil && ee.err.Error() != "" {
				fmt.Fprintf(m.Stderr, "actas %s: %v\n", name, ee.err)
			}
			return ee.code
		}
		fmt.Fprintf(m.Stderr, "actas %s: %v\n", name, err)
		return 1
	}
	return 0
}

// usage lists the subcommands.
func (m *Main) usage(w io.Writer) {
	fmt.Fprintln(w, "actas: meeting reports of the Regional Conference on Migration, in DuckDB and in the browser.")
	fmt.Fprintln(w, "\nUsage: actas COMMAND [flags] [args]\n\nCommands:")
	names := make([]string, 0, len(m.commands))
	for n := range m.commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, m.commands[n].summary)
	}
	fmt.Fprintln(w, "\nEvery command takes --db PATH (default ./actas.duckdb, or $ACTAS_DB).")
	fmt.Fprintln(w, "Run 'actas COMMAND --help' for its flags and an example.")
}

// newFlagSet returns a flag set for a subcommand with the shared --db flag,
// and help text that ends with an example.
func (m *Main) newFlagSet(name, synopsis, example string, db *string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	def := os.Getenv("ACTAS_DB")
	if def == "" {
		def = "actas.duckdb"
	}
	if db != nil {
		fs.StringVar(db, "db", def, "DuckDB database file (env ACTAS_DB)")
	}
	fs.Usage = func() {
		out := fs.Output()
		fmt.Fprintf(out, "Usage: actas %s\n\n%s\n\nFlags:\n", name, synopsis)
		fs.PrintDefaults()
		fmt.Fprintf(out, "\nExample:\n  %s\n", strings.ReplaceAll(example, "\n", "\n  "))
	}
	return fs
}

// parse parses args, turning flag errors into usage errors; help goes to
// standard output.
func parse(fs *flag.FlagSet, args []string) error {
	for _, a := range args {
		if a == "-h" || a == "--help" || a == "-help" {
			fs.SetOutput(os.Stdout)
			fs.Usage()
			return flag.ErrHelp
		}
		if a == "--" {
			break
		}
	}
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	return nil
}
