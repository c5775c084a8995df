package extract

import (
	"strings"

	"actas"
)

// labelledMinutes reads minutes that label the decision of each agenda item
// inside its narrative ("Outcome: The RCGM approved ...", "Acuerdo: Tomar
// nota ...", "Acuerdos:" / "a) ..."; kind decision_label of
// structure_cues.csv): when two paragraphs or more open with such a label
// and prose, the labelled paragraphs are the points, with the paragraphs a
// bare label leads into and the list under a label's colon; narrative
// between them decides nothing. It returns nil for any other report.
func labelledMinutes(text string, r *rules, br breaks) []*node {
	if !labelLines(text, r) {
		return nil
	}
	paras := splitAtLabels(text, r, paragraphs(text, r, br, false))
	if pts := labelledLists(text, r, paras); pts != nil {
		return pts // "Decisions:" / "2. ...", "Decisions:" / "3. ...": numbered on through the minutes
	}
	prose := 0
	for i, p := range paras {
		if decisionLabel(text, r, p) == 0 {
			continue
		}
		if fieldRecord(r, tokenize(spansText(text, p.spans))) {
			return nil // "Action: Compile ... Responsible: TS Deadline: ...": rows of a table, as fields
		}
		after := afterDecisionLabel(text, p)
		if after == "" && i+1 < len(paras) {
			after = spansText(text, paras[i+1].spans) // "Outcome:" / "The Network thanked ...", where a line break was put after the label
		}
		if after != "" && parseMarker(after) == nil {
			prose++
		}
	}
	if prose < 2 {
		return nil
	}
	var points []*node
	var heads []*para // the agenda item each point stands under, or nil
	var head *para
	open := false // a bare label ("Outcomes:") leads into the paragraphs after it
	var last *node
	var bare *para    // the bare label that set open
	labelled := false // last is a labelled point, which a deciding paragraph may go on (or open is)
	for i, p := range paras {
		t := spansText(text, p.spans)
		label := decisionLabel(text, r, p)
		if runOnItem(text, r, p) && !itemHeading(text, r, p) {
			head, open, last = p, false, nil // "Punto 2: Informe de la ST La Coordinadora presentó ...": the item's narrative, or its decision, follows in the same paragraph
		}
		switch {
		case itemHeading(text, r, p):
			head, open, last = p, false, nil
		case label > 0 && bareLabel(text, r, p) && !listAfterLabel(text, p):
			open, last, bare = true, nil, p // "Outcomes:" alone on its line, over paragraphs
			if len(p.spans) > 1 {
				last = &node{style: stylePara, spans: p.spans[1:], markStart: p.spans[1].start, paraAt: -1} // the first, where no blank line parted them
				points, heads = append(points, last), append(heads, head)
			}
		case label > 0 && saysNoDecision(t, label, r):
			last = nil // "Acuerdo: Ninguno; el punto tuvo carácter informativo."
		case label > 0, last == nil && followupDecision(text, r, p):
			last, labelled = labelledPoint(text, r, p), true // "Follow-up: Panama will share ...": the item's decision where it records no other
			last.lead.action = actas.ActionAgree             // "Decision: To hold the next meeting ...": what the label decides
			points, heads = append(points, last), append(heads, head)
		case len(t) < minParagraph && !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ":") && len(p.bullets) == 0:
			head, open, last = nil, false, nil // an unnumbered heading: the next item
		case last != nil && nextItem(text, last, p):
			addItems(text, last, p.spans) // "(b) ..." after page furniture
		case open && last == nil && parseMarker(t) != nil:
			last = labelledPoint(text, r, bare) // "Acuerdos:" / "a) ...", each item a paragraph of its own
			addItems(text, last, p.spans)
			points, heads = append(points, last), append(heads, head)
		case open && !narratesParty(tokenize(t), r):
			last = labelledPoint(text, r, p)
			last.lead.action = actas.ActionAgree // "Outcomes:" / "To hold ...": decided under the label
			points, heads = append(points, last), append(heads, head)
		case last != nil && continuesDecision(text, r, paras[i-1], p, labelled || open):
			last.spans = append(last.spans, p.spans...)
		case last != nil && len(last.children) == 0 && strings.HasSuffix(cleanText(text, last.spans), ":") && parseMarker(t) != nil:
			addItems(text, last, p.spans) // "Tras el intercambio, se convino en lo siguiente:" / "a) ..."
		default:
			last, labelled = nil, false
			if !open {
				last = unlabelledDecision(text, r, paras, i, head != nil) // "Se aprobó el informe ...", "The ICRC offered to train ..."
			}
			if last != nil {
				points, heads = append(points, last), append(heads, head)
			} else {
				open = false // narrative
			}
		}
	}
	numberByItem(text, r, points, heads)
	return points
}

