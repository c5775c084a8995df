package extract

import (
	"sort"
	"strconv"
	"strings"
)

// maxCellGap is the longest run of text between two bars of one table.
const maxCellGap = 700

// streamTable reads an agreements table drawn with bars from the cells
// between its bars in order, for a text whose line breaks were lost or
// moved (run onto one line, re-wrapped): the header gives the number of
// columns, its first one the row numbers, and a row opens at each number
// cell that holds the next number. bar is the offset of a bar right after
// the header's first cell; sep is '|', or a tab for a table exported with
// one tab per cell whose lines were run together. It returns false where
// no such table starts.
func (x *Extractor) streamTable(text string, bar int, sep byte) (table, bool) {
	from := max(strings.LastIndexByte(text[:bar], '\n')+1, bar-200)
	first, framed, ok := x.numberLabel(text, span{from, bar})
	if !ok {
		return table{}, false
	}
	cells := barCells(text, bar, sep)
	kinds := []string{colNumber}
	k := 0
	var rest span // the first row's number, run into the header's last cell
	for ; k < len(cells) && len(kinds) < 8; k++ {
		label, after := x.leadingLabel(text, cells[k])
		if label == colOther {
			break
		}
		kinds = append(kinds, label)
		if after.start < after.end {
			rest = after
			k++
			break
		}
	}
	has := map[string]bool{}
	for _, kd := range kinds {
		has[kd] = true
	}
	if !has[colAgreement] || !has[colResponsible] && !has[colDeadline] {
		return table{}, false
	}
	n := len(kinds)
	t := table{start: first, end: bar, status: has[colStatus]}
	var cur *tableRow
	next := 1
	// without frame the header's last cell ran into the next line's number
	// cell (a rule's or the first row's); with one, a junk cell stands
	// between a line's closing bar and the next line's opening bar
	p := 1
	if framed {
		p = -1
	}
	if rest.start < rest.end {
		cur = &tableRow{number: strings.TrimRight(strings.TrimSpace(text[rest.start:rest.end]), ".)")}
		t.rows = append(t.rows, cur)
		next = atoiOr(cur.number, 0) + 1
	}
	cells = cells[k:]
	for ci := 0; ci < len(cells); ci++ {
		c := cells[ci]
		if ci == len(cells)-1 {
			c = lastCell(text, c)
		}
		s := strings.TrimSpace(unruled(text[c.start:c.end]))
		if p == -1 {
			p = 0
			if s == "" {
				continue
			}
		}
		if p == 0 {
			num := strings.TrimRight(s, ".)")
			switch {
			case num == "":
				if cur == nil {
					cur = &tableRow{}
				}
			case num == strconv.Itoa(next) || len(t.rows) == 0 && reRowNumber.MatchString(strings.ToLower(num)):
				cur = &tableRow{number: num}
				t.rows = append(t.rows, cur)
				next = atoiOr(num, next-1) + 1
			case subRow(num, next-1):
				cur = &tableRow{number: num} // "5.1" under row 5
				t.rows = append(t.rows, cur)
			default:
				return t, len(t.rows) > 0 // prose where a number belongs: the table ended
			}
			p = 1
			continue
		}
		if cur == nil {
			cur = &tableRow{}
			t.rows = append(t.rows, cur)
		}
		if p == n-1 && !framed {
			body, num := splitRowNumber(text, c, next)
			cur.addCell(text, kinds[p], body)
			t.end = max(t.end, body.end)
			if num != "" {
				cur = &tableRow{number: num}
				t.rows = append(t.rows, cur)
				next++
			}
			p = 1
			continue
		}
		cur.addCell(text, kinds[p], c)
		t.end = max(t.end, c.end)
		if p++; p == n {
			p = -1
		}
	}
	return t, len(t.rows) > 0
}

