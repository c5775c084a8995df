package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"actas/ingest/internal/numeral"
)

// Which list is the operative one: a report may print other lists before its
// agreements (narrative sections "I. Inauguración. La Viceministra ...", a
// dash list of participating countries) and labels its points with a word
// ("Acuerdo 1:", "Recommendation 6:"). The rules here choose the list that
// follows the operative lead-in, keep the printed number of a labelled
// point, and take up a list of unnumbered paragraphs again after a lettered
// or dashed sublist.

// leadInBreak reports whether a first marker that would open a level below
// the innermost point d follows a sentence that introduces a new list of
// agreements ("Tras las deliberaciones, se resolvió:", "The Group agreed as
// follows:") at the end of d's text, where the list that d belongs to was
// not introduced as operative and does not go on after the new list: that
// list is narrative sections or participants, and the new marker opens the
// operative list at the top level; with sibling, a bullet that would go on
// with the top-level bullets does so. It returns where the lead-in starts.
func (p *parser) leadInBreak(c candidate, sibling bool) (int, bool) {
	d := p.deepest()
	if d == nil || len(d.spans) == 0 || c.style == styleDotted || p.cur.named || len(p.stack) == 0 {
		return 0, false
	}
	if sibling != (p.stack[0].style == c.style) || sibling && !strings.HasPrefix(c.style, styleBullet) {
		return 0, false // a new level below, or the next bullet of a dash list of countries
	}
	if p.introKind(p.cur.intro) == "operative" && (!p.narrativeRoots() || p.headedOperative(p.cur.intro)) {
		return 0, false // a point of the operative part: its lead-in holds sub-points
	}
	at := p.leadInAt(d)
	if at < 0 {
		return 0, false
	}
	last := d.spans[len(d.spans)-1]
	if p.cueKind(p.text[at:last.end]) != "operative" || p.listGoesOn(p.stack[0], last.end) {
		return 0, false
	}
	return at, true
}

// headedLeadIn finds, after a point that ended its sentence, a heading in
// capitals or of a few words and an operative lead-in under it ("HOJA DE
// RUTA ..." / "Para dar seguimiento, los Estados se comprometen a:",
// "Follow-up" / "The meeting further agreed as follows:"): a new list, no
// sub-points.
func (p *parser) headedLeadIn(d *node) (int, bool) {
	if d == nil || d.paraAt <= 0 {
		return 0, false
	}
	own := strings.TrimSpace(p.spanText(d.spans[:d.paraAt]))
	if !strings.HasSuffix(own, ".") {
		return 0, false
	}
	first := strings.TrimSpace(p.text[d.spans[d.paraAt].start:d.spans[d.paraAt].end])
	rest := strings.TrimSpace(p.spanText(d.spans[d.paraAt:]))
	title := isUpperWord(strings.Join(strings.Fields(first), "")) || startsUpper(first) && titleText(first) && countFields(first, 5) <= 4
	if len(d.spans) < d.paraAt+2 || !title || !strings.HasSuffix(rest, ":") || p.cueKind(rest) != "operative" {
		return 0, false
	}
	return d.spans[d.paraAt].start, true
}

// outdentedLeadIn finds, after point d, a paragraph set left of d's marker
// that ends as a lead-in, before a marker no deeper than d's ("  - Member
// States will report ..." / "Follow-up" / "The meeting further agreed as
// follows:" / "  1. ..."): a new list, no sub-points.
func (p *parser) outdentedLeadIn(d *node, indent int) (int, bool) {
	if d == nil || d.paraAt <= 0 || d.indent == 0 || indent > d.indent {
		return 0, false
	}
	at := d.spans[d.paraAt].start
	if indentOf(p.text[at:d.spans[d.paraAt].end]) >= d.indent || !strings.HasSuffix(strings.TrimSpace(p.spanText(d.spans[d.paraAt:])), ":") {
		return 0, false
	}
	return at, true
}

