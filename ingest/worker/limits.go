// Package worker runs PDF extraction in a child process, the same binary
// re-executed, so that a hang, a crash or runaway memory in a PDF library
// costs one file and never the batch.
package worker

import "time"

// Limits bounds one extraction.
type Limits struct {
	Timeout  time.Duration // wall clock per file, default 60s
	MemoryMB int           // address-space/heap limit of the child, default 1024
	MaxBytes int64         // max input file size, default 200 MB
}

// DefaultLimits returns 60 s, 1024 MB and 200 MB.
func DefaultLimits() Limits {
	return Limits{Timeout: 60 * time.Second, MemoryMB: 1024, MaxBytes: 200 << 20}
}

// withDefaults fills zero limits with the defaults.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	if l.Timeout <= 0 {
		l.Timeout = d.Timeout
	}
	if l.MemoryMB <= 0 {
		l.MemoryMB = d.MemoryMB
	}
	if l.MaxBytes <= 0 {
		l.MaxBytes = d.MaxBytes
	}
	return l
}
