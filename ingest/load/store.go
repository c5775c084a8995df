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

// RawSchema is the schema holding the raw extraction rows (raw.raw_meetings, ...).
const RawSchema = "raw"

//go:embed schema.sql
var schemaSQL string

//go:embed migrate.sql
var migrateSQL string

// RawTables lists the tables of RawSchema, in load order.
var RawTables = []string{"raw_meetings", "raw_participants", "raw_agreements",
	"raw_agreement_actions", "raw_agreement_mentions", "raw_commitments"}

// Store is a DuckDB file holding documents and raw extraction rows. Its
// methods are safe for concurrent use; writes are serialised.
type Store struct {
	db      *sql.DB
	mu      sync.Mutex // serialises writes
	aborted []int64
}

// Open opens or creates the DuckDB file at path, creates the tables that are
// missing, upgrades older layouts and marks the runs a killed process left
// unfinished as aborted.
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
	if s.aborted, err = s.abortUnfinished(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

// migrate runs the idempotent DDL, upgrades an older layout and records the
// schema version once.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, schemaSQL); err != nil {
		return fmt.Errorf("create tables: %w", err)
	}
	if err := s.upgrade(ctx); err != nil {
		return err
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

// upgrade moves the raw tables of an older database from main to RawSchema and
// rebuilds an ingest_runs whose run_id has a sequence default, each in one
// transaction followed by a checkpoint.
func (s *Store) upgrade(ctx context.Context) error {
	var oldRaw, oldRuns int
	err := s.db.QueryRowContext(ctx, `select
		(select count(*) from duckdb_tables() where database_name = current_database()
			and schema_name = 'main' and table_name = 'raw_meetings'),
		(select count(*) from duckdb_columns() where database_name = current_database()
			and schema_name = 'main' and table_name = 'ingest_runs'
			and (column_name = 'run_id' and column_default is not null))
		+ (select 1 - count(*) from duckdb_columns() where database_name = current_database()
			and schema_name = 'main' and table_name = 'ingest_runs' and column_name = 'status')`).Scan(&oldRaw, &oldRuns)
	if err != nil {
		return fmt.Errorf("upgrade: %w", err)
	}
	if oldRaw == 0 && oldRuns == 0 {
		return nil
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("upgrade: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "begin transaction"); err != nil {
		return fmt.Errorf("upgrade: %w", err)
	}
	var stmts []string
	if oldRaw > 0 {
		for _, t := range RawTables {
			stmts = append(stmts, fmt.Sprintf("insert into %s.%s select * from main.%s", RawSchema, t, t),
				"drop table main."+t)
		}
	}
	if oldRuns > 0 {
		stmts = append(stmts, splitStatements(migrateSQL)...)
	}
	for _, q := range stmts {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			conn.ExecContext(context.Background(), "rollback")
			return fmt.Errorf("upgrade: %s: %w", q, err)
		}
	}
	if _, err := conn.ExecContext(ctx, "commit"); err != nil {
		conn.ExecContext(context.Background(), "rollback")
		return fmt.Errorf("upgrade: %w", err)
	}
	if _, err := conn.ExecContext(ctx, "checkpoint"); err != nil {
		return fmt.Errorf("upgrade: checkpoint: %w", err)
	}
	return nil
}

// abortUnfinished marks the runs left running by a process that died as
// aborted and returns their ids.
func (s *Store) abortUnfinished(ctx context.Context) ([]int64, error) {
	rs, err := s.db.QueryContext(ctx, `update ingest_runs set status = 'aborted'
		where finished_at is null and coalesce(status, 'running') = 'running' returning run_id`)
	if err != nil {
		return nil, fmt.Errorf("mark unfinished runs aborted: %w", err)
	}
	defer rs.Close()
	var ids []int64
	for rs.Next() {
		var id int64
		if err := rs.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rs.Err()
}

// Aborted lists the runs that Open found unfinished (their process was
// killed) and marked aborted.
func (s *Store) Aborted() []int64 { return s.aborted }

// DB returns the underlying database handle.
func (s *Store) DB() *sql.DB { return s.db }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }
