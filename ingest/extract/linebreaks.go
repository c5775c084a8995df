package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A line break is evidence, not structure: where a text sets its paragraphs
// apart with blank lines, a break without one is a wrap or the next line of
// a list; where it has lost them, a line that ends well short of the width
// its lines wrap at was ended on purpose, as a paragraph, title or list
// line is, and a capitalised line after it opens a paragraph.

// breaks holds the lines of a text, as it came, that open a paragraph
// though no blank line stands before them.
type breaks struct {
	// opens holds the start offsets of those lines in the text as it came.
	opens map[int]bool
	// orig maps an offset of the text read to the text as it came (line
	// breaks found again insert characters); nil is the same text.
	orig func(int) int
}

// opensAt reports whether the line that starts at offset at of the text
// read opens a paragraph with no blank line before it.
func (b breaks) opensAt(at int) bool {
	if b.orig != nil {
		at = b.orig(at)
	}
	return b.opens[at]
}

// readBreaks finds, in a text that lost its blank lines (blanksLost) and
// wraps at a width (wrapWidth), the capitalised lines after a line that
// ended well short of that width (endedShort).
func readBreaks(text string, lines []line) breaks {
	lens, lost := blanksLost(text, lines)
	if !lost || len(lens) < 8 {
		return breaks{}
	}
	width := wrapWidth(lens)
	if width > wrapLine {
		return breaks{} // a paragraph per line, no width to stop short of
	}
	b := breaks{opens: map[int]bool{}}
	prevLen := 0
	for _, ln := range lines {
		raw := strings.TrimRight(text[ln.start:ln.end], " \t\r")
		t := strings.TrimSpace(raw)
		if t == "" || t == "\f" {
			continue
		}
		if startsUpper(t) && endedShort(prevLen, firstWord(t), width) {
			b.opens[ln.start] = true
		}
		prevLen = utf8.RuneCountInString(raw)
	}
	return b
}

// blanksLost returns the lengths of the lines of text that hold something,
// and whether the text lost its blank lines: it has none, or fewer than one
// in three of its breaks after a sentence's end before a capitalised line
// that is no list item has one.
func blanksLost(text string, lines []line) (lens []int, lost bool) {
	blank, tight, blanks := 0, 0, 0
	prev, gap := "", false
	for _, ln := range lines {
		raw := strings.TrimRight(text[ln.start:ln.end], " \t\r")
		t := strings.TrimSpace(raw)
		if t == "" || t == "\f" {
			gap = gap || t == ""
			continue
		}
		if gap && prev != "" {
			blanks++
		}
		lens = append(lens, utf8.RuneCountInString(raw))
		if strings.ContainsRune(".;:", lastRune(strings.TrimRight(prev, "\"”’)"))) && startsUpper(t) && parseMarker(t) == nil {
			if gap {
				blank++
			} else {
				tight++
			}
		}
		prev, gap = t, false
	}
	return lens, blanks == 0 || 2*blank < tight
}

// wrapWidth is the width the lines of lens wrap at: the ninth decile of
// their lengths, so that a long title does not set it.
func wrapWidth(lens []int) int {
	sorted := slices.Clone(lens)
	slices.Sort(sorted)
	return sorted[len(sorted)*9/10]
}

// endedShort reports whether a line of prevLen characters was ended on
// purpose before a line that opens with word: the word would have fitted on
// it and it stops short of three quarters of the width, so no wrap put the
// break there ("- Other business" before "The Network agreed on the
// following:").
func endedShort(prevLen int, word string, width int) bool {
	return prevLen > 0 && prevLen+1+utf8.RuneCountInString(word) <= width && 4*prevLen <= 3*width
}
