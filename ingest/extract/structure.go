package extract

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// node is one point of a list: its marker, its own text and its sub-points.
type node struct {
	cand      candidate
	style     string
	value     int
	parent    *node
	children  []*node
	spans     []span // byte ranges of its own text in the document text
	markStart int
	indent    int
	number    string
	// paraAt is the index in spans of the first paragraph that followed a
	// blank line, or -1: such a paragraph may introduce a new list.
	paraAt int
	lead   lead // a top-level point's lead-in (leadin.go)
	// leadAt is the paragraph that leads into a declaration's list whose
	// items stand as points of their own ("We commit to:" / "1. ..."): their
	// lead-in, where the declaration's is not
	leadAt []span
	// title is set on a heading made a point over its own list (headings.go).
	title bool
	// headed is set on a labelled point whose first line is a title over
	// its text (agreements.go pointText).
	headed bool
	// narrated is the number of sentences that open a paragraph of minutes
	// before the meeting decides (dropNarration): they give no clause.
	narrated int
}

// block is a run of top-level points with the text that introduces it.
type block struct {
	intro     []span
	roots     []*node
	operative bool
	kind      string // the structure cue of its introduction: operative, preamble, end or ""
	// named is set on a block of points labelled with a word ("Acuerdo 1:").
	named bool
	// topics is set when topic headings group its bullets (operative.go);
	// topicHeads are those headings' lines.
	topics     bool
	topicHeads []span
	// before is set on a block that an operative lead-in ends (choice.go):
	// narrative sections or participants, never the operative part.
	before bool
	// narrated is set when the last numbered section title of its
	// introduction narrates ("2. Participation"): before a later lead-in,
	// its points are no agreements (operative.go).
	narrated bool
	// notes is set on a block introduced by a notes label ("Notes:"): its
	// points are notes on the report, never agreements.
	notes bool
	// headAt is one more than the index in intro of the last heading line
	// read by heading(), or 0 (headings.go).
	headAt int
	// plan is set on the block of an annexed plan the meeting adopted
	// (planAnnex): operative, whatever its introduction says.
	plan bool
}

// level is one open list level while parsing.
type level struct {
	style string
	last  int
	node  *node
	// offset renumbers a list whose printed numbers restarted by accident.
	offset int
}

// line is one line of the document text.
type line struct {
	start, end int
	indent     int
}

// parser builds the list structure of a report.
type parser struct {
	text  string
	rules *rules
	// footnote is set from a footnote rule ("__________") over a footnote
	// mark to the end of the footnote's sentence or a blank line: the
	// footnotes under it are no text of the report's points.
	footnote bool
	blocks   []*block
	cur      *block
	stack    []*level
	stopped  bool
	// paraBreak is set when a blank line precedes the current line.
	paraBreak bool
	// prevEnd is the last character of the previous text line.
	prevEnd rune
	// prevLabel tells that the previous text line ended with a label whose
	// value the line after it holds ("... Responsible: IOM Deadline:").
	prevLabel bool
	// pageBreak tells that page furniture stands between the previous text
	// line and this one.
	pageBreak bool
	// breaks tells what a line break means in this text (linebreaks.go).
	breaks   breaks
	header   map[string]int // the first lines, to where they start plus one
	repeated map[string]bool
	// second caches whether the text has a "2." at all (1) or not (-1).
	second int
	// lastDec is the number of the last point numbered in figures.
	lastDec int
	// lastTop is the last top-level point of the previous blocks: numbering
	// may go on under a new heading (CONCLUSIONS 1-8, RECOMMENDATIONS 9-11).
	lastTop *node
	// leads are the positions of operative lead-ins (operative.go).
	leads []int
	// section is the marker of the last numbered section heading (operative.go).
	lastSection *candidate
	// furniture holds the lines a page break put in the text (furnitureLines).
	furniture map[int]bool
}

var (
	rePageNumber = regexp.MustCompile(`(?i)^(?:(?:[-–—]\s*)?(?:p[áa]gina|page|p[áa]g\.?|p\.)?\s*\d{1,3}\s*(?:(?:de|of|/)\s*\d{1,3})?\s*(?:[-–—])?|[•·]\s*\d{1,3}\s*[-–—•·])$`) // "• 2 -": a dashed number whose dash was restyled
	// rePageFooter matches a footer line that ends with its page number.
	rePageFooter = regexp.MustCompile(`(?i)(?:p[áa]gina|page|p[áa]g\.)\s*\d{1,3}\s*(?:(?:de|of|/)\s*\d{1,3})?\s*$`)
	reStamp      = regexp.MustCompile(`(?i)(?:https?://|www\.|impreso el|printed on|^confidencial$|^draft$|^borrador$)`)
)

// parseStructure finds the blocks and points of a report text.
func parseStructure(text string, r *rules) []*block {
	return parseBroken(text, r, readBreaks(text, splitLines(text)))
}

// parseBroken finds the blocks and points of a report text, with the
// paragraphs that the line breaks of the text as it came open (br).
func parseBroken(text string, r *rules, br breaks) []*block {
	p := &parser{text: text, rules: r, cur: &block{}, breaks: br}
	p.blocks = []*block{p.cur}
	lines := splitTopics(text, splitLines(text))
	p.findRepeats(lines)
	p.furniture = furnitureLines(text, lines)
	for i, ln := range lines {
		if p.stopped {
			if !p.planAnnexAt(lines, i) {
				continue // closing lines, signatures, annexes
			}
			p.stopped, p.paraBreak = false, true // the plan the meeting adopted, after its signatures
			if t := strings.TrimSpace(p.text[ln.start:ln.end]); !isAnnexHeading(t) {
				p.newBlock() // "----- ANNEX ----- PLAN OF ACTION ...", no heading of its own, where line breaks were lost
				p.cur.plan = true
			}
		}
		p.handle(lines, i, ln)
	}
	p.markBefore() // choice.go
	p.dropLeadSubjects()
	p.proseBeforeVoiceLists() // voiceprose.go
	p.classify()
	p.labelledThrough() // labelledthrough.go
	p.headedPoints()    // headings.go
	return foldDecisionBodies(text, p.rules, p.blocks)
}

// planAnnexAt reports an annex's heading at line i that opens the plan the
// meeting adopted (planAnnex).
func (p *parser) planAnnexAt(lines []line, i int) bool {
	t := strings.TrimLeft(p.text[lines[i].start:lines[i].end], " \t-_=") // "------ ANNEX" where line breaks were lost
	w := firstWord(t)
	return annexWord(w) && (isAnnexHeading(t) || isUpperWord(w)) && planAnnex(p.text, lines[i].start, p.rules)
}

// splitLines cuts text into lines with their offsets and indentation.
func splitLines(text string) []line {
	out := make([]line, 0, strings.Count(text, "\n")+1)
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			s := text[start:i]
			ind := 0
			for _, r := range s {
				if r == ' ' {
					ind++
				} else if r == '\t' {
					ind += 4
				} else {
					break
				}
			}
			out = append(out, line{start: start, end: i, indent: ind})
			start = i + 1
		}
	}
	return out
}

// findRepeats records running headers: the document's first lines, short
// lines that repeat three times or more, and those that repeat twice beside
// a page break (digits ignored, so "Informe 2015 - 3" repeats "... - 2").
func (p *parser) findRepeats(lines []line) {
	p.header, p.repeated = map[string]int{}, map[string]bool{}
	count, nearBreak := map[string]int{}, map[string]bool{}
	seen := 0
	for i, ln := range lines {
		t := squash(p.text[ln.start:ln.end])
		if t == "" || t == "\f" {
			continue
		}
		if seen < 3 && len(t) >= 8 && parseMarker(t) == nil {
			p.header[strings.ToLower(t)] = ln.start + 1
		}
		seen++
		if len(t) >= 8 && len(t) <= 120 && parseMarker(t) == nil && !strings.HasSuffix(t, ":") { // "Acuerdos:" under each topic is no running header
			k := repeatKey(t)
			count[k]++
			if p.besideBreak(lines, i) {
				nearBreak[k] = true
			}
		}
	}
	for k, n := range count {
		if n >= 3 || n >= 2 && nearBreak[k] {
			p.repeated[k] = true
		}
	}
}

