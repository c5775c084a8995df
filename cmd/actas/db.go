package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"actas/ingest/load"
	"actas/transform"
)

// requireDB returns a clear error when there is no database at path: only
// ingest creates one, so a mistyped --db never leaves an empty database.
func requireDB(path string) error {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("no database at %s (run 'actas ingest --db %s' first)", path, path)
	case err != nil:
		return fmt.Errorf("database %s: %w", path, err)
	case !fi.Mode().IsRegular():
		return fmt.Errorf("database %s: not a regular file", path)
	}
	return nil
}

// openRead opens an existing database for reading only, so that several
// readers can share it.
func openRead(path string) (*sql.DB, error) {
	if err := requireDB(path); err != nil {
		return nil, err
	}
	db, err := sql.Open("duckdb", path+"?access_mode=READ_ONLY")
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return db, nil
}

// correctionsPath returns the corrections file to apply: the flag's value,
// else corrections.csv beside the database when it exists.
func correctionsPath(flagValue, dbPath string) string {
	if flagValue != "" {
		return flagValue
	}
	p := filepath.Join(filepath.Dir(dbPath), "corrections.csv")
	if _, err := os.Stat(p); err == nil {
		return p
	}
	return ""
}

// rebuild runs the transform and publishes a snapshot for the dashboard.
func rebuild(ctx context.Context, st *load.Store, dbPath string, opt transform.Options) (transform.Result, error) {
	res, err := transform.Run(ctx, st.DB(), opt)
	if err != nil {
		return res, stopped(st, dbPath, err)
	}
	t := time.Now()
	if _, err := transform.Publish(ctx, st.DB(), dbPath); err != nil {
		return res, stopped(st, dbPath, fmt.Errorf("publish snapshot: %w", err))
	}
	slog.DebugContext(ctx, "transform: snapshot", "took", time.Since(t).Round(time.Millisecond))
	return res, nil
}

// stopped names the database in err when err left it unusable (a checkpoint
// failed on a full disk): what was committed is whole at the next open, and
// the snapshot the dashboard reads is the one published before.
func stopped(st *load.Store, dbPath string, err error) error {
	err = st.Unusable(err)
	if !errors.Is(err, load.ErrUnusable) {
		return err
	}
	return fmt.Errorf("database %s: %w\nfree space and run the same command again: the next command finds what was committed whole and rebuilds the tables; the dashboard keeps the snapshot published before", dbPath, err)
}
