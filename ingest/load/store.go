// Package load writes documents, their pages and the raw extraction rows into
// a DuckDB file, one transaction per document.
package load

import (
	"context"
	"database/sql"
	_ "embed"
	"fmt"
	"sync"

	_ "github.com/duckdb/duckdb-go/v2" // registers the "duckdb" driver
)

// SchemaVersion is the version of the tables this package writes.
const SchemaVersion = 1

//go:embed schema.sql
var schemaSQL string

// Store is a DuckDB file holding documents and raw extraction rows. Its
// methods are safe for concurrent use; writes are serialised.
type Store struct {
	db *sql.DB
	mu sync.Mutex // serialises writes
}

// Open opens or creates the DuckDB file at path and creates the tables that
// are missing.
func Open(path string) (*Store, error) {
	db, err := sql.Open("duckdb", path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s := &Store{db: db}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

// migrate runs the idempotent DDL and records the schema version once.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, schemaSQL); err != nil {
		return fmt.Errorf("create tables: %w", err)
	}
	_, err := s.db.ExecContext(ctx, `insert into schema_version (component, version)
		select 'load', ? where not exists
		(select 1 from schema_version where component = 'load' and version = ?)`,
		SchemaVersion, SchemaVersion)
	if err != nil {
		return fmt.Errorf("record schema version: %w", err)
	}
	return nil
}

// DB returns the underlying database handle.
func (s *Store) DB() *sql.DB { return s.db }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }
