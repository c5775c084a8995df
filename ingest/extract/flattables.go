package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
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
// 1    Agradecer ...  --  -- Presidencia ... 2    Recomendar ..."): the rule,
// or else the header's labels, still give each column's start and width, so
// the runs of spaces between cells tell which column a cell stands in, and a
// cell that runs past its column's width runs on into the next line. A
// table's part on a later page goes on with the row the page cut.
func (x *Extractor) flatTables(text string) []table {
	if !strings.Contains(text, "  ") {
		return nil
	}
	heads := append(x.ruledHeads(text), x.labelHeads(text)...)
	sort.Slice(heads, func(i, j int) bool { return heads[i].start < heads[j].start })
	var out []table
	var prev *tableRow
	for i, h := range heads {
		end := h.lineEnd
		if i+1 < len(heads) && heads[i+1].start < end {
			end = heads[i+1].start // the next header on this line
		}
		t, ok := h.grid.read(text, h.start, h.from, end, prev)
		prev = nil
		if ok {
			out = append(out, t)
			prev = t.rows[len(t.rows)-1]
		}
	}
	return out
}

// flatHead is the header of a flattened table: its grid, the offset of its
// first label, of its rows and of the end of its line.
type flatHead struct {
	grid                 flatGrid
	start, from, lineEnd int
}

// ruledHeads returns the headers over a rule of dashes in columns on a long
// line: the rule gives the grid.
func (x *Extractor) ruledHeads(text string) []flatHead {
	if !strings.Contains(text, "---  ") {
		return nil
	}
	var out []flatHead
	for _, r := range reFlatRule.FindAllStringIndex(text, -1) {
		ls, le := lineAround(text, r[0], r[1])
		if le-ls < 400 {
			continue // a rule on a line of its own: findTables reads the table
		}
		if g, start, ok := x.flatHeader(text, ls, r[0], r[1]); ok {
			out = append(out, flatHead{g, start, r[1], le})
		}
	}
	return out
}

