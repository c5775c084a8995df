package ingest

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"actas/ingest/load"
	"actas/ingest/worker"
)

// TestMain lets the test binary serve as the PDF worker process.
func TestMain(m *testing.M) {
	if worker.IsChild() {
		os.Exit(worker.Serve())
	}
	os.Exit(m.Run())
}

// testOptions are the options every test runs with: two workers, quiet, and
// the real PDF worker and extractor.
func testOptions() Options {
	return Options{Workers: 2, Progress: io.Discard}
}

// openStore opens a fresh DuckDB file in a temporary folder.
func openStore(t testing.TB) *load.Store {
	t.Helper()
	st, err := load.Open(filepath.Join(t.TempDir(), "actas.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// runOK runs an ingest and fails the test on a fatal error.
func runOK(t testing.TB, st *load.Store, paths []string, opt Options) Summary {
	t.Helper()
	sum, err := Run(context.Background(), st, paths, opt)
	if err != nil {
		t.Fatalf("Run: %v\n%s", err, sum)
	}
	if sum.Files != sum.Loaded+sum.Unchanged+sum.Failed {
		t.Fatalf("files %d != loaded %d + unchanged %d + failed %d", sum.Files, sum.Loaded, sum.Unchanged, sum.Failed)
	}
	return sum
}

// copyTree copies the folder src to a new temporary folder and returns it.
func copyTree(t testing.TB, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// queryInt runs a query returning one integer.
func queryInt(t testing.TB, st *load.Store, q string, args ...any) int {
	t.Helper()
	var n int
	if err := st.DB().QueryRow(q, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

// docIDs maps each loaded document's path to its id.
func docIDs(t testing.TB, st *load.Store) map[string]string {
	t.Helper()
	rows, err := st.DB().Query(`select path, document_id from documents`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	ids := map[string]string{}
	for rows.Next() {
		var p, id string
		if err := rows.Scan(&p, &id); err != nil {
			t.Fatal(err)
		}
		ids[p] = id
	}
	return ids
}

// errorsOf returns the ingest_errors rows of a run as path → stage.
func errorsOf(t testing.TB, st *load.Store, runID int64) map[string]string {
	t.Helper()
	rows, err := st.DB().Query(`select path, stage from ingest_errors where run_id = ?`, runID)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	m := map[string]string{}
	for rows.Next() {
		var p, s string
		if err := rows.Scan(&p, &s); err != nil {
			t.Fatal(err)
		}
		m[p] = s
	}
	return m
}
