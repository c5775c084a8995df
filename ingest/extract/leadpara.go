package extract

import "strings"

// leadAfterNarrative reports whether the last unnumbered paragraph read is
// only an operative lead-in ("Luego de las deliberaciones, se acordó:",
// "Following the discussions, the Network agreed:") after paragraphs that
// narrate and decide nothing: those paragraphs were narrative, and the
// points are the paragraphs after the lead-in.
func (p *parser) leadAfterNarrative() bool {
	roots := p.cur.roots
	if len(roots) < 2 || len(p.stack) != 1 {
		return false
	}
	last := roots[len(roots)-1]
	if !p.standaloneLead(p.spanText(last.spans)) {
		return false
	}
	for _, n := range roots {
		if n.style != stylePara || len(n.children) > 0 {
			return false
		}
	}
	for _, n := range roots[:len(roots)-1] {
		t := p.spanText(n.spans)
		if decides(t, p.rules) {
			return false // a decision of the meeting: the lead-in is one of the points
		}
	}
	return true
}

// standaloneLead reports a paragraph that is one short sentence ending with a
// colon and carrying an operative cue.
func (p *parser) standaloneLead(t string) bool {
	t = strings.TrimSpace(t)
	body, ok := strings.CutSuffix(t, ":")
	return ok && len(t) <= 200 && !strings.ContainsAny(body, ".;:") && leadIn(t, len(t), p.rules)
}

// narrativeToIntro makes the paragraphs read so far the introduction of the
// current block, the lead-in last, so that the paragraphs after it are its
// points.
func (p *parser) narrativeToIntro() {
	for _, n := range p.cur.roots {
		p.cur.intro = append(p.cur.intro, n.spans...)
	}
	p.cur.roots = nil
	p.stack = nil
}

// decides reports a paragraph that opens as a decision of the meeting: with
// an action verb, an infinitive, or a finite verb whose subject is the
// meeting, not a named delegation that reports ("La delegación de México
// presentó ...").
func decides(t string, r *rules) bool {
	if opensClause(t, r) || opensInfinitive(t) {
		return true
	}
	toks := wordTokens(t[:min(len(t), 240)])
	return len(toks) > 0 && finiteOpening(t, r) && !namedSubject(t, toks, 0)
}