// subjectLeadIn finds, after a point that ended its sentence, a paragraph
// that opens with its subject and ends as a lead-in ("7. Cambodia offered
// ..." / "The Member States requested IOM to undertake the following:"): a
// new list, no sub-points. A lead-in that starts inside a line of the
// point, or "Al respecto, la Red recomienda:", goes on with the point.
func (p *parser) subjectLeadIn(d *node) (int, bool) {
	if d == nil || len(d.spans) == 0 {
		return 0, false
	}
	at := p.leadInAt(d) // the sentence that ends the point's text with a colon
	if at <= d.spans[0].start || !slices.ContainsFunc(d.spans, func(sp span) bool { return sp.start == at }) {
		return 0, false // "3. To take note ... by the TS. The Network requests the Member Countries to:" goes on with its point
	}
	own := strings.TrimSpace(p.text[d.spans[0].start:at])
	if nl := strings.LastIndexByte(own, '\n'); !strings.HasSuffix(own, ".") && nl > 0 && len(own)-nl < 80 {
		own = strings.TrimSpace(own[:nl]) // a heading line over the lead-in ("Recommendations to the RCGM")
	}
	if !strings.HasSuffix(own, ".") {
		return 0, false
	}
	end := d.spans[len(d.spans)-1].end
	if rest := p.text[at:end]; p.cueKind(rest) != "operative" && !namesAction(rest, p.rules) {
		return 0, false
	}
	for _, sp := range d.spans {
		if sp.start < at {
			continue
		}
		// the subject opens the lead-in, or its line after a heading
		// ("Recommendations to the RCGM"), or follows that heading on its line
		toks := wordTokens(p.text[sp.start:min(end, sp.start+120)])
		for k := 0; k < len(toks) && k <= 6; k++ {
			if k > 0 && !startsUpper(toks[k].text) {
				continue
			}
			if _, _, ok := p.rules.structure.matchKind(toks, k, "subject"); ok {
				return at, true
			}
		}
	}
	return 0, false
}

// narrativeRoots reports whether the points of the current block, two or
// more, all open as no decision does ("Inauguración. La Viceministra dio
// ...", "Canadá"): no infinitive, verb cue, commitment or finite verb with
// the meeting as subject. A title that names agreements ("ACTA DE
// ACUERDOS") then does not make them the operative list.
func (p *parser) narrativeRoots() bool { return p.narrative(p.cur.roots, 2) }

// narrative reports whether roots, at least the given number, all open as no
// decision does.
func (p *parser) narrative(roots []*node, least int) bool {
	if len(roots) < least {
		return false
	}
	for _, n := range roots {
		if len(n.spans) == 0 {
			return false
		}
		sp := n.spans[0]
		if paragraphForm(strings.TrimSpace(p.text[sp.start:sp.end]), p.rules) {
			return false
		}
	}
	return true
}

// leadInAt returns where the last sentence of point d's text starts when it
// ends with a colon and follows other text of d (a sentence end or a blank
// line before it), or -1.
func (p *parser) leadInAt(d *node) int {
	last := d.spans[len(d.spans)-1]
	if !strings.HasSuffix(strings.TrimSpace(p.text[last.start:last.end]), ":") {
		return -1
	}
	for k := len(d.spans) - 1; k >= 0; k-- {
		sp := d.spans[k]
		seg := strings.TrimRight(p.text[sp.start:sp.end], " \t")
		if k == len(d.spans)-1 {
			seg = strings.TrimSuffix(seg, ":")
		}
		for i := len(seg) - 1; i > 0; i-- {
			if (seg[i-1] == '.' || seg[i-1] == ';') && seg[i] == ' ' {
				return sp.start + i + 1
			}
		}
		if k == d.paraAt && k > 0 {
			return sp.start
		}
		if k > 0 {
			prev := strings.TrimSpace(p.text[d.spans[k-1].start:d.spans[k-1].end])
			if strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, ";") {
				return sp.start
			}
		}
	}
	return -1
}

