package analytics

import (
	"html"
	"strings"
)

// chartText makes a report-derived string safe to hand to go-echarts, which
// writes it unescaped into a script and turns __f__…__f__ into code: HTML
// special characters are escaped and no two underscores stay adjacent.
func chartText(s string) string {
	s = html.EscapeString(s)
	if !strings.Contains(s, "__") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	prev := rune(0)
	for _, r := range s {
		if r == '_' && prev == '_' {
			b.WriteRune('\u200b')
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}
