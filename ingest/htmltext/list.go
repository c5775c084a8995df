package htmltext

import (
	"actas/ingest/internal/numeral"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// list is an open <ol> or <ul>: its marker style and next number.
type list struct {
	style    string // a CSS list-style-type
	next     int
	reversed bool
}

// newList reads a list's type, start, reversed and CSS list-style-type.
func newList(n *html.Node) list {
	l := list{style: "disc", next: 1}
	if n.DataAtom == atom.Ol {
		l.style = "decimal"
	}
	if t := typeStyle(attr(n, "type")); t != "" {
		l.style = t
	}
	if t := cssStyle(attr(n, "style")); t != "" {
		l.style = t
	}
	_, l.reversed = attrOK(n, "reversed")
	if l.reversed {
		l.next = countItems(n)
	}
	if v, err := strconv.Atoi(strings.TrimSpace(attr(n, "start"))); err == nil {
		l.next = v
	}
	return l
}

// nextMarker returns the marker of list item n and advances its list.
func (r *renderer) nextMarker(n *html.Node) string {
	if len(r.lists) == 0 {
		return "- "
	}
	l := &r.lists[len(r.lists)-1]
	if v, err := strconv.Atoi(strings.TrimSpace(attr(n, "value"))); err == nil {
		l.next = v
	}
	style := l.style
	if t := typeStyle(attr(n, "type")); t != "" {
		style = t
	}
	if t := cssStyle(attr(n, "style")); t != "" {
		style = t
	}
	m := marker(style, l.next)
	if l.reversed {
		l.next--
	} else {
		l.next++
	}
	return m
}

// marker renders number n in a CSS list style as a browser prints it.
func marker(style string, n int) string {
	switch style {
	case "none":
		return ""
	case "disc", "circle", "square":
		return "- "
	case "decimal-leading-zero":
		if n >= 0 && n < 10 {
			return "0" + strconv.Itoa(n) + ". "
		}
	case "lower-alpha", "lower-latin":
		if n > 0 {
			return alpha(n) + ". "
		}
	case "upper-alpha", "upper-latin":
		if n > 0 {
			return strings.ToUpper(alpha(n)) + ". "
		}
	case "lower-roman":
		if n > 0 && n < 4000 {
			return numeral.Roman(n) + ". "
		}
	case "upper-roman":
		if n > 0 && n < 4000 {
			return strings.ToUpper(numeral.Roman(n)) + ". "
		}
	}
	return strconv.Itoa(n) + ". "
}

// typeStyle maps an HTML type attribute to a CSS list style.
func typeStyle(t string) string {
	switch strings.TrimSpace(t) {
	case "1":
		return "decimal"
	case "a":
		return "lower-alpha"
	case "A":
		return "upper-alpha"
	case "i":
		return "lower-roman"
	case "I":
		return "upper-roman"
	}
	switch strings.ToLower(strings.TrimSpace(t)) {
	case "disc", "circle", "square", "none":
		return strings.ToLower(strings.TrimSpace(t))
	}
	return ""
}

// cssStyle finds list-style-type (or a list-style shorthand) in a style
// attribute.
func cssStyle(style string) string {
	for _, decl := range strings.Split(strings.ToLower(style), ";") {
		k, v, ok := strings.Cut(decl, ":")
		if !ok {
			continue
		}
		k = strings.TrimSpace(k)
		if k != "list-style-type" && k != "list-style" {
			continue
		}
		for _, f := range strings.Fields(v) {
			switch f {
			case "decimal", "decimal-leading-zero", "lower-alpha", "lower-latin", "upper-alpha",
				"upper-latin", "lower-roman", "upper-roman", "disc", "circle", "square", "none":
				return f
			}
		}
	}
	return ""
}

// alpha renders 1 as a, 26 as z, 27 as aa, as browsers count.
func alpha(n int) string {
	var b []byte
	for n > 0 {
		n--
		b = append([]byte{byte('a' + n%26)}, b...)
		n /= 26
	}
	return string(b)
}

// countItems counts the <li> children of a list, for reversed numbering.
func countItems(n *html.Node) int {
	c := 0
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.DataAtom == atom.Li {
			c++
		}
	}
	return c
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}
