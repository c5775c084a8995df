package sniff

import (
	"strings"
)

// htmlStarts are the tags that open an HTML document or fragment.
var htmlStarts = []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title",
	"<p>", "<p ", "<div", "<table", "<h1", "<h2", "<h3", "<h4", "<h5", "<h6", "<ol", "<ul",
	"<br", "<span", "<font", "<center", "<style", "<script", "<link"}

// looksHTML reports whether text starts like HTML, after blank space, XML
// declarations and comments, or holds an <html> or <body> tag early on.
func looksHTML(text string) bool {
	s := strings.ToLower(strings.TrimLeft(text, " \t\r\n\f\ufeff"))
	if !strings.HasPrefix(s, "<") {
		return false
	}
	for strings.HasPrefix(s, "<?") || strings.HasPrefix(s, "<!--") {
		end := "?>"
		if strings.HasPrefix(s, "<!--") {
			end = "-->"
		}
		i := strings.Index(s, end)
		if i < 0 {
			break
		}
		s = strings.TrimLeft(s[i+len(end):], " \t\r\n\f")
	}
	for _, p := range htmlStarts {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return strings.Contains(s, "<html") || strings.Contains(s, "<body")
}
