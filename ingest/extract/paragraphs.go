package extract

import (
	"strings"
	"unicode"
)

// minParagraph is the length from which a paragraph reads as prose rather
// than as a heading, a title or a place and date.
const minParagraph = 80

// minPoint is the length from which the sentence an opening runs on into
// after its colon is a point ("... the delegations: Acknowledged the work of
// the networks during the year.").
const minPoint = 40

// para is one paragraph of a report: its lines as spans, and the bulleted
// points it introduces.
type para struct {
	spans   []span
	bullets []*node
	// subs are the paragraphs that continue its closing colon (paraforms.go).
	subs []*para
}

// declarationPoints reads a declaration written as plain paragraphs ("We
// take note ...", "Reafirmamos ..."): after the paragraph that opens the
// meeting (its date or its participants), every paragraph is a point, and
// the bullets that follow a paragraph ending in a colon are its sub-points.
// It returns nil when the report is not written so: when it numbers its
// points, or when its bullets have no prose paragraphs after them; else the
// points and the paragraph that leads into them.
func declarationPoints(text string, r *rules, blocks []*block, br breaks) ([]*node, []span) {
	bullets, paraList, lettered := false, false, false
	sections := restartedLists(text, blocks)
	for _, b := range blocks {
		if b.operative && b.topics {
			return nil, nil // bullets under topic headings after a lead-in are the points (operative.go)
		}
		listed := 0 // whether the block's lettered points are its list, once asked: 1 yes, -1 no
		for _, n := range b.roots {
			if !b.operative {
				continue
			}
			if listed == 0 && letterStyle(n.style) {
				listed = -1
				if colonLead(text, b) && !decidesAfter(text, r, b.intro[len(b.intro)-1].end) {
					listed = 1
				}
			}
			switch {
			case strings.HasPrefix(n.style, styleBullet):
				bullets = true
			case n.style == stylePara:
				paraList = true // unnumbered paragraphs after a lead-in
			case letterStyle(n.style) && listed == 1:
				return nil, nil // "la Red acordó:" / "a) Agradecer ...": the lettered points are the list
			case letterStyle(n.style):
				lettered = true // maybe a sublist among paragraphs (choice.go)
			case sections:
				bullets = true // "We commit to:" / "1. ..." among paragraphs: a sublist, as bullets are
			default:
				return nil, nil // numbered (or listed) points: the parser read them
			}
		}
	}
	paras := paragraphs(text, r, br, sections)
	if lettered {
		paras = letteredSublists(text, paras)
	}
	open := -1
	for i, p := range paras {
		t := spansText(text, p.spans)
		// the opening paragraph is prose: a title in capitals opens nothing
		if len(t) >= minParagraph && !isUpperWord(t) && (len(findDates(t)) > 0 || hasCue(t, r, "participation")) {
			open = i
			break
		}
	}
	if open < 0 {
		return nil, nil
	}
	for open+1 < len(paras) && len(paras[open].bullets) == 0 && !strings.HasSuffix(strings.TrimSpace(spansText(text, paras[open].spans)), ":") {
		t := spansText(text, paras[open+1].spans)
		if !hasCue(t, r, "participation") || opensClause(t, r) || len(paras[open+1].bullets) > 0 || r.actions.hasKind(wordTokens(t), "verb") { // it decides something
			break
		}
		open++ // "Belmopan, 3-4 April 2014" / "The Network met ... with the participation of ...": the opening goes on
	}
	// an opening that runs on after its own lead-in gives the first point;
	// otherwise the lead-in may be the paragraph after it
	first := openingTail(text, r, paras[open], minPoint)
	if k := laterLeadIn(text, r, paras, open, first == nil); k > open {
		open, first = k, nil // "... adoptaron las siguientes" / "RESOLUCIONES" after narrative
	}
	if first == nil {
		open = leadInParagraph(text, r, paras, open) // operative.go
		first = openingTail(text, r, paras[open], minPoint)
	}
	if first == nil && open+1 < len(paras) && colonInFirstSentence(spansText(text, paras[open+1].spans)) {
		// the lead-in of a declaration cut from its date where breaks were
		// lost: "Durante sus sesiones, los Viceministros asistentes: Reafirmaron ..."
		if f := openingTail(text, r, paras[open+1], 0); f != nil { // its first sentence is a lead-in: any finite sentence after it is a point
			open, first = open+1, f
		}
	}
	rest := paras[open+1:]
	if first != nil {
		rest = append([]*para{first}, rest...)
	}
	var points []*para
	heading := false // the paragraph before was a heading
	agenda := false  // the paragraphs are the items of an agenda
	for i, p := range rest {
		t := spansText(text, p.spans)
		if agenda && parseMarker(t) != nil {
			continue // "1. Sesión inaugural. ... 8. Clausura.": the items of the agenda, no closing
		}
		agenda = strings.HasSuffix(strings.TrimSpace(t), ":") && foldedHolds(lastSentence(t), r.sections.phrases("agenda"))
		if agenda {
			continue // "La agenda de trabajo de la reunión fue la siguiente:"
		}
		if signOff(t) || endCue(t, r) || endsPart(t, r) {
			break // closingSentence: "The meeting closed ..." (operative.go)
		}
		if closingHeading(t, r) && (bullets || !decidesInClosing(text, r, rest[i+1:])) {
			break // "CLOSING", "Clausura": what follows narrates the end of the meeting
		}
		if strings.Contains(t, "+---") || strings.HasPrefix(t, "|") {
			break // a table drawn in text ("Action items +----+ | No | ..."): its rows are read as a table (tablerows.go), and paragraphs beside it narrate
		}
		if signatureColumns(text, p.spans) || len(points) > 0 && signerRun(t) && lastBeforeSignOff(text, rest[i+1:]) {
			break // "Co-Chair          Co-Chair" / "Director for ...   Ambassador for ...": the signers
		}
		if len(t) < minParagraph && len(p.bullets) == 0 && !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ";") {
			heading = true
			continue // a heading
		}
		if n := len(points); heading && n > 0 && len(points[n-1].bullets) == 0 && midSentence(spansText(text, points[n-1].spans)) {
			points[n-1].spans = append(points[n-1].spans, p.spans...) // a running header cut the sentence
			heading = false
			continue
		}
		heading = false
		points = append(points, p)
	}
	points = capsClauses(text, r, points)
	for len(points) > 0 && preambular(spansText(text, points[0].spans), r) {
		points = points[1:] // "Recognising ...;", "Concerned at ...;", "We, the Ministers ..., gathered in Dhaka,"
	}
	if len(points) < 2 {
		return nil, nil
	}
	if !bullets {
		var nested bool
		points, nested = governedLists(text, r, points)
		// the paragraphs after the operative lead-in are the points, unless
		// the opening itself is a lead-in ("los Viceministros asistentes:")
		// whose decisions the paragraphs before that lead-in are; else
		// those paragraphs narrate ("La reunión fue inaugurada ...")
		if paraList && (!nested || !strings.HasSuffix(spansText(text, paras[open].spans), ":")) {
			return nil, nil
		}
	} else if paraList && !sections && !proseAfterLists(text, points) { // paragraphs the parser read as points, lists among them aside
		return nil, nil
	}
	if lettered && !finiteAround(text, r, points) {
		return nil, nil // the lettered points are the operative list
	}
	if bullets {
		// bullets under a lead-in are the points unless prose goes on after them
		last := -1
		for i, p := range points {
			if len(p.bullets) > 0 {
				last = i
			}
		}
		if last < 0 || last == len(points)-1 && !decidesAmongNarrative(text, r, points) {
			return nil, nil // not minutes whose lists sit among paragraphs that decide and narrate (minutes.go)
		}
	}
	if sections && !proseBetween(text, r, points, blocks) {
		return nil, nil // "We commit to:" 1-8, "We call upon:" 1-6 with only lead-ins between: the lists are the points
	}
	var out []*node
	pos := 0 // the paragraphs' own positions
	for i, p := range points {
		if sections && len(p.bullets) > 0 {
			p.bullets = listAt(blocks, p.bullets[0].markStart, p.bullets) // as the parser read them, also inline
			if i+1 < len(points) {
				for _, b := range p.bullets {
					clipNode(b, points[i+1].spans[0].start) // the paragraph after the list is no item's
				}
			}
			if listLeadOnly(spansText(text, p.spans)) && !strings.HasPrefix(p.bullets[0].style, styleBullet) {
				for _, b := range p.bullets {
					b.parent, b.leadAt = nil, p.spans // "We commit to:" / "1. Strengthen ...": numbered as printed, among the paragraphs
					out = append(out, b)
				}
				continue
			}
		}
		pos++
		n := &node{style: stylePara, value: pos, spans: p.spans, markStart: p.spans[0].start, paraAt: -1}
		for j, b := range p.bullets {
			b.parent, b.value = n, j+1
			n.children = append(n.children, b)
		}
		for j, sp := range p.subs {
			c := &node{style: stylePara, value: len(p.bullets) + j + 1, spans: sp.spans, markStart: sp.spans[0].start, paraAt: -1, parent: n}
			if pn := nodeAt(blocks, skipSpace(text, sp.spans[0].start)); pn != nil && !strings.HasPrefix(pn.style, styleBullet) {
				c.style, c.cand, c.value, c.spans, c.markStart = pn.style, pn.cand, pn.value, pn.spans, pn.markStart // "(i) development ...": numbered as printed
			}
			for k, b := range sp.bullets {
				b.parent, b.value = c, k+1
				c.children = append(c.children, b)
			}
			n.children = append(n.children, c)
		}
		out = append(out, n)
	}
	return out, paras[open].spans
}

// listLeadOnly reports a paragraph that only leads into the list under it,
// in a few words and a colon ("We commit to:", "We call upon:").
func listLeadOnly(t string) bool {
	t = strings.TrimSpace(t)
	if !strings.HasSuffix(t, ":") {
		return false
	}
	return countFields(t, 9) <= 8 || !strings.Contains(t, ". ") && announcesBelow(t)
}

// announcesBelow reports a sentence whose last ten words announce the list
// below it ("Asimismo, los Viceministros convinieron en los siguientes
// puntos de ejecución inmediata del Plan de Acción:").
func announcesBelow(t string) bool {
	ws := strings.Fields(t)
	for _, w := range ws[max(0, len(ws)-10):] {
		if announceWord(strings.ToLower(strings.Trim(w, ":,"))) {
			return true
		}
	}
	return false
}

// announceWord reports a folded word that announces the list after it
// ("siguientes", "following", "below").
func announceWord(w string) bool {
	switch w {
	case "siguiente", "siguientes", "following", "below":
		return true
	}
	return false
}

// preambular reports a paragraph of a declaration's preamble: one that
// ends with a comma, its sentence going on in the paragraphs after it
// ("We, the Ministers ..., gathered in Dhaka on 20-21 April 2011,"), or
// one that ends with a semicolon where it, or a part after a comma or a
// semicolon, opens with a participle or a preambular word ("Recognising
// ...;", "..., meeting in Colombo, Concerned at ...;").
func preambular(t string, r *rules) bool {
	t = strings.TrimSpace(t)
	switch lastRune(t) {
	case ',':
		return true
	case ';':
		for i := 0; i < len(t); i++ {
			if i > 0 && !(strings.IndexByte(",;", t[i-1]) >= 0 && i+1 < len(t) && isSpace(t[i])) {
				continue
			}
			part := strings.TrimLeft(t[i:], " \n\r\t")
			w := firstWord(part)
			if startsUpper(w) && (isParticiple(w) || preambleWords[fold(strings.TrimRight(w, ","))] || opensPreamble(part, r)) {
				return true
			}
		}
	}
	return false
}

// preambleWords open preambular paragraphs without being participles.
var preambleWords = map[string]bool{"concerned": true, "convinced": true, "conscious": true, "aware": true, "mindful": true,
	"deeply": true, "preocupados": true, "convencidos": true, "conscientes": true, "whereas": true}

// midSentence reports a text that ends inside a sentence: on a word in
// lower case or a comma ("... y el apoyo del ACNUR y de la").
func midSentence(t string) bool {
	last := lastRune(strings.TrimSpace(t))
	return unicode.IsLower(last) || last == ','
}

// bareLeadIn reports a paragraph that is an operative lead-in alone, in
// capitals as a declaration's formula writes it ("DECLARAN:", "ACUERDAN:").
func bareLeadIn(t string, r *rules) bool {
	return len(t) < minParagraph && strings.HasSuffix(t, ":") && countFields(t, 5) <= 4 && isUpperWord(strings.TrimSuffix(t, ":")) && cueKindOf(t, r) == "operative"
}

// lastBeforeSignOff reports paragraphs that hold only a closing place and
// date, or none.
func lastBeforeSignOff(text string, rest []*para) bool {
	for _, p := range rest {
		if !signOff(spansText(text, p.spans)) {
			return false
		}
	}
	return true
}

// restartedLists reports two operative blocks or more whose numbered
// points restart at 1 under a lead-in's colon ("We commit to:" / "1. ...",
// "We call upon:" / "1. ..."): lists that may stand among a declaration's
// paragraphs.
func restartedLists(text string, blocks []*block) bool {
	n := 0
	for _, b := range blocks {
		if b.operative && len(b.roots) > 0 && b.roots[0].style == styleDec && b.roots[0].value == 1 && colonLead(text, b) {
			n++
		}
	}
	return n >= 2
}

