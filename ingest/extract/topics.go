package extract

import (
	"strings"
	"unicode/utf8"
)

// maxTopicWords is the length of a topic heading written before a dash
// bullet on the same line ("Pasos a seguir - Acordamos ...").
const maxTopicWords = 5

// splitTopics cuts a line where a short topic heading stands before the
// first dash bullet of its list on the same line ("Principios - Todas las
// sociedades ...", or "... política migratoria. Logros - Reconocemos ..."),
// as converters write a heading and a list that a plain text puts on lines
// of their own: the heading and the bullet then read as lines of their own.
// The dash counts as a bullet only where more dash bullets stand after
// sentence ends or at line starts nearby.
func splitTopics(text string, lines []line) []line {
	if !strings.Contains(text, ". - ") && !strings.Contains(text, ". – ") && !strings.Contains(text, "\n- ") {
		return lines
	}
	var out []line
	prevEnd := '.'
	for _, ln := range lines {
		s := text[ln.start:ln.end]
		cur, from := 0, 0 // where the line left to write starts, and the search
		for {
			at, head := topicDash(text, s, from, prevEnd, ln.start)
			if at < 0 {
				break
			}
			// the text before the heading, the heading, then the bullet's line
			if strings.TrimSpace(s[cur:head]) != "" {
				out = append(out, line{start: ln.start + cur, end: ln.start + head, indent: indentOf(s[cur:head])})
			}
			out = append(out, line{start: ln.start + head, end: ln.start + at - 1})
			cur, from = at, at+1
		}
		if cur > 0 {
			out = append(out, line{start: ln.start + cur, end: ln.end})
		} else {
			out = append(out, ln)
		}
		if t := strings.TrimSpace(s); t != "" {
			prevEnd = lastRune(t)
		}
	}
	return out
}

// topicDash finds in s, from byte from, a dash bullet right after a topic
// heading: it returns the dash's offset and the heading's, or -1. The
// heading opens the line after a sentence end, or follows a sentence end
// inside the line.
func topicDash(text, s string, from int, prevEnd rune, base int) (int, int) {
	for i := from; i+2 < len(s); i++ {
		r, n := utf8.DecodeRuneInString(s[i:])
		if bulletClass(r) != "dash" || i == 0 || s[i-1] != ' ' || i+n >= len(s) || s[i+n] != ' ' || !startsUpper(s[i+n+1:]) {
			continue
		}
		before := strings.TrimRight(s[from:i], " ")
		cut := strings.LastIndexAny(before, ".;:")
		head := from + cut + 1
		if cut < 0 {
			if strings.TrimSpace(s[:from]) != "" || !strings.ContainsRune(".;:", prevEnd) {
				continue
			}
			head = from
		}
		h := strings.TrimSpace(s[head:i])
		if !topicHeading(h) || numberedTitle(h) || !longItem(text[base+i+n:min(len(text), base+i+n+400)]) {
			continue
		}
		head += strings.Index(s[head:i], h)
		ahead := text[max(0, base+i-1500):min(len(text), base+i+1500)]
		glyph := s[i : i+n]
		if strings.Count(ahead, ". "+glyph+" ")+strings.Count(ahead, "\n"+glyph+" ") < 1 {
			continue
		}
		return i, head
	}
	return -1, 0
}

// numberedTitle reports a heading that ends with a roman numeral ("Session
// II", "Sesión III"): a numbered title whose dash leads to its name
// ("Session II – Regional free movement ..."), no topic over a dash list.
func numberedTitle(h string) bool {
	w := lastWord(h)
	return w != h && isUpperWord(w) && romanValue(w) > 0
}

// topicHeading reports a short heading: one to five words, the first in
// capitals, no digits and no punctuation ("Logros", "Pasos a seguir").
func topicHeading(h string) bool {
	ws := strings.Fields(h)
	if len(ws) == 0 || len(ws) > maxTopicWords || len(h) > 50 || !startsUpper(h) {
		return false
	}
	return !strings.ContainsAny(h, "0123456789,.;:()\"“”")
}

// indentOf counts the leading spaces of s as splitLines does.
func indentOf(s string) int {
	ind := 0
	for _, r := range s {
		switch r {
		case ' ':
			ind++
		case '\t':
			ind += 4
		default:
			return ind
		}
	}
	return ind
}

// minTopicItem is the least length of the point after a topic heading's
// dash: a place and a country ("Lima - Perú, 5 de mayo") is no topic list.
const minTopicItem = 40

// longItem reports whether the text after a dash, up to the next dash
// bullet or the end of its sentence, is as long as a point.
func longItem(s string) bool {
	end := len(s)
	for _, d := range []string{" - ", " – ", " — ", ". ", ".\n", "\n\n"} {
		if k := strings.Index(s, d); k >= 0 && k < end {
			end = k
		}
	}
	return len(strings.TrimSpace(s[:end])) >= minTopicItem
}
