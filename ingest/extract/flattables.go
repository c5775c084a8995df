package extract

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// reFlatRule matches the rule under a table's header aligned by spaces:
// three runs of dashes or more set apart by two spaces or more.
var reFlatRule = regexp.MustCompile(`-{3,}(?: {2,}-{3,}){2,}`)

// reSpaceGap matches the two spaces or more that set a flattened table's
// cells apart.
var reSpaceGap = regexp.MustCompile(` {2,}`)

// flatGrid is the layout of a table aligned by spaces: each column's start
// and width on its lines, read from its rule, and its kind from its header.
type flatGrid struct {
	starts, widths []int
	kinds          []string
	agreement      int // the index of the agreement column
}

// flatTables reads the agreements tables aligned by spaces whose line
// breaks were lost ("No.  Acuerdo  Responsable  Plazo ---  -----  ----  ----
// 1    Agradecer ...  --  -- Presidencia ... 2    Recomendar ..."): the rule
// still gives each column's start and width, so the runs of spaces between
// cells tell which column a cell stands in, and a cell that runs past its
// column's width runs on into the next line.
func (x *Extractor) flatTables(text string) []table {
	if !strings.Contains(text, "---  ") {
		return nil
	}
	rules := reFlatRule.FindAllStringIndex(text, -1)
	var out []table
	for i, r := range rules {
		ls := strings.LastIndexByte(text[:r[0]], '\n') + 1
		le := strings.IndexByte(text[r[1]:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += r[1]
		}
		if le-ls < 400 {
			continue // a rule on a line of its own: findTables reads the table
		}
		g, start, ok := x.flatHeader(text, ls, r[0], r[1])
		if !ok {
			continue
		}
		end := le
		if i+1 < len(rules) && rules[i+1][0] < le {
			end = rules[i+1][0] - 300 // the next header and rule on this line
			if _, s, ok := x.flatHeader(text, ls, rules[i+1][0], rules[i+1][1]); ok {
				end = s
			}
		}
		if t, ok := g.read(text, start, r[1], end); ok {
			out = append(out, t)
		}
	}
	return out
}

// flatHeader reads the grid of the rule at [rs, re) and the header before
// it, which a lost break joined to the rule with one space; it returns the
// offset of the header's first label.
func (x *Extractor) flatHeader(text string, ls, rs, re int) (flatGrid, int, bool) {
	var g flatGrid
	rule := text[rs:re]
	for i := 0; i < len(rule); {
		if rule[i] != '-' {
			i++
			continue
		}
		j := i
		for j < len(rule) && rule[j] == '-' {
			j++
		}
		g.starts, g.widths = append(g.starts, i), append(g.widths, j-i)
		i = j
	}
	from := max(ls, rs-300)
	head := strings.TrimRight(text[from:rs], " ")
	parts := reSpaceGap.Split(head, -1)
	n := len(g.starts)
	if len(parts) < n {
		return g, 0, false
	}
	parts = parts[len(parts)-n:]
	parts[0] = parts[0][strings.LastIndexByte(parts[0], ' ')+1:] // "... de cumplimiento: No."
	g.agreement = -1
	for k, p := range parts {
		kind := x.columnKind(p)
		g.kinds = append(g.kinds, kind)
		if kind == colAgreement {
			g.agreement = k
		}
	}
	if g.kinds[0] != colNumber || g.agreement < 1 || !strings.Contains(strings.Join(g.kinds, " "), colResponsible) && !strings.Contains(strings.Join(g.kinds, " "), colDeadline) {
		return g, 0, false
	}
	return g, from + strings.LastIndex(head, parts[0]), true
}

// flatCell is a run of text between two gaps of a flattened table.
type flatCell struct{ start, end, gap int }

// read reads the rows of the table whose header starts at start, from the
// end of its rule to end.
func (g flatGrid) read(text string, start, from, end int) (table, bool) {
	var cells []flatCell
	s := text[from:end]
	at := 0
	for _, m := range reSpaceGap.FindAllStringIndex(s, -1) {
		if c := strings.TrimSpace(s[at:m[0]]); pageMark(c) {
			break // "Página 1 de 3": the page ended, and the table's part on it
		} else if c != "" {
			lead := strings.Index(s[at:m[0]], c)
			cells = append(cells, flatCell{from + at + lead, from + at + lead + len(c), m[1] - m[0]})
		}
		at = m[1]
	}
	if c := strings.TrimSpace(s[at:]); c != "" && !pageMark(c) && (len(cells) == 0 || !pageMark(strings.TrimSpace(text[cells[len(cells)-1].end:from+at]))) {
		lead := strings.Index(s[at:], c)
		cells = append(cells, flatCell{from + at + lead, from + at + lead + len(c), 0})
	}
	t := table{start: start, end: end}
	var cur *tableRow
	next, x := 1, 0
	for _, c := range cells {
		num, gapAfter := "", c.gap
		if w := lastField(text[c.start:c.end]); c.gap >= 2 && rowNumber(strings.TrimRight(w, "."), next, cur == nil) {
			num = strings.TrimRight(w, ".") // "... brindadas. 2" then the gap before the next row's text
			next = atoiOr(num, next)
			c.end = c.start + len(strings.TrimRight(text[c.start:c.end-len(w)], " "))
			c.gap = 0 // one space stood between the text and the number
		}
		if c.start < c.end {
			if x < g.starts[1]-1 && cur == nil {
				return t, false // no row number where the table starts
			}
			if cur != nil {
				x = g.place(text, cur, c, x)
			}
		}
		if num != "" {
			cur = &tableRow{number: num}
			t.rows = append(t.rows, cur)
			next++
			x = len(num) + gapAfter
		}
	}
	if len(t.rows) > 0 {
		last := t.rows[len(t.rows)-1]
		last.agreement = sentenceOnly(text, last.agreement)
	}
	return t, len(t.rows) >= 2
}

// pageMark reports a cell that opens with a page's number in words
// ("Página 1 de 3", "Page 2 of 5"), not a row's bare number.
func pageMark(c string) bool {
	return rePageMark.MatchString(c)
}

// rePageMark matches a page's number in words at the start of a cell.
var rePageMark = regexp.MustCompile(`^(?i:p[áa]gina|page|p[áa]g\.)\s*\d+(?:\s*(?:de|of|/)\s*\d+)?\b`)

// rowNumber reports the number of the next row: the one expected, or any
// number for the first row (a table that goes on from a page before).
func rowNumber(w string, next int, first bool) bool {
	if first {
		v, err := strconv.Atoi(w)
		return err == nil && v > 0 && v < 1000
	}
	return w == strconv.Itoa(next)
}

// lastField returns the last space-separated word of s.
func lastField(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// place puts cell c, which starts at column x of its line, into row r and
// returns the column the next cell starts at. A cell that runs past its
// column ran on into the next line, whose text starts in the agreement
// column.
func (g flatGrid) place(text string, r *tableRow, c flatCell, x int) int {
	k := g.column(x)
	s := text[c.start:c.end]
	if k != g.agreement && k > 0 {
		n := widthCut(s, g.widths[k])
		r.addCell(text, g.kinds[k], span{c.start, c.start + n})
		if n < len(s) {
			rest := flatCell{c.start + n + 1, c.end, c.gap}
			return g.place(text, r, rest, g.starts[g.agreement])
		}
		return g.snap(x + len(s) + c.gap)
	}
	r.addCell(text, colAgreement, span{c.start, c.end})
	if c.gap == 0 {
		return x
	}
	target := x + len([]rune(s)) + c.gap
	if j := g.exact(target); j > k {
		return g.starts[j]
	}
	for j := k + 1; j < len(g.starts); j++ {
		// the cell holds lines of agreement text: the last one started at the
		// agreement column and ends where the gap reaches column j
		b := len([]rune(s)) + c.gap + g.starts[g.agreement] - g.starts[j]
		if rs := []rune(s); b > 0 && b < len(rs) && rs[b-1] == ' ' {
			return g.starts[j]
		}
	}
	return g.snap(target)
}

// column returns the column that starts at or before x.
func (g flatGrid) column(x int) int {
	k := 0
	for j, st := range g.starts {
		if st <= x+1 {
			k = j
		}
	}
	return k
}

// exact returns the column that starts within one character of x, or -1.
func (g flatGrid) exact(x int) int {
	for j, st := range g.starts {
		if x >= st-1 && x <= st+1 {
			return j
		}
	}
	return -1
}

// snap returns the start of the column nearest x.
func (g flatGrid) snap(x int) int {
	best := g.starts[0]
	for _, st := range g.starts {
		if abs(st-x) < abs(best-x) {
			best = st
		}
	}
	return best
}

// abs returns the absolute value of v.
func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// widthCut returns how much of s belongs to a narrow cell of width w: a
// placeholder dash alone, else words while they fit (two characters of
// slack), up to a number or a hyphen that a word in small letters follows
// ("Al finalizar ene- parativas ...", "de 2019 la región ...": the next
// line's agreement text).
func widthCut(s string, w int) int {
	words := strings.Split(s, " ")
	n := len(words[0])
	switch words[0] {
	case "-", "--", "–", "—":
		return n
	}
	for _, next := range words[1:] {
		if next == "" {
			return n
		}
		cell := s[:n]
		if len([]rune(cell))+1+len([]rune(next)) > w+2 {
			return n
		}
		if (isYear(lastField(cell)) || strings.HasSuffix(cell, "-")) && unicode.IsLower(firstRune(next)) {
			return n
		}
		n += 1 + len(next)
	}
	return n
}

// isYear reports a year of four digits.
func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == ""
}

// sentenceOnly cuts the agreement text of a table's last row at its first
// sentence end followed by a capital: past it stand the page's footer or
// the report's next part.
func sentenceOnly(text string, ss []span) []span {
	for i, sp := range ss {
		s := text[sp.start:sp.end]
		if i > 0 && strings.HasSuffix(text[ss[i-1].start:ss[i-1].end], ".") && unicode.IsUpper(firstRune(s)) {
			return ss[:i]
		}
		for k := 0; k+2 < len(s); k++ {
			if s[k] == '.' && s[k+1] == ' ' && unicode.IsUpper(firstRune(s[k+2:])) {
				return append(ss[:i:i], span{sp.start, sp.start + k + 1})
			}
		}
	}
	return ss
}