// proseAfterLists reports paragraphs of their own after the last one that
// holds a list, two or more, each a sentence ("Members requested:" / "- UNODC
// to ..." / "Sri Lanka offered to host ..." / "Members thanked ..."): the
// parser ran them into the list's last item.
func proseAfterLists(text string, points []*para) bool {
	last := -1
	for i, p := range points {
		if len(p.bullets) > 0 {
			last = i
		}
	}
	if last < 0 || len(points)-last-1 < 2 {
		return false
	}
	for _, p := range points[last+1:] {
		if !strings.HasSuffix(strings.TrimSpace(spansText(text, p.spans)), ".") {
			return false
		}
	}
	return true
}

// proseBetween reports a paragraph of its own, neither a lead-in nor over a
// list, after the first paragraph that holds a list: the declaration's
// paragraphs are its points and the lists theirs.
func proseBetween(text string, r *rules, points []*para, blocks []*block) bool {
	listed := false
	for _, p := range points {
		if len(p.bullets) > 0 {
			listed = true
			continue
		}
		t := strings.TrimSpace(spansText(text, p.spans))
		if inNumberedPoint(blocks, p.spans[0].start) && (!finiteOpening(t, r) || indentOf(text[p.spans[0].start:p.spans[0].end]) > 0) {
			continue // a numbered point's own lines, cut into a paragraph where blank lines were lost, or indented under it ("   In this connection, UNICEF offered ...")
		}
		if m := parseMarker(t); m != nil && !m.alone || strings.ContainsRune("¹²³⁴⁵⁶⁷⁸⁹*_", firstRune(t)) {
			continue // "(a) the establishment of ...": an item of a list; "² See document ...", "____ ¹ ...": a footnote
		}
		if listed && !strings.HasSuffix(t, ":") {
			return true
		}
	}
	return false
}

// colonLead reports a block whose introduction ends with an operative
// lead-in's colon ("Tras las deliberaciones, la Red acordó:").
func colonLead(text string, b *block) bool {
	if b.kind != "operative" || len(b.intro) == 0 {
		return false
	}
	last := b.intro[len(b.intro)-1]
	return strings.HasSuffix(strings.TrimSpace(text[last.start:last.end]), ":")
}

