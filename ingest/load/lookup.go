package load

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
)

// Lookup states.
const (
	StateUnchanged = "unchanged"
	StateChanged   = "changed"
	StateNew       = "new"
)

// Lookup tells whether content with this hash is already loaded. It returns
// "unchanged" with that document's id (recording path as another name of it,
// with the stamp of its file when known), "changed" with the id of the
// document now at path, or "new" with "".
func (s *Store) Lookup(ctx context.Context, sha256, path string, stamp Stamp) (string, string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var id string
	err := s.db.QueryRowContext(ctx,
		`select document_id from documents where sha256 = ? limit 1`, sha256).Scan(&id)
	switch {
	case err == nil:
		size, mtime := stamp.values()
		if _, err := s.db.ExecContext(ctx, `insert into document_paths (document_id, path, size, mtime)
			select ?, ?, ?, ? where not exists (select 1 from document_paths where document_id = ? and path = ?)`,
			id, path, size, mtime, id, path); err != nil {
			return "", "", fmt.Errorf("lookup %s: record path: %w", path, err)
		}
		// The document keeps the first of its paths in sort order, whichever copy was read first.
		if _, err := s.db.ExecContext(ctx, `update documents set path = ?, file_name = ? where document_id = ? and path > ?`,
			path, FileName(path), id, path); err != nil {
			return "", "", fmt.Errorf("lookup %s: record path: %w", path, err)
		}
		return StateUnchanged, id, nil
	case !errors.Is(err, sql.ErrNoRows):
		return "", "", fmt.Errorf("lookup %s: %w", path, err)
	}
	err = s.db.QueryRowContext(ctx,
		`select document_id from document_paths where path = ? limit 1`, path).Scan(&id)
	switch {
	case err == nil:
		return StateChanged, id, nil
	case errors.Is(err, sql.ErrNoRows):
		return StateNew, "", nil
	}
	return "", "", fmt.Errorf("lookup %s: %w", path, err)
}

// FileName is the base name of a path: of a file, or of an archive entry
// such as a.zip!/dir/x.pdf.
func FileName(p string) string {
	if strings.Contains(p, "!/") {
		return p[strings.LastIndexAny(p, "/\\!")+1:]
	}
	return filepath.Base(p)
}
