// Package sqlshell runs SQL for analysts against the actas database and
// prints the results as an aligned table, CSV or one JSON array.
package sqlshell

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"io"
	"strings"
)

// Format is how results are printed.
type Format string

// The output formats.
const (
	FormatTable Format = "table"
	FormatCSV   Format = "csv"
	FormatJSON  Format = "json"
)

// ParseFormat returns the Format named s, or an error listing the formats.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(strings.TrimSpace(s))); f {
	case FormatTable, FormatCSV, FormatJSON:
		return f, nil
	}
	return "", fmt.Errorf("unknown format %q (want table, csv or json)", s)
}

// Run runs the ;-separated statements of query in order on one connection
// and prints each result to w in format f. With FormatJSON the rows of every
// result form one JSON array, [] when there are none.
func Run(ctx context.Context, db *sql.DB, query string, f Format, w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	out, err := newSink(f, bw)
	if err != nil {
		return err
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("sql: %w", err)
	}
	defer conn.Close()
	stmts := Split(query)
	for i, stmt := range stmts {
		if err := runStatement(ctx, conn, stmt, out); err != nil {
			bw.Flush()
			if len(stmts) > 1 {
				return fmt.Errorf("sql statement %d of %d (%s): %w", i+1, len(stmts), abbreviate(stmt), err)
			}
			return fmt.Errorf("sql: %w", err)
		}
	}
	if err := out.finish(); err != nil {
		return fmt.Errorf("sql output: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("sql output: %w", err)
	}
	return nil
}

// runQuery runs one statement with args bound to its parameters and prints
// its result to w in format f.
func runQuery(ctx context.Context, db *sql.DB, query string, f Format, w io.Writer, args ...any) error {
	bw := bufio.NewWriter(w)
	out, err := newSink(f, bw)
	if err != nil {
		return err
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if err := runStatement(ctx, conn, query, out, args...); err != nil {
		bw.Flush()
		return err
	}
	if err := out.finish(); err != nil {
		return err
	}
	return bw.Flush()
}

// newSink returns the writer for format f.
func newSink(f Format, w *bufio.Writer) (sink, error) {
	switch f {
	case FormatTable, "":
		return &tableSink{w: w}, nil
	case FormatCSV:
		return newCSVSink(w), nil
	case FormatJSON:
		return &jsonSink{w: w}, nil
	}
	return nil, fmt.Errorf("unknown format %q (want table, csv or json)", f)
}

// abbreviate returns the first line of stmt, cut to 40 characters.
func abbreviate(stmt string) string {
	line, _, cut := strings.Cut(stmt, "\n")
	if r := []rune(line); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	if cut {
		return line + " …"
	}
	return line
}
