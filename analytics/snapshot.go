package analytics

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/duckdb/duckdb-go/v2"
)

// sandboxConfig makes the snapshot's DuckDB instance read-only, without file
// or network access and without extensions, and locks that configuration.
const sandboxConfig = "?access_mode=READ_ONLY&enable_external_access=false" +
	"&autoinstall_known_extensions=false&autoload_known_extensions=false&lock_configuration=true"

// consoleConfig adds the console instance's bounds to sandboxConfig: its own
// memory limit, two threads and no spilling to a temporary directory, so a
// statement that needs more memory fails instead of growing the server; its
// allocator gives memory back to the system soon after each statement.
func consoleConfig(memoryMB int) string {
	return sandboxConfig + fmt.Sprintf("&memory_limit=%dMB&threads=2&max_temp_directory_size=0B&allocator_flush_threshold=8MB&allocator_background_threads=true", memoryMB)
}

// linkPrefix starts the name of the hidden hard links the server opens a
// snapshot through: .BASE.serve-PID-GEN.
func linkPrefix(base string) string { return "." + base + ".serve-" }

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
	rd       reader
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
		sn.meetings.get(ctx, sn.rd) // an error is met again, and reported, by the first meeting page
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
	// consoleMB is the memory limit of the console's own instance.
	consoleMB int
}

// newStore prepares a store for the snapshot at path without opening it,
// and removes the hard links a killed server left beside it.
func newStore(path string, consoleMB int) (*store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("snapshot %s: %w", path, err)
	}
	removeStaleLinks(abs)
	return &store{path: abs, consoleMB: consoleMB}, nil
}

// removeStaleLinks removes the hidden links beside the snapshot at path whose
// server process is gone: a kill between making and removing a link would
// otherwise leave a copy of an old snapshot that nothing removes.
func removeStaleLinks(path string) {
	dir, base := filepath.Split(path)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		name, ok := strings.CutPrefix(e.Name(), linkPrefix(base))
		if !ok {
			continue
		}
		var pid, gen int
		if n, _ := fmt.Sscanf(name, "%d-%d", &pid, &gen); n == 2 && (pid == os.Getpid() || processAlive(pid)) {
			continue
		}
		os.Remove(filepath.Join(dir, e.Name()))
	}
}

// processAlive reports whether a process with this id exists.
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
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
	sn, err := s.open(s.path, s.path, id)
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

// openLinked opens the snapshot through two fresh hard links beside it,
// removed once open: DuckDB's instance cache, keyed by the file's path, would
// otherwise hand back the instance of the replaced file, and the console
// needs an instance of its own for its memory limit.
func (s *store) openLinked(id fileID) (*snapshot, error) {
	dir, base := filepath.Split(s.path)
	var links [2]string
	for i := range links {
		s.gen++
		links[i] = filepath.Join(dir, fmt.Sprintf("%s%d-%d", linkPrefix(base), os.Getpid(), s.gen))
		if err := os.Link(s.path, links[i]); err != nil {
			for _, l := range links[:i] {
				os.Remove(l)
			}
			return nil, errNoLink
		}
		defer os.Remove(links[i])
	}
	return s.open(links[0], links[1], id)
}

// open opens the sandboxed pools of the database file: the pages' at path,
// the console's bounded one at consolePath. When both paths are the same
// file name, DuckDB shares one instance, which then takes the console's bounds.
func (s *store) open(path, consolePath string, id fileID) (*snapshot, error) {
	sn := &snapshot{id: id, opened: time.Now()}
	pagesConfig := sandboxConfig
	if path == consolePath {
		pagesConfig = consoleConfig(s.consoleMB)
	}
	var err error
	if sn.db, err = openPool(path, pagesConfig, 8); err == nil {
		sn.console, err = openPool(consolePath, consoleConfig(s.consoleMB), 2)
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
	if sn.rd, err = newReader(ctx, sn.db); err != nil {
		sn.close()
		return nil, fmt.Errorf("snapshot %s: %w", s.path, err)
	}
	sn.warm()
	return sn, nil
}

// openPool opens a pool of at most n connections to the instance of path
// with the DSN options config.
func openPool(path, config string, n int) (*sql.DB, error) {
	c, err := duckdb.NewConnector(path+config, nil)
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
