package main

import (
	"context"
	"fmt"

	"actas/ingest"
	"actas/ingest/load"
)

// parseShard reads the --shard flag; empty is every file.
func parseShard(s string) (ingest.Shard, error) {
	if s == "" {
		return ingest.Shard{}, nil
	}
	sh, err := ingest.ParseShard(s)
	if err != nil {
		return sh, &exitError{code: 2, err: err}
	}
	return sh, nil
}

// lakeName names a shard's files in a lake: shard-K-of-N, or all.
func lakeName(sh ingest.Shard) string {
	if sh.N <= 1 {
		return "all"
	}
	return fmt.Sprintf("shard-%d-of-%d", sh.K, sh.N)
}

// writeLake writes what the database holds to the --out-parquet lake.
func (c *IngestCommand) writeLake(ctx context.Context, st *load.Store, sh ingest.Shard, sum ingest.Summary) error {
	if err := st.ExportLake(ctx, c.outParquet, lakeName(sh), sum.RunID); err != nil {
		return err
	}
	fmt.Fprintf(c.main.Stderr, "wrote %s of the lake %s\n", lakeName(sh), c.outParquet)
	if sum.Failed > 0 {
		return &exitError{code: 1, err: fmt.Errorf("%d of %d files failed (see above and the ingest_errors table)", sum.Failed, sum.Files)}
	}
	return nil
}
