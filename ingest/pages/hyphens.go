package pages

import "strings"

// notSignHyphens turns a "¬" that ends a line, as some scanners and word
// processors print the hyphen that cuts a word there ("infor¬" / "mes"),
// into the "-" the parser joins words at.
func notSignHyphens(s string) string {
	if !strings.Contains(s, "¬") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for {
		i := strings.Index(s, "¬")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		rest := strings.TrimLeft(s[i+len("¬"):], " \t")
		if strings.HasPrefix(rest, "\n") || strings.HasPrefix(rest, "\r") {
			b.WriteByte('-')
		} else {
			b.WriteString("¬")
		}
		s = s[i+len("¬"):]
	}
}
