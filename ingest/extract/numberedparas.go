package extract

import "strings"

// numberedThrough makes operative the blocks before the operative part
// when that part goes on numbering their paragraphs from 1 ("1. The Working
// Group ... held its first meeting ..." to "7. At the close of the meeting
// the Working Group agreed ...:"): where a report numbers every paragraph,
// every numbered paragraph is an agreement (ANNOTATION.md).
func numberedThrough(text string, blocks []*block) {
	for i, b := range blocks {
		if !b.operative {
			continue
		}
		if len(b.roots) == 0 || b.roots[0].style != styleDec || b.roots[0].value < 2 {
			return
		}
		want := 1
		var numbered []*block
		for _, pb := range blocks[:i] {
			if bulletsOnly(pb.roots) {
				continue // "Members:" / "• Australia  • Malaysia": a list of who attended, no paragraph
			}
			for _, n := range pb.roots {
				if n.style != styleDec || n.value != want || !proseParagraph(text, n) {
					return
				}
				want++
			}
			numbered = append(numbered, pb)
		}
		if want != b.roots[0].value {
			return
		}
		for _, pb := range numbered {
			pb.operative = true
		}
		return
	}
}

// proseParagraph reports a numbered point whose first line is a sentence,
// not a title ("1. The Ad Hoc Working Group ... of the Regional", not "1.
// Apertura").
func proseParagraph(text string, n *node) bool {
	if len(n.spans) == 0 {
		return false
	}
	first := strings.TrimSpace(text[n.spans[0].start:n.spans[0].end])
	return len(first) >= 40 && !isUpperWord(first) || strings.HasSuffix(first, ".")
}
