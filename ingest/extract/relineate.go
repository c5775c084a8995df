package extract

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// longLine is the length from which a paragraph is read as text whose line
// breaks were lost or moved: it may hold list markers, headings or clauses.
const longLine = 300

// relined is a text with the line breaks it lost put back, and the way from
// its positions to those of the text it came from.
type relined struct {
	text string
	// at are the positions in text of the original characters that follow
	// an insertion; cum the characters inserted up to there.
	at, cum []int
	n       int // length of the original text
	// prev is the reading this one was made from (unglueMarkers), or nil.
	prev *relined
}

// orig maps a position in the relined text to the original text.
func (r *relined) orig(p int) int {
	i := sort.SearchInts(r.at, p+1) - 1
	if i >= 0 {
		p -= r.cum[i]
	}
	if r.prev != nil {
		return r.prev.orig(p)
	}
	return max(0, min(p, r.n))
}

// brk is a line break to insert before byte pos of the original text, or
// with join a line break at pos to read as a space (one byte for one, so
// positions keep their place).
type brk struct {
	pos  int
	ins  string
	join bool
}

// relineate puts line breaks back into long lines: before the markers that
// continue a numbering ("... migrantes. 2. Solicitar"), around headings in
// capitals ("DECLARAN:"), before clauses opened by a verb in capitals
// ("EXPRESAR ... SOLICITAR ...") and before the clauses of a lead-in
// ("decidieron: Aprobar ... Tomar nota ..."). Text is only inserted, never
// removed, so every position maps back.
func relineate(text string, r *rules) *relined {
	out := &relined{text: text, n: len(text)}
	var brks []brk
	seq := newSequence()
	underColon := false // the paragraph before is a numbered point ending with a colon
	lines := splitLines(text)
	furniture := furnitureLines(text, lines)
	brks = append(brks, yearEnds(text, lines)...)
	brks = append(brks, wrappedTitles(text, lines)...)
	for i := 0; i < len(lines); {
		if strings.TrimSpace(text[lines[i].start:lines[i].end]) == "" {
			i++
			continue
		}
		j := i + 1 // a paragraph: lines up to the next blank one
		for j < len(lines) && strings.TrimSpace(text[lines[j].start:lines[j].end]) != "" {
			j++
		}
		for k := acrossPage(text, lines, j, furniture); k > j; k = acrossPage(text, lines, j, furniture) {
			for j = k + 1; j < len(lines) && strings.TrimSpace(text[lines[j].start:lines[j].end]) != ""; j++ {
			}
		}
		from, to := lines[i].start, lines[j-1].end
		colonPoint := underColon
		// a numbered point that ends with a colon: the paragraph after it holds its sub-points
		m0 := parseMarker(text[lines[i].start:lines[i].end])
		var last *marker // the paragraph's last point
		for _, ln := range lines[i:j] {
			if m := parseMarker(text[ln.start:ln.end]); m != nil {
				last = m
			}
		}
		underColon = last != nil && !strings.HasPrefix(last.cands[0].style, styleBullet) && strings.HasSuffix(strings.TrimSpace(text[from:to]), ":")
		if end, ok := annexHeading(text[from:to], 0, r); ok && strings.TrimSpace(text[from+end:to]) == "" {
			break // an annexed list of participants: its lines are read as they stand (annex.go)
		}
		for k, open := i, false; k+1 < j; k++ {
			a, b := text[lines[k].start:lines[k].end], text[lines[k+1].start:lines[k+1].end]
			if open = headingCut(a, b, open); open {
				brks = append(brks, brk{pos: lines[k].end, join: true}) // "I. INFORMES ... Y DE LA SECRE-⏎TARÍA TÉCNICA"
			} else if pointWordCut(a, b) {
				for p := lines[k].start + len(strings.TrimRight(a, "\r")); p < lines[k+1].start; p++ {
					brks = append(brks, brk{pos: p, join: true}) // "... ACUERDO⏎No. 8: Recomendar ...", also after "\r"
				}
			}
		}
		if j-i > 1 && to-from <= 2*wrapLine && pageFooter(strings.TrimSpace(text[from:to])) {
			// a footer and a header that a re-wrap ran together ("Página 1 de 2
			// Red RLTP / Informe / Tegucigalpa,⏎octubre de 2021 Pág. 2"): one
			// line that ends with its page number, dropped as furniture
			for _, ln := range lines[i : j-1] {
				if reRule.MatchString(text[ln.start:ln.end]) {
					continue // a rule above the footer keeps its line
				}
				if ln.end < to && (text[ln.end] == '\n' || text[ln.end] == '\r') {
					brks = append(brks, brk{pos: ln.end, join: true})
				}
			}
		}
		for _, ln := range lines[i:j] {
			if m := reLinePage.FindStringSubmatchIndex(text[ln.start:ln.end]); m != nil && ln.end-ln.start <= 80 {
				brks = append(brks, brk{pos: ln.start + m[3], ins: "\n"}) // "Page 1 [DRAFT FOR DISCUSSION]": the page number, then the header
			}
		}
		if to-from < longLine && !(j-i > 1 && glyphAfterStop(text[from:to])) {
			for _, ln := range lines[i:j] {
				if m := parseMarker(text[ln.start:ln.end]); m != nil {
					seq.accept(m.cands, true)
				} else if m := ocrReading(text[ln.start:ln.end]); m != nil {
					seq.accept(m.cands, false) // only as the next value
				}
			}
			i = j
			continue
		}
		s := text[from:to]
		// the paragraph's own line breaks read as spaces: "1.\nReconocer" is a marker
		flat := strings.Map(func(c rune) rune {
			if c == '\n' || c == '\r' {
				return ' '
			}
			return c
		}, s)
		// a single line that holds most of the text lost its paragraph breaks
		// too; lines with no blank line between them are paragraphs already
		lost := (j-i == 1 || wrapped(text, lines[i:j])) && 2*(to-from) > len(strings.TrimSpace(text))
		if lost && j-i > 1 {
			brks = append(brks, quotedBreaks(s, from)...)
			brks = append(brks, topicCuts(s, from)...)
		}
		found := lineBreaks(flat, r, seq, lost, colonPoint && m0 == nil)
		if lost && j-i > 1 {
			brks = append(brks, headingCuts(s, from, found)...)
		}
		for _, b := range found {
			if inFurniture(lines[i:j], furniture, i, from+b.pos) {
				continue // a page's header or footer inside a sentence it cut keeps its lines
			}
			if b.join {
				if c := s[b.pos]; c == '\n' || c == '\r' {
					brks = append(brks, brk{pos: from + b.pos, join: true})
				}
				continue
			}
			if lost && j-i > 1 {
				b.ins = "\n\n" // a re-wrap writes no line per point: every break is a paragraph's
			}
			before := strings.TrimRight(s[:b.pos], " \t\r")
			switch {
			case before == "" || strings.HasSuffix(before, "\n\n"):
			case !strings.HasSuffix(before, "\n"):
				brks = append(brks, brk{pos: from + b.pos, ins: b.ins})
			case b.ins == "\n\n":
				brks = append(brks, brk{pos: from + b.pos, ins: "\n"}) // a line end where a paragraph ends
			}
			if at, ok := bulletLineEnd(s, flat, b.pos); ok {
				for ; at < len(s) && (s[at] == '\r' || s[at] == '\n'); at++ {
					brks = append(brks, brk{pos: from + at, join: true}) // "... Panamá. o⏎Solicitar a la ST ...": the bullet and its text on one line
				}
			}
		}
		i = j
	}
	if len(brks) == 0 {
		return out
	}
	sort.SliceStable(brks, func(a, b int) bool { return brks[a].pos < brks[b].pos })
	var sb strings.Builder
	sb.Grow(len(text) + 2*len(brks))
	prev, cum := 0, 0
	for _, b := range brks {
		if b.pos < prev {
			continue
		}
		if b.join {
			sb.WriteString(text[prev:b.pos])
			sb.WriteByte(' ')
			prev = b.pos + 1
			continue
		}
		sb.WriteString(text[prev:b.pos])
		// a break replaces the spaces before it
		sb.WriteString(b.ins)
		cum += len(b.ins)
		out.at = append(out.at, sb.Len())
		out.cum = append(out.cum, cum)
		prev = b.pos
	}
	sb.WriteString(text[prev:])
	out.text = sb.String()
	return out
}

// pointWordCut reports a line that ends with a point's word in capitals
// and a next line that opens with its number ("... centroamericanos. ACUERDO"
// / "No. 8: Recomendar ..."): the point's label, cut by a line break.
func pointWordCut(a, b string) bool {
	a, b = strings.TrimRight(a, " \t\r"), strings.TrimLeft(b, " \t")
	signs := []string{"No.", "No", "N°", "Nº", "N."}
	for _, p := range signs {
		if strings.HasSuffix(a, " "+p) && b != "" && b[0] >= '0' && b[0] <= '9' {
			a, b = strings.TrimRight(strings.TrimSuffix(a, p), " "), p+" "+b // "ACUERDO No." / "2: Agradecer ..."
			break
		}
	}
	w := lastWord(a)
	if !isUpperWord(w) || !pointWords[fold(w)] || !strings.HasSuffix(a, w) {
		return false
	}
	for _, p := range signs {
		if strings.HasPrefix(b, p+" ") && len(b) > len(p)+1 && b[len(p)+1] >= '0' && b[len(p)+1] <= '9' {
			return true
		}
	}
	return false
}

// quotedBreaks returns the line breaks of a re-wrapped paragraph that fall
// inside a quotation ("titulado “Actualización de la Agenda de la CRM.⏎
// Propuesta de México”"), to read as spaces: a title opens no point.
func quotedBreaks(s string, from int) []brk {
	var out []brk
	open, straight := 0, 0
	paired := strings.Count(s, "\"")%2 == 0 // an unpaired straight quote opens nothing
	for k := 0; k < len(s); k++ {
		switch {
		case strings.HasPrefix(s[k:], "“"):
			open++
		case strings.HasPrefix(s[k:], "”"):
			open = max(0, open-1)
		case s[k] == '"' && paired:
			straight ^= 1
		case s[k] == '\n' && (open > 0 || straight == 1):
			out = append(out, brk{pos: from + k, join: true})
		}
	}
	return out
}

// topicCuts returns the line breaks of a re-wrapped paragraph that fall
// inside a topic heading before its dash bullet ("... next meeting. Next⏎
// steps - We instruct ..."), to read as spaces, so the heading is read whole
// (topics.go).
func topicCuts(s string, from int) []brk {
	var out []brk
	for k := strings.IndexByte(s, '\n'); k >= 0; {
		ls := strings.LastIndexByte(s[:k], '\n') + 1
		le := strings.IndexByte(s[k+1:], '\n')
		if le < 0 {
			le = len(s) - k - 1
		}
		prev, next := s[ls:k], s[k+1:k+1+le]
		tail := prev[strings.LastIndexAny(prev, ".;:")+1:]
		dash := strings.Index(next, " - ")
		if dash < 0 {
			dash = strings.Index(next, " – ")
		}
		if strings.LastIndexAny(prev, ".;:") >= 0 && dash >= 0 && topicHeading(strings.TrimSpace(tail)+" "+strings.TrimSpace(next[:dash])) &&
			!strings.ContainsAny(next[:dash], ".;:") && startsUpper(strings.TrimLeft(next[dash+3:], " ")) {
			out = append(out, brk{pos: from + k, join: true})
		}
		if le == len(s)-k-1 {
			break
		}
		k += 1 + le
	}
	return out
}

// headingCuts returns the line breaks of a re-wrapped paragraph that fall
// inside a short heading set off by the breaks found before and after it,
// ahead of a marked point ("... policías.⏎Intercambio de inf-⏎ormación⏎• Encomendar
// ..."), to read as spaces, so the heading is one line as in the plain text.
func headingCuts(s string, from int, found []brk) []brk {
	var cuts []int
	for _, b := range found {
		if !b.join {
			cuts = append(cuts, b.pos)
		}
	}
	sort.Ints(cuts)
	var out []brk
	for k := 0; k+1 < len(cuts); k++ {
		seg := strings.TrimSpace(s[cuts[k]:cuts[k+1]])
		nl := strings.IndexByte(seg, '\n')
		if nl < 0 || len(seg) > 80 || !startsUpper(seg) || strings.ContainsAny(seg, ".;:()") || parseMarker(seg) != nil || parseMarker(s[cuts[k+1]:min(len(s), cuts[k+1]+40)]) == nil {
			continue
		}
		for p := cuts[k]; p < cuts[k+1]; p++ {
			if s[p] == '\n' {
				out = append(out, brk{pos: from + p, join: true})
			}
		}
	}
	return out
}

// wrapLine is the longest line of a text wrapped to a page or column width.
const wrapLine = 100

// wrapped reports a paragraph of lines wrapped at a page or column width,
// a third of them or more going on in a small letter on the next: a run of
// lines with no blank one between them may then be many paragraphs whose
// breaks were lost in a re-wrap. Lines that each hold a point are not.
func wrapped(text string, lines []line) bool {
	if len(lines) < 3 {
		return false
	}
	goesOn := 0
	for k, ln := range lines {
		if ln.end-ln.start > wrapLine {
			return false
		}
		if w := firstWord(strings.TrimLeft(text[ln.start:ln.end], spaces)); k > 0 && unicode.IsLower(firstRune(w)) && hasLetters(w, 2) && parseMarker(w+" x") == nil {
			goesOn++
		}
	}
	return 3*goesOn >= len(lines)
}

// sequence follows the numbering of each marker style through a text.
type sequence struct {
	last map[string]int
}

// newSequence starts with no point seen.
func newSequence() *sequence { return &sequence{last: map[string]int{}} }

// key names the counter of a marker reading: dotted points count under their parent.
func (q *sequence) key(c candidate) string {
	if c.style == styleDotted {
		return styleDotted + c.parent
	}
	return c.style
}

// fits returns the reading of a marker that continues a numbering: the next
// value, or a first point when a second follows (more reports whether one
// does), or a roman chapter one past the next when the one after it follows.
func (q *sequence) fits(cands []candidate, more func(c candidate) bool) (candidate, bool) {
	for _, c := range cands {
		if strings.HasPrefix(c.style, styleBullet) || c.style == stylePara {
			continue
		}
		if c.value == q.last[q.key(c)]+1 {
			return c, true
		}
		if c.value == 1 && more(c) {
			return c, true
		}
		if c.style == styleURoman && c.value == q.last[q.key(c)]+2 && more(c) {
			return c, true // a chapter whose heading ran into a list item ("• Asuntos varios III. Desarrollo")
		}
	}
	return candidate{}, false
}

// accept records a marker; a new top-level point restarts the levels below it.
func (q *sequence) accept(cands []candidate, force bool) {
	for _, c := range cands {
		if !force && c.value != q.last[q.key(c)]+1 && c.value != 1 {
			continue
		}
		q.last[q.key(c)] = c.value
		if c.style == styleDec || c.style == styleOrd || c.style == styleURoman {
			for _, k := range []string{styleLAlpha, styleUAlpha, styleLRoman} {
				if k != c.style {
					delete(q.last, k)
				}
			}
		}
		return
	}
}

// inlineMark is a marker found inside a long line.
type inlineMark struct {
	pos int
	m   *marker
	// head is a dash that opens a dash list with no sentence end before it
	// ("... periodo 2010-2011 - Un taller ... . - Un curso ...").
	head bool
	// lower is a marker whose text starts in small letters after a full
	// stop ("... 2011-2012. b) encornendar a la OIM ..."): a point only
	// as the next value of its numbering.
	lower bool
}

