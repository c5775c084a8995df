package ingest

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// archive is a zip file whose entries are read by the workers. It is opened
// on first use and closed after its last entry is read, so memory and open
// files stay bounded by the entries in flight, not the size of the archive.
type archive struct {
	path   string   // display path: the file, or outer.zip!/inner.zip
	file   string   // the zip on disk when parent is nil
	parent *archive // the archive holding this one (nested one level), or nil
	index  int      // this archive's entry index in parent
	max    int64    // size cap of one entry

	mu     sync.Mutex
	refs   int // entries not yet released
	r      *zip.Reader
	closer io.Closer
	mtime  time.Time // of the zip file on disk when opened: the stamp of the entries read
}

// zipMagic reports whether b starts like a zip file (local header or empty archive).
func zipMagic(b []byte) bool {
	return bytes.HasPrefix(b, []byte("PK\x03\x04")) || bytes.HasPrefix(b, []byte("PK\x05\x06"))
}

// openReader opens the archive's zip directory; the caller holds a.mu.
func (a *archive) openReader() (*zip.Reader, error) {
	if a.r != nil {
		return a.r, nil
	}
	if a.parent == nil {
		f, err := os.Open(a.file)
		if err != nil {
			return nil, fmt.Errorf("zip %s: %w", a.path, unwrapPath(err))
		}
		fi, err := f.Stat()
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("zip %s: %w", a.path, unwrapPath(err))
		}
		r, err := zip.NewReader(f, fi.Size())
		if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
			f.Close()
			return nil, fmt.Errorf("zip %s: %w", a.path, unwrapPath(err))
		}
		a.r, a.closer, a.mtime = r, f, fi.ModTime()
		return a.r, nil
	}
	b, mtime, err := a.parent.readEntry(a.index, a.max)
	if err != nil {
		return nil, fmt.Errorf("zip %s: %w", a.path, err)
	}
	r, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, fmt.Errorf("zip %s: %w", a.path, err)
	}
	a.r, a.mtime = r, mtime
	return a.r, nil
}

// readEntry returns the bytes of entry i, at most max of them, and the
// modification time of the zip file on disk.
func (a *archive) readEntry(i int, max int64) ([]byte, time.Time, error) {
	a.mu.Lock()
	r, err := a.openReader()
	mtime := a.mtime
	a.mu.Unlock()
	if err != nil {
		return nil, mtime, err
	}
	if i < 0 || i >= len(r.File) {
		return nil, mtime, fmt.Errorf("zip %s: entry %d vanished (archive changed while read?)", a.path, i)
	}
	b, err := readZipFile(r.File[i], max)
	return b, mtime, err
}

// readZipFile reads one entry in memory, failing when it is, or turns out to
// be, larger than max or than its declared size.
func readZipFile(f *zip.File, max int64) ([]byte, error) {
	if f.UncompressedSize64 > uint64(max) {
		return nil, fmt.Errorf("zip entry declares %s uncompressed, %w of %s",
			byteSize(int64(f.UncompressedSize64)), errTooLarge, byteSize(max))
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("zip entry: %w", err)
	}
	defer rc.Close()
	limit := int64(f.UncompressedSize64)
	b, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if errors.Is(err, zip.ErrFormat) {
		return nil, fmt.Errorf("zip entry is corrupt or inflates past its declared %s (zip bomb?)", byteSize(limit))
	}
	if err != nil {
		return nil, fmt.Errorf("zip entry: %w", err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("zip entry inflates past its declared %s (zip bomb?)", byteSize(limit))
	}
	return b, nil
}

// hold counts one more entry that will be released later, in this archive and its parent.
func (a *archive) hold() {
	a.mu.Lock()
	a.refs++
	a.mu.Unlock()
	if a.parent != nil {
		a.parent.hold()
	}
}

// release counts one entry as done and closes the archive after the last.
func (a *archive) release() {
	a.mu.Lock()
	a.refs--
	if a.refs <= 0 {
		a.closeLocked()
	}
	a.mu.Unlock()
	if a.parent != nil {
		a.parent.release()
	}
}

// close drops the open directory; a later read opens it again.
func (a *archive) close() {
	a.mu.Lock()
	a.closeLocked()
	a.mu.Unlock()
}

// closeLocked drops the open directory; the caller holds a.mu.
func (a *archive) closeLocked() {
	if a.closer != nil {
		a.closer.Close()
	}
	a.r, a.closer = nil, nil
}

// unsafeEntryName tells why a zip entry name could escape an extraction
// folder (absolute, drive letter, ../), or "" when it is safe.
func unsafeEntryName(name string) string {
	n := strings.ReplaceAll(name, "\\", "/")
	switch {
	case strings.ContainsRune(n, 0):
		return "contains a NUL byte"
	case strings.HasPrefix(n, "/"):
		return "is an absolute path"
	case len(n) >= 2 && n[1] == ':':
		return "starts with a drive letter"
	}
	for _, part := range strings.Split(n, "/") {
		if part == ".." {
			return "climbs out of the archive with ../"
		}
	}
	return ""
}
