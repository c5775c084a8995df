package transform

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	"actas/ingest/load"
)

func TestPublish(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "actas.duckdb")
	s, err := load.Open(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a := buildArchive(t, s)
	if _, err := Run(context.Background(), s.DB(), Options{Reference: testRef, Followup: noFollowup}); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 2; i++ { // a second publish replaces the first
		path, err := Publish(context.Background(), s.DB(), dbPath)
		if err != nil {
			t.Fatal(err)
		}
		if path != dbPath+".snapshot" {
			t.Errorf("path = %s", path)
		}
	}
	if _, err := os.Stat(dbPath + ".snapshot.tmp"); !os.IsNotExist(err) {
		t.Errorf("temporary file left behind: %v", err)
	}
	// The writer stays open; a read-only connection opens the snapshot.
	ro, err := sql.Open("duckdb", dbPath+".snapshot?access_mode=read_only")
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	runChecks(t, ro, a, []check{
		{"meetings", "select count(*) from meetings_all", "4"},
		{"facts", "select count(*) from fact_participation", "24"},
		{"pages", "select count(*) from document_pages", "4"},
		{"comments", "select comment is not null from duckdb_tables() where table_name = 'meetings'", "true"},
	})
	if _, err := ro.Exec("create table x (a int)"); err == nil {
		t.Error("snapshot opened writable")
	}
	// The writer still works.
	if _, err := s.DB().Exec("insert into ingest_errors values (1, 'x', 'load', 'y')"); err != nil {
		t.Fatal(err)
	}
}

func TestPublishBadPath(t *testing.T) {
	s := openStore(t)
	if _, err := Publish(context.Background(), s.DB(), "/no/such/dir/actas.duckdb"); err == nil {
		t.Fatal("want error")
	}
}
