package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kinds of a table column, from the labels of data/table_columns.csv.
const (
	colOther       = ""
	colNumber      = "number"
	colAgreement   = "agreement"
	colStatus      = "status"
	colResponsible = "responsible"
	colDeadline    = "deadline"
)

// Ways a text table separates its cells.
const (
	sepBar    = "bar"    // "1 | Aprobar ... | OIM | junio"
	sepFramed = "framed" // bars that also open and close each line: "| 1 | ... |"
	sepTab    = "tab"    // one tab per cell, as word processors export tables
	sepSpaces = "spaces" // runs of two or more spaces, aligned under the header
)

// cell is one cell of a table line: its trimmed byte range in the text and,
// for tables aligned with spaces, its column on the line.
type cell struct {
	start, end int
	col        int
}

// tableRow is one row of an agreements table, its wrapped lines joined.
type tableRow struct {
	number      string
	agreement   []span
	responsible []string
	deadline    []string
	wrapped     bool // its cells run together with its agreement (wrappedtables.go)
	// respAt and deadAt are where each responsible and deadline cell
	// starts in the text, where the reader knows it.
	respAt, deadAt []int
	// subs are the rows of the lettered sub-points its agreement cell
	// leads in to (subrows.go).
	subs []*tableRow
}

// table is an agreements table found in a text: its byte range and rows.
type table struct {
	start, end int
	rows       []*tableRow
	status     bool // a column of how far each agreement got ("Estado")
	ragged     bool // a framed table whose row lines hold other bars than its header
}

// tableLine is one line of the text with its offsets.
type tableLine struct{ start, end int }

// findTables returns the agreements tables of text: a header line that names
// an agreement column and a responsible or deadline column (table_columns.csv)
// and the rows under it, each row with the lines that continue it.
func (x *Extractor) findTables(text string) []table {
	if !strings.ContainsAny(text, "|\t") && !strings.Contains(text, "  ") {
		return x.withWrappedTables(text, x.cellLineTables(text)) // celltables.go
	}
	lines := textLines(text)
	var out []table
	for i := 0; i < len(lines); i++ {
		ln := lines[i]
		sep := lineSeparator(text[ln.start:ln.end])
		if sep == "" {
			continue
		}
		if sep == sepBar && strings.HasPrefix(strings.TrimSpace(text[ln.start:ln.end]), "|") {
			sep = sepFramed
		}
		cells := splitCells(text, ln, sep)
		kinds := x.headerKinds(text, cells)
		if kinds == nil {
			continue
		}
		t, next := x.readTable(text, lines, i, sep, cells, kinds)
		if len(t.rows) > 0 {
			out = append(out, t)
			i = next - 1
		}
	}
	if len(out) == 0 {
		out = x.cellLineTables(text) // celltables.go
	}
	return x.withWrappedTables(text, x.withStreamTables(text, out)) // streamtables.go
}

// withWrappedTables adds the tables whose lines a re-wrap ran together
// (wrappedtables.go) in place of those they overlap with fewer rows.
func (x *Extractor) withWrappedTables(text string, ts []table) []table {
	wrapped := x.wrappedTables(text)
	for _, t := range wrapped {
		ts = replaceOverlapping(ts, t)
	}
	if len(wrapped) > 0 {
		sort.Slice(ts, func(i, j int) bool { return ts[i].start < ts[j].start })
	}
	return ts
}

// textLines splits text into lines (without their line break).
func textLines(text string) []tableLine {
	out := make([]tableLine, 0, strings.Count(text, "\n")+1) // one slice, not grown line by line
	start := 0
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			out = append(out, tableLine{start, len(text)})
			break
		}
		out = append(out, tableLine{start, start + end})
		start += end + 1
	}
	return out
}

// lineSeparator tells how a line could separate table cells, "" when it
// holds a single run of text.
func lineSeparator(s string) string {
	t := strings.TrimSpace(s)
	switch {
	case strings.Count(strings.Trim(t, "|"), "|") >= 1:
		return sepBar
	case strings.Contains(t, "\t"):
		return sepTab
	case strings.Contains(t, "  "):
		return sepSpaces
	}
	return ""
}

// reGap is a run of two or more spaces (or a tab) between cells.
var reGap = regexp.MustCompile(`\s{2,}|\t`)

