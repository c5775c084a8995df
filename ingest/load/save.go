package load

import (
	"context"
	"database/sql"
	"database/sql/driver"
	_ "embed"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/duckdb/duckdb-go/v2"

	"actas"
)

//go:embed purge.sql
var purgeSQL string

// purgeStatements are the statements of purge.sql, each taking the document id.
var purgeStatements = splitStatements(purgeSQL)

// ErrUnusable marks a failed save after which the database cannot be used in
// this process: DuckDB invalidates it when a write such as a checkpoint fails
// (a full disk). The document may or may not be saved; the next open replays
// what was committed, whole.
var ErrUnusable = errors.New("the database cannot be written any more (disk full?)")

// Save writes one document, its pages and what was extracted from it (rep may
// be nil) in one transaction. A document previously at the same path with
// other content is replaced; saving the same document again replaces its rows.
func (s *Store) Save(ctx context.Context, doc *actas.Document, rep *actas.Report) error {
	return s.SaveItem(ctx, Item{Doc: doc, Report: rep})
}

// SaveItem is Save of an item, recording the stamp of its file.
func (s *Store) SaveItem(ctx context.Context, it Item) error {
	doc := it.Doc
	if doc == nil {
		return fmt.Errorf("save: nil document")
	}
	id, err := documentID(doc)
	if err != nil {
		return fmt.Errorf("save %s: %w", doc.Path, err)
	}
	rows := buildRows(id, doc, it.Report)
	rows.stamp(it.Stamp)

	s.mu.Lock()
	defer s.mu.Unlock()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("save %s: %w", doc.Path, err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "begin transaction"); err != nil {
		return fmt.Errorf("save %s: begin: %w", doc.Path, err)
	}
	if err := s.write(ctx, conn, id, doc.Path, rows); err != nil {
		conn.ExecContext(context.Background(), "rollback")
		return usable(conn, fmt.Errorf("save %s: %w", doc.Path, err))
	}
	if _, err := conn.ExecContext(ctx, "commit"); err != nil {
		conn.ExecContext(context.Background(), "rollback")
		return usable(conn, fmt.Errorf("save %s: commit: %w", doc.Path, err))
	}
	return nil
}

// Unusable returns err, marked ErrUnusable when the database no longer
// answers a query after it (a write such as a checkpoint failed).
func (s *Store) Unusable(err error) error {
	return usable(s.db, err)
}

// usable returns err, marked ErrUnusable when the database no longer answers
// a query on conn (a connection or the pool) after it.
func usable(conn interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, err error) error {
	var n int
	if qerr := conn.QueryRowContext(context.Background(), `select count(*) from (select 1 from documents limit 1)`).Scan(&n); qerr != nil {
		return fmt.Errorf("%w: %w", ErrUnusable, err)
	}
	return err
}

// documentID returns the document's id, derived from its SHA-256 when unset.
func documentID(doc *actas.Document) (string, error) {
	if doc.Path == "" {
		return "", fmt.Errorf("document has no path")
	}
	if len(doc.SHA256) < 16 {
		return "", fmt.Errorf("bad sha256 %q", doc.SHA256)
	}
	want := strings.ToLower(doc.SHA256[:16])
	if doc.ID != "" && doc.ID != want {
		return "", fmt.Errorf("document id %q is not the first 16 digits of sha256 %q", doc.ID, doc.SHA256)
	}
	return want, nil
}

// write replaces the document's rows inside the open transaction on conn.
func (s *Store) write(ctx context.Context, conn *sql.Conn, id, path string, rows *tableRows) error {
	if err := s.prepareDoc(ctx, conn, id, path, rows); err != nil {
		return err
	}
	return conn.Raw(func(dc any) error {
		c, ok := dc.(driver.Conn)
		if !ok {
			return fmt.Errorf("unexpected driver connection %T", dc)
		}
		for _, t := range rows.tables() {
			if err := appendRows(c, t.schema, t.name, t.rows); err != nil {
				return err
			}
		}
		return nil
	})
}

