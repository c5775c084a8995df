//go:build !linux

package worker

import "runtime/debug"

// limitMemory caps the child's heap softly; there is no address-space limit here.
func limitMemory(mb int) {
	if mb > 0 {
		debug.SetMemoryLimit(int64(mb) << 20 * 3 / 4)
	}
}