// splitCells returns the cells of a line, empty ones included for bars and
// tabs (their position is their column), only non-empty ones for spaces.
func splitCells(text string, ln tableLine, sep string) []cell {
	s := text[ln.start:ln.end]
	var out []cell
	add := func(a, b int) {
		seg := s[a:b]
		lead := len(seg) - len(strings.TrimLeftFunc(seg, unicode.IsSpace))
		trail := len(strings.TrimRightFunc(seg, unicode.IsSpace))
		if trail < lead {
			trail = lead
		}
		out = append(out, cell{start: ln.start + a + lead, end: ln.start + a + trail, col: utf8.RuneCountInString(s[:a+lead])})
	}
	switch sep {
	case sepBar, sepFramed, sepTab:
		ch := "|"
		if sep == sepTab {
			ch = "\t"
		}
		from, to := 0, len(s)
		if sep != sepTab {
			// a line of a framed table opens with a bar; in a table without
			// frame a line that opens with one has an empty first cell
			t := strings.TrimSpace(s)
			off := strings.Index(s, t)
			from, to = off, off+len(t)
			if sep == sepFramed && strings.HasPrefix(t, "|") {
				from++
			}
			if strings.HasSuffix(t, "|") && to-1 >= from {
				to--
			}
		}
		a := from
		for {
			k := strings.Index(s[a:to], ch)
			if k < 0 {
				add(a, to)
				break
			}
			add(a, a+k)
			a += k + 1
		}
	default:
		a := 0
		for _, g := range reGap.FindAllStringIndex(s, -1) {
			if g[0] > a {
				add(a, g[0])
			}
			a = g[1]
		}
		if a < len(s) {
			add(a, len(s))
		}
		kept := out[:0]
		for _, c := range out {
			if c.end > c.start {
				kept = append(kept, c)
			}
		}
		out = kept
	}
	return out
}

// headerKinds returns the column kind of each header cell, or nil when the
// cells are no header of an agreements table.
func (x *Extractor) headerKinds(text string, cells []cell) []string {
	if len(cells) < 2 || len(cells) > 8 {
		return nil
	}
	kinds := make([]string, len(cells))
	has := map[string]bool{}
	for k, c := range cells {
		kinds[k] = x.columnKind(text[c.start:c.end])
		has[kinds[k]] = true
	}
	if !has[colAgreement] || !has[colResponsible] && !has[colDeadline] {
		return nil
	}
	return kinds
}

// columnKind returns the kind of a header cell whose text is a column label.
func (x *Extractor) columnKind(s string) string {
	toks := tokenize(s)
	for len(toks) > 0 && !toks[0].word && toks[0].fold != "#" {
		toks = toks[1:]
	}
	if len(toks) == 0 || len(toks) > 6 {
		return colOther
	}
	e, j, ok := x.rules.columns.match(toks, 0)
	if !ok {
		return colOther
	}
	for _, t := range toks[j:] {
		if t.word && len(toks)-j > 3 {
			return colOther // a sentence that opens with a label word
		}
	}
	return e.kind
}

// readTable reads the rows under the header at lines[h]; it returns the
// table and the index of the first line after it.
func (x *Extractor) readTable(text string, lines []tableLine, h int, sep string, head []cell, kinds []string) (table, int) {
	t := table{start: lines[h].start, end: lines[h].end}
	headBars := strings.Count(text[lines[h].start:lines[h].end], "|")
	if len(kinds) > 0 && kinds[0] == colOther && head[0].end == head[0].start && sep != sepSpaces && marginNumbers(text, lines, h, sep) {
		kinds = append([]string{colNumber}, kinds[1:]...) // "|   | ACUERDO | ..." / "| A | Aprobar ...": the rows' letters in the margin
	}
	hasNumber := false
	for _, k := range kinds {
		hasNumber = hasNumber || k == colNumber
		t.status = t.status || k == colStatus
	}
	var cur *tableRow
	margin := indentOf(text[lines[h].start:lines[h].end])
	i := h + 1
	for ; i < len(lines); i++ {
		ln := lines[i]
		s := text[ln.start:ln.end]
		if sep == sepSpaces && margin >= 2 && strings.TrimSpace(s) != "" && indentOf(s) < margin {
			break // "      Recommendation ... Status" / ... / "Delegates noted that ...": prose at the margin, where no blank line ends the table
		}
		if isRule(s) {
			if wholeRowAfter(text, lines, i, sep, len(head)) {
				continue // "+-----+-----+" between framed rows
			}
			break
		}
		if strings.TrimSpace(s) == "" || !belongs(s, sep) {
			if next := x.tableGoesOn(text, lines, i, sep); next > i {
				i = next - 1
				continue
			}
			break
		}
		if signOff(strings.TrimSpace(s)) {
			break // "Bratislava, 23 November 2016" closes the report
		}
		if sep == sepFramed && strings.Count(s, "|") != headBars {
			t.ragged = true // "| 1 | Dar por recibido ... | - | - | |" / "| Financiero ... | | | | | período noviem-"
		}
		cells := splitCells(text, ln, sep)
		byKind := map[string][]cell{}
		for k, c := range cells {
			kind := colOther
			if sep == sepSpaces {
				kind = kinds[columnAt(head, c.col)]
			} else if k < len(kinds) {
				kind = kinds[k]
			}
			if c.end > c.start {
				byKind[kind] = append(byKind[kind], c)
			}
		}
		if x.headerKinds(text, cells) != nil {
			continue // the header repeated after a page break
		}
		if cur == nil || startsRow(text, byKind, cur, hasNumber) {
			cur = &tableRow{}
			t.rows = append(t.rows, cur)
		}
		cur.add(text, byKind)
		t.end = ln.end
	}
	for _, r := range t.rows {
		r.markNumber(text)
	}
	t.rows = withAgreement(t.rows)
	return t, i
}

