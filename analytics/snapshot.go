package analytics

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"github.com/duckdb/duckdb-go/v2"
)

// sandboxConfig makes the snapshot's DuckDB instance read-only, without file
// or network access and without extensions, and locks that configuration.
const sandboxConfig = "?access_mode=READ_ONLY&enable_external_access=false" +
	"&autoinstall_known_extensions=false&autoload_known_extensions=false&lock_configuration=true"

// fileID tells one published snapshot file from the next.
type fileID struct {
	ino   uint64
	mtime time.Time
	size  int64
}

// statID returns the identity of the file at path.
func statID(path string) (fileID, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return fileID{}, err
	}
	id := fileID{mtime: fi.ModTime(), size: fi.Size()}
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		id.ino = st.Ino
	}
	return id, nil
}

// snapshot is one open snapshot file: a pool for pages and one for the
// console, the answers read from it and its meeting index.
type snapshot struct {
	id       fileID
	db       *sql.DB
	console  *sql.DB
	refs     sync.WaitGroup
	opened   time.Time
	answers  answers
	meetings lazyMeetings
	stopWarm context.CancelFunc
}

// warm loads the meeting index in the background, holding a reference so
// that the snapshot is not closed under it; stopWarm abandons the load.
func (sn *snapshot) warm() {
	ctx, cancel := context.WithCancel(context.Background())
	sn.stopWarm = cancel
	sn.refs.Add(1)
	go func() {
		defer sn.refs.Done()
		defer cancel()
		sn.meetings.get(ctx, sn.db) // an error is met again, and reported, by the first meeting page
	}()
}

// close closes both pools.
func (sn *snapshot) close() error {
	return errors.Join(sn.console.Close(), sn.db.Close())
}

// store holds the current snapshot and swaps in a new one when the file at
// path changes; requests in flight finish on the old one.
type store struct {
	path    string
	mu      sync.RWMutex
	cur     *snapshot
	lastErr error
	gen     int
	closing sync.WaitGroup
	errMu   sync.Mutex
	errs    []error
}

// newStore prepares a store for the snapshot at path without opening it.
func newStore(path string) (*store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("snapshot %s: %w", path, err)
	}
	return &store{path: abs}, nil
}

// acquire returns the current snapshot, or nil when there is none, and a
// release func to call when the request is done with it.
func (s *store) acquire() (*snapshot, func()) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.cur == nil {
		return nil, func() {}
	}
	sn := s.cur
	sn.refs.Add(1)
	return sn, sn.refs.Done
}

// status returns when the current snapshot was opened and the last open error.
func (s *store) status() (opened time.Time, err error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.cur != nil {
		opened = s.cur.opened
	}
	return opened, s.lastErr
}

// refresh opens the snapshot file if it changed since it was last opened.
func (s *store) refresh() {
	id, err := statID(s.path)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			s.setErr(fmt.Errorf("snapshot %s: %w", s.path, err))
		}
		return
	}
	s.mu.RLock()
	same := s.cur != nil && s.cur.id == id
	s.mu.RUnlock()
	if same {
		return
	}
	sn, err := s.openLinked(id)
	if errors.Is(err, errNoLink) {
		s.swapInPlace(id)
		return
	}
	if err != nil {
		s.setErr(err)
		return
	}
	s.mu.Lock()
	old := s.cur
	s.cur, s.lastErr = sn, nil
	s.mu.Unlock()
	if old != nil {
		s.retire(old)
	}
}

// swapInPlace replaces the snapshot when no hard link could be made: new
// requests wait while those in flight finish and the old instance closes,
// since DuckDB would hand back the old instance for the same path.
func (s *store) swapInPlace(id fileID) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cur != nil {
		s.cur.stopWarm()
		s.cur.refs.Wait()
		if err := s.cur.close(); err != nil {
			s.lastErr = err
		}
		s.cur = nil
	}
	sn, err := s.open(s.path, id)
	if err != nil {
		s.lastErr = err
		return
	}
	s.cur, s.lastErr = sn, nil
}

// setErr records why the newest snapshot could not be opened.
func (s *store) setErr(err error) {
	s.mu.Lock()
	s.lastErr = err
	s.mu.Unlock()
}

// retire closes a replaced snapshot once its requests are done.
func (s *store) retire(sn *snapshot) {
	s.closing.Add(1)
	sn.stopWarm()
	go func() {
		defer s.closing.Done()
		sn.refs.Wait()
		if err := sn.close(); err != nil {
			s.errMu.Lock()
			s.errs = append(s.errs, err)
			s.errMu.Unlock()
		}
	}()
}

// errNoLink means the snapshot's directory does not allow a hard link.
var errNoLink = errors.New("no hard link")

// openLinked opens the snapshot through a fresh hard link beside it, removed
// once open: DuckDB's instance cache, keyed by the file's real path, would
// otherwise hand back the instance of the replaced file.
func (s *store) openLinked(id fileID) (*snapshot, error) {
	s.gen++
	dir, base := filepath.Split(s.path)
	link := filepath.Join(dir, fmt.Sprintf(".%s.serve-%d-%d", base, os.Getpid(), s.gen))
	if err := os.Link(s.path, link); err != nil {
		return nil, errNoLink
	}
	defer os.Remove(link)
	return s.open(link, id)
}

// open opens the sandboxed pools of the database file at path.
func (s *store) open(path string, id fileID) (*snapshot, error) {
	sn := &snapshot{id: id, opened: time.Now()}
	var err error
	if sn.db, err = openPool(path, 8); err == nil {
		sn.console, err = openPool(path, 2)
		if err != nil {
			sn.db.Close()
		}
	}
	if err != nil {
		return nil, fmt.Errorf("snapshot %s: %w", s.path, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := sn.db.PingContext(ctx); err != nil {
		sn.close()
		return nil, fmt.Errorf("snapshot %s: %w", s.path, err)
	}
	sn.warm()
	return sn, nil
}

// openPool opens a pool of at most n connections to the sandboxed instance.
func openPool(path string, n int) (*sql.DB, error) {
	c, err := duckdb.NewConnector(path+sandboxConfig, nil)
	if err != nil {
		return nil, err
	}
	db := sql.OpenDB(c)
	db.SetMaxOpenConns(n)
	db.SetMaxIdleConns(n)
	return db, nil
}

// close closes the current snapshot after its requests and waits for the
// replaced ones to close.
func (s *store) close() error {
	s.mu.Lock()
	cur := s.cur
	s.cur = nil
	s.mu.Unlock()
	if cur != nil {
		s.retire(cur)
	}
	s.closing.Wait()
	s.errMu.Lock()
	err := errors.Join(s.errs...)
	s.errMu.Unlock()
	return err
}
