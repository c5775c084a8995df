package textenc

import "strings"

// lostBullet is the character restoreBullets writes where an encoder's '?'
// stood for a bullet glyph the legacy code page lacks.
const lostBullet = "•"

// restoreBullets turns a '?' that opens a line and is followed by a space or
// tab back into a bullet: encoders writing Windows-1252 replace the
// characters the code page lacks (Symbol-font and private-use bullets) with
// '?', and no sentence opens with a bare question mark (Spanish opens with ¿).
func restoreBullets(s string) string {
	if !strings.Contains(s, "?") {
		return s
	}
	lines := strings.SplitAfter(s, "\n")
	for i, line := range lines {
		body := strings.TrimLeft(line, " \t")
		if len(body) < 2 || body[0] != '?' || (body[1] != ' ' && body[1] != '\t') {
			continue
		}
		indent := line[:len(line)-len(body)]
		lines[i] = indent + lostBullet + body[1:]
	}
	return strings.Join(lines, "")
}
