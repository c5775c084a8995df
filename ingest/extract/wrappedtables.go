package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wrappedTables reads the agreements tables aligned by spaces whose lines a
// re-wrap ran together with single spaces ("No. Agreement Responsible
// Deadline ---" / "----- ----- 1 To approve the TS Activity and - -" / "2 To
// take note ..."): the cells can no longer be told apart, so a row is its
// number and all its words, read as the agreement. A row opens a paragraph
// with the next number; a page break goes on with the row it cut after the
// header repeated.
func (x *Extractor) wrappedTables(text string) []table {
	var out []table
	for ls := 0; ls < len(text); {
		_, le := lineAround(text, ls, ls)
		next := le + 1
		for _, hs := range headStarts(text, ls, le) {
			from, ok := x.wrappedHead(text, hs, le)
			if !ok {
				continue
			}
			if t, ok := x.wrappedRows(text, hs, from); ok {
				out = append(out, t)
				_, end := lineAround(text, t.end, t.end)
				next = end + 1
				break
			}
		}
		ls = next
	}
	return out
}

// headStarts returns where a wrapped table's header may start on the line
// [ls, le): its first word, and a later word that opens with "N" or "#"
// before a capital, where the line breaks were lost as well ("... the
// following agreements: No. Agreement Responsible Deadline 1 To thank ...").
func headStarts(text string, ls, le int) []int {
	var out []int
	first := ls + len(text[ls:le]) - len(strings.TrimLeft(text[ls:le], " "))
	for i := first; i < le; i++ {
		if i > first && text[i-1] != ' ' || text[i] != 'N' && text[i] != 'n' && text[i] != '#' {
			continue
		}
		sp := strings.IndexByte(text[i:le], ' ')
		if sp < 0 || sp > 7 || i+sp+1 >= le {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(text[i+sp+1:]); unicode.IsUpper(r) {
			out = append(out, i)
		}
	}
	return out
}

// wrappedHead reports a header of column labels set apart by single spaces
// that starts at byte hs of a line ending at le, a number's label first,
// with a rule of dashes, the line's end or the first row after them; it
// returns the offset where the rows start.
func (x *Extractor) wrappedHead(text string, hs, le int) (int, bool) {
	hs += len(text[hs:le]) - len(strings.TrimLeft(text[hs:le], " "))
	sp := strings.IndexByte(text[hs:le], ' ')
	if sp < 0 || x.columnKind(text[hs:hs+sp]) != colNumber {
		return 0, false
	}
	at := hs + sp
	has := map[string]bool{}
	for {
		gap := len(text[at:le]) - len(strings.TrimLeft(text[at:le], " "))
		kind, n := x.labelPrefix(text[at+gap : le])
		if kind == colOther {
			break
		}
		if gap > 1 {
			return 0, false // labels aligned by spaces: flattables.go reads them
		}
		has[kind] = true
		at += gap + n
	}
	at += len(text[at:le]) - len(strings.TrimLeft(text[at:le], " "))
	if !has[colAgreement] || !has[colResponsible] && !has[colDeadline] {
		return 0, false
	}
	if _, _, ok := rowAt(text, at, 1); ok {
		return at, true // "No. Agreement Responsible Deadline 1 To thank the"
	}
	rule, alone := at, strings.TrimSpace(text[at:le]) == ""
	for at < len(text) && (text[at] == '-' || text[at] == ' ' || text[at] == '\n' || text[at] == '\r') {
		at++
	}
	if !alone && strings.Count(text[rule:at], "-") < 6 {
		return 0, false // the labels, then a rule of dashes or the line's end
	}
	return at, true
}

// wrappedRows reads the rows of the wrapped table whose header starts at
// start and whose first row starts at from; it needs two rows or more.
func (x *Extractor) wrappedRows(text string, start, from int) (table, bool) {
	next := 1
	num, body, ok := rowAt(text, from, next)
	if !ok {
		return table{}, false
	}
	t := table{start: start}
	cur := &tableRow{number: num, wrapped: true}
	t.rows = append(t.rows, cur)
	for {
		end := paraEnd(text, body)
		if k, ok := rowInside(text, body, end, next+1); ok {
			end = len(strings.TrimRight(text[:k], " \r\n")) // rows run together where their blank lines were lost
		}
		cur.agreement = append(cur.agreement, span{body, end})
		t.end = end
		np := end + len(text[end:]) - len(strings.TrimLeft(text[end:], " \r\n\f"))
		from, isRow, ok := x.rowAhead(text, np, next+1)
		if !ok {
			break
		}
		if isRow {
			num, b, _ := rowAt(text, from, next+1)
			next++
			cur = &tableRow{number: num, wrapped: true}
			t.rows = append(t.rows, cur)
			from = b
		}
		body = from // the row a page break cut goes on after the header
	}
	return t, len(t.rows) >= 2
}

// rowAt reads a row's number want at byte at ("3 To instruct", "3.
// Encomendar"): the number, a space or a line break and a capital. It
// returns the number and the offset of the row's text.
func rowAt(text string, at, want int) (string, int, bool) {
	k := at
	for k < len(text) && text[k] >= '0' && text[k] <= '9' && k-at < 3 {
		k++
	}
	if k == at || atoiOr(text[at:k], 0) != want {
		return "", 0, false
	}
	j := k
	if j < len(text) && (text[j] == '.' || text[j] == ')') {
		j++
	}
	if j >= len(text) || text[j] != ' ' && text[j] != '\n' && text[j] != '\r' {
		return "", 0, false
	}
	for j+1 < len(text) && (text[j+1] == '\r' || text[j+1] == '\n') {
		j++
	}
	r, _ := utf8.DecodeRuneInString(text[j+1:])
	_, le := lineAround(text, j+1, j+1)
	if !unicode.IsUpper(r) || !hasLower(text[j+1:max(j+1, le)]) {
		return "", 0, false // "3. CLOSING": a heading after the table
	}
	return text[at:k], j + 1, true
}

// rowInside finds the row numbered want inside text[from:end], after a
// space or a line break: rows the re-wrap ran together ("... de 2016. 2
// Solicitar a la OIM ...").
func rowInside(text string, from, end, want int) (int, bool) {
	num := strconv.Itoa(want)
	for at := from; at < end; {
		k := strings.Index(text[at:end], num)
		if k < 0 {
			return 0, false
		}
		k += at
		if c := text[k-1]; c == ' ' || c == '\n' || c == '\r' {
			if _, _, ok := rowAt(text, k, want); ok {
				return k, true
			}
		}
		at = k + len(num)
	}
	return 0, false
}

// paraEnd returns the end of the paragraph that holds byte at: its last
// letter before a blank line or the text's end.
func paraEnd(text string, at int) int {
	end := len(text)
	for k := at; k < len(text); {
		nl := strings.IndexByte(text[k:], '\n')
		if nl < 0 {
			break
		}
		k += nl + 1
		if rest := strings.TrimLeft(text[k:], " \t\r"); rest == "" || rest[0] == '\n' {
			end = k
			break
		}
	}
	return len(strings.TrimRight(text[:end], " \r\n"))
}

// rowAhead finds, within a few lines after at, the row numbered want or
// the table's header repeated on the next page (a footer and a running
// header may stand before either): it returns where the row or the rows
// after the header start, and whether it is the row.
func (x *Extractor) rowAhead(text string, at, want int) (int, bool, bool) {
	for ls, n := at, 0; ls < len(text) && n < 8; n++ {
		if _, _, ok := rowAt(text, ls, want); ok {
			return ls, true, true
		}
		_, le := lineAround(text, ls, ls)
		if from, ok := x.wrappedHead(text, ls, le); ok {
			if _, _, ok := rowAt(text, from, want); ok {
				return from, true, true
			}
			return from, false, true
		}
		if !furnitureLike(strings.TrimSpace(text[ls:le])) {
			break
		}
		ls = le + 1
	}
	return 0, false, false
}

// furnitureLike reports a line that may be a page's header or footer
// between a table's parts: a rule, capitals, or a short line with a
// number and no sentence end ("Page 2", "RLCP - Minutes - March 2022 Page 2").
func furnitureLike(l string) bool {
	return l == "" || ruleLine(l) || !hasLower(l) || len(l) <= 80 && strings.ContainsAny(l, "0123456789") && !strings.HasSuffix(l, ".")
}

// hasLower reports a small letter in s.
func hasLower(s string) bool {
	return strings.IndexFunc(s, unicode.IsLower) >= 0
}