// marginNumbers reports a first data row under the header at lines[h]
// whose first cell is a row number or letter ("A", "1", "b)").
func marginNumbers(text string, lines []tableLine, h int, sep string) bool {
	for i := h + 1; i < len(lines) && i <= h+3; i++ {
		s := text[lines[i].start:lines[i].end]
		if isRule(s) || strings.TrimSpace(s) == "" {
			continue
		}
		cells := splitCells(text, lines[i], sep)
		return len(cells) > 1 && reRowNumber.MatchString(strings.ToLower(strings.TrimSpace(text[cells[0].start:cells[0].end])))
	}
	return false
}

// tableGoesOn returns the index of the line where the table goes on after
// a blank line or page furniture at lines[i] (a page number, a running
// header in capitals, blank lines: at most four lines), or -1 where it ends.
func (x *Extractor) tableGoesOn(text string, lines []tableLine, i int, sep string) int {
	furniture := false
	for j := i; j < len(lines) && j <= i+6; j++ {
		s := text[lines[j].start:lines[j].end]
		t := strings.TrimSpace(s)
		switch {
		case t == "" || j > i && isRule(s):
			continue // a blank line, or the rule that reopens a framed table on the next page
		case j > i && isTableLine(text, lines[j], s, sep, furniture):
			return j
		case annexWord(firstWord(t)) && isAnnexHeading(t):
			return -1 // "ANEXO II": the next annex, no running header
		case pageLine(t):
			furniture = true
			continue
		}
		return -1
	}
	return -1
}

// isTableLine reports whether a line after a gap goes on with a table:
// a line of its separator, or for a table aligned with spaces a line of
// two cells or, after page furniture, one that continues a cell in lower
// case or indented under it.
func isTableLine(text string, ln tableLine, s, sep string, furniture bool) bool {
	if sep != sepSpaces {
		return belongs(s, sep)
	}
	if len(splitCells(text, ln, sep)) >= 2 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	indented := len(s)-len(strings.TrimLeft(s, " ")) >= 3 // "     Panamá y República Dominicana ...": a cell's next line
	return furniture && (unicode.IsLower(r) || indented)
}

// wholeRowAfter reports whether the line after the rule at lines[i] is a
// row with as many cells as the header, or the end of the text: the table
// goes on past its rule, unless re-wrapping broke its rows.
func wholeRowAfter(text string, lines []tableLine, i int, sep string, cells int) bool {
	for j := i + 1; j < len(lines); j++ {
		s := text[lines[j].start:lines[j].end]
		if t := strings.TrimSpace(s); t == "" || isRule(s) || pageLine(t) {
			continue
		}
		return sep == sepSpaces || len(splitCells(text, lines[j], sep)) == cells
	}
	return true
}

// pageLine reports a short line a page break puts in a table: a page
// number, a running header in capitals, a footer.
func pageLine(t string) bool {
	t = strings.TrimLeft(t, "\f")
	return len(t) <= 80 && (isPageNumber(t) || isUpperWord(t) || pageFooter(t))
}

// belongs reports whether a line can be a line of a table with separator sep.
func belongs(s, sep string) bool {
	switch sep {
	case sepBar, sepFramed:
		return strings.Contains(s, "|")
	case sepTab:
		return strings.Contains(s, "\t")
	}
	return true
}

// isRule reports a line drawn only with dashes, equals, plus signs, bars
// and colons: a table's rule.
func isRule(s string) bool {
	t := strings.TrimSpace(s)
	return t != "" && strings.Trim(t, "-=+|: \t_─━│┼") == ""
}

