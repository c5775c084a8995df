package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"actas/ingest/internal/asciiclass"
)

// foldRune lower-cases r and strips the accent of a Latin letter.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		switch {
		case 'A' <= r && r <= 'Z':
			return r + 'a' - 'A'
		case r == '`':
			return '\''
		}
		return r
	}
	r = unicode.ToLower(r)
	switch r {
	case 'á', 'à', 'â', 'ä', 'ã', 'å':
		return 'a'
	case 'é', 'è', 'ê', 'ë':
		return 'e'
	case 'í', 'ì', 'î', 'ï':
		return 'i'
	case 'ó', 'ò', 'ô', 'ö', 'õ':
		return 'o'
	case 'ú', 'ù', 'û', 'ü':
		return 'u'
	case 'ñ':
		return 'n'
	case 'ç':
		return 'c'
	case '’', '‘', '´', '`':
		return '\''
	case '“', '”', '«', '»':
		return '"'
	case '–', '—':
		return '-'
	}
	return r
}

// fold lower-cases s and strips accents, for matching cues.
func fold(s string) string {
	i := foldFrom(s)
	if i == len(s) {
		return s // nothing to fold
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	var buf [256]byte // folded on the stack, written out when full
	f := buf[:0]
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			f = append(f, foldASCII[c])
			i++
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			f = utf8.AppendRune(f, foldRune(r))
			i += n
		}
		if len(f) > len(buf)-utf8.UTFMax {
			b.Write(f)
			f = buf[:0]
		}
	}
	b.Write(f)
	return b.String()
}

// appendFold appends fold(s) to buf.
func appendFold(buf []byte, s string) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			buf = append(buf, foldASCII[c])
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		buf = utf8.AppendRune(buf, foldRune(r))
		i += n
	}
	return buf
}

// foldASCII is foldRune for the ASCII bytes.
var foldASCII = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(foldRune(rune(c)))
	}
	return t
}()

// token is one word or punctuation mark of a text, with its byte span.
type token struct {
	text       string
	fold       string
	start, end int
	word       bool
}

// isWordByte is isWordRune for an ASCII byte.
func isWordByte(c byte) bool { return asciiclass.Of[c] == asciiclass.Word }

// wordByte reports a byte of a word: a letter, a digit or part of a
// character beyond ASCII.
func wordByte(c byte) bool { return c >= utf8.RuneSelf || isWordByte(c) }

// isWordRune reports whether r belongs inside a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// tokenize splits s into words and single punctuation marks.
func tokenize(s string) []token { return tokens(s, false) }

// tokenizeWords is tokenize keeping only the words, nil when there are none.
func tokenizeWords(s string) []token {
	if toks := tokens(s, true); len(toks) > 0 {
		return toks
	}
	return nil
}

// tokens splits s into words and, unless wordsOnly, punctuation marks.
// The tokens are shared (tokencache.go): callers must not change them.
func tokens(s string, wordsOnly bool) []token { return cachedTokenize(s, wordsOnly) }

// tokenize1 is tokens without the cache. The tokens are cut into a pooled
// slice and copied out at their number, which costs less than counting them
// first (asciiclass.CountTokens) and leaves no room unused.
func tokenize1(s string, wordsOnly bool) []token {
	p := scratchPool.Get().(*[]token)
	toks := appendTokens((*p)[:0], s, wordsOnly)
	out := make([]token, len(toks))
	copy(out, toks)
	clear(toks) // let the texts go
	*p = toks[:0]
	scratchPool.Put(p)
	return out
}