// lineBreaks finds where a long line lost its breaks; lostParas says that
// it also lost its paragraph breaks (it holds most of the text), subPoints
// that it follows a numbered point ending with a colon (its sentences are
// that point's sub-points).
func lineBreaks(s string, r *rules, seq *sequence, lostParas, subPoints bool) []brk {
	var marks []inlineMark
	for i := 0; i < len(s); i++ {
		if i > 0 && !isSpace(s[i-1]) && !strings.HasSuffix(s[:i], "\u00a0") {
			continue
		}
		if m := inlineMarker(s, i); m != nil && !afterNumberSign(s[:i]) && !afterMonth(s[:i], m) && !itemLabel(s, i) && !annexWord(lastWord(s[:i])) && !(numberedNoun(s[:i], r) && !titleBeforeNext(s[:i], m, marks)) && !namedAfterOf(s, i) { // not "listed in Annex I. The ...", "Session 1 - Progress ...", "LÍNEA DE ACCIÓN 1:"
			marks = append(marks, inlineMark{pos: i, m: m})
		} else if m := lowerNextPoint(s, i); m != nil {
			marks = append(marks, inlineMark{pos: i, m: m, lower: true})
		} else if m := circleAfterValue(s, i, r, marks); m != nil {
			marks = append(marks, inlineMark{pos: i, m: m})
		}
	}
	marks = dashHeads(s, marks)
	var out []brk
	furniture := append(pageFurniture(s), pipeTables(s)...)
	sort.Slice(furniture, func(a, b int) bool { return furniture[a][0] < furniture[b][0] })
	marks = slices.DeleteFunc(marks, func(m inlineMark) bool {
		return inRanges(furniture, m.pos) || labelDash(s, m, r) // "- 2 -": a page's number; "Responsable: —": an empty value; no point
	})
	fi := 0
	mi := 0
	lead := false      // inside the clauses of a lead-in that ended with a colon
	declParas := false // the lead-in's clauses are unnumbered paragraphs
	forced := -1       // a marker that a heading introduced
	paras := lostParas && (!isNumbered(marks) || listsUnderColons(s, marks) && weVoice(s, r))
	we := paras && weVoice(s, r)
	capsVoice := paras && capsVerbsOpen(s, r) // "ACUERDA: APROBAR ... CONSTITUIR ..., coordinado por Guatemala y México. Ambos países presentarán ...": only a verb in capitals opens a paragraph
	ownSeen := false                          // a decision of the meeting's own ended a lead-in's list
	inPoint, sub := subPoints, subPoints      // in a numbered point; after its colon ("... a continuación: La realización ...")
	for i := 0; i < len(s); {
		if isSpace(s[i]) {
			i++
			continue
		}
		for fi < len(furniture) && furniture[fi][1] <= i {
			fi++
		}
		if fi < len(furniture) && furniture[fi][0] <= i {
			// a running header or footer with its page number: a line of its
			// own; a table's cells: no sentence of prose
			if s[furniture[fi][0]] != '|' {
				out = append(out, brk{pos: furniture[fi][0], ins: "\n"}, brk{pos: skipSpace(s, furniture[fi][1]), ins: "\n"})
			}
			i = furniture[fi][1]
			continue
		}
		afterPage := fi > 0 && skipSpace(s, furniture[fi-1][1]) == i // the text after the furniture starts a line
		next := i + len(firstWord(s[i:]))
		stop := afterStop(s, i) // read once: a dozen tests below ask it
		for mi < len(marks) && marks[mi].pos < i {
			mi++
		}
		party := paras && stop && partyClause(unhyphen(s[i:min(len(s), i+300)])) // read only where it counts
		// a party that will act is one of the lead-in's points ("Los países miembros enviarán ...")
		if paras && stop && !markerBefore(s, i) && (!capsVoice || capsVerbOpening(s[i:min(len(s), i+200)], r)) && (party && !lead || !party && (opensParagraph(s, i, r, we) || we && headingBeforeWe(s, i) || bulletLeadIn(s, i, marks, mi) || ownDecision(s, i, r) || namedAct(s, i, r))) {
			out = append(out, brk{pos: i, ins: "\n\n"}) // a paragraph of a declaration that numbers nothing
			lead = lead && clauseOverList(s, i, r, marks, mi)
		}
		if lead && declParas && stop && (colonBeforeMarker(s, i, marks, mi) || commitSentence(s[i:min(len(s), i+200)])) {
			out = append(out, brk{pos: i, ins: "\n"}) // "Respecto a ...: a) ...", "El Gobierno de X se compromete" (choice.go)
		}
		if !paras && (lead || ownSeen) && stop && !markerBefore(s, i) && ownDecision(s, i, r) {
			out = append(out, brk{pos: i, ins: "\n"}) // "... by 31 January 2014. Held a dialogue ... Thanked ...": the lead-in's list ended
			lead, ownSeen = false, true
		}
		if !paras && ownSeen && stop && !markerBefore(s, i) && namedAct(s, i, r) {
			out = append(out, brk{pos: i, ins: "\n"}) // "... Solicitamos ... local. Colombia y Perú se comprometen ...": among the meeting's own decisions, a party's
		}
		if end, ok := followingHeading(s, i, r); ok {
			// "... adoptaron las siguientes RESOLUCIONES Aprobar ...": the heading ends the lead-in
			out = append(out, brk{pos: i, ins: "\n\n"}, brk{pos: skipSpace(s, end), ins: "\n\n"})
			lead, i = true, skipSpace(s, end)
			continue
		}
		if t, ok := titledLeadAfterStop(s, i, r); ok {
			// "... delegations. Recommendations The Senior Officials further made the following recommendations:"
			out = append(out, brk{pos: i, ins: "\n\n"}, brk{pos: skipSpace(s, i+len(t)), ins: "\n\n"})
			i = skipSpace(s, i+len(t))
			continue
		}
		if !paras && stop && !markerBefore(s, i) && inMarkedPoint(s, out) && (leadSentence(s, i, r) || subjectLead(s, i, r, marks, mi)) {
			out = append(out, brk{pos: i, ins: "\n"}) // "... Pro Tempore. Asimismo, los Viceministros acordaron:"
		} else if !paras && stop && !markerBefore(s, i) && leadSentence(s, i, r) && colonBeforeMarker(s, i, marks, mi) && !strings.HasPrefix(marks[mi].m.cands[0].style, styleBullet) {
			out = append(out, brk{pos: i, ins: "\n\n"}) // "... AGRADECER al Gobierno de Canadá su hospitalidad. Asimismo, los Viceministros convinieron en los siguientes puntos: 1. ..."
		}
		if lastRune(trimRightSpace(s[:i])) == ',' && bareLeadInAt(s, i, r) {
			out = append(out, brk{pos: i, ins: "\n\n"}) // "..., reunidos en Asunción ..., DECLARAN: Reafirmamos ...": the lead-in of the declaration
		}
		if stop && !markerBefore(s, i) && shortLeadIn(s, i, r) {
			out = append(out, brk{pos: i, ins: "\n\n"}) // "... de Enlace. Y, en consecuencia, ACUERDAN: PRIMERO: ...": the operative part's own lead-in
		}
		if stop && !markerBefore(s, i) {
			if k, ok := restartHeading(s, i, r, seq, marks); ok {
				out = append(out, brk{pos: i, ins: "\n\n"}) // "... 2019. Observer organizations: a. Thank IOM ..."
				forced = marks[k].pos
				i = marks[k].pos
				continue
			}
		}
		if strings.ContainsRune(".;|+", lastRune(trimRightSpace(s[:i]))) && notesLabel(s[i:], r) {
			out = append(out, brk{pos: i, ins: "\n\n"}) // "... +------+ Notes: - Dates are ...": notes after a table, no points
		}
		if end := asterism(s, i); end > i {
			out = append(out, brk{pos: i, ins: "\n\n"}, brk{pos: skipSpace(s, end), ins: "\n\n"}) // "... in Honduras. * * * Prepared by ..."
			i = skipSpace(s, end)
			continue
		}
		if stop || boundary(s, i) || unnumberedAnnex(s, i) { // annexHeading tried only where it counts
			if end, ok := annexHeading(s, i, r); ok {
				// "... the meeting. ANNEX - LIST OF PARTICIPANTS CANADA: ...": the
				// annexed list holds no point of the operative part
				out = append(out, brk{pos: i, ins: "\n\n"}, brk{pos: skipSpace(s, end), ins: "\n"})
				break
			}
		}
		if end, ok := numberedCapsTitle(s, i); ok && stop {
			out = append(out, brk{pos: i, ins: "\n\n"}, brk{pos: skipSpace(s, end), ins: "\n\n"}) // "... 2022. 2. RECOMMENDATIONS TO THE RCGM 1. That ..."
			i = skipSpace(s, end)
			continue
		}
		if w := firstWord(s[i:]); annexWord(w) && isUpperWord(w) && annexNumber(firstWord(s[skipSpace(s, i+len(w)):])) {
			// "... June 2023 ANNEX I – AGENDA 1. Opening ... 7. Other business ANNEX II –
			// LIST OF PARTICIPANTS ...": a numbered annex opens a paragraph of its own
			out = append(out, brk{pos: i, ins: "\n\n"})
			i += len(w)
			continue
		}
		if end, ok := placeDateAt(s, i); ok {
			out = append(out, brk{pos: i, ins: "\n\n"}, brk{pos: skipSpace(s, end), ins: "\n\n"}) // "... reunión. Ciudad de México, 30 de junio de 2020 (f) ..."
			i = skipSpace(s, end)
			continue
		}
		if end, ok := closingFormula(s, i); ok {
			out = append(out, brk{pos: i, ins: "\n\n"}, brk{pos: skipSpace(s, end), ins: "\n\n"}) // "... Reunión Viceministerial. Dada en San José, ..., el 28 de junio de 2013. Por Canadá ..."
			if lostParas {
				out = append(out, spacesIn(s, i, end)...) // "Dada en⏎la Ciudad de ...": one line, as a re-wrap found it
			}
			i = end
			continue
		}
		if tail := strings.TrimSpace(s[i:]); stop && len(tail) <= 80 && !strings.Contains(tail, ". ") && signOff(tail) {
			out = append(out, brk{pos: i, ins: "\n\n"}) // "... for hosting the Conference. Bali, 6 August 2018"
			break
		}
		marked := mi < len(marks) && marks[mi].pos == i
		if !marked && stop && listEnded(s, i, marks, mi) {
			out = append(out, brk{pos: i, ins: "\n\n"}) // "...; ▪ nominate ... recognition. IOM, together with ...": a paragraph after the list
		}
		if sub && !marked && stop && startsUpper(s[i:]) {
			out = append(out, brk{pos: i, ins: "\n"}) // an unnumbered sub-point of the point's colon
		}
		if at, ok := cueBeforeList(s, i, seq, marks, mi, r); ok {
			out = append(out, brk{pos: at, ins: "\n\n"}) // "d) Varios Tras las deliberaciones, ...": the lead-in ran onto an item
			out = append(out, brk{pos: i, ins: "\n\n"})  // "... la Red acordó 1. Remitir ...": the lead-in ran into its list
			forced, lead = i, false
		}
		startsLine := len(out) > 0 && out[len(out)-1].pos == i && !out[len(out)-1].join // after a heading put on its own line ("4. CONCLUSIONS AND RECOMMENDATIONS" / "Conclusions I. The Network ...")
		if i == forced || boundary(s, i) || afterPage || startsLine || s[i] >= 'A' && s[i] <= 'Z' && isUpperWord(firstWord(s[i:])) && conjAfterStop(s[:i]) || marked && len(seq.last) == 0 && firstValue(marks[mi].m) || marked && (marks[mi].head || repeatedGlyph(s, marks, mi) || sectionChild(s, i, marks[mi].m, seq, out) || afterCaps(s, i) || glyphBullet(marks[mi].m) || listConj(s[:i]) || dashedMarker(s, i, marks[mi].m) || afterYear(s[:i]) || afterLabel(s, i, r, seq, marks[mi].m)) {
			wasLead, n := lead, len(out)
			if j, ok := atBoundary(s, i, r, seq, marks, mi, &out, &lead, &forced); ok {
				if marked && len(out) > n && out[len(out)-1].pos == i {
					inPoint, sub = !strings.HasPrefix(marks[mi].m.cands[0].style, styleBullet), false
				}
				declParas = declParas && !(lead && !wasLead)
				lead = lead || wasLead && declParas // a sublist among unnumbered paragraphs
				i = j
				continue
			}
			declParas = declParas || lead && len(out) > n
		}
		if paras && strings.HasSuffix(s[i:next], ":") && !leadIn(s, next, r) && opensParagraph(s, skipSpace(s, next), r, we) {
			out = append(out, brk{pos: skipSpace(s, next), ins: "\n\n"}) // "... the following declaration: In the view of the CRM, ..."
		}
		if inPoint && !lead && strings.HasSuffix(s[i:next], ":") && !startsUpper(s[i:next]) && !openQuote(s, i) && !leadIn(s, next, r) && startsUpper(s[skipSpace(s, next):]) && r.labelColon(s[i:next]) < 0 {
			if k := skipSpace(s, next); !(mi < len(marks) && marks[mi].pos <= k) || marks[mi].pos != k {
				out = append(out, brk{pos: k, ins: "\n"})
				sub = true
			}
		}
		if strings.HasSuffix(s[i:next], ":") && leadIn(s, next, r) && !fieldLabel(s, i, next, r) {
			ins := "\n"
			if paras {
				ins = "\n\n" // the lead-in of a declaration ends its paragraph
			}
			out = append(out, brk{pos: skipSpace(s, next), ins: ins})
			lead = true
		}
		i = next
	}
	if lostParas {
		out = append(out, afterDates(s, out)...)
		out = append(out, titleBreaks(s, out)...)
	}
	return append(out, footnoteRules(s, marks)...)
}

// bulletLineEnd returns the line end of s right after a hollow bullet
// written "o" that starts at byte pos of flat (s with its line breaks read
// as spaces), where a re-wrap left the bullet alone at a line's end.
func bulletLineEnd(s, flat string, pos int) (int, bool) {
	if pos >= len(flat) || flat[pos] != 'o' {
		return 0, false
	}
	m := inlineMarker(flat, pos)
	if m == nil || m.cands[0].style != styleBullet+"circle" {
		return 0, false
	}
	at := pos + len(strings.TrimRight(flat[pos:m.end], " "))
	for at < len(s) && (s[at] == ' ' || s[at] == '\t') {
		at++
	}
	return at, at < len(s) && (s[at] == '\n' || s[at] == '\r')
}

// footnoteRules puts a footnote's rule on a line of its own where line
// breaks were lost ("... to the Regional _____ (1) The text of ... - 2 -
// Consultation Group ..."): the parser skips the footnote under it, and
// the sentence it cut goes on after the page's furniture.
func footnoteRules(s string, marks []inlineMark) []brk {
	var out []brk
	for _, m := range marks {
		before := trimRightSpace(s[:m.pos])
		if !strings.HasSuffix(before, "_____") {
			continue
		}
		start := strings.TrimRight(before, "_")
		out = append(out, brk{pos: len(start), ins: "\n"})
	}
	return out
}

// inRanges reports whether byte pos falls inside one of ranges ([start, end) pairs).
func inRanges(ranges [][2]int, pos int) bool {
	for _, r := range ranges {
		if r[0] <= pos && pos < r[1] {
			return true
		}
	}
	return false
}

// spacesIn returns a join at every space of s[from:to]: where the paragraph
// has a line break there, it reads as a space.
func spacesIn(s string, from, to int) []brk {
	var out []brk
	for p := from; p < to; p++ {
		if s[p] == ' ' {
			out = append(out, brk{pos: p, join: true})
		}
	}
	return out
}

