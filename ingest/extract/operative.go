package extract

import (
	"errors"
	"io/fs"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"actas"
)

// markerBefore reports whether the word right before byte i of s is a list
// marker with nothing after it ("II." in "II. DESARROLLO DE LA REUNIÓN"):
// a line break there would cut a numbered heading from its number. A day
// after a month ("March 15.") is none.
func markerBefore(s string, i int) bool {
	before := trimRightSpace(s[:i])
	w := before[strings.LastIndexAny(before, spaces+"\u00a0")+1:]
	if w == "" || len(w) > 12 {
		return false
	}
	m := parseMarker(w)
	return m != nil && m.alone && !strings.HasPrefix(m.cands[0].style, styleBullet) && !afterMonth(before[:len(before)-len(w)], m)
}

// lowerSubPoint reports a lettered sub-point whose text starts in lower case
// after a colon or a semicolon ("... retorno: a) elaborar ...; b) apoyar
// ..."), or a numbered one after a semicolon ("We agree to: 1. exchange
// ...; 2. update ..."): in a line whose breaks were lost it still opens a
// point.
func lowerSubPoint(m *marker, before string) bool {
	last := lastRune(trimRightSpace(before))
	if last != ':' && last != ';' && !listConj(before) {
		return false
	}
	for _, c := range m.cands {
		if c.style == styleLAlpha || c.style == styleLRoman || c.style == styleDec && last == ';' && c.value > 1 {
			return true
		}
	}
	return false
}

// numberedCapsHeading reads a numbered heading in capitals inside a line
// whose breaks were lost ("II. DESARROLLO DE LA REUNIÓN La Presidencia
// ..."): its marker, and where the text after it starts.
func numberedCapsHeading(s string, i int) (*marker, int, bool) {
	c := s[i]
	if !(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z') {
		return nil, 0, false
	}
	m := parseMarkerAt(s, i)
	if m == nil || m.alone {
		return nil, 0, false
	}
	end, words, colon := capsRun(s, m.end)
	after := skipSpace(s, end)
	if !slices.ContainsFunc(m.cands, func(c candidate) bool { return c.style == styleDec || c.style == styleURoman }) {
		if m.cands[0].style != styleUAlpha {
			return nil, 0, false // "V." reads as a letter first and as a roman five
		}
		switch {
		case words >= 2 && restartsAt(s, after):
		case words >= 1 && hasLetters(firstWord(s[m.end:]), 4) && parseMarkerAt(s, after) != nil:
			// "... of Ethiopia. B. PROCEEDINGS (2) The meeting ...": the numbering runs on under it
		default:
			after = titleBeforeRestart(s, m.end)
		}
		return m, after, after > 0 // "... of this meeting. B. NEW AGREEMENTS 1. Approve ...", "... Declaration. B. Recommendations 1. Return ...": a lettered chapter
	}
	if words == 0 || !hasLetters(firstWord(s[m.end:]), 4) {
		return nil, 0, false
	}
	if acronymWord(words, colon, firstWord(s[m.end:])) {
		return nil, 0, false // "2. IGAD Secretariat to convene ...": an acronym opens the point's sentence (relineate.go)
	}
	if !colon && !(startsUpper(s[after:]) && !isUpperWord(firstWord(s[after:]))) && !firstChild(s, after, m) {
		if at, ok := acronymOpens(s, m.end, end, words); ok {
			return m, at, true // "V. PRESENTATIONS BY OBSERVER ORGANIZATIONS IOM presented ...": the acronym opens the text
		}
		return nil, 0, false
	}
	return m, after, true
}

// firstChild reports the first dotted point under section marker m at
// byte i ("3. AGREEMENTS 3.1 To thank ..."): the title before it ends there.
func firstChild(s string, i int, m *marker) bool {
	if i >= len(s) || s[i] < '0' || s[i] > '9' {
		return false
	}
	c := parseMarkerAt(s, i)
	if c == nil {
		return false
	}
	for _, d := range c.cands {
		if d.style == styleDotted && d.value == 1 && d.parent == strings.TrimRight(m.cands[0].label, ".") {
			return true
		}
	}
	return false
}

// titleBeforeRestart returns where a list starts again at "1." after a
// short title in small letters from byte i ("Recommendations 1. Return
// ...", "Other matters 1. Georgia ..."), or 0.
func titleBeforeRestart(s string, i int) int {
	if !startsUpper(s[i:min(len(s), i+4)]) {
		return 0
	}
	at := i
	for n := 0; n < 5 && at < len(s); n++ {
		w := firstWord(s[at:])
		if w == "" || strings.ContainsAny(w, ".,;:") {
			return 0
		}
		at = skipSpace(s, at+len(w))
		if restartsAt(s, at) {
			return at
		}
	}
	return 0
}

// restartsAt reports a list's first decimal point at byte i ("1. Approve
// ..."), as a lettered chapter's list starts again under it.
func restartsAt(s string, i int) bool {
	if i >= len(s) || s[i] != '1' {
		return false
	}
	m := parseMarkerAt(s, i)
	return m != nil && !m.alone && m.cands[0].style == styleDec && m.cands[0].value == 1
}

// acronymOpens returns where the last word of a title in capitals from
// byte from to end starts, when that word is a short acronym that a word in
// lower case follows: the subject of the sentence after the title ("...
// AND CIVIL SOCIETY IOM presented ...").
func acronymOpens(s string, from, end, words int) (int, bool) {
	if words < 3 {
		return 0, false
	}
	run := strings.TrimRight(s[from:end], spaces)
	last := strings.LastIndexAny(run, spaces) + 1
	w := run[last:]
	next := firstWord(s[skipSpace(s, end):])
	if len(w) < 2 || len(w) > 6 || !isUpperWord(w) || next == "" || !unicode.IsLower(firstRune(next)) {
		return 0, false
	}
	return from + last, true
}