// listGoesOn reports whether a numbered list's next marker ("VI.", "4.",
// "d)") opens a line after position from: then the list holds the new
// points as sub-points. A bullet list is not looked for.
func (p *parser) listGoesOn(lv *level, from int) bool {
	next := ""
	switch lv.style {
	case styleDec:
		next = strconv.Itoa(lv.last + 1)
	case styleURoman:
		next = strings.ToUpper(numeral.Roman(lv.last + 1))
	case styleLRoman:
		next = numeral.Roman(lv.last + 1)
	case styleLAlpha:
		next = string(rune('a' + lv.last))
	case styleUAlpha:
		next = string(rune('A' + lv.last))
	default:
		return false
	}
	rest := p.text[from:]
	for _, ln := range strings.Split(rest, "\n") {
		t := strings.TrimLeft(ln, " \t(")
		if strings.HasPrefix(t, next) && len(t) > len(next) && strings.ContainsRune(".)-", rune(t[len(next)])) {
			return true
		}
	}
	return false
}

// breakAtLeadIn moves the lead-in that starts at byte at, with what follows
// it in point d, into the introduction of a new block; before marks the
// block it ends as no part of the operative part.
func (p *parser) breakAtLeadIn(d *node, at int, before bool) {
	var keep, moved []span
	for _, sp := range d.spans {
		switch {
		case sp.end <= at:
			keep = append(keep, sp)
		case sp.start >= at:
			moved = append(moved, sp)
		default:
			keep = append(keep, span{sp.start, at})
			moved = append(moved, span{at, sp.end})
		}
	}
	d.spans = keep
	if d.paraAt >= len(keep) {
		d.paraAt = -1
	}
	p.cur.before = before
	p.newBlock()
	p.cur.intro = moved
}

// pointWord is the folded label word of the point whose marker starts at at.
func (p *parser) pointWord(at int) string {
	return fold(wordAt(strings.TrimLeft(p.text[at:min(len(p.text), at+40)], " \t-–•"), 0))
}

// pointWordAt reports whether s opens with a word that names a point and its
// number ("Acuerdo N° 2.", "Decisión 3:", "Recommendation 6:").
func pointWordAt(s string) bool {
	s = strings.TrimLeft(s, " \t-–•")
	return pointWords[fold(wordAt(s, 0))]
}

// namedList prepares the open lists for a point labelled with a word and a
// number: the label says it is an agreement, so the first such point opens
// a list of its own, never a sub-point of a list before it nor a renumbered
// continuation of it, and its block is operative.
func (p *parser) namedList(m *marker, raw string) {
	if m.start >= len(raw) || !pointWordAt(raw[m.start:]) {
		return
	}
	for i := range m.cands {
		m.cands[i].named = true
	}
	if len(p.stack) > 0 && p.stack[0].node.cand.named && p.pointWord(p.stack[0].node.markStart) == fold(wordAt(strings.TrimLeft(raw[m.start:], " \t-–•"), 0)) {
		return // the next point of the same label; "Recommendation 1" after "Conclusion 2" restarts
	}
	if d := p.deepest(); d != nil && d.paraAt >= 0 {
		p.introduceFrom(d)
	} else if len(p.cur.roots) > 0 {
		p.newBlock()
	}
	p.cur.named = true
}

// resumesParagraphs reports whether a paragraph after a sublist takes up the
// list of unnumbered paragraphs above it ("Respecto a ...:" then "a) ..."
// "b) ..." then "Agradecer a ..."): it follows a sentence end (a blank line
// or none, as text with a paragraph per line) and has the form of such
// paragraphs, an infinitive ("Agradecer ...", "To thank ...", "Thank ..."),
// a party that commits ("El Gobierno de Honduras se compromete a ...") or a
// finite verb with the meeting as subject; or, after a blank line, it stands
// left of the sublist's bullets, or opens in capitals where they go on their
// lead-in's sentence in small letters ("  ▪ integrate ... corridors." /
// "WHO and IOM to ...").
func (p *parser) resumesParagraphs(t string, indent int) bool {
	if !startsUpper(t) {
		return false
	}
	if !strings.ContainsRune(".;", p.prevEnd) && !p.afterNameItem(t, indent) {
		return false
	}
	para := false
	for _, lv := range p.stack[:len(p.stack)-1] {
		para = para || lv.style == stylePara
	}
	d := p.stack[len(p.stack)-1]
	outdent, small := indent < d.node.indent, p.smallBullets(d.node)
	left := strings.HasPrefix(d.style, styleBullet) && (p.paraBreak && (outdent || small) || outdent && small)
	return para && (left || paragraphForm(t, p.rules))
}