// labelLines reports two lines or more that open with a decision label and
// its colon, a cheap look before paragraphs are read.
func labelLines(text string, r *rules) bool {
	labels := r.structure.phrases("decision_label")
	n := 0
	for rest := text; rest != ""; {
		ln := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			ln, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		ln = strings.TrimLeft(ln, " \t")
		if c := strings.IndexByte(ln, ':'); c > 0 && c <= 24 && foldedHoldsFrom(ln[:c], labels, 1) {
			n++
		}
	}
	return n >= 2
}

// splitAtLabels parts paragraphs before each line that opens with a
// decision or follow-up label or an agenda item's heading, where no blank line stood
// before it ("... asked to add an item." / "Outcome: The Network adopted
// ...", "... as circulated." / "Agenda Item 3: Skills recognition").
func splitAtLabels(text string, r *rules, paras []*para) []*para {
	var out []*para
	for _, p := range paras {
		from := 0
		for i := 1; i < len(p.spans); i++ {
			if openingLabel(text, r, &para{spans: p.spans[i:]}) > 0 || itemLine(text, r, p.spans[i]) {
				out = append(out, &para{spans: p.spans[from:i]})
				from = i
			}
		}
		p.spans = p.spans[from:]
		out = append(out, p)
	}
	return out
}

// decisionLabel returns the index of the token after a decision label and
// its colon that opens paragraph p ("Outcome:", "Acuerdos:"), or 0.
func decisionLabel(text string, r *rules, p *para) int {
	return labelOf(text, r, p, "decision_label")
}

// labelOf returns the index of the token after a label of kind (of
// structure_cues.csv) and its colon that opens paragraph p, or 0.
func labelOf(text string, r *rules, p *para, kind string) int {
	toks := tokenize(text[p.spans[0].start:p.spans[0].end])
	if len(toks) == 0 || !startsUpper(toks[0].text) {
		return 0
	}
	_, j, ok := r.structure.matchKind(toks, 0, kind)
	if !ok || j >= len(toks) || toks[j].fold != ":" {
		return 0
	}
	return j + 1
}

// followupDecision reports a paragraph that opens with a follow-up label
// and says what a party is to do ("Follow-up: Panama will share ...";
// kind followup_label) with a cue of the action table, or over a list
// ("Next steps:" / "- ..."): the decision of an item that records no other;
// not "Follow-up: None required.".
func followupDecision(text string, r *rules, p *para) bool {
	k := labelOf(text, r, p, "followup_label")
	if k == 0 {
		return false
	}
	toks := tokenize(spansText(text, p.spans))
	if decidesNothing(toks, r) {
		return false
	}
	if len(p.bullets) > 0 || len(p.spans) > 1 && parseMarker(text[p.spans[1].start:p.spans[1].end]) != nil {
		return true // "Next steps:" / "- The TS will prepare ...": the list is the item's decision
	}
	for j := k; j < len(toks); j++ {
		if e, _, ok := r.actions.match(toks, j); ok && e.action != actas.ActionNone {
			return true
		}
	}
	return false
}

// fieldRecord reports a responsible party's label and colon among toks
// ("Responsible: Technical Secretariat"; table_columns.csv).
func fieldRecord(r *rules, toks []token) bool {
	for i := range toks {
		if _, j, ok := r.columns.matchKind(toks, i, "responsible"); ok && j < len(toks) && toks[j].fold == ":" {
			return true
		}
	}
	return false
}

// afterDecisionLabel returns the text of paragraph p after its label's colon.
func afterDecisionLabel(text string, p *para) string {
	t := spansText(text, p.spans)
	_, rest, _ := strings.Cut(t, ":")
	return strings.TrimSpace(rest)
}

