package transform

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunMemoryLimit checks a transform runs under a small memory limit with
// its temporary directory beside the database, puts the previous limit back,
// and fails clearly on a limit DuckDB cannot read.
func TestRunMemoryLimit(t *testing.T) {
	s := openStore(t)
	buildArchive(t, s)
	db := s.DB()
	if _, err := db.Exec("set memory_limit = '4GiB'"); err != nil {
		t.Fatal(err)
	}
	before := value(t, db, "select current_setting('memory_limit')")
	if _, err := Run(context.Background(), db, Options{Reference: testRef, MemoryLimit: "256MB"}); err != nil {
		t.Fatal(err)
	}
	if got := value(t, db, "select current_setting('memory_limit')"); got != before {
		t.Errorf("memory_limit %s after the transform, want %s back", got, before)
	}
	path := value(t, db, "select path from duckdb_databases() where database_name = current_database()")
	if got, want := value(t, db, "select current_setting('temp_directory')"), path+".tmp"; filepath.Clean(got) != filepath.Clean(want) {
		t.Errorf("temp_directory %s, want %s", got, want)
	}
	_, err := Run(context.Background(), db, Options{Reference: testRef, MemoryLimit: "lots"})
	if err == nil || !strings.Contains(err.Error(), "memory limit lots") {
		t.Errorf("error %v, want one naming the memory limit", err)
	}
	if got := value(t, db, "select count(*) > 0 from commitments"); got != "true" {
		t.Errorf("commitments lost after a failed transform")
	}
}
