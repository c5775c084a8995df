package extract

import (
	"regexp"
	"strings"

	"actas/ingest/internal/numeral"
)

// reSubLetter matches the lettered marker that opens a sub-point inside an
// agreement cell: "a) ", "b. ", or a small roman numeral: "ii. ".
var reSubLetter = regexp.MustCompile(`^([a-z]|[ivx]{1,4})[.)]\s+`)

// subLabel returns the marker of sub-point k (from 0) in the style of the
// first one, first: "a", "b", ... or "i", "ii", ....
func subLabel(first string, k int) string {
	if first == "i" {
		return strings.ToLower(numeral.Roman(k + 1))
	}
	return string(rune('a' + k))
}

// splitSubRows cuts a row whose agreement cell leads in to lettered
// sub-points ("With respect to the Guide:" / "a) To approve ..." / "b) To
// instruct the TS ...") into the row over them and a row for each, every
// one with the responsible and deadline cells beside its own lines. A row
// whose cells' places are unknown stays whole.
func splitSubRows(text string, r *tableRow) {
	if len(r.respAt) != len(r.responsible) || len(r.deadAt) != len(r.deadline) {
		return
	}
	var cuts []int // the agreement lines that open a sub-point: a), b), ... or i., ii., ...
	first := ""
	for k, sp := range r.agreement {
		m := reSubLetter.FindStringSubmatch(text[sp.start:sp.end])
		if m == nil || k == 0 {
			continue
		}
		if len(cuts) == 0 && (m[1] == "a" || m[1] == "i") {
			first = m[1]
		}
		if first != "" && m[1] == subLabel(first, len(cuts)) {
			cuts = append(cuts, k)
		}
	}
	if len(cuts) < 2 || !strings.HasSuffix(strings.TrimSpace(spansText(text, r.agreement[:cuts[0]])), ":") {
		return
	}
	lines := make([]int, len(cuts)+1) // where the head's and each sub-point's lines start
	for i, k := range cuts {
		lines[i+1], _ = lineAround(text, r.agreement[k].start, r.agreement[k].start)
	}
	head := &tableRow{agreement: r.agreement[:cuts[0]]}
	rows := []*tableRow{head}
	for i, k := range cuts {
		end := len(r.agreement)
		if i+1 < len(cuts) {
			end = cuts[i+1]
		}
		spans := append([]span(nil), r.agreement[k:end]...)
		spans[0].start += len(reSubLetter.FindString(text[spans[0].start:spans[0].end]))
		rows = append(rows, &tableRow{number: subLabel(first, i), agreement: spans})
	}
	for j, at := range r.respAt {
		row := rows[lineGroup(lines, at)]
		row.responsible = append(row.responsible, withoutSubLetter(r.responsible[j]))
	}
	for j, at := range r.deadAt {
		row := rows[lineGroup(lines, at)]
		row.deadline = append(row.deadline, withoutSubLetter(r.deadline[j]))
	}
	r.agreement, r.responsible, r.deadline = head.agreement, head.responsible, head.deadline
	r.subs = rows[1:]
}

// lineGroup returns which of the rows whose lines start at starts (the first
// at 0) holds byte at.
func lineGroup(starts []int, at int) int {
	k := 0
	for i := 1; i < len(starts); i++ {
		if at >= starts[i] {
			k = i
		}
	}
	return k
}

// withoutSubLetter returns a cell's text without the sub-point's letter that
// repeats its row's ("b) ST", "a) 1er semestre"): the party or the date alone.
func withoutSubLetter(cell string) string {
	t := strings.TrimSpace(cell)
	if m := reSubLetter.FindString(t); m != "" {
		return t[len(m):]
	}
	return cell
}
