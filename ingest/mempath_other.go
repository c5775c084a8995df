//go:build !linux

package ingest

import (
	"fmt"
	"os"
)

// memPath holds b in a private temporary file (no memfd on this system) and
// returns its path; the cleanup removes it.
func memPath(name string, b []byte) (string, func(), error) {
	f, err := os.CreateTemp("", "actas-*.pdf")
	if err != nil {
		return "", nil, fmt.Errorf("temp file for %s: %w", name, err)
	}
	cleanup := func() { os.Remove(f.Name()) }
	if _, err := f.Write(b); err != nil {
		f.Close()
		cleanup()
		return "", nil, fmt.Errorf("temp file for %s: %w", name, err)
	}
	if err := f.Close(); err != nil {
		cleanup()
		return "", nil, fmt.Errorf("temp file for %s: %w", name, err)
	}
	return f.Name(), cleanup, nil
}
