package extract

import (
	"slices"
	"strings"
)

// partyHeading reports an unnumbered heading that names whom the points
// under it address ("Observer organizations:", "Países Miembros:"): a short
// line in the operative part that ends with a colon, holds no verb and no
// structure cue, right over the first point of a list ("a.", "1)"), and
// stands after a blank line, a lead-in or a list it restarts.
func (p *parser) partyHeading(t string, words []string, next string) bool {
	m := parseMarker(next)
	if m == nil || !firstValue(m) {
		return false
	}
	if !p.paraBreak && p.prevEnd != ':' && !(p.prevEnd == '.' && p.restartsOpen(m)) {
		return false // a line inside a paragraph ("... by UNODC." / "In this regard:")
	}
	if len(words) > 6 || !startsUpper(t) || !strings.HasSuffix(t, ":") || !p.inOperative() || p.verbLeadIn(t) {
		return false
	}
	if d := p.deepest(); d != nil && d.style == stylePara {
		return false // a paragraph among unnumbered ones that introduces its sublist (choice.go)
	}
	if p.cueKind(t) != "" {
		return false
	}
	return !p.holdsActionCue(t) // "The Group agreed as follows:": a lead-in
}

// holdsActionCue reports a cue of the action table in t, as written or
// inflected.
func (p *parser) holdsActionCue(t string) bool {
	toks := wordTokens(t)
	for i := range toks {
		if _, _, ok := p.rules.actions.match(toks, i); ok {
			return true
		}
		if _, _, ok := p.rules.actions.matchInflected(toks, i); ok {
			return true
		}
	}
	return false
}

// partyLabel reports a line indented under a point that ends with a
// colon, which names only the party its bullets are for ("6. The following
// tasks were entrusted:" / "   Technical Secretariat:" / "     - ..."), or
// another such label at the same indent: an unnumbered sub-point.
func (p *parser) partyLabel(lines []line, i int, t string, indent int) bool {
	if !strings.HasSuffix(t, ":") || countFields(t, 6) > 5 || p.cueKind(t) != "" || parseMarker(t) != nil {
		return false // "a. To request IOM to:" is a point of its own
	}
	next, j := p.nextLine(lines, i)
	if m := parseMarker(next); m == nil || j < 0 || lines[j].indent <= indent {
		return false
	}
	under := false
	for _, lv := range p.stack {
		own := strings.TrimSpace(p.spanText(lv.node.spans))
		if lv.node.indent < indent && strings.HasSuffix(own, ":") && lv.style != stylePara {
			under = true // the point whose colon the labels go on
		}
		if under && lv.style == stylePara && lv.node.indent == indent && strings.HasSuffix(own, ":") {
			return true // the label before this one
		}
	}
	if d := p.deepest(); !under || d == nil || d.indent >= indent {
		return false
	}
	return len(p.cur.roots) > 0 && !p.verbLeadIn(t)
}

// restartsOpen reports a first marker ("a.") of the style of an open list
// level that is already past it: the list restarts under a new heading.
func (p *parser) restartsOpen(m *marker) bool {
	for _, lv := range p.stack {
		for _, c := range m.cands {
			if c.style == lv.style && c.value == 1 && lv.last > 1 {
				return true
			}
		}
	}
	return false
}

// firstValue reports a marker that may open a list ("a.", "1)", "i.").
func firstValue(m *marker) bool {
	for _, c := range m.cands {
		if c.value == 1 && !strings.HasPrefix(c.style, styleBullet) {
			return true
		}
	}
	return false
}

// headedPoints makes the headings of the operative part that hold their
// own list into points (ANNOTATION: one agreement per numbered point, a
// level with no number takes its position): a numbered heading over
// bullets ("I. INFORMES" / "• Aprobar ...") is point i with the bullets as
// i.1, i.2; unnumbered headings whose lettered or numbered points restart
// under each ("The Technical Secretariat:" / "a. ... b. ...") are points 1,
// 2, ... by position, the lettered points their sub-points.
func (p *parser) headedPoints() {
	run := 0 // the unnumbered headed points so far in this run of blocks
	runOn := p.runOnChapters()
	for i, b := range p.blocks {
		h, ok := p.headLine(b)
		if !ok {
			run = 0
			continue
		}
		t := strings.TrimSpace(p.text[h.start:h.end])
		if m := parseMarker(t); m != nil {
			run = 0
			c, chapter := runOn[i]
			if bulletsOnly(b.roots) && !strings.HasPrefix(m.cands[0].style, styleBullet) || chapter {
				if !chapter {
					c = m.cands[0]
				}
				h.start += strings.Index(p.text[h.start:h.end], t) + m.end // the title without its number
				b.roots = []*node{headNode(h, c, b.roots)}
			}
			continue
		}
		if !restarting(b.roots) || !strings.HasSuffix(t, ":") || !p.headedRun(i, run) {
			run = 0
			continue
		}
		run++
		b.roots = []*node{headNode(h, candidate{style: styleHead, value: run}, b.roots)}
	}
}

