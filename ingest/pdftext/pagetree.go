package pdftext

import (
	"fmt"

	"github.com/ledongthuc/pdf"
)

// maxTreeDepth bounds the nesting of the page tree.
const maxTreeDepth = 64

// pageRef is a page dictionary with the resources it inherits.
type pageRef struct {
	v      pdf.Value
	res    pdf.Value
	rotate int // /Rotate in quarter turns clockwise
}

// collectPages walks the page tree from the catalog, not trusting /Count:
// depth and the number of nodes visited are capped, so a tree containing
// itself ends. It returns at most maxPages pages and a warning when it stopped early.
func collectPages(r *pdf.Reader, maxPages int) (pages []pageRef, warn string) {
	defer func() {
		if e := recover(); e != nil {
			pages, warn = nil, fmt.Sprintf("page tree: %v", e)
		}
	}()
	root := r.Trailer().Key("Root").Key("Pages")
	t := treeWalk{budget: 4*maxPages + 1000, max: maxPages, path: map[string]bool{}}
	t.visit(root, pdf.Value{}, 0, 0)
	if t.cycle && t.warn == "" {
		t.warn = "page tree: a node contains itself; repeated nodes skipped"
	}
	return t.pages, t.warn
}

// treeWalk holds the state of collectPages.
type treeWalk struct {
	pages  []pageRef
	budget int
	max    int
	warn   string
	cycle  bool
	path   map[string]bool // the page-tree nodes being visited, by content
}

// visit adds the pages under node v, inheriting resources res and rotation.
func (t *treeWalk) visit(v pdf.Value, res pdf.Value, rotate, depth int) {
	if t.warn != "" {
		return
	}
	t.budget--
	switch {
	case t.budget < 0:
		t.warn = "page tree: too many nodes (cyclic?); later pages skipped"
		return
	case depth > maxTreeDepth:
		t.warn = fmt.Sprintf("page tree: deeper than %d levels (cyclic?); later pages skipped", maxTreeDepth)
		return
	case len(t.pages) >= t.max:
		t.warn = fmt.Sprintf("more than %d pages; later pages skipped", t.max)
		return
	}
	if r := v.Key("Resources"); r.Kind() == pdf.Dict {
		res = r
	}
	if r := v.Key("Rotate"); r.Kind() == pdf.Integer {
		rotate = int((r.Int64()/90%4 + 4) % 4)
	}
	kids := v.Key("Kids")
	if v.Key("Type").Name() == "Page" || (kids.Kind() != pdf.Array && v.Key("Contents").Kind() != pdf.Null) {
		t.pages = append(t.pages, pageRef{v: v, res: res, rotate: rotate})
		return
	}
	// Value has no object identity; an intermediate node's dictionary
	// (Kids as references) is small and stands for it.
	key := v.String()
	if t.path[key] {
		t.cycle = true
		return
	}
	t.path[key] = true
	for i := range kids.Len() {
		t.visit(kids.Index(i), res, rotate, depth+1)
	}
	delete(t.path, key)
}
