package ocr

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Layout thresholds, as in package pdftext so that a scan reads like its
// text layer: in units of the page's usual line height (em) or line pitch.
const (
	sameLine = 0.45 // baselines closer than this (em) are one printed line
	paraGap  = 1.5  // a larger gap between baselines (pitch) is a blank line
)

// textLine is one printed line: its words left to right and its baseline.
type textLine struct {
	words       []word
	base        float64 // baseline, pixels from the top
	height      int     // box height
	left, right int
	dropped     bool    // every word has a descender: base is their bottom
	descent     float64 // how far descenders reach below the baseline, when known
}

// layoutWords turns tesseract's words into page text: lines top to bottom
// by their baselines (so a number tesseract puts in a block of its own
// joins its line), blank lines where the gap is a paragraph's, and words
// hyphenated across lines joined.
func layoutWords(words []word) string {
	lines := printedLines(words)
	if len(lines) == 0 {
		return ""
	}
	pitch := linePitch(lines)
	var b strings.Builder
	for i, ln := range lines {
		text := ln.text()
		if b.Len() > 0 {
			para := ln.base-lines[i-1].base > paraGap*pitch
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
	b.WriteByte('\n')
	return b.String()
}

// printedLines groups words into tesseract's lines, then merges lines whose
// baselines coincide, and sorts them top to bottom.
func printedLines(words []word) []textLine {
	type key struct{ block, par, line int }
	byKey := map[key]*textLine{}
	var order []key
	for _, w := range words {
		k := key{w.block, w.par, w.line}
		ln := byKey[k]
		if ln == nil {
			ln = &textLine{}
			byKey[k] = ln
			order = append(order, k)
		}
		ln.words = append(ln.words, w)
	}
	var lines []textLine
	var descents []float64
	for _, k := range order {
		ln := byKey[k]
		ln.measure()
		if !ln.speck() {
			lines = append(lines, *ln)
		}
		if ln.descent > 0 {
			descents = append(descents, ln.descent)
		}
	}
	if len(lines) == 0 {
		return nil
	}
	if len(descents) > 0 {
		// A line whose words all have descenders ("They agreed:") sits
		// higher than their bottoms by the page's usual descent.
		slices.Sort(descents)
		for i := range lines {
			if lines[i].dropped {
				lines[i].base -= descents[len(descents)/2]
			}
		}
	}
	em := emHeight(lines)
	for i := range lines {
		lines[i].markBullets()
	}
	slices.SortStableFunc(lines, func(a, b textLine) int { return cmp.Compare(a.base, b.base) })
	merged := lines[:1]
	for _, ln := range lines[1:] {
		last := &merged[len(merged)-1]
		if ln.base-last.base <= sameLine*em {
			last.words = append(last.words, ln.words...)
			last.measure()
			continue
		}
		merged = append(merged, ln)
	}
	return merged
}

// measure sorts a line's words and sets its box and baseline: the median
// bottom of its words without descenders, else of all its words.
func (ln *textLine) measure() {
	slices.SortStableFunc(ln.words, func(a, b word) int { return cmp.Compare(a.left, b.left) })
	var flat, deep []int
	top, bottom := ln.words[0].top, 0
	ln.left, ln.right = ln.words[0].left, 0
	for _, w := range ln.words {
		bot := w.top + w.h
		if strings.ContainsAny(w.text, descenders) {
			deep = append(deep, bot)
		} else {
			flat = append(flat, bot)
		}
		top, bottom = min(top, w.top), max(bottom, bot)
		ln.left, ln.right = min(ln.left, w.left), max(ln.right, w.left+w.w)
	}
	ln.height = bottom - top
	ln.dropped, ln.descent = len(flat) == 0, 0
	if ln.dropped {
		flat = deep
	}
	slices.Sort(flat)
	ln.base = float64(flat[len(flat)/2])
	if !ln.dropped && len(deep) > 0 {
		slices.Sort(deep)
		ln.descent = float64(deep[len(deep)/2]) - ln.base
	}
}

// descenders are the characters that reach below the baseline.
const descenders = "gjpqyQ,;()[]{}|/"

// bulletReadings are what tesseract makes of a round or square bullet.
const bulletReadings = "•·*+»«¢©®°◦●▪■□eoO"

// markBullets turns into "•" the words of a line that are a bullet misread:
// one character tesseract makes of bullets, followed by a word, much
// smaller than the line's words and raised above its baseline, as a
// bullet is and a letter or full stop is not.
func (ln *textLine) markBullets() {
	var hs []int
	for _, w := range ln.words {
		hs = append(hs, w.h)
	}
	slices.Sort(hs)
	tall := float64(hs[len(hs)/2])
	for i, w := range ln.words[:len(ln.words)-1] {
		if utf8.RuneCountInString(w.text) != 1 || !strings.Contains(bulletReadings, w.text) {
			continue
		}
		raised := ln.base - float64(w.top+w.h)
		if float64(w.h) <= 0.6*tall && raised >= 0.15*tall {
			ln.words[i].text = "•"
		}
	}
}

// speck reports whether a line is scan noise: a few characters, none a
// letter or digit, read with little confidence.
func (ln *textLine) speck() bool {
	n := 0
	for _, w := range ln.words {
		for _, r := range w.text {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return false
			}
			n++
		}
		if w.conf >= 60 {
			return false
		}
	}
	return n <= 3
}

// text joins the line's words with single spaces.
func (ln textLine) text() string {
	parts := make([]string, len(ln.words))
	for i, w := range ln.words {
		parts[i] = w.text
	}
	return strings.Join(parts, " ")
}

// emHeight is the median height of the page's lines.
func emHeight(lines []textLine) float64 {
	hs := make([]int, len(lines))
	for i, ln := range lines {
		hs[i] = ln.height
	}
	slices.Sort(hs)
	return float64(max(hs[len(hs)/2], 1))
}

// linePitch is the usual distance between consecutive baselines: the lower
// quartile of the gaps between 0.8 and 3 em (paragraph gaps are the larger
// ones), or 1.2 em on pages of few lines.
func linePitch(lines []textLine) float64 {
	em := emHeight(lines)
	var gaps []float64
	for i := 1; i < len(lines); i++ {
		if g := lines[i].base - lines[i-1].base; g > 0.8*em && g < 3*em {
			gaps = append(gaps, g)
		}
	}
	if len(gaps) < 3 {
		return 1.2 * em
	}
	slices.Sort(gaps)
	return gaps[len(gaps)/4]
}

// hyphenated reports whether a word is split by a hyphen at the end of
// prev and continues in lower case on next.
func hyphenated(prev, next string) bool {
	if len(prev) < 2 || prev[len(prev)-1] != '-' {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(prev[:len(prev)-1])
	first, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLetter(before) && unicode.IsLower(first)
}