// inMarkedPoint reports whether the text since the last break found opens
// with a numbered marker: the sentences after it belong to a point.
func inMarkedPoint(s string, out []brk) bool {
	from := 0
	for k := len(out) - 1; k >= 0; k-- {
		if !out[k].join {
			from = out[k].pos
			break
		}
	}
	m := parseMarker(s[from:min(len(s), from+40)])
	return m != nil && !strings.HasPrefix(m.cands[0].style, styleBullet)
}

// capsVerbsOpen reports a text in which three sentences or more open with
// a verb of the action table in capitals ("APROBAR ...", "ENCOMENDAR ..."):
// a declaration whose clauses those verbs open.
func capsVerbsOpen(s string, r *rules) bool {
	n := 0
	for i := 1; i < len(s) && n < 3; i++ {
		if s[i] >= 'A' && s[i] <= 'Z' && isSpace(s[i-1]) && boundary(s, i) && capsVerbOpening(s[i:min(len(s), i+200)], r) {
			n++
		}
	}
	return n >= 3
}

// namedAfterOf reports a point word at byte i after "de" / "of" ("LÍNEA DE
// ACCIÓN 1:", "el cumplimiento del Acuerdo 5"): a name or a reference, no
// point.
func namedAfterOf(s string, i int) bool {
	if !pointWords[fold(firstWord(s[i:]))] {
		return false
	}
	switch strings.ToLower(lastWord(s[:i])) {
	case "de", "del", "of":
		return true
	}
	return false
}

// leadSentence reports a sentence at byte i that is only an operative
// lead-in ("Asimismo, los Viceministros acordaron:"): it starts a line, and
// may start a new list after the points before it.
func leadSentence(s string, i int, r *rules) bool {
	end := strings.IndexAny(s[i:], ".;:")
	return end > 0 && end <= 200 && s[i+end] == ':' && leadIn(s, i+end+1, r)
}

// subjectLead reports a sentence at byte i with the meeting as its subject
// and an action that ends with a colon and a list right after it ("The
// Member States requested IOM ... to undertake the following: - ..."),
// after the last point of a numbered list that does not go on after it:
// the lead-in of a list of its own, where "3. ... The Network requests the
// Member Countries to: • ... 4. ..." holds point 3's sub-points.
func subjectLead(s string, i int, r *rules, marks []inlineMark, mi int) bool {
	end := strings.IndexAny(s[i:min(len(s), i+201)], ".;:")
	if end <= 0 || s[i+end] != ':' || parseMarkerAt(s, skipSpace(s, i+end+1)) == nil {
		return false
	}
	if _, ok := subjectSentence(s, i, r); !ok || !namesAction(s[i:i+end], r) {
		return false
	}
	for k := mi - 1; k >= 0; k-- {
		c := marks[k].m.cands[0]
		if strings.HasPrefix(c.style, styleBullet) || c.style == stylePara {
			continue
		}
		for _, later := range marks[mi:] {
			for _, d := range later.m.cands {
				if d.style == c.style && d.value == c.value+1 {
					return false // the numbering goes on after the list
				}
			}
		}
		return true
	}
	return false
}

// titledLeadAfterStop is titledLead where a full stop comes before byte i
// and no marker between: it asks those first, as only one word in twenty
// that titledLead would read follows a full stop.
func titledLeadAfterStop(s string, i int, r *rules) (string, bool) {
	if !afterStop(s, i) || markerBefore(s, i) {
		return "", false
	}
	return titledLead(s, i, r)
}

// titledLead returns the title of a section that runs into its operative
// lead-in ("Recommendations The Senior Officials further made the following
// recommendations:"): a title that is only an operative cue, then a lead-in.
func titledLead(s string, i int, r *rules) (string, bool) {
	if !startsUpper(s[i:]) {
		return "", false // tested first: it looks at one word, IndexAny at up to 200 bytes
	}
	end := strings.IndexAny(s[i:min(len(s), i+200)], ".;:")
	if end < 0 || s[i+end] != ':' || !foldedHolds(s[i:i+end], r.structure.phrases("operative")) {
		return "", false // the title, a prefix, is an operative cue: one has to be there
	}
	toks := wordTokens(s[i : i+end])
	t, ok := inlineTitle(s[i:i+end], toks, r)
	if !ok {
		return "", false
	}
	tt := wordTokens(t)
	e, j, found := r.structure.match(tt, 0)
	if !found || e.kind != "operative" || j != len(tt) {
		return "", false
	}
	return t, leadIn(s, i+end+1, r)
}

// afterYear reports text that ends with a year ("Vancouver, Canada May
// 24-25, 2005"): the end of a title's date line, after which a marker that
// continues the numbering opens the first point ("2005 1. The Tenth ...").
func afterYear(before string) bool {
	w := before[strings.LastIndexAny(strings.TrimRight(before, spaces), spaces)+1:]
	w = strings.TrimRight(w, spaces)
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == ""
}

// afterLabel reports a marker that goes on with its list's numbering right
// after a point's label and its value, with no stop between ("... Deadline:
// next meeting of the Network 3.5 The Member ..."): the value ended there.
func afterLabel(s string, i int, r *rules, seq *sequence, m *marker) bool {
	seg := sentenceBefore(s, i)
	if r.labelColon(seg) < 0 && !sessionTitle(seg, r) {
		return false
	}
	for _, c := range m.cands {
		if c.style != stylePara && !strings.HasPrefix(c.style, styleBullet) && c.value > 1 && c.value == seq.last[seq.key(c)]+1 {
			return true
		}
	}
	return false
}

// sessionTitle reports a session's or an agenda item's title: its word, a
// number or an ordinal, a colon (or a stop or a spaced dash) and a title
// with no sentence end ("Session 2: Protection at sea", "SESSION 3 - FORCED
// LABOUR", "PUNTO SEGUNDO: Lectura y aprobación del acta ..."; section_cues.csv
// kind session).
func sessionTitle(t string, r *rules) bool {
	t = strings.TrimLeft(t, " ")
	c := strings.IndexByte(t, ':')
	for _, sep := range []string{". ", " - ", " – ", " — "} {
		if d := strings.Index(t, sep); d > 0 && d <= 30 && (c < 0 || d < c) {
			c = d // "Item 2. Consular assistance to nationals in detention", "SESSION 3 - FORCED LABOUR"
		}
	}
	if c < 0 || c > 30 || !startsUpper(t) {
		return false
	}
	title := t[c+1:]
	if k := strings.Index(title, ". "); k >= 0 && startsUpper(strings.TrimLeft(title[k+2:], " ")) {
		title = title[:k] // "Tema 2 - Formulario migratorio único. Las delegaciones ...": the title, then its narrative
	}
	if strings.ContainsAny(title, ".;:") || countFields(title, 16) > 15 {
		return false
	}
	toks := wordTokens(t[:c])
	_, j, ok := r.sections.matchKind(toks, 0, "session")
	return ok && j == len(toks)-1 && (strings.Trim(toks[j].text, "0123456789") == "" || ordinals[fold(toks[j].text)] > 0)
}

// bareLeadInAt reports an operative lead-in alone in capitals at byte i
// ("DECLARAN:"), up to its colon.
func bareLeadInAt(s string, i int, r *rules) bool {
	c := strings.IndexByte(s[i:min(len(s), i+30)], ':')
	return c > 0 && bareLeadIn(s[i:i+c+1], r)
}

// shortLeadIn reports a sentence at byte i of six words at most that ends
// with a colon and carries an operative cue ("Y, en consecuencia, ACUERDAN:",
// "DECIDE:") before a marker.
func shortLeadIn(s string, i int, r *rules) bool {
	c := strings.IndexByte(s[i:min(len(s), i+60)], ':')
	if c < 0 || strings.ContainsAny(s[i:i+c], ".;") || countFields(s[i:i+c], 7) > 6 {
		return false
	}
	m := parseMarkerAt(s, skipSpace(s, i+c+1))
	return m != nil && !strings.HasPrefix(m.cands[0].style, styleBullet) && operativeCue(s[i:i+c], r)
}

// afterNumberSign reports text that ends with a sign that a number follows
// ("ACUERDO No. 1.-", "Resolución Nº 3"): that number is the point's, no
// marker of its own.
func afterNumberSign(before string) bool {
	w := strings.ToLower(firstWord(strings.TrimLeft(before[strings.LastIndexAny(strings.TrimRight(before, spaces), spaces)+1:], spaces)))
	switch w {
	case "no.", "no", "nº", "n°", "núm.", "nro.", "no:", "number", "número":
		return true
	}
	return false
}

// itemLabel reports a number at byte i that a label of the narrative's
// items holds ("Session 2. UNHCR presented ...", "Item 3. The ILO ..."):
// one capitalised word that opens a line or a sentence and numbers the
// item before or after too ("Session 1", "Session 3"); after a word in
// small letters ("Summary of the sessions Session 1."), the two after. A
// heading over the first point ("Recommendations 1.", "SUBSTANTIVE
// MATTERS 1." / "ADMINISTRATIVE MATTERS 1.") numbers no neighbour.
func itemLabel(s string, i int) bool {
	before := trimRightSpace(s[:i])
	w := lastWord(before)
	if len(w) < 3 || !strings.HasSuffix(before, w) || !startsUpper(w) {
		return false
	}
	k := i
	for k < len(s) && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	v, err := strconv.Atoi(s[i:k])
	if err != nil {
		return false
	}
	has := func(n int) bool { return n > 0 && strings.Contains(s, w+" "+strconv.Itoa(n)) }
	open := trimRightSpace(before[:len(before)-len(w)])
	if open == "" || strings.ContainsRune(".:;", lastRune(open)) || isUpperWord(lastWord(open)) {
		return has(v-1) || has(v+1)
	}
	return has(v+1) && has(v+2)
}

// afterMonth reports a number right after a month's name ("no later than
// March 15. LIAISON ..."): a day, no marker.
func afterMonth(before string, m *marker) bool {
	if m.cands[0].style != styleDec {
		return false
	}
	t := strings.TrimRight(before, spaces)
	return isMonthWord(t[strings.LastIndexAny(t, spaces)+1:])
}

// afterDates returns a line break after each date that a capitalised word
// follows with no punctuation between ("Ciudad de Guatemala, Guatemala 18 de
// junio de 2018 La Red de Funcionarios ..."): a place and date line whose
// break was lost, so the date keeps a line of its own as in the plain text.
func afterDates(s string, have []brk) []brk {
	at := map[int]bool{}
	for _, b := range have {
		at[b.pos] = true
	}
	var out []brk
	for _, d := range findDates(s) {
		if d.stop >= len(s) || s[d.stop] != ' ' {
			continue
		}
		k := skipSpace(s, d.stop)
		if w := firstWord(s[k:]); k < len(s) && !at[k] && unicode.IsUpper(firstRune(w)) && !isMonthWord(w) {
			out = append(out, brk{pos: k, ins: "\n"})
		}
	}
	return out
}

// isMonthWord reports a month's name ("March", "Marzo").
func isMonthWord(w string) bool {
	_, ok := monthNames[strings.ToLower(strings.TrimRight(w, ".,;:"))]
	return ok
}

// openQuote reports whether a quotation is open at byte i of its sentence
// (a colon inside a title: “Smuggling of Migrants: Comparative ...”).
func openQuote(s string, i int) bool {
	from := strings.LastIndexAny(s[:i], ".;") + 1
	t := s[from:i]
	return strings.Count(t, "“") > strings.Count(t, "”") || strings.Count(t, "\"")%2 == 1
}

// isNumbered reports whether a long line holds a numbering (a first and a
// second point of one style): then its paragraphs are its points. Letters
// number a sublist, which a declaration of plain paragraphs may hold.
func isNumbered(marks []inlineMark) bool {
	seen := map[string]int{}
	for _, m := range marks {
		for _, c := range m.m.cands {
			if strings.HasPrefix(c.style, styleBullet) || letterStyle(c.style) {
				continue
			}
			if c.value == 1 {
				seen[c.style] = 1
			} else if c.value == 2 && seen[c.style] == 1 {
				return true
			}
		}
	}
	return false
}

// listsUnderColons reports numbered lists that each restart at 1 right
// after a colon, two or more of them ("We commit to: 1. ... 6. ... We call
// upon: 1. ..."): in a declaration that speaks as "we" they are sublists
// among its paragraphs, not its points.
func listsUnderColons(s string, marks []inlineMark) bool {
	n := 0
	for _, m := range marks {
		c := m.m.cands[0]
		if c.value != 1 || strings.HasPrefix(c.style, styleBullet) || letterStyle(c.style) {
			continue
		}
		if !strings.HasSuffix(trimRightSpace(s[:m.pos]), ":") {
			return false
		}
		n++
	}
	return n >= 2
}

// afterPunct reports whether byte i of s follows a stop, a colon or a
// semicolon: "... (OIM) QUE PRESTE ..." goes on its clause, "...: QUE ..." opens one.
func afterPunct(s string, i int) bool {
	before := trimRightSpace(s[:i])
	return before != "" && strings.ContainsRune(".;:", rune(before[len(before)-1]))
}

// afterStop reports whether byte i of s starts a sentence after a full stop.
func afterStop(s string, i int) bool {
	if i == 0 || !isSpace(s[i-1]) {
		return false
	}
	before := withoutNoteMark(trimRightSpace(s[:i]))
	if strings.HasSuffix(before, "....") {
		return false // a leader's dots ("Afghanistan ........ Ministry of ..."): no sentence ends there
	}
	return strings.HasSuffix(before, ".") || strings.HasSuffix(before, ".\"") || strings.HasSuffix(before, ".”")
}

// withoutNoteMark drops a footnote's mark after a sentence's stop ("...
// December 2018.(1)", "... 2018.¹", "... 2018.*").
func withoutNoteMark(before string) string {
	if n := len(before); n == 0 || before[n-1] < utf8.RuneSelf && before[n-1] != '*' && before[n-1] != ')' {
		return before // it ends with no mark: lineBreaks asks at every word
	}
	if t := strings.TrimRight(before, "¹²³⁴⁵⁶⁷⁸⁹⁰*"); t != before && strings.HasSuffix(t, ".") {
		return t
	}
	if strings.HasSuffix(before, ")") {
		if k := strings.LastIndexByte(before, '('); k > 0 && len(before)-k <= 4 && before[k-1] == '.' && strings.Trim(before[k+1:len(before)-1], "0123456789") == "" {
			return before[:k] // ".(1)"
		}
	}
	return before
}

// subjectSentence reports a sentence that opens with the meeting as its
// subject ("The Vice-Ministers voiced ...", "Lastly, the Vice-Ministers
// thanked ...", "Asimismo, los Viceministros ...", "Having debated ..., we
// reaffirm") or names it in its opening phrase ("In the view of the CRM,"):
// in a declaration of plain paragraphs it starts a paragraph. It returns
// the subject's first word ("we" for "Lastly, we ...").
func subjectSentence(s string, i int, r *rules) (string, bool) {
	head := s[i:min(len(s), i+240)]
	if !startsUpper(head) {
		return "", false
	}
	toks := wordTokens(head)
	if e, j, ok := r.structure.matchKind(toks, 0, "subject"); ok {
		if j < len(toks) && (toks[j].fold == "de" || toks[j].fold == "of") {
			return "", true // "Los Gobiernos de Costa Rica y Panamá se comprometen": named parties, not the speakers
		}
		return strings.Join(e.words, " "), true // also where a longer cue starts there ("We agree" is operative too)
	}
	// opening phrases up to a comma, within the sentence's first 30 words
	stop := strings.IndexAny(head, ".;:")
	if stop < 0 {
		stop = len(head)
	}
	for k := 1; k < len(toks) && k < 30 && toks[k].start < stop; k++ {
		if head[toks[k-1].end:toks[k].start] == ", " || strings.HasPrefix(head[toks[k-1].end:toks[k].start], "”, ") {
			if e, _, ok := r.structure.matchKind(toks, k, "subject"); ok {
				return strings.Join(e.words, " "), true
			}
			if k <= 7 && phraseNamesSubject(toks[:k], r) {
				return "", true
			}
		}
	}
	return "", false
}

// headingBeforeWe reports a short heading run onto the paragraph it heads
// in a declaration that speaks as "we" ("... Fund. On the protection of
// migrants We express our concern ..."): a few words with no stop, then
// "We" in the middle of the sentence.
func headingBeforeWe(s string, i int) bool {
	rest := s[i:min(len(s), i+120)]
	ws := strings.Fields(rest)
	for k := 1; k < len(ws) && k <= 10; k++ {
		prev := ws[k-1]
		if strings.ContainsAny(prev[len(prev)-1:], ".,;:") {
			return false
		}
		if ws[k] == "We" || ws[k] == "Nosotros" {
			return unicode.IsLetter(lastRune(prev))
		}
	}
	return false
}

// opensParagraph reports a sentence that opens a paragraph of a
// declaration: one with the meeting as subject; in a text that speaks as
// "we", not one that names the same speakers in the third person ("The
// Member Countries express ..." goes on the paragraph before), while
// another actor ("The Presidency Pro Tempore will ...") opens one.
func opensParagraph(s string, i int, r *rules, we bool) bool {
	w, ok := subjectSentence(s, i, r)
	return ok && (!we || !speakers(w))
}

// speakers reports a subject that names the member states who speak in a
// declaration ("the member countries", "los viceministros").
func speakers(subject string) bool {
	for _, w := range strings.Fields(subject) {
		switch w {
		case "member", "members", "miembros", "ministers", "vice-ministers", "viceministros", "ministros", "delegations", "delegaciones", "governments", "gobiernos":
			return true
		}
	}
	return false
}

// weVoice reports a declaration whose sentences speak as "we" more often
// than of a subject in the third person: then only "we" opens its
// paragraphs, and "The Member Countries express ..." goes on the paragraph
// before.
func weVoice(s string, r *rules) bool {
	we, other := 0, 0
	for i := 1; i < len(s); i++ {
		if isSpace(s[i]) || !isSpace(s[i-1]) || !afterStop(s, i) {
			continue
		}
		if w, ok := subjectSentence(s, i, r); ok {
			if w == "we" || w == "nosotros" {
				we++
			} else {
				other++
			}
		}
	}
	return we >= 2 && we > other
}

// ownDecision reports a sentence that opens as the meeting's own decision,
// its verb finite and its subject the meeting's lead-in ("Agradecieron ...",
// "Se comprometieron ...", "Tras examinar ..., convinieron ..."): in a
// declaration that lost its paragraph breaks it starts a paragraph, and ends
// the list of infinitives a lead-in before it governed.
func ownDecision(s string, i int, r *rules) bool {
	t := unhyphen(s[i:min(len(s), i+240)])
	toks := wordTokens(t)
	if len(toks) < 2 || consequence(toks) {
		return false
	}
	k := 0
	if comma := strings.IndexByte(t, ','); comma > 0 && comma < 100 && len(strings.Fields(t[:comma])) <= 10 && !strings.ContainsAny(t[:comma], ".;:") {
		for k < len(toks) && toks[k].start < comma {
			k++ // after a short opening phrase: "Por último, agradecieron ...", "En materia de niñez migrante no acompañada, acordaron:"
		}
	}
	if len(toks) > 2 && (toks[0].fold == "nos" || toks[0].fold == "se") && finiteVerbAt(t, toks, 1) {
		return true // "Nos comprometemos a ...", "Se comprometieron a ..."
	}
	if len(toks) > 2 && toks[0].text == "We" && (r.actions.hasKindAt(toks, 1, "verb") || r.actions.hasKindAt(toks, 1, "self")) {
		return true // "... Migration. We request IOM to prepare ...": the speakers' next decision
	}
	for _, at := range []int{0, k} {
		if at < len(toks) && (finiteVerbAt(t, toks, at) || englishPast(capital(toks[at].text))) {
			return true
		}
		if at+1 < len(toks) && englishPronouns[toks[at].fold] && englishPast(capital(toks[at+1].text)) {
			return true // "They thanked ..."
		}
	}
	return phraseThenFinite(t, toks)
}

// consequence reports a sentence that opens with a connective of
// consequence ("En consecuencia, acordaron:", "Accordingly, they agreed"):
// it goes on the paragraph of the sentence it follows from.
func consequence(toks []token) bool {
	two := toks[0].fold + " " + toks[1].fold
	switch {
	case two == "en consecuencia" || two == "por consiguiente" || two == "por ello" || two == "por tanto" || two == "as a":
		return true
	case toks[0].fold == "accordingly" || toks[0].fold == "consequently" || toks[0].fold == "therefore" || toks[0].fold == "consiguientemente":
		return true
	}
	return two == "por lo" && len(toks) > 2 && toks[2].fold == "tanto"
}

// openingPhraseWords open a phrase of circumstance before the main verb
// ("Tras examinar ...", "Luego de revisar ...", "Having considered ...").
var openingPhraseWords = map[string]bool{"tras": true, "luego": true, "despues": true, "al": true, "antes": true,
	"having": true, "after": true, "following": true, "upon": true}

// phraseThenFinite reports a sentence that opens with a phrase of
// circumstance and, after a comma within it, a finite verb with no subject
// of its own: "Tras examinar ..., convinieron en que ...".
func phraseThenFinite(t string, toks []token) bool {
	if !openingPhraseWords[toks[0].fold] && !strings.HasSuffix(toks[0].fold, "ando") && !strings.HasSuffix(toks[0].fold, "iendo") {
		return false
	}
	end := strings.IndexAny(t, ".;:")
	if end < 0 {
		end = len(t)
	}
	for k := 1; k < len(toks) && toks[k].start < end; k++ {
		if strings.TrimSpace(t[toks[k-1].end:toks[k].start]) != "," {
			continue
		}
		if finiteVerbAt(t, toks, k) || englishPronouns[toks[k].fold] || englishPast(capital(toks[k].text)) {
			return true
		}
	}
	return false
}

// namedAct reports a sentence at byte i whose subject is a name and whose
// verb is in the past ("El Gobierno de Panamá ofreció ser sede ...",
// "Mexico offered ...") or a present that binds ("Colombia se compromete
// a ..."): in a declaration that lost its breaks it starts a
// paragraph, as the plain text writes one for it; not one that says who
// attended ("Colombia participated as an observer"), which the opening
// holds.
func namedAct(s string, i int, r *rules) bool {
	t := s[i:min(len(s), i+240)]
	toks := wordTokens(t)
	if len(toks) < 2 || toks[0].fold == "to" || !namedSubject(t, toks, 0) {
		return false
	}
	for k, tk := range toks[1:min(len(toks), 8)] {
		if unicode.IsLower(firstRune(tk.text)) && !nameLinks[tk.fold] {
			if _, _, ok := r.structure.matchKind(toks, k+1, "participation"); ok {
				return false
			}
			if presentFinite(toks, k+1) {
				return true // "Colombia se compromete a ...", "Panama offers to ..."
			}
			v := tk.text // the verb namedSubject found: in the past, not "will" or "express"
			return strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "ó") || strings.HasSuffix(v, "aron") || strings.HasSuffix(v, "ieron") || englishPastIrregular[capital(v)]
		}
	}
	return false
}

// nounItem reports a sentence that opens with an article and a noun ("Un
// mecanismo de intercambio ...", "The creation of a virtual library ..."):
// under a lead-in whose points lost their breaks, a point named by a noun
// phrase.
func nounItem(t string) bool {
	toks := wordTokens(t[:min(len(t), 80)])
	if len(toks) < 3 {
		return false
	}
	switch toks[0].fold {
	case "un", "una", "el", "la", "los", "las", "a", "an", "the":
		return unicode.IsLower(firstRune(toks[1].text)) && !strings.ContainsAny(t[toks[0].end:toks[1].start], ",;:.")
	}
	return false
}

