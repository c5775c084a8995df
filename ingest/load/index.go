package load

import (
	"context"
	"fmt"
	"time"
)

// Index is what is loaded, read once at the start of a run so that
// unchanged and new files cost no query each: the document of each content
// hash, the paths each document is known under and the stamp of each path.
type Index struct {
	bySHA  map[string]string          // sha256 -> document id
	paths  map[string]map[string]bool // document id -> its paths
	stamps map[string]Stamp           // path -> the stamp recorded with it
}

// LoadIndex reads the content hashes, paths and stamps of every loaded document.
func (s *Store) LoadIndex(ctx context.Context) (*Index, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	idx := &Index{bySHA: map[string]string{}, paths: map[string]map[string]bool{}, stamps: map[string]Stamp{}}
	rs, err := s.db.QueryContext(ctx, `select d.sha256, d.document_id, p.path, p.size, p.mtime from documents d
		left join document_paths p using (document_id)`)
	if err != nil {
		return nil, fmt.Errorf("read the loaded documents: %w", err)
	}
	defer rs.Close()
	for rs.Next() {
		var sha, id string
		var path *string
		var size *int64
		var mtime *time.Time
		if err := rs.Scan(&sha, &id, &path, &size, &mtime); err != nil {
			return nil, fmt.Errorf("read the loaded documents: %w", err)
		}
		idx.bySHA[sha] = id
		if path != nil {
			if idx.paths[id] == nil {
				idx.paths[id] = map[string]bool{}
			}
			idx.paths[id][*path] = true
			if st := stampOf(size, mtime); !st.IsZero() {
				idx.stamps[*path] = st
			}
		}
	}
	return idx, rs.Err()
}

// Known tells whether content sha256 was loaded when the index was read,
// and whether path was then one of its paths.
func (idx *Index) Known(sha256, path string) (loaded, atPath bool) {
	id, ok := idx.bySHA[sha256]
	if !ok {
		return false, false
	}
	return true, idx.paths[id][path]
}

// Unchanged reports whether path was loaded with this stamp: its file has
// the size and modification time it had when it was read.
func (idx *Index) Unchanged(path string, st Stamp) bool {
	rec, ok := idx.stamps[path]
	return ok && rec.Same(st)
}
