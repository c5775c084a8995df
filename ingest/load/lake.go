package load

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// lakeTable is a table of a Parquet lake: its schema, its name, and the
// expression of a row r's document id (empty: rows of no one document).
type lakeTable struct {
	schema, name, doc string
}

// lakeTables are the tables a shard writes to a lake, documents first.
var lakeTables = []lakeTable{
	{"main", "documents", "r.document_id"},
	{"main", "document_paths", ""},
	{"main", "document_pages", "r.document_id"},
	{RawSchema, "raw_meetings", "r.document_id"},
	{RawSchema, "raw_participants", "r.meeting_id"},
	{RawSchema, "raw_agreements", "r.meeting_id"},
	{RawSchema, "raw_agreement_actions", "split_part(r.agreement_id, '-', 1)"},
	{RawSchema, "raw_agreement_mentions", "split_part(r.agreement_id, '-', 1)"},
	{RawSchema, "raw_commitments", "r.meeting_id"},
	{"main", "ingest_errors", ""},
}

// ExportLake writes every loaded row as Parquet to dir/TABLE/name.parquet,
// one file per table: a shard's part of a lake that ImportLake reads. Each
// file appears whole (written aside, then renamed).
func (s *Store) ExportLake(ctx context.Context, dir, name string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, t := range lakeTables {
		sub := filepath.Join(dir, t.name)
		if err := os.MkdirAll(sub, 0o755); err != nil {
			return fmt.Errorf("export lake: %w", err)
		}
		file := filepath.Join(sub, name+".parquet")
		tmp := file + ".tmp"
		q := fmt.Sprintf(`copy (select * from %s.%s) to %s (format parquet)`, t.schema, t.name, quote(tmp))
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("export lake %s: %w", t.name, err)
		}
		if err := os.Rename(tmp, file); err != nil {
			return fmt.Errorf("export lake: %w", err)
		}
	}
	return nil
}

// ImportLake loads the rows of every shard under dir in one transaction.
// Content found by several shards (the same file at several paths) is kept
// once, from the shard holding its first path, with all its paths; a
// document already loaded is replaced.
func (s *Store) ImportLake(ctx context.Context, dir string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("import lake: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "begin transaction"); err != nil {
		return fmt.Errorf("import lake: %w", err)
	}
	for _, q := range importStatements(dir) {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			conn.ExecContext(context.Background(), "rollback")
			return fmt.Errorf("import lake %s: %w", dir, err)
		}
	}
	if _, err := conn.ExecContext(ctx, "commit"); err != nil {
		conn.ExecContext(context.Background(), "rollback")
		return fmt.Errorf("import lake %s: commit: %w", dir, err)
	}
	return nil
}

// importStatements are the statements of ImportLake: choose each document's
// shard, replace what is loaded of those documents, insert by column name.
func importStatements(dir string) []string {
	read := func(table string) string {
		return fmt.Sprintf("read_parquet(%s, filename = true, union_by_name = true)",
			quote(filepath.Join(dir, table, "*.parquet")))
	}
	qs := []string{
		"drop table if exists temp.lake_docs",
		`create temp table lake_docs as select * exclude (filename), parse_filename(filename) as lake_shard from ` +
			read("documents") + ` qualify row_number() over (partition by document_id order by path, filename) = 1`,
	}
	for i := len(lakeTables) - 1; i >= 0; i-- { // children first
		t := lakeTables[i]
		key := strings.ReplaceAll(t.doc, "r.", "")
		if t.name == "document_paths" {
			key = "document_id"
		}
		if key != "" {
			qs = append(qs, fmt.Sprintf(`delete from %s.%s where %s in (select document_id from temp.lake_docs)`, t.schema, t.name, key))
		}
	}
	for _, t := range lakeTables {
		target := t.schema + "." + t.name
		switch {
		case t.name == "documents":
			qs = append(qs, `insert into `+target+` by name select * exclude (lake_shard) from temp.lake_docs`)
		case t.doc == "":
			qs = append(qs, `insert into `+target+` by name select distinct * exclude (filename) from `+read(t.name))
		default:
			qs = append(qs, fmt.Sprintf(`insert into %s by name select * exclude (filename) from %s r
				where exists (select 1 from temp.lake_docs d where d.document_id = %s and d.lake_shard = parse_filename(r.filename))`,
				target, read(t.name), t.doc))
		}
	}
	return append(qs, "drop table temp.lake_docs")
}

// quote is s as a SQL string literal.
func quote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}