// loadSections reads section_cues.csv (optional): the titles of narrative
// and closing sections, the phrases that close a meeting, and the words
// that open a sentence after a title whose line break was lost.
func loadSections(fsys fs.FS) (*phraseSet, error) {
	ps := newPhraseSet()
	rows, err := readCSV(fsys, "section_cues.csv")
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	for _, row := range rows {
		ps.add(row["cue"], row["kind"], "", row["lang"])
	}
	return ps, nil
}

// sectionCue reports whether a title is a cue of kind in section_cues.csv
// ("Opening session", "Clausura"), and nothing more.
func (p *parser) sectionCue(title, kind string) bool { return titleCue(p.rules, title, kind) }

// titleCue is sectionCue with the rules given.
func titleCue(r *rules, title, kind string) bool {
	toks := wordTokens(title)
	if len(toks) == 0 {
		return false
	}
	_, j, ok := r.sections.matchKind(toks, 0, kind)
	return ok && j == len(toks)
}

// section handles a numbered section title ("1. Introduction", "2. Opening
// session", "5. Decisions of the meeting", "6. Closing session"), alone on
// its line or followed by its prose where the line breaks were lost. Before
// the operative part, a section whose text introduces no list is narrative:
// its title and text are introduction, not points; a title with an
// operative cue introduces the list that follows; a closing section ends
// the operative part.
func (p *parser) section(lines []line, i int, ln line, raw string) bool {
	m := parseMarker(raw)
	if m != nil && m.alone && p.hasItems() && p.inOperative() && p.sectionCue(p.nextText(lines, i), "closing") {
		p.stopped = true // "TERCERO:" over "CIERRE." ends the operative part
		return true
	}
	if m == nil || !p.sectionMarker(m, raw) || p.compactList(lines, i, m) || p.paragraphGoesOn(m, p.paragraphEnd(lines, i)) {
		return false
	}
	body := strings.TrimSpace(raw[m.end:])
	next := p.nextText(lines, i)
	operative := false
	title, ok := p.sectionTitle(body, next)
	chapter := letteredChapter(m, body, next) && p.chapterTitle(body) && !(strings.HasSuffix(body, ":") && p.nextPoint(m)) // "(C) WITH RESPECT TO ...:" after "(B) TO ESTABLISH ...": a point over its sub-points
	if chapter {
		title, ok = body, true
	}
	if !ok && p.pointsBelow(lines, i, m) && countFields(body, 21) <= 20 && !strings.ContainsRune(".;:!?", lastRune(body)) {
		title, ok = body, true // "5. Lineamientos regionales para ... no acompañados" over "5.1 ..."
	}
	if ok && !chapter && !p.topLevel(m) && !p.sectionCue(title, "closing") && !p.continuesSections(m) {
		return false // a sub-point; a closing section or the next section ends any list
	}
	closing := ok && p.sectionCue(title, "closing")
	if ok {
		operative = p.cueKind(title) == "operative"
		if parseMarker(next) != nil && title == body && !operative && !closing && !p.nextChapter(m, next) && !chapter {
			ok = false // a title over sub-points is a point of the list
		}
	}
	if !ok {
		return false
	}
	switch {
	case closing && p.inOperative():
		p.stopped = true
		return true
	case operative, closing, chapter, p.sectionCue(title, "narrative"):
	case (!p.inOperative() || p.titledOnly()) && !p.pointsBelow(lines, i, m) && p.narrativeBody(lines, i, ln, title != body):
	case p.continuesSections(m):
	case p.cur.narrated && p.pointsBelow(lines, i, m):
		operative = true // "II. REPORT OF THE PPT" over its "2.1", "2.2" after a narrative section
	default:
		return false
	}
	underLead := chapter && p.inOperative() // "A. Matters of the Technical Secretariat" under "agreed on the following:"
	if p.hasItems() || operative && p.cur.narrated {
		p.newBlock()
	}
	p.addText(nil, ln.start, ln.end)
	if title == body {
		p.cur.headAt = len(p.cur.intro) // a title alone on its line (headings.go)
	}
	p.lastSection = &m.cands[0]
	p.cur.narrated = !operative && !closing && !underLead
	return true
}

// compactList reports a marked line that a line numbered next to it
// touches, with no blank line between them ("8. Acuerdos" / "9. Clausura"
// in an agenda): an item of a list of titles, no section of the report.
func (p *parser) compactList(lines []line, i int, m *marker) bool {
	own := strings.TrimSpace(p.text[lines[i].start:lines[i].end])
	if om := parseMarker(own); om == nil || !shortTitle(own[om.end:]) {
		return false
	}
	for _, k := range []int{i - 1, i + 1} {
		if k < 0 || k >= len(lines) {
			continue
		}
		t := strings.TrimSpace(p.text[lines[k].start:lines[k].end])
		nm := parseMarker(t)
		if nm != nil && !nm.alone && shortTitle(t[nm.end:]) && hasCand(m, nm.cands[0].style, nm.cands[0].value-(k-i)) {
			return true
		}
	}
	return false
}

// shortTitle reports a title of a few words with no sentence in it.
func shortTitle(t string) bool {
	return countFields(t, 9) <= 8 && !strings.ContainsAny(t, ".;:")
}

// letteredChapter reports a capital letter over a title whose list starts
// again at "1." below it ("A. FOLLOW-UP TO THE AGREEMENTS OF THE MAY 2010
// MEETING" / "1. Take note ...", "B. Recommendations" / "1. ..."): a
// chapter heading under which the numbers repeat, no point.
func letteredChapter(m *marker, body, next string) bool {
	if m.cands[0].style != styleUAlpha || !startsUpper(body) || strings.ContainsAny(body, ".;") || countFields(body, 17) > 16 {
		return false
	}
	nm := parseMarker(next)
	return nm != nil && nm.cands[0].style == styleDec && nm.cands[0].value == 1
}

