package analytics

import (
	"database/sql"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	_ "github.com/duckdb/duckdb-go/v2"
)

// buildDB writes a DuckDB file at path from the testdata SQL files, then any extra statements.
func buildDB(t testing.TB, path string, files []string, extra ...string) {
	t.Helper()
	db, err := sql.Open("duckdb", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join("testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(string(b)); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	for _, s := range extra {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	if _, err := db.Exec("CHECKPOINT"); err != nil {
		t.Fatal(err)
	}
}

// fixtureFiles build the fixture database: schema, five meetings, facts and marts.
var fixtureFiles = []string{"schema.sql", "fixture.sql", "derive.sql"}

// publish builds a database beside path and renames it into place, as the writer does.
func publish(t testing.TB, path string, extra ...string) {
	t.Helper()
	tmp := path + ".tmp"
	os.Remove(tmp)
	buildDB(t, tmp, fixtureFiles, extra...)
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

// startServer serves a snapshot of the fixture on a real loopback server.
func startServer(t testing.TB, opt Options) (*Server, *httptest.Server) {
	t.Helper()
	if opt.Snapshot == "" {
		opt.Snapshot = filepath.Join(t.TempDir(), "actas.duckdb.snapshot")
		publish(t, opt.Snapshot)
	}
	if opt.PollInterval == 0 {
		opt.PollInterval = 100 * time.Millisecond
	}
	s, err := NewServer(opt)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(func() {
		ts.Close()
		if err := s.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return s, ts
}

// get fetches url and returns status, body and headers.
func get(t testing.TB, url string) (int, string, http.Header) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b), resp.Header
}

// writeFile writes text to path.
func writeFile(path, text string) error { return os.WriteFile(path, []byte(text), 0o644) }

// readFile returns a file's text.
func readFile(path string) (string, error) {
	b, err := os.ReadFile(path)
	return string(b), err
}
