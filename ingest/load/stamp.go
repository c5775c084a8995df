package load

import (
	"context"
	"database/sql/driver"
	"fmt"
	"strings"
	"time"
)

// Stamp is the size and modification time a file had when it was read,
// recorded in document_paths: a re-ingest counts a file whose stamp is
// unchanged as unchanged without reading it. For a zip entry it is the
// entry's size and the modification time of the zip file on disk.
type Stamp struct {
	Size    int64
	ModTime time.Time
}

// IsZero reports whether the stamp is unknown.
func (s Stamp) IsZero() bool { return s.ModTime.IsZero() }

// Same reports whether two known stamps are equal, times to the microsecond
// (what a TIMESTAMP column keeps).
func (s Stamp) Same(o Stamp) bool {
	return !s.IsZero() && !o.IsZero() && s.Size == o.Size &&
		s.ModTime.Truncate(time.Microsecond).Equal(o.ModTime.Truncate(time.Microsecond))
}

// values are the size and mtime columns of the stamp, NULLs when unknown.
func (s Stamp) values() (driver.Value, driver.Value) {
	if s.IsZero() {
		return nil, nil
	}
	return s.Size, s.ModTime.UTC().Truncate(time.Microsecond)
}

// stampOf reads a stamp from nullable size and mtime columns.
func stampOf(size *int64, mtime *time.Time) Stamp {
	if size == nil || mtime == nil {
		return Stamp{}
	}
	return Stamp{Size: *size, ModTime: *mtime}
}

// PathStamp is the stamp of one path of a loaded document.
type PathStamp struct {
	DocumentID, Path string
	Stamp            Stamp
}

// RecordStamps sets the stamps of paths already recorded for their documents
// (content found unchanged by its hash after a touch, or loaded before stamps
// were kept), in one transaction; a path no longer recorded is left alone.
func (st *Store) RecordStamps(ctx context.Context, stamps []PathStamp) error {
	if len(stamps) == 0 {
		return nil
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	conn, err := st.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("record file stamps: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "begin transaction"); err != nil {
		return fmt.Errorf("record file stamps: %w", err)
	}
	const chunk = 500
	for i := 0; i < len(stamps); i += chunk {
		part := stamps[i:min(i+chunk, len(stamps))]
		args := make([]any, 0, 4*len(part))
		for _, p := range part {
			size, mtime := p.Stamp.values()
			args = append(args, p.DocumentID, text(p.Path), size, mtime)
		}
		q := `update document_paths as p set size = v.size, mtime = v.mtime
			from (values ` + strings.TrimSuffix(strings.Repeat("(?, ?, ?::bigint, ?::timestamp), ", len(part)), ", ") + `)
			as v(document_id, path, size, mtime)
			where p.document_id = v.document_id and p.path = v.path`
		if _, err := conn.ExecContext(ctx, q, args...); err != nil {
			conn.ExecContext(context.Background(), "rollback")
			return usable(conn, fmt.Errorf("record file stamps: %w", err))
		}
	}
	if _, err := conn.ExecContext(ctx, "commit"); err != nil {
		conn.ExecContext(context.Background(), "rollback")
		return usable(conn, fmt.Errorf("record file stamps: commit: %w", err))
	}
	return nil
}
