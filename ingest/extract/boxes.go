package extract

import "strings"

// unframeBoxes blanks the frame of boxes drawn around text with one cell
// per line ("+-----+" / "| Action point 2.1: Members will ... |" /
// "+-----+"): a frame, not a table, so its text reads as paragraphs. Every
// byte keeps its offset; a table with several cells per line keeps its bars.
func unframeBoxes(text string) string {
	if !strings.Contains(text, "+-") {
		return text
	}
	lines := textLines(text)
	var b []byte
	for k := 0; k < len(lines); k++ {
		if !boxRule(text[lines[k].start:lines[k].end]) {
			continue
		}
		end := k + 1
		for end < len(lines) && boxCell(text[lines[end].start:lines[end].end]) {
			end++
		}
		if end == k+1 || end == len(lines) || !boxRule(text[lines[end].start:lines[end].end]) {
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		for i := k; i <= end; i++ {
			blankFrame(b, lines[i].start, lines[i].end, i == k || i == end)
		}
		k = end - 1 // the closing rule may open the next box
	}
	if b == nil {
		return text
	}
	return string(b)
}

// boxRule reports a line that is only a frame's rule ("+------+").
func boxRule(s string) bool {
	t := strings.TrimSpace(s)
	return len(t) >= 3 && t[0] == '+' && t[len(t)-1] == '+' && strings.Trim(t, "+-=") == ""
}

// boxCell reports a line framed by one bar on each side and none between.
func boxCell(s string) bool {
	t := strings.TrimSpace(s)
	return len(t) >= 2 && t[0] == '|' && t[len(t)-1] == '|' && strings.Count(t, "|") == 2
}

// blankFrame writes spaces over a rule line, or over the two bars of a cell.
func blankFrame(b []byte, start, end int, rule bool) {
	for i := start; i < end; i++ {
		if rule && b[i] != '\n' && b[i] != '\r' || !rule && b[i] == '|' {
			b[i] = ' '
		}
	}
}
