package extract

import (
	"hash/maphash"
	"unicode/utf8"
)

// repeatCount tells which repeat keys (repeatKey) two or more of the
// strings added share, without building the key of each: the strings are
// kept by a hash of their key, and only those of a hash that two of them
// have are keyed to compare.
type repeatCount struct {
	first map[uint64]string   // the first string added of each hash
	more  map[uint64][]string // the others
}

// newRepeatCount returns a repeatCount with room for n strings, so that
// its map is not grown and rehashed as they are added.
func newRepeatCount(n int) repeatCount {
	return repeatCount{first: make(map[uint64]string, n)}
}

// add counts t.
func (c *repeatCount) add(t string) {
	h := repeatHash(t)
	if c.first == nil {
		c.first = map[uint64]string{}
	}
	if _, ok := c.first[h]; !ok {
		c.first[h] = t
		return
	}
	if c.more == nil {
		c.more = map[uint64][]string{}
	}
	c.more[h] = append(c.more[h], t)
}

// repeats reports whether two or more of the strings added have the
// repeat key of u.
func (c *repeatCount) repeats(u string) bool {
	h := repeatHash(u)
	more := c.more[h]
	if len(more) == 0 {
		return false
	}
	key, n := repeatKey(u), 0
	if repeatKey(c.first[h]) == key {
		n++
	}
	for _, t := range more {
		if repeatKey(t) == key {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

// repeatSeed seeds repeatHash.
var repeatSeed = maphash.MakeSeed()

// repeatHash is a hash of repeatKey(t), built on the stack.
func repeatHash(t string) uint64 {
	var buf [256]byte
	return maphash.Bytes(repeatSeed, appendRepeatKey(buf[:0], t))
}

// appendRepeatKey appends repeatKey(t) to b, lower-casing t on the stack.
func appendRepeatKey(b []byte, t string) []byte {
	digits := false
	if isASCII(t) {
		for i := 0; i < len(t); i++ {
			b, digits = appendKeyRune(b, rune(t[i]), digits)
		}
		return b
	}
	var lb [256]byte
	for _, r := range string(appendLower(lb[:0], t)) { // strings.ToLower(t)
		b, digits = appendKeyRune(b, r, digits)
	}
	return b
}

// appendKeyRune appends the lower-case rune r of a repeat key to b: a run
// of digits (digits: r follows one) is one '#'.
func appendKeyRune(b []byte, r rune, digits bool) ([]byte, bool) {
	switch {
	case r >= '0' && r <= '9':
		if !digits {
			b = append(b, '#')
		}
		return b, true
	case r < utf8.RuneSelf:
		return append(b, lowerASCII(byte(r))), false
	}
	return utf8.AppendRune(b, r), false
}
