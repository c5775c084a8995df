package extract

import (
	"hash/maphash"
	"slices"
	"sync/atomic"
)

// dateMemo remembers the dates of the last texts findDates read: the header's
// lines and sentences are read for dates by several steps (the meeting's
// date, its title, its place, the line breaks), and each is read once.
var dateMemo = newSliceMemo[dateRange]()

// sliceMemo remembers the slice a function returns for recent texts, by
// content, in a direct-mapped table safe for concurrent use (as the token
// cache).
type sliceMemo[E any] struct {
	seed    maphash.Seed
	entries [sliceMemoSize]atomic.Pointer[sliceMemoEntry[E]]
}

// sliceMemoSize is the number of texts a sliceMemo holds.
const sliceMemoSize = 256

// sliceMemoEntry is one entry of a sliceMemo.
type sliceMemoEntry[E any] struct {
	s string
	v []E
}

// newSliceMemo returns an empty memo.
func newSliceMemo[E any]() *sliceMemo[E] { return &sliceMemo[E]{seed: maphash.MakeSeed()} }

// do returns f(s), from the memo when s was read lately; the caller gets a
// copy of its own.
func (m *sliceMemo[E]) do(s string, f func(string) []E) []E {
	slot := &m.entries[maphash.String(m.seed, s)%sliceMemoSize]
	if e := slot.Load(); e != nil && e.s == s {
		return slices.Clone(e.v)
	}
	v := f(s)
	slot.Store(&sliceMemoEntry[E]{s: s, v: slices.Clone(v)})
	return v
}

// clear empties the memo.
func (m *sliceMemo[E]) clear() {
	for i := range m.entries {
		m.entries[i].Store(nil)
	}
}