// decidesAfter reports a paragraph after byte end, unmarked and with a
// sentence end, that opens with a decision of the meeting's own
// ("Agradecieron al Gobierno ...", "Aprobar ..."): the lettered list was a
// sublist among paragraphs. A paragraph opens after a blank line or a line
// that ends a sentence, where blank lines were lost.
func decidesAfter(text string, r *rules, end int) bool {
	lines := splitLines(text[end:])
	prevEnd := '.'
	for k, ln := range lines {
		t := strings.TrimSpace(text[end+ln.start : end+ln.end])
		if t == "" {
			prevEnd = '.'
			continue
		}
		opens := strings.ContainsRune(".;:", prevEnd)
		prevEnd = lastRune(t)
		if !opens || parseMarker(t) != nil {
			continue
		}
		wrapped := k+1 < len(lines) && strings.TrimSpace(text[end+lines[k+1].start:end+lines[k+1].end]) != ""
		if !strings.ContainsRune(".;", prevEnd) && !wrapped {
			continue // a header line with no sentence end
		}
		if (finiteOpening(t, r) || opensClause(t, r)) && !closingSentence(t, 0, r) {
			return true
		}
	}
	return false
}

// operativeLeadLine reports a line before byte at that is a lead-in with an
// operative cue ("The Working Group reached the following outcomes:"): the
// paragraph under it is the first of its list, where blank lines were lost.
func operativeLeadLine(text string, at int, r *rules) bool {
	prev := strings.TrimSpace(text[:at])
	prev = prev[strings.LastIndexByte(prev, '\n')+1:]
	return cueKindOf(prev, r) == "operative"
}

// paragraphs cuts text at blank lines, and at line ends that end a sentence
// when lines are long or the text writes a paragraph per line, and gathers
// the bullets that follow a paragraph under it; with numbered, also the
// numbered items that follow a paragraph ending with a colon.
func paragraphs(text string, r *rules, br breaks, numbered bool) []*para {
	var out []*para
	var cur *para
	var bullet *node
	blank, pageBreak := true, false
	lines := splitTopics(text, splitLines(text))
	// a text whose lines run past any page width writes a paragraph per line
	perLine := false
	for _, ln := range lines {
		perLine = perLine || ln.end-ln.start > 150
	}
	furniture := furnitureLines(text, lines)
	var titles map[string]bool
	if numbered {
		titles = firstLines(text, lines)
	}
	for i, ln := range lines {
		raw := text[ln.start:ln.end]
		t := strings.TrimSpace(raw)
		if t == "" || t == "\f" || furniture[i] || ruleLine(t) || bullet != nil && titles[squash(t)] {
			blank = true
			pageBreak = pageBreak || strings.Contains(raw, "\f") || furniture[i]
			continue
		}
		if !blank && br.opensAt(ln.start) && (!strings.HasSuffix(strings.TrimSpace(text[:ln.start]), ":") || operativeLeadLine(text, ln.start, r)) {
			blank = true // a capitalised line after one ended short, where blank lines were lost (linebreaks.go); a lead-in's colon goes on
		}
		if !blank && strings.HasSuffix(t, ":") && strings.HasSuffix(strings.TrimSpace(text[:ln.start]), ":") && cueKindOf(t, r) == "operative" && operativeLeadLine(text, ln.start, r) {
			blank = true // "... summarised the following outcomes:" / "The Working Group agreed to:": a lead-in under a lead-in
		}
		m := parseMarker(raw)
		if m == nil && cur != nil {
			m = oBullet(raw, bullet != nil || strings.HasSuffix(strings.TrimSpace(text[cur.spans[len(cur.spans)-1].start:cur.spans[len(cur.spans)-1].end]), ":"))
		}
		if m != nil && cur != nil && (strings.HasPrefix(m.cands[0].style, styleBullet) || numbered && listItem(text, cur, bullet, m)) {
			bullet = &node{style: m.cands[0].style, markStart: ln.start + m.start, indent: ln.indent, paraAt: -1}
			bullet.spans = append(bullet.spans, span{ln.start + m.end, ln.end})
			cur.bullets = append(cur.bullets, bullet)
			blank = false
			continue
		}
		prev := ""
		if cur != nil {
			last := cur.spans[len(cur.spans)-1]
			prev = strings.TrimSpace(text[last.start:last.end])
		}
		if bullet != nil {
			last := bullet.spans[len(bullet.spans)-1]
			prev = strings.TrimSpace(text[last.start:last.end])
		}
		cutSentence := false // a page break or a stray blank line inside a sentence
		if blank && (unicode.IsLower(firstRune(t)) || pageBreak) && (cur != nil || bullet != nil) {
			if last := lastRune(prev); unicode.IsLower(last) || last == ',' {
				blank, cutSentence = false, true // the text before, page furniture aside, ends in mid sentence
			}
		}
		pageBreak = false
		lineEnd := (perLine || len(prev) >= 120) && strings.ContainsRune(".:;", lastRune(strings.TrimRight(prev, "\"”’)"))) && startsUpper(t)
		// a line that opens with a verb of the action table, or with the meeting's finite verb, after a
		// sentence's end: a clause of its own ("... la región." / "Agradecer a ...", "The Network thanked ...")
		lineEnd = lineEnd || strings.ContainsRune(".;", lastRune(prev)) && startsUpper(t) && (opensClause(t, r) || finiteOpening(t, r))
		// where a paragraph is a line, a short line or one in capitals is a
		// title or heading of its own
		lineEnd = lineEnd || perLine && !cutSentence && prev != "" && (len(prev) < minParagraph || isUpperWord(prev)) && startsUpper(t)
		if bullet != nil && !blank && !(ln.indent < bullet.indent || lineEnd && ln.indent <= bullet.indent) {
			bullet.spans = append(bullet.spans, span{ln.start, ln.end})
			continue
		}
		if cur == nil || blank || bullet != nil || lineEnd {
			cur = &para{}
			out = append(out, cur)
			bullet = nil
		}
		cur.spans = append(cur.spans, span{ln.start, ln.end})
		blank = false
	}
	return out
}