// partyClause reports a sentence whose subject is a named party, or a noun
// phrase after an article, that commits, offers or will act, after an
// opening phrase or not ("El Salvador offers to ...", "Con base en los
// comentarios ..., el GRCM preparará ...", "Los países miembros enviarán
// ...", "Mexico will host ..."): the form of a commitment, a point of its own
// under a lead-in and a paragraph of its own in a declaration.
func partyClause(t string) bool {
	if !startsUpper(t) {
		return false
	}
	end := strings.IndexAny(t, ".;:")
	if end < 0 {
		end = len(t)
	}
	toks := wordTokens(t[:end])
	starts := []int{0}
	for k := 1; k < len(toks) && k < 16; k++ {
		if strings.TrimSpace(t[toks[k-1].end:toks[k].start]) == "," {
			starts = append(starts, k) // after an opening phrase
			break
		}
	}
	for _, k := range starts {
		article := k < len(toks) && determiners[toks[k].fold]
		if article {
			k++
		}
		if k >= len(toks) || !article && !unicode.IsUpper(firstRune(toks[k].text)) || englishPronouns[toks[k].fold] {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+6; j++ {
			w := toks[j]
			if strings.TrimSpace(t[toks[j-1].end:w.start]) != "" {
				if verbAfterAppositive(t, toks, j) {
					return true // "The Government of X, as host of ..., will convene ..."
				}
				break // a comma: the subject ended
			}
			if partyVerb(w.fold, w.text) {
				return true
			}
			if !article && !unicode.IsUpper(firstRune(w.text)) && !nameLinks[w.fold] {
				break // the name ended with no verb of a party
			}
		}
	}
	return false
}

// verbAfterAppositive reports a party's verb right after an apposition
// that opens at toks[j] after a comma ("..., as host of the Secretariat,
// will ...", "..., en su calidad de PPT, se compromete ...").
func verbAfterAppositive(t string, toks []token, j int) bool {
	if strings.TrimSpace(t[toks[j-1].end:toks[j].start]) != "," {
		return false
	}
	switch toks[j].fold {
	case "as", "como", "in", "en":
	default:
		return false
	}
	for m := j + 1; m < len(toks) && m <= j+12; m++ {
		if strings.TrimSpace(t[toks[m-1].end:toks[m].start]) != "," {
			continue
		}
		if toks[m].fold == "se" && m+1 < len(toks) {
			m++ // a reflexive verb
		}
		return partyVerb(toks[m].fold, toks[m].text)
	}
	return false
}

// partyVerb reports a verb by which a named party acts: commits, offers, or
// a Spanish future ("preparará", "presentarán") or English "will".
func partyVerb(fold, text string) bool {
	switch fold {
	case "compromete", "comprometen", "comprometio", "comprometieron", "ofrece", "ofrecen", "ofrecio", "ofrecieron",
		"commits", "committed", "undertakes", "undertook", "offers", "offered", "volunteers", "volunteered", "will", "shall":
		return true
	}
	for _, suf := range []string{"ará", "erá", "irá", "arán", "erán", "irán"} {
		if strings.HasSuffix(text, suf) && len(text) > len(suf)+2 {
			return true
		}
	}
	return false
}

// capital writes a word with a capital first letter.
func capital(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// queClause reports a clause that opens with "Que" or "That" and its verb,
// an agreement in the subjunctive ("Que se realice ...", "Que la SPT
// elabore ...", "That the Technical Secretariat circulate ..."): under a
// lead-in it is one of its points.
func queClause(s string) bool {
	switch firstWord(s) {
	case "Que", "QUE", "That", "THAT":
		return true
	}
	return false
}

// unhyphen joins the words that a re-wrap cut at a line end ("Fel-
// icitaron", read with its line break as a space): a letter, a hyphen, a
// space and a small letter.
func unhyphen(t string) string {
	if !strings.Contains(t, "- ") {
		return t
	}
	var sb strings.Builder
	for k := 0; k < len(t); k++ {
		if t[k] == '-' && k > 0 && k+2 < len(t) && t[k+1] == ' ' && unicode.IsLetter(lastRune(t[:k])) && unicode.IsLower(firstRune(t[k+2:])) {
			k++
			continue
		}
		sb.WriteByte(t[k])
	}
	return sb.String()
}

// phraseNamesSubject reports an opening phrase that names the meeting ("In
// the view of the CRM", "Para los Viceministros").
func phraseNamesSubject(toks []token, r *rules) bool {
	for k := 1; k < len(toks); k++ {
		if _, j, ok := r.structure.matchKind(toks, k, "subject"); ok && j == len(toks) && toks[k].fold != "we" {
			return true
		}
	}
	return false
}

// bulletLeadIn reports a sentence at byte i that ends with a colon right
// before a bullet ("They reiterated: • Their commitment ..."): the lead-in of
// a list is a paragraph of its own.
func bulletLeadIn(s string, i int, marks []inlineMark, mi int) bool {
	end := strings.IndexAny(s[i:], ".;:")
	if end < 0 || s[i+end] != ':' || end > 200 {
		return false
	}
	after := skipSpace(s, i+end+1)
	return mi < len(marks) && marks[mi].pos == after && glyphBullet(marks[mi].m)
}

// yearEnds finds lines that open with a year, a full stop and a
// no-break space after a line that ended in mid sentence ("... in
// November" / "2013.\u00a0IOM undertook ..."): the year ends that sentence,
// no list marker, and a paragraph starts after it.
func yearEnds(text string, lines []line) []brk {
	var out []brk
	for k := 1; k < len(lines); k++ {
		t := text[lines[k].start:lines[k].end]
		y := strings.TrimLeft(t, spaces)
		if len(y) < 7 || !strings.HasPrefix(y[4:], ".\u00a0") || strings.Trim(y[:4], "0123456789") != "" || y[0] != '1' && y[0] != '2' {
			continue
		}
		prev := strings.TrimSpace(text[lines[k-1].start:lines[k-1].end])
		if unicode.IsLetter(lastRune(prev)) {
			at := lines[k].start + len(t) - len(y) + 4 + len(".\u00a0")
			out = append(out, brk{pos: at, ins: "\n\n"})
		}
	}
	return out
}

// wrappedTitles finds the line breaks a re-wrap put inside a short title
// set apart by blank lines over a numbered point ("Protection of and
// provision of services to overseas" / "workers" / "" / "1. Minimum
// standards ..."): its second line goes on in small letters and neither
// ends a sentence. The break reads as a space, so the title is one line.
func wrappedTitles(text string, lines []line) []brk {
	var out []brk
	blank := func(k int) bool {
		return k < 0 || k >= len(lines) || strings.TrimSpace(text[lines[k].start:lines[k].end]) == ""
	}
	for k := 1; k+3 < len(lines); k++ {
		if !blank(k-1) || blank(k) || blank(k+1) || !blank(k+2) || blank(k+3) {
			continue
		}
		a, b := strings.TrimSpace(text[lines[k].start:lines[k].end]), strings.TrimSpace(text[lines[k+1].start:lines[k+1].end])
		if len(a)+len(b) > 90 || !startsUpper(a) || !startsLower(b) || strings.ContainsAny(a+b, ".;:") || parseMarker(a) != nil || parseMarker(text[lines[k+3].start:lines[k+3].end]) == nil {
			continue
		}
		out = append(out, brk{pos: lines[k].end, join: true})
	}
	return out
}

// annexNumber reports the number of an annex: a roman numeral or digits
// ("I", "II", "2", "2:").
func annexNumber(w string) bool {
	w = strings.TrimRight(w, ".:")
	return w != "" && len(w) <= 4 && (strings.Trim(w, "IVX") == "" || strings.Trim(w, "0123456789") == "")
}

// asterism returns the end of a row of three or more asterisks at byte i
// ("* * *", "***"), a separator of its own, or i.
func asterism(s string, i int) int {
	n, end := 0, i
	for k := i; k < len(s) && (s[k] == '*' || s[k] == ' ') && k < i+20; k++ {
		if s[k] == '*' {
			n, end = n+1, k+1
		}
	}
	if n < 3 {
		return i
	}
	return end
}

// followingHeading reports an operative heading in capitals at byte i
// that ends a lead-in's "las siguientes" / "the following" ("... adoptaron
// las siguientes RESOLUCIONES Aprobar ..."), and where it ends.
func followingHeading(s string, i int, r *rules) (int, bool) {
	if !startsUpper(s[i:]) {
		return 0, false // a heading in capitals opens with one
	}
	prev := strings.TrimRight(s[:i], spaces)
	before := strings.ToLower(prev[strings.LastIndexAny(prev, spaces)+1:]) // the word before, read back only to its space
	if before != "siguientes" && before != "following" && before != "siguiente" {
		return 0, false
	}
	end, words, _ := capsRun(s, i)
	if words == 0 || words > 3 {
		return 0, false
	}
	kind, whole := lineCue(s[i:end], r)
	return end, whole && kind == "operative"
}

// inFurniture reports whether byte pos lies on one of the lines (the
// paragraph's, from index first) that furniture holds, or at its end.
func inFurniture(lines []line, furniture map[int]bool, first, pos int) bool {
	for k, ln := range lines {
		if furniture[first+k] && pos >= ln.start && pos <= ln.end {
			return true
		}
	}
	return false
}

// acrossPage returns the line that goes on the sentence a page break cut
// ("ACUERDAN: ESTABLECER un Grupo ...," / "Page 3" / "CONFERENCIA ..." /
// "integrado por ..."): after the paragraph that ends at line j in mid
// sentence, only blank lines and page furniture (furnitureLines), then a
// line in lower case. It returns j when there is none.
func acrossPage(text string, lines []line, j int, furniture map[int]bool) int {
	last := strings.TrimSpace(text[lines[j-1].start:lines[j-1].end])
	if end, _ := utf8.DecodeLastRuneInString(last); strings.ContainsRune(".:;!?", end) || last == "" {
		return j
	}
	page := false
	for k := j; k < len(lines); k++ {
		t := strings.TrimSpace(text[lines[k].start:lines[k].end])
		switch {
		case t == "":
		case t == "\f" || furniture[k]:
			page = true
		case page && unicode.IsLower(firstRune(t)):
			return k
		default:
			return j
		}
	}
	return j
}

// clauseOverList reports a clause of a lead-in that is itself the lead-in of
// a bulleted list ("DECLARAN: ... Encomendar a la PPT: • La actualización
// ... • La organización ... . Solicitar a ..."): the outer lead-in's list
// goes on after it.
func clauseOverList(s string, i int, r *rules, marks []inlineMark, mi int) bool {
	w := unhyphen(s[i:min(len(s), i+300)])
	return bulletLeadIn(s, i, marks, mi) && (opensClause(w, r) || opensInfinitive(w))
}

// atBoundary looks for a lost break at the start of a sentence: a heading
// in capitals, a heading before a marker, a marker that continues the
// numbering, or a clause of a lead-in. It returns where to go on.
func atBoundary(s string, i int, r *rules, seq *sequence, marks []inlineMark, mi int, out *[]brk, lead *bool, forced *int) (int, bool) {
	if m, at, list, ok := numberedLeadHeading(s, i, r); ok {
		seq.accept(m.cands, true)
		*out = append(*out, brk{pos: i, ins: "\n\n"}, brk{pos: at, ins: "\n\n"}) // "... Guatemala. 5. Recomendaciones El Grupo recomienda: ..."
		if list > 0 {
			*out = append(*out, brk{pos: list, ins: "\n\n"}) // "4. Other matters The Network adopted the following agreements 1. ..."
			*lead, *forced = true, list
			return list, true
		}
		return at, true
	}
	if i != *forced {
		if m, after, ok := numberedCapsHeading(s, i); ok {
			seq.accept(m.cands, true)
			*out = append(*out, brk{pos: i, ins: "\n\n"}, brk{pos: after, ins: "\n"})
			*lead = strings.HasSuffix(strings.TrimRight(s[:after], spaces), ":")
			return after, true
		}
		if closingSection(s, i, r) || sectionAhead(s, i, r, seq) {
			*out = append(*out, brk{pos: i, ins: "\n\n"}) // "... agenda. 5. Clausura La PPT ..."
			return i + 1, true
		}
		if cue, after, ok := capsCueTopic(s, i, r); ok {
			*out = append(*out, brk{pos: i, ins: "\n\n"}, brk{pos: skipSpace(s, cue), ins: "\n\n"}, brk{pos: after, ins: "\n\n"})
			return after, true
		}
		if after, ok := capsCueHeading(s, i, r); ok {
			*out = append(*out, brk{pos: i, ins: "\n\n"}, brk{pos: after, ins: "\n\n"})
			return after, true
		}
		value := r.endsLabel(trimRightSpace(s[:i])) || bulletValue(s, i, marks) // a label's value ("Deadline: Q3 2024 3.3 ...", "Responsable: UNODC, con ...", "• Labour market analysis: Nepal"): no heading
		if k, caps := headingBefore(s, i, marks); k >= 0 && !value {
			more := func(c candidate) bool {
				// a point of its own under a heading in capitals ("ASUNTOS ADMINISTRATIVOS 1. Agradecer ..."): nothing numbers on
				return laterValue(marks[k+1:], seq, c) || caps && afterStop(s, i) && !laterKey(marks[k+1:], seq, c)
			}
			if _, ok := seq.fits(marks[k].m.cands, more); ok || glyphBullet(marks[k].m) {
				if !markerBefore(s, i) { // "I. TECHNICAL SECRETARIAT 1.1 ...": a numbered heading keeps its number
					*out = append(*out, brk{pos: i, ins: "\n\n"})
				}
				end := i + len(strings.TrimRight(s[i:marks[k].pos], spaces+"\u00a0"))
				for p := i; p < end; p++ {
					*out = append(*out, brk{pos: p, join: true}) // a heading that a re-wrap cut in two
				}
				*forced = marks[k].pos
				return marks[k].pos, true
			}
		}
		if k := topicBeforeGlyph(s, i, marks); k >= 0 && !value || afterStop(s, i) && !markerBefore(s, i) && closingSentence(s, i, r) {
			// "... trabajo. Retorno y reintegración • Encomendar ...", "... países. Se dio por clausurado ..."
			*out = append(*out, brk{pos: i, ins: "\n\n"})
			if k >= 0 {
				return marks[k].pos, true
			}
			return i + 1, true
		}
		if end, words, colon := capsRun(s, i); words > 0 && !value {
			after := skipSpace(s, end)
			if markerBefore(s, i) {
				// "II. DESARROLLO DE LA REUNIÓN La ...": a numbered heading
				// keeps its number; only the text after it starts a line
				if !acronymWord(words, colon, firstWord(s[i:])) && (colon || startsUpper(s[after:]) && !isUpperWord(firstWord(s[after:]))) {
					*out = append(*out, brk{pos: after, ins: "\n"})
					*lead = colon
				}
				return end, true
			}
			switch {
			case colon:
				*out = append(*out, brk{pos: i, ins: "\n\n"}, brk{pos: after, ins: "\n"})
				*lead = true
				countHeading(seq, marks, mi, i)
				return end, true
			case words >= 2 && startsUpper(s[after:]) && !isUpperWord(firstWord(s[after:])) && !strings.ContainsRune(";,", lastRune(trimRightSpace(s[i:end]))):
				// not "(Lead: IOM, ILO; Timeline: ...)": a list of names ends no heading
				*out = append(*out, brk{pos: i, ins: "\n\n"}, brk{pos: after, ins: "\n"})
				countHeading(seq, marks, mi, i)
				return end, true
			case words <= 2 && (len(firstWord(s[i:])) >= 5 && !strings.ContainsAny(firstWord(s[i:]), "0123456789/") || capsCut(s, i) > i):
				*out = append(*out, brk{pos: i, ins: "\n"}) // a clause opened by a verb in capitals, not a code or a date ("Ref.: AP/SOM/2016/03 Date: 15.IX.2016")
				countHeading(seq, marks, mi, i)             // "SEGUNDO. Dar ...": an ordinal in capitals numbers on
				if capsCut(s, i) > i {
					*out = append(*out, brk{pos: i + len(firstWord(s[i:])), join: true}) // "REA-⏎FIRMAR" on one line
				}
				return end, true
			case opensClause(s[i:min(len(s), i+200)], r):
				*out = append(*out, brk{pos: i, ins: "\n"}) // "TOOK NOTE that ...", "CALLED UPON IOM and ILO to ..."
				return end, true
			}
		}
	}
	if mi < len(marks) && marks[mi].pos == i {
		m := marks[mi].m
		if strings.HasPrefix(m.cands[0].style, styleBullet) {
			*out = append(*out, brk{pos: i, ins: "\n"})
			return m.end, true
		}
		if countHeading(seq, marks, mi, i) || i == *forced && headedAlone(seq, m) {
			*out = append(*out, brk{pos: i, ins: "\n"})
			*lead = false
			return m.end, true
		}
	}
	w := unhyphen(s[i:min(len(s), i+300)]) // "Soli- citar", as a re-wrap cut it
	if *lead && startsUpper(w) && !markerBefore(s, i) && (opensClause(w, r) || opensInfinitive(w) || queClause(w) && afterPunct(s, i) || afterStop(s, i) && (partyClause(w) || nounItem(w))) && (len(*out) == 0 || (*out)[len(*out)-1].pos != i) {
		*out = append(*out, brk{pos: i, ins: "\n"})
	}
	return i, false
}

// headedAlone counts a first marker that a heading in capitals introduced
// when no marker after it goes on its numbering ("ASUNTOS ADMINISTRATIVOS
// 1. Agradecer ..." at the end of the list).
func headedAlone(seq *sequence, m *marker) bool {
	return seq.acceptFit(m.cands, func(candidate) bool { return true })
}

// countHeading counts the marker at byte i when it continues its
// numbering, and reports whether it did: a point's marker, or one that
// numbers a heading in capitals read whole ("SEXTO.- EN MATERIA DE
// COOPERACION TECNICA:" in a report typed in capitals), so the points after
// it go on from its number ("SÉPTIMO.-").
func countHeading(seq *sequence, marks []inlineMark, mi, i int) bool {
	if mi >= len(marks) || marks[mi].pos != i {
		return false
	}
	return seq.acceptFit(marks[mi].m.cands, func(c candidate) bool { return !marks[mi].lower && laterValue(marks[mi+1:], seq, c) })
}

// circleAfterValue reads a hollow bullet written "o", when the list has such
// bullets already, right after a label's value with no stop between and a
// clause after it ("... o Solicitar ... Plazo: noviembre de 2016 o Los
// países validarán ...": not the conjunction of "Guatemala o El Salvador"),
// or after a full stop before small letters.
func circleAfterValue(s string, i int, r *rules, marks []inlineMark) *marker {
	if s[i] != 'o' || i+2 >= len(s) || s[i+1] != ' ' || len(marks) == 0 || marks[len(marks)-1].m.cands[0].style != styleBullet+"circle" {
		return nil
	}
	if afterStop(s, i) && unicode.IsLower(firstRune(s[i+2:])) {
		return letterOMark(s, i) // "... Países Miembros. o encornendar a la ST ...": no sentence opens in small letters
	}
	if !startsUpper(s[i+2:]) {
		return nil
	}
	w := s[i+2 : min(len(s), i+300)]
	if r.labelColon(sentenceBefore(s, i)) < 0 || !opensClause(w, r) && !partyClause(w) {
		return nil
	}
	return letterOMark(s, i)
}

// letterOMark returns the hollow bullet written "o" at byte i of s.
func letterOMark(s string, i int) *marker {
	end, _, _ := afterMarker(s, i+1)
	return oneMarker(candidate{style: styleBullet + "circle"}, end, false)
}

// sentenceBefore returns the words of the sentence that byte i of s goes
// on, up to 200 bytes back: where a point's labels stand ("Responsable:
// OIM   Plazo: ...").
func sentenceBefore(s string, i int) string {
	seg := s[max(0, i-200):i]
	if k := strings.LastIndex(seg, ". "); k >= 0 {
		seg = seg[k+2:]
	}
	return seg
}

// lowerNextPoint reads a letter or number marker at byte i whose text starts
// in small letters right after a full stop ("... 2011-2012. b) encornendar
// ...", "... diciembre. 5. recomen dar ..."), as an OCR-damaged or
// lower-case verb opens a point where line breaks were lost; nil when it
// could only be a first point.
func lowerNextPoint(s string, i int) *marker {
	c := s[i]
	if !(c >= '1' && c <= '9' || c >= 'b' && c <= 'z' && i+1 < len(s) && (s[i+1] == ')' || s[i+1] == '.')) || i+2 >= len(s) || !afterStop(s, i) {
		return nil // most words: no letter marker ("b)", "b.") and no number
	}
	m := parseMarkerAt(s, i)
	if m == nil || m.alone || m.end >= len(s) || !unicode.IsLower(firstRune(s[m.end:])) {
		return nil
	}
	for _, c := range m.cands {
		if c.value <= 1 || c.style != styleDec && c.style != styleLAlpha {
			return nil
		}
	}
	return m
}

// acceptFit records the candidate that fits the numbering (fits) and
// reports whether one did.
func (q *sequence) acceptFit(cands []candidate, more func(c candidate) bool) bool {
	c, ok := q.fits(cands, more)
	if ok {
		q.accept([]candidate{c}, true)
	}
	return ok
}

// dashedMarker reports a letter or number decorated by a dash ("Al
// respecto, - a. OIM se compromete ..."): a marker even after a comma.
func dashedMarker(s string, i int, m *marker) bool {
	return (s[i] == '-' || strings.HasPrefix(s[i:], "–")) && !strings.HasPrefix(m.cands[0].style, styleBullet)
}

// listEnded reports a sentence at byte i, in capitals, after the full stop
// of the last bullet of a list whose bullets go on their lead-in's sentence
// in small letters, each after a semicolon or the lead-in's colon ("...
// invited to: ▪ map ...; ▪ nominate ... recognition. IOM, together ..."):
// the list ended, and a paragraph follows.
func listEnded(s string, i int, marks []inlineMark, mi int) bool {
	if mi == 0 || !startsUpper(s[i:]) || lastRune(strings.TrimRight(s[:i], " ")) != '.' {
		return false
	}
	last := marks[mi-1]
	if !glyphBullet(last.m) || !unicode.IsLower(firstRune(s[last.m.end:])) {
		return false
	}
	before := lastRune(strings.TrimRight(s[:last.pos], " "))
	return before == ';' || before == ':'
}

// glyphBullet reports a bullet drawn by a glyph made for lists (•, ▪, ➢,
// private-use): it opens a point wherever it stands, even after a heading
// with no punctuation ("Seminarios y talleres  Seminario sobre ...").
func glyphBullet(m *marker) bool {
	switch m.cands[0].style {
	case styleBullet + "dot", styleBullet + "pua", styleBullet + "square", styleBullet + "arrow":
		return true
	}
	return false
}

// afterCaps reports whether the word before byte i is in capitals: the end
// of a heading ("CO-CHAIRS' STATEMENT 1. The ...").
func afterCaps(s string, i int) bool {
	before := strings.TrimRight(s[:i], spaces)
	w := before[strings.LastIndexAny(before, spaces)+1:]
	return hasLetters(w, 3) && isUpperWord(w)
}

// ordinalWord reports an ordinal written in a word ("SEGUNDO.", "Décimo").
func ordinalWord(w string) bool {
	_, ok := foldedLookup(ordinals, strings.TrimRight(w, ".:-,"))
	return ok
}

// inlineMarker reads a list marker at byte i of a line when its text starts
// as a point does (a capital, a quote or a digit).
func inlineMarker(s string, i int) *marker {
	c := s[i]
	if c == 'o' && i+2 < len(s) && s[i+1] == ' ' && strings.ContainsRune(".:;", lastRune(trimRightSpace(s[:i]))) && startsUpper(s[i+2:]) {
		return letterOMark(s, i) // "... la región. o La RROCM se compromete ...": a hollow bullet a converter wrote as "o"
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if !(c >= '0' && c <= '9') && c != '(' && !unicode.IsLetter(r) && bulletClass(r) == "" {
		return nil
	}
	if unicode.IsLetter(r) && !markerWord(firstWord(s[i:])) && !strings.HasSuffix(firstWord(s[i:]), "!") && !tensOrdinal(firstWord(s[i:])) {
		return nil
	}
	if w := lastWord(s[:i]); (tensOrdinal(w) || pointWords[fold(w)] && ordinalWord(firstWord(s[i:]))) && strings.HasSuffix(trimRightSpace(s[:i]), w) {
		return nil // "PRIMERO" of "DÉCIMO PRIMERO.-": the unit of one ordinal; "SEGUNDO" of "ACUERDO SEGUNDO.": the label's number
	}
	m := parseMarkerAt(s, i)
	if c == 'l' || c == 'I' || c >= '0' && c <= '9' || r == 'X' || r == 'V' {
		m = withOCR(m, s, i)
	}
	if m == nil || m.alone || middleInitial(s, i, m) {
		return nil
	}
	if m.cands[0].style == styleBullet+"dash" {
		// "- a. Agradecer": a dash that decorates a letter or number
		if inner := parseMarkerAt(s, m.end); inner != nil && !inner.alone && !strings.HasPrefix(inner.cands[0].style, styleBullet) {
			m = inner
		}
	}
	rest := s[m.end:]
	st := m.cands[0].style
	switch {
	case st == styleBullet+"dash":
		before := lastRune(strings.TrimRight(s[:i], spaces))
		if !strings.ContainsRune(".;:]", before) || !startsUpper(rest) && !(before != '.' && unicode.IsLetter(firstRune(rest))) { // "... [Oman] - A pilot ...": a lead's brackets end an item
			return nil // "in particular of: - the consular ...; - the mobile ...": a list in lower case after a colon
		}
	case strings.HasPrefix(st, styleBullet):
		if !unicode.IsLetter(firstRune(rest)) && !unicode.IsDigit(firstRune(rest)) {
			return nil
		}
	case st == styleOrd:
		if !unicode.IsUpper(r) {
			return nil
		}
	default:
		if !startsUpper(rest) && !strings.HasPrefix(rest, "“") && !strings.HasPrefix(rest, "\"") && !lowerSubPoint(m, s[:i]) {
			return nil
		}
	}
	return m
}

// middleInitial reports a capital letter and full stop between a given name
// and a surname ("Sr. Dwayne A. Flowers", "Ms. Rachel M. Coates"): a
// person's initial, no marker of a list.
func middleInitial(s string, i int, m *marker) bool {
	if m.end-i > 3 || !strings.HasPrefix(s[i+1:], ".") || !slices.ContainsFunc(m.cands, func(c candidate) bool { return c.style == styleUAlpha }) {
		return false
	}
	before := strings.TrimRight(s[:i], spaces)
	w := before[strings.LastIndexAny(before, spaces)+1:]
	if n := utf8.RuneCountInString(w); n < 2 || !startsUpper(w) || !hasLetters(w, n) || isUpperWord(w) {
		return false
	}
	next := firstWord(s[m.end:])
	return startsUpper(next) && !isUpperWord(next) && !isArticleWord(next) // "Conclusions I. The Network ...": a heading, a point
}

// fieldLabel reports a column title and its colon set apart from its
// value by a run of spaces ("Action:           Request UNODC to ..."), as a
// matrix of actions lays out each row's fields: a label, no lead-in.
func fieldLabel(s string, i, next int, r *rules) bool {
	if !strings.HasPrefix(s[next:], "   ") {
		return false
	}
	toks := wordTokens(s[i : next-1])
	_, j, ok := r.columns.match(toks, 0)
	return ok && j == len(toks)
}

// numberedNoun reports text that ends with a noun a number names
// ("Session 1 - ...", "Tema 2 - ...", "artículo 5 de ..."), right before
// the number: the number is the noun's, no marker of a point. The words of
// sessions and agenda items are section_cues.csv's (kind session).
func numberedNoun(before string, r *rules) bool {
	if before == "" || !isSpace(before[len(before)-1]) {
		return false
	}
	w := strings.TrimRight(before, " \t")
	if strings.ContainsAny(w[max(0, len(w)-1):], ".:;,") {
		return false
	}
	last := lastWord(w)
	switch strings.ToLower(last) {
	case "article", "artículo", "articulo", "chapter", "capítulo", "capitulo",
		"paragraph", "párrafo", "parrafo", "table", "cuadro", "day", "día", "dia":
		return true
	}
	_, j, ok := r.sections.matchKind(wordTokens(last), 0, "session")
	return ok && j == 1
}

// titleBeforeNext reports a session word in small letters that ends a
// title right before the next number of a list already begun ("... Uganda.
// Opening session 2. The tenth meeting ...", where line breaks were lost):
// the number is the point's, not the session's.
func titleBeforeNext(before string, m *marker, marks []inlineMark) bool {
	last := lastWord(strings.TrimRight(before, " \t"))
	if last == "" || !unicode.IsLower(firstRune(last)) {
		return false
	}
	for _, c := range m.cands {
		for _, pm := range marks {
			if c.value > 1 && hasCand(pm.m, c.style, c.value-1) {
				return true
			}
		}
	}
	return false
}

// markerWord is a cheap test of a word that may be a marker: a lone letter
// (a Wingdings "o"), punctuation after it ("a)", "IV.", "PRIMERO.-") or a
// capitalised point word ("ACUERDO").
func markerWord(w string) bool {
	if w == "" {
		return false
	}
	if len(w) == 1 || strings.ContainsRune(".):-–,", lastRune(w)) || strings.HasSuffix(w, ".-") {
		return true
	}
	return startsUpper(w) && len(w) <= 15 && foldedIn(pointWords, w)
}

// laterValue reports whether a later marker of the line continues c's numbering.
func laterValue(marks []inlineMark, seq *sequence, c candidate) bool {
	for _, m := range marks {
		for _, d := range m.m.cands {
			if seq.key(d) == seq.key(c) && d.value == c.value+1 {
				return true
			}
		}
	}
	return false
}

// laterKey reports a marker in marks numbered in the style of c.
func laterKey(marks []inlineMark, seq *sequence, c candidate) bool {
	for _, m := range marks {
		for _, d := range m.m.cands {
			if seq.key(d) == seq.key(c) {
				return true
			}
		}
	}
	return false
}

// boundary reports whether byte i of s starts a sentence: the line's start,
// or after a sentence end, a colon or a closing quote or bracket.
func boundary(s string, i int) bool {
	if i > 0 && !isSpace(s[i-1]) && !strings.HasSuffix(s[:i], "\u00a0") {
		return false
	}
	before := withoutNoteMark(trimRightSpace(s[:i])) // "... any other business.¹ 4. Following ..."
	if before == "" {
		return true
	}
	return strings.ContainsRune(".:;”\")]", lastRune(before)) || emptyLabel(before) // "... [Oman] 3. Officials ..."
}

// labelDash reports a dash mark right after a label's colon
// ("Responsable: —   Plazo: —"): the label's empty value, no bullet.
func labelDash(s string, m inlineMark, r *rules) bool {
	return m.m.cands[0].style == styleBullet+"dash" && r.endsLabel(trimRightSpace(s[:m.pos]))
}

// emptyLabel reports text that ends with a label whose value is an em
// dash, none given ("... Responsable: —   Plazo: —" before "SEGUNDO. ..."):
// the row of labels ended.
func emptyLabel(before string) bool {
	t := strings.TrimSuffix(before, "—") // an em dash, which no list uses as its bullet
	return len(t) < len(before) && strings.HasSuffix(trimRightSpace(t), ":")
}

// capsRun measures a run of words in capitals at byte i: where it ends, how
// many words it has, and whether a colon closes it.
func capsRun(s string, i int) (int, int, bool) {
	j, words := i, 0
	for {
		w := firstWord(s[j:])
		if k := capsCut(s, j); k > j {
			w = s[j:k] // "REA- FIRMAR": one word a re-wrap cut
		}
		core := strings.TrimRight(w, ":,.;")
		if words > 0 && ordinalMarker(w) {
			break // "ACUERDOS PRIMERO.- Agradecer ...": the heading ends where the first point's ordinal starts
		}
		if words > 0 && pointWords[fold(strings.TrimRight(w, ":,.;"))] && parseMarker(s[j:]) != nil {
			break // "ACUERDOS ACUERDO No. 1: Aprobar ...": the heading ends where the first labelled point starts
		}
		if words > 0 && (core == "—" || core == "–" || core == "-" || core != "" && strings.Trim(core, "0123456789") == "") {
			// "ANNEX 1 — LIST OF ...": a number or a dash inside a title in capitals
			if k := skipSpace(s, j+len(w)); k > j+len(w) && hasLetters(firstWord(s[k:]), 2) && isUpperWord(strings.TrimRight(firstWord(s[k:]), ":,.;")) {
				j = k
				continue
			}
		}
		if core == "" || !isUpperWord(core) || !hasLetters(core, 2) && (words == 0 || !hasLetters(core, 1) || core != w) {
			break
		}
		words++
		j += len(w)
		if strings.HasSuffix(w, ":") {
			return j, words, true
		}
		k := skipSpace(s, j)
		if core != w && !(strings.HasSuffix(w, ",") && isUpperWord(strings.TrimRight(firstWord(s[k:]), ":,.;")) && hasLetters(firstWord(s[k:]), 1)) {
			break // a comma inside a title in capitals goes on ("MIGRATION, A SHARED RESPONSIBILITY")
		}
		if k == j {
			break
		}
		j = k
	}
	return j, words, false
}

// acronymWord reports a run in capitals of one short word and no colon
// after a marker, an acronym that opens the point's sentence ("2. IGAD
// Secretariat to convene ..."), no heading.
func acronymWord(words int, colon bool, w string) bool {
	return words == 1 && !colon && len(strings.TrimRight(w, ",.;")) <= 5
}

// ordinalMarker reports an ordinal word with the stop of a marker after it
// ("PRIMERO.-", "SEGUNDO.", "TERCERO:").
func ordinalMarker(w string) bool {
	core := strings.TrimRight(w, ".-–:")
	if core == w {
		return false
	}
	_, ok := ordinals[fold(core)]
	return ok
}

// capsCut returns the end of a word in capitals at byte j that a re-wrap
// cut with a hyphen at a line end ("REA-⏎FIRMAR", read with its break as a
// space), or j where none is.
func capsCut(s string, j int) int {
	w := firstWord(s[j:])
	if len(w) < 3 || !strings.HasSuffix(w, "-") || !isUpperWord(w) || strings.Count(w, "-") > 1 {
		return j
	}
	k := skipSpace(s, j+len(w))
	if k == j+len(w) {
		return j
	}
	next := strings.TrimRight(firstWord(s[k:]), ":,.;")
	if !hasLetters(next, 2) || !isUpperWord(next) || strings.ContainsAny(next, "-") {
		return j
	}
	return k + len(firstWord(s[k:]))
}

// headingBefore finds a short heading (one to five capitalised words, or
// up to ten in capitals: "TRÁFICO ILÍCITO DE MIGRANTES Y TRATA DE
// PERSONAS") that ends right before a marker and returns the marker's
// index in marks, or -1, and whether the heading is in capitals.
func headingBefore(s string, i int, marks []inlineMark) (int, bool) {
	j := i
	stop := afterStop(s, i)
	sentenceCase := stop || afterPunct(s, i)                        // "... since 2019. Regional developments 3. Members ...", "...; Health at borders 3. That ..."
	labelled := itemLabel(s, skipSpace(s, i+len(firstWord(s[i:])))) // "... IOM. Item 1 - Adoption of the agenda 3. The agenda ..."
	caps := true
	for n := 0; n < 10; n++ {
		w := firstWord(s[j:])
		caps = caps && hasLetters(w, 1) && isUpperWord(w)
		comma := (caps && n > 0 || stop) && strings.HasSuffix(w, ",") && !strings.ContainsAny(w[:len(w)-1], ".:;,") // "PROTECCIÓN DE NIÑAS, NIÑOS Y ...", "Capacity building, data collection and ..."
		if w == "" || n >= 5 && !caps && !labelled && !(stop && n < 8) || !(startsUpper(w) || n > 0 && (len(w) <= 3 || sentenceCase || labelled)) || strings.ContainsAny(w, ".:;,") && !comma || n == 0 && pointWords[fold(w)] {
			return -1, false // capitalised words, and short ones between them ("Seminarios y talleres"); "Decision 1." is one marker
		}
		j = skipSpace(s, j+len(w))
		k := sort.Search(len(marks), func(k int) bool { return marks[k].pos >= j })
		if k < len(marks) && marks[k].pos == j {
			if n == 0 && len(w) < 4 {
				return -1, false
			}
			return k, caps && n > 0
		}
	}
	return -1, false
}

// bulletValue reports whether byte i follows the colon of a bulleted item's
// label, with no stop since its bullet ("• Skills recognition: Sri Lanka •
// Fostering ..."): the label's value, not a heading of the next item.
func bulletValue(s string, i int, marks []inlineMark) bool {
	k := sort.Search(len(marks), func(k int) bool { return marks[k].pos >= i }) - 1
	if k < 0 || lastRune(trimRightSpace(s[:i])) != ':' || !strings.HasPrefix(marks[k].m.cands[0].style, styleBullet) {
		return false
	}
	return !strings.Contains(s[marks[k].pos:i], ". ")
}

// leadIn reports whether the sentence that ends with the colon at byte e
// introduces agreements ("Los Viceministros decidieron:").
func leadIn(s string, e int, r *rules) bool {
	e = strings.LastIndexByte(s[:e], ':')
	from := strings.LastIndexAny(s[:e], ".;:") + 1
	if q := strings.LastIndexAny(s[from:e], "”»\""); q >= 0 {
		from += q + 1 // "bajo el lema “... en la región: avances y compromisos”, con la participación de ...:": the words of a quote are no cue
	}
	return operativeCue(afterHeading(s[from:e]), r)
}

// afterHeading drops the text up to the last heading in capitals in t that
// a capitalised word not in capitals follows ("CHAIR'S CONCLUSIONS Budapest Process Secretariat",
// where blank lines were lost): its cue is the heading's, not the label's.
func afterHeading(t string) string {
	cut := 0
	for i := skipSpace(t, 0); i < len(t); {
		w := firstWord(t[i:])
		if w == "" {
			break
		}
		next := skipSpace(t, i+len(w))
		if hasLetters(w, 3) && isUpperWord(w) && next < len(t) && startsUpper(t[next:]) && !isUpperWord(firstWord(t[next:])) { // not "AGREED to the following"
			cut = next // the heading's last word: what follows is no part of it
		}
		i = next
	}
	for _, w := range strings.Fields(t[cut:]) {
		if startsLower(w) {
			return t // "RECOMMENDATIONS The Senior Officials recommend that": a lead-in under its heading
		}
	}
	return t[cut:] // "CHAIR'S CONCLUSIONS Budapest Process Secretariat": a label under it
}

// operativeCue reports text that holds a cue of the operative part
// ("acordaron", "adopted the following agreements").
func operativeCue(t string, r *rules) bool {
	if !foldedHolds(t, r.structure.phrases("operative")) {
		return false // no operative cue's words: no need to tokenize
	}
	toks := wordTokens(t)
	for i := range toks {
		if c, _, ok := r.structure.match(toks, i); ok && c.kind == "operative" {
			return true
		}
	}
	return false
}

// opensClause reports whether a sentence starts with an action verb ("Tomar
// nota ...", "Encomendar al GRCM ...").
func opensClause(s string, r *rules) bool {
	toks := wordTokens(s[:min(len(s), 60)])
	if len(toks) == 0 {
		return false
	}
	if _, _, ok := r.actions.match(toks, 0); ok {
		return true
	}
	if _, _, ok := r.actions.matchInflected(toks, 0); ok {
		return true
	}
	_, ok := r.fuzzyCue(toks[0].fold, "") // "Agradecr al Gobierno ...": a misspelt verb
	return ok && startsUpper(toks[0].text)
}

// opensInfinitive reports whether a sentence opens with a verb in the
// infinitive, cue or not ("To reaffirm ...", "Intercambiar información
// ..."): under a lead-in that ends with a colon each such sentence is a point.
func opensInfinitive(s string) bool {
	toks := wordTokens(s[:min(len(s), 60)])
	if len(toks) < 2 {
		return false
	}
	w := toks[0]
	if w.fold == "to" {
		v := toks[1]
		return !startsUpper(v.text) && len(v.fold) >= 3 && !nonVerbs[v.fold] && !strings.ContainsAny(s[w.end:v.start], ",;:")
	}
	if len([]rune(w.fold)) < 5 || nonVerbs[w.fold] || isUpperWord(w.text) || strings.HasPrefix(s[w.end:], ",") {
		return false
	}
	return spanishInfinitive(w.fold)
}

// spanishInfinitive reports a folded word with the ending of a Spanish
// infinitive, a reflexive one included ("institucionalizar", "comprometerse").
func spanishInfinitive(w string) bool {
	for _, suf := range []string{"ar", "er", "ir", "arse", "erse", "irse"} {
		if strings.HasSuffix(w, suf) {
			return !englishNonVerbs[w]
		}
	}
	return false
}

// englishNonVerbs are English words that end as a Spanish infinitive and
// open sentences ("However", "Their").
var englishNonVerbs = map[string]bool{
	"however": true, "their": true, "after": true, "under": true, "other": true, "either": true,
	"never": true, "whether": true, "further": true, "together": true, "rather": true, "neither": true,
	"whatever": true, "wherever": true, "whenever": true, "moreover": true, "over": true, "later": true,
	"similar": true, "regular": true, "particular": true, "chair": true, "member": true, "number": true,
	// prepositions and adverbs that open a sentence before "the" ("For the period up to ..., the SOM recommended")
	"for": true, "from": true, "with": true, "within": true, "without": true, "through": true, "throughout": true,
	"during": true, "upon": true, "since": true, "among": true, "against": true, "toward": true, "towards": true,
	"before": true, "about": true, "into": true, "across": true, "along": true, "beyond": true, "between": true,
	"despite": true, "until": true, "once": true, "when": true, "while": true, "where": true, "also": true,
	"then": true, "thus": true, "hence": true, "both": true, "each": true, "all": true, "following": true,
}

// firstWord returns the text up to the next space.
func firstWord(s string) string {
	for i := 0; i < len(s); i++ {
		if isSpace(s[i]) { // as strings.IndexAny(s, spaces), without building its set each call
			return s[:i]
		}
	}
	return s
}

// skipSpace returns the index of the first non-space byte at or after i.
func skipSpace(s string, i int) int {
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	return i
}

// spaces are the bytes that separate words, line breaks included.
const spaces = " \t\r\n"

// isSpace reports whether b separates words.
func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' } // the bytes of spaces

// hasLetters reports whether s has at least n letters.
func hasLetters(s string, n int) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			n--
		}
	}
	return n <= 0
}

