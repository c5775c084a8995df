package main

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/text/encoding/charmap"
)

// Page layout of the generated PDFs: A4 portrait, Helvetica 10 pt.
const (
	pdfLinesPerPage = 60
	pdfLineWidth    = 95 // characters before a line wraps
	pdfLeading      = 12
)

// textPDF lays text out on A4 pages in Helvetica and returns a PDF file with
// a text layer, as an office suite exports it, and its page count.
func textPDF(text string) ([]byte, int) {
	lines := wrapLines(text, pdfLineWidth)
	var pages [][]string
	for len(lines) > 0 {
		k := min(pdfLinesPerPage, len(lines))
		pages = append(pages, lines[:k])
		lines = lines[k:]
	}
	if len(pages) == 0 {
		pages = [][]string{{""}}
	}
	// Objects: 1 catalog, 2 pages, 3 font, then a page and its content per page.
	objs := []string{"", "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"}
	var kids []string
	for _, pg := range pages {
		var c bytes.Buffer
		fmt.Fprintf(&c, "BT /F1 10 Tf %d TL 56 790 Td\n", pdfLeading)
		for _, ln := range pg {
			fmt.Fprintf(&c, "(%s) '\n", pdfString(ln))
		}
		c.WriteString("ET")
		objs = append(objs, fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", c.Len(), c.String()))
		content := len(objs)
		objs = append(objs, fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", content))
		kids = append(kids, fmt.Sprintf("%d 0 R", len(objs)))
	}
	objs[0] = "<< /Type /Catalog /Pages 2 0 R >>"
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids))

	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, x)
	return b.Bytes(), len(pages)
}

// wrapLines splits text into lines of at most width characters at spaces,
// keeping blank lines.
func wrapLines(text string, width int) []string {
	var out []string
	for _, ln := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		words := strings.Fields(ln)
		if len(words) == 0 {
			out = append(out, "")
			continue
		}
		cur := words[0]
		for _, w := range words[1:] {
			if len([]rune(cur))+1+len([]rune(w)) > width {
				out = append(out, cur)
				cur = w
				continue
			}
			cur += " " + w
		}
		out = append(out, cur)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}

// pdfString encodes s in WinAnsiEncoding as the body of a PDF literal
// string; characters outside it become '?'.
func pdfString(s string) string {
	var b strings.Builder
	for _, r := range s {
		c, ok := charmap.Windows1252.EncodeRune(r)
		if !ok {
			c = '?'
		}
		switch {
		case c == '(' || c == ')' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 0x20 || c >= 0x80:
			fmt.Fprintf(&b, "\\%03o", c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
