package pdftext

import (
	"actas/ingest/pages"
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// run is one shown string at its device position.
type run struct {
	x0, x1, y float64 // in the frame of the text direction
	size      float64
	text      string
	rot       int // text direction in quarter turns (0 upright)
}

// Layout thresholds, in units of the font size.
const (
	baselineTol = 0.45 // runs whose baselines differ by less share a line
	wordGap     = 0.2  // a larger horizontal gap is a space
	paraGap     = 1.5  // a larger vertical gap (in line heights) is a blank line
	// wrapGap is the vertical gap (in line heights) above which a line does
	// not continue the one before however full that one is: the lines of a
	// paragraph are one line height apart, paragraphs set apart by a margin
	// ("p{margin:0.4em 0}") a third more.
	wrapGap = 1.25
)

// line is a set of runs on one baseline.
type line struct {
	y, size float64
	runs    []run
}

// layout turns positioned runs into text: lines top to bottom, words split
// where the pen jumps, blank lines between paragraphs. Text upright on a
// page displayed turned by upright quarter turns comes first.
func layout(runs []run, upright int) string {
	lines := groupLines(runs)
	if rotated(runs) {
		lines = nil
		for i := range 4 {
			q := (upright + i) % 4
			var sub []run
			for _, r := range runs {
				if r.rot == q {
					sub = append(sub, r)
				}
			}
			lines = append(lines, groupLines(sub)...)
		}
	}
	lh := lineHeight(lines)
	margin := rightMargin(lines)
	mono := monospaced(runs)
	cut := columnCut(lines, mono)
	if cut {
		margin = math.Inf(1) // words cut at a fixed column: pages.Unwrap rejoins them
	}
	// A monospaced print keeps the line breaks of the text it printed, so
	// only its vertical gaps are paragraph breaks.
	blocks := !math.IsInf(margin, 1) && !mono
	var b strings.Builder
	prevText := ""
	left := leftEdge(lines)
	for i, ln := range lines {
		text := ln.text()
		if text == "" {
			continue
		}
		if ind := indentCols(ln, left); cut && ind > 1 && ln.runs[0].rot == 0 {
			// a print cut at a column keeps its indents, columns for
			// pages.Unwrap (one space is the one the cut left at the start)
			text = strings.Repeat(" ", ind) + text
		}
		if b.Len() > 0 {
			para := i > 0 && lines[i-1].y-ln.y > paraGap*lh
			if !para && hyphenated(b.String(), text) {
				s := b.String()
				b.Reset()
				b.WriteString(s[:len(s)-1])
				b.WriteString(text)
				prevText = text
				continue
			}
			apart := i > 0 && lines[i-1].y-ln.y > wrapGap*lh
			if !para && !apart && i > 0 && !math.IsInf(margin, 1) && wrapped(lines[i-1], ln, prevText, text, margin) {
				if !wordHyphen(prevText) {
					b.WriteByte(' ')
				}
				b.WriteString(text)
				prevText = text
				continue
			}
			b.WriteByte('\n')
			if para || blocks {
				b.WriteByte('\n') // every paragraph a block: BodyParagraphs decides, not the spacing
			}
		}
		b.WriteString(text)
		prevText = text
	}
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	return pages.BodyParagraphs(b.String())
}

// rotated reports whether some runs are not upright.
func rotated(runs []run) bool {
	for _, r := range runs {
		if r.rot != 0 {
			return true
		}
	}
	return false
}

// hyphenated reports whether a word is split by a hyphen at the end of
// prev and continues in lower case on next, as pdftotext joins them.
func hyphenated(prev, next string) bool {
	if len(prev) < 2 || prev[len(prev)-1] != '-' {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(prev[:len(prev)-1])
	first, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLetter(before) && unicode.IsLower(first)
}

// groupLines sorts runs top to bottom and groups them by baseline.
func groupLines(runs []run) []line {
	slices.SortStableFunc(runs, func(a, b run) int { return cmp.Compare(b.y, a.y) })
	var lines []line
	for _, r := range runs {
		size := max(r.size, 1)
		if n := len(lines); n > 0 {
			ln := &lines[n-1]
			if ln.y-r.y <= baselineTol*min(size, max(ln.size, 1)) {
				ln.runs = append(ln.runs, r)
				ln.size = max(ln.size, r.size)
				continue
			}
		}
		lines = append(lines, line{y: r.y, size: r.size, runs: []run{r}})
	}
	for i := range lines {
		slices.SortStableFunc(lines[i].runs, func(a, b run) int { return cmp.Compare(a.x0, b.x0) })
	}
	return lines
}

// lineHeight returns the usual distance between consecutive baselines: the
// lower quartile of the gaps between lines (paragraph gaps are the larger
// ones), or 1.2 font sizes on pages of few lines.
func lineHeight(lines []line) float64 {
	var gaps []float64
	var size float64
	for i := 1; i < len(lines); i++ {
		g := lines[i-1].y - lines[i].y
		s := max(lines[i].size, 1)
		size = max(size, s)
		if g > 0.8*s && g < 3*s {
			gaps = append(gaps, g)
		}
	}
	if len(gaps) < 3 {
		return 1.2 * max(size, 1)
	}
	slices.Sort(gaps)
	return gaps[len(gaps)/4]
}

// overprint reports whether b repeats a at almost the same place, as
// producers do to fake bold type.
func overprint(a, b run) bool {
	return a.text == b.text && math.Abs(a.x0-b.x0) < 0.1*max(a.size, 1) && math.Abs(a.y-b.y) < 0.1*max(a.size, 1)
}

// text joins the runs of a line, inserting a space where the gap is wide.
func (ln line) text() string {
	var b strings.Builder
	end := math.Inf(-1)
	for i, r := range ln.runs {
		size := max(r.size, 1)
		if i > 0 && overprint(ln.runs[i-1], r) {
			continue
		}
		if b.Len() > 0 {
			gap := r.x0 - end
			last := b.String()[b.Len()-1]
			if (gap > wordGap*size || gap < -size) && last != ' ' && r.text[0] != ' ' {
				b.WriteByte(' ')
			}
		}
		b.WriteString(r.text)
		end = max(end, r.x1)
		if r.x1 < r.x0 {
			end = max(end, r.x0)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
