package pages

import (
	"strings"

	"golang.org/x/text/encoding/charmap"
)

// c1Escapes turns the octal escapes that plain-text printers write for the
// bytes 0x80-0x9F of a Windows-1252 file, which their Latin-1 fonts lack
// ("\225" for a bullet, "\222" for an apostrophe, "\227" for a dash), back
// into those characters.
func c1Escapes(s string) string {
	if !strings.Contains(s, `\2`) && !strings.Contains(s, `\1`) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+3 < len(s) {
			if v, ok := octalByte(s[i+1 : i+4]); ok && v >= 0x80 && v <= 0x9f {
				if r := charmap.Windows1252.DecodeByte(v); r != '\ufffd' {
					b.WriteRune(r)
					i += 3
					continue
				}
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// octalByte reads three octal digits.
func octalByte(s string) (byte, bool) {
	if len(s) != 3 {
		return 0, false
	}
	v := 0
	for i := range 3 {
		if s[i] < '0' || s[i] > '7' {
			return 0, false
		}
		v = v*8 + int(s[i]-'0')
	}
	return byte(v), v < 256
}
