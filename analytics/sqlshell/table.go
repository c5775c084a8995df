package sqlshell

import (
	"bufio"
	"database/sql/driver"
	"strconv"
	"strings"
	"unicode"

	"github.com/duckdb/duckdb-go/v2"
	"golang.org/x/text/width"
)

// maxCell is the widest a table cell is shown, in terminal columns; longer
// values are cut and end in "…".
const maxCell = 60

// tableSink writes each result as a box of aligned columns with the column
// names and types as header and a row count below.
type tableSink struct {
	w     *bufio.Writer
	cols  []column
	right []bool
	cells [][]string
	buf   []byte
}

func (s *tableSink) begin(cols []column) error {
	s.cols = cols
	s.cells = s.cells[:0]
	s.right = make([]bool, len(cols))
	for i, c := range cols {
		s.right[i] = numeric(c.info)
	}
	return nil
}

func (s *tableSink) row(vals []driver.Value) error {
	r := make([]string, len(vals))
	for i, v := range vals {
		s.buf = appendText(s.buf[:0], v, s.cols[i].info, false, "NULL")
		r[i] = cell(string(s.buf))
	}
	s.cells = append(s.cells, r)
	return nil
}

func (s *tableSink) end() error {
	widths := make([]int, len(s.cols))
	names := make([]string, len(s.cols))
	types := make([]string, len(s.cols))
	for i, c := range s.cols {
		names[i], types[i] = cell(c.name), cell(c.typeName)
		widths[i] = max(textWidth(names[i]), textWidth(types[i]), 1)
	}
	for _, r := range s.cells {
		for i, v := range r {
			widths[i] = max(widths[i], textWidth(v))
		}
	}
	s.rule("┌", "┬", "┐", widths)
	s.line(names, widths, nil)
	s.line(types, widths, nil)
	s.rule("├", "┼", "┤", widths)
	for _, r := range s.cells {
		s.line(r, widths, s.right)
	}
	s.rule("└", "┴", "┘", widths)
	n := len(s.cells)
	s.w.WriteString(strconv.Itoa(n))
	if n == 1 {
		s.w.WriteString(" row\n")
	} else {
		s.w.WriteString(" rows\n")
	}
	s.cells = s.cells[:0]
	return nil
}

func (s *tableSink) finish() error { return nil }

// rule writes a horizontal border.
func (s *tableSink) rule(left, mid, right string, widths []int) {
	s.w.WriteString(left)
	for i, wd := range widths {
		if i > 0 {
			s.w.WriteString(mid)
		}
		s.w.WriteString(strings.Repeat("─", wd+2))
	}
	s.w.WriteString(right)
	s.w.WriteByte('\n')
}

// line writes one row of cells padded to widths, right-aligned where right says.
func (s *tableSink) line(cells []string, widths []int, right []bool) {
	s.w.WriteString("│")
	for i, v := range cells {
		pad := strings.Repeat(" ", widths[i]-textWidth(v))
		s.w.WriteByte(' ')
		if right != nil && right[i] {
			s.w.WriteString(pad)
			s.w.WriteString(v)
		} else {
			s.w.WriteString(v)
			s.w.WriteString(pad)
		}
		s.w.WriteString(" │")
	}
	s.w.WriteByte('\n')
}

// numeric reports whether a column holds numbers, which are right-aligned.
func numeric(info duckdb.TypeInfo) bool {
	switch typeOf(info) {
	case duckdb.TYPE_TINYINT, duckdb.TYPE_SMALLINT, duckdb.TYPE_INTEGER, duckdb.TYPE_BIGINT,
		duckdb.TYPE_UTINYINT, duckdb.TYPE_USMALLINT, duckdb.TYPE_UINTEGER, duckdb.TYPE_UBIGINT,
		duckdb.TYPE_HUGEINT, duckdb.TYPE_UHUGEINT, duckdb.TYPE_FLOAT, duckdb.TYPE_DOUBLE,
		duckdb.TYPE_DECIMAL, duckdb.TYPE_BIGNUM:
		return true
	}
	return false
}

// cell makes s fit on one line of a table: control characters are shown
// as escapes and text wider than maxCell is cut.
func cell(s string) string {
	if strings.ContainsFunc(s, unicode.IsControl) {
		s = strings.Map(func(r rune) rune {
			if unicode.IsControl(r) {
				return ' '
			}
			return r
		}, strings.NewReplacer("\n", `\n`, "\r", `\r`, "\t", `\t`).Replace(s))
	}
	if len(s) <= maxCell || textWidth(s) <= maxCell {
		return s
	}
	var b strings.Builder
	w := 0
	for _, r := range s {
		rw := textWidth(string(r))
		if w+rw > maxCell-1 {
			break
		}
		b.WriteRune(r)
		w += rw
	}
	b.WriteString("…")
	return b.String()
}

// textWidth returns how many terminal columns s takes: wide East Asian
// characters take two, combining marks none.
func textWidth(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case r < 0x300:
			n++
		case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		default:
			switch width.LookupRune(r).Kind() {
			case width.EastAsianWide, width.EastAsianFullwidth:
				n += 2
			default:
				n++
			}
		}
	}
	return n
}
