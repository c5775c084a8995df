package extract

import "strings"

// foldDecisionBodies joins to a labelled decision with no points of its own
// ("RESOLUCIÓN CRM-XX-02" / its title) the block the parser opened under it
// for its preamble and lead-in ("CONSIDERANDO ...," / "RESUELVE:"): the
// lines of that introduction and its points become the decision's text and
// sub-points (one unnumbered paragraph is its text), and the decisions after
// it join the decision's block, which is operative.
func foldDecisionBodies(text string, r *rules, blocks []*block) []*block {
	var out []*block
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		out = append(out, b)
		for i+1 < len(blocks) && bodyless(b) && decisionBody(text, r, blocks[i+1]) {
			last, nb := b.roots[len(b.roots)-1], blocks[i+1]
			last.spans = append(last.spans, nb.intro...)
			if len(nb.roots) == 1 && nb.roots[0].style == stylePara && len(nb.roots[0].children) == 0 {
				last.spans = append(last.spans, nb.roots[0].spans...) // "RESUELVE:" / "Encomendar a la Secretaría Técnica ...": the decision's own text
			} else {
				for k, c := range nb.roots {
					c.parent = last
					if c.style == stylePara {
						c.value = k + 1
					}
				}
				last.children = nb.roots
			}
			b.operative, b.before = true, false
			i++
			if i+1 < len(blocks) && len(blocks[i+1].intro) == 0 && len(blocks[i+1].roots) > 0 && blocks[i+1].roots[0].cand.named {
				b.roots = append(b.roots, blocks[i+1].roots...) // the next decision, in the same block
				i++
			}
		}
	}
	return out
}

// bodyless reports a block whose last point is a labelled decision with no
// points under it.
func bodyless(b *block) bool {
	if len(b.roots) == 0 {
		return false
	}
	last := b.roots[len(b.roots)-1]
	return last.cand.named && len(last.children) == 0
}

// decisionBody reports a block that may be a labelled decision's body: a
// short introduction (its preamble and a lead-in of its own that ends with
// a colon, no chapter heading) over points none of which is labelled.
func decisionBody(text string, r *rules, b *block) bool {
	if len(b.roots) == 0 || len(b.intro) == 0 || len(b.intro) > 12 {
		return false
	}
	last := strings.TrimSpace(text[b.intro[len(b.intro)-1].start:b.intro[len(b.intro)-1].end])
	if !strings.HasSuffix(last, ":") || announcesBelow(last) {
		return false // no lead-in of its own ("RESUELVE:") over the points; "... las siguientes recomendaciones:" opens a part of the report
	}
	for _, sp := range b.intro {
		if parseMarker(text[sp.start:sp.end]) != nil || itemWordLine(strings.TrimSpace(text[sp.start:sp.end]), r) {
			return false // "V. RECOMENDACIONES AL GRCM", "Punto 6. Diálogo con la sociedad civil": a chapter or an agenda item of the report
		}
	}
	for _, r := range b.roots {
		if r.cand.named {
			return false
		}
	}
	return true
}
