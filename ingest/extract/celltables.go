package extract

import (
	"strconv"
	"strings"
)

// cellLineTables reads agreements tables that reached the text one cell
// per line, as a word processor's table is saved as text: a header of
// column labels on lines of their own ("No." / "Agreement" / "Responsible"
// / "Deadline"), then each row as its number alone on a line and its
// cells on the lines after it. The agreement cell takes the lines that
// the row's last cells leave.
func (x *Extractor) cellLineTables(text string) []table {
	all := textLines(text)
	var out []table
	for i := 0; i < len(all); i++ {
		if l := lineText(text, all[i]); len(l) > 8 || l == "" || x.columnKind(l) != colNumber {
			continue // a number column's label is short ("No.", "Nº")
		}
		lines := withoutPageBreaks(text, all[i:], firstText(text, all))
		if t, next, ok := x.cellLineTable(text, lines, 0); ok {
			out = append(out, t)
			for i < len(all) && all[i].start < lines[next-1].start {
				i++
			}
		}
	}
	return out
}

// cellLineTable reads the table whose header starts at line i, and the
// line after it.
func (x *Extractor) cellLineTable(text string, lines []tableLine, i int) (table, int, bool) {
	kinds := []string{colNumber}
	j := i + 1
	for ; j < len(lines) && len(kinds) < 8; j++ {
		k := x.columnKind(lineText(text, lines[j]))
		if k == colOther || k == colNumber {
			break
		}
		kinds = append(kinds, k)
	}
	if len(kinds) < 3 || kinds[1] != colAgreement {
		return table{}, 0, false
	}
	t := table{start: lines[i].start}
	for n := 1; j < len(lines) && lineText(text, lines[j]) == strconv.Itoa(n); n++ {
		at := j + 1
		k := at
		for k < len(lines) && lineText(text, lines[k]) != "" && lineText(text, lines[k]) != strconv.Itoa(n+1) {
			k++
		}
		if k-at < len(kinds)-1 {
			break // a row with fewer cells than columns: no row of this table
		}
		row := &tableRow{number: strconv.Itoa(n)}
		last := k - (len(kinds) - 2) // the cells after the agreement, one line each
		for _, ln := range lines[at:last] {
			row.agreement = append(row.agreement, span{ln.start, ln.end})
		}
		for c, ln := range lines[last:k] {
			switch kinds[2+c] {
			case colResponsible:
				row.responsible = append(row.responsible, lineText(text, ln))
			case colDeadline:
				row.deadline = append(row.deadline, lineText(text, ln))
			}
		}
		t.rows = append(t.rows, row)
		t.end = lines[k-1].end
		j = k
	}
	return t, j, len(t.rows) >= 2
}

// lineText is a line's text without its surrounding white space.
func lineText(text string, ln tableLine) string { return strings.TrimSpace(text[ln.start:ln.end]) }

// withoutPageBreaks drops the lines of a page break (a page number, a line
// that opens with a form feed, a stamp, the running head, the report's
// first line, after them, and the blank lines around them), which a
// table's cells run across; a number alone is a row's.
func withoutPageBreaks(text string, lines []tableLine, head string) []tableLine {
	page := func(k int) bool {
		t := strings.TrimSpace(text[lines[k].start:lines[k].end])
		bare := strings.Trim(t, "0123456789") == "" // a row's number alone, no page's
		return t != "" && (strings.HasPrefix(strings.TrimLeft(text[lines[k].start:lines[k].end], " "), "\f") || !bare && len(t) <= 40 && isPageNumber(t) || len(t) < 120 && isStamp(t))
	}
	furniture := func(k int) bool {
		if page(k) {
			return true
		}
		if k == 0 || strings.TrimSpace(text[lines[k].start:lines[k].end]) != head {
			return false
		}
		for j := max(0, k-3); j < k; j++ {
			if page(j) {
				return true // the running head after a page number
			}
		}
		return false
	}
	near := func(k int) bool {
		for d := -2; d <= 2; d++ {
			if j := k + d; d != 0 && j >= 0 && j < len(lines) && furniture(j) {
				return true
			}
		}
		return false
	}
	out := make([]tableLine, 0, len(lines))
	for k, ln := range lines {
		if furniture(k) || strings.TrimSpace(text[ln.start:ln.end]) == "" && near(k) {
			continue
		}
		out = append(out, ln)
	}
	return out
}

// firstText returns the text of the first line that holds any.
func firstText(text string, lines []tableLine) string {
	for _, ln := range lines {
		if t := lineText(text, ln); t != "" {
			return t
		}
	}
	return ""
}
