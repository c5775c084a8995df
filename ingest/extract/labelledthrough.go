package extract

// labelledThrough keeps as the operative part, in a report that labels its
// decisions with a decision word and numbers them through the whole text
// ("ACUERDO 1." ... "ACUERDO 14." among the narrative of each item), the
// blocks of those labelled points, and makes narrative every unlabelled
// list between the first and the last of them ("Durante el debate:" / "-
// México informó ..."): the labels say which points the meeting decided.
func (p *parser) labelledThrough() {
	first, last, want := -1, -1, 1
	for i, b := range p.blocks {
		if !b.named {
			continue
		}
		for _, n := range b.roots {
			if !n.cand.named || n.value != want || !p.decisionWord(n) {
				return
			}
			want++
		}
		if first < 0 {
			first = i
		}
		last = i
	}
	if first < 0 || want <= minLabelledThrough || first == last {
		return
	}
	for _, b := range p.blocks[first : last+1] {
		b.operative = b.named && !b.notes
		b.before = !b.named
	}
}

// minLabelledThrough is the least count of labelled points that number a
// report's decisions through its narrative.
const minLabelledThrough = 3

// decisionWord reports a point labelled with a word that names a decision
// ("Acuerdo", "Decision", "Conclusión"; structure_cues.csv kind
// decision_label).
func (p *parser) decisionWord(n *node) bool {
	toks := wordTokens(p.text[n.markStart:min(len(p.text), n.markStart+40)])
	_, _, ok := p.rules.structure.matchKind(toks, 0, "decision_label")
	return ok
}
