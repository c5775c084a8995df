package pdftext

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wrapSlack is how far, in font sizes, a line may end short of the right
// margin and still count as full when the next line's first word would not
// have fitted after it.
const wrapSlack = 0.5

// rightMargin is the rightmost end of the lines of a page.
func rightMargin(lines []line) float64 {
	m := math.Inf(-1)
	for _, ln := range lines {
		m = max(m, ln.right())
	}
	return m
}

// right is where the line's last run ends.
func (ln line) right() float64 {
	r := math.Inf(-1)
	for _, x := range ln.runs {
		r = max(r, x.x1, x.x0)
	}
	return r
}

// wrapped reports whether next continues the paragraph of prev: the first
// word of next would not have fitted between prev's end and the right
// margin, so the line was broken by the width, not by the writer, and next
// does not open a list item.
func wrapped(prev, next line, prevText, nextText string, margin float64) bool {
	if prevText == "" || nextText == "" || opensItem(nextText) {
		return false
	}
	word, _, _ := strings.Cut(nextText, " ")
	size := max(prev.size, next.size, 1)
	need := charWidth(next) * float64(utf8.RuneCountInString(word)+1)
	return prev.right()+need > margin-wrapSlack*size
}

// charWidth estimates the width of one character of the line.
func charWidth(ln line) float64 {
	var w float64
	var n int
	for _, r := range ln.runs {
		if c := utf8.RuneCountInString(r.text); c > 0 && r.x1 > r.x0 {
			w += r.x1 - r.x0
			n += c
		}
	}
	if n == 0 {
		return 0.5 * max(ln.size, 1)
	}
	return w / float64(n)
}

// opensItem reports a line that opens a list item: a bullet glyph, a dash,
// or a number or letter followed by '.' or ')' ('2.', 'b)', 'iv.').
func opensItem(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	switch {
	case r == '•' || r == '▪' || r == '➢' || r == '-' || r == '–' || r == '—' || r == '*' || r == '·' || r == 'o' && strings.HasPrefix(s[n:], " "):
		return true
	case r >= 0xE000 && r <= 0xF8FF, unicode.Is(unicode.So, r):
		return true
	}
	tok, _, _ := strings.Cut(s, " ")
	if len(tok) < 2 || len(tok) > 8 {
		return false
	}
	last := tok[len(tok)-1]
	if last != '.' && last != ')' {
		return false
	}
	body := strings.TrimLeft(tok[:len(tok)-1], "(")
	if body == "" {
		return false
	}
	digits := strings.Trim(body, "0123456789.") == ""
	letter := utf8.RuneCountInString(body) == 1 && unicode.IsLetter([]rune(body)[0])
	roman := strings.Trim(strings.ToLower(body), "ivxl") == ""
	return digits || letter || roman
}

// columnCut reports a page printed at a fixed column that cuts words
// ("Plurinaciona\nl"): at least 8 lines, and 40% of them of the same,
// longest, number of characters, not counting the short line after a full
// one. In a monospaced print a line's indent
// counts in characters too (spaces drawn or the pen moved over), so
// indented points reach the same column.
func columnCut(lines []line, mono bool) bool {
	left := leftEdge(lines)
	count := map[int]int{}
	cols := make([]int, 0, len(lines))
	width, n := 0, 0
	for _, ln := range lines {
		c := utf8.RuneCountInString(ln.text())
		if c == 0 {
			continue
		}
		if mono {
			c += indentCols(ln, left)
		}
		count[c]++
		cols = append(cols, c)
		n++
		width = max(width, c)
	}
	// the rest of a cut line is no line of its own: a text wrapped wider than
	// the print's column comes back as full lines each followed by the few
	// letters the column cut off ("... a la Organiz" / "ación"), which do not
	// count against the full ones
	rest := 0
	for i := 1; i < len(cols); i++ {
		if cols[i-1] >= width-1 && cols[i] < width-1 {
			rest++
		}
	}
	return n >= 8 && width >= 40 && (count[width]+count[width-1])*10 >= 4*(n-rest) // one short: a space dropped at the cut
}

// wordHyphen reports a line ending in a hyphen that is part of a word
// ('Pro-'), after which a wrapped line continues without a space.
func wordHyphen(s string) bool {
	rest, ok := strings.CutSuffix(s, "-")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(rest)
	return unicode.IsLetter(r)
}

// monospaced reports runs whose characters all have one width (within 3%),
// as in a print of a plain-text file.
func monospaced(runs []run) bool {
	var lo, hi float64
	n := 0
	for _, r := range runs {
		c := utf8.RuneCountInString(r.text)
		if c < 5 || r.x1 <= r.x0 {
			continue
		}
		w := (r.x1 - r.x0) / float64(c) / max(r.size, 1)
		if n == 0 {
			lo, hi = w, w
		}
		lo, hi = min(lo, w), max(hi, w)
		n++
	}
	return n >= 3 && hi <= lo*1.03
}

// leftEdge is where the leftmost line of a page starts.
func leftEdge(lines []line) float64 {
	left := math.Inf(1)
	for _, ln := range lines {
		if len(ln.runs) > 0 {
			left = min(left, ln.runs[0].x0)
		}
	}
	return left
}

// indentCols is the indent of a line of a monospaced print in characters:
// the spaces drawn before its text and the columns the pen moved over.
func indentCols(ln line, left float64) int {
	if len(ln.runs) == 0 {
		return 0
	}
	first := ln.runs[0].text
	n := len(first) - len(strings.TrimLeft(first, " "))
	if w := charWidth(ln); w > 0 {
		n += int(math.Round((ln.runs[0].x0 - left) / w))
	}
	return max(n, 0)
}
