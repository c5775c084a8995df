// Package pages removes page furniture (running headers and footers, page
// numbers, print stamps) from page texts and joins pages for the parser.
package pages

import (
	"strings"
	"unicode"

	"actas"
)

// zone is how many non-blank lines at the top and at the bottom of a page
// may be furniture.
const zone = 3

// minLetters is how many letters a line needs to count as a running header
// or footer; shorter lines ("1.", "a)") may be list markers.
const minLetters = 4

// Clean returns the pages with furniture lines removed: lines that repeat at
// the top or bottom of most pages (digits ignored), page numbers and print
// stamps; then words cut by a fixed-column print are rejoined (Unwrap).
// Every other byte is kept, in order (a line break a print made may become
// a space), and the page count is kept. A single
// page only loses page numbers and stamps. Pages read by OCR get their
// paragraphs one per line (OCRParagraphs), as the PDF text layer has them.
// The octal escapes a plain-text printer wrote for Windows-1252 punctuation
// ("\225") become those characters once the print's columns have served,
// and a "¬" that ends a line becomes the hyphen it stands for.
func Clean(pages []actas.Page) []actas.Page {
	out := Unwrap(defaultRules.clean(pages))
	for i := range out {
		if out[i].Method == "ocr" {
			out[i].Text = OCRParagraphs(out[i].Text)
		}
		out[i].Text = notSignHyphens(c1Escapes(out[i].Text))
	}
	return out
}

func (r rules) clean(pages []actas.Page) []actas.Page {
	var repeated map[string]bool
	if len(pages) > 1 {
		repeated = repeatedLines(pages)
	}
	out := make([]actas.Page, len(pages))
	for i, p := range pages {
		out[i] = p
		out[i].Text = r.cleanPage(p.Text, repeated)
	}
	return out
}

// cleanPage drops the furniture lines of one page.
func (r rules) cleanPage(text string, repeated map[string]bool) string {
	lines := strings.SplitAfter(text, "\n")
	edge := edgeLines(lines)
	var b strings.Builder
	b.Grow(len(text))
	dropped := false // the line before, blank ones aside, was furniture
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t != "" && (r.match(t, edge[i]) || edge[i] && repeated[key(t)] || dropped && barredHeader(t)) {
			dropped = true
			continue
		}
		if t != "" {
			dropped = false
		}
		b.WriteString(l)
	}
	return b.String()
}

// barredHeader reports a running header whose fields bars or slashes set
// apart ("Colombo Process | Senior Officials' Meeting | Colombo, 14 October
// 2014", "X RCM / JOINT COMMUNIQUE / VANCOUVER 2005"): after a page number
// it opens the next page, even where it is printed only once.
func barredHeader(t string) bool {
	return len(t) <= 120 && (strings.Count(t, " | ") >= 2 || strings.Count(t, " / ") >= 2) && !strings.ContainsAny(t[len(t)-1:], ".:;")
}

// edgeLines marks the first and last zone non-blank lines.
func edgeLines(lines []string) []bool {
	edge := make([]bool, len(lines))
	for n, i := 0, 0; i < len(lines) && n < zone; i++ {
		if strings.TrimSpace(lines[i]) != "" {
			edge[i] = true
			n++
		}
	}
	for n, i := 0, len(lines)-1; i >= 0 && n < zone; i-- {
		if strings.TrimSpace(lines[i]) != "" {
			edge[i] = true
			n++
		}
	}
	return edge
}

// repeatedLines finds the keys of lines at the edges of at least half the
// pages (and at least two).
func repeatedLines(pages []actas.Page) map[string]bool {
	count := map[string]int{}
	for _, p := range pages {
		lines := strings.SplitAfter(p.Text, "\n")
		seen := map[string]bool{}
		for i, isEdge := range edgeLines(lines) {
			if !isEdge {
				continue
			}
			k := key(strings.TrimSpace(lines[i]))
			if k != "" && !seen[k] {
				seen[k] = true
				count[k]++
			}
		}
	}
	rep := map[string]bool{}
	for k, c := range count {
		if c >= 2 && 2*c >= len(pages) {
			rep[k] = true
		}
	}
	return rep
}

// key normalises a line for comparison across pages: lower case, every
// digit run as "#", white space collapsed. Lines with fewer than minLetters
// letters get no key.
func key(line string) string {
	var b strings.Builder
	letters := 0
	space, digit := false, false
	for _, c := range strings.ToLower(line) {
		switch {
		case unicode.IsDigit(c):
			if !digit {
				b.WriteByte('#')
			}
			digit, space = true, false
			continue
		case unicode.IsSpace(c):
			space, digit = true, false
			continue
		case unicode.IsLetter(c):
			letters++
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space, digit = false, false
		b.WriteRune(c)
	}
	if letters < minLetters {
		return ""
	}
	return b.String()
}
