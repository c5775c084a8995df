package extract

import (
	"hash/maphash"
	"strings"
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

// appendRepeatKey appends repeatKey(t) to b.
func appendRepeatKey(b []byte, t string) []byte {
	src := t
	if !isASCII(t) {
		src = strings.ToLower(t) // ASCII is lower-cased letter by letter, without a copy
	}
	digits := false
	for _, r := range src {
		if r >= '0' && r <= '9' {
			if !digits {
				b = append(b, '#')
			}
			digits = true
			continue
		}
		digits = false
		if r < utf8.RuneSelf {
			b = append(b, lowerASCII(byte(r)))
			continue
		}
		b = utf8.AppendRune(b, r)
	}
	return b
}
