package ingest

import (
	"archive/zip"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"syscall"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// displayPath is the form of a path stored in the database and printed: the
// path itself when it is valid UTF-8 without control characters, otherwise
// its bytes with each invalid byte written \xNN, control characters \n, \t,
// \xNN and a backslash \\ (lossless: the original bytes can be recovered).
func displayPath(p string) string {
	if utf8.ValidString(p) && strings.IndexFunc(p, isControl) < 0 {
		return p
	}
	var b strings.Builder
	for i := 0; i < len(p); {
		r, n := utf8.DecodeRuneInString(p[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, p[i])
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case isControl(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteString(p[i : i+n])
		}
		i += n
	}
	return b.String()
}

// isControl reports whether r is a C0 or C1 control character or DEL.
func isControl(r rune) bool {
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0)
}

// entryName is the display form of a zip entry's name: a name the archive
// does not mark as UTF-8 and that is not valid UTF-8 is decoded as CP437
// (the DOS code page Windows' zip tool writes), any other goes through
// displayPath.
func entryName(f *zip.File) string {
	if f.NonUTF8 && !utf8.ValidString(f.Name) {
		if s, err := charmap.CodePage437.NewDecoder().String(f.Name); err == nil {
			return displayPath(s)
		}
	}
	return displayPath(f.Name)
}

// fileKind names a file type that is not a regular file, for reasons.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO (named pipe)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a block device"
	case m.IsDir():
		return "a folder"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "not a regular file (" + m.Type().String() + ")"
}

// linkProblem explains why a symbolic link cannot be followed.
func linkProblem(err error) string {
	switch {
	case errors.Is(err, syscall.ELOOP):
		return "symbolic link loop (the link points back at itself)"
	case errors.Is(err, fs.ErrNotExist):
		return "dangling symbolic link (its target does not exist)"
	}
	return "symbolic link that cannot be followed: " + unwrapPath(err).Error()
}

// openRegular opens a regular file for reading without ever blocking: it is
// opened non-blocking (a FIFO or device swapped in after a check does not
// hang) and refused unless it is a regular file.
func openRegular(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, unwrapPath(err)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, unwrapPath(err)
	}
	if !fi.Mode().IsRegular() {
		f.Close()
		return nil, fmt.Errorf("not a regular file: %s", fileKind(fi.Mode()))
	}
	return f, nil
}