// replacePath detaches path from any other document and purges a document
// that has no path left; one still known under other paths keeps its rows.
func (s *Store) replacePath(ctx context.Context, conn *sql.Conn, id, path string) error {
	rs, err := conn.QueryContext(ctx,
		`select distinct document_id from document_paths where path = ? and document_id <> ?`, path, id)
	if err != nil {
		return fmt.Errorf("find previous document: %w", err)
	}
	var old []string
	for rs.Next() {
		var o string
		if err := rs.Scan(&o); err != nil {
			rs.Close()
			return fmt.Errorf("find previous document: %w", err)
		}
		old = append(old, o)
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return fmt.Errorf("find previous document: %w", err)
	}
	for _, o := range old {
		if _, err := conn.ExecContext(ctx,
			`delete from document_paths where document_id = ? and path = ?`, o, path); err != nil {
			return fmt.Errorf("detach %s: %w", o, err)
		}
		var other sql.NullString
		if err := conn.QueryRowContext(ctx,
			`select min(path) from document_paths where document_id = ?`, o).Scan(&other); err != nil {
			return fmt.Errorf("detach %s: %w", o, err)
		}
		if !other.Valid {
			if err := purge(ctx, conn, o); err != nil {
				return err
			}
			continue
		}
		if _, err := conn.ExecContext(ctx,
			`update documents set path = ?, file_name = ? where document_id = ? and path = ?`,
			other.String, filepath.Base(other.String), o, path); err != nil {
			return fmt.Errorf("detach %s: %w", o, err)
		}
	}
	return nil
}

// otherPaths returns the document_paths rows of document id other than
// path's, with their stamps.
func otherPaths(ctx context.Context, conn *sql.Conn, id, path string) ([][]driver.Value, error) {
	rs, err := conn.QueryContext(ctx, `select path, max(size), max(mtime) from document_paths
		where document_id = ? and path <> ? group by path order by path`, id, path)
	if err != nil {
		return nil, fmt.Errorf("paths of %s: %w", id, err)
	}
	defer rs.Close()
	var out [][]driver.Value
	for rs.Next() {
		var p string
		var size *int64
		var mtime *time.Time
		if err := rs.Scan(&p, &size, &mtime); err != nil {
			return nil, fmt.Errorf("paths of %s: %w", id, err)
		}
		row := []driver.Value{id, p, nil, nil}
		row[2], row[3] = stampOf(size, mtime).values()
		out = append(out, row)
	}
	return out, rs.Err()
}

// purge deletes every row of document id.
func purge(ctx context.Context, conn *sql.Conn, id string) error {
	for _, q := range purgeStatements {
		args := make([]any, strings.Count(q, "?"))
		for i := range args {
			args[i] = id
		}
		if _, err := conn.ExecContext(ctx, q, args...); err != nil {
			return fmt.Errorf("delete document %s: %w", id, err)
		}
	}
	return nil
}

// appendRows appends rows to schema.table through a DuckDB appender on c.
func appendRows(c driver.Conn, schema, table string, rows [][]driver.Value) error {
	if len(rows) == 0 {
		return nil
	}
	a, err := duckdb.NewAppenderFromConn(c, schema, table)
	if err != nil {
		return fmt.Errorf("append %s: %w", table, err)
	}
	for _, r := range rows {
		if err := a.AppendRow(r...); err != nil {
			a.Close()
			return fmt.Errorf("append %s: %w", table, err)
		}
	}
	if err := a.Close(); err != nil {
		return fmt.Errorf("append %s: %w", table, err)
	}
	return nil
}

// splitStatements splits a SQL script on semicolons ending a line, dropping
// comment-only parts.
func splitStatements(script string) []string {
	var out []string
	for _, part := range strings.Split(script, ";\n") {
		var keep []string
		for _, line := range strings.Split(part, "\n") {
			if t := strings.TrimSpace(line); t != "" && !strings.HasPrefix(t, "--") {
				keep = append(keep, line)
			}
		}
		if q := strings.TrimSuffix(strings.TrimSpace(strings.Join(keep, "\n")), ";"); q != "" {
			out = append(out, q)
		}
	}
	return out
}