// appendTokens appends the tokens of s (as tokenize1 cuts them) to toks.
func appendTokens(toks []token, s string, wordsOnly bool) []token {
	// folds that differ from the text go to one buffer, cut after the loop
	// (on the stack while it fits)
	var bbuf [512]byte
	b := bbuf[:0]
	var movedBuf [3 * 64]int
	moved := movedBuf[:0] // token index, start and end in b, for each such fold
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch asciiclass.Of[c] {
			case asciiclass.Space:
				i++
				continue
			case asciiclass.Punct:
				f := s[i : i+1]
				if c == '`' {
					f = "'"
				}
				if !wordsOnly {
					toks = append(toks, token{text: s[i : i+1], fold: f, start: i, end: i + 1})
				}
				i++
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := i + n
			for j < len(s) {
				if c := s[j]; c < utf8.RuneSelf {
					if asciiclass.Of[c] != asciiclass.Word {
						break
					}
					j++
					continue
				}
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r2) {
					break
				}
				j += n2
			}
			w := s[i:j]
			if k := foldFrom(w); k < len(w) {
				from := len(b)
				b = appendFold(append(b, w[:k]...), w[k:])
				moved = append(moved, len(toks), from, len(b))
				w = ""
			}
			toks = append(toks, token{text: s[i:j], fold: w, start: i, end: j, word: true})
			i = j
		default:
			if !wordsOnly {
				from := len(b)
				b = utf8.AppendRune(b, foldRune(r))
				moved = append(moved, len(toks), from, len(b))
				toks = append(toks, token{text: s[i : i+n], start: i, end: i + n})
			}
			i += n
		}
	}
	if len(moved) > 0 {
		all := string(b)
		for k := 0; k < len(moved); k += 3 {
			toks[moved[k]].fold = all[moved[k+1]:moved[k+2]]
		}
	}
	return toks
}

