package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// styleHanging numbers the items of a sublist that kept its hanging indent
// but lost its markers, as symbol-font bullets are lost by text converters.
const styleHanging = styleBullet + "hang"

// hangingItem reports a line with no marker that opens an item of such a
// sublist: under a point whose text ends with a colon, lines indented past
// that text, each item's first line at one indent and its other lines
// further in ("•  To request the ILO and IOM to:" / "       update the
// inventory by" / "        September 30;" / "       circulate ...").
func (p *parser) hangingItem(lines []line, i int, ln line) bool {
	d := p.deepest()
	if d == nil || len(d.spans) == 0 {
		return false
	}
	if d.style == styleHanging {
		return ln.indent == d.indent && strings.ContainsRune(";.", p.prevEnd) // also after a page break
	}
	if p.paraBreak || p.prevEnd != ':' || len(d.children) > 0 || ln.indent <= p.column(d.spans[0].start) {
		return false
	}
	items, deeper := 1, false
	for j := i + 1; j < len(lines); j++ {
		t := strings.TrimSpace(p.text[lines[j].start:lines[j].end])
		if t == "" || p.furniture[j] {
			continue // a page break inside the sublist
		}
		if parseMarker(p.text[lines[j].start:lines[j].end]) != nil || lines[j].indent < ln.indent {
			break
		}
		if lines[j].indent == ln.indent {
			items++
		} else {
			deeper = true
		}
	}
	return items >= 2 && (deeper || unicode.IsLower(firstRune(strings.TrimSpace(p.text[ln.start:ln.end]))))
}

// column returns the column of byte pos in its line, in characters: a
// no-break space after a marker ("6.\u00a0To") is one column, as it is
// one space of indent below it.
func (p *parser) column(pos int) int {
	return utf8.RuneCountInString(p.text[strings.LastIndexByte(p.text[:pos], '\n')+1 : pos])
}
