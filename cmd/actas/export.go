package main

import (
	"context"
	"fmt"

	"actas/analytics/export"
)

// ExportCommand writes every public table to files.
type ExportCommand struct {
	main   *Main
	db     string
	format string
	out    string
}

// ParseFlags parses the export command's flags.
func (c *ExportCommand) ParseFlags(args []string) error {
	fs := c.main.newFlagSet("export [--db PATH] --format parquet|csv|json --out DIR",
		"Write every public table to DIR/TABLE/...: Parquet (through Arrow, partitioned by year=\n"+
			"where a table has a year), CSV or newline-delimited JSON.",
		"actas export --format parquet --out export/\n"+
			"duckdb -c \"select * from read_parquet('export/fact_participation/*/*.parquet', hive_partitioning=true)\"", &c.db)
	fs.StringVar(&c.format, "format", "parquet", "parquet, csv or json")
	fs.StringVar(&c.out, "out", "", "output folder (required)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if _, err := export.ParseFormat(c.format); err != nil {
		fmt.Fprintf(c.main.Stderr, "actas export: %v\n", err)
		return errUsage
	}
	if c.out == "" {
		fmt.Fprintln(c.main.Stderr, "actas export: --out DIR is required")
		return errUsage
	}
	return nil
}

// Run exports the tables.
func (c *ExportCommand) Run(ctx context.Context) error {
	f, _ := export.ParseFormat(c.format)
	db, err := openRead(c.db)
	if err != nil {
		return err
	}
	defer db.Close()
	files, err := export.Export(ctx, db, f, c.out)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.main.Stderr, "export: wrote %d files under %s\n", len(files), c.out)
	return nil
}
