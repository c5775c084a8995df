package load

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"testing"
)

func TestRuns(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	id1, err := s.StartRun(ctx)
	if err != nil {
		t.Fatal(err)
	}
	id2, err := s.StartRun(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if id2 <= id1 {
		t.Errorf("run ids %d then %d, want increasing", id1, id2)
	}
	if err := s.RecordError(ctx, id2, "/bad.pdf", "extract", "truncated PDF"); err != nil {
		t.Fatal(err)
	}
	if err := s.FinishRun(ctx, id2, RunFinished, 3, 1, 1, 1, 0); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s.DB(), "ingest_runs", "run_id = ? and finished_at is not null and files = 3 and failed = 1", id2); n != 1 {
		t.Errorf("finished run not recorded")
	}
	if n := count(t, s.DB(), "ingest_errors", "run_id = ? and stage = 'extract'", id2); n != 1 {
		t.Errorf("error not recorded")
	}
	if err := s.FinishRun(ctx, 999, RunFinished, 0, 0, 0, 0, 0); err == nil {
		t.Errorf("FinishRun of an unknown run: want error")
	}
}

func TestOpenMarksUnfinishedRunsAborted(t *testing.T) {
	path := filepath.Join(t.TempDir(), "actas.duckdb")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	done, _ := s.StartRun(ctx)
	if err := s.FinishRun(ctx, done, RunFinished, 0, 0, 0, 0, 0); err != nil {
		t.Fatal(err)
	}
	killed, _ := s.StartRun(ctx) // its process dies: never finished
	s.Close()
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := s.Aborted(); len(got) != 1 || got[0] != killed {
		t.Errorf("Aborted() = %v, want [%d]", got, killed)
	}
	if n := count(t, s.DB(), "ingest_runs", "status = 'aborted' and run_id = ?", killed); n != 1 {
		t.Errorf("killed run not marked aborted")
	}
	if n := count(t, s.DB(), "ingest_runs", "status = 'finished' and run_id = ?", done); n != 1 {
		t.Errorf("finished run changed")
	}
}

// TestOpenUpgradesOldLayout opens a database written by the first schema
// (raw tables in main, run_id from a sequence) and checks it is moved to
// the raw schema, its unfinished run aborted, and a comment on run_id
// survives a crash (a write-ahead log replayed on the next open).
func TestOpenUpgradesOldLayout(t *testing.T) {
	old, err := os.ReadFile("testdata/schema_v0.sql")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "old.duckdb")
	db, err := sql.Open("duckdb", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{string(old),
		`insert into ingest_runs (started_at, finished_at) values (now(), now()), (now(), null)`,
		`insert into raw_meetings (meeting_id, document_id, city) values ('m1', 'm1', 'Antigua')`} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if n := count(t, s.DB(), "raw_meetings", "city = 'Antigua'"); n != 1 {
		t.Errorf("raw.raw_meetings: %d rows, want 1", n)
	}
	if n := count(t, s.DB(), "duckdb_tables()", "schema_name = 'main' and table_name like 'raw_%'"); n != 0 {
		t.Errorf("raw tables left in main")
	}
	if n := count(t, s.DB(), "ingest_runs", "status = 'aborted' and run_id = 2"); n != 1 {
		t.Errorf("unfinished run 2 not aborted")
	}
	id, err := s.StartRun(context.Background())
	if err != nil || id != 3 {
		t.Errorf("StartRun = %d, %v; want 3", id, err)
	}
	if _, err := s.DB().Exec(`comment on column ingest_runs.run_id is 'run number'`); err != nil {
		t.Fatal(err)
	}
	// Copy the file and its WAL as a kill would leave them, and open the copy.
	crashed := filepath.Join(t.TempDir(), "crashed.duckdb")
	for _, suffix := range []string{"", ".wal"} {
		b, err := os.ReadFile(path + suffix)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(crashed+suffix, b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	c, err := Open(crashed)
	if err != nil {
		t.Fatalf("open after a crash: %v", err)
	}
	c.Close()
}