// repeatKey is a line in lower case with its digits masked: running
// headers repeat the title in capitals ("WASHINGTON, DC, MARCH 24, 2000").
func repeatKey(t string) string {
	src := t
	if !isASCII(t) {
		src = strings.ToLower(t) // ASCII is lower-cased letter by letter, without a copy
	}
	var b strings.Builder
	b.Grow(len(src))
	digits := false
	for _, r := range src {
		if r >= '0' && r <= '9' {
			if !digits {
				b.WriteByte('#')
			}
			digits = true
			continue
		}
		digits = false
		if r < utf8.RuneSelf {
			b.WriteByte(lowerASCII(byte(r)))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isASCII reports whether s has no byte past ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// ruleLine reports a line drawn with dashes, underscores or equals signs
// ("- - - - - -", "______"): a page's rule, no bullet.
func ruleLine(t string) bool {
	n, stars := 0, 0
	for _, r := range t {
		switch r {
		case '*':
			stars++ // "* * *"
		case '-', '_', '=', '–', '—':
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 5 || stars >= 3 && n == 0
}

// isPageNumber reports a page number line ("Página 2 de 5", "- 3 -"); the
// cheap tests spare the regexp on ordinary lines.
func isPageNumber(t string) bool {
	return len(t) <= 60 && strings.ContainsAny(t, "0123456789") && mayPageNumber(t) && rePageNumber.MatchString(t)
}

// stampLine reports a line of at most 120 characters past a rule that sets
// it off which is a stamp or a footer with its page number ("------ XXIV RCM
// – Declaration of Guatemala City      Page 2 of 3").
func stampLine(t string) bool {
	t = strings.TrimLeft(t, "-_= ")
	return t != "" && len(t) < 120 && isStamp(t)
}

// isStamp reports a print stamp or a footer that ends with its page number.
func isStamp(t string) bool {
	if stampWords(t) {
		return reStamp.MatchString(t)
	}
	last := t[len(t)-1]
	return last >= '0' && last <= '9' && (pageFooter(t) || spacedPageCount(t))
}

// reSpacedPageCount matches a page count set apart at a line's end by a
// run of spaces or a tab ("ST-CRM / Informe ... / febrero 2008      1 de 2").
var reSpacedPageCount = regexp.MustCompile(`(?:\s{3}|\t)\s*\d{1,3}\s*(?:de|of|/)\s*\d{1,3}\s*$`)

// spacedPageCount reports a footer that ends with its page count set apart
// ("... febrero 2008            1 de 2", "... 2019\t3 of 4"), no "página".
func spacedPageCount(t string) bool {
	return (strings.Contains(t, "   ") || strings.Contains(t, "\t")) && reSpacedPageCount.MatchString(t)
}

// besideBreak reports whether a form feed or a page number is within two
// lines of line i.
func (p *parser) besideBreak(lines []line, i int) bool {
	for j := max(0, i-2); j <= min(len(lines)-1, i+2); j++ {
		if j == i {
			continue
		}
		raw := p.text[lines[j].start:lines[j].end]
		if strings.IndexByte(raw, '\f') >= 0 {
			return true // a page break (TrimSpace takes the form feed too)
		}
		if t := strings.TrimSpace(raw); t != "" && isPageNumber(t) {
			return true
		}
	}
	return false
}

// nextText returns the next non-blank line after i, trimmed, skipping page
// numbers and running headers.
func (p *parser) nextText(lines []line, i int) string {
	t, _ := p.nextLine(lines, i)
	return t
}

// columnsGoOn reports a line after a line of cells set in columns, which
// were read as a list (after a lead-in's colon), not as signers: the list
// goes on where blank lines were lost or a page break cut it.
func (p *parser) columnsGoOn(lines []line, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if l := p.text[lines[j].start:lines[j].end]; strings.TrimSpace(l) != "" && !p.furniture[j] {
			n, ok := signerLine(l, false)
			return ok && n > 1
		}
	}
	return false
}

// signersAt reports a block of signers set in columns from line i to the
// next blank line ("Co-Chair      Co-Chair" / "Director ...   Ambassador ...").
func (p *parser) signersAt(lines []line, i int) bool {
	if n, ok := signerLine(p.text[lines[i].start:lines[i].end], true); !ok || n < 2 {
		return false // tested first: most lines are no such cells
	}
	var block []string
	for j := i; j < len(lines) && len(block) < 8; j++ {
		l := p.text[lines[j].start:lines[j].end]
		if strings.TrimSpace(l) == "" {
			break
		}
		if strings.Trim(l, "-= \t") == "" {
			return false // "------  ------": a table's rule under its header, no signers
		}
		block = append(block, l)
	}
	return signerColumns(block)
}

// labelLine reports a line that opens with a responsible or deadline label
// and its colon ("Responsible: UNODC", "Plazo: junio de 2015";
// table_columns.csv), not "Acuerdos:".
func (p *parser) labelLine(t string) bool {
	if !strings.Contains(t, ":") {
		return false
	}
	toks := wordTokens(t[:strings.IndexByte(t, ':')])
	for _, kind := range []string{"responsible", "deadline"} {
		if _, j, ok := p.rules.columns.matchKind(toks, 0, kind); ok && j == len(toks) {
			return true
		}
	}
	return false
}

// yearInWords reports a year written in words ("dos mil ocho", "two
// thousand and eight"), as a dated line in words gives it.
func yearInWords(t string) bool {
	return strings.Contains(t, " mil ") || strings.Contains(t, "thousand")
}

// nextLine returns the next line after line i that is neither blank nor
// page furniture, and its index, or "" and -1.
func (p *parser) nextLine(lines []line, i int) (string, int) {
	for j := i + 1; j < len(lines); j++ {
		t := strings.TrimSpace(p.text[lines[j].start:lines[j].end])
		if t != "" && t != "\f" && !isPageNumber(t) && !p.isDebris(t, lines[j].start) {
			return t, j // not a running header: "Achievements" / "WASHINGTON, DC, MARCH 24, 2000" is no sign-off
		}
	}
	return "", -1
}

// headingNext returns the line a heading at line i stands over: the next
// line, or the one after it when a title in capitals goes on there
// ("PROTECCIÓN DE NIÑAS, NIÑOS Y ADOLESCENTES MIGRANTES NO" /
// "ACOMPAÑADOS" / "1. Tomar nota ...").
func (p *parser) headingNext(lines []line, i int, t string) string {
	next, j := p.nextLine(lines, i)
	if j < 0 || parseMarker(next) != nil || !capsTitle(t) || !capsTitle(next) || countFields(t+" "+next, 11) > 10 {
		return next
	}
	if after, _ := p.nextLine(lines, j); parseMarker(after) != nil {
		return after
	}
	return next
}

// handle processes one line.
func (p *parser) handle(lines []line, i int, ln line) {
	raw := p.text[ln.start:ln.end]
	t := strings.TrimSpace(raw)
	if t == "" || t == "\f" {
		p.paraBreak, p.footnote = true, false
		return
	}
	if p.footnote {
		p.footnote = !strings.HasSuffix(t, ".") // a footnote ends with its sentence
		return
	}
	if len(t) >= 10 && strings.Trim(t, "_") == "" {
		p.footnote = reFootnoteMark.MatchString(p.nextText(lines, i)) // "____________________" / "(1) Belize, Canada, ..."
		return
	}
	if p.furniture[i] || p.isDebris(t, ln.start) {
		p.pageBreak = true
		return
	}
	if p.paraBreak && ((unicode.IsLower(p.prevEnd) || p.prevEnd == ',') && unicode.IsLower(firstRune(t)) || p.prevLabel) {
		p.paraBreak = false // a page break or a stray blank line inside a sentence, or between a label and its value
	}
	if !p.paraBreak && !p.prevLabel && p.breaks.opensAt(ln.start) {
		p.paraBreak = true // a capitalised line after one ended short, where blank lines were lost (linebreaks.go)
	}
	topic := false // a topic heading leaves the break and sentence end before it
	defer func() {
		if !topic {
			p.paraBreak = false
			p.prevEnd, _ = utf8.DecodeLastRuneInString(withoutNoteMark(t)) // t is not empty; "... of 2004.(1)" ends its sentence
			p.prevLabel = p.rules.endsLabel(t)
			p.pageBreak = false
		}
	}()
	if p.hasItems() && (p.isSignOff(t) && !p.annexTitle() || p.closingPara(t) || p.observerTitle(t) && !p.partiesListed() || len(t) < 20 && p.closingPara(t+" "+p.nextText(lines, i)) || p.closingTitle(t) && !p.pointGoesOn(p.nextText(lines, i)) || p.signOffWrapped(lines, i, t) && !p.annexTitle() || p.paraBreak && p.prevEnd != ':' && !p.columnsGoOn(lines, i) && p.signersAt(lines, i)) {
		p.stopped = true
		return
	}
	if d := p.deepest(); d != nil && len(d.spans) == 0 && parseMarker(raw) == nil {
		p.addText(d, ln.start, ln.end) // the text of a marker that stood alone on its line
		return
	}
	continuation := p.hasItems() && !p.paraBreak && (!strings.ContainsRune(".:;", p.prevEnd) || p.prevLabel)
	if p.paraBreak && p.hasItems() && itemWordLine(t, p.rules) {
		p.newBlock() // "ACUERDO 9. ..." / "Punto 6. Diálogo con la sociedad civil": the next agenda item's narrative
		p.cur.intro = append(p.cur.intro, span{ln.start, ln.end})
		p.cur.headAt = len(p.cur.intro)
		return
	}
	if !continuation && p.partyLabel(lines, i, t, ln.indent) {
		at := ln.start + strings.Index(raw, t)
		if n := p.place(&marker{cands: []candidate{{style: stylePara}}}, false, at, ln.indent); n != nil {
			p.addText(n, at, ln.end) // "6. The following tasks were entrusted:" / "   Technical Secretariat:" / "     - ..." (headings.go)
			return
		}
	}
	if !continuation && p.topicAfterLabelled(lines, i, t) {
		p.newBlock() // labelledtopics.go
		p.addText(nil, ln.start, ln.end)
		p.cur.headAt = len(p.cur.intro)
		return
	}
	if !continuation && p.topicHeading(lines, i, t) {
		topic = true
		p.cur.topicHeads = append(p.cur.topicHeads, span{ln.start, ln.end})
		return // operative.go
	}
	if !continuation && !p.nextRoot(t) && p.section(lines, i, ln, raw) {
		return // operative.go
	}
	if (p.paraBreak || strings.ContainsRune(".;|+", p.prevEnd)) && notesLabel(t, p.rules) {
		p.newBlock() // "Notes:" under a table of agreements: notes, no points
		p.addText(nil, ln.start, ln.end)
		p.cur.notes = true
		return
	}
	if kind, ok := p.headingAt(lines, i, t, continuation); ok {
		if kind == "end" && p.hasItems() {
			p.stopped = true
			return
		}
		if d := p.deepest(); d != nil && d.paraAt >= 0 && p.leadInPara(d) {
			p.introduceFrom(d) // the lead-in above the first chapter heading (choice.go)
		} else if p.hasItems() {
			p.newBlock()
		}
		p.cur.intro = append(p.cur.intro, span{ln.start, ln.end})
		p.cur.headAt = len(p.cur.intro)
		return
	}
	m := parseMarker(raw)
	if p.rangeDash(m, raw) || p.wrappedNumber(m) || p.bulletWrap(m, raw) {
		m = nil
	}
	if om := p.ocrMarker(raw, ln.start); om != nil {
		m = om
	} else if m == nil {
		m = p.letterBullet(raw)
	}
	if m != nil {
		p.namedList(m, raw) // choice.go
		if n := p.place(m, false, ln.start+m.start, ln.indent); n != nil {
			p.addText(n, ln.start+m.end, ln.end)
			return
		}
		if c, ok := p.nextChapterPoint(m); ok && p.paraBreak && p.hasItems() {
			p.newBlock() // "IV. COORDINACIÓN ..." / "• ..." / "V. Agradecer al Gobierno ...": the next point after the chapter
			n := &node{cand: c, style: c.style, value: c.value, markStart: ln.start + m.start, indent: ln.indent, paraAt: -1}
			p.stack = []*level{{style: n.style, last: n.value, node: n}}
			p.cur.roots = append(p.cur.roots, n)
			p.addText(n, ln.start+m.end, ln.end)
			return
		}
	}
	if m == nil && p.hangingItem(lines, i, ln) {
		at := ln.start + strings.Index(raw, t)
		if n := p.place(&marker{cands: []candidate{{style: styleHanging}}}, false, at, ln.indent); n != nil {
			p.addText(n, at, ln.end) // hanging.go
			return
		}
	}
	if p.leadAfterParas(lines, i, t) {
		p.newBlock()
		p.addText(nil, ln.start, ln.end)
		return
	}
	if p.leadAfterLead(lines, i, t) {
		p.addText(nil, ln.start, ln.end) // "Hereby declare:" / "We welcome:" / "1. ...": the first section's own lead-in
		return
	}
	if n := p.paraItem(t, ln); n != nil {
		p.addText(n, ln.start+strings.Index(raw, t), ln.end)
		return
	}
	p.addText(p.deepest(), ln.start, ln.end)
}

// rangeDash reports a dash at a line start that goes on the sentence of
// the line before, which ended on a number, with a month or a number after
// it ("... covering November 2013" / "– May 2014. ..."): a range cut by the
// line end, not a bullet, unless a dash list is open.
func (p *parser) rangeDash(m *marker, raw string) bool {
	if m == nil || len(m.cands) != 1 || m.cands[0].style != styleBullet+"dash" || p.paraBreak || !unicode.IsDigit(p.prevEnd) {
		return false
	}
	rest := strings.TrimSpace(raw[m.end:])
	if _, month := monthNames[strings.ToLower(strings.TrimRight(firstWord(rest), ".,;:"))]; !month && !unicode.IsDigit(firstRune(rest)) {
		return false
	}
	for _, lv := range p.stack {
		if lv.style == m.cands[0].style {
			return false
		}
	}
	return true
}

// actionLead reports a line that ends with a colon and holds a cue of the
// action table ("The RCGM tasked the following parties with the actions
// listed under each of them:"): a lead-in, under the title above it.
func (p *parser) actionLead(t string) bool {
	return strings.HasSuffix(t, ":") && p.holdsActionCue(t)
}

// nextChapterPoint reports a marker that numbers on from the chapter
// heading of the open block ("V." after "IV. COORDINACIÓN ..." and its
// bullets): a point of the chapters' list, not a line of the last item.
func (p *parser) nextChapterPoint(m *marker) (candidate, bool) {
	b := p.cur
	if b.headAt == 0 || b.headAt > len(b.intro) || !bulletsOnly(b.roots) && !(restarting(b.roots) && b.roots[0].style != styleDotted) {
		return candidate{}, false // "III. NETWORKS" / "3.1 ...": a chapter its points print, no point
	}
	h := strings.TrimSpace(p.text[b.intro[b.headAt-1].start:b.intro[b.headAt-1].end])
	hm := parseMarker(h)
	if hm == nil || p.cueKind(h) != "" {
		return candidate{}, false // "III. ACUERDOS" / ... / "IV. SEGUIMIENTO ...": the report's own parts
	}
	for _, c := range m.cands {
		for _, hc := range hm.cands {
			if c.style == hc.style && c.value == hc.value+1 && !strings.HasPrefix(c.style, styleBullet) {
				return c, true
			}
		}
	}
	return candidate{}, false
}

// bulletWrap reports a bullet that a converter repeated on the wrapped
// line of the item above ("• To take note of the survey prepared by the
// TS," / "•  which covers nine of the eleven Member Countries."): the item
// did not end its sentence, and the line's text starts in lower case to
// the right of the item's.
func (p *parser) bulletWrap(m *marker, raw string) bool {
	if m == nil || len(m.cands) != 1 || !strings.HasPrefix(m.cands[0].style, styleBullet) || p.paraBreak || strings.ContainsRune(".:;", p.prevEnd) {
		return false
	}
	t := strings.TrimLeft(raw[m.end:], " \t")
	d := p.deepest()
	if !unicode.IsLower(firstRune(t)) || d == nil || d.style != m.cands[0].style || len(d.spans) == 0 {
		return false
	}
	at := d.spans[0].start
	at += len(p.text[at:]) - len(strings.TrimLeft(p.text[at:], " \t"))
	ls := strings.LastIndexByte(p.text[:at], '\n') + 1
	return utf8.RuneCountInString(raw[:len(raw)-len(t)]) > utf8.RuneCountInString(p.text[ls:at])
}

// wrappedNumber reports a number that a line end put at a line's start in
// mid-sentence ("... for the work done under agreements 1, 2 and" / "4."):
// the sentence's last word, no point, unless it is the first point, the
// next of an open numbered list or the next after the last numbered point
// ("B. Liaison Officer Networks" / "5. To endorse ...").
func (p *parser) wrappedNumber(m *marker) bool {
	if m == nil || len(m.cands) != 1 || m.cands[0].style != styleDec || p.paraBreak || !unicode.IsLower(p.prevEnd) && p.prevEnd != ',' {
		return false
	}
	if v := m.cands[0].value; v == 1 || v == p.lastDec+1 {
		return false
	}
	for _, lv := range p.stack {
		if lv.style == styleDec && m.cands[0].value == lv.last+1 {
			return false
		}
	}
	return true
}

// letterBullet reads a sub-bullet drawn as the letter "o" ("  o The TS
// will ..."), as word processors export a hollow bullet, when a bullet list
// is open or the line before ended with a lead-in's colon, and the line
// before ended a sentence or a lead-in.
func (p *parser) letterBullet(raw string) *marker {
	t := strings.TrimLeft(raw, " \t")
	if len(t) < 3 || t[0] != 'o' || t[1] != ' ' {
		return nil
	}
	underTitle := p.underTitle() && startsUpper(strings.TrimLeft(t[1:], " ")) // "1. National coordination mechanisms" / "   o Member States ..."
	if !strings.ContainsRune(".:;", p.prevEnd) && !(p.letterOAt(len(raw)-len(t)) && startsUpper(strings.TrimLeft(t[1:], " "))) && !underTitle {
		return nil // a sentence's "o"; but "Responsable: OIM  Plazo: ... 2016" / "o Los países ..." is the next bullet
	}
	// a small letter after it only in a list's context ("Plan: o the
	// activities ...; o the ..."), where "o" is no conjunction
	// "o    encornendar ...", "Miembros. / o encornendar ...": a bullet's gap, or
	// small letters no sentence opens with, at its list's indent
	sibling := (strings.HasPrefix(t[1:], "  ") || p.prevEnd == '.') && p.letterOAt(len(raw)-len(t))
	if !startsUpper(strings.TrimLeft(t[1:], " ")) && !sibling && (p.prevEnd == '.' || !unicode.IsLetter(firstRune(strings.TrimLeft(t[1:], " ")))) {
		return nil
	}
	open := p.prevEnd == ':' || underTitle // the first sub-bullet under a point's lead-in or title
	for _, lv := range p.stack {
		open = open || strings.HasPrefix(lv.style, styleBullet)
	}
	// "10. Agradecer ... la región." / "    o La RROCM se compromete ...": a
	// sub-bullet under a point whose sentence ended, indented or not (a
	// sentence's "o" never follows a full stop)
	open = open || p.prevEnd == '.' && startsUpper(strings.TrimLeft(t[1:], " ")) && p.deepest() != nil
	if !open {
		return nil
	}
	return letterO(raw, t)
}

// underTitle reports a line right after a numbered point whose text is a
// title: a few words that end no sentence ("1. National coordination
// mechanisms").
func (p *parser) underTitle() bool {
	d := p.deepest()
	if d == nil || d.style == stylePara || strings.HasPrefix(d.style, styleBullet) || !unicode.IsLetter(p.prevEnd) {
		return false
	}
	t := strings.TrimSpace(spansText(p.text, d.spans))
	return titleText(t) && !strings.Contains(t, ",")
}

// letterOAt reports an open letter-"o" bullet list whose bullets stand at
// indent.
func (p *parser) letterOAt(indent int) bool {
	for _, lv := range p.stack {
		if lv.style == styleBullet+"letter-o" && lv.node != nil && lv.node.indent == indent {
			return true
		}
	}
	return false
}

// letterO returns the letter-"o" bullet that opens raw, whose text from
// that letter on is t.
func letterO(raw, t string) *marker {
	start := len(raw) - len(t)
	end, alone, _ := afterMarker(raw, start+1)
	return &marker{cands: []candidate{{style: styleBullet + "letter-o"}}, start: start, end: end, alone: alone}
}

// inlineLetterBullet reads a letter-"o" sub-bullet inside a line whose
// breaks were lost ("Regarding X: o The TS will ... o Mexico offers ...").
func (p *parser) inlineLetterBullet(seg string, i int) *marker {
	before := strings.TrimRight(seg[:i], " \u00a0")
	if before == "" || !strings.ContainsRune(".:;", lastRune(before)) {
		return nil
	}
	saved := p.prevEnd
	p.prevEnd = lastRune(before)
	m := p.letterBullet(seg[i:])
	p.prevEnd = saved
	if m == nil {
		return nil
	}
	return &marker{cands: m.cands, end: m.end, bullet: true}
}

// isDebris reports page numbers, print stamps and running headers (a
// repeat of the first lines elsewhere than where they first stand).
func (p *parser) isDebris(t string, start int) bool {
	if len(t) <= 40 && isPageNumber(t) && !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ")") {
		return true
	}
	if stampLine(t) || len(t) < 120 && ruleLine(t) || speck(t) {
		return true
	}
	if !p.hasItems() && !p.leadOpen() {
		return false // a title line the running header repeats
	}
	q := squash(t)
	var buf [256]byte
	low := appendLower(buf[:0], q) // strings.ToLower(q), on the stack
	h := p.header[string(low)]
	return h > 0 && h != start+1 || len(p.repeated) > 0 && p.repeated[repeatKey(q)] || p.cutHeader(q, low)
}

// speck reports a line that holds only a mark or two a scanner left from a
// speck of dust ("~", "'", "`"), no bullet: it is no text.
func speck(t string) bool {
	return len(t) <= 2 && strings.Trim(t, "~'`´^¨\",.") == ""
}

// leadOpen reports whether the introduction so far ends with a lead-in's
// colon, a heading after it aside: the points come next, so the title
// lines are behind.
func (p *parser) leadOpen() bool {
	colon := func(k int) bool {
		return strings.HasSuffix(strings.TrimSpace(p.text[p.cur.intro[k].start:p.cur.intro[k].end]), ":")
	}
	n := len(p.cur.intro)
	if n > 1 && p.cur.headAt == n && !colon(n-1) {
		n-- // "se acordó:" / "I. INFORMES": a chapter heading under the lead-in
	}
	return n > 0 && colon(n-1)
}

// cutHeader reports a running header that repeats a long first line q (low
// in lower case) cut short at the page width ("DECLARACIÓN DE LA XIX
// REUNIÓN ... DE LA CONFER").
func (p *parser) cutHeader(q string, low []byte) bool {
	if len(q) < 40 {
		return false
	}
	for h := range p.header {
		if len(h) > len(low) && h[:len(low)] == string(low) {
			return true
		}
	}
	return false
}

// isSignOff reports a closing "Place, date." line.
func (p *parser) isSignOff(t string) bool {
	afterSentence := p.paraBreak || strings.ContainsRune(".;:", p.prevEnd)
	if !afterSentence && !startsUpper(t) {
		return false // a wrapped line inside a sentence ("adopted at ..., held in Panama in 1997.")
	}
	return matchSignOff(t) || afterSentence && placeDate(t)
}

// annexTitle reports a block that opens with an annex's heading and has no
// point yet ("ANEXO I" / "ACUERDOS DE LA RED ..." / "Santo Domingo, 13 de
// junio de 2023"): the place and date under it head the annex, they sign
// nothing off.
func (p *parser) annexTitle() bool {
	if len(p.cur.roots) > 0 || len(p.cur.intro) == 0 {
		return false
	}
	first := p.cur.intro[0]
	return isAnnexHeading(strings.TrimSpace(p.text[first.start:first.end]))
}

// signOff reports a closing "Place, date." line: "Sucre, 23rd November 2018".
func signOff(t string) bool {
	return matchSignOff(t) || placeDate(t)
}

// placeDate reports a short line of a place, a comma and a date, and nothing
// after but a note in brackets.
func placeDate(t string) bool {
	comma := strings.IndexByte(t, ',')
	if len(t) > 80 || comma < 0 || !startsUpper(t) || strings.HasSuffix(t, ":") || countFields(t[:comma], 5) > 4 || !strings.ContainsAny(t, "0123456789") && !yearInWords(t) {
		return false
	}
	ds := findDates(t)
	if len(ds) == 0 || ds[0].pos == 0 {
		return false // "June 30, 2005.": a date alone (a page break cut it from its sentence), no place
	}
	if strings.HasSuffix(strings.TrimSpace(t[:ds[0].pos]), ":") {
		return false // "Deadline: September 15, 2015.": a label's value, no place
	}
	rest := strings.TrimSpace(strings.Trim(t[ds[len(ds)-1].stop:], " ."))
	return rest == "" || strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")") && countFields(rest, 5) <= 4 // "(sesión virtual)"
}

// partiesListed reports a block whose introduction ends with the label of
// a list of who took part ("Member Countries" / "- Belize: ..."): its
// points are that list, so the observers' label after it goes on with it.
func (p *parser) partiesListed() bool {
	n := len(p.cur.intro)
	if n == 0 {
		return false
	}
	toks := wordTokens(strings.TrimSpace(p.spanText(p.cur.intro[n-1:])))
	e, j, ok := p.rules.participants.match(toks, 0)
	return ok && j == len(toks) && e.kind == "label"
}

// observerTitle reports a heading that is only the label of a list of
// observers ("Observer Countries", "Organismos observadores") after the
// points: the list of who took part, no point's text.
func (p *parser) observerTitle(t string) bool {
	if len(t) > 40 || strings.ContainsAny(t, ".:;,") {
		return false
	}
	toks := wordTokens(t)
	e, j, ok := p.rules.participants.match(toks, 0)
	return ok && j == len(toks) && e.kind == "label" && strings.Contains(fold(t), "observ")
}

// nextRoot reports a line whose marker numbers the point after the current
// block's last top-level point, when that point has points of its own and
// the line's title is an operative cue ("D. Next steps" after "C. Capacity
// building" and its bullets): a titled point of the list, no new lead-in.
func (p *parser) nextRoot(t string) bool {
	if p.cur == nil || len(p.cur.roots) == 0 {
		return false
	}
	last := p.cur.roots[len(p.cur.roots)-1]
	m := parseMarker(t)
	if m == nil || m.alone || len(last.children) == 0 || p.cueKind(t[m.end:]) != "operative" {
		return false
	}
	return p.rootGoesOn(t)
}

// rootGoesOn reports a line whose marker numbers on the last top-level
// point ("8. ..." / "Closing" / "9. We thank ..."): the heading over it
// ends no operative part.
func (p *parser) rootGoesOn(t string) bool {
	if p.cur == nil || len(p.cur.roots) == 0 {
		return false
	}
	last := p.cur.roots[len(p.cur.roots)-1]
	m := parseMarker(t)
	return m != nil && hasCand(m, last.style, last.value+1)
}

// pointGoesOn reports a line after a closing title that numbers on the
// last point and decides ("Closing" / "9. We thank the Government of Sri
// Lanka ..."), not "9. The Chair closed the meeting at 16:00".
func (p *parser) pointGoesOn(t string) bool {
	m := parseMarker(t)
	return m != nil && p.rootGoesOn(t) && !p.closingPara(strings.TrimSpace(t[m.end:]))
}

// headingAt reports whether line i, whose text is t, is a section heading
// and which cue it carries; a line that goes on the sentence of the one
// before (continuation) is none, and is not read.
func (p *parser) headingAt(lines []line, i int, t string, continuation bool) (string, bool) {
	if continuation {
		return "", false
	}
	if p.nextRoot(t) || strings.HasSuffix(t, ":") && p.titleOnly(p.deepest()) {
		return "", false // "Decision 2 - Technical Secretariat" / "The RCGM:": the point's lead-in
	}
	if d := p.deepest(); d != nil && d.cand.named && len(d.children) == 0 && parseMarker(t) == nil {
		if kind := p.cueKind(t); kind == "preamble" || kind == "operative" && strings.HasSuffix(t, ":") {
			return "", false // "RESOLUCIÓN CRM-XX-01" / "CONSIDERANDO ...," / "RESUELVE:": the labelled decision's own preamble and lead-in
		}
	}
	if p.letteredTitle(lines, i, t) {
		return p.cueKind(t), true // "A. Presidency Pro Tempore and Technical Secretariat" / "1. To take note ...": a chapter, as in capitals
	}
	kind, ok := p.heading(t, func() string { return p.headingNext(lines, i, t) })
	if kind == "end" && annexWord(firstWord(t)) && planAnnex(p.text, lines[i].start, p.rules) {
		return "operative", true // "ANNEX" / "PLAN OF ACTION ...": the plan the meeting adopted, its items agreements
	}
	return kind, ok
}

// belowTitle reports a line right under a heading that ends the
// introduction, before any point, after a blank line.
func (p *parser) belowTitle() bool {
	return p.paraBreak && p.deepest() == nil && len(p.cur.intro) > 0 && p.cur.headAt == len(p.cur.intro)
}

// titleOnly reports a point labelled with a word whose own text is a
// title so far ("Decision RCGM/2013/02 - Technical Secretariat"): its
// text is still to come.
func (p *parser) titleOnly(d *node) bool {
	if d == nil || !d.cand.named || len(d.children) > 0 {
		return false
	}
	return titleText(strings.TrimSpace(p.spanText(d.spans)))
}

// titleText reports a short text with no sentence end, as a title is.
func titleText(s string) bool {
	return s != "" && !strings.ContainsAny(s, ".;:") && countFields(s, 13) <= 12
}

// heading reports whether t is a section heading and which cue it carries;
// the line it stands over (nextLine) is read only for a short unmarked
// line, the only heading it may decide.
func (p *parser) heading(t string, nextLine func() string) (string, bool) {
	body := t
	if m := parseMarker(t); m != nil {
		if strings.HasSuffix(t, ":") && (p.nextPoint(m) || p.paragraphGoesOn(m, t) || p.subPointGoesOn(m)) {
			return "", false // "2. Ministers agreed that:" after point 1 of the operative list: a point over its sub-points
		}
		if strings.HasSuffix(t, ":") && p.nextTop(m) && p.cueKind(t[m.end:]) == "operative" {
			return "", false // "4. THE VICE-MINISTERS AGREED TO :" after paragraphs 1-3 of a communiqué: its next paragraph, over its list
		}
		if m.start < len(t) && pointWordAt(t[m.start:]) {
			return "", false // "Decision RCGM/2013/01 - Agenda": a labelled point, its title
		}
		body = strings.TrimSpace(t[m.end:])
		n := countFields(body, 25)
		if n == 0 || n > 24 || n > 16 && !(capsTitle(body) && m.cands[0].style == styleURoman) {
			return "", false // up to 24 words in a roman chapter's title in capitals that a re-wrap joined ("IV. COORDINACIÓN CON LA COALICIÓN REGIONAL ... Y EL TRÁFICO ILÍCITO DE MIGRANTES (CORETT)")
		}
		var buf [16]string
		words := appendFields(buf[:0], body) // n fields, on the stack
		if n > 8 && (!capsTitle(body) || p.subPointGoesOn(m)) {
			return "", false // a long marked line is a point, unless a title in capitals that opens no next sub-point ("B) LOS PAISES PARTICIPANTES REMITIRAN ..." after "A)")
		}
		if p.clauseOpening(body, words) {
			return "", false // "1. Approve the agenda.": a clause, whatever cue it holds
		}
		if p.prevEnd == ':' && strings.ContainsRune(".;", lastRune(body)) && len(words) >= 4 {
			return "", false // "AL RESPECTO:" / "A) HONDURAS SE OFRECE COMO PAIS SEDE DEL SEMINARIO.": a sentence under a lead-in
		}
		if kind, whole := p.cueLine(body); whole {
			return kind, true
		}
		// "(b) UNHCR" / "and IOM are requested ...": a point whose sentence
		// goes on in small letters, no title
		return "", upperFields(body) && len(words) >= 1 && len([]rune(body)) > 3 && !startsLower(nextLine())
	}
	if isAnnexHeading(t) && (upperFields(t) || !strings.ContainsAny(t, ".;")) || annexWord(firstWord(t)) && isUpperWord(firstWord(t)) {
		return "end", true // "ANNEX I — LIST OF PARTICIPATING STATES AND ORGANISATIONS", also with the list run on
	}
	if sessionTitle(t, p.rules) {
		return "", true // "PUNTO SEGUNDO: Lectura y aprobación del acta de la LII Reunión Ordinaria": an agenda item's title over its narrative
	}
	if n := countFields(t, 11); n == 0 || n > 10 || p.labelLine(t) {
		return "", false // "Deadline: 31 July 2023" over the next point: its point's label, no heading
	}
	var buf [10]string
	words := appendFields(buf[:0], t)         // n fields, on the stack
	last, _ := utf8.DecodeLastRuneInString(t) // t has a field
	if strings.ContainsRune(".,;", last) {
		return "", false
	}
	if kind, whole := p.cueLine(body); whole && startsUpper(body) {
		return kind, true
	}
	next := nextLine()
	nextMarked := next != "" && parseMarker(next) != nil
	if upperFields(t) && len([]rune(t)) > 3 {
		return p.cueKind(body), nextMarked || p.paraBreak && p.actionLead(next) // "FOLLOW-UP ACTIONS" / "The RCGM tasked the following parties ...:"
	}
	// a topic heading in title or sentence case ("Asistencia a víctimas")
	if len(words) <= 6 && (titleCase(words) || startsUpper(t) && last != ':') && nextMarked && !p.verbLeadIn(t) {
		return p.cueKind(body), true
	}
	// a longer title set apart over a list it restarts ("Instructions to the
	// Regional Consultation Group on Migration" / "1. To instruct ...")
	if nextMarked && p.paraBreak && titleCase(words) && last != ':' && p.restartsOpen(parseMarker(next)) && !p.verbLeadIn(t) {
		return p.cueKind(body), true
	}
	return "", p.partyHeading(t, words, next) // headings.go
}

// letteredTitle reports a title of up to eight words with a capital letter
// as its marker and no sentence end, over numbered points whose numbers go
// on across the next such title ("A. Presidency Pro Tempore" / "1." ...
// "4." / "B. Liaison Officer Networks" / "5."): a chapter, its points
// numbered as printed. Where each title restarts at 1, the titles are
// points over their sub-points.
func (p *parser) letteredTitle(lines []line, i int, t string) bool {
	m := parseMarker(t)
	if m == nil || m.cands[0].style != styleUAlpha || m.alone {
		return false
	}
	body := strings.TrimSpace(t[m.end:])
	if countFields(body, 9) > 8 || !startsUpper(body) || strings.ContainsRune(".,;:", lastRune(body)) {
		return false
	}
	next, j := p.pointAfter(lines, i)
	nm := parseMarker(next)
	if nm == nil || nm.cands[0].style != styleDec {
		return false
	}
	if nm.cands[0].value != 1 {
		return true
	}
	for ; j >= 0 && j < len(lines); j++ {
		lm := parseMarker(strings.TrimSpace(p.text[lines[j].start:lines[j].end]))
		if lm == nil || lm.cands[0].style != styleUAlpha || lm.cands[0].value != m.cands[0].value+1 {
			continue
		}
		t, _ := p.pointAfter(lines, j)
		after := parseMarker(t)
		return after != nil && after.cands[0].style == styleDec && after.cands[0].value != 1
	}
	return false
}

// pointAfter returns the line after line i, or the one after a short
// lead-in that follows it ("C. Tasks for 2008" / "The RCGM entrusted the
// following tasks:" / "5. Prepare ..."), and its index.
func (p *parser) pointAfter(lines []line, i int) (string, int) {
	next, j := p.nextLine(lines, i)
	if parseMarker(next) != nil {
		return next, j
	}
	for k := j; k >= 0 && k < len(lines) && k < j+3; k++ {
		t := strings.TrimSpace(p.text[lines[k].start:lines[k].end])
		if t == "" || parseMarker(t) != nil {
			break
		}
		if strings.HasSuffix(t, ":") {
			return p.nextLine(lines, k)
		}
	}
	return next, j
}

// clauseOpening reports a marked line that opens with a verb of the action
// table ("Approve the agenda.", "Aprobar la agenda", in capitals only when
// it ends a sentence or runs past eight words: "APROBAR EL PLAN."): the
// clause of a point, not a section title.
func (p *parser) clauseOpening(body string, words []string) bool {
	if upperFields(body) && !strings.ContainsRune(".;", lastRune(body)) && len(words) <= 8 {
		return false // "APROBACIÓN DE LA AGENDA", not "APROBAR EL PLAN DE ACCIÓN REGIONAL." nor a longer line the clause goes on from
	}
	toks := wordTokens(body)
	if len(toks) < 2 {
		return false
	}
	e, _, ok := p.rules.actions.match(toks, 0)
	return ok && e.kind == "verb"
}

// capsTitle reports whether body is a title in capitals with no sentence
// end ("INFORMES DE LA PRESIDENCIA PRO TEMPORE Y DE LA SECRETARÍA TÉCNICA").
func capsTitle(body string) bool {
	last, _ := utf8.DecodeLastRuneInString(body)
	return !strings.ContainsRune(".;:,", last) && upperFields(body)
}

// cueLine reports whether the line is (almost) only a structure cue.
func (p *parser) cueLine(t string) (string, bool) {
	if k, ok := p.cueLineAs(t); ok {
		return k, ok
	}
	for _, v := range []string{ocrWords(t), ocrMerged(ocrWords(t))} {
		if v != t {
			if k, ok := p.cueLineAs(v); ok {
				return k, ok // a heading damaged by OCR ("C0MPR0MIS0S") (ocrwords.go)
			}
		}
	}
	return "", false
}

// cueLineAs reports whether the line, as written, is (almost) only a structure cue.
func (p *parser) cueLineAs(t string) (string, bool) { return lineCue(t, p.rules) }

// lineCue reports whether the line t is (almost) only a structure cue of
// kind operative, preamble or end, and which.
func lineCue(t string, r *rules) (string, bool) {
	if !foldedHolds(t, r.structure.phrases("operative", "preamble", "end")) {
		return "", false // no such cue in the line
	}
	toks := wordTokens(t)
	if len(toks) == 0 || len(toks) > 5 {
		return "", false
	}
	for i := range toks {
		if e, j, ok := r.structure.match(toks, i); ok && (e.kind == "operative" || e.kind == "preamble" || e.kind == "end") {
			if j-i >= len(toks)-2 {
				return e.kind, true
			}
		}
	}
	return "", false
}

// cueKind returns the kind of the last structure cue in t.
func (p *parser) cueKind(t string) string {
	if k := p.cueKindAs(t); k != "" {
		return k
	}
	if v := ocrWords(t); v != t && len(t) < 200 {
		return p.cueKindAs(v) // a heading damaged by OCR (ocrwords.go)
	}
	return ""
}

// cueKindAs returns the kind of the last structure cue in t as written.
func (p *parser) cueKindAs(t string) string { return cueKindOf(t, p.rules) }

// cueKindOf returns the kind (operative, preamble or end) of the last
// structure cue in t as written, or "" (cuekindmemo.go).
func cueKindOf(t string, r *rules) string { return memoCueKind(t, r) }

// cueKindOf1 is cueKindOf without the memo.
func cueKindOf1(t string, r *rules) string {
	if strings.Contains(t, "-\n") {
		t = strings.ReplaceAll(t, "-\n", "- ") // "el estado de cumplimie-" / "nto de los acuerdos": one word
	}
	t = unhyphen(t)
	if !foldedHolds(t, r.structure.phrases("operative", "preamble", "end")) {
		return "" // no such cue in the line
	}
	toks, done := scratchWords(t)
	defer done()
	kind, subject := "", false // subject: a preamble's noun opens the sentence as its subject ("La agenda ...")
	for i := 0; i < len(toks); i++ {
		if e, j, ok := r.structure.match(toks, i); ok && (e.kind == "operative" || e.kind == "preamble" || e.kind == "end") {
			if subject && e.kind == "operative" {
				continue // "La agenda aprobada comprendió los siguientes puntos:": the agenda's items
			}
			subject = e.kind == "preamble" && i == 1 && isArticle(toks[0].fold) && j < len(toks) && toks[j].word && toks[j].fold != "y" && toks[j].fold != "and"
			if kind == "operative" && e.kind != kind && complementAt(toks, i) {
				continue // "... reached the following conclusions, arranged by chapter of the agenda:"
			}
			if e.kind == "operative" && e.lang == "en" && len(e.words) == 1 && modifiedNoun(toks, i) {
				continue // "Participants discussed bilateral labour agreements": no part of the report
			}
			if e.kind == "preamble" {
				talked := talkedOf(t, toks, i, j, e)
				i = j - 1 // "Review of the agreements ...": the words of a preamble's cue cue nothing else
				if talked {
					continue // "... presented the draft agenda ...", "presentó el estado de los acuerdos": no part of the report
				}
			}
			kind = e.kind
		}
	}
	return kind
}

// talkedOf reports a preamble cue from toks[i] to toks[j] that names a
// thing in the middle of a sentence ("the draft agenda", "aprobó el orden
// del día"): in lower case after a word in lower case, with no colon after
// it ("followed this agenda:" leads in a list), and no gerund ("recalling",
// "teniendo en cuenta"), which opens a preamble's clause wherever it stands.
func talkedOf(t string, toks []token, i, j int, e cueEntry) bool {
	if narratedSubject(t, toks, i, j) {
		return true // "The agenda was read out and no changes were made."
	}
	if i == 0 || !toks[i-1].word || !unicode.IsLower(firstRune(toks[i].text)) || !unicode.IsLower(firstRune(toks[i-1].text)) {
		return false
	}
	if k := skipSpace(t, toks[j-1].end); k < len(t) && t[k] == ':' {
		return false
	}
	if articleWord(toks[i-1].fold) {
		return true // "at the opening session": a noun after its article, no gerund
	}
	w := e.words[0]
	return !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ando") && !strings.HasSuffix(w, "endo") && w != "whereas" && !strings.HasPrefix(w, "considerando")
}

// narratedSubject reports a preamble's noun from toks[i] to toks[j] as the
// subject of a sentence in the past ("The agenda was read out ...", "La
// agenda fue aprobada sin cambios."): what happened, unless the sentence
// leads in a list with a colon ("The agenda was adopted as follows:").
func narratedSubject(t string, toks []token, i, j int) bool {
	if i == 0 || !articleWord(toks[i-1].fold) || !unicode.IsLower(firstRune(toks[i].text)) || j >= len(toks) {
		return false
	}
	if i >= 2 && !strings.Contains(t[toks[i-2].end:toks[i-1].start], ".") {
		return false // not the sentence's first words
	}
	switch toks[j].fold {
	case "was", "were", "fue", "fueron":
	default:
		return false
	}
	rest := t[toks[j].end:]
	if k := strings.IndexByte(rest, '.'); k >= 0 {
		rest = rest[:k]
	}
	return !strings.Contains(rest, ":")
}

// modifiedNoun reports an English plural noun of the operative part ("agreements",
// "recommendations") after a word that describes it ("bilateral labour
// agreements"), both in lower case: a thing talked of, no part of the
// report.
func modifiedNoun(toks []token, i int) bool {
	if i == 0 || !strings.HasSuffix(toks[i].fold, "s") || !unicode.IsLower(firstRune(toks[i].text)) || !toks[i-1].word || !unicode.IsLower(firstRune(toks[i-1].text)) {
		return false
	}
	switch toks[i-1].fold {
	case "the", "these", "those", "following", "its", "their", "our", "of", "on", "and", "with", "to", "adopted", "reached", "approved", "made":
		return false
	}
	return !determiners[toks[i-1].fold]
}

// complementAt reports a word that completes a noun before it ("of the
// agenda", "de la agenda", "del temario"), and so names no section.
func complementAt(toks []token, i int) bool {
	k := i - 1
	if k >= 1 && determiners[toks[k].fold] {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k].fold {
	case "of", "de", "del", "to", "in", "en", "a", "al":
		return true
	}
	return false
}

// wordTokens tokenizes t and keeps only words.
func wordTokens(t string) []token { return tokenizeWords(t) }

// titleCase reports whether every long word starts with a capital.
func titleCase(words []string) bool {
	for _, w := range words {
		if len([]rune(w)) > 3 && !startsUpper(w) {
			return false
		}
	}
	return true
}

// hasItems reports whether any point has been found yet.
func (p *parser) hasItems() bool {
	for _, b := range p.blocks {
		if len(b.roots) > 0 {
			return true
		}
	}
	return false
}

// nextPoint reports a marker that numbers the next top-level point of an
// operative list already under way.
func (p *parser) nextPoint(m *marker) bool {
	return p.inOperative() && p.nextTop(m)
}

// nextTop reports a marker that goes on the numbering of the block's top
// level.
func (p *parser) nextTop(m *marker) bool {
	if len(p.stack) == 0 || len(p.cur.roots) == 0 {
		return false
	}
	top := p.stack[0]
	for _, c := range m.cands {
		if c.style == top.style && c.value == top.last+1 {
			return true
		}
	}
	return false
}

// subPointGoesOn reports a marker that goes on a list of sub-points open
// under a point ("2. Survey" / "• ILO offered ..." / "• Member States
// undertook to:"): a sub-point over a list of its own, no heading.
func (p *parser) subPointGoesOn(m *marker) bool {
	for _, lv := range p.stack[min(1, len(p.stack)):] {
		for _, c := range m.cands {
			if c.style == lv.style && (strings.HasPrefix(c.style, styleBullet) || c.value == lv.last+1) {
				return true
			}
		}
	}
	return false
}

// reFootnoteMark matches the mark that opens a footnote: "(1)", "1 ", "*", "¹".
var reFootnoteMark = regexp.MustCompile(`^\s*(?:\(\d{1,2}\)|\d{1,2}\s|\*|[¹²³])`)

// newBlock starts a new block; numbering may restart under it.
func (p *parser) newBlock() {
	if len(p.stack) > 0 {
		p.lastTop = p.stack[0].node
	}
	p.cur = &block{}
	p.blocks = append(p.blocks, p.cur)
	p.stack = nil
}

// deepest is the innermost open point, or nil.
func (p *parser) deepest() *node {
	if len(p.stack) == 0 {
		return nil
	}
	return p.stack[len(p.stack)-1].node
}

// choice is one way to place a marker in the open levels.
type choice struct {
	cand    candidate
	level   int // index of the existing level, or len(stack) for a new one
	score   int
	restart bool
}

// place fits a marker into the open list levels and creates its node, or
// returns nil when the marker does not continue any list (then it is text).
func (p *parser) place(m *marker, inline bool, at, indent int) *node {
	if !inline {
		p.sameBullet(m, indent)
	}
	var best *choice
	for _, c := range m.cands {
		ch := p.choose(c, inline)
		if ch != nil && (best == nil || ch.score > best.score || (ch.score == best.score && ch.level > best.level)) {
			best = ch
		}
	}
	if best == nil {
		return nil
	}
	if best.restart {
		p.restart(best)
	} else if !inline && (best.level == len(p.stack) && best.level > 0 || best.level == 0 && len(p.stack) > 0) {
		if at, ok := p.headedLeadIn(p.deepest()); ok && best.level > 0 {
			p.breakAtLeadIn(p.deepest(), at, false) // a new list under its own heading and lead-in (choice.go)
			best.level = 0
		} else if at, ok := p.outdentedLeadIn(p.deepest(), indent); ok && best.level > 0 {
			p.breakAtLeadIn(p.deepest(), at, false) // a lead-in set left of the list above it (choice.go)
			best.level = 0
		} else if at, ok := p.subjectLeadIn(p.deepest()); ok && best.level <= 1 {
			p.breakAtLeadIn(p.deepest(), at, false) // a new list under its own lead-in (choice.go)
			best.level = 0
		} else if at, ok := p.leadInBreak(best.cand, best.level == 0); ok {
			p.breakAtLeadIn(p.deepest(), at, true) // the operative list after narrative sections (choice.go)
			best.level = 0
		}
	}
	n := &node{cand: best.cand, style: best.cand.style, markStart: at, indent: indent, paraAt: -1}
	if best.level < len(p.stack) {
		lv := p.stack[best.level]
		n.value = best.cand.value
		if strings.HasPrefix(n.style, styleBullet) || n.style == stylePara {
			n.value = lv.last + 1
		}
		lv.last, lv.node = n.value, n
		p.stack = p.stack[:best.level+1]
	} else {
		n.value = best.cand.value
		if strings.HasPrefix(n.style, styleBullet) || n.style == stylePara {
			n.value = 1
			if p.continuesTopics(best.level, n.style) {
				n.value = p.lastTop.value + 1
			}
		}
		p.stack = append(p.stack, &level{style: n.style, last: n.value, node: n})
	}
	if best.level > 0 {
		n.parent = p.stack[best.level-1].node
		n.parent.children = append(n.parent.children, n)
	} else {
		p.cur.roots = append(p.cur.roots, n)
	}
	if n.style == styleDec {
		p.lastDec = n.value
	}
	return n
}

// continuesTopics reports whether unnumbered top-level points go on counting
// from the previous block: a topic heading with no structure cue
// ("Seminarios y talleres", "Logros") groups points of the same list.
func (p *parser) continuesTopics(level int, style string) bool {
	if level != 0 || len(p.stack) != 0 || p.lastTop == nil || p.lastTop.style != style || len(p.cur.roots) != 0 {
		return false
	}
	return len(p.cur.intro) <= 2 && p.cueKind(p.spanText(p.cur.intro)) == ""
}

// subGlyph marks the style of bullets drawn with the glyph of the list
// above them but indented deeper under its point's colon: a level of their
// own.
const subGlyph = "+sub"

// sameBullet reads a bullet at the indent of an open bullet level as that
// level's bullet: OCR renders one glyph as "+" once and "*" after. A glyph
// that an open level already uses keeps its level, and a distinct glyph
// ("◦", "▪", "-", a letter "o") after a point that ends with a colon opens
// its sub-points, whatever the indent lost in the text; the same glyph
// indented deeper under such a point opens them too.
func (p *parser) sameBullet(m *marker, indent int) {
	if len(m.cands) != 1 || !strings.HasPrefix(m.cands[0].style, styleBullet) || m.cands[0].style == styleBullet+"letter-o" {
		return // a letter "o" is a glyph of its own, not OCR of a round bullet
	}
	style := m.cands[0].style
	for k := len(p.stack) - 1; k >= 0; k-- {
		if lv := p.stack[k]; lv.style == style+subGlyph && lv.node.indent == indent {
			m.cands[0].style = lv.style // the next sub-point of the same glyph
			return
		}
	}
	if d := p.deepest(); d != nil && d.style == style && indent > d.indent && strings.HasSuffix(strings.TrimSpace(p.spanText(d.spans)), ":") {
		m.cands[0].style = style + subGlyph // "- En materia de ...:" then "  - Recomendar ...": deeper, the same glyph
		return
	}
	for _, lv := range p.stack {
		if lv.style == style {
			return
		}
	}
	if d := p.deepest(); d != nil && !ocrGlyph(style) && strings.HasSuffix(strings.TrimSpace(p.spanText(d.spans)), ":") {
		return
	}
	if style == styleBullet+"dash" {
		return // a dash is no OCR of a round bullet: after another glyph it opens sub-points, indent lost or not
	}
	for k := len(p.stack) - 1; k >= 0; k-- {
		lv := p.stack[k]
		if strings.HasPrefix(lv.style, styleBullet) && lv.style != styleBullet+"letter-o" && lv.node.indent == indent {
			m.cands[0].style = lv.style
			return
		}
	}
}

// ocrGlyph reports a bullet style that OCR makes of a round bullet.
func ocrGlyph(style string) bool { return style == styleBullet+"sym" || style == styleBullet+"star" }

// restart handles a top-level "1." after a list: a new list when a
// paragraph since the last point introduces one ("Los Viceministros
// acordaron:"), else the same list, split by a layout accident, whose
// numbering goes on (1-4, 1, 1-7 printed for 1-12).
func (p *parser) restart(best *choice) {
	if d := p.deepest(); d != nil && d.paraAt >= 0 {
		t := p.spanText(d.spans[d.paraAt:])
		if k := p.cueKind(t); k == "operative" || k == "preamble" || strings.HasSuffix(strings.TrimSpace(t), ":") && namesAction(t, p.rules) {
			p.introduceFrom(d) // "Los Viceministros acordaron:", "We instruct the RCGM to:"
			best.level = 0
			return
		}
	}
	if p.restartAtLeadIn() { // choice.go
		best.level = 0
		return
	}
	best.restart = false
	best.level = 0
	if p.afterTopicHead() {
		return // "Data and cooperation" / "1. ...": numbers repeat under topic headings
	}
	if best.cand.style == styleDec {
		best.cand.value = p.stack[0].last + 1
		best.cand.label = strconv.Itoa(best.cand.value)
		p.stack[0].offset = best.cand.value - 1
	}
}

// afterTopicHead reports a topic heading read since the last point.
func (p *parser) afterTopicHead() bool {
	d, k := p.deepest(), len(p.cur.topicHeads)
	return d != nil && k > 0 && p.cur.topicHeads[k-1].start > d.markStart
}

// introduceFrom moves the paragraphs that followed point d's own text into
// the introduction of a new block: they introduce the list that comes next.
func (p *parser) introduceFrom(d *node) {
	moved := append([]span(nil), d.spans[d.paraAt:]...)
	d.spans = d.spans[:d.paraAt]
	p.newBlock()
	p.cur.intro = moved
}

// printedNumber is the whole number a dotted point prints ("1.3" for the
// third point under "1."), or its label.
func printedNumber(c candidate) string {
	if c.style != styleDotted || c.parent == "" || strings.HasPrefix(c.label, c.parent+".") {
		return c.label
	}
	return c.parent + "." + c.label
}

// choose scores one reading of a marker against the open levels.
func (p *parser) choose(c candidate, inline bool) *choice {
	bullet := strings.HasPrefix(c.style, styleBullet) || c.style == stylePara
	for k := len(p.stack) - 1; k >= 0; k-- {
		lv := p.stack[k]
		if lv.style != c.style || c.named && !lv.node.cand.named || lv.node.cand.named && !c.named && c.value == 1 {
			continue // "ACUERDO No. 4:" / "1- Encomendar ...": the numbers under a labelled point are its own
		}
		if c.style == styleDotted {
			if k == 0 && strings.HasPrefix(lv.node.cand.label, c.parent+".") {
				c.label = c.parent + "." + c.label // top-level "1.1", "1.2", ...
			} else if k == 0 || printedNumber(p.stack[k-1].node.cand) != c.parent {
				continue
			}
		}
		printed := c.value
		if lv.offset != 0 && c.style == styleDec && printed != 1 {
			c.value += lv.offset
			c.label = strconv.Itoa(c.value)
		}
		switch {
		case bullet:
			if inline {
				return nil
			}
			return &choice{cand: c, level: k, score: 3}
		case c.value == lv.last+1 || c.named && c.value > lv.last && !inline:
			return &choice{cand: c, level: k, score: 3}
		case !inline && c.value > lv.last && c.value <= lv.last+3:
			return &choice{cand: c, level: k, score: 2}
		case !inline && printed == 1 && k == 0:
			return &choice{cand: c, level: 0, score: 1, restart: true}
		}
		return nil
	}
	if inline && bullet {
		return nil
	}
	if c.style == styleDotted {
		for k := len(p.stack) - 1; k >= 0; k-- {
			if printedNumber(p.stack[k].node.cand) == c.parent && c.value <= 2 {
				if !inline || c.value == 1 {
					return &choice{cand: c, level: k + 1, score: 2}
				}
			}
		}
		if len(p.stack) == 0 && !inline && c.value <= 2 {
			// "1.1", "1.2" with no "1." printed: top-level points numbered so
			c.label = c.parent + "." + c.label
			return &choice{cand: c, level: 0, score: 1}
		}
		return nil
	}
	first := c.value == 1 || bullet || c.named && len(p.stack) == 0 || (!inline && c.value == 2 && (c.style == styleLAlpha || c.style == styleUAlpha) && len(p.stack) > 0)
	if !first && len(p.stack) == 0 && p.lastTop != nil && p.lastTop.style == c.style && c.value == p.lastTop.value+1 && !inline {
		return &choice{cand: c, level: 0, score: 1}
	}
	if !first {
		return nil
	}
	if len(p.stack) > 0 && c.style == p.stack[0].style && p.stack[0].node.cand.named == c.named {
		return nil
	}
	score := 1
	if c.style == styleLRoman || c.style == styleURoman {
		score = 2 // a lone "i." opens a roman list rather than an alphabetic one
	}
	return &choice{cand: c, level: len(p.stack), score: score}
}

// listedNames reports a line of a list of names: in columns (raw as
// written, t trimmed), or run together by a re-wrap (namesRun,
// namesCells).
func listedNames(t, raw string) bool {
	if strings.Contains(t, "\t") || strings.Contains(t, "  ") {
		return isColumnList(raw) || namesCells(t)
	}
	return namesRun(t)
}

// namesRun reports a line of names only, in title case with no sentence
// end ("Belgium Mali Burkina Faso Mauritania"): a list whose columns a
// re-wrap ran together.
func namesRun(t string) bool {
	return len(strings.Fields(t)) >= 3 && titleWords(t)
}

// namesCells reports a line that opens with at least two cells of names
// set in columns, whatever its last cell holds: columns whose line breaks
// were lost ran on into the text after them ("Belgium      Mali Burkina
// Faso      Mauritania ... Spain together with the European Commission").
func namesCells(t string) bool {
	cells := reCellGap.Split(t, -1)
	if len(cells) < 3 {
		return false
	}
	for _, c := range cells[:len(cells)-1] {
		if !titleWords(c) {
			return false
		}
	}
	return true
}

// titleWords reports a name or names in title case (titleCase: "Bosnia
// and Herzegovina"), with no sentence end.
func titleWords(t string) bool {
	return !strings.ContainsAny(t, ".;:") && titleCase(strings.Fields(t))
}

// paraItem starts an unnumbered point: a paragraph in a list of agreements
// introduced by a lead-in that ends with a colon.
func (p *parser) paraItem(t string, ln line) *node {
	if !startsUpper(t) {
		return nil
	}
	// a blank line after a word or a comma cuts a sentence (a page break, OCR)
	midSentence := (unicode.IsLower(p.prevEnd) || p.prevEnd == ',' || p.pageBreak && unicode.IsLetter(p.prevEnd)) && !p.afterNameItem(t, ln.indent) && !p.belowTitle() // "... en la VII" / furniture / "Conferencia."; not "• Labour market analysis: Nepal", nor "Conclusions" / "The RCP took note ..."
	newPara := p.paraBreak && !midSentence || p.prevEnd == '.' || p.prevEnd == ';' || p.prevEnd == ':' ||
		p.prevEnd == ')' && capsVerbOpening(t, p.rules) // "... (Responsable: ST. Plazo: antes de finalizar 2014.)" / "RECOMENDAR al GRCM ..."
	if !newPara && (p.prevEnd == 'y' || p.prevEnd == 'e' || p.prevEnd == 'd') {
		newPara = conjAfterStop(p.text[max(0, ln.start-200):ln.start]) && capsVerbOpening(t, p.rules) // "...; y" / "AGRADECER al pueblo ..."
	}
	if !newPara {
		return nil
	}
	if p.leadAfterNarrative() { // leadpara.go
		p.narrativeToIntro()
	}
	d := p.deepest()
	switch {
	case d == nil:
		n := len(p.cur.intro)
		if p.cur.topics && p.cueKind(t) != "operative" && (strings.HasSuffix(t, ":") || paragraphForm(t, p.rules)) {
			// the first paragraph under a topic heading in capitals ("RECOMMENDATIONS" /
			// "LABOUR MIGRATION" / "Member States are encouraged to:"), no lead-in
			break
		}
		if last := strings.TrimSpace(p.spanText(p.cur.intro[max(0, n-1):])); n >= 2 && p.cur.headAt == n && !strings.HasSuffix(last, ":") && p.cueKind(last) == "operative" {
			n-- // "... adopted the following conclusions:" / "Conclusions" / "The RCP took note ...": the lead-in over its part's title
		}
		if n == 0 || !strings.HasSuffix(strings.TrimSpace(p.spanText(p.cur.intro[n-1:n])), ":") ||
			p.cueKind(p.spanText(p.cur.intro[max(0, n-3):n])) != "operative" {
			return nil
		}
	case d.style == stylePara:
		if ln.indent < d.indent {
			return nil
		}
	default:
		own := strings.TrimSpace(p.spanText(d.spans))
		if !strings.HasSuffix(own, ":") {
			if p.resumesParagraphs(t, ln.indent) { // choice.go
				break
			}
			return nil
		}
		if listedNames(t, p.text[ln.start:ln.end]) && participationLead(p.rules, own) {
			return nil // "2. The meeting was attended by ... the following states:" / the states in columns or run together: its own text
		}
		if d.paraAt >= 0 && p.cueKind(p.spanText(d.spans[d.paraAt:])) == "operative" {
			// "Asimismo, los Viceministros acordaron:" after the last point
			// introduces a new list of unnumbered agreements
			p.introduceFrom(d)
			break
		}
		if at, ok := p.leadInBreak(candidate{style: stylePara}, false); ok {
			p.breakAtLeadIn(d, at, true) // no blank line before the lead-in (choice.go)
			break
		}
		if ln.indent <= d.indent && (p.prevEnd != ':' || d.style != styleDec) {
			return nil // a numbered point's lead-in may hold unindented paragraphs
		}
	}
	return p.place(&marker{cands: []candidate{{style: stylePara}}}, false, ln.start, ln.indent)
}

// addText appends text[s:e] to n (or to the intro when n is nil), splitting
// off points that are numbered inline ("... 2. Adoptar ...").
func (p *parser) addText(n *node, s, e int) {
	for {
		at, m := p.nextInline(s, e, n)
		if m == nil {
			break
		}
		nn := p.place(m, !m.bullet, at, 0)
		if nn == nil {
			break
		}
		p.appendSpan(n, s, at)
		n, s = nn, at+m.end
	}
	p.appendSpan(n, s, e)
}

// appendSpan adds a text range to a node or to the intro.
func (p *parser) appendSpan(n *node, s, e int) {
	if strings.TrimSpace(p.text[s:e]) == "" {
		return
	}
	if n == nil {
		p.cur.intro = append(p.cur.intro, span{s, e})
		return
	}
	// a lead-in on a line of its own after a sentence's end is a paragraph
	// where blank lines were lost ("Asimismo, los Viceministros acordaron:")
	if (p.paraBreak || p.prevEnd == '.' && p.standaloneLead(p.text[s:e])) && n.paraAt < 0 && len(n.spans) > 0 {
		n.paraAt = len(n.spans)
	}
	n.spans = append(n.spans, span{s, e})
}

// nextInline finds the next inline marker in text[s:e] that continues the
// open lists; its end is relative to the returned position.
func (p *parser) nextInline(s, e int, n *node) (int, *marker) {
	seg := p.text[s:e]
	for i := 1; i < len(seg); i++ {
		if seg[i-1] != ' ' && !strings.HasSuffix(seg[:i], "\u00a0") {
			continue
		}
		c := seg[i]
		if c == 'o' {
			if m := p.inlineLetterBullet(seg, i); m != nil {
				return s + i, m
			}
		}
		r, _ := utf8.DecodeRuneInString(seg[i:])
		if !(c >= '0' && c <= '9') && c != '(' && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && bulletClass(r) == "" {
			continue
		}
		m := parseMarkerAt(seg, i)
		if c == 'l' || c == 'I' || c >= '0' && c <= '9' || c == 'X' || c == 'V' {
			m = withOCR(m, seg, i)
		}
		if m == nil || m.cands[0].style == styleOrd {
			continue
		}
		before := strings.TrimRight(seg[:i], " \u00a0")
		if strings.HasPrefix(m.cands[0].style, styleBullet) {
			if p.inlineBullet(m, seg, before, s+i) {
				return s + i, &marker{cands: m.cands, end: m.end - i, bullet: true}
			}
			continue
		}
		rest := seg[m.end:]
		if !m.alone && !startsUpper(rest) && !strings.HasPrefix(rest, "“") && !strings.HasPrefix(rest, "\"") && !lowerSubPoint(m, before) {
			continue
		}
		if !p.inlineContext(before, m, n) {
			continue
		}
		if p.acceptsInline(m, before) {
			return s + i, &marker{cands: m.cands, end: m.end - i, start: 0}
		}
	}
	return 0, nil
}

// inlineBullet accepts a bullet written inline ("Agradecer a: - México, ...
// - Guatemala, ..."): the first after a colon when more follow, the next ones
// after a sentence end while that bullet list is open.
func (p *parser) inlineBullet(m *marker, seg, before string, at int) bool {
	if before == "" || p.rules.endsLabel(before) {
		return false // not "Responsable: —  Plazo: —": a label's empty value
	}
	style := m.cands[0].style
	last := []rune(before)[len([]rune(before))-1]
	if d := p.deepest(); d != nil && d.style == style {
		return strings.ContainsRune(".;", last) // also "... 2010. -" at a line's end
	}
	if m.alone {
		return false
	}
	glyph := strings.TrimSpace(seg[len(before)+1 : m.end])
	ahead := p.text[at:min(len(p.text), at+1500)]
	more := 2 // a dash may be a dash: two more after it
	if r, _ := utf8.DecodeRuneInString(glyph); bulletClass(r) != "dash" {
		more = 1
	}
	if glyphBullet(m) {
		more = 0 // a glyph made for lists: a list of one ("... encouraged to: ▪ include ...")
	}
	return last == ':' && glyphsAlone(ahead, glyph) >= more
}

// glyphsAlone counts the glyphs in s that stand between spaces or line
// breaks, as bullets do in a list whose breaks were lost or moved.
func glyphsAlone(s, glyph string) int {
	n := 0
	for i := 1; i+len(glyph) < len(s); i++ {
		if strings.HasPrefix(s[i:], glyph) && isSpace(s[i-1]) && isSpace(s[i+len(glyph)]) {
			n++
		}
	}
	return n
}

// inlineContext checks what precedes an inline marker: the end of a sentence,
// a colon, or a heading in capitals.
func (p *parser) inlineContext(before string, m *marker, n *node) bool {
	if before == "" {
		return false
	}
	last := []rune(before)[len([]rune(before))-1]
	if strings.ContainsRune(".:;”\")", last) || listConj(before) {
		return true
	}
	ws := strings.Fields(before)
	return n == nil && len(ws) > 0 && isUpperWord(ws[len(ws)-1])
}

// acceptsInline reports whether an inline marker is the expected next point.
func (p *parser) acceptsInline(m *marker, before string) bool {
	for _, c := range m.cands {
		if m.alone && (c.style != styleDec || len(p.stack) == 0) {
			continue
		}
		ch := p.choose(c, true)
		if ch == nil {
			continue
		}
		if ch.level == len(p.stack) && len(p.stack) > 0 && !strings.HasSuffix(before, ":") {
			continue // a new sub-level inline only after a colon
		}
		if len(p.stack) == 0 && !p.hasLaterSibling(c) {
			continue
		}
		return true
	}
	return false
}

// hasLaterSibling checks that an inline first point "1." is followed by a "2.".
func (p *parser) hasLaterSibling(c candidate) bool {
	if c.style != styleDec {
		return false
	}
	if p.second == 0 {
		p.second = -1
		if strings.Contains(p.text, " 2. ") || strings.Contains(p.text, "\n2. ") || strings.Contains(p.text, " 2) ") {
			p.second = 1
		}
	}
	return p.second > 0
}

// cueOverNothing reports an operative cue only in blocks that list nothing
// and lead no chapter, before a block that lists points: the cue narrates
// how the meeting recorded its decisions, and the points below decide.
func (p *parser) cueOverNothing(kinds []string) bool {
	last := -1
	for i, b := range p.blocks {
		if kinds[i] != "operative" {
			continue
		}
		if len(b.roots) > 0 || p.leadsChapters(i) {
			return false
		}
		last = i
	}
	for _, b := range p.blocks[last+1:] {
		if len(b.roots) > 0 && !b.before && !b.notes {
			return true
		}
	}
	return false
}

// classify marks which blocks are the operative part.
func (p *parser) classify() {
	anyOperative := false
	kinds := make([]string, len(p.blocks))
	for i, b := range p.blocks {
		kinds[i] = p.introKind(b.intro)
		if b.plan || kinds[i] != "operative" && p.subjectLead(b) {
			kinds[i] = "operative" // "The Core Group:" / "1. Welcomed ..."
		}
		b.kind = kinds[i]
		if kinds[i] == "operative" {
			anyOperative = true
		}
	}
	if anyOperative && p.cueOverNothing(kinds) {
		anyOperative = false // "... agreed that its conclusions would be recorded under each item, as numbered points" over the chapters' points
	}
	seenOperative := false
	for i, b := range p.blocks {
		switch kinds[i] {
		case "operative":
			b.operative = true
		case "preamble", "end":
			b.operative = kinds[i] == "preamble" && (b.named || p.speakersLead(b) && p.decidingPoints(b)) // "Recognizing ..." / "The Vice-Ministers:" / "I. Reaffirm ...", "III. Approve ..."
		default:
			b.operative = b.named || seenOperative || !anyOperative || p.decidingPoints(b)
		}
		b.operative = b.operative && !b.before && !b.notes
		if b.operative && (len(b.roots) > 0 || p.leadsChapters(i)) {
			seenOperative = true
		}
	}
	p.narrateBeforeLead()
}

// speakersLead reports a block whose introduction ends with who speaks and
// a colon, no verb ("The Vice-Ministers:", "Los Viceministros:"): what
// follows is theirs to decide.
func (p *parser) speakersLead(b *block) bool {
	n := len(b.intro)
	if n == 0 {
		return false
	}
	t := strings.TrimSpace(p.spanText(b.intro[n-1:]))
	if !strings.HasSuffix(t, ":") || countFields(t, 7) > 6 {
		return false
	}
	toks := wordTokens(strings.TrimSuffix(t, ":"))
	_, j, ok := p.rules.structure.matchKind(toks, 0, "subject")
	return ok && j == len(toks)
}

// decidingPoints reports a chapter of numbered points, two or more, most of
// which open with a verb of the action table ("II. ADMINISTRATIVE MATTERS"
// / "2.1 Thank the Technical Secretariat ..." / "2.2 Approve the budget
// ..."): decisions, though its title names no operative part.
func (p *parser) decidingPoints(b *block) bool {
	if len(b.roots) < 2 || len(b.intro) == 0 {
		return false
	}
	verbs := 0
	for _, n := range b.roots {
		if n.style == stylePara || strings.HasPrefix(n.style, styleBullet) {
			return false
		}
		if opensClause(strings.TrimSpace(p.spanText(n.spans)), p.rules) {
			verbs++
		}
	}
	return 2*verbs > len(b.roots)
}

// narrateBeforeLead makes narrative a block whose last point is the lead-in
// of the list after it, numbered otherwise ("5. The Secretariat presented
// ..." / "6. After discussion, the Group reached the following
// conclusions." / "The Group:" / "A. took note ..."): its points tell what
// led to the conclusions, which are that list.
func (p *parser) narrateBeforeLead() {
	for i, b := range p.blocks[:max(0, len(p.blocks)-1)] {
		next := p.blocks[i+1]
		if !b.operative || len(b.roots) < 2 || !next.operative || len(next.roots) == 0 {
			continue
		}
		if colonLead(p.text, b) {
			continue // "Senior Officials:" / "1. Welcomed ..." ... "7. Requested IOM to report on the action points below.": decisions under their own lead-in
		}
		last := b.roots[len(b.roots)-1]
		if len(last.children) > 0 || last.style == next.roots[0].style || last.style == stylePara || len(last.spans) == 0 {
			continue
		}
		t := strings.TrimSpace(p.spanText(last.spans))
		if (strings.HasSuffix(t, ".") && announcesBelow(t) || strings.HasSuffix(t, ":")) && p.cueKind(t) == "operative" {
			b.operative = false // not "4. The Network recommended that the RCGM approve the Guide ..." over a table of action points
		}
	}
}

// subjectLead reports a block introduced by its subject alone ("The Core
// Group:", "Los Viceministros:") whose first point opens with a finite
// verb ("Welcomed the adoption ...", "Acordaron ..."): the points are what
// that subject decided.
func (p *parser) subjectLead(b *block) bool {
	if len(b.intro) == 0 || len(b.roots) == 0 {
		return false
	}
	all := strings.TrimSpace(p.spanText(b.intro))
	last := strings.TrimSpace(all[strings.LastIndexAny(strings.TrimSuffix(all, ":"), ".;:")+1:]) // its last sentence, over wrapped lines
	if line := strings.TrimSpace(p.text[b.intro[len(b.intro)-1].start:b.intro[len(b.intro)-1].end]); len(line) < len(last) && startsUpper(line) {
		last = line // a heading or a running header with no stop before it ("CONCLUSIONS" / "The participants:")
	}
	if !strings.HasSuffix(last, ":") || countFields(last, 9) > 8 || !startsUpper(last) || opensClause(last, p.rules) || p.cueKind(last) != "" {
		return false
	}
	first := cleanText(p.text, b.roots[0].spans)
	toks := wordTokens(first[:min(len(first), 60)])
	return len(toks) > 0 && (englishPast(toks[0].text) || finiteVerbAt(first, toks, 0))
}

// introKind is the cue kind of a block's introduction: that of the lead-in
// right before the list (its last sentence, "... agrees to the following:")
// when it has one, else the last cue of the whole introduction.
func (p *parser) introKind(intro []span) string {
	if len(intro) == 0 {
		return ""
	}
	last := strings.TrimSpace(p.text[intro[len(intro)-1].start:intro[len(intro)-1].end])
	if strings.HasSuffix(last, ":") {
		sentence := last[strings.LastIndexAny(strings.TrimSuffix(last, ":"), ".;:")+1:]
		if k := p.cueKind(sentence); k != "" {
			return k
		}
		if p.subjectTail(sentence) {
			return "operative" // "Following these discussions, the participants:" speaks as the meeting
		}
		if participationLead(p.rules, sentence) || listLabel(p.rules, sentence) && !p.wrappedEnd(intro) {
			return "participation" // "The following States were represented:", "Países Miembros presentes:" list no agreements
		}
		if p.voiceLead(intro) {
			return "operative" // "We reaffirm:" after "Considering ...;" (choice.go)
		}
	}
	return p.cueKind(p.spanText(intro))
}

// subjectTail reports a sentence that ends with the meeting as its subject
// after a comma, and names no one taking part before it ("Following these
// discussions, the participants:"): it leads in what they did.
func (p *parser) subjectTail(sentence string) bool {
	comma := strings.LastIndexByte(sentence, ',')
	if comma < 0 || participationLead(p.rules, sentence[:comma]) {
		return false
	}
	toks := wordTokens(strings.TrimSuffix(strings.TrimSpace(sentence[comma+1:]), ":"))
	_, j, ok := p.rules.structure.matchKind(toks, 0, "subject")
	return ok && j == len(toks)
}

// spanText joins the text of spans.
func (p *parser) spanText(ss []span) string {
	var b strings.Builder
	n := 0
	for _, s := range ss {
		n += s.end - s.start + 1
	}
	b.Grow(n)
	for _, s := range ss {
		b.WriteString(p.text[s.start:s.end])
		b.WriteByte('\n')
	}
	return b.String()
}

// numberNodes assigns printed numbers to the points of a block in order.
func numberNodes(nodes []*node, prefix string) []*node {
	var out []*node
	for _, n := range nodes {
		label := n.cand.label
		if label == "" || strings.HasPrefix(n.style, styleBullet) || n.style == stylePara {
			label = strconv.Itoa(n.value)
		}
		label = strings.ToLower(label)
		n.number = label
		if prefix != "" {
			n.number = prefix + "." + label
		}
		out = append(out, n)
		out = append(out, numberNodes(n.children, n.number)...)
	}
	return out
}

// cleanText joins a node's spans into one paragraph of text.
func cleanText(text string, spans []span) string {
	var parts []string
	for _, s := range spans {
		parts = append(parts, text[s.start:s.end])
	}
	t := strings.Join(parts, "\n")
	if mayHyphenBreak(t) {
		t = reHyphenBreak.ReplaceAllString(t, "$1$2")
	}
	if utf8.ValidString(t) {
		return squash(t) // squash turns every white space into one space already
	}
	t = strings.Map(func(r rune) rune {
		if r == '\f' || unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, t)
	return squash(t)
}

var reHyphenBreak = regexp.MustCompile(`(\p{Ll})-\s*\n\s*(\p{Ll})`)
