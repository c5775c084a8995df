package htmltext

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// renderer writes text with lazy line breaks: a block asks for one or two
// newlines, and they are written only before the next visible text.
type renderer struct {
	buf       strings.Builder
	breaks    int  // newlines owed before the next text
	space     bool // a space is owed before the next text on this line
	lineStart bool // nothing has been written on the current line
	pre       int  // depth inside <pre>
	marker    string
	lists     []list
	cells     int // cells written in the current table row
}

// skipped are elements whose content is never shown.
var skipped = map[atom.Atom]bool{atom.Head: true, atom.Script: true, atom.Style: true,
	atom.Template: true, atom.Noscript: true, atom.Title: true, atom.Iframe: true,
	atom.Object: true, atom.Svg: true, atom.Math: true, atom.Select: true}

// paragraphs are blocks separated from their neighbours by a blank line.
var paragraphs = map[atom.Atom]bool{atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Blockquote: true, atom.Table: true,
	atom.Pre: true, atom.Dl: true, atom.Hr: true, atom.Figure: true, atom.Address: true}

// lines are blocks that start and end a line.
var lines = map[atom.Atom]bool{atom.Div: true, atom.Section: true, atom.Article: true,
	atom.Aside: true, atom.Header: true, atom.Footer: true, atom.Nav: true, atom.Main: true,
	atom.Tr: true, atom.Dt: true, atom.Dd: true, atom.Caption: true, atom.Figcaption: true,
	atom.Form: true, atom.Fieldset: true, atom.Center: true, atom.Legend: true,
	atom.Details: true, atom.Summary: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true}

// walk visits the tree without recursion, so deep nesting cannot overflow.
func (r *renderer) walk(root *html.Node) {
	n := root
	for {
		descend := r.enter(n)
		if descend && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		if descend {
			r.leave(n)
		}
		for {
			if n == root {
				return
			}
			if n.NextSibling != nil {
				n = n.NextSibling
				break
			}
			n = n.Parent
			r.leave(n)
		}
	}
}

// enter handles an opening node and reports whether to visit its children.
func (r *renderer) enter(n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		r.text(n.Data)
		return false
	case html.DocumentNode:
		return true
	case html.ElementNode:
	default:
		return false
	}
	if hidden(n) {
		return false
	}
	a := n.DataAtom
	switch {
	case a == atom.Br:
		r.lineBreak()
	case a == atom.Ol || a == atom.Ul:
		r.flushMarker()
		r.block(1)
		if len(r.lists) == 0 {
			r.block(2)
		}
		r.lists = append(r.lists, newList(n))
	case a == atom.Li:
		r.flushMarker()
		r.block(1)
		r.marker = r.nextMarker(n)
	case a == atom.Td || a == atom.Th:
		if r.cells > 0 {
			r.space = false
			r.write("\t")
		}
		r.cells++
	case a == atom.Pre:
		r.block(2)
		r.pre++
	case paragraphs[a]:
		r.block(2)
	case lines[a]:
		r.block(1)
	}
	if a == atom.Tr {
		r.cells = 0
	}
	return true
}

// leave handles the end of element n.
func (r *renderer) leave(n *html.Node) {
	if n.Type != html.ElementNode {
		return
	}
	a := n.DataAtom
	switch {
	case a == atom.Ol || a == atom.Ul:
		r.flushMarker()
		if len(r.lists) > 0 {
			r.lists = r.lists[:len(r.lists)-1]
		}
		r.block(1)
		if len(r.lists) == 0 {
			r.block(2)
		}
	case a == atom.Li:
		r.flushMarker()
		r.block(1)
	case a == atom.Pre:
		r.pre--
		r.block(2)
	case paragraphs[a]:
		r.block(2)
	case lines[a]:
		r.block(1)
	}
}

// hidden reports whether an element is not shown: skipped kinds, the hidden
// attribute, or display:none.
func hidden(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if skipped[n.DataAtom] {
		return true
	}
	for _, at := range n.Attr {
		switch at.Key {
		case "hidden":
			return true
		case "style":
			s := strings.ReplaceAll(strings.ToLower(at.Val), " ", "")
			if strings.Contains(s, "display:none") {
				return true
			}
		}
	}
	return false
}