// afterNameItem reports a paragraph of a declaration after a blank line,
// left of a bullet that holds no sentence ("• Labour market analysis:
// Nepal" / "We request IOM ..."): the list ended with the bullet's name.
func (p *parser) afterNameItem(t string, indent int) bool {
	if len(p.stack) == 0 {
		return false
	}
	d := p.stack[len(p.stack)-1]
	return p.paraBreak && !p.pageBreak && unicode.IsLetter(p.prevEnd) && indent < d.node.indent && strings.HasPrefix(d.style, styleBullet) && (paragraphForm(t, p.rules) || opensParagraph(t, 0, p.rules, false))
}

// smallBullets reports whether the bullets of n's list open in small
// letters, going on the sentence of their lead-in ("are encouraged to:" /
// "▪ integrate ...").
func (p *parser) smallBullets(n *node) bool {
	sibs := p.cur.roots
	if n.parent != nil {
		sibs = n.parent.children
	}
	for _, b := range sibs {
		if len(b.spans) == 0 || !unicode.IsLower(firstRune(strings.TrimSpace(p.text[b.spans[0].start:b.spans[0].end]))) {
			return false
		}
	}
	return len(sibs) > 0
}

// paragraphForm reports whether t opens as a point of a declaration of
// unnumbered paragraphs: an infinitive or a verb cue, a party that commits
// or offers, or a finite verb with the meeting as subject.
func paragraphForm(t string, r *rules) bool {
	head := t[:min(len(t), 200)]
	toks := wordTokens(head)
	if len(toks) == 0 {
		return false
	}
	k := 0
	if comma := strings.IndexByte(head, ','); comma > 0 && comma < 40 && countFields(head[:comma], 4) <= 3 {
		for k < len(toks) && toks[k].start < comma {
			k++ // "Asimismo, solicitar ..."
		}
	}
	if k >= len(toks) {
		return false
	}
	w := toks[k].fold
	if w == "to" && k+1 < len(toks) {
		k++
		w = toks[k].fold
	}
	if spanishInfinitive(w) && (strings.Contains(head, " de ") || strings.Contains(head, " la ")) {
		return true // a Spanish sentence: not "Under ...", "Other ..."
	}
	if e, _, ok := r.actions.match(toks, k); ok && (e.kind == "verb" || e.kind == "lead") {
		return true
	}
	return commitSentence(t) || finiteOpening(t, r)
}

// commitSentence reports a sentence in which a party commits or offers
// within its first words ("El Gobierno de Honduras se compromete a ...",
// "The Government of Canada commits to ...").
func commitSentence(t string) bool {
	if !startsUpper(t) {
		return false
	}
	toks := wordTokens(t[:min(len(t), 200)])
	for _, tk := range toks[:min(len(toks), 14)] {
		switch tk.fold {
		case "compromete", "comprometen", "ofrece", "ofrecen", "commits", "undertakes", "offers", "offered", "volunteers":
			return true
		}
	}
	return false
}

// signOffWrapped reports a closing formula cut by a line break before its
// year ("Dada en la Ciudad de Panamá, Panamá, el 27 de junio de" / "2014.")
// at line i, whose text is t; the next line is read only for a t that may
// open one.
func (p *parser) signOffWrapped(lines []line, i int, t string) bool {
	if len(t) > 120 || !startsUpper(t) || strings.ContainsAny(t[len(t)-1:], ".:;") {
		return false
	}
	next := p.nextText(lines, i)
	if next == "" || len(next) > 60 && !(signOffWord(t) && len(next) <= 160) {
		return false // a formula's words may carry a long second line ("Dada en ..., República" / "Dominicana, a los veinticuatro días del mes de junio del año dos mil once.")
	}
	return p.isSignOff(t + " " + next)
}

