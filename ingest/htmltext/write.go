package htmltext

import (
	"strings"
	"unicode"
)

// block asks for n newlines (1: a new line, 2: a blank line) before the next
// text; inside a list, paragraphs are only new lines.
func (r *renderer) block(n int) {
	r.space = false
	if len(r.lists) > 0 {
		n = min(n, 1)
	}
	if n > r.breaks {
		r.breaks = n
	}
}

// lineBreak handles <br>: a new line, or a blank line after an empty one.
func (r *renderer) lineBreak() {
	r.space = false
	if r.breaks >= 1 || r.lineStart {
		r.breaks = 2
		return
	}
	r.breaks = 1
}

// text writes character data, collapsing white space outside <pre>.
func (r *renderer) text(s string) {
	if r.pre > 0 {
		for i, l := range strings.Split(s, "\n") {
			if i > 0 {
				r.breaks = max(r.breaks, 1)
				r.lineStart = true
			}
			if l != "" {
				r.write(l)
			}
		}
		return
	}
	start := -1
	for i, c := range s {
		if isSpace(c) {
			if start >= 0 {
				r.write(s[start:i])
				start = -1
			}
			if !r.lineStart && r.breaks == 0 {
				r.space = true
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		r.write(s[start:])
	}
}

// isSpace reports white space as a browser collapses it; a no-break space
// is shown as a space too.
func isSpace(c rune) bool {
	return c == '\u00a0' || unicode.IsSpace(c)
}

// write puts visible text on the current line, first paying owed newlines,
// the indent and list marker of a new line, or an owed space.
func (r *renderer) write(s string) {
	if r.buf.Len() > 0 && r.breaks > 0 {
		r.buf.WriteString("\n\n"[:r.breaks])
		r.lineStart = true
	}
	if r.buf.Len() == 0 {
		r.lineStart = true
	}
	r.breaks = 0
	if r.lineStart {
		r.buf.WriteString(r.indent())
		r.buf.WriteString(r.marker)
		r.marker = ""
		r.lineStart = false
		r.space = false
	}
	if r.space {
		r.buf.WriteByte(' ')
		r.space = false
	}
	r.buf.WriteString(strings.ReplaceAll(s, "\u00a0", " "))
}

// flushMarker writes a list marker that no text has claimed, on its own line.
func (r *renderer) flushMarker() {
	if r.marker == "" {
		return
	}
	r.write("")
	r.block(1)
}

// indent is two spaces for each list level below the outermost.
func (r *renderer) indent() string {
	if len(r.lists) < 2 {
		return ""
	}
	return strings.Repeat("  ", len(r.lists)-1)
}

// String returns the text with trailing spaces trimmed from each line and
// one final newline.
func (r *renderer) String() string {
	ls := strings.Split(r.buf.String(), "\n")
	for i, l := range ls {
		ls[i] = strings.TrimRight(l, " \t")
	}
	s := strings.Trim(strings.Join(ls, "\n"), "\n")
	if s == "" {
		return ""
	}
	return s + "\n"
}
