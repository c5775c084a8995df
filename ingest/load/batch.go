package load

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"strings"
	"time"

	"actas"
)

// Item is one document to save with what was extracted from it (Report may
// be nil) and the stamp of the file it was read from (zero: unknown).
type Item struct {
	Doc    *actas.Document
	Report *actas.Report
	Stamp  Stamp
}

// SaveBatch writes many documents in one transaction, each as Save would,
// with one appender per table for all of them: a transaction and its
// appenders cost far more than a document's rows. When the batch fails it
// saves each document in its own transaction instead, so that one bad
// document loses none of the others; errs then holds each document's error
// (nil when saved), in the order of items. When the database became
// unusable (ErrUnusable) every error is that one and no document is retried.
func (s *Store) SaveBatch(ctx context.Context, items []Item) (errs []error) {
	errs = make([]error, len(items))
	if len(items) == 0 {
		return errs
	}
	err := s.saveAll(ctx, items)
	if err == nil {
		return errs
	}
	for i, it := range items {
		if errors.Is(err, ErrUnusable) {
			errs[i] = err
			continue
		}
		errs[i] = s.SaveItem(ctx, it)
		if errors.Is(errs[i], ErrUnusable) {
			err = errs[i]
		}
	}
	return errs
}

// saveAll writes every item in one transaction or none of them.
func (s *Store) saveAll(ctx context.Context, items []Item) error {
	all := &tableRows{}
	type prepared struct {
		id, path string
		rows     *tableRows
	}
	docs := make([]prepared, len(items))
	seen := map[string]bool{}
	for i, it := range items {
		if it.Doc == nil {
			return fmt.Errorf("save: nil document")
		}
		id, err := documentID(it.Doc)
		if err != nil {
			return fmt.Errorf("save %s: %w", it.Doc.Path, err)
		}
		if seen[id] || seen["path:"+it.Doc.Path] { // one by one, each sees the one before
			return fmt.Errorf("save %s: twice in one batch", it.Doc.Path)
		}
		seen[id], seen["path:"+it.Doc.Path] = true, true
		docs[i] = prepared{id: id, path: it.Doc.Path, rows: buildRows(id, it.Doc, it.Report)}
		docs[i].rows.stamp(it.Stamp)
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("save batch: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "begin transaction"); err != nil {
		return fmt.Errorf("save batch: begin: %w", err)
	}
	rollback := func(err error) error {
		conn.ExecContext(context.Background(), "rollback")
		return usable(conn, err)
	}
	ids, paths := make([]string, len(docs)), make([]string, len(docs))
	for i, d := range docs {
		ids[i], paths[i] = d.id, d.path
	}
	st, err := batchState(ctx, conn, ids, paths)
	if err != nil {
		return rollback(fmt.Errorf("save batch: %w", err))
	}
	for _, d := range docs {
		if st.moved {
			err = s.prepareDoc(ctx, conn, d.id, d.path, d.rows)
		} else {
			err = st.prepare(ctx, conn, d.id, d.path, d.rows)
		}
		if err != nil {
			return rollback(fmt.Errorf("save %s: %w", d.path, err))
		}
		all.add(d.rows)
	}
	err = conn.Raw(func(dc any) error {
		c, ok := dc.(driver.Conn)
		if !ok {
			return fmt.Errorf("unexpected driver connection %T", dc)
		}
		for _, t := range all.tables() {
			if err := appendRows(c, t.schema, t.name, t.rows); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return rollback(fmt.Errorf("save batch: %w", err))
	}
	if _, err := conn.ExecContext(ctx, "commit"); err != nil {
		return rollback(fmt.Errorf("save batch: commit: %w", err))
	}
	return nil
}

// prepareDoc clears the way for a document's rows inside the open
// transaction, as write does before it appends them: it detaches path from
// other content, adds the document's other paths to rows and purges its old rows.
func (s *Store) prepareDoc(ctx context.Context, conn *sql.Conn, id, path string, rows *tableRows) error {
	if err := s.replacePath(ctx, conn, id, path); err != nil {
		return err
	}
	others, err := otherPaths(ctx, conn, id, path)
	if err != nil {
		return err
	}
	rows.paths = append(rows.paths, others...)
	rows.firstPath()
	var known bool
	if err := conn.QueryRowContext(ctx, `select count(*) > 0 from documents where document_id = ?`, id).Scan(&known); err != nil {
		return fmt.Errorf("find document %s: %w", id, err)
	}
	if known { // a new document has no rows to delete: skip nine table scans
		return purge(ctx, conn, id)
	}
	return nil
}

// add appends the rows of o to t, table by table.
func (t *tableRows) add(o *tableRows) {
	t.documents = append(t.documents, o.documents...)
	t.paths = append(t.paths, o.paths...)
	t.pages = append(t.pages, o.pages...)
	t.meetings = append(t.meetings, o.meetings...)
	t.participants = append(t.participants, o.participants...)
	t.agreements = append(t.agreements, o.agreements...)
	t.actions = append(t.actions, o.actions...)
	t.mentions = append(t.mentions, o.mentions...)
	t.commitments = append(t.commitments, o.commitments...)
}

// firstPath gives the document the first of its paths in sort order, so
// that which copy of it was read first does not matter.
func (t *tableRows) firstPath() {
	doc := t.documents[0]
	for _, p := range t.paths {
		if path := p[1].(string); path < doc[1].(string) {
			doc[1], doc[2] = path, FileName(path)
		}
	}
}

// loadedState is what the database already holds of a batch's documents:
// their other paths, which of them are loaded, and whether a path of the
// batch holds other content (then each document is prepared one by one).
type loadedState struct {
	paths map[string][][]driver.Value // document id -> its document_paths rows
	known map[string]bool
	moved bool
}

// batchState reads in two queries what prepareDoc reads per document.
func batchState(ctx context.Context, conn *sql.Conn, ids, paths []string) (*loadedState, error) {
	st := &loadedState{paths: map[string][][]driver.Value{}, known: map[string]bool{}}
	want := map[string]string{} // path -> the id saved at it
	for i, p := range paths {
		want[p] = ids[i]
	}
	args := make([]any, 0, len(ids)+len(paths))
	for _, id := range ids {
		args = append(args, id)
	}
	for _, p := range paths {
		args = append(args, p)
	}
	rs, err := conn.QueryContext(ctx, `select document_id, path, max(size), max(mtime) from document_paths
		where document_id in (`+marks(len(ids))+`) or path in (`+marks(len(paths))+`) group by all order by all`, args...)
	if err != nil {
		return nil, fmt.Errorf("find paths: %w", err)
	}
	for rs.Next() {
		var id, p string
		var size *int64
		var mtime *time.Time
		if err := rs.Scan(&id, &p, &size, &mtime); err != nil {
			rs.Close()
			return nil, fmt.Errorf("find paths: %w", err)
		}
		if w, ok := want[p]; ok && w != id {
			st.moved = true
		}
		row := []driver.Value{id, p, nil, nil}
		row[2], row[3] = stampOf(size, mtime).values()
		st.paths[id] = append(st.paths[id], row)
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return nil, fmt.Errorf("find paths: %w", err)
	}
	rs, err = conn.QueryContext(ctx, `select distinct document_id from documents where document_id in (`+marks(len(ids))+`)`, args[:len(ids)]...)
	if err != nil {
		return nil, fmt.Errorf("find documents: %w", err)
	}
	defer rs.Close()
	for rs.Next() {
		var id string
		if err := rs.Scan(&id); err != nil {
			return nil, fmt.Errorf("find documents: %w", err)
		}
		st.known[id] = true
	}
	return st, rs.Err()
}

// prepare is prepareDoc from the state read for the whole batch, for a
// batch in which no path holds other content.
func (st *loadedState) prepare(ctx context.Context, conn *sql.Conn, id, path string, rows *tableRows) error {
	for _, o := range st.paths[id] {
		if o[1] != path {
			rows.paths = append(rows.paths, o)
		}
	}
	rows.firstPath()
	if st.known[id] {
		return purge(ctx, conn, id)
	}
	return nil
}

// marks is n comma-separated placeholders.
func marks(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}