// chapterTitle reports a lettered title that names a part of the report,
// not a topic: in capitals as typed chapters are ("B. NEW AGREEMENTS"), or
// a title with a cue of the report's parts ("A. Follow-up to the
// agreements", "B. Recommendations"). A topic ("A. Matters of the Technical
// Secretariat") over "1.", "2." is a point whose sub-points they are.
func (p *parser) chapterTitle(body string) bool {
	if isUpperWord(body) || p.cueKind(body) != "" {
		return true
	}
	for _, kind := range []string{"narrative", "closing", "closed", "opener"} {
		if p.sectionCue(body, kind) {
			return true
		}
	}
	return false
}

// pointsBelow reports a section number whose own dotted points follow it
// ("5.1", "5.2" under "5."), before any other numbered line: the line it
// opens is the section's title, however long.
func (p *parser) pointsBelow(lines []line, i int, m *marker) bool {
	if m.cands[0].style != styleDec && m.cands[0].style != styleURoman {
		return false // "5." over "5.1", "II." over "2.1"
	}
	want := strconv.Itoa(m.cands[0].value) + ".1"
	for j := i + 1; j < len(lines) && j <= i+30; j++ {
		t := strings.TrimSpace(p.text[lines[j].start:lines[j].end])
		if strings.HasPrefix(t, want) && len(t) > len(want) && !unicode.IsDigit(rune(t[len(want)])) {
			return true
		}
		if n := parseMarker(t); n != nil && n.cands[0].style == styleDec {
			return false
		}
	}
	return false
}

// titledOnly reports an operative part opened by nothing but the report's
// title ("Summary Conclusions" over "1. Introduction"): no point yet and no
// lead-in's colon, so a numbered section may still narrate.
func (p *parser) titledOnly() bool {
	return !p.hasItems() && !p.leadOpen() && p.lastSection == nil
}

// continuesSections reports a section title numbered as the next section
// ("4. Conclusions" ... "5. Next meeting") that does not continue the open
// list: the list under a section ends with it.
func (p *parser) continuesSections(m *marker) bool {
	if p.lastSection == nil {
		return false
	}
	for _, c := range m.cands {
		if c.style != p.lastSection.style || c.value != p.lastSection.value+1 {
			continue
		}
		return len(p.stack) == 0 || p.stack[0].style != c.style || p.stack[0].last+1 != c.value
	}
	return false
}

// closingTitle reports an unnumbered closing title on a line of its own
// ("CLOSING SESSION", "Clausura") after the operative list: it ends it,
// unless the list is of paragraphs under topic headings in capitals, where
// it is one more topic.
func (p *parser) closingTitle(t string) bool {
	t = withoutPartLabel(t) // "PART TWO: SUMMARY OF THE MEETING"
	if countFields(t, 6) > 5 || strings.ContainsRune(".,;:", lastRune(t)) || parseMarker(t) != nil || !p.sectionCue(t, "closing") {
		return false
	}
	if p.cur.topics && isUpperWord(t) && len(p.stack) > 0 && p.stack[0].style == stylePara {
		return false
	}
	return p.inOperative() && p.hasItems()
}

// rePartLabel matches the label of a report's part before its title ("PART
// TWO: ", "Parte II - ").
var rePartLabel = regexp.MustCompile(`(?i)^(?:(?:part|parte)\s+(?:one|two|three|four|i{1,3}|iv|[1-4]|uno|dos|tres|primera|segunda|tercera)|(?:primera|segunda|tercera|cuarta)\s+parte)\s*[:.\-–—]\s*`)

// withoutPartLabel returns a title without the label of its part.
func withoutPartLabel(t string) string {
	if len(t) < 5 || !strings.ContainsRune("pstc", rune(t[0]|0x20)) { // "PART TWO:", "SEGUNDA PARTE:"
		return t
	}
	return strings.TrimSpace(rePartLabel.ReplaceAllString(t, ""))
}

// paragraphEnd returns the last line of the paragraph that opens at line i:
// the line before the next blank or marked line, up to six lines on.
func (p *parser) paragraphEnd(lines []line, i int) string {
	last := strings.TrimSpace(p.text[lines[i].start:lines[i].end])
	for j := i + 1; j < len(lines) && j <= i+6; j++ {
		t := strings.TrimSpace(p.text[lines[j].start:lines[j].end])
		if t == "" || parseMarker(t) != nil {
			break
		}
		last = t
	}
	return last
}

// paragraphGoesOn reports a lead-in numbered right after a prose paragraph
// of the same numbering ("8. The ASEAN Secretariat briefed members ..." /
// "9. Members agreed to:", "III. We welcome ..." / "IV. With regard to
// the RCGM, we:"): a report that numbers every paragraph.
func (p *parser) paragraphGoesOn(m *marker, t string) bool {
	last := p.lastTop
	if len(p.stack) > 0 {
		last = p.stack[0].node
	}
	return last != nil && (last.style == styleDec || last.style == styleURoman) && strings.HasSuffix(t, ":") &&
		proseParagraph(p.text, last) && hasCand(m, last.style, last.value+1)
}

// sectionMarker reports a marker that may number a section: a number or a
// roman or capital letter at the top level, not a point word ("Decision 1.").
func (p *parser) sectionMarker(m *marker, raw string) bool {
	st := m.cands[0].style
	if st != styleDec && st != styleURoman && st != styleUAlpha && st != styleOrd || m.alone {
		return false
	}
	w := wordAt(raw, m.start)
	return len(w) <= 1 || !pointWords[fold(w)]
}

// topLevel reports whether a marker would number a top-level point.
func (p *parser) topLevel(m *marker) bool {
	if len(p.stack) == 0 {
		return true
	}
	for _, c := range m.cands {
		if c.style == p.stack[0].style {
			return true
		}
	}
	return false
}

