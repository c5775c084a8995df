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

// leadAfterParas reports the operative part's own lead-in after a
// declaration's unnumbered paragraphs ("Reafirmamos ..." / "Y, en
// consecuencia, ACUERDAN:" / "PRIMERO: ..."): a short paragraph that ends
// with a colon and carries an operative cue, over a list of printed
// numbers. It opens that list's block, no paragraph of the declaration.
func (p *parser) leadAfterParas(lines []line, i int, t string) bool {
	d := p.deepest()
	if d == nil || d.style != stylePara || !p.paraBreak && !strings.ContainsRune(".;", p.prevEnd) || !strings.HasSuffix(t, ":") || countFields(t, 7) > 6 || p.cueKind(t) != "operative" {
		return false
	}
	m := parseMarker(p.nextText(lines, i))
	return m != nil && !strings.HasPrefix(m.cands[0].style, styleBullet)
}

// leadAfterLead reports a short lead-in right after the block's own, before
// any point ("Hereby declare:" / "We welcome:" / "1. The report ..."): the
// lead-in of the first of the sections whose numbering restarts, part of
// the introduction, no paragraph of the declaration.
func (p *parser) leadAfterLead(lines []line, i int, t string) bool {
	if p.deepest() != nil || p.prevEnd != ':' || !strings.HasSuffix(t, ":") || countFields(t, 7) > 6 {
		return false
	}
	m := parseMarker(p.nextText(lines, i))
	return m != nil && !strings.HasPrefix(m.cands[0].style, styleBullet) && m.cands[0].value == 1
}

// dropLeadSubjects drops an unnumbered paragraph whose sentence goes on
// into the next block's lead-in in capitals ("Los Representantes ...,
// reunidos en Montevideo ...," / "DECLARAN:"): the lead-in's subject, no
// point.
func (p *parser) dropLeadSubjects() {
	for i := 0; i+1 < len(p.blocks); i++ {
		b, nb := p.blocks[i], p.blocks[i+1]
		if len(b.roots) == 0 || len(nb.intro) == 0 {
			continue
		}
		last := b.roots[len(b.roots)-1]
		lead := strings.TrimSpace(p.text[nb.intro[0].start:nb.intro[0].end])
		if last.style != stylePara || len(last.children) > 0 || len(nb.intro) != 1 || !bareLeadIn(lead, p.rules) {
			continue
		}
		if t := strings.TrimSpace(p.spanText(last.spans)); strings.HasSuffix(t, ",") {
			b.roots = b.roots[:len(b.roots)-1]
		}
	}
	for i, b := range p.blocks {
		p.dropSecondLead(b)
		p.dropPreamble(i)
	}
}

// dropPreamble drops the unnumbered paragraphs of a declaration's preamble
// that open block i's points ("We, the Ministers ..., gathered in Dhaka
// ...," / "Recognising ...;" / "Concerned at ...;" before "We commit to:"),
// and its title in capitals above them ("DHAKA DECLARATION"),
// when points stay after them, in the block or in a later one.
func (p *parser) dropPreamble(i int) {
	b := p.blocks[i]
	k := 0
	for ; k < len(b.roots) && b.roots[k].style == stylePara && len(b.roots[k].children) == 0; k++ {
		if t := strings.TrimSpace(p.spanText(b.roots[k].spans)); !preambular(t, p.rules) && !capsTitle(t) {
			break
		}
	}
	if k == 0 {
		return
	}
	later := k < len(b.roots)
	for _, nb := range p.blocks[i+1:] {
		later = later || len(nb.roots) > 0
	}
	if !later {
		return
	}
	b.roots = b.roots[k:]
	for _, n := range b.roots {
		if n.style == stylePara {
			n.value -= k
		}
	}
}

// dropSecondLead drops a block's first unnumbered paragraph when it is a
// lead-in of its own over the paragraphs after it ("... the Ministers
// adopted the following Declaration:" / "We, the Ministers ..., meeting in
// Colombo ..., hereby declare:" / "We reaffirm ..."): the declaration's
// formula, no point; the paragraphs after it count from 1.
func (p *parser) dropSecondLead(b *block) {
	if len(b.roots) < 3 || b.roots[0].style != stylePara || len(b.roots[0].children) > 0 {
		return
	}
	t := strings.TrimSpace(p.spanText(b.roots[0].spans))
	if !strings.HasSuffix(t, ":") || p.cueKind(lastSentence(t)) != "operative" || opensClause(t, p.rules) {
		return
	}
	b.roots = b.roots[1:]
	for _, n := range b.roots {
		if n.style == stylePara {
			n.value--
		}
	}
}
