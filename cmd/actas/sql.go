package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/term"

	"actas/analytics/sqlshell"
)

// SQLCommand runs SQL on the database: a query argument, a file, standard
// input, or an interactive prompt on a terminal.
type SQLCommand struct {
	main   *Main
	db     string
	format string
	file   string
	query  string
}

// ParseFlags parses the sql command's flags and query.
func (c *SQLCommand) ParseFlags(args []string) error {
	fs := c.main.newFlagSet("sql [--db PATH] [--format table|csv|json] [-f FILE] [QUERY]",
		"Run SQL on the database (read-only) and print each result. With no QUERY and no -f, read\n"+
			"statements from standard input, or open an interactive prompt on a terminal.\n"+
			"--format json prints one JSON array of objects.",
		"actas sql \"select body_en, count(*) from meetings group by 1\"\n"+
			"actas sql --format json \"select * from commitments where status = 'overdue'\"", &c.db)
	fs.StringVar(&c.format, "format", "table", "output format: table, csv or json")
	fs.StringVar(&c.file, "f", "", "read the SQL from FILE")
	if err := parse(fs, args); err != nil {
		return err
	}
	if _, err := sqlshell.ParseFormat(c.format); err != nil {
		fmt.Fprintf(c.main.Stderr, "actas sql: %v\n", err)
		return errUsage
	}
	c.query = strings.Join(fs.Args(), " ")
	if c.query != "" && c.file != "" {
		fmt.Fprintln(c.main.Stderr, "actas sql: give a QUERY or -f FILE, not both")
		return errUsage
	}
	return nil
}

// Run executes the SQL.
func (c *SQLCommand) Run(ctx context.Context) error {
	f, _ := sqlshell.ParseFormat(c.format)
	db, err := openRead(c.db)
	if err != nil {
		return err
	}
	defer db.Close()
	query := c.query
	switch {
	case c.file != "":
		b, err := os.ReadFile(c.file)
		if err != nil {
			return fmt.Errorf("read %s: %w", c.file, err)
		}
		query = string(b)
	case query == "":
		if in, ok := c.main.Stdin.(*os.File); ok && term.IsTerminal(int(in.Fd())) {
			home, _ := os.UserHomeDir()
			return sqlshell.Interactive(ctx, db, c.main.Stdin, c.main.Stdout, filepath.Join(home, ".actas_history"))
		}
		b, err := io.ReadAll(c.main.Stdin)
		if err != nil {
			return fmt.Errorf("read standard input: %w", err)
		}
		query = string(b)
	}
	return sqlshell.Run(ctx, db, query, f, c.main.Stdout)
}