// sectionTitle returns the title a section marker's text opens with: the
// whole text when it is short, unpunctuated and prose follows on the next
// line, or the words before a capitalised word that opens a sentence ("The",
// "La", a subject such as "Delegations") in a line whose breaks were lost.
func (p *parser) sectionTitle(body, next string) (string, bool) {
	words := countFields(body, 9) // 9: more than 8
	if words == 0 || !startsUpper(body) {
		return "", false
	}
	toks := wordTokens(body)
	if e, _, ok := p.rules.actions.match(toks, 0); ok && e.kind == "verb" && !p.sectionCue(body, "narrative") && !p.sectionCue(body, "closing") {
		return "", false // "Call upon Member States to ...": a point opens with its verb, a title does not
	}
	if _, _, ok := p.rules.structure.matchKind(toks, 0, "subject"); ok {
		return "", false // "The meeting agreed that the next Senior Officials'": a sentence wrapped before a name
	}
	if words >= 6 && next != "" && isArticleWord(firstWord(body)) {
		return "", false // "1. The Sixth Meeting of the IGAD Regional Consultative" / "Process on Migration ... was held": a sentence wrapped inside a name
	}
	// a line that goes on in lower case on the next is a wrapped sentence, and
	// so is one that ends with a small word ("1. Estuvieron representados en
	// la XVI Conferencia Suramericana sobre" / "Migraciones (CSM) ...")
	// ... and so is a name with its verb ("(11) Ethiopia undertook to share
	// its Overseas Employment" / "Proclamation ...")
	if words <= 8 && !strings.ContainsRune(".,;:!?", lastRune(body)) && next != "" && !unicode.IsLower(firstRune(next)) && !isConnector(toks[len(toks)-1].fold) && !namedSubject(body, toks, 0) {
		return body, true
	}
	return inlineTitle(body, toks, p.rules)
}

// isArticleWord reports a definite article, which opens sentences far more
// often than section titles.
func isArticleWord(w string) bool {
	switch strings.ToLower(w) {
	case "the", "el", "la", "los", "las":
		return true
	}
	return false
}

// inlineTitle returns the words of body before a capitalised word that
// opens a sentence ("Introduction The Technical Meeting ...", "Next meeting
// The next ..."): the title of a section whose line break was lost.
func inlineTitle(body string, toks []token, r *rules) (string, bool) {
	if len(toks) == 0 || !startsUpper(body) || capsText(body) {
		return "", false // typed in capitals, a title's end is not seen
	}
	if _, _, ok := r.sections.matchKind(toks, 0, "opener"); ok {
		return "", false // "The South American Conference reaffirms ...": a sentence, no title
	}
	if _, _, ok := r.structure.matchKind(toks, 0, "subject"); ok {
		return "", false
	}
	if len(toks) >= 2 && namedSubject(body, toks[:2], 0) {
		return "", false // "Bangladesh offered to host the next Senior Officials' Meeting ...": a name and its verb open a sentence
	}
	for j := 1; j < len(toks) && j <= 7; j++ {
		between := body[toks[j-1].end:toks[j].start]
		if upperTitleBefore(body, toks[:j], between) && startsUpper(toks[j].text) {
			return body[:toks[j-1].end], true // "CIERRE. No habiendo más asuntos ..."
		}
		if strings.ContainsAny(body[:toks[j-1].end], ".,;:!?()") || strings.TrimSpace(between) != "" {
			return "", false
		}
		if !startsUpper(toks[j].text) || isUpperWord(toks[j].text) && len(toks[j].text) > 1 {
			continue
		}
		prev := toks[j-1].text
		if !startsUpper(prev) && len(prev) <= 3 || isOrdinalWord(toks[j-1].fold) {
			continue // "acta de La Paz", "la XVI Conferencia": a name, not a new sentence
		}
		_, _, opener := r.sections.matchKind(toks, j, "opener")
		_, _, subject := r.structure.matchKind(toks, j, "subject")
		if (opener || subject) && (j > 1 || !isConnector(toks[0].fold) && toks[0].fold != "that" && toks[0].fold != "que") {
			return body[:toks[j-1].end], true // not "That" of "1. That Member States ..."
		}
	}
	return "", false
}

// upperTitleBefore reports words in capitals closed by a period or a colon
// ("INSTALACIÓN DE LA REUNIÓN." before its prose): a title.
func upperTitleBefore(body string, words []token, after string) bool {
	switch strings.TrimSpace(after) {
	case ".", ":", ".-", ":-":
	default:
		return false
	}
	if strings.ContainsAny(body[:words[len(words)-1].end], ".,;:!?()") {
		return false
	}
	for _, w := range words {
		if !isUpperWord(w.text) {
			return false
		}
	}
	return true
}

// inOperative reports whether an operative lead-in or a list under one has
// begun.
func (p *parser) inOperative() bool {
	if p.introKind(p.cur.intro) == "operative" {
		return true
	}
	for i, b := range p.blocks {
		if (len(b.roots) > 0 || p.leadsChapters(i)) && p.introKind(b.intro) == "operative" {
			return true
		}
	}
	return false
}

// narrativeBody reports whether the section that starts at line i narrates:
// an operative lead-in follows later in the text, but not inside the
// section itself (a topic whose agreements follow its own lead-in).
func (p *parser) narrativeBody(lines []line, i int, ln line, inline bool) bool {
	end := len(p.text)
	for j := i + 1; j < len(lines); j++ {
		if parseMarker(p.text[lines[j].start:lines[j].end]) != nil {
			end = lines[j].start
			break
		}
	}
	if inline {
		end = ln.end
	}
	lead := p.nextLead(ln.start + 1)
	return lead >= end && lead < len(p.text)
}