// lastRune is the last rune of s, or 0.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// firstRune is the first rune of s, or 0.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// unnumberedAnnex reports an annex word in capitals with no number at byte
// i ("... For the United States of America ANNEX LIST OF DELEGATIONS ..."):
// a heading wherever it stands.
func unnumberedAnnex(s string, i int) bool {
	w := firstWord(s[i:])
	return s[i] == 'A' && annexWord(w) && isUpperWord(w) && !annexNumber(firstWord(s[skipSpace(s, i+len(w)):]))
}

// annexHeading reads the heading of an annexed list of participants at byte
// i of a line whose breaks were lost ("ANNEX - LIST OF PARTICIPANTS",
// "Anexo I. Lista de participantes"): an annex cue of participant_cues.csv
// in capitals or title case, after an "Annex" word and its number or
// nothing. It returns where the heading ends.
func annexHeading(s string, i int, r *rules) (int, bool) {
	if w := firstWord(s[i:]); annexWord(w) && isUpperWord(w) {
		if end, words, _ := capsRun(s, i); words >= 2 && r.participants.hasKind(tokenize(s[i:end]), "roster") {
			return end, true // "ANEXO — DELEGACIONES CONECTADAS Belice: ..."
		} else if words >= 3 && r.participants.hasKind(withoutShortCaps(tokenize(s[i:end])), "annex_named") {
			return end, true // "ANNEX 1: PARTICIPATING SADC MEMBER STATES Angola ..."
		}
	}
	if !startsUpper(s[i:]) || !foldedHoldsFrom(s[i:min(len(s), i+120)], r.participants.phrases("annex"), 5) {
		return 0, false // no annex cue within reach: nothing to tokenize
	}
	toks := tokenize(s[i:min(len(s), i+120)])
	k := 0
	for k < len(toks) && k < 4 {
		t := toks[k]
		if t.word && !headingRest(toks[k:k+1]) || !t.word && !strings.Contains("-–:.", t.text) {
			break
		}
		k++
	}
	_, j, ok := r.participants.matchKind(toks, k, "annex")
	if !ok || !startsUpper(toks[k].text) {
		return 0, false
	}
	end := toks[j-1].end
	if j < len(toks) && toks[j].text == ":" {
		end = toks[j].end
	}
	return i + end, true
}