// colonBeforeMarker reports a sentence at byte i of a line that lost its
// breaks that ends with a colon right before a list marker ("Respecto a la
// niñez migrante: a) Fortalecer ..."): a lead-in of a sublist among
// unnumbered paragraphs, a paragraph of its own.
func colonBeforeMarker(s string, i int, marks []inlineMark, mi int) bool {
	end := strings.IndexAny(s[i:], ".;:")
	if end < 0 || s[i+end] != ':' || end > 200 {
		return false
	}
	after := skipSpace(s, i+end+1)
	return mi < len(marks) && marks[mi].pos == after
}

// verbLeadIn reports a short line that opens with a verb and ends with a
// colon ("Encomendar a la Secretaría Técnica:", "Request IOM:"): a clause
// that introduces its sublist, not a title, however its words are capitalised.
func (p *parser) verbLeadIn(t string) bool {
	if !strings.HasSuffix(t, ":") {
		return false
	}
	toks := wordTokens(t)
	if len(toks) == 0 {
		return false
	}
	if e, _, ok := p.rules.actions.match(toks, 0); ok && (e.kind == "verb" || e.kind == "lead") {
		return true
	}
	return spanishInfinitive(toks[0].fold) && len(toks) > 1 && (toks[1].fold == "a" || toks[1].fold == "al")
}

// letterStyle reports a style of lettered points ("a)", "B.", "iv.").
func letterStyle(style string) bool {
	return style == styleLAlpha || style == styleUAlpha || style == styleLRoman
}

// letteredSublists gives a paragraph that ends with a colon the lettered
// points after it as its sub-points ("En materia de niñez migrante,
// acordaron:" then "a) Fortalecer ..." "b) Solicitar ..."), whether they
// stand on its next lines or in paragraphs of their own.
func letteredSublists(text string, paras []*para) []*para {
	var out []*para
	var lead *para
	var item *node
	next, style := 0, "" // the value and style the next lettered point must have
	for _, p := range paras {
		if len(p.bullets) == 0 {
			m := parseMarker(text[p.spans[0].start:p.spans[0].end])
			if c, ok := letterCand(m, 1, ""); ok && lead == nil && len(out) > 0 && len(out[len(out)-1].bullets) == 0 &&
				strings.HasSuffix(spansText(text, out[len(out)-1].spans), ":") {
				lead, next, style = out[len(out)-1], 1, c.style // "(a) ..." in a paragraph of its own
			}
			if c, ok := letterCand(m, next, style); ok && lead != nil {
				item, next = lettered(lead, p.spans[0], m, c), next+1
				for _, sp := range p.spans[1:] {
					// the next letter on a line of the same paragraph ("a) ...⏎b) ...")
					if m := parseMarker(text[sp.start:sp.end]); m != nil {
						if c, ok := letterCand(m, next, style); ok {
							item, next = lettered(lead, sp, m, c), next+1
							continue
						}
					}
					item.spans = append(item.spans, sp)
				}
				continue
			}
		}
		lead, item = nil, nil
		out = append(out, p)
		bulleted := len(p.bullets) > 0
		for k := 1; k < len(p.spans) && !bulleted; k++ {
			sp := p.spans[k]
			m := parseMarker(text[sp.start:sp.end])
			first, isFirst := letterCand(m, 1, "")
			again, isNext := letterCand(m, next, style)
			switch {
			case isFirst && lead == nil && strings.HasSuffix(strings.TrimSpace(text[p.spans[k-1].start:p.spans[k-1].end]), ":"):
				lead, style = p, first.style
				item, next = lettered(p, sp, m, first), 2
			case isNext && lead != nil:
				item, next = lettered(p, sp, m, again), next+1
			case lead != nil:
				item.spans = append(item.spans, sp)
			}
		}
		if lead != nil {
			p.spans = p.spans[:len(p.spans)-countSpans(p.bullets)]
		}
	}
	return out
}

// lettered adds to p a sub-point for the marker m on the line sp, read as c.
func lettered(p *para, sp span, m *marker, c candidate) *node {
	n := &node{cand: c, style: c.style, markStart: sp.start + m.start, paraAt: -1}
	n.spans = []span{{sp.start + m.end, sp.end}}
	p.bullets = append(p.bullets, n)
	return n
}

