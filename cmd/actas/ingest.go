package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"

	"actas/ingest"
	"actas/ingest/load"
	"actas/ingest/worker"
	"actas/transform"
)

// IngestCommand loads report files into the database, then rebuilds the tables.
type IngestCommand struct {
	main        *Main
	db          string
	workers     int
	corrections string
	paths       []string
	shard       string // K/N: only this shard's files (see lake.go)
	outParquet  string // write the loaded rows to this lake instead of transforming
	rehash      bool   // read and hash every file, even those whose size and mtime are unchanged
}

// ParseFlags parses the ingest command's flags and paths.
func (c *IngestCommand) ParseFlags(args []string) error {
	fs := c.main.newFlagSet("ingest [--db PATH] [--workers N] PATH...",
		"Load reports (PDF, DOCX, HTML, text; files, folders, .zip archives, or - for a list of\n"+
			"paths on standard input) into the database, then rebuild the tables (kept when nothing\n"+
			"changed since the last transform). Unchanged files are skipped; a file that fails is\n"+
			"recorded in ingest_errors and the others still load.\n"+
			"Exit status 1 when some file failed.",
		"actas ingest --db actas.duckdb data/reports/ archive-2019.zip\n"+
			"find /archive -name '*.pdf' | actas ingest -", &c.db)
	fs.IntVar(&c.workers, "workers", 0, "files processed at once (default: number of CPUs)")
	fs.BoolVar(&c.rehash, "rehash", false, "read and hash every file; by default a file with the size and modification time it was loaded with is counted unchanged without being read")
	fs.StringVar(&c.shard, "shard", "", "K/N: load only the files whose path hash falls in shard K of N (0 <= K < N), for one machine of many")
	fs.StringVar(&c.outParquet, "out-parquet", "", "write the loaded rows as Parquet under DIR/TABLE/ (a lake that 'actas transform --from-parquet DIR' reads) and skip the transform")
	fs.StringVar(&c.corrections, "corrections", "", "corrections CSV applied by the transform (default: corrections.csv beside the database, when present)")
	if err := parse(fs, args); err != nil {
		return err
	}
	c.paths = fs.Args()
	if len(c.paths) == 0 {
		fmt.Fprintln(c.main.Stderr, "actas ingest: no PATH given")
		fs.Usage()
		return errUsage
	}
	return nil
}

// Run ingests the paths and rebuilds the tables.
func (c *IngestCommand) Run(ctx context.Context) error {
	st, err := load.Open(c.db)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, id := range st.Aborted() {
		fmt.Fprintf(c.main.Stderr, "ingest run %d did not finish (its process was killed); marked aborted\n", id)
	}
	opt := ingest.Options{Workers: c.workers, Progress: c.main.Stderr, Stdin: c.main.Stdin, Rehash: c.rehash}
	if opt.Shard, err = parseShard(c.shard); err != nil {
		return err
	}
	sum, err := ingest.Run(ctx, st, c.paths, opt)
	worker.Shutdown() // the PDF worker processes are not needed for the transform
	if err != nil && ctx.Err() != nil {
		fmt.Fprint(c.main.Stderr, sum.String())
		return fmt.Errorf("interrupted: run %d recorded as interrupted with the %d files loaded so far; the tables were not rebuilt (run the same command again to finish)", sum.RunID, sum.Loaded)
	}
	if err != nil {
		return fmt.Errorf("database %s: %w", c.db, err)
	}
	fmt.Fprint(c.main.Stderr, sum.String())
	if c.outParquet != "" {
		return c.writeLake(ctx, st, opt.Shard, sum)
	}
	corrections := correctionsPath(c.corrections, c.db)
	if tablesFresh(ctx, st, c.db, corrections, sum) {
		fmt.Fprintln(c.main.Stderr, "transform: skipped, the tables are up to date (nothing loaded since the last transform; 'actas transform' rebuilds them anyway)")
		return nil
	}
	res, err := rebuild(ctx, st, c.db, transform.Options{Corrections: corrections})
	if err != nil {
		return err
	}
	if res.Recovered {
		fmt.Fprintln(c.main.Stderr, "transform: the previous transform did not finish (killed); its unfinished tables were dropped, the public ones were whole")
	}
	for _, s := range res.Stale {
		slog.Warn("stale correction", "correction", s)
	}
	if sum.Failed > 0 {
		return &exitError{code: 1, err: fmt.Errorf("%d of %d files failed (see above and the ingest_errors table)", sum.Failed, sum.Files)}
	}
	return nil
}

// tablesFresh reports whether the tables the last transform published still
// hold, so that a run that changed nothing need not rebuild them: the run
// loaded, failed and newly found nothing, and the snapshot was published
// after every other run that loaded something or did not finish, after the
// corrections file changed and after this program was built.
func tablesFresh(ctx context.Context, st *load.Store, dbPath, corrections string, sum ingest.Summary) bool {
	if sum.Loaded > 0 || sum.Failed > 0 || sum.NewPaths > 0 {
		return false
	}
	snap, err := os.Stat(dbPath + ".snapshot")
	if err != nil {
		return false
	}
	published := snap.ModTime()
	exe, err := os.Executable()
	if err != nil {
		return false
	}
	for _, f := range []string{exe, corrections} {
		if f == "" {
			continue
		}
		if fi, err := os.Stat(f); err != nil || !fi.ModTime().Before(published) {
			return false
		}
	}
	var later int
	err = st.DB().QueryRowContext(ctx, `select count(*) from ingest_runs where run_id <> ?
		and coalesce(finished_at, started_at) >= ?::timestamp
		and (coalesce(status, '') <> 'finished' or coalesce(loaded, 1) > 0)`,
		sum.RunID, published.UTC().Format("2006-01-02 15:04:05.999999")).Scan(&later)
	return err == nil && later == 0
}