// withStreamTables adds the tables read from the stream of bar cells
// (streamTable) to the tables read line by line, in place of those they
// overlap when they hold more rows numbered in sequence (a re-wrapped
// table whose lines no longer are its rows).
func (x *Extractor) withStreamTables(text string, lines []table) []table {
	out := lines
	for _, sep := range []byte{'|', '\t'} {
		if strings.Count(text, string(sep)) < 6 {
			continue
		}
		for b := strings.IndexByte(text, sep); b >= 0; {
			t, ok := x.streamTable(text, b, sep)
			if ok {
				t.rows = withAgreement(t.rows)
			}
			if ok && sequential(t.rows) >= 2 {
				out = replaceOverlapping(out, t)
				b = max(b, t.end)
			}
			if b+1 >= len(text) {
				break
			}
			k := strings.IndexByte(text[b+1:], sep)
			if k < 0 {
				break
			}
			b += 1 + k
		}
	}
	for _, t := range x.flatTables(text) { // flattables.go
		out = replaceOverlapping(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// replaceOverlapping puts t in place of the tables of ts it overlaps when
// it holds more rows in sequence than they do, or as many where their
// lines were ragged (a re-wrap moved a framed table's bars across its
// lines), and adds it where it overlaps none.
func replaceOverlapping(ts []table, t table) []table {
	var kept []table
	best, ragged := 0, true
	for _, o := range ts {
		if o.start < t.end && t.start < o.end {
			best = max(best, sequential(o.rows))
			ragged = ragged && o.ragged
			continue
		}
		kept = append(kept, o)
	}
	if n := sequential(t.rows); n < best || n == best && (!ragged || len(kept) == len(ts)) {
		return ts
	}
	return append(kept, t)
}

// withAgreement keeps the rows that have agreement text.
func withAgreement(rows []*tableRow) []*tableRow {
	var out []*tableRow
	for _, r := range rows {
		if len(r.agreement) > 0 {
			out = append(out, r)
		}
	}
	return out
}

// atoiOr returns s as a number, or def.
func atoiOr(s string, def int) int {
	if v, err := strconv.Atoi(s); err == nil {
		return v
	}
	return def
}

// barCells returns the cells between consecutive separators from the one
// at offset bar on, and the text after the last one, stopping where two
// stand more than maxCellGap apart. The lines between a line's last bar and
// the next line's first (a page number and header) are an empty cell.
func barCells(text string, bar int, sep byte) []span {
	var out []span
	at := bar
	for {
		k := strings.IndexByte(text[at+1:], sep)
		if k < 0 || k > maxCellGap {
			end := min(len(text), at+1+maxCellGap)
			out = append(out, span{at + 1, end})
			return out
		}
		c := text[at+1 : at+1+k]
		if nl, last := strings.IndexByte(c, '\n'), strings.LastIndexByte(c, '\n'); nl >= 0 && strings.TrimSpace(c[:nl]) == "" && strings.TrimSpace(c[last:]) == "" {
			k = 0 // between a row's last bar and the next line's first: a page's furniture there is no cell
		}
		out = append(out, span{at + 1, at + 1 + k})
		at += 1 + len(c)
	}
}

// numberLabel finds the number column's label at the end of the first
// cell ("... CUADRO DE ACUERDOS No."): it returns the label's offset and
// whether the table is framed (nothing but the label in the cell, after
// an opening bar).
func (x *Extractor) numberLabel(text string, c span) (int, bool, bool) {
	s := text[c.start:c.end]
	trimmed := strings.TrimRight(s, " \t\n")
	words := strings.Fields(trimmed)
	if len(words) == 0 {
		return 0, false, false
	}
	w := words[len(words)-1]
	if x.columnKind(w) != colNumber {
		return 0, false, false
	}
	at := c.start + strings.LastIndex(trimmed, w)
	framed := strings.HasSuffix(strings.TrimSpace(text[c.start:at]), "|")
	return at, framed, true
}

// leadingLabel returns the column kind of a header cell and, when the
// label is followed by more text in the cell (a rule, the first row's
// number), the span of that text.
func (x *Extractor) leadingLabel(text string, c span) (string, span) {
	s := text[c.start:c.end]
	if k := x.columnKind(unruled(s)); k != colOther {
		if u := strings.TrimSpace(unruled(s)); u != "" {
			// "Plazo ---- 1": the label, then a rule or a number
			fields := strings.Fields(u)
			if len(fields) > 1 && reRowNumber.MatchString(strings.ToLower(strings.TrimRight(fields[len(fields)-1], ".)"))) && x.columnKind(strings.Join(fields[:len(fields)-1], " ")) == k {
				at := c.start + strings.LastIndex(s, fields[len(fields)-1])
				return k, span{at, c.end}
			}
		}
		return k, span{}
	}
	return colOther, span{}
}

// unruled blanks the dashes, equals and underscores of a table rule.
func unruled(s string) string {
	if !strings.ContainsAny(s, "-=_─") {
		return s
	}
	f := strings.Fields(s)
	kept := f[:0]
	for _, w := range f {
		if strings.Trim(w, "-=_+:─") != "" {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// splitRowNumber splits the last cell of a row without frame, which runs on
// into the next row's number cell ("reunión del GRCM 5"): the number is the
// next one expected.
func splitRowNumber(text string, c span, next int) (span, string) {
	s := text[c.start:c.end]
	t := strings.TrimRight(s, " \t\n")
	k := strings.LastIndexAny(t, " \t\n")
	w := t[k+1:]
	if strings.TrimRight(w, ".)") != strconv.Itoa(next) {
		return c, ""
	}
	body := span{c.start, c.start + k + 1}
	if k < 0 {
		body = span{c.start, c.start}
	}
	return body, strings.TrimRight(w, ".)")
}

// lastCell ends the cell after a table's last bar at a blank line or, past
// 150 characters, at a sentence end.
func lastCell(text string, c span) span {
	s := text[c.start:c.end]
	if k := strings.Index(s, "\n\n"); k >= 0 {
		s = s[:k]
	}
	if len(s) > 150 {
		if k := strings.Index(s[150:], ". "); k >= 0 {
			s = s[:150+k+1]
		}
	}
	return span{c.start, c.start + len(s)}
}

// addCell appends one cell to the column of its kind.
func (r *tableRow) addCell(text, kind string, c span) {
	s := strings.TrimSpace(unruled(text[c.start:c.end]))
	if s == "" {
		return
	}
	switch kind {
	case colAgreement:
		lead := len(text[c.start:c.end]) - len(strings.TrimLeft(text[c.start:c.end], " \t\n"))
		r.agreement = append(r.agreement, span{c.start + lead, c.start + lead + len(strings.TrimSpace(text[c.start+lead:c.end]))})
	case colResponsible:
		r.responsible = append(r.responsible, s)
	case colDeadline:
		r.deadline = append(r.deadline, s)
	}
}

// sequential counts the rows numbered one more than the row before.
func sequential(rows []*tableRow) int {
	n, prev := 0, 0
	for _, r := range rows {
		v, err := strconv.Atoi(r.number)
		if err == nil && v == prev+1 {
			n++
		}
		if err == nil {
			prev = v
		}
	}
	return n
}

// subRow reports a row number that numbers a sub-row of row parent ("5.1",
// "5.2" under 5).
func subRow(num string, parent int) bool {
	head, sub, ok := strings.Cut(num, ".")
	return ok && head == strconv.Itoa(parent) && atoiOr(sub, 0) > 0
}