// runOnChapters returns the blocks under chapter headings of the operative
// part numbered in roman numerals ("I. GOBERNANZA MIGRATORIA", "II.
// PROTECCIÓN ...") over numbered points, each with its chapter's number:
// the chapters are points i, ii and the points under them i.1, ii.4 as
// printed, whether they run on from one chapter to the next (1-3, then
// 4-6) or restart under each (ANNOTATION.md: one agreement per numbered
// point, "I." included). Parts of the report named by a structure cue
// ("IV. CONCLUSIONS") are no chapters (headLine); lettered titles over
// numbers stay chapters (layout lettered-titles-numbers-go-on.en, blind70's
// writer).
func (p *parser) runOnChapters() map[int]candidate {
	chapters := map[int]candidate{}
	var prev *marker // the heading of the block before, when it was a chapter
	for i, b := range p.blocks {
		m := p.chapterMarker(b)
		before := p.blocks[max(i-1, 0)].roots
		if m != nil && prev != nil && (b.roots[0].value == before[len(before)-1].value+1 || restarting(b.roots) && restarting(before)) {
			for _, c := range prev.cands {
				for _, d := range m.cands {
					if c.style == styleURoman && d.style == c.style && d.value == c.value+1 {
						chapters[i-1], chapters[i] = c, d
					}
				}
			}
		}
		prev = m
	}
	return chapters
}

// chapterMarker returns the roman marker of the heading over block b's
// numbered or lettered points ("II. TRAINING" / "A. To thank IOM ..."), or
// nil.
func (p *parser) chapterMarker(b *block) *marker {
	h, ok := p.headLine(b)
	if !ok {
		return nil
	}
	switch b.roots[0].style {
	case styleDec, styleUAlpha, styleLAlpha:
	default:
		return nil
	}
	m := parseMarker(strings.TrimSpace(p.text[h.start:h.end]))
	if m == nil || m.alone || !slices.ContainsFunc(m.cands, func(c candidate) bool { return c.style == styleURoman }) {
		return nil
	}
	return m
}

// headLine returns the heading line that introduces an operative block's
// list right before its first point, when heading() read one there.
func (p *parser) headLine(b *block) (span, bool) {
	if !b.operative || b.headAt == 0 || b.headAt != len(b.intro) || len(b.roots) == 0 {
		return span{}, false
	}
	h := b.intro[b.headAt-1]
	if p.cueKind(p.text[h.start:h.end]) != "" {
		return span{}, false // "RECOMENDACIONES": a part of the report, no point
	}
	return h, true
}

// headedRun reports whether the unnumbered heading of block i belongs to
// a run of two or more such headings (its list restarts under the next one,
// or it follows one).
func (p *parser) headedRun(i, run int) bool {
	if run > 0 {
		return true
	}
	if i+1 >= len(p.blocks) {
		return false
	}
	nb := p.blocks[i+1]
	h, ok := p.headLine(nb)
	if !ok || !restarting(nb.roots) {
		return false
	}
	t := strings.TrimSpace(p.text[h.start:h.end])
	return parseMarker(t) == nil && strings.HasSuffix(t, ":")
}

// bulletsOnly reports a list of bullets (no printed numbers).
func bulletsOnly(ns []*node) bool {
	for _, n := range ns {
		if !strings.HasPrefix(n.style, styleBullet) {
			return false
		}
	}
	return len(ns) > 0
}

// restarting reports a list of printed numbers or letters that starts at
// its first value ("a.", "1."), as a list under a new heading does.
func restarting(ns []*node) bool {
	if len(ns) == 0 || strings.HasPrefix(ns[0].style, styleBullet) || ns[0].style == stylePara || ns[0].value != 1 {
		return false
	}
	return true
}

// headNode builds the point of a heading with the points under it as its
// sub-points, numbered by position where they print no number.
func headNode(h span, c candidate, roots []*node) *node {
	n := &node{cand: c, style: c.style, value: c.value, spans: []span{h}, markStart: h.start, paraAt: -1, title: true}
	for j, r := range roots {
		r.parent = n
		if strings.HasPrefix(r.style, styleBullet) {
			r.value = j + 1
		}
		n.children = append(n.children, r)
	}
	return n
}

// leadsChapters reports an operative block with no points of its own whose
// lead-in ("4. ACUERDOS / La Red acordó lo siguiente:") stands over the
// chapter headings of the next block: the chapters are operative.
func (p *parser) leadsChapters(i int) bool {
	b := p.blocks[i]
	if len(b.roots) > 0 || len(b.intro) == 0 || i+1 >= len(p.blocks) {
		return false
	}
	intro := b.intro
	for len(intro) > 1 && capsTitle(strings.TrimSpace(p.text[intro[len(intro)-1].start:intro[len(intro)-1].end])) {
		intro = intro[:len(intro)-1] // "agreed on the following:" / "CONCLUSIONS"
	}
	last := strings.TrimSpace(p.text[intro[len(intro)-1].start:intro[len(intro)-1].end])
	nb := p.blocks[i+1]
	return strings.HasSuffix(last, ":") && nb.headAt == 1 && len(nb.intro) == 1 && len(nb.roots) > 0
}

// nextChapter reports a lettered or roman section title ("C. Other
// matters") that follows the chapter heading of the open block ("B.
// Recommendations") over a list that restarts under it ("1."): the next
// chapter, not a point of that list.
func (p *parser) nextChapter(m *marker, next string) bool {
	b := p.cur
	nm := parseMarker(next)
	if b.headAt == 0 || b.headAt != len(b.intro) && len(b.roots) == 0 || nm == nil || !firstValue(nm) || !restarting(b.roots) {
		return false
	}
	h := b.intro[b.headAt-1]
	hm := parseMarker(strings.TrimSpace(p.text[h.start:h.end]))
	if hm == nil {
		return false
	}
	for _, c := range m.cands {
		for _, hc := range hm.cands {
			if c.style == hc.style && hc.value+1 == c.value && (c.style == styleUAlpha || c.style == styleURoman) && b.roots[0].style != c.style {
				return true
			}
		}
	}
	return false
}
