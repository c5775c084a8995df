package pages

import (
	"strings"
	"unicode/utf8"
)

// headingRunes is the length below which a one-line block without closing
// punctuation reads as a heading or a title-block line.
const headingRunes = 80

// BodyParagraphs writes the paragraphs of a converted document (DOCX, HTML)
// the way plain-text reports write them: body paragraphs one per line, a
// blank line kept only around headings and title-block lines. Its input has
// blank lines between all paragraphs.
func BodyParagraphs(s string) string {
	blocks := strings.Split(s, "\n\n")
	var b strings.Builder
	b.Grow(len(s))
	for i, blk := range blocks {
		if i > 0 {
			if heading(blocks[i-1]) || heading(blk) {
				b.WriteString("\n\n")
			} else {
				b.WriteString("\n")
			}
		}
		b.WriteString(blk)
	}
	return b.String()
}

// heading reports a block of one short line that does not end a sentence or
// clause, such as a title, a section heading or a 'Place, date' line.
func heading(blk string) bool {
	blk = strings.TrimSpace(blk)
	if blk == "" || strings.Contains(blk, "\n") || utf8.RuneCountInString(blk) >= headingRunes {
		return blk == ""
	}
	return !strings.ContainsAny(blk[len(blk)-1:], ".;:")
}

// fullLine is the share of a page's longest line from which an OCR line
// counts as filled to the margin, so that its break was made by the width.
const fullLine = 0.8

// OCRParagraphs lays out the text of a page read by OCR like BodyParagraphs:
// a line filled to the margin continues in the next line (unless that opens a
// list item), and body paragraphs then come one per line.
func OCRParagraphs(s string) string {
	lines := strings.Split(s, "\n")
	longest := 0
	for _, l := range lines {
		longest = max(longest, utf8.RuneCountInString(strings.TrimSpace(l)))
	}
	var b strings.Builder
	b.Grow(len(s))
	for i, l := range lines {
		if i > 0 {
			prev := strings.TrimSpace(lines[i-1])
			cur := strings.TrimSpace(l)
			full := float64(utf8.RuneCountInString(prev)) >= fullLine*float64(longest)
			if prev != "" && cur != "" && full && !opensItem(cur) {
				if !strings.HasSuffix(prev, "-") {
					b.WriteByte(' ')
				}
				b.WriteString(cur)
				continue
			}
			b.WriteByte('\n')
		}
		b.WriteString(l)
	}
	return BodyParagraphs(b.String())
}

// opensItem reports a line that opens a list item: a bullet glyph or dash,
// or a number or letter followed by '.' or ')' ('2.', 'b)', 'iv.').
func opensItem(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if strings.ContainsRune("•▪➢-–—*·o", r) && strings.ContainsAny(s[utf8.RuneLen(r):min(len(s), utf8.RuneLen(r)+1)], " \t") {
		return true
	}
	if r >= 0xE000 && r <= 0xF8FF {
		return true
	}
	tok, _, _ := strings.Cut(s, " ")
	if len(tok) < 2 || len(tok) > 8 || !strings.ContainsAny(tok[len(tok)-1:], ".)") {
		return false
	}
	body := strings.TrimLeft(tok[:len(tok)-1], "(")
	if body == "" {
		return false
	}
	digits := strings.Trim(body, "0123456789.") == ""
	letter := utf8.RuneCountInString(body) == 1
	roman := strings.Trim(strings.ToLower(body), "ivxl") == ""
	return digits || letter || roman
}