// letterCand returns the reading of marker m as a letter or a lower-case
// roman numeral of value v ("(i)" as roman 1, not letter 9), in style when
// it is set.
func letterCand(m *marker, v int, style string) (candidate, bool) {
	if m == nil {
		return candidate{}, false
	}
	for _, c := range m.cands {
		if letterStyle(c.style) && c.value == v && (style == "" || c.style == style) {
			return c, true
		}
	}
	return candidate{}, false
}

// countSpans is the number of lines the sub-points hold.
func countSpans(ns []*node) int {
	c := 0
	for _, n := range ns {
		c += len(n.spans)
	}
	return c
}

// finiteAround reports whether the points before and after the first one
// with lettered sub-points open with a finite verb with the meeting as
// subject ("Reafirmaron ...", "Agradecieron ..."), or one does between two
// lettered lists ("the Vice-Ministers:" / "(a) ..." / "The Vice-Ministers
// agreed ..." / "... decided:" / "(a) ..."): a declaration or minutes of
// paragraphs in which the lettered lists are sublists, not the operative list.
func finiteAround(text string, r *rules, points []*para) bool {
	before, after, seen := false, false, false
	for _, p := range points {
		if len(p.bullets) > 0 && letterStyle(p.bullets[0].style) {
			if seen && after {
				return true // a decision between two lettered lists
			}
			seen = true
			continue
		}
		f := finiteOpening(spansText(text, p.spans), r)
		before = before || f && !seen
		after = after || f && seen
	}
	return before && after
}

// markBefore keeps out of the operative part the blocks of narrative points
// ("I. Inauguración. La Viceministra ...", a dash list of countries) that
// come before a block whose introduction ends with an operative lead-in
// ("The Group agreed as follows:") or a block of labelled points ("Acuerdo
// 1:"), whatever cue a title above them carries.
func (p *parser) markBefore() {
	lead, least := -1, 2
	for i, b := range p.blocks {
		if len(b.roots) > 0 && (b.named || len(b.intro) > 0 && p.leadInIntro(b.intro)) {
			lead = i
			if b.named {
				least = 1 // a label is evidence enough
			}
		}
	}
	for i := 0; i < lead; i++ {
		b := p.blocks[i]
		if b.narrated && !p.leadInIntro(b.intro) || p.narratedTopics(b) || p.statusList(b.roots) || p.statusHead(b) {
			b.before = true // the list of a narrative section (operative.go)
			continue
		}
		if !p.narrative(b.roots, 1) || p.voiceLead(b.intro) {
			continue // points that do not narrate, or the meeting's own voice
		}
		agenda := p.agendaIntro(b.intro) // one agenda item may hold the others, where line breaks were lost
		if agenda || p.narrative(b.roots, least) && !p.headedOperative(b.intro) {
			b.before = true
		}
	}
}

// narratedTopics reports a block whose topic headings, or the last line of
// its introduction, name a narrative section ("CO-CHAIRS' CONCLUSIONS" /
// "Opening" / "1. The meeting was held ..."): its points tell the
// meeting's course, under the report's title.
func (p *parser) narratedTopics(b *block) bool {
	heads := b.topicHeads
	if n := len(b.intro); n > 0 {
		heads = append(heads[:len(heads):len(heads)], b.intro[n-1])
	}
	for _, h := range heads {
		if p.sectionCue(afterHeading(p.text[h.start:h.end]), "narrative") {
			return true // also "CO-CHAIRS' CONCLUSIONS Opening", where blank lines were lost
		}
	}
	return false
}

// statusList reports points, two or more, most of which report how far
// an earlier agreement got after a colon or a dash ("Directorio regional
// ... (ST): cumplido.", "Mapping of shelters - ongoing"; structure_cues.csv
// kind status): a review of earlier agreements, no decisions.
func (p *parser) statusList(roots []*node) bool {
	if len(roots) < 2 {
		return false
	}
	n := 0
	for _, r := range roots {
		if p.reportsStatus(spansText(p.text, r.spans)) {
			n++
		}
	}
	return 2*n > len(roots)
}

