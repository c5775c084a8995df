package extract

import "strings"

// labelledLists reads minutes whose decision labels stand alone over lists
// whose numbers run on from one label to the next ("Decisions:" / "1. ...",
// then "Decisions:" / "2. ..." / "3. ..." under the next agenda item) or
// restart at 1 under each: the items are the points, numbered as printed,
// with the sub-points under them; what stands between the lists is
// narrative. It returns nil for any other report.
func labelledLists(text string, r *rules, paras []*para) []*node {
	var points []*node
	lists := 0
	for i := 0; i < len(paras); i++ {
		p := paras[i]
		if decisionLabel(text, r, p) == 0 || !bareLabel(text, r, p) {
			continue
		}
		l := &runOn{first: len(points) + 1}
		l.read(text, r, p.spans[1:], p.bullets)
		for ; i+1 < len(paras) && !l.ended; i++ {
			q := paras[i+1]
			m := parseMarker(text[q.spans[0].start:q.spans[0].end])
			if m == nil && (len(l.items) == 0 || !decidesUnlabelled(text, r, q)) || m != nil && !l.opens(text, r, q, m) {
				break // narrative, or the next agenda item
			}
			l.read(text, r, q.spans, q.bullets) // "In this regard, the Group requested ...": the point goes on
		}
		if len(l.items) == 0 {
			return nil // "Decisions:" over prose
		}
		for _, it := range l.items {
			it.leadAt = p.spans[:1] // "Acuerdos:" / "1. Celebrar ...": a verb that is no cue agrees
		}
		points = append(points, l.items...)
		lists++
	}
	if lists < 2 {
		return nil
	}
	return points
}

// runOn is the list under one decision label, whose first item has value
// first; ended is set at a heading line that closes it.
type runOn struct {
	items []*node
	first int
	ended bool
}

// read adds lines and the bullets after them to the list: a line whose
// marker has the list's style and the next value opens an item, one with
// the marker of the next sub-point of the last item opens that, any other
// line goes on with the last item or sub-point. A heading line ("III.
// TRAINING", where line breaks were lost) ends the list.
func (l *runOn) read(text string, r *rules, lines []span, bullets []*node) {
	for _, s := range lines {
		if l.ended {
			return
		}
		m := parseMarker(text[s.start:s.end])
		if m != nil && itemLine(text, r, s) {
			l.ended = true
			return
		}
		if m != nil {
			if c, ok := l.nextItem(m); ok {
				l.items = append(l.items, &node{style: c.style, cand: c, value: c.value, spans: []span{{s.start + m.end, s.end}}, markStart: s.start + m.start, paraAt: -1})
				continue
			}
			if c, ok := l.nextSub(m); ok {
				last := l.items[len(l.items)-1]
				last.children = append(last.children, &node{style: c.style, cand: c, value: c.value, parent: last, spans: []span{{s.start + m.end, s.end}}, markStart: s.start + m.start, paraAt: -1})
				continue
			}
		}
		if len(l.items) == 0 {
			return
		}
		last := l.items[len(l.items)-1]
		if k := len(last.children); k > 0 {
			last = last.children[k-1]
		}
		last.spans = append(last.spans, s)
	}
	if len(l.items) > 0 {
		last := l.items[len(l.items)-1]
		for _, b := range bullets {
			b.parent, b.value = last, len(last.children)+1
			last.children = append(last.children, b)
		}
	}
}

// opens reports paragraph p, whose first line has marker m, opening the
// next item or sub-point of the list, and no agenda item's heading ("III.
// INFORME DE LA SECRETARÍA TÉCNICA").
func (l *runOn) opens(text string, r *rules, p *para, m *marker) bool {
	if _, ok := l.nextItem(m); ok {
		return true
	}
	_, ok := l.nextSub(m)
	return ok && !itemHeading(text, r, p)
}

// nextItem returns the reading of marker m that opens the next item: a
// number with value first or 1 for the first item, else the last item's value
// plus one in its style.
func (l *runOn) nextItem(m *marker) (candidate, bool) {
	k := len(l.items)
	for _, c := range m.cands {
		if k == 0 && c.style == styleDec && (c.value == l.first || c.value == 1) || k > 0 && c.style == l.items[k-1].style && c.value == l.items[k-1].value+1 {
			return c, true
		}
	}
	return candidate{}, false
}

// nextSub returns the reading of marker m that opens the next sub-point of
// the last item: no bullet, in another style than the items, and in the
// style of the sub-points before it ("i)" after "h)" is a letter).
func (l *runOn) nextSub(m *marker) (candidate, bool) {
	if len(l.items) == 0 {
		return candidate{}, false
	}
	last := l.items[len(l.items)-1]
	k := len(last.children)
	for _, c := range m.cands {
		if c.style == last.style || strings.HasPrefix(c.style, styleBullet) || c.style == stylePara || c.value != k+1 {
			continue
		}
		if k == 0 || c.style == last.children[k-1].style {
			return c, true
		}
	}
	return candidate{}, false
}
