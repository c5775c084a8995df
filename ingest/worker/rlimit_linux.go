//go:build linux

package worker

import (
	"bufio"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
)

// limitMemory caps the child's heap softly (GC works harder near it) and
// its address space hard at the starting footprint plus mb (an allocation
// past it fails and the child dies).
func limitMemory(mb int) {
	if mb <= 0 {
		return
	}
	limit := uint64(mb) << 20
	debug.SetMemoryLimit(int64(limit) * 3 / 4)
	base, ok := vmSize()
	if !ok {
		return
	}
	as := base + limit
	syscall.Setrlimit(syscall.RLIMIT_AS, &syscall.Rlimit{Cur: as, Max: as})
}

// vmSize returns the process's current virtual memory size in bytes.
func vmSize() (uint64, bool) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		rest, ok := strings.CutPrefix(sc.Text(), "VmSize:")
		if !ok {
			continue
		}
		kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
		return kb << 10, err == nil
	}
	return 0, false
}