// withoutShortCaps drops the words of five capitals or fewer (an annex's
// word, an acronym: "ANNEX", "SADC") from a heading's tokens.
func withoutShortCaps(toks []token) []token {
	out := toks[:0:0]
	for _, t := range toks {
		if t.word && len(t.text) <= 5 && isUpperASCII(t.text) && hasLetters(t.text, 2) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// placeDateAt reads a closing line of a place, a comma and a date after a
// sentence end ("... de esta reunión. Ciudad de México, 30 de junio de
// 2020 (sesión virtual) (f) ..."), with a note in brackets after it; it
// returns where it ends.
func placeDateAt(s string, i int) (int, bool) {
	if !afterStop(s, i) || !startsUpper(s[i:]) {
		return 0, false
	}
	head := s[i:min(len(s), i+90)]
	comma := strings.IndexByte(head, ',')
	if comma < 0 || comma > 40 || countFields(head[:comma], 5) > 4 || strings.ContainsAny(head[:comma], ".;:") {
		return 0, false
	}
	ds := findDates(head)
	if len(ds) == 0 || ds[0].pos <= comma || strings.TrimSpace(head[comma+1:ds[0].pos]) != "" {
		return 0, false // "June 30, 2020 San José, ...": a date before the place's comma
	}
	end := i + ds[0].stop
	if end < len(s) && s[end] == '.' {
		end++ // "Asunción, cinco de mayo de dos mil seis."
	}
	if rest := s[skipSpace(s, end):]; strings.HasPrefix(rest, "(") {
		if k := strings.IndexByte(rest, ')'); k > 0 && k < 40 {
			end = skipSpace(s, end) + k + 1 // "(sesión virtual)"
		}
	}
	return end, true
}

// closingFormula reads a closing formula with its place and date after a
// sentence end ("... Viceministerial. Dada en la ciudad de San José, el 28
// de junio de 2013. Por Canadá ..."): a paragraph of its own, whatever
// follows it (signatures, an annex). It returns where its sentence ends.
func closingFormula(s string, i int) (int, bool) {
	if !afterStop(s, i) || !signOffWord(s[i:]) {
		return 0, false
	}
	end := strings.Index(s[i:], ". ")
	if end < 0 {
		end = len(strings.TrimRight(s[i:], spaces)) - 1
	}
	if end < 0 || end > 300 {
		return 0, false
	}
	end = i + end + 1
	return end, matchSignOff(s[i:end])
}

// rePageCount finds a page number inside a line whose breaks were lost:
// with the count of pages ("page 2 of 3", "Página 2 de 5"), or set off by
// the padding that aligns a header to the margin ("2011       Pág. 2"), or
// after a footer's dash ("GRCM - Santo Domingo, junio de 2011 - Página 2").
var rePageCount = regexp.MustCompile(`(?i)(?:\b(?:p[áa]gina|page|p[áa]g\.)\s*\d{1,3}\s*(?:de|of|/)\s*\d{1,3}\b|(?:\s{3}|\s[-–|]\s)(?:p[áa]gina|page|p[áa]g\.)\s*\d{1,3}(?:\s*(?:de|of|/)\s*\d{1,3})?\b)`)

// reRuleRun is a rule drawn with characters inside a line.
var reRuleRun = regexp.MustCompile(`[_=-]{5,}`)

// ruledHead returns where the last rule in back starts when a running
// header or footer in capitals follows it to back's end, or -1; a stop
// inside a word is no sentence's ("IGAD/RCP/2015/COM.1").
func ruledHead(back string) int {
	rs := reRuleRun.FindAllStringIndex(back, -1)
	if len(rs) == 0 {
		return -1
	}
	r := rs[len(rs)-1]
	if head := strings.TrimSpace(back[r[1]:]); head != "" && startsUpper(head) && !strings.ContainsAny(head, ";:") && !strings.Contains(head, ". ") && !strings.HasSuffix(head, ".") {
		return r[0]
	}
	return -1
}

// reRule is a rule drawn with characters that sets a footer off the text.
var reRule = regexp.MustCompile(`[_=-]{5,}\s*$`)

// pageFurniture returns the spans of the page furniture inside a line whose
// breaks were lost: a page number and the running header or footer before
// it, back to the furniture before, a rule, the sentence end or the text's
// start ("... profiles. RCM - RCGM Meeting - Tegucigalpa, June 2016   page
// 2 of 3 c. The Member Countries ...", "... sobre ____ Página 1 de 2 GRCM /
// Acta de Acuerdos / Guatemala, noviembre de 2011   Pág. 2 protección ...").
func pageFurniture(s string) [][2]int {
	var out [][2]int
	var counts, labels [][]int
	if mayPageCount(s) { // else neither expression can match
		counts = rePageCount.FindAllStringIndex(s, -1)
		labels = rePageLabel.FindAllStringSubmatchIndex(s, -1)
	}
	for _, m := range counts {
		from := m[0] + len(s[m[0]:m[1]]) - len(strings.TrimLeft(s[m[0]:m[1]], spaces))
		lo := max(0, from-120)
		if n := len(out); n > 0 && out[n-1][1] > lo {
			lo = out[n-1][1]
		}
		back := s[lo:from]
		switch k, rh := strings.LastIndex(back, ". "), ruledHead(back); {
		case reRule.MatchString(back):
			from = lo + reRule.FindStringIndex(back)[0]
		case rh >= 0:
			from = lo + rh // "... by the RCGM. ------ XXIV RCM – Declaration ...   Page 2 of 3"
			for from > 0 && strings.IndexByte("_=-", s[from-1]) >= 0 {
				from-- // the rule began before the reach
			}
		case k >= 0:
			if head := strings.TrimSpace(back[k+2:]); head != "" && startsUpper(head) && !strings.ContainsAny(head, ";:") {
				from = lo + k + 2
			}
		case lo == 0 || len(out) > 0 && lo == out[len(out)-1][1]:
			if head := strings.TrimSpace(back); head == "" || startsUpper(head) && !strings.ContainsAny(head, ";:") {
				from = skipSpace(s, lo) // a running header after a footer, or at the text's start
			}
		}
		out = append(out, [2]int{from, m[1]})
	}
	for _, m := range labels {
		at, end := m[2], m[3]
		if k := sort.Search(len(out), func(k int) bool { return out[k][1] > at }); k < len(out) && out[k][0] <= at {
			continue // inside a page count found above
		}
		out = append(out, [2]int{at, end})
		if st := stampAt(s, skipSpace(s, end)); st > 0 {
			out = append(out, [2]int{skipSpace(s, end), st}) // "Page 1 [DRAFT FOR DISCUSSION] We reaffirm ..."
		}
	}
	for _, m := range dashPages(s) {
		if k := sort.Search(len(out), func(k int) bool { return out[k][1] > m[0] }); k < len(out) && out[k][0] <= m[0] {
			continue
		}
		out = append(out, m) // "... OFRECIMIENTO. - 2 - DÉCIMO PRIMERO.- ..."
	}
	for _, sp := range repeatedFurniture(s) {
		if k := sort.Search(len(out), func(k int) bool { return out[k][1] > sp[0] }); k < len(out) && out[k][0] < sp[1] {
			continue
		}
		out = append(out, sp)
	}
	sort.Slice(out, func(a, b int) bool { return out[a][0] < out[b][0] })
	return out
}

// field is a run of characters between spaces.
type field struct{ start, end int }

// repeatedFurniture returns the spans of a running header or footer that
// a page number follows, repeated inside a line whose breaks were lost
// ("... informe financiero del primer Conferencia Regional sobre Migración
// - GRCM 2022 2 semestre antes ... internacional. Conferencia Regional
// sobre Migración - GRCM 2022 3 4. Panamá ..."): four words or more, the
// same each time (digits aside), each time before a page number that grows
// by one to three. The words and the number are spans of their own.
func repeatedFurniture(s string) [][2]int {
	if pageFields(s, 2) < 2 {
		return nil // no two page numbers or pages to repeat around
	}
	return repeatedFurniture1(s)
}

// datesFrom reports a date that starts at byte i of s.
func datesFrom(s string, i int) bool {
	ds := findDates(s[i:min(len(s), i+60)])
	return len(ds) > 0 && ds[0].pos == 0
}

// repeatedFurniture1 is repeatedFurniture without its gate.
func repeatedFurniture1(s string) [][2]int {
	fs := make([]field, 0, spacedFields(s))
	for i := 0; i < len(s); {
		i = skipSpace(s, i)
		if i >= len(s) {
			break
		}
		j := i + len(firstWord(s[i:]))
		fs = append(fs, field{i, j})
		i = j
	}
	mask := func(f field) string {
		return strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return '#'
			}
			return r
		}, s[f.start:f.end])
	}
	groups := map[string][]int{}
	var keys []string
	for k := 4; k < len(fs); k++ {
		w := s[fs[k].start:fs[k].end]
		if len(w) > 3 || strings.Trim(w, "0123456789") != "" || datesFrom(s, fs[k].start) {
			continue // "San Salvador, El Salvador, 4 y 5 de mayo ... Salvador, 5 de mayo de 2006": a date, no page
		}
		key := mask(fs[k-3]) + " " + mask(fs[k-2]) + " " + mask(fs[k-1])
		if len(groups[key]) == 0 {
			keys = append(keys, key)
		}
		groups[key] = append(groups[key], k)
	}
	out := headersAfterPages(s, fs, mask)
	for _, key := range keys {
		ks := groups[key]
		if len(ks) < 2 || !pagesGrow(s, fs, ks) {
			continue
		}
		n := 3 // the words the occurrences share, back from the number
		for ; n < 15; n++ {
			if ks[0]-n-1 < 0 {
				break
			}
			same := true
			for _, k := range ks[1:] {
				if k-n-1 < 0 || mask(fs[k-n-1]) != mask(fs[ks[0]-n-1]) || k-n-1 <= ks[0] {
					same = false
					break
				}
			}
			if !same {
				break
			}
		}
		if n < 4 || !startsUpper(s[fs[ks[0]-n].start:]) {
			continue
		}
		for _, k := range ks {
			out = append(out, [2]int{fs[k-n].start, fs[k-1].end}, [2]int{fs[k].start, fs[k].end})
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a][0] < out[b][0] })
	return out
}

