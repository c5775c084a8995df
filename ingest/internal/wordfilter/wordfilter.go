// Package wordfilter tells cheaply that a word is in no set of cue words: a
// lookup in a map of words can then be skipped, and most words of a text
// are no cue.
package wordfilter

// Filter records the first, second and last byte of each word added, each
// with its length (up to 63); a word whose three pairs were not all added
// is not in the set. A word of one byte has it as its second. The zero
// Filter holds nothing.
type Filter struct {
	first, second, last [256]uint64
}

// Add records w.
func (f *Filter) Add(w string) {
	a, b, z, bit := key(w)
	f.first[a] |= bit
	f.second[b] |= bit
	f.last[z] |= bit
}

// MayHold reports whether w may have been added: false means it was not.
func (f *Filter) MayHold(w string) bool {
	a, b, z, bit := key(w)
	return f.first[a]&bit != 0 && f.last[z]&bit != 0 && f.second[b]&bit != 0
}

// key is the rows (first, second and last byte) and bit (length) of w: the
// empty word has bit 0 of rows 0.
func key(w string) (byte, byte, byte, uint64) {
	if w == "" {
		return 0, 0, 0, 1
	}
	return w[0], w[min(1, len(w)-1)], w[len(w)-1], 1 << min(len(w), 63)
}

// MayHoldBytes is MayHold for a word held in a byte slice.
func (f *Filter) MayHoldBytes(w []byte) bool {
	if len(w) == 0 {
		return f.first[0]&1 != 0 && f.second[0]&1 != 0 && f.last[0]&1 != 0
	}
	bit := uint64(1) << min(len(w), 63)
	return f.first[w[0]]&bit != 0 && f.last[w[len(w)-1]]&bit != 0 && f.second[w[min(1, len(w)-1)]]&bit != 0
}

// MayHoldEnds is MayHold for a word of n bytes, n > 0, whose first, second
// and last bytes are a, b and z (b is a when n is 1), for a caller that
// knows them without the word at hand.
func (f *Filter) MayHoldEnds(a, b, z byte, n int) bool {
	bit := uint64(1) << min(n, 63)
	return f.first[a]&bit != 0 && f.last[z]&bit != 0 && f.second[b]&bit != 0
}
