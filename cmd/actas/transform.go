package main

import (
	"context"
	"fmt"

	"actas/ingest/load"
	"actas/transform"
)

// TransformCommand rebuilds the analysts' tables from the loaded rows.
type TransformCommand struct {
	main        *Main
	db          string
	corrections string
	fromParquet string
	full        bool
	memory      string
}

// ParseFlags parses the transform command's flags.
func (c *TransformCommand) ParseFlags(args []string) error {
	fs := c.main.newFlagSet("transform [--db PATH] [--corrections FILE]",
		"Rebuild the public tables, facts and marts from the loaded reports, apply corrections,\n"+
			"run the data tests and publish a snapshot for the dashboard.",
		"actas transform --corrections corrections.csv", &c.db)
	fs.StringVar(&c.fromParquet, "from-parquet", "", "first load the rows of every shard in this lake (written by 'actas ingest --shard K/N --out-parquet DIR'), creating the database if needed")
	fs.StringVar(&c.corrections, "corrections", "", "corrections CSV (default: corrections.csv beside the database, when present)")
	fs.BoolVar(&c.full, "full", false, "match every commitment's follow-through anew, not only where new or changed reports can change it")
	fs.StringVar(&c.memory, "memory-limit", transform.DefaultMemoryLimit, "DuckDB's memory limit during the transform; beyond it, it spills to <db>.tmp")
	return parse(fs, args)
}

// Run rebuilds the tables.
func (c *TransformCommand) Run(ctx context.Context) error {
	if c.fromParquet == "" {
		if err := requireDB(c.db); err != nil {
			return err
		}
	}
	st, err := load.Open(c.db)
	if err != nil {
		return err
	}
	defer st.Close()
	if c.fromParquet != "" {
		if err := st.ImportLake(ctx, c.fromParquet); err != nil {
			return err
		}
	}
	res, err := rebuild(ctx, st, c.db, transform.Options{Corrections: correctionsPath(c.corrections, c.db),
		FullFollowup: c.full, MemoryLimit: c.memory})
	if err != nil {
		return err
	}
	if res.Recovered {
		fmt.Fprintln(c.main.Stderr, "transform: the previous transform did not finish (killed); its unfinished tables were dropped, the public ones were whole")
	}
	fmt.Fprintf(c.main.Stderr, "transform: %d models, %d data tests passed in %s\n", res.Models, res.Tests, res.Duration.Round(1e6))
	if f := res.Followup; f.Incremental {
		fmt.Fprintf(c.main.Stderr, "transform: follow-through matched %d commitments again, kept %d\n", f.Matched, f.Kept)
	} else {
		fmt.Fprintf(c.main.Stderr, "transform: follow-through matched all %d commitments (%s)\n", f.Matched, f.Why)
	}
	for _, s := range res.Stale {
		fmt.Fprintf(c.main.Stderr, "stale correction (matches nothing): %s\n", s)
	}
	return nil
}
