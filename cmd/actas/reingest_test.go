package main

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestReingestSkipsTransform checks that an ingest that changed nothing
// keeps the tables without rebuilding them, and that a new report, new
// corrections or a run that did not finish make the next ingest rebuild.
func TestReingestSkipsTransform(t *testing.T) {
	dir := t.TempDir()
	copyFile(t, filepath.Join("testdata", "rcgm-managua-2014-11.en.txt"), filepath.Join(dir, "a.txt"))
	db := filepath.Join(t.TempDir(), "re.duckdb")
	const skipped = "transform: skipped"
	ingest := func(wantSkip bool) string {
		t.Helper()
		_, stderr, code := actas(t, "", "ingest", "--db", db, dir)
		if code != 0 || strings.Contains(stderr, skipped) != wantSkip {
			t.Fatalf("ingest: exit %d, want the transform skipped: %v\n%s", code, wantSkip, stderr)
		}
		return stderr
	}
	ingest(false)
	ingest(true)

	copyFile(t, filepath.Join("testdata", "crm-rfepc-2017-11-27.es.txt"), filepath.Join(dir, "b.txt"))
	ingest(false)
	var n int
	ro := openDB(t, db)
	if err := ro.QueryRow(`select count(*) from meetings_all`).Scan(&n); err != nil || n != 2 {
		t.Errorf("meetings after a new report: %d, want 2 (%v)", n, err)
	}
	ro.Close()
	ingest(true)

	corrections := filepath.Join(filepath.Dir(db), "corrections.csv")
	if err := os.WriteFile(corrections, []byte("table,id,column,value,note\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	future := time.Now().Add(time.Minute)
	os.Chtimes(corrections, future, future)
	ingest(false)
	os.Remove(corrections)

	// A run that did not finish (killed) may have loaded documents the tables miss.
	rw, err := sql.Open("duckdb", db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rw.Exec(`insert into ingest_runs (run_id, started_at, status) select max(run_id) + 1, now()::timestamp + interval 1 minute, 'running' from ingest_runs`); err != nil {
		t.Fatal(err)
	}
	rw.Close()
	ingest(false)
}
