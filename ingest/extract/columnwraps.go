package extract

import "strings"

// colCell is one cell of a line set in columns: the column it starts at and
// its text.
type colCell struct {
	col  int
	text string
}

// joinColumnWraps joins the cells of a list set in columns whose names a
// narrow column wrapped onto the next line ("Democratic Republic of" /
// "  the Congo"): a cell that opens in small letters, or that stands under
// a cell ending with "of", "de", "del", "and" or "y", goes on the cell above
// it in its column. Lines with no such cell are kept as they are.
func joinColumnWraps(s string) string {
	if !strings.Contains(s, "   ") {
		return s
	}
	lines := strings.Split(s, "\n")
	cells := make([][]colCell, len(lines))
	for i, l := range lines {
		cells[i] = lineCells(l)
	}
	changed := false
	for i := 1; i < len(lines); i++ {
		above := cells[i-1]
		if len(above) < 2 || !isColumnList(lines[i-1]+"\n"+lines[i]) {
			continue // not a line of columns
		}
		kept := cells[i][:0]
		for _, c := range cells[i] {
			k := columnOf(above, c.col)
			if k >= 0 && (startsLower(c.text) || wrapEnd(above[k].text)) {
				above[k].text += " " + c.text
				changed = true
				continue
			}
			kept = append(kept, c)
		}
		cells[i] = kept
	}
	if !changed {
		return s
	}
	for i, cs := range cells {
		if len(cs) == 0 && strings.TrimSpace(lines[i]) != "" {
			lines[i] = ""
			continue
		}
		if len(cs) > 1 || len(cs) == 1 && cs[0].text != strings.TrimSpace(lines[i]) {
			parts := make([]string, len(cs))
			for k, c := range cs {
				parts[k] = c.text
			}
			lines[i] = strings.Repeat(" ", cs[0].col) + strings.Join(parts, "     ")
		}
	}
	return strings.Join(lines, "\n")
}

// lineCells cuts a line at its gaps between cells (reCellGap).
func lineCells(l string) []colCell {
	var out []colCell
	from := 0
	for _, g := range append(reCellGap.FindAllStringIndex(l, -1), []int{len(l), len(l)}) {
		seg := l[from:g[0]]
		if t := strings.TrimSpace(seg); t != "" {
			out = append(out, colCell{col: from + strings.Index(seg, t), text: t})
		}
		from = g[1]
	}
	return out
}

// columnOf returns which of the cells above holds column col: the last
// that starts at or before it, or -1.
func columnOf(above []colCell, col int) int {
	k := -1
	for j, c := range above {
		if c.col <= col {
			k = j
		}
	}
	return k
}

// wrapEnd reports a cell whose name goes on below it ("Democratic Republic of").
func wrapEnd(t string) bool {
	switch lastWord(t) {
	case "of", "de", "del", "and", "y", "the":
		return true
	}
	return false
}
