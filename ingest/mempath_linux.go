package ingest

import (
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// memPath holds b in an anonymous in-memory file (memfd) and returns a path
// a child process can open it by, so zip entries never touch the disk.
func memPath(name string, b []byte) (string, func(), error) {
	fd, err := unix.MemfdCreate("actas-"+name, unix.MFD_CLOEXEC)
	if err != nil {
		return "", nil, fmt.Errorf("memfd: %w", err)
	}
	f := os.NewFile(uintptr(fd), name)
	if _, err := f.Write(b); err != nil {
		f.Close()
		return "", nil, fmt.Errorf("memfd: %w", err)
	}
	return fmt.Sprintf("/proc/%d/fd/%d", os.Getpid(), fd), func() { f.Close() }, nil
}