// headersAfterPages returns the spans of the running header that opens
// each page inside a line whose breaks were lost, after a page number set
// off by dashes or a form feed ("... mobility. – 1 – ABU DHABI DIALOGUE •
// Senior Officials' Meeting • Dubai, 17–18 February 2016 Outcomes ... – 2
// – ABU DHABI DIALOGUE • ..."): four words or more the same each time
// (digits aside), also where they open the text; the page numbers are
// spans of their own.
func headersAfterPages(s string, fs []field, mask func(field) string) [][2]int {
	dash := func(k int) bool {
		w := s[fs[k].start:fs[k].end]
		return w == "-" || w == "–" || w == "—"
	}
	var nums, heads []int // the page numbers' fields; the fields that open a header
	for k := 1; k+5 < len(fs); k++ {
		if w := s[fs[k].start:fs[k].end]; len(w) <= 3 && strings.Trim(w, "0123456789") == "" && dash(k-1) && dash(k+1) {
			nums, heads = append(nums, k), append(heads, k+2)
		} else if s[fs[k].start] == '\f' && (len(nums) == 0 || nums[len(nums)-1]+2 != k) {
			heads = append(heads, k) // a form feed where the page number was taken out
		}
	}
	if len(heads) < 2 || len(nums) > 0 && !pagesGrow(s, fs, nums) {
		return nil
	}
	key := func(k int) string { return strings.Trim(mask(fs[k]), "\f") } // a form feed may open a page
	n := 0                                                               // the words the headers share
	for ; n < 15; n++ {
		same := true
		for x, h := range heads {
			if h+n >= len(fs) || key(h+n) != key(heads[0]+n) || x+1 < len(heads) && h+n >= heads[x+1] {
				same = false
				break
			}
		}
		if !same {
			break
		}
	}
	if n < 4 {
		return nil
	}
	var out [][2]int
	top := heads[0] > n
	for j := 0; top && j < n; j++ {
		top = key(j) == key(heads[0]+j)
	}
	if top {
		out = append(out, [2]int{fs[0].start, fs[n-1].end}) // the same header opens the first page
	}
	for _, k := range nums {
		out = append(out, [2]int{fs[k-1].start, fs[k+1].end})
	}
	for _, h := range heads {
		out = append(out, [2]int{fs[h].start, fs[h+n-1].end})
	}
	return out
}

// pagesGrow reports whether the numbers at fields ks grow by one to three
// from one to the next, as page numbers do.
func pagesGrow(s string, fs []field, ks []int) bool {
	prev := -1
	for _, k := range ks {
		v, err := strconv.Atoi(s[fs[k].start:fs[k].end])
		if err != nil || prev >= 0 && (v <= prev || v > prev+3) {
			return false
		}
		prev = v
	}
	return true
}

// rePageLabel finds a bare page number after a sentence end or a colon,
// before a capital or a bracket ("... declaration: Page 1 [DRAFT ...] We
// reaffirm ..."): a page break whose line breaks were lost.
var rePageLabel = regexp.MustCompile(`[.:]\s+((?i:page|p[áa]gina|p[áa]g\.)\s*\d{1,3})\s+[\p{Lu}\[]`)

// reDashPage finds a page number between dashes after a sentence end and
// before a capital ("... OFRECIMIENTO. - 2 - DÉCIMO ...", "...; - 2 - B)").
var reDashPage = regexp.MustCompile(`[.;:]\s+(-\s?\d{1,3}\s?-)\s+\p{Lu}`)

// dashPages returns the spans of the page numbers between dashes in a line
// whose breaks were lost.
func dashPages(s string) [][2]int {
	if !strings.Contains(s, " -") {
		return nil
	}
	var out [][2]int
	for _, m := range reDashPage.FindAllStringSubmatchIndex(s, -1) {
		out = append(out, [2]int{m[2], m[3]})
	}
	return out
}

// reLinePage finds a line that opens with a page number and goes on with
// a running header in capitals, as a re-wrap runs them together.
var reLinePage = regexp.MustCompile(`^\s*((?i:page|p[áa]gina|p[áa]g\.)\s*\d{1,3})\s+[\p{Lu}\[][^\p{Ll}]*$`)

// stampAt returns the end of a bracketed stamp in capitals at byte i
// ("[DRAFT FOR DISCUSSION]", "[UNOFFICIAL TRANSLATION]"), or 0.
func stampAt(s string, i int) int {
	if i >= len(s) || s[i] != '[' {
		return 0
	}
	k := strings.IndexByte(s[i:min(len(s), i+60)], ']')
	if k < 0 || !isUpperWord(s[i+1:i+k]) {
		return 0
	}
	return i + k + 1
}

// pipeTables returns the spans of tables drawn with bars inside a line whose
// breaks were lost ("| 1 | Agradecer ... | -- | -- | | 2 | ..."), from the
// first bar to the last: six bars or more, each within a cell's width of
// the one before. Tables are read on the text as it came (tables.go).
func pipeTables(s string) [][2]int {
	var out [][2]int
	from, last, n := -1, -1, 0
	flush := func() {
		if n >= 6 {
			out = append(out, [2]int{from, last + 1})
		}
		from, n = -1, 0
	}
	for i := 0; i < len(s); i++ {
		if s[i] != '|' {
			continue
		}
		if from >= 0 && i-last > 120 {
			flush()
		}
		if from < 0 {
			from = i
		}
		last = i
		n++
	}
	flush()
	return out
}

// headingCut reports a numbered heading in capitals that a re-wrap cut
// before its end: line a opens with a marker (or goes on such a heading,
// open), is in capitals and ends in a cut word, a word that ends no title,
// or near a wrap width ("I. INFORMES DE LA PRESIDENCIA Y DE LA SECRE-",
// "II. REPORTS OF THE"), and line b goes on in capitals with no marker of
// its own. The break reads as a space.
func headingCut(a, b string, open bool) bool {
	head := strings.TrimSpace(a)
	if !open {
		m := parseMarker(a)
		if m == nil || strings.HasPrefix(m.cands[0].style, styleBullet) {
			return false
		}
		head = strings.TrimSpace(a[m.end:])
	}
	rest := strings.TrimSpace(b)
	if parseMarker(b) != nil || !hasLetters(head, 4) || !hasLetters(rest, 2) || !isUpperWord(head) || !isUpperWord(rest) || strings.HasSuffix(head, ":") {
		return false
	}
	if strings.HasSuffix(head, "-") || len(strings.TrimSpace(a)) >= 40 {
		return true
	}
	ws := strings.Fields(head)
	switch strings.ToLower(ws[len(ws)-1]) {
	case "y", "e", "o", "de", "del", "la", "el", "los", "las", "en", "para", "sobre", "con", "a", "al",
		"and", "or", "of", "the", "on", "for", "to", "in", "with":
		return true
	}
	return false
}

// glyphAfterStop reports a bullet glyph other than a dash that stands after
// a sentence end inside a paragraph of lines, before a capital ("...
// contributions. *⏎Promote the exchange ... migrants. » Request IOM ..."):
// a re-wrap ran the points of a list together, however short. So does a
// glyph after a colon before a small letter whose point a sentence in
// capitals follows ("... encouraged to: ▪ include ... programmes. UNHCR and
// IOM to ...").
func glyphAfterStop(p string) bool {
	for i, r := range p {
		if bc := bulletClass(r); bc == "" || bc == "dash" || i == 0 || !isSpace(p[i-1]) {
			continue
		}
		before := strings.TrimRight(p[:i], spaces)
		after := strings.TrimLeft(p[i+utf8.RuneLen(r):], spaces)
		if strings.HasSuffix(before, ".") && len(after) < len(p)-i-utf8.RuneLen(r) && startsUpper(after) {
			return true
		}
		if stop := strings.Index(after, ". "); strings.HasSuffix(before, ":") && unicode.IsLower(firstRune(after)) && stop > 0 && startsUpper(after[stop+2:]) {
			return true
		}
	}
	return false
}

// dashHeads adds to marks the first dash of a dash list that stands with no
// sentence end before it ("... para el periodo 2010-2011 - Un taller
// regional ... de 2011. - Un curso virtual ..."): a spaced dash before a
// capital whose one sentence runs to the next dash marker.
func dashHeads(s string, marks []inlineMark) []inlineMark {
	var out []inlineMark
	k := 0
	for i := 1; i+2 < len(s); i++ {
		for k < len(marks) && marks[k].pos < i {
			out = append(out, marks[k])
			k++
		}
		if s[i] != '-' || s[i+1] != ' ' || !isSpace(s[i-1]) || k < len(marks) && marks[k].pos == i || !startsUpper(s[skipSpace(s, i+1):]) {
			continue
		}
		if strings.ContainsRune(".;:", lastRune(strings.TrimRight(s[:i], spaces))) || k >= len(marks) || marks[k].m.cands[0].style != styleBullet+"dash" {
			continue
		}
		item := strings.TrimSpace(s[i+1 : marks[k].pos])
		if len(item) > longLine || !strings.HasSuffix(item, ".") || strings.Contains(item[:len(item)-1], ". ") {
			continue
		}
		if m := parseMarkerAt(s, i); m != nil && !m.alone && m.cands[0].style == styleBullet+"dash" {
			out = append(out, inlineMark{pos: i, m: m, head: true})
		}
	}
	return append(out, marks[k:]...)
}

// sectionChild reports a marker that opens the points of the numbered
// section title just read, a short title with no sentence end ("1. Labour
// migration 1.1 Member States to negotiate ...", "IV. Other matters a.
// Accept the offer ..."): its first point, or a dotted point under its
// number, of another style than the title's.
func sectionChild(s string, i int, m *marker, seq *sequence, out []brk) bool {
	if len(out) == 0 || strings.HasPrefix(m.cands[0].style, styleBullet) {
		return false
	}
	p := out[len(out)-1].pos
	pm := parseMarkerAt(s, p)
	if pm == nil || pm.alone || pm.end > i || strings.HasPrefix(pm.cands[0].style, styleBullet) {
		return false
	}
	title := strings.TrimSpace(s[pm.end:i])
	if len(title) > 60 || strings.ContainsAny(title, ".;:") || !startsUpper(title) || countFields(title, 9) > 8 {
		return false
	}
	for _, c := range m.cands {
		if c.style == pm.cands[0].style {
			continue
		}
		if c.style == styleDotted && c.parent == strings.TrimRight(pm.cands[0].label, ".") && c.value == seq.last[seq.key(c)]+1 || c.value == 1 {
			return true
		}
	}
	return false
}

// repeatedGlyph reports a bullet of a symbol that also marks text ("*",
// "+") whose glyph comes back within reach after a sentence end ("Labour
// Migration * Encourage ... . * Welcome ..."): a list drawn with it.
func repeatedGlyph(s string, marks []inlineMark, k int) bool {
	st := marks[k].m.cands[0].style
	if st != styleBullet+"star" && st != styleBullet+"sym" {
		return false
	}
	for _, m := range marks[k+1:] {
		if m.pos-marks[k].pos > 2*longLine {
			break
		}
		if m.m.cands[0].style == st && afterStop(s, m.pos) {
			return true
		}
	}
	return false
}

// titleBreaks returns the line breaks of the title lines that ran together
// before the first sentence end, within reach of the start: around a
// heading in capitals (capsTitleLine) and after an acronym in brackets
// (acronymEnd).
func titleBreaks(s string, have []brk) []brk {
	end := strings.Index(s, ". ")
	if end < 0 || end > 2*longLine {
		end = min(len(s), 2*longLine)
	}
	at := map[int]bool{}
	for _, b := range have {
		at[b.pos] = true
	}
	var out []brk
	add := func(p int) {
		if p > 0 && p < len(s) && !at[p] {
			at[p] = true
			out = append(out, brk{pos: p, ins: "\n"})
		}
	}
	for i := skipSpace(s, 0); i < end; i = skipSpace(s, i) {
		w := firstWord(s[i:])
		if w == "" {
			break
		}
		next := i + len(w)
		if p := acronymEnd(s, w, next); p > 0 {
			add(p)
		}
		if e := capsTitleLine(s, i); e > 0 {
			add(i)
			add(e)
			next = e
		}
		i = next
	}
	return out
}

// acronymEnd returns where the word after w, an acronym in brackets that
// ends at byte next, starts when it is capitalised in small letters: a new
// title line ("Regional Consultation Group on Migration (RCGM) Panama
// City"); else -1.
func acronymEnd(s, w string, next int) int {
	if len(w) <= 3 || !strings.HasPrefix(w, "(") || !strings.HasSuffix(w, ")") || !isUpperWord(w) {
		return -1
	}
	j := skipSpace(s, next)
	if v := firstWord(s[j:]); startsUpper(v) && !isUpperWord(v) {
		return j
	}
	return -1
}

// numberedCapsTitle reports a numbered section title in capitals of two
// words or more at byte i ("2. RECOMMENDATIONS TO THE RCGM") before a
// capitalised word or a number, and where the title ends.
func numberedCapsTitle(s string, i int) (int, bool) {
	k := i
	for k < len(s) && k < i+2 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k == i || k+1 >= len(s) || s[k] != '.' || s[k+1] != ' ' {
		return 0, false
	}
	e, words, colon := capsRun(s, skipSpace(s, k+1))
	if words < 2 || colon {
		return 0, false
	}
	next := skipSpace(s, e)
	if next >= len(s) || !startsUpper(s[next:]) && !unicode.IsDigit(rune(s[next])) {
		return 0, false
	}
	return e, true
}

// capsTitleLine returns where the next title line starts when a heading in
// capitals of two words or more, with no colon, stands at byte i between a
// word in small letters and a capitalised one in small letters ("...
// Tráfico Ilícito de Migrantes MINUTA DE LA REUNIÓN Ciudad de Panamá");
// else -1.
func capsTitleLine(s string, i int) int {
	prev := strings.TrimRight(s[:i], spaces)
	if prev == "" || !unicode.IsLower(lastRune(prev)) {
		return -1
	}
	e, words, colon := capsRun(s, i)
	if words < 2 || colon {
		return -1
	}
	j := skipSpace(s, e)
	if v := firstWord(s[j:]); startsUpper(v) && !isUpperWord(v) {
		return j
	}
	return -1
}
