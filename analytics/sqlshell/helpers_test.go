package sqlshell

import (
	"bytes"
	"context"
	"database/sql"
	"path/filepath"
	"testing"
)

// openDB opens a DuckDB file in a temporary directory and runs setup on it.
func openDB(t testing.TB, setup string) *sql.DB {
	t.Helper()
	db, err := sql.Open("duckdb", filepath.Join(t.TempDir(), "test.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if setup != "" {
		if _, err := db.Exec(setup); err != nil {
			t.Fatalf("setup: %v", err)
		}
	}
	return db
}

// run runs query in format f and returns what it printed.
func run(t testing.TB, db *sql.DB, query string, f Format) string {
	t.Helper()
	var out bytes.Buffer
	if err := Run(context.Background(), db, query, f, &out); err != nil {
		t.Fatalf("Run(%q): %v", query, err)
	}
	return out.String()
}
