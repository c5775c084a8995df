// Package wordfilter tells cheaply that a word is in no set of cue words: a
// lookup in a map of words can then be skipped, and most words of a text
// are no cue.
package wordfilter

// Filter records the first byte and length (up to 63) of each word added;
// a word whose pair was never added is not in the set. The zero Filter
// holds nothing.
type Filter [256]uint64

// Add records w.
func (f *Filter) Add(w string) {
	c, bit := key(w)
	f[c] |= bit
}

// MayHold reports whether w may have been added: false means it was not.
func (f *Filter) MayHold(w string) bool {
	c, bit := key(w)
	return f[c]&bit != 0
}

// key is the row and bit of w: the empty word has bit 0 of row 0.
func key(w string) (byte, uint64) {
	if w == "" {
		return 0, 1
	}
	return w[0], 1 << min(len(w), 63)
}

// MayHoldBytes is MayHold for a word held in a byte slice.
func (f *Filter) MayHoldBytes(w []byte) bool {
	if len(w) == 0 {
		return f[0]&1 != 0
	}
	return f[w[0]]&(1<<min(len(w), 63)) != 0
}