// labelledPoint makes paragraph p a point, its lines that open with a
// marker ("a) Tomar nota ...", "(b) urge ...") the sub-points under it.
func labelledPoint(text string, r *rules, p *para) *node {
	n := &node{style: stylePara, spans: []span{pastLabel(text, r, p.spans[0])}, markStart: p.spans[0].start, paraAt: -1}
	addItems(text, n, p.spans[1:])
	for _, b := range p.bullets {
		b.parent, b.value = n, len(n.children)+1 // "Outcome: ... agreed as follows:" / "- To take note ..."
		n.children = append(n.children, b)
	}
	return n
}

// pastLabel returns line s after the decision label that opens it, if
// any: the label names no action ("Acuerdo: Aprobar ..." approves).
func pastLabel(text string, r *rules, s span) span {
	if k := openingLabel(text, r, &para{spans: []span{s}}); k > 0 {
		s.start += tokenize(text[s.start:s.end])[k-1].end
	}
	return s
}

// openingLabel is decisionLabel for a decision or a follow-up label
// ("Outcome:", "Follow-up:", "Acción de seguimiento:").
func openingLabel(text string, r *rules, p *para) int {
	if k := decisionLabel(text, r, p); k > 0 {
		return k
	}
	return labelOf(text, r, p, "followup_label")
}

// addItems adds lines to point n: a line that opens with a marker ("a)
// Tomar nota ...", "(b) urge ...") opens a sub-point, any other goes on
// with the last sub-point, or with n before its first.
func addItems(text string, n *node, lines []span) {
	var item *node
	if k := len(n.children); k > 0 {
		item = n.children[k-1]
	}
	for _, s := range lines {
		m := parseMarker(text[s.start:s.end])
		if m == nil {
			if item != nil {
				item.spans = append(item.spans, s)
			} else {
				n.spans = append(n.spans, s)
			}
			continue
		}
		k := len(n.children)
		c := m.cands[0]
		for _, o := range m.cands {
			if o.value == k+1 {
				c = o // "i)" after "h)" is a letter
			}
		}
		item = &node{style: c.style, cand: c, value: k + 1, parent: n, spans: []span{{s.start + m.end, s.end}}, markStart: s.start + m.start, paraAt: -1}
		n.children = append(n.children, item)
	}
}

// nextItem reports a paragraph that opens with the marker of the next
// sub-point of n, in its style ("(b)" after "(a)", parted by a page break).
func nextItem(text string, n *node, p *para) bool {
	k := len(n.children)
	if k == 0 {
		return false
	}
	m := parseMarker(text[p.spans[0].start:p.spans[0].end])
	if m == nil {
		return false
	}
	for _, c := range m.cands {
		if c.style == n.children[k-1].style && c.value == k+1 {
			return true
		}
	}
	return false
}

// bareLabel reports a paragraph whose first line is its decision label
// alone ("Outcomes:").
func bareLabel(text string, r *rules, p *para) bool {
	return decisionLabel(text, r, p) == len(tokenize(text[p.spans[0].start:p.spans[0].end]))
}

// listAfterLabel reports a list under a paragraph's first line ("Acuerdos:"
// / "a) Tomar nota ...").
func listAfterLabel(text string, p *para) bool {
	return len(p.bullets) > 0 || len(p.spans) > 1 && parseMarker(text[p.spans[1].start:p.spans[1].end]) != nil
}

// continuesDecision reports paragraph p, after the decision prev, as that
// decision's own text: cut from it without a blank line ("... missing
// migrants." / "Mexico offered to host ..."), or, after a labelled
// decision, a sentence of the meeting that goes on ("In this connection,
// the Group encouraged ..."); not a lead-in over a list of its own.
func continuesDecision(text string, r *rules, prev, p *para, labelled bool) bool {
	if listAfterLabel(text, p) || strings.HasSuffix(spansText(text, p.spans), ":") {
		return false // "En relación con dicho informe, el Grupo acordó:" / "a) ...": a point of its own
	}
	gap := text[prev.spans[len(prev.spans)-1].end:p.spans[0].start]
	if strings.Count(gap, "\n") < 2 {
		return true
	}
	return labelled && decidesUnlabelled(text, r, p)
}

