package docx

import (
	"actas/ingest/pages"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"

	"actas/ingest/textenc"
)

// para is a paragraph being read.
type para struct {
	style string
	numPr numPr
	text  strings.Builder
}

// line is a finished paragraph: its marker, level and text.
type line struct {
	marker string
	ilvl   int
	text   string
	row    bool // a table row: rows follow each other line by line
}

// row is a table row being read: the text of its cells.
type row struct {
	cells []string
}

// add appends a paragraph of text to the row's last cell.
func (r *row) add(text string) {
	if text == "" {
		return
	}
	if len(r.cells) == 0 {
		r.cells = append(r.cells, "")
	}
	k := len(r.cells) - 1
	r.cells[k] = strings.TrimSpace(r.cells[k] + " " + text)
}

// text writes the row on one line, its cells between bars ("| 1 | Solicitar
// ... | OIM | junio de 2018 |"), as tables are written in text; a row of one
// cell is that cell's text.
func (r *row) text() string {
	var cells []string
	for _, c := range r.cells {
		cells = append(cells, strings.ReplaceAll(c, "|", "/"))
	}
	switch {
	case len(cells) == 0 || strings.TrimSpace(strings.Join(cells, "")) == "":
		return ""
	case len(cells) == 1:
		return cells[0]
	}
	return "| " + strings.Join(cells, " | ") + " |"
}

// skippedElems hold text that Word does not show: deleted and moved-away
// runs, field codes, the fallback copy of alternate content, and earlier
// properties.
var skippedElems = map[string]bool{"delText": true, "instrText": true, "Fallback": true,
	"pPrChange": true, "rPrChange": true, "delInstrText": true, "moveFrom": true}

// render reads word/document.xml and returns its text.
func render(doc []byte, ls *lists) (string, error) {
	d := xml.NewDecoder(bytes.NewReader(doc))
	d.Strict = false
	var (
		stack []string // local names of open elements
		paras []*para
		out   []line
		skip  int
		rows  []*row // open table rows, innermost last
	)
	parent := func(i int) string {
		if len(stack) > i {
			return stack[len(stack)-1-i]
		}
		return ""
	}
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			stack = append(stack, name)
			if skip > 0 || skippedElems[name] {
				skip++
				continue
			}
			if name == "p" {
				paras = append(paras, &para{})
				continue
			}
			if name == "tr" {
				rows = append(rows, &row{})
				continue
			}
			if name == "tc" && len(rows) > 0 {
				r := rows[len(rows)-1]
				r.cells = append(r.cells, "")
				continue
			}
			if len(paras) == 0 {
				continue
			}
			p := paras[len(paras)-1]
			switch {
			case name == "pStyle" && parent(1) == "pPr":
				p.style = attr(t, "val")
			case name == "numId" && parent(1) == "numPr" && parent(2) == "pPr":
				p.numPr.numID = attr(t, "val")
			case name == "ilvl" && parent(1) == "numPr" && parent(2) == "pPr":
				p.numPr.ilvl = attr(t, "val")
			case parent(1) != "r":
			case name == "tab":
				p.text.WriteByte('\t')
			case name == "br" || name == "cr":
				p.text.WriteByte('\n')
			case name == "noBreakHyphen":
				p.text.WriteByte('-')
			}
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			if skip > 0 {
				skip--
				continue
			}
			if t.Name.Local == "tr" && len(rows) > 0 {
				r := rows[len(rows)-1]
				rows = rows[:len(rows)-1]
				if text := r.text(); len(rows) > 0 {
					rows[len(rows)-1].add(text) // a table inside a cell
				} else {
					out = append(out, line{text: text, row: true})
				}
			}
			if t.Name.Local == "p" && len(paras) > 0 {
				p := paras[len(paras)-1]
				paras = paras[:len(paras)-1]
				text := strings.TrimSpace(p.text.String())
				m, lvl := ls.marker(p.style, p.numPr, text)
				if len(rows) > 0 {
					rows[len(rows)-1].add(strings.TrimSpace(m + " " + text))
					continue
				}
				out = append(out, line{marker: m, ilvl: lvl, text: text})
			}
		case xml.CharData:
			if skip == 0 && len(paras) > 0 && parent(0) == "t" {
				paras[len(paras)-1].text.Write(t)
			}
		}
	}
	return textenc.Normalize(pages.BodyParagraphs(join(out))), nil
}

// join writes paragraphs one per line: list items on consecutive lines,
// other paragraphs separated by a blank line; empty paragraphs vanish.
func join(lines []line) string {
	var b strings.Builder
	prevItem, prevRow := false, false
	for _, l := range lines {
		if l.text == "" && l.marker == "" {
			continue
		}
		item := l.marker != ""
		if b.Len() > 0 {
			if item && prevItem || l.row && prevRow {
				b.WriteString("\n")
			} else {
				b.WriteString("\n\n")
			}
		}
		if item {
			b.WriteString(strings.Repeat("  ", l.ilvl))
			b.WriteString(l.marker)
			if l.text != "" {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l.text)
		prevItem, prevRow = item, l.row
	}
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	return b.String()
}

func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