// nextLead is the position of the first operative lead-in at or after pos
// (a sentence that ends with a colon and carries an operative cue, or an
// operative heading in capitals), or the text's length.
func (p *parser) nextLead(pos int) int {
	if p.leads == nil {
		p.leads = []int{}
		for k := 0; k < len(p.text); k++ {
			if p.text[k] == ':' && leadIn(p.text, k+1, p.rules) {
				p.leads = append(p.leads, k)
			}
		}
		for _, tk := range wordTokens(p.text) {
			if len(tk.text) > 4 && isUpperWord(tk.text) && p.cueKind(tk.text) == "operative" {
				p.leads = append(p.leads, tk.start)
			}
		}
		sort.Ints(p.leads)
	}
	k := sort.SearchInts(p.leads, pos)
	if k < len(p.leads) {
		return p.leads[k]
	}
	return len(p.text)
}

// topicHeading reads a short unnumbered title ("Labour migration", "Return
// and reintegration") on a line of its own right before a bullet, inside an
// operative part: it groups the bullets, which go on counting across it,
// and is no point.
func (p *parser) topicHeading(lines []line, i int, t string) bool {
	caps := isUpperWord(t) && len(t) <= 80
	n := countFields(t, 13)
	if n == 0 || !startsUpper(t) || strings.ContainsRune(".,;:!?", lastRune(t)) || parseMarker(t) != nil {
		return false
	}
	if !p.paraBreak && !strings.ContainsRune(".;:", p.prevEnd) && len(p.cur.roots) > 0 {
		return false
	}
	// a heading in capitals may stand over a paragraph of its own too
	// ("MIGRATION HEALTH" / "Member States are encouraged to:")
	next := p.nextText(lines, i)
	nm := parseMarker(next)
	paras := caps && nm == nil && startsUpper(next) && !isUpperWord(next) && !p.sectionCue(t, "narrative") // not "INTRODUCTION", "PROCEEDINGS"
	if kind, whole := p.cueLine(t); paras && whole && (kind == "operative" || kind == "preamble") {
		paras = false // "ADOPTED RECOMMENDATIONS" over its lead-in, "ORDEN DEL DÍA": no topic
	}
	numbered := !caps && n <= 12 && p.numberedTopic(t, nm)
	if n > 6 && !caps && !numbered {
		return false
	}
	if !paras && !numbered && (nm == nil || !strings.HasPrefix(nm.cands[0].style, styleBullet)) {
		return false
	}
	intro := p.cur.intro
	if len(intro) == 0 || p.introKind(intro) != "operative" {
		return false
	}
	if len(p.cur.roots) == 0 {
		last := strings.TrimSpace(p.spanText(intro[len(intro)-1:]))
		kind, whole := p.cueLine(last)
		// "... adopted the following recommendations:", "RECOMMENDATIONS",
		// "... formularon las siguientes recomendaciones."
		p.cur.topics = strings.HasSuffix(last, ":") || whole && kind == "operative" ||
			strings.HasSuffix(last, ".") && p.cueKind(lastSentence(last)) == "operative"
		return p.cur.topics
	}
	return p.stack != nil && p.cur.topics && (strings.HasPrefix(p.stack[0].style, styleBullet) || caps && p.stack[0].style == stylePara || numbered && p.stack[0].style == styleDec)
}

// numberedTopic reports a title in sentence case with no verb of the
// operative part over a point numbered "1." or one past the
// last ("Protection of overseas workers" / "1. Minimum standards ..." ...
// "Follow-up" / "9. ..."): numbers go on across such titles or restart.
func (p *parser) numberedTopic(t string, nm *marker) bool {
	if nm == nil || namesAction(t, p.rules) || p.cueKind(t) != "" {
		return false
	}
	for _, c := range nm.cands {
		if c.style == styleDec && (c.value == 1 || len(p.stack) > 0 && p.stack[0].style == styleDec && c.value == p.stack[0].last+1) {
			return true
		}
	}
	return false
}

// closingPara reports a paragraph that closes the meeting ("The meeting
// closed with a vote of thanks ...", "La PPT ... dio por clausurada la
// reunión"): it ends the operative part.
func (p *parser) closingPara(t string) bool {
	if !startsUpper(t) || !p.paraBreak && !strings.ContainsRune(".;:", p.prevEnd) || parseMarker(t) != nil {
		return false
	}
	return endsPart(t, p.rules)
}

// endsPart reports a paragraph that ends the operative part: it closes the
// meeting, also after a closing section's title ("QUINTO: CIERRE. No
// habiendo más asuntos ..."), or it is a colophon or notes.
func endsPart(t string, r *rules) bool {
	if closingSentence(t, 0, r) || colophon(t, r) || notesLabel(t, r) {
		return true
	}
	k := strings.Index(t[:min(len(t), 60)], ". ")
	return k > 0 && closingSentence(t, k+2, r)
}

// notesLabel reports a paragraph labelled as notes on the report ("Notes:",
// "Nota:"; a "notes" cue of section_cues.csv before a colon, not in
// capitals, which may be a resolution's verb): no agreement.
func notesLabel(t string, r *rules) bool {
	if strings.IndexByte(t[:min(len(t), 21)], ':') < 0 {
		return false // the label ends with a colon within its first 20 bytes
	}
	toks := wordTokens(t[:min(len(t), 20)])
	_, j, ok := r.sections.matchKind(toks, 0, "notes")
	return ok && strings.HasPrefix(t[toks[j-1].end:], ":") && !isUpperWord(toks[0].text)
}

// colophon reports a paragraph that opens with a note on how the report
// was made ("Prepared by the RCM Technical Secretariat ...", "Elaborado
// por la ST ..."; a "colophon" cue of section_cues.csv): no agreement.
func colophon(t string, r *rules) bool {
	if !foldedHolds(t[:min(len(t), 80)], r.sections.phrases("colophon")) {
		return false // no colophon cue's words: no need to tokenize
	}
	_, _, ok := r.sections.matchKind(wordTokens(t[:min(len(t), 80)]), 0, "colophon")
	return ok
}

