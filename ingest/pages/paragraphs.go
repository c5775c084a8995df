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
