// Package textenc decodes plain text files of unknown encoding: UTF-8,
// UTF-16 with a byte order mark, and legacy Windows-1252 (Latin-1).
package textenc

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// Encoding names returned by Decode.
const (
	UTF8        = "utf-8"
	UTF16LE     = "utf-16le"
	UTF16BE     = "utf-16be"
	Windows1252 = "windows-1252"
)

// ErrBinary reports content that is not text.
var ErrBinary = errors.New("binary content")

// Decode returns b as text with its encoding name. It strips a byte order
// mark, turns CRLF and CR into LF, normalises to Unicode NFC, and fails with
// ErrBinary on NUL bytes or control characters that text does not have. In
// legacy Windows-1252 text a line-opening '?' that an encoder wrote for a
// bullet glyph the code page lacks becomes a bullet again.
func Decode(b []byte) (string, string, error) {
	name, enc, body := Guess(b)
	var s string
	if enc == nil {
		s = string(body)
	} else {
		out, err := enc.NewDecoder().Bytes(body)
		if err != nil {
			return "", name, fmt.Errorf("textenc: decode %s: %w", name, err)
		}
		s = string(out)
		if name == Windows1252 {
			s = restoreBullets(s)
		}
	}
	if err := checkText(s); err != nil {
		return "", name, err
	}
	return Normalize(s), name, nil
}

// Guess picks the encoding of b and returns its name, a decoder (nil for
// UTF-8) and b without its byte order mark.
func Guess(b []byte) (string, encoding.Encoding, []byte) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return UTF8, nil, b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return UTF16LE, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), b[2:]
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return UTF16BE, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), b[2:]
	}
	if name := bomlessUTF16(b); name == UTF16LE {
		return name, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), b
	} else if name == UTF16BE {
		return name, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), b
	}
	if utf8.Valid(b) {
		return UTF8, nil, b
	}
	return Windows1252, charmap.Windows1252, b
}

// bomlessUTF16 recognises UTF-16 text without a byte order mark: mostly
// ASCII, so one byte of nearly every pair is NUL and the other is not.
func bomlessUTF16(b []byte) string {
	n := len(b) &^ 1
	if n < 4 {
		return ""
	}
	var zeroEven, zeroOdd int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			zeroEven++
		}
		if b[i+1] == 0 {
			zeroOdd++
		}
	}
	pairs := n / 2
	switch {
	case zeroOdd*10 >= pairs*9 && zeroEven*10 <= pairs:
		return UTF16LE
	case zeroEven*10 >= pairs*9 && zeroOdd*10 <= pairs:
		return UTF16BE
	}
	return ""
}

// checkText fails on a NUL or on more control characters than text has
// (one in fifty runes, beyond tab, line feed, carriage return and form feed).
func checkText(s string) error {
	var runes, controls int
	for i, r := range s {
		runes++
		switch {
		case r == 0:
			return fmt.Errorf("textenc: %w: NUL byte at offset %d", ErrBinary, i)
		case r == '\t' || r == '\n' || r == '\r' || r == '\f':
		case r < 0x20 || r == 0x7F:
			controls++
		}
	}
	if controls > 0 && controls*50 > runes {
		return fmt.Errorf("textenc: %w: %d control characters in %d", ErrBinary, controls, runes)
	}
	return nil
}

// Normalize turns CRLF and CR line ends into LF, invalid UTF-8 into U+FFFD,
// repairs UTF-8 that was read as Windows-1252 (Unmojibake) and puts the
// text into NFC.
func Normalize(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = Unmojibake(s)
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return norm.NFC.String(s)
}