// closingSentence reports whether the sentence at byte i of s closes the
// meeting (a "closed" cue of section_cues.csv).
func closingSentence(s string, i int, r *rules) bool {
	end := strings.Index(s[i:], ". ")
	if end < 0 {
		end = len(s) - i
	}
	if end > 300 || !foldedHolds(s[i:i+end], r.sections.phrases("closed")) {
		return false // no closing cue's words: no need to tokenize
	}
	return len(r.sections.find(wordTokens(s[i:i+end]), "closed")) > 0
}

// partyInfinitive reads a point that opens with a party and an infinitive
// ("IOM to prepare a mapping ...", "Member States to share ...", "the Chair
// to circulate ..."): the party must act. Under a lead-in that requests,
// recommends or entrusts, the point takes that action with the party as
// the one asked; otherwise the party commits, as with "X will".
func (a *analysis) partyInfinitive() *clause {
	i := a.skipDiscourse(0)
	if _, j, ok := a.r.columns.match(a.toks, i); ok && j < len(a.toks) && a.toks[j].fold == ":" {
		i = j + 1 // "Action: Member States to finalise ...": a matrix's field label
	}
	for _, c := range a.clauses {
		if c.start <= i+1 && c.verbEnd <= i+3 && c.action != actionLead && c.action != actas.ActionOther {
			return nil // "Encourage Member States to ratify ...": the verb comes first, not "Member States to endorse ..."
		}
	}
	ents, j, _ := a.subjectAt(i)
	if j > i && j < len(a.toks) && a.toks[j].fold == "," {
		// "IOM, in coordination with UNHCR, to prepare ...": the helper does not act;
		// "Partners, including the EU and Switzerland, to continue ...": those named act
		for k := j + 1; k < len(a.toks) && k <= j+20; k++ {
			if a.toks[k].fold == "," {
				if len(ents) == 0 && (a.toks[j+1].fold == "including" || a.toks[j+1].fold == "incluidos" || a.toks[j+1].fold == "incluida") {
					ents = a.entsIn(j+1, k)
				}
				j = k + 1
				break
			}
		}
	}
	if j <= i || j+1 >= len(a.toks) || a.toks[j].fold != "to" {
		return nil
	}
	v := a.toks[j+1]
	if !v.word || startsUpper(v.text) || len(v.fold) < 3 || nonVerbs[v.fold] {
		return nil
	}
	c := &clause{action: actas.ActionCommit, verb: a.text[a.toks[j].start:v.end], start: i, verbEnd: j + 2, subject: ents}
	switch a.lead.action {
	case actas.ActionRequest, actas.ActionRecommend, actas.ActionEntrust:
		c.action = a.lead.action
		c.addressee = ents
	}
	return c
}

// entsIn returns the parties named in tokens [from, to).
func (a *analysis) entsIn(from, to int) []actas.Entity {
	var out []actas.Entity
	for k := from; k < to; k++ {
		if es, ok := a.ents[k]; ok {
			out = append(out, es.ent)
			k = es.end - 1
		}
	}
	return out
}

// thatParty reads a point that opens with "that"/"que", a party and its
// verb in the subjunctive under a lead-in that asks ("RECOMMENDS: (i) that
// the ECOWAS Commission set up ...", "Recomiendan: que la OIM elabore
// ..."): the party is the one asked, whatever the verb's object names.
func (a *analysis) thatParty() *clause {
	switch a.lead.action {
	case actas.ActionRequest, actas.ActionRecommend, actas.ActionEntrust:
	default:
		return nil
	}
	i := a.skipDiscourse(0)
	if i >= len(a.toks) || a.toks[i].fold != "that" && a.toks[i].fold != "que" {
		return nil
	}
	for _, c := range a.clauses {
		if c.start <= i+1 && (c.action == actas.ActionCommit || c.action == actas.ActionOffer) {
			return nil // "That the TS will prepare ...": its own verb decides; "That the RCGM approve" is asked to
		}
	}
	ents, j, _ := a.subjectAt(i + 1)
	if len(ents) == 0 || j >= len(a.toks) || !a.toks[j].word || startsUpper(a.toks[j].text) {
		return nil
	}
	switch a.toks[j].fold {
	case "be", "sea", "sean", "is", "are", "es", "son":
		return nil // "that IOM be invited": a passive names who asks no one
	}
	return &clause{action: a.lead.action, verb: a.toks[j].text, start: i, verbEnd: j + 1, addressee: ents}
}

// capsCueHeading reads an operative heading in capitals ("RECOMMENDATIONS",
// "ACUERDOS") before a capitalised word in a line whose breaks were lost
// ("RECOMMENDATIONS Migrant Children • ..."): it is a heading of its own,
// and the text after it starts a new paragraph. It returns where.
func capsCueHeading(s string, i int, r *rules) (int, bool) {
	end, words, colon := capsRun(s, i)
	if words == 0 || words > 3 || colon {
		return 0, false
	}
	after := skipSpace(s, end)
	if after >= len(s) || !startsUpper(s[after:]) || isUpperWord(firstWord(s[after:])) {
		return 0, false
	}
	toks := wordTokens(s[i:end])
	if len(toks) == 0 {
		return 0, false
	}
	e, j, ok := r.structure.match(toks, 0)
	return after, ok && e.kind == "operative" && j == len(toks)
}