// foldFrom returns the index of the first byte of s that fold changes or
// that is not ASCII, len(s) when fold(s) is s.
func foldFrom(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' || c == '`' {
			return i
		}
	}
	return len(s)
}

// appendFields appends the fields of s, as strings.Fields cuts them, to
// dst: a caller that keeps none of them cuts them into an array on its stack.
func appendFields(dst []string, s string) []string {
	for w := range strings.FieldsSeq(s) {
		dst = append(dst, w)
	}
	return dst
}

// upperFields is isUpperWord(strings.Join(strings.Fields(s), "")) without
// the copies: the fields of valid UTF-8 joined hold the runes of s but its
// white space, which is no letter. In text that is not valid UTF-8 joining
// may make a rune of bytes that white space kept apart, so it is joined.
func upperFields(s string) bool {
	if utf8.ValidString(s) {
		return isUpperWord(s)
	}
	return isUpperWord(strings.Join(strings.Fields(s), ""))
}

// isUpperWord reports whether w has letters and all of them are upper case.
func isUpperWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// startsUpper reports whether the first letter of s is upper case.
func startsUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r)
		}
		if unicode.IsDigit(r) {
			return false
		}
	}
	return false
}

// squash collapses runs of white space to one space and trims the ends.
func squash(s string) string {
	if squashed(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	start := -1 // where the field being read starts
	for i := 0; ; {
		size, space := 1, true // the end of s ends a field
		if i < len(s) {
			size, space = spaceAt(s, i)
		}
		if !space {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(s[start:i]) // a field at a time
			start = -1
		}
		if i >= len(s) {
			break
		}
		i += size
	}
	return b.String()
}

// spaceAt returns the size of the rune at s[i] and whether it is white
// space, as strings.Fields reads it.
func spaceAt(s string, i int) (int, bool) {
	if c := s[i]; c < utf8.RuneSelf {
		return 1, c == ' ' || '\t' <= c && c <= '\r' // strings.Fields' ASCII spaces
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return size, unicode.IsSpace(r)
}

// squashLen returns len(squash(s)) without building it, or limit+1 as
// soon as that is past limit.
func squashLen(s string, limit int) int {
	n, inField := 0, false
	for i := 0; i < len(s); {
		size, space := spaceAt(s, i)
		i += size
		if space {
			inField = false
			continue
		}
		if !inField && n > 0 {
			n++ // the space between two fields
		}
		inField = true
		if n += size; n > limit {
			return limit + 1
		}
	}
	return n
}

// countFields returns how many fields strings.Fields would cut s into,
// counting no further than limit.
func countFields(s string, limit int) int {
	n, inField := 0, false
	for i := 0; i < len(s); {
		size, space := spaceAt(s, i)
		i += size
		if space {
			inField = false
			continue
		}
		if !inField {
			if n++; n >= limit {
				return n
			}
		}
		inField = true
	}
	return n
}

// squashed reports whether s is already squashed: no white space at its
// ends, and none inside but single plain spaces. It reads bytes and
// decodes only where a white space rune past ASCII may start: each opens
// with 0xc2, 0xe1 0x9a, 0xe2 0x80, 0xe2 0x81 or 0xe3 0x80, and no rune
// continues with those first bytes.
func squashed(s string) bool {
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		case c < ' ':
			if '\t' <= c && c <= '\r' {
				return false
			}
		case c == 0xc2 || 0xe1 <= c && c <= 0xe3 && i+1 < len(s) && spaceSecond(c, s[i+1]):
			if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				return false
			}
		}
		prevSpace = false
	}
	return !prevSpace || s == ""
}

// spaceSecond reports whether b may follow the first byte c (0xe1 to 0xe3)
// of a white space rune.
func spaceSecond(c, b byte) bool {
	switch c {
	case 0xe1:
		return b == 0x9a // U+1680
	case 0xe2:
		return b == 0x80 || b == 0x81 // U+2000-U+200A, U+2028, U+2029, U+202F, U+205F
	}
	return b == 0x80 // U+3000
}

// appendLower appends strings.ToLower(s) to buf, without a copy of s when
// s is ASCII.
func appendLower(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf {
			buf = append(buf, lowerASCII(c))
			continue
		}
		for _, r := range s[i:] { // as strings.ToLower: unicode.ToLower of each rune
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
		break
	}
	return buf
}

// foldedLookup returns m[fold(w)], folding w on the stack: a capitalised or
// accented word asked of a small word table costs no string.
func foldedLookup[V any](m map[string]V, w string) (V, bool) {
	if foldFrom(w) == len(w) {
		v, ok := m[w]
		return v, ok
	}
	var buf [64]byte
	v, ok := m[string(appendFold(buf[:0], w))]
	return v, ok
}

// foldedIn reports m[fold(w)] for a set of words, as foldedLookup reads it.
func foldedIn(m map[string]bool, w string) bool {
	v, _ := foldedLookup(m, w)
	return v
}

// wordShape is a cheap filter of a set of folded words: how many runes they
// have, and the ASCII bytes they open with.
type wordShape struct {
	minRunes, maxRunes int
	first              [utf8.RuneSelf]bool // a word opening with a byte past ASCII is let through
}

// shapeOf returns the shape of the words of m that keep says to.
func shapeOf[V any](m map[string]V, keep func(V) bool) *wordShape {
	ws := &wordShape{minRunes: 1 << 30}
	for w, v := range m {
		if !keep(v) || w == "" {
			continue
		}
		n := utf8.RuneCountInString(w)
		ws.minRunes, ws.maxRunes = min(ws.minRunes, n), max(ws.maxRunes, n)
		if c := w[0]; c < utf8.RuneSelf {
			ws.first[c] = true
		}
	}
	return ws
}

// may reports whether fold(w) may be one of the words: fold keeps a word's
// runes one for one, so it has as many runes as w, which has at least one
// byte and at most utf8.UTFMax bytes each, and folds an ASCII first byte
// by foldASCII.
func (ws *wordShape) may(w string) bool {
	if len(w) < ws.minRunes || len(w) > ws.maxRunes*utf8.UTFMax || w == "" {
		return false
	}
	c := w[0]
	return c >= utf8.RuneSelf || ws.first[foldASCII[c]]
}

// tensWords is the shape of the tens words of ordinals (tensOrdinal).
var tensWords = shapeOf(ordinals, func(v int) bool { return v == 10 || v == 20 })
