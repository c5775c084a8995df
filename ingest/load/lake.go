package load

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// lakeTable is a table of a Parquet lake: its schema, its name, and the
// expression of a row r's document id (empty: rows of no one document).
type lakeTable struct {
	schema, name, doc string
}

// lakeTables are the document tables a shard writes to a lake, documents first.
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
}

// lakeRunTables are the run log tables a shard writes to a lake: the paths
// its run could not load or did not read, with why.
var lakeRunTables = []string{"ingest_errors", "ingest_skipped"}

// ExportLake writes every loaded row as Parquet to dir/TABLE/name.parquet,
// one file per table, with the failed and skipped paths of run runID: a
// shard's part of a lake that ImportLake reads. Each file appears whole
// (written aside, then renamed).
func (s *Store) ExportLake(ctx context.Context, dir, name string, runID int64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	queries := map[string]string{}
	for _, t := range lakeTables {
		queries[t.name] = fmt.Sprintf(`select * from %s.%s`, t.schema, t.name)
	}
	for _, t := range lakeRunTables {
		queries[t] = fmt.Sprintf(`select * from main.%s where run_id = %d`, t, runID)
	}
	for table, q := range queries {
		sub := filepath.Join(dir, table)
		if err := os.MkdirAll(sub, 0o755); err != nil {
			return fmt.Errorf("export lake: %w", err)
		}
		file := filepath.Join(sub, name+".parquet")
		tmp := file + ".tmp"
		if _, err := s.db.ExecContext(ctx, fmt.Sprintf(`copy (%s) to %s (format parquet)`, q, quote(tmp))); err != nil {
			return fmt.Errorf("export lake %s: %w", table, err)
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
// document already loaded is replaced. The import is recorded as a run
// holding the lake's failed and skipped paths, which replace what earlier
// runs recorded of those paths: importing a lake twice gives the same rows.
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
	for _, q := range importStatements(dir, time.Now().UTC()) {
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
// shard, replace what is loaded of those documents, insert by column name,
// then record the run and its failed and skipped paths.
func importStatements(dir string, now time.Time) []string {
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
		qs = append(qs, fmt.Sprintf(`delete from %s.%s where %s in (select document_id from temp.lake_docs)`, t.schema, t.name, key))
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
	// The lake's failed and skipped paths, once each (every shard records the
	// skipped paths of the whole archive); none when the lake predates them.
	runRows := map[string]string{"ingest_errors": "path, stage, reason", "ingest_skipped": "path, reason"}
	for _, t := range lakeRunTables {
		src := fmt.Sprintf(`select distinct %s from %s`, runRows[t], read(t))
		if files, _ := filepath.Glob(filepath.Join(dir, t, "*.parquet")); len(files) == 0 {
			src = fmt.Sprintf(`select distinct %s from main.%s where false`, runRows[t], t)
		}
		qs = append(qs, "drop table if exists temp.lake_"+t, "create temp table lake_"+t+" as "+src)
	}
	qs = append(qs,
		`drop table if exists temp.lake_paths`,
		`create temp table lake_paths as select path from main.document_paths
			where document_id in (select document_id from temp.lake_docs)
			union select path from temp.lake_ingest_errors union select path from temp.lake_ingest_skipped`,
		`delete from main.ingest_errors where path in (select path from temp.lake_paths)`,
		`delete from main.ingest_skipped where path in (select path from temp.lake_paths)`,
		fmt.Sprintf(`insert into main.ingest_runs (run_id, started_at, finished_at, files, loaded, unchanged, failed, status, skipped)
			select coalesce(max(run_id), 0) + 1, %[1]s, %[1]s,
				(select count(*) from main.document_paths where document_id in (select document_id from temp.lake_docs))
					+ (select count(distinct path) from temp.lake_ingest_errors where stage <> 'ocr'),
				(select count(*) from temp.lake_docs), 0,
				(select count(distinct path) from temp.lake_ingest_errors where stage <> 'ocr'), '%[2]s',
				(select count(*) from temp.lake_ingest_skipped)
			from main.ingest_runs`, quote(now.Format("2006-01-02 15:04:05.999999")), RunFinished),
		`insert into main.ingest_errors (run_id, path, stage, reason)
			select (select max(run_id) from main.ingest_runs), path, stage, reason from temp.lake_ingest_errors`,
		`insert into main.ingest_skipped (run_id, path, reason)
			select (select max(run_id) from main.ingest_runs), path, reason from temp.lake_ingest_skipped`,
	)
	for _, t := range []string{"lake_docs", "lake_paths", "lake_ingest_errors", "lake_ingest_skipped"} {
		qs = append(qs, "drop table temp."+t)
	}
	return qs
}

// quote is s as a SQL string literal.
func quote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}