// statusHead reports a table header with a status column between a
// block's introduction and its points ("Agreement (June 2020) Responsible
// Status" over a rule): a review of earlier agreements whose rows a re-wrap
// ran together, so that no column is left to read.
func (p *parser) statusHead(b *block) bool {
	if len(b.roots) == 0 || len(b.roots[0].spans) == 0 {
		return false
	}
	from := 0
	if n := len(b.intro); n > 0 {
		from = b.intro[n-1].end
	}
	to := b.roots[0].spans[0].start
	if from >= to {
		return false
	}
	for _, l := range strings.Split(p.text[from:to], "\n") {
		if kinds := p.columnLabels(l); len(kinds) >= 2 && slices.Contains(kinds, colStatus) {
			return true
		}
	}
	return false
}

// columnLabels returns the kinds of the column labels that make up line l
// whole, each perhaps with a parenthesis ("Agreement (June 2020)"), or nil.
func (p *parser) columnLabels(l string) []string {
	toks := tokenize(l)
	var kinds []string
	for i := 0; i < len(toks); {
		if toks[i].fold == "(" {
			for i < len(toks) && toks[i].fold != ")" {
				i++
			}
			i++
			continue
		}
		if !toks[i].word {
			i++
			continue
		}
		e, j, ok := p.rules.columns.match(toks, i)
		if !ok {
			return nil
		}
		kinds = append(kinds, e.kind)
		i = j
	}
	return kinds
}

// reportsStatus reports a status cue right after a colon or a dash of t,
// or one in capitals that opens a sentence ("... on February 12, 2016.
// DONE.", "PENDING. IOM explained ...").
func (p *parser) reportsStatus(t string) bool {
	for i := 0; i < len(t); i++ {
		k := i + 1 // after ":" or "-"
		caps := false
		if strings.HasPrefix(t[i:], "–") {
			k = i + len("–")
		} else if c := t[i]; c == '.' || c == ':' && i+1 < len(t) && t[i+1] == ' ' {
			caps = c == '.'
		} else if c != ':' && c != '-' {
			continue
		}
		if toks := wordTokens(t[k:min(len(t), k+40)]); len(toks) > 0 && (!caps || isUpperWord(toks[0].text) && len(toks[0].text) > 1) {
			if _, _, ok := p.rules.structure.matchKind(toks, 0, "status"); ok {
				return true
			}
		}
	}
	return false
}

// voiceLead reports an introduction that ends with a short lead-in in the
// meeting's own voice ("We reaffirm:", "Los Viceministros reiteran:"): its
// points are the meeting's, as a declaration restarts its numbering under
// each ("We reaffirm:" 1-2, "We commit to:" 1-8).
func (p *parser) voiceLead(intro []span) bool {
	if len(intro) == 0 {
		return false
	}
	last := strings.TrimSpace(p.text[intro[len(intro)-1].start:intro[len(intro)-1].end])
	if !strings.HasSuffix(last, ":") {
		return false
	}
	if k := strings.LastIndexAny(last, ".;"); k >= 0 {
		last = last[k+1:] // the last sentence: "...; We reaffirm:"
	} else if p.wrappedEnd(intro) {
		return false // a sentence's wrapped end ("... the activities in the / Network's work plan:"), no lead-in of its own
	}
	if countFields(last, 7) > 6 {
		return false
	}
	toks := wordTokens(last)
	_, j, ok := p.rules.structure.matchKind(toks, 0, "subject")
	return ok && j < len(toks) && toks[j].word && unicode.IsLower(firstRune(toks[j].text))
}

// wrappedEnd reports an introduction whose last line goes on a sentence
// the line before it left open (after a comma or a lowercase word).
func (p *parser) wrappedEnd(intro []span) bool {
	c := lastRune(trimRightSpace(p.text[:intro[len(intro)-1].start]))
	return c == ',' || unicode.IsLower(c)
}