// firstLines returns the first three lines of text that hold words,
// squashed: inside a list, a running header repeats one of them.
func firstLines(text string, lines []line) map[string]bool {
	out := map[string]bool{}
	for _, ln := range lines {
		if t := strings.TrimSpace(text[ln.start:ln.end]); t != "" {
			out[squash(t)] = true
			if len(out) == 3 {
				break
			}
		}
	}
	return out
}

// oBullet reads a letter "o" that a converter left for a round sub-bullet
// ("o   un estudio regional ..."), in a list or after a lead-in's colon,
// as the parser's letterBullet does.
func oBullet(raw string, open bool) *marker {
	t := strings.TrimLeft(raw, " \t")
	if !open || len(t) < 3 || t[0] != 'o' || t[1] != ' ' {
		return nil
	}
	return letterO(raw, t)
}

// listAt returns the points of the block whose list starts at byte pos, or
// items when none does.
func listAt(blocks []*block, pos int, items []*node) []*node {
	for _, b := range blocks {
		if len(b.roots) > 0 && b.roots[0].markStart == pos {
			return b.roots
		}
	}
	return items
}

// inNumberedPoint reports byte pos inside the text of a numbered point the
// parser read, past its marker.
func inNumberedPoint(blocks []*block, pos int) bool {
	var in func(ns []*node) bool
	in = func(ns []*node) bool {
		for _, n := range ns {
			if n.style != stylePara && !strings.HasPrefix(n.style, styleBullet) && len(n.spans) > 0 && n.markStart < pos && pos < n.spans[len(n.spans)-1].end {
				return true
			}
			if in(n.children) {
				return true
			}
		}
		return false
	}
	for _, b := range blocks {
		if in(b.roots) {
			return true
		}
	}
	return false
}

// nodeAt returns the point the parser read with its marker at byte pos, or nil.
func nodeAt(blocks []*block, pos int) *node {
	var find func(ns []*node) *node
	find = func(ns []*node) *node {
		for _, n := range ns {
			if n.markStart == pos {
				return n
			}
			if f := find(n.children); f != nil {
				return f
			}
		}
		return nil
	}
	for _, b := range blocks {
		if n := find(b.roots); n != nil {
			return n
		}
	}
	return nil
}