// unlabelledDecision returns paragraph p as a point where the meeting
// decides in it with no label, as minutesPoints reads minutes: the meeting
// or no subject decides, a party offers or commits, or the meeting leads
// into a list. A paragraph that opens narrating what a party did decides
// only in its first sentence ("The ICRC offered to train ..."), and not
// where a labelled decision follows to record what the meeting made of
// it: in minutes headed by agenda items (headed), where a labelled decision
// follows anywhere under the same item. It returns nil for narrative.
func unlabelledDecision(text string, r *rules, paras []*para, i int, headed bool) *node {
	p := paras[i]
	toks := tokenize(spansText(text, p.spans))
	if len(toks) > 2 && toks[1].text == ":" {
		return nil // "Support: Technical Secretariat of the RCM": a field of the header
	}
	if headed && labelledInItem(text, r, paras[i+1:]) {
		return nil // "Mexico, as chair of the group, summarised ... The group proposes ..." / "Decision: To take note ...": narrative
	}
	n := labelledPoint(text, r, p)
	if !decidesWith(toks, r, true, true) && !(meetingLeads(n, toks, r) && namesLast(toks)) || decidesNothing(toks, r) {
		return nil
	}
	if narratesParty(toks, r) {
		first := meetingDecides(openingSentence(toks), r)
		if !first && !laterDecision(toks, r) || i+1 < len(paras) && decisionLabel(text, r, paras[i+1]) > 0 {
			return nil // "Nepal reported ... Delegations asked about the timetable.", "Honduras offered ..." / "Acuerdo: ...": narrative
		}
		dropNarration(text, r, n, first) // a party's offer decides in the first sentence only
	}
	return n
}

// labelledInItem reports a paragraph with a decision label among paras
// before the next agenda item's heading.
func labelledInItem(text string, r *rules, paras []*para) bool {
	for _, p := range paras {
		if itemHeading(text, r, p) {
			return false
		}
		if decisionLabel(text, r, p) > 0 {
			return true
		}
	}
	return false
}

// laterDecision reports a sentence after the first where the meeting itself,
// or no subject, decides ("Costa Rica and Guatemala underlined ... It was
// agreed to request the TS ...", "... After the discussion, the Network
// recommended ..."): what a party offered there, or the delegations asked,
// is no decision.
func laterDecision(toks []token, r *rules) bool {
	for k := 1; ; k++ {
		s := sentenceStart(toks, k)
		if s == len(toks) {
			return false
		}
		e := sentenceStart(toks, k+1)
		if !narratesParty(toks[s:e], r) && !membersSpeak(toks[s:min(e, s+8)], r) && decidesWith(toks[s:e], r, false, true) {
			return true
		}
	}
}

// membersSpeak reports a sentence that opens with the delegations or the
// members ("Las delegaciones pidieron más información ..."; kind speakers
// of structure_cues.csv): in a narrating paragraph, what they asked or said,
// no decision of the meeting.
func membersSpeak(toks []token, r *rules) bool {
	for i := range toks {
		if _, _, ok := r.structure.matchKind(toks, i, "speakers"); ok {
			return true
		}
	}
	return false
}

// namesLast reports a lead-in that ends with a name before its colon
// ("Following the discussion, the Vice-Ministers:"), not with what a party
// did ("The delegations reported on recent developments:").
func namesLast(toks []token) bool {
	return len(toks) > 1 && startsUpper(toks[len(toks)-2].text)
}

// decidesNothing reports a paragraph that says its item decided nothing
// ("No decision was taken on this item"; kind no_decision of
// structure_cues.csv).
func decidesNothing(toks []token, r *rules) bool {
	for i := range toks {
		if _, _, ok := r.structure.matchKind(toks, i, "no_decision"); ok {
			return true
		}
	}
	return false
}

// decidesUnlabelled reports a paragraph with no label where the meeting
// itself decides, not narrating what a party did.
func decidesUnlabelled(text string, r *rules, p *para) bool {
	toks := tokenize(spansText(text, p.spans))
	return !narratesParty(toks, r) && decidesWith(toks, r, false, true)
}

// maxItemHeading is the length from which a paragraph's first line is no
// agenda item's heading over narrative glued to it.
const maxItemHeading = 60

// itemHeading reports a paragraph that is, or opens with, a numbered
// agenda item's heading: a line or two that open with a number, after a
// word of kind agenda_item of structure_cues.csv or not ("Item 4. Proposal
// for ...", "IV. PROTECCIÓN DE LOS DERECHOS ..."), and end with no full
// stop; or such a short line over narrative where no blank line parted
// them ("Agenda Item 3: Skills recognition" / "India presented ...").
func itemHeading(text string, r *rules, p *para) bool {
	t := spansText(text, p.spans)
	if len(p.spans) > 2 {
		t = strings.TrimSpace(text[p.spans[0].start:p.spans[0].end])
		if len(t) >= maxItemHeading {
			return false // a first line that long is prose
		}
	}
	return !strings.HasSuffix(t, ".") && countFields(t, 25) <= 24 && itemMarker(t, r) != nil
}