// leadInPara reports whether the paragraph that followed point d's own text
// is a lead-in to agreements ("Luego de las deliberaciones, el GRCM adoptó
// los siguientes acuerdos:"): the points before it were an agenda.
func (p *parser) leadInPara(d *node) bool {
	t := strings.TrimSpace(p.spanText(d.spans[d.paraAt:]))
	return strings.HasSuffix(t, ":") && p.cueKind(t) == "operative"
}

// leadInIntro reports an introduction whose last line, chapter headings
// after it aside, ends with a colon after a sentence with an operative cue.
func (p *parser) leadInIntro(intro []span) bool {
	for len(intro) > 1 {
		t := strings.TrimSpace(p.text[intro[len(intro)-1].start:intro[len(intro)-1].end])
		if m := parseMarker(t); m == nil || !capsTitle(t[m.end:]) {
			break
		}
		intro = intro[:len(intro)-1] // "I. INFORMES ..." under the lead-in
	}
	last := strings.TrimSpace(p.text[intro[len(intro)-1].start:intro[len(intro)-1].end])
	if !strings.HasSuffix(last, ":") {
		return false
	}
	all := strings.TrimSpace(p.spanText(intro))
	sentence := all[strings.LastIndexAny(strings.TrimSuffix(all, ":"), ".;:")+1:]
	return p.cueKind(sentence) == "operative"
}

// agendaIntro reports an introduction whose last line also holds a preamble
// cue ("La agenda de trabajo comprendió los siguientes puntos:"): before a
// later lead-in, its points are the agenda, not the agreements.
func (p *parser) agendaIntro(intro []span) bool {
	if len(intro) == 0 {
		return false
	}
	last := intro[len(intro)-1]
	if foldedHolds(p.text[last.start:last.end], p.rules.structure.phrases("preamble")) {
		return true
	}
	// the lead-in's sentence over lines: "... sometió a la consideración de
	// las delegaciones la agenda provisional, que fue aprobada con los
	// siguientes puntos:"
	from, n := len(intro), 0
	for from > 0 && n < 800 { // the sentence's lines, not the whole introduction
		from--
		n += intro[from].end - intro[from].start
	}
	sentence := lastSentence(strings.TrimSpace(p.spanText(intro[from:])))
	toks := wordTokens(sentence[strings.LastIndexByte(sentence, ';')+1:]) // not "Recalling ...; We reaffirm:"
	for i := range toks {
		if _, _, ok := p.rules.structure.matchKind(toks, i, "preamble"); ok {
			return true
		}
	}
	return false
}

// headedOperative reports an introduction whose last line, or the sentence
// it ends where a re-wrap cut it ("... adopted the following outcomes, by
// working" / "group:"), carries an operative cue ("CONCLUSIONES", "Las
// delegaciones concluyeron:"): its points are the operative part, not
// narrative under a title far above.
func (p *parser) headedOperative(intro []span) bool {
	if len(intro) == 0 {
		return false
	}
	k := len(intro) - 1
	for k > 0 && unicode.IsLower(firstRune(strings.TrimSpace(p.text[intro[k].start:intro[k].end]))) {
		k-- // the line goes on the sentence of the one before
	}
	t := strings.TrimSpace(p.spanText(intro[k:]))
	sentence := t[strings.LastIndexAny(strings.TrimRight(t, ".:;"), ".;:")+1:]
	return p.cueKind(sentence) == "operative"
}

// restartAtLeadIn starts a new list at a top-level "1." that follows a
// sentence with an operative cue ending the last point with a colon, where
// no blank line set it apart ("3. ... limitado." / "Sobre esta base, la Red
// formuló las siguientes recomendaciones:" / "1. Recomendar ...").
func (p *parser) restartAtLeadIn() bool {
	d := p.deepest()
	if d == nil || d.paraAt >= 0 || len(d.spans) == 0 {
		return false
	}
	at := p.leadInAt(d)
	if at < 0 || p.cueKind(p.text[at:d.spans[len(d.spans)-1].end]) != "operative" {
		return false
	}
	p.breakAtLeadIn(d, at, false)
	return true
}
