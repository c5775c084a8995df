package textenc

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// mojibakeMarks are the pairs that UTF-8 read as Windows-1252 leaves in
// Spanish and English text ("Ã³" for ó, "â€œ" for “, "Â " for a no-break
// space): a text without any needs no repair.
var mojibakeMarks = []string{"Ã", "Â", "â€"}

// Unmojibake repairs text that was UTF-8, read as Windows-1252 and written
// again as UTF-8 ("DirecciÃ³n", "â€œLabour Migrationâ€�"): each run of
// characters of that code page whose bytes are UTF-8 is read as UTF-8. A
// quote whose last byte the code page lacks ("â€�") is the closing quote.
// Text with no such run is returned as it is.
func Unmojibake(s string) string {
	if !hasMojibake(s) {
		return s
	}
	s = strings.ReplaceAll(s, "â€\uFFFD", "”")
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		j, raw := cp1252Run(s, i)
		if j == i {
			_, n := utf8.DecodeRuneInString(s[i:])
			b.WriteString(s[i : i+n])
			i += n
			continue
		}
		if len(raw) > 1 && utf8.Valid(raw) {
			b.Write(raw)
		} else {
			b.WriteString(s[i:j])
		}
		i = j
	}
	return b.String()
}

// hasMojibake reports a mark of mojibake in s.
func hasMojibake(s string) bool {
	for _, m := range mojibakeMarks {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// cp1252Run returns the end of the run of non-ASCII characters of
// Windows-1252 that starts at byte i of s, and their bytes in that code page.
func cp1252Run(s string, i int) (int, []byte) {
	var raw []byte
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if r < utf8.RuneSelf {
			break
		}
		c, ok := charmap.Windows1252.EncodeRune(r)
		if !ok {
			break
		}
		raw = append(raw, c)
		j += n
	}
	return j, raw
}