// capsCueTopic reads an operative heading in capitals run onto the topic
// heading under it in a line whose breaks were lost ("RECOMMENDATIONS
// LABOUR MIGRATION Member States are encouraged to: ..."): it returns
// where the cue ends and where the topic ends.
func capsCueTopic(s string, i int, r *rules) (int, int, bool) {
	if !afterStop(s, i) {
		return 0, 0, false
	}
	end, words, colon := capsRun(s, i)
	if words < 2 || words > 10 || colon {
		return 0, 0, false
	}
	after := skipSpace(s, end)
	if after >= len(s) || !startsUpper(s[after:]) || isUpperWord(firstWord(s[after:])) {
		return 0, 0, false
	}
	toks := wordTokens(s[i:end])
	e, j, ok := r.structure.match(toks, 0)
	if !ok || e.kind != "operative" || j >= len(toks) || !toks[j].word || isConnector(toks[j].fold) || parseMarkerAt(s, i+toks[j].start) != nil {
		return 0, 0, false // "CONCLUSIONS AND RECOMMENDATIONS OF THE ...": one title; "ACUERDOS ACUERDO No. 1:"
	}
	return i + toks[j-1].end, after, true
}

// closingSection reports a numbered closing section at byte i of a line
// whose breaks were lost ("... agenda. 5. Clausura La Presidencia ...",
// "6. Closing session The Chair ..."), whatever the numbering before it.
func closingSection(s string, i int, r *rules) bool {
	c := s[i]
	if !(c >= '0' && c <= '9') && c != 'I' && c != 'V' && c != 'X' {
		return false
	}
	m := parseMarkerAt(s, i)
	if m == nil || m.alone || m.cands[0].style != styleDec && m.cands[0].style != styleURoman {
		return false
	}
	if !foldedHolds(s[m.end:min(len(s), m.end+80)], r.sections.phrases("closing")) {
		return false // no closing cue's words: no need to tokenize
	}
	toks := wordTokens(s[m.end:min(len(s), m.end+80)])
	_, j, ok := r.sections.matchKind(toks, 0, "closing")
	if !ok || j >= len(toks) {
		return ok
	}
	next := toks[j].text
	return startsUpper(next) && !strings.ContainsAny(s[toks[j-1].end+m.end:toks[j].start+m.end], ".,;:")
}

// topicBeforeGlyph finds a short topic heading in sentence case ("Retorno y
// reintegración") that ends right before a bullet drawn by a list glyph in
// a line whose breaks were lost, and returns the bullet's index in marks,
// or -1.
func topicBeforeGlyph(s string, i int, marks []inlineMark) int {
	if !startsUpper(s[i:]) {
		return -1
	}
	j := i
	for n := 0; n < 6; n++ {
		w := firstWord(s[j:])
		if w == "" || strings.ContainsAny(w, ".:;,()") {
			return -1
		}
		j = skipSpace(s, j+len(w))
		k := sort.Search(len(marks), func(k int) bool { return marks[k].pos >= j })
		if k < len(marks) && marks[k].pos == j {
			if n == 0 && len(w) < 4 || !glyphBullet(marks[k].m) && !repeatedGlyph(s, marks, k) {
				return -1
			}
			return k
		}
	}
	return -1
}

// listConj reports text that ends with a semicolon or a comma and a
// conjunction ("...; y", "...; and"): the last item of a list follows ("; y
// c) presentar ...").
func listConj(before string) bool {
	t := trimRightSpace(before)
	k := strings.LastIndexAny(t, spaces+"\u00a0")
	if k < 0 {
		return false
	}
	switch strings.ToLower(t[k+1:]) {
	case "y", "e", "o", "and", "or":
	default:
		return false
	}
	prev := trimRightSpace(t[:k])
	return strings.HasSuffix(prev, ";") || strings.HasSuffix(prev, ",")
}

// sectionAhead reports a numbered section title at byte i of a line whose
// breaks were lost ("... consultation. 5. Next meeting The next ..."): a
// number and a short title before a word that opens a sentence, where the
// number does not continue the numbering (that one breaks as a marker).
func sectionAhead(s string, i int, r *rules, seq *sequence) bool {
	c := s[i]
	if !(c >= '0' && c <= '9') && c != 'I' && c != 'V' && c != 'X' {
		return false
	}
	m := parseMarkerAt(s, i)
	if m == nil || m.alone || m.cands[0].style != styleDec && m.cands[0].style != styleURoman || m.cands[0].value > 30 {
		return false
	}
	if c := m.cands[0]; c.value == seq.last[seq.key(c)]+1 {
		return false
	}
	body := s[m.end:min(len(s), m.end+160)]
	toks := wordTokens(body)
	if e, _, ok := r.actions.match(toks, 0); ok && e.kind == "verb" {
		return false
	}
	_, ok := inlineTitle(body, toks, r)
	return ok
}

// laterLeadIn returns the first paragraph after the opening that leads in
// the operative part, with two paragraphs after it: a heading that is an
// operative cue under an unfinished sentence ("... los Viceministros
// adoptaron las siguientes" / "RESOLUCIONES"), or, where no paragraph
// before it decides anything and colon is set, a sentence with an
// operative cue that ends with a colon, or that ends with its subject and a
// colon before a paragraph that opens with an operative verb ("After two
// days of discussions, the meeting:" / "NOTED ..."). The prose before it
// narrates. It returns open when there is none.
func laterLeadIn(text string, r *rules, paras []*para, open int, colon bool) int {
	finite := false // a paragraph before may be a decision of a declaration
	prev := ""
	for k := open + 1; k+2 < len(paras); k++ {
		t := strings.TrimSpace(spansText(text, paras[k].spans))
		if leadOpensParagraph(t, r) {
			return k // "ACUERDAN: EXPRESAR ...": the formula and the first point in one paragraph
		}
		if len(t) >= minParagraph && opensClause(t, r) && !opensPreamble(t, r) {
			return open // "Reafirmar ...": the declaration has begun; not "RECONOCIENDO ..."
		}
		if kind, whole := lineCue(t, r); whole && kind == "operative" && len(t) < minParagraph && !strings.HasSuffix(t, ":") && unicode.IsLetter(lastRune(prev)) {
			return k
		}
		if colon && (!finite || operativeHeading(prev, r)) && strings.HasSuffix(t, ":") && cueKindOf(lastSentence(t), r) == "operative" {
			return k // also after narrative paragraphs, under a heading of its own ("Outcomes" / "The Working Group reached the following outcomes:")
		}
		if colon && len(paras[k+1].bullets) > 0 && statesBelow(t) && cueKindOf(lastSentence(t), r) == "operative" {
			return k // "... adoptaron las decisiones que se consignan a continuación." over "Los Viceministros:" / "- Aprobaron ...", after narrative
		}
		next := strings.TrimSpace(spansText(text, paras[k+1].spans))
		if colon && strings.HasSuffix(t, ":") && capsVerbOpening(next, r) && cueKindOf(lastSentence(t), r) == "operative" {
			return k // "... los Viceministros y Jefes de Delegación ACUERDAN:" / "APROBAR el Plan ...", after narrative paragraphs
		}
		if colon && (subjectColon(t, r) && opensClause(next, r) || strings.HasSuffix(t, ":") && saysWe(lastSentence(t)) && fold(firstWord(next)) == "we") {
			return k // "... the Ministers:" / "Reafirmar ...", "..., we, the Ministers ..., hereby:" / "We take note ..."
		}
		finite = finite || len(t) >= minParagraph && finiteOpening(t, r) || meetingDecides(tokenize(t), r) // "La Red agradeció a la UNODC su presentación." before "... acordaron:"
		prev = t
	}
	return open
}