// lineAround returns the start and end of the line that holds [s, e).
func lineAround(text string, s, e int) (int, int) {
	ls := strings.LastIndexByte(text[:s], '\n') + 1
	le := strings.IndexByte(text[e:], '\n')
	if le < 0 {
		return ls, len(text)
	}
	return ls, e + le
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

// labelHeads returns the headers of labels set apart by two spaces or more
// on a long line, over one rule of dashes or none ("No.   Acuerdo
// Responsable   Plazo 1     Agradecer ..."): the labels' starts give the
// grid.
func (x *Extractor) labelHeads(text string) []flatHead {
	var out []flatHead
	for ls := 0; ls < len(text); {
		_, le := lineAround(text, ls, ls)
		if le-ls >= 400 && strings.Contains(text[ls:le], "  ") {
			out = append(out, x.lineLabelHeads(text, ls, le)...)
		}
		ls = le + 1
	}
	return out
}

// lineLabelHeads returns the headers of labels on the line [ls, le).
func (x *Extractor) lineLabelHeads(text string, ls, le int) []flatHead {
	var segs [][2]int
	at := ls
	for _, m := range reSpaceGap.FindAllStringIndex(text[ls:le], -1) {
		segs = append(segs, [2]int{at, ls + m[0]})
		at = ls + m[1]
	}
	segs = append(segs, [2]int{at, le})
	var out []flatHead
	for k, sg := range segs {
		first := sg[0] + strings.LastIndexByte(text[sg[0]:sg[1]], ' ') + 1
		if x.columnKind(text[first:sg[1]]) != colNumber {
			continue
		}
		if h, ok := x.labelHead(text, segs[k+1:min(len(segs), k+7)], first, le); ok {
			out = append(out, h)
		}
	}
	return out
}

// labelHead reads the header whose number label starts at first and whose
// other labels are the segments segs; the last label is followed by one
// space and the table's first line, or by a rule of dashes.
func (x *Extractor) labelHead(text string, segs [][2]int, first, le int) (flatHead, bool) {
	g := flatGrid{starts: []int{0}, kinds: []string{colNumber}, agreement: -1}
	for _, sg := range segs {
		kind, n := x.labelPrefix(text[sg[0]:sg[1]])
		if kind == colOther {
			return flatHead{}, false
		}
		from := -1
		if sg[0]+n < sg[1] {
			from = sg[0] + n + 1 // the header's last label, then its rows
		}
		if kind == colAgreement {
			g.agreement = len(g.kinds)
		}
		g.starts = append(g.starts, utf8.RuneCountInString(text[first:sg[0]]))
		g.kinds = append(g.kinds, kind)
		if from < 0 {
			continue
		}
		kinds := strings.Join(g.kinds, " ")
		if g.agreement < 1 || !strings.Contains(kinds, colResponsible) && !strings.Contains(kinds, colDeadline) {
			return flatHead{}, false
		}
		if text[from] == '-' {
			if loc := reFlatRule.FindStringIndex(text[from:min(le, from+400)]); loc != nil && loc[0] == 0 {
				return flatHead{}, false // a rule in columns: ruledHeads reads it
			}
			from = len(text) - len(strings.TrimLeft(text[from:], "-"))
		}
		g.widths = labelWidths(g.starts)
		return flatHead{g, first, from, le}, true
	}
	return flatHead{}, false
}

// labelPrefix returns the kind of the column label that s opens with and
// the label's length: a header's last label runs on into the table's first
// line where the line breaks were lost ("Plazo 1", "Plazo de puntos").
func (x *Extractor) labelPrefix(s string) (string, int) {
	toks := tokenize(s)
	e, j, ok := x.rules.columns.match(toks, 0)
	if !ok || j == 0 {
		return colOther, 0
	}
	if j < len(toks) && toks[j].start == toks[j-1].end {
		return colOther, 0 // a label word inside a longer word
	}
	return e.kind, toks[j-1].end
}

// labelWidths returns each column's width from the starts of its labels:
// up to the next label less a gap of two, and for the last column the
// widest of the narrow columns (a rule of one run spans the page, not it).
func labelWidths(starts []int) []int {
	n := len(starts)
	w := make([]int, n)
	widest := 0
	for k := 0; k+1 < n; k++ {
		w[k] = starts[k+1] - starts[k] - 2
		if k > 0 && w[k] < 30 {
			widest = max(widest, w[k])
		}
	}
	w[n-1] = max(widest, 12)
	return w
}

// flatCell is a run of text between two gaps of a flattened table.
type flatCell struct{ start, end, gap int }

// read reads the rows of the table whose header starts at start, from the
// end of its rule to end; prev is the last row of the table's part on the
// page before, if any.
func (g flatGrid) read(text string, start, from, end int, prev *tableRow) (table, bool) {
	cells := flatCells(text, from, end)
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
			if cur == nil && prev != nil {
				cur, x = prev, g.starts[g.agreement] // the row a page cut goes on
			}
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
	return t, len(t.rows) >= 2 || prev != nil && len(t.rows) == 1
}

// flatCells returns the cells of text[from:end] up to a page's number
// ("Página 1 de 3"), where the table's part on its page ends.
func flatCells(text string, from, end int) []flatCell {
	var cells []flatCell
	gaps := reSpaceGap.FindAllStringIndex(text[from:end], -1)
	at := from
	for i := 0; i <= len(gaps); i++ {
		ce, next := end, end
		if i < len(gaps) {
			ce, next = from+gaps[i][0], from+gaps[i][1]
		}
		k := pageCut(text[at:ce])
		if k >= 0 {
			ce, next = at+k, at+k
		}
		if c := strings.TrimSpace(text[at:ce]); c != "" {
			lead := strings.Index(text[at:ce], c)
			cells = append(cells, flatCell{at + lead, at + lead + len(c), next - ce})
		}
		if k >= 0 {
			break
		}
		at = next
	}
	return cells
}

// pageCut returns where a page's number starts in cell c: at its start in
// words ("Página 1 de 3"), or inside it after a line's text that a lost break
// joined to it ("de la Red Página 1 de 2", "2014 1 | 2"); -1 where there is
// none.
func pageCut(c string) int {
	t := strings.TrimLeft(c, " ")
	if rePageMark.MatchString(t) {
		return len(c) - len(t)
	}
	if m := reInnerPageMark.FindStringIndex(c); m != nil {
		return m[0]
	}
	return -1
}

// rePageMark matches a page's number in words at the start of a cell.
var rePageMark = regexp.MustCompile(`^(?i:p[áa]gina|page|p[áa]g\.)\s*\d+(?:\s*(?:de|of|/)\s*\d+)?\b`)

// reInnerPageMark matches a page's number of pages inside a cell.
var reInnerPageMark = regexp.MustCompile(` (?:(?i:p[áa]gina|page) \d+ (?:de|of) \d+|\d{1,3} \| \d{1,3})\b`)

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
// ("Al finalizar ene- parativas ...", "31/01/2019 la región ...": the
// next line's agreement text).
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
		if (endsInYear(lastField(cell)) || strings.HasSuffix(cell, "-")) && unicode.IsLower(firstRune(next)) {
			return n
		}
		n += 1 + len(next)
	}
	return n
}

// endsInYear reports a word that ends with a year: "2019", "31/01/2014".
func endsInYear(w string) bool {
	if len(w) > 4 && strings.Contains("0123456789", w[len(w)-5:len(w)-4]) {
		return false
	}
	return len(w) >= 4 && isYear(w[len(w)-4:])
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
