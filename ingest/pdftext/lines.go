package pdftext

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// run is one shown string at its device position.
type run struct {
	x0, x1, y float64
	size      float64
	text      string
}

// Layout thresholds, in units of the font size.
const (
	baselineTol = 0.45 // runs whose baselines differ by less share a line
	wordGap     = 0.2  // a larger horizontal gap is a space
	paraGap     = 1.5  // a larger vertical gap (in line heights) is a blank line
)

// line is a set of runs on one baseline.
type line struct {
	y, size float64
	runs    []run
}

// layout turns positioned runs into text: lines top to bottom, words split
// where the pen jumps, blank lines between paragraphs.
func layout(runs []run) string {
	lines := groupLines(runs)
	lh := lineHeight(lines)
	var b strings.Builder
	for i, ln := range lines {
		text := ln.text()
		if text == "" {
			continue
		}
		if b.Len() > 0 {
			para := i > 0 && lines[i-1].y-ln.y > paraGap*lh
			if !para && hyphenated(b.String(), text) {
				s := b.String()
				b.Reset()
				b.WriteString(s[:len(s)-1])
				b.WriteString(text)
				continue
			}
			b.WriteByte('\n')
			if para {
				b.WriteByte('\n')
			}
		}
		b.WriteString(text)
	}
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	return b.String()
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

// text joins the runs of a line, inserting a space where the gap is wide.
func (ln line) text() string {
	var b strings.Builder
	end := math.Inf(-1)
	for _, r := range ln.runs {
		size := max(r.size, 1)
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