// columnAt returns the header column a cell starting at col stands under:
// the last one that starts at or before it (two characters of slack).
func columnAt(head []cell, col int) int {
	k := 0
	for j, h := range head {
		if h.col <= col+2 {
			k = j
		}
	}
	return k
}

// reRowNumber matches a row number: "1", "2.", "3)", "iv.", "a)", or a
// decision's code ("grcm-2013-08", "ap-3", "9/2016", "rec. 4").
var reRowNumber = regexp.MustCompile(`^(?:\d{1,3}(?:\.\d{1,3})*|[ivxlc]{1,6}|[a-z]|[a-z]{1,8}(?:-[a-z0-9]{1,6}){1,3}|\d{1,3}/\d{4}|[a-z]{2,6}\. ?\d{1,3})[.)]?$`)

// reLeadNumber matches a number that opens an agreement cell: "1. ", "2) ".
var reLeadNumber = regexp.MustCompile(`^(\d{1,3}(?:\.\d{1,3})*|[a-z])[.)]\s+`)

// startsRow reports whether a line's cells open a new row: its number cell
// holds a number, or, in a table without numbers, its agreement cell opens
// with a capital after a row that ended its sentence, or beside a
// responsible or deadline cell of its own.
func startsRow(text string, byKind map[string][]cell, cur *tableRow, hasNumber bool) bool {
	if hasNumber {
		for _, c := range byKind[colNumber] {
			if reRowNumber.MatchString(strings.ToLower(strings.TrimSpace(text[c.start:c.end]))) {
				return true
			}
		}
		return false
	}
	ag := byKind[colAgreement]
	if len(ag) == 0 {
		return false
	}
	s := text[ag[0].start:ag[0].end]
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	if len(cur.agreement) == 0 {
		return true
	}
	last := cur.agreement[len(cur.agreement)-1]
	prev := strings.TrimSpace(text[last.start:last.end])
	if strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, ";") || strings.HasSuffix(prev, ":") {
		return true
	}
	if openEnd(prev) || len(cur.responsible) > 0 && len(byKind[colResponsible]) == 0 {
		// "Designation of ... for the" / "Plan of Action   Governments"; "Study on
		// ... in Central   ECLAC" / "America   (San Salvador, January 1999)":
		// the cells of the row above wrapped
		return false
	}
	return len(byKind[colResponsible])+len(byKind[colDeadline]) > 0
}

// openEnd reports a cell's text that ends with a word no phrase ends with
// (an article, a preposition, a conjunction): its line wrapped.
func openEnd(s string) bool {
	w := strings.ToLower(s[strings.LastIndexAny(s, " \t")+1:])
	switch w {
	case "a", "an", "in", "or", "with", "by", "o", "en", "con", "por", "al":
		return true
	}
	return isConnector(w) // "of", "the", "de", "la", ... (bodyname.go)
}

// add appends a line's cells to the row.
func (r *tableRow) add(text string, byKind map[string][]cell) {
	for _, c := range byKind[colNumber] {
		if r.number == "" {
			r.number = strings.ReplaceAll(strings.TrimRight(strings.TrimSpace(text[c.start:c.end]), ".)"), " ", "") // "Rec. 4": rec.4, as printed
		}
	}
	for _, c := range byKind[colAgreement] {
		r.agreement = append(r.agreement, span{c.start, c.end})
	}
	for _, c := range byKind[colResponsible] {
		r.responsible = append(r.responsible, text[c.start:c.end])
		r.respAt = append(r.respAt, c.start)
	}
	for _, c := range byKind[colDeadline] {
		r.deadline = append(r.deadline, text[c.start:c.end])
		r.deadAt = append(r.deadAt, c.start)
	}
}

// markNumber takes a row's number from a marker that opens its agreement
// cell ("1. Aprobar ...") when the table has no number column.
func (r *tableRow) markNumber(text string) {
	if r.number != "" || len(r.agreement) == 0 {
		return
	}
	first := r.agreement[0]
	if m := reLeadNumber.FindStringSubmatchIndex(text[first.start:first.end]); m != nil {
		r.number = text[first.start+m[2] : first.start+m[3]]
		r.agreement[0].start = first.start + m[1]
	}
}

// joinCells joins the pieces of a wrapped cell, rejoining a word cut by a
// hyphen at the end of a piece ("Indo-" "nesia").
func joinCells(parts []string) string {
	var b strings.Builder
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			s := b.String()
			r, _ := utf8.DecodeRuneInString(p)
			if strings.HasSuffix(s, "-") && unicode.IsLower(r) {
				b.Reset()
				b.WriteString(strings.TrimSuffix(s, "-"))
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(p)
	}
	return b.String()
}