// statesBelow reports a sentence that ends by saying that what it names
// follows ("... que se consignan a continuación.", "... as follows.").
func statesBelow(t string) bool {
	t = strings.ToLower(strings.TrimRight(strings.TrimSpace(t), ".:"))
	return strings.HasSuffix(t, "a continuación") || strings.HasSuffix(t, "as follows") || strings.HasSuffix(t, "below")
}

// saysWe reports text with "we" among its words: the meeting speaking.
func saysWe(t string) bool {
	return slices.ContainsFunc(wordTokens(t), func(k token) bool { return k.fold == "we" })
}

// leadOpensParagraph reports a paragraph that opens with a declaration's
// formula in capitals and its colon, the first point after it on the same
// line ("ACUERDAN: EXPRESAR su profunda preocupación ...").
func leadOpensParagraph(t string, r *rules) bool {
	i := strings.IndexByte(t, ':')
	if i <= 0 || len(t) < minParagraph {
		return false
	}
	if i < 40 && bareLeadIn(t[:i+1], r) {
		return true
	}
	return i < 120 && formulaEnds(t[:i], r) && capsVerbOpening(t[i+1:], r)
}

// formulaEnds reports the first clause of a sentence that ends with a
// declaration's formula in capitals ("Con base en lo anterior, la Red
// ACUERDA"), before its colon.
func formulaEnds(head string, r *rules) bool {
	w := lastWord(head)
	return !strings.ContainsAny(head, ".;") && len(w) >= 4 && bareLeadIn(w+":", r)
}

// opensPreamble reports a paragraph opened by a preambular word
// ("CONSIDERANDO", "RECONOCIENDO", "Recalling").
func opensPreamble(t string, r *rules) bool {
	e, _, ok := r.structure.match(wordTokens(t[:min(len(t), 60)]), 0)
	return ok && e.kind == "preamble"
}

// operativeHeading reports a short line that is an operative cue and no
// more ("Outcomes", "Conclusiones").
func operativeHeading(t string, r *rules) bool {
	kind, whole := lineCue(t, r)
	return whole && kind == "operative" && len(t) < minParagraph && !strings.HasSuffix(t, ":")
}

// subjectColon reports a paragraph whose last clause is its subject alone
// before a colon, with no verb: "..., the meeting:", "Los Viceministros
// asistentes:", not "En consecuencia, acordaron:".
func subjectColon(t string, r *rules) bool {
	if !strings.HasSuffix(t, ":") {
		return false
	}
	toks := wordTokens(t[max(strings.LastIndexAny(t, ",.;"), 0):])
	if len(toks) > 4 || r.actions.hasKind(toks, "verb") {
		return false
	}
	for _, k := range toks {
		if spanishFinite(k.fold) || len(k.fold) > 4 && strings.HasSuffix(k.fold, "ed") {
			return false
		}
	}
	return true
}

// leadInParagraph moves the opening of a declaration of plain paragraphs to
// the paragraph right after it when that one is the lead-in ("Gathered for
// the XXI Vice-Ministerial Meeting ..., approved the following
// declaration:"), as a title line with the date before it may read first
// where breaks were lost.
func leadInParagraph(text string, r *rules, paras []*para, open int) int {
	t := strings.TrimSpace(spansText(text, paras[open].spans))
	if ws := strings.Fields(t); strings.HasSuffix(t, ":") && !isUpperWord(strings.Join(ws[max(0, len(ws)-3):], "")) {
		return open // "... At the meeting, the delegations:" is the lead-in; "CONFERENCE ON MIGRATION (RCM):" a title
	}
	for k := open + 1; k < len(paras) && k <= open+2; k++ {
		next := strings.TrimSpace(spansText(text, paras[k].spans))
		if !strings.HasSuffix(next, ":") || len(next) > 1500 {
			if len(next) >= minParagraph {
				return laterLeadIn(text, r, paras, open, true) // prose that is no lead-in: the declaration has begun, unless narrative
			}
			continue // a title ("MIGRATION, A SHARED RESPONSIBILITY")
		}
		toks := wordTokens(lastSentence(next))
		if foldedHolds(lastSentence(next), r.sections.phrases("agenda")) {
			return open // "La agenda de trabajo de la reunión fue la siguiente:": the agenda, no lead-in
		}
		for i := range toks {
			if e, _, ok := r.structure.match(toks, i); ok && e.kind == "operative" || toks[i].fold == "following" || toks[i].fold == "siguiente" || toks[i].fold == "siguientes" {
				return k
			}
		}
		return open
	}
	return open
}