// clipNode cuts n's text, and its children's, at byte limit.
func clipNode(n *node, limit int) {
	kept := n.spans[:0]
	for _, sp := range n.spans {
		if sp.start >= limit {
			break
		}
		sp.end = min(sp.end, limit)
		kept = append(kept, sp)
	}
	n.spans = kept
	if n.paraAt >= len(kept) {
		n.paraAt = -1
	}
	for _, c := range n.children {
		clipNode(c, limit)
	}
}

// listItem reports a numbered marker that goes on a paragraph's list: the
// first after the paragraph's colon, or the next after an item.
func listItem(text string, cur *para, item *node, m *marker) bool {
	if m.cands[0].style != styleDec {
		return false
	}
	if item == nil {
		last := cur.spans[len(cur.spans)-1]
		return len(cur.bullets) == 0 && m.cands[0].value == 1 && strings.HasSuffix(strings.TrimSpace(text[last.start:last.end]), ":")
	}
	return item.style == styleDec && m.cands[0].value == len(cur.bullets)+1
}

// colonInFirstSentence reports a paragraph whose first sentence ends with a
// colon and goes on after it.
func colonInFirstSentence(t string) bool {
	i := strings.Index(t, ": ")
	return i > 0 && !strings.ContainsAny(t[:i], ".;")
}

// spansText joins spans with spaces.
func spansText(text string, ss []span) string {
	var parts []string
	for _, s := range ss {
		parts = append(parts, strings.TrimSpace(text[s.start:s.end]))
	}
	return strings.TrimFunc(strings.Join(parts, " "), unicode.IsSpace)
}

// hasCue reports whether t holds a structure cue of kind.
func hasCue(t string, r *rules, kind string) bool {
	toks := wordTokens(t)
	for i := range toks {
		if e, _, ok := r.structure.match(toks, i); ok && e.kind == kind {
			return true
		}
	}
	return false
}

// closingHeading reports a heading that names the meeting's closing
// ("CLOSING", "Sesión de clausura"; closing cues of section_cues.csv),
// alone or in capitals before its text where the breaks were lost
// ("CLOSING In her final remarks, ...").
func closingHeading(t string, r *rules) bool {
	if m := parseMarker(t); m != nil && !m.alone && !strings.HasPrefix(m.cands[0].style, styleBullet) {
		t = t[m.end:] // "6.  Closing": a numbered section of the report
	}
	toks := wordTokens(t[:min(len(t), 80)])
	_, j, ok := r.sections.matchKind(toks, 0, "closing")
	if !ok {
		return false
	}
	return j == len(toks) && len(t) <= 80 || j < len(toks) && isUpperWord(toks[j-1].text) && !isUpperWord(toks[j].text)
}

// decidesInClosing reports a paragraph under a closing heading, before the
// sign-off, where the meeting itself decides ("CLOSING SESSION" / "The
// Vice-Ministers accepted with appreciation the offer of El Salvador ..."):
// minutes of paragraphs, with no lists of their own, whose closing session
// holds decisions too.
func decidesInClosing(text string, r *rules, paras []*para) bool {
	for _, p := range paras {
		t := spansText(text, p.spans)
		if signOff(t) || endCue(t, r) || endsPart(t, r) {
			return false
		}
		if meetingItselfDecides(tokenize(t), r) {
			return true
		}
	}
	return false
}

// endCue reports a paragraph that ends the operative part ("Done at ...",
// "ANEXO").
func endCue(t string, r *rules) bool {
	if !foldedHoldsFrom(t, r.structure.phrases("end"), 1) {
		return false // no end cue opens it: no need to tokenize
	}
	toks := wordTokens(t)
	if len(toks) == 0 {
		return false
	}
	e, _, ok := r.structure.match(toks, 0)
	return ok && e.kind == "end"
}
