package docx

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// Limits on a part, against zip bombs.
const (
	maxPartSize = 50 << 20 // bytes once decompressed
	maxRatio    = 200      // decompressed / compressed, for parts over ratioFloor
	ratioFloor  = 1 << 20  // small parts cannot hurt whatever their ratio
)

// ErrTooLarge reports a part that decompresses beyond the limits.
var ErrTooLarge = errors.New("part too large")

// index maps the clean names of the zip's entries to them, ignoring names
// that are absolute or climb out with "..".
func index(zr *zip.Reader) map[string]*zip.File {
	m := make(map[string]*zip.File, len(zr.File))
	for _, f := range zr.File {
		name := strings.ReplaceAll(f.Name, "\\", "/")
		if path.IsAbs(name) || strings.Contains(name, ":") || !validPath(name) {
			continue
		}
		if _, dup := m[name]; !dup {
			m[name] = f
		}
	}
	return m
}

// validPath reports whether name stays inside the archive.
func validPath(name string) bool {
	for _, el := range strings.Split(name, "/") {
		if el == ".." {
			return false
		}
	}
	return true
}

// readPart decompresses one entry in memory, refusing sizes and ratios that
// mark a zip bomb, whatever its header claims.
func readPart(f *zip.File) ([]byte, error) {
	if f.UncompressedSize64 > maxPartSize {
		return nil, fmt.Errorf("docx: %s: %w: %d bytes", f.Name, ErrTooLarge, f.UncompressedSize64)
	}
	if f.UncompressedSize64 > ratioFloor && f.UncompressedSize64 > maxRatio*f.CompressedSize64 {
		return nil, fmt.Errorf("docx: %s: %w: compression ratio over %d", f.Name, ErrTooLarge, maxRatio)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("docx: %s: %w", f.Name, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, maxPartSize+1))
	if err != nil {
		return nil, fmt.Errorf("docx: %s: %w", f.Name, err)
	}
	if len(b) > maxPartSize {
		return nil, fmt.Errorf("docx: %s: %w: over %d bytes", f.Name, ErrTooLarge, maxPartSize)
	}
	if len(b) > ratioFloor && uint64(len(b)) > maxRatio*f.CompressedSize64 {
		return nil, fmt.Errorf("docx: %s: %w: compression ratio over %d", f.Name, ErrTooLarge, maxRatio)
	}
	return b, nil
}