// saysNoDecision reports a labelled paragraph t whose label is followed by
// words that say nothing was decided ("Acuerdo: Ninguno.", "Decision: No
// decision was taken."), not a decision whose follow-up needs nothing
// ("Decision: To recommend ... Follow-up: None required.").
func saysNoDecision(t string, label int, r *rules) bool {
	toks := tokenize(t)
	return decidesNothing(toks[:min(len(toks), label+6)], r)
}

// runOnItem reports a paragraph that opens with an agenda item's word and
// number ("Punto 2:", "Item 4."), where the item's title ran onto the text
// after it as a line break was lost.
func runOnItem(text string, r *rules, p *para) bool {
	t := strings.TrimSpace(text[p.spans[0].start:p.spans[0].end])
	if !startsUpper(t) {
		return false
	}
	if _, _, ok := r.structure.matchKind(tokenize(t[:runeStart(t, min(len(t), 40))]), 0, "agenda_item"); !ok {
		return false
	}
	return itemMarker(t, r) != nil
}

// itemLine reports a line that can only be an agenda item's heading: a
// word such as "Item" or "Punto" and its number, or a number and a title
// in capitals ("IV. PROTECCIÓN DE LOS DERECHOS HUMANOS").
func itemLine(text string, r *rules, ln span) bool {
	t := strings.TrimSpace(text[ln.start:ln.end])
	m := itemMarker(t, r)
	if m == nil || strings.HasSuffix(t, ".") {
		return false
	}
	if itemWordLine(t, r) {
		return true
	}
	rest := strings.TrimSpace(t[m.end:])
	return len(rest) > 3 && isUpperWord(rest)
}

// itemWordLine reports a line that opens with a word such as "Item" or
// "Punto" and its number, and ends with no full stop ("Punto 6. Diálogo con
// la sociedad civil").
func itemWordLine(t string, r *rules) bool {
	if strings.HasSuffix(t, ".") || itemMarker(t, r) == nil {
		return false
	}
	_, _, ok := r.structure.matchKind(tokenize(t), 0, "agenda_item")
	return ok
}

// itemMarker returns the marker that numbers an agenda item's heading t,
// past a word such as "Item" or "Punto", or nil.
func itemMarker(t string, r *rules) *marker {
	toks := tokenize(t)
	if _, j, ok := r.structure.matchKind(toks, 0, "agenda_item"); ok && j < len(toks) {
		t = t[toks[j].start:]
		if j+1 < len(toks) && (toks[j+1].fold == ":" || toks[j+1].fold == "-") {
			t = toks[j].text + ". " + t[toks[j+1].end-toks[j].start:] // "Agenda Item 2: Adoption of the agenda"
		}
	}
	m := parseMarker(t)
	if m == nil || strings.HasPrefix(m.cands[0].style, styleBullet) {
		return nil
	}
	return m
}

// numberByItem numbers points by the agenda item each stands under ("Item
// 4." / "Decision: ..." is point 4, "6.2 ..." point 6.2), when every point
// has an item of its own; an item's number is read as most items' are
// ("IV" roman, as "II" is, not "I" a letter). Else points are numbered by
// position.
func numberByItem(text string, r *rules, points []*node, heads []*para) {
	for i, n := range points {
		n.value = i + 1
	}
	count := map[string]int{}
	seen := map[*para]bool{}
	marks := make([]*marker, len(points))
	for i, h := range heads {
		if h == nil || seen[h] {
			return
		}
		seen[h] = true
		marks[i] = itemMarker(spansText(text, h.spans), r)
		for _, c := range marks[i].cands {
			count[c.style]++
		}
	}
	for i, n := range points {
		c := marks[i].cands[0]
		for _, o := range marks[i].cands[1:] {
			if count[o.style] > count[c.style] {
				c = o
			}
		}
		if c.parent != "" {
			c.label = c.parent + "." + c.label // "6.2 Liaison Officer Network ...": point 6.2
		}
		n.style, n.cand, n.value = c.style, c, c.value
	}
}
