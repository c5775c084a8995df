package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"actas"
	"actas/ingest/gazetteer"
)

// reDotLeader finds the leader dots between a list's name and what follows it.
var reDotLeader = regexp.MustCompile(`[ \t]*(?:\.[ \t]*){4,}|…{2,}`)

// cellLeaders writes the leader dots of a list's rows ("Belize .......
// Ministry of ...") as a table's cell border, which ends no sentence. Where
// the rows' line breaks were lost, several leaders in one line, each row
// goes back on a line of its own before the country named right before its
// leader ("... y Nacionalidad Canadá (PPT) ..... Ciudadanía ...").
func (x *Extractor) cellLeaders(text string) string {
	var b strings.Builder
	for ln := range strings.Lines(text) {
		ms := reDotLeader.FindAllStringIndex(ln, -1)
		if len(ms) > 1 {
			ln = x.rowsBeforeLeaders(ln, ms)
			ms = reDotLeader.FindAllStringIndex(ln, -1)
		}
		for k := len(ms) - 1; k >= 0; k-- {
			ln = ln[:ms[k][0]] + " | " + ln[ms[k][1]:]
		}
		b.WriteString(ln)
	}
	return b.String()
}

// rowsBeforeLeaders puts a line break before each country named right
// before one of the leaders ms of ln, a bracket ("(PPT)") between them aside.
func (x *Extractor) rowsBeforeLeaders(ln string, ms [][]int) string {
	var cuts []int
	found := x.gaz.Find(ln)
	for _, m := range ms {
		for k := len(found) - 1; k >= 0; k-- {
			f := found[k]
			if f.End > m[0] {
				continue
			}
			gap := strings.TrimSpace(ln[f.End:m[0]])
			if f.Entity.Type == actas.EntityCountry && f.Start > 0 && (gap == "" || strings.HasPrefix(gap, "(") && strings.HasSuffix(gap, ")") && len(gap) <= 12) {
				cuts = append(cuts, f.Start)
			}
			break
		}
	}
	for k := len(cuts) - 1; k >= 0; k-- {
		ln = ln[:cuts[k]] + "\n" + ln[cuts[k]:]
	}
	return ln
}

// participants finds the countries and organisations the header says took
// part: those named in its sentences about participation. In a report of an
// RCM body (rcm), "con la participación de los Países Miembros" with no
// country named after it means every member country.
func (x *Extractor) participants(text string, self map[string]bool, rcm bool) []actas.Entity {
	var out []actas.Entity
	seen := map[string]bool{}
	excused := map[string]bool{}
	if mayHyphenBreak(text) {
		text = reHyphenBreak.ReplaceAllString(text, "$1$2") // "Asis-\ntieron en calidad de observadores"
	}
	if strings.Contains(text, "....") {
		text = x.cellLeaders(text) // "Belize ....... Ministry of ...": a cell, no sentence end
	}
	ss := x.splitLabels(sentences(blankFurniture(text)))
	chain := false     // a participation sentence that goes on after its semicolon
	delegates := false // the sentence before told who took part: "Por Costa Rica, la licenciada ..." goes on with it
	for k, s := range ss {
		if strings.TrimSpace(s) == "" {
			continue // the blank line between two delegations' paragraphs ends no chain
		}
		s = x.withoutExcusedRows(withoutParaNumber(s), excused)
		// "Participaron las delegaciones de:" or a heading "Attendance" followed by a list
		heading := x.listHeading(s)
		if first, rest, ok := strings.Cut(strings.TrimLeft(s, "\n "), "\n"); ok && !heading && x.listHeading(first) {
			heading = isColumnList(rest) || x.onlyNames(rest) || x.entryLines(rest, 1) // "2. Delegaciones participantes\n- Guatemala\n- ..."
		}
		if heading || strings.HasSuffix(strings.TrimSpace(s), ":") || leadThenItem(s) || listedBelow(s) {
			partLead := heading || x.isParticipation(s) // "took part:", not "La agenda fue la siguiente:"
			for j := k + 1; j < len(ss) && (x.listBlock(ss[j]) || x.semicolonItem(ss[j-1], ss[j]) || partLead && (x.runOnList(ss[j], j == k+1) || x.entryStart(ss[j]))); j++ {
				s += "\n" + x.withoutExcusedRows(ss[j], excused)
			}
		}
		s = joinColumnWraps(s) // "Democratic Republic of" / "  the Congo" (columnwraps.go)
		elliptic := chain && x.ellipticDelegation(s) || delegates && x.forCountry(s)
		if !heading && !elliptic && !x.participantCues(s) {
			chain, delegates = false, false
			continue // no cue: neither who took part nor who was excused
		}
		toks := tokenize(s)
		exFrom, exTo := x.excusedSpan(s, toks)
		cue := x.participationCue(toks)
		if heading || cue < 0 && elliptic {
			cue = 0
		}
		chain, delegates = cue >= 0 && strings.HasSuffix(strings.TrimSpace(s), ";"), cue >= 0
		if cue < 0 {
			if exFrom >= exTo {
				continue // no excused countries to look for
			}
			for _, m := range x.gaz.Find(s) {
				if m.Entity.Type == actas.EntityCountry && m.Start >= exFrom && m.Start < exTo {
					excused[m.Entity.ID] = true
				}
			}
			continue
		}
		from := toks[cue].start
		if lateCue(toks, cue) {
			from = 0
		}
		group, countriesAfter := false, false
		prevEnd := -1
		roles := x.roleStarts(toks)
		prevOrg := false
		ms := x.gaz.Find(s)
		origins := x.originSpans(s, toks, ms)
		for _, m := range ms {
			e := m.Entity
			isRole := roles[m.Start] && prevOrg // "OIM, en su calidad de Secretaría Técnica": a role, no participant
			prevOrg = e.Type == actas.EntityOrganisation
			if isRole {
				continue
			}
			if e.Type == actas.EntityCountry && m.Start >= exFrom && m.Start < exTo {
				excused[e.ID] = true
				continue
			}
			if e.Type == actas.EntityCountry && inSpans(m.Start, origins) {
				continue // "migrants from Haiti": a country migrants come from or go to
			}
			if m.Start >= from && e.Type == actas.EntityCountry && !placeBefore(s[max(0, m.Start-40):m.Start]) && !presidencyOf(s[max(0, m.Start-40):m.Start]) {
				countriesAfter = true // the place of the meeting names no delegation
			}
			qualifier := prevEnd >= 0 && prevEnd <= m.Start && isOf(s[prevEnd:m.Start])
			prevEnd = m.End
			if e.Type == actas.EntityGroup {
				if e.ID == actas.GroupMemberStates && m.Start >= from {
					group = true
				}
				continue
			}
			if self[e.ID] || seen[string(e.Type)+e.ID] {
				continue
			}
			if e.Type == actas.EntityOrganisation && (m.Start < from || qualifier) {
				continue // "previo a la reunión del GRCM, ..."; "Países Miembros de la CRM", "the TS of the RCM"
			}
			seen[string(e.Type)+e.ID] = true
			out = append(out, actas.Entity{Type: e.Type, ID: e.ID, Surface: m.Entity.Surface})
		}
		for _, m := range x.nearCountries(s, from, ms) {
			if id := "country" + m.Entity.ID; !seen[id] && !self[m.Entity.ID] && (m.Start < exFrom || m.Start >= exTo) && !inSpans(m.Start, origins) {
				seen[id] = true
				countriesAfter = true
				out = append(out, actas.Entity{Type: actas.EntityCountry, ID: m.Entity.ID, Surface: m.Entity.Surface})
			}
		}
		if rcm && group && !countriesAfter && countryCount(out) < 3 && !x.rules.participants.hasKind(toks, "listref") { // not "... que se indican en el Anexo", nor where the countries were listed before
			for _, iso := range x.members {
				if !seen["country"+iso] {
					seen["country"+iso] = true
					out = append(out, actas.Entity{Type: actas.EntityCountry, ID: iso})
				}
			}
		}
	}
	return withoutExcused(out, excused)
}

// withoutParaNumber drops the number of a report's numbered paragraph
// before its sentence ("1.2 Member States represented: Djibouti, ..."), so
// that a label opens it.
func withoutParaNumber(s string) string {
	t := strings.TrimLeft(s, "\n ")
	if m := parseMarker(t); m != nil && !m.alone && m.cands[0].style == styleDotted {
		return t[m.end:]
	}
	return s
}

// countryCount counts the countries among es.
func countryCount(es []actas.Entity) int {
	n := 0
	for _, e := range es {
		if e.Type == actas.EntityCountry {
			n++
		}
	}
	return n
}

// ellipticDelegation reports a clause that names the next delegation by
// its country alone after a semicolon ("La delegación de Belice estuvo
// presidida por ...; la de Canadá, por ...; that of Mexico, by ...";
// "Belice estuvo representado por ...; Canadá, por ...").
func (x *Extractor) ellipticDelegation(s string) bool {
	w := strings.Fields(fold(s))
	if len(w) < 3 {
		return false
	}
	if w[0] == "y" || w[0] == "and" {
		w = w[1:]
	}
	if len(w) >= 2 && (w[0] == "la" || w[0] == "el" || w[0] == "that") && (w[1] == "de" || w[1] == "del" || w[1] == "of") {
		return true
	}
	return x.countryThenBy(s)
}

// forCountry reports a sentence that opens with "Por" / "For" and a
// country, the delegation whose members it names ("Por Costa Rica, la
// licenciada ...", "For Mexico: Mr. ...").
func (x *Extractor) forCountry(s string) bool {
	t := strings.TrimLeft(s, "\n ")
	w := firstWord(t)
	if f := fold(w); f != "por" && f != "for" {
		return false
	}
	rest := strings.TrimLeft(t[len(w):], " \n")
	ms := x.gaz.Find(rest)
	if len(ms) == 0 || ms[0].Entity.Type != actas.EntityCountry {
		return false
	}
	before := fold(strings.TrimSpace(rest[:ms[0].Start]))
	return before == "" || isArticle(before) // "Por la República Dominicana, ..."
}

// countryThenBy reports a clause that opens with a country, an article or
// "y" / "and" aside, and goes on "por" / "by", after a comma or not
// ("Canadá, por la Sección Consular de su Embajada", "Costa Rica by the
// Dirección General de Migración").
func (x *Extractor) countryThenBy(s string) bool {
	t := strings.TrimLeft(s, "\n ")
	for _, lead := range []string{"y ", "and "} {
		t = strings.TrimPrefix(t, lead)
	}
	ms := x.gaz.Find(t)
	if len(ms) == 0 || ms[0].Entity.Type != actas.EntityCountry {
		return false
	}
	if before := strings.TrimSpace(t[:ms[0].Start]); before != "" && !isArticle(fold(before)) && fold(before) != "los" && fold(before) != "las" {
		return false
	}
	rest := strings.TrimLeft(t[ms[0].End:], " \n")
	rest = strings.TrimPrefix(rest, ",") // "Costa Rica by the Dirección ..." has none
	w := firstWord(strings.TrimLeft(rest, " \n"))
	return w == "por" || w == "by" // also where a line ends after it ("Honduras, por⏎la Dirección ...")
}

// rePresidencyOf matches the words before a country that chairs ("under the
// Presidency Pro Tempore (PPT) of Belize"): a role, not a delegation listed.
var rePresidencyOf = regexp.MustCompile(`(?i)(?:pro tempore|\(ppt\)|\(pro tempore\)|presidency|presidencia|chairmanship|chair)\s+(?:of|de|del)\s+(?:la\s+|the\s+)?$`)

// participationLead reports a lead-in with a participation cue
// ("Participaron las siguientes delegaciones:"): the list after it holds
// participants, so a title above it ("Summary Conclusions") does not make
// that list operative.
func participationLead(r *rules, s string) bool {
	toks := tokenize(s)
	return len(r.structure.find(toks, "participation")) > 0 || len(r.participants.find(toks, "participation")) > 0
}

// listLabel reports a sentence that is only the label of a list of
// participants ("Países Miembros presentes:", "Observer States:"; a "label"
// cue of participant_cues.csv).
func listLabel(r *rules, s string) bool {
	toks := wordTokens(strings.TrimSuffix(strings.TrimSpace(s), ":"))
	_, j, ok := r.participants.matchKind(toks, 0, "label")
	return ok && j == len(toks)
}

// statementParticipants reads the participants of a statement that has no
// header from its first four numbered paragraphs ("1. The meeting was held
// in Bangkok ... co-chaired by Australia and Indonesia. 2. Senior officials
// from ... attended", "3. Delegations of ... attended in person").
func (x *Extractor) statementParticipants(text string, nodes []*node, self map[string]bool, rcm bool) []actas.Entity {
	var out []actas.Entity
	seen := map[string]bool{}
	for _, n := range nodes[:min(len(nodes), 4)] { // "1. ... held its tenth meeting", "2. ... opened", "3. Delegations of ... attended"
		for _, e := range x.participants(cleanText(text, n.spans), self, rcm) {
			if !seen[string(e.Type)+e.ID] {
				seen[string(e.Type)+e.ID] = true
				out = append(out, e)
			}
		}
	}
	return out
}

// nearCountries returns the countries named with OCR damage in s from the
// participation cue on ("Asistieron los enlaces de ... Guatemaia, ...
// Repúbiica Dominicana"), where no exact match stands: only a participation
// sentence expects country names, so nowhere else is a near name read.
func (x *Extractor) nearCountries(s string, from int, exact []gazetteer.Match) []gazetteer.Match {
	var out []gazetteer.Match
	for _, m := range x.gaz.FindNear(s[from:]) {
		m.Start, m.End = m.Start+from, m.End+from
		if !slices.ContainsFunc(exact, func(e gazetteer.Match) bool { return e.Start < m.End && m.Start < e.End }) {
			out = append(out, m)
		}
	}
	return out
}

// rePlaceBefore matches the words before a country named as the place of
// the meeting ("se reunió en la Ciudad de Panamá", "met in Ottawa, Canada").
var rePlaceBefore = regexp.MustCompile(`(?i)\b(?:en|in)\s+(?:la\s+ciudad\s+de\s+|the\s+city\s+of\s+)?(?:\p{Lu}[\p{L}.]*\s+)*(?:\p{Lu}[\p{L}.]*,\s*)?$`)

// excusedNotes returns the countries a footnote says did not take part
// ("* The delegation of Afghanistan was unable to attend ..."): a line that
// opens with a note's mark and holds an excused cue.
func (x *Extractor) excusedNotes(text string) map[string]bool {
	var out map[string]bool
	lines := splitLines(text)
	for i, ln := range lines {
		s := strings.TrimSpace(text[ln.start:ln.end])
		if id, ok := x.excusedEntry(text, lines, i, s); ok {
			if out == nil {
				out = map[string]bool{}
			}
			out[id] = true // "BELICE" / "(Excusó su asistencia)": a delegation's entry in a list, excused
			continue
		}
		if s == "" || !strings.ContainsRune("*¹²³⁴⁵⁶⁷⁸⁹", firstRune(s)) {
			continue
		}
		if from, to := x.excusedSpan(s, tokenize(s)); from < to {
			for _, m := range x.gaz.Find(s[from:to]) {
				if m.Entity.Type == actas.EntityCountry {
					if out == nil {
						out = map[string]bool{}
					}
					out[m.Entity.ID] = true
				}
			}
		}
	}
	return out
}

// excusedEntry reads a line that is only a country's name, as a list of
// delegations heads each entry, whose note in brackets on the next line
// says it was excused ("BELICE" / "(Excusó su asistencia)").
func (x *Extractor) excusedEntry(text string, lines []line, i int, s string) (string, bool) {
	if s == "" || len(s) > 40 || i+1 >= len(lines) {
		return "", false
	}
	note := strings.TrimSpace(text[lines[i+1].start:lines[i+1].end])
	if !strings.HasPrefix(note, "(") || !strings.HasSuffix(note, ")") {
		return "", false // the cheap test first: most lines head no note
	}
	iso, ok := x.gaz.FindCountry(strings.TrimRight(s, ":"))
	if !ok {
		return "", false
	}
	if from, to := x.excusedSpan(note, tokenize(note)); from >= to {
		return "", false
	}
	return iso, true
}

// withoutExcused drops the countries a report says were excused or absent.
func withoutExcused(es []actas.Entity, excused map[string]bool) []actas.Entity {
	if len(excused) == 0 {
		return es
	}
	out := es[:0:0]
	for _, e := range es {
		if e.Type != actas.EntityCountry || !excused[e.ID] {
			out = append(out, e)
		}
	}
	return out
}

// clauseJoiner are the words after a comma that open a clause of its own
// ("..., while Venezuela excused itself", "..., mientras que Belice se
// excusó").
var clauseJoiner = map[string]bool{"while": true, "whereas": true, "but": true, "mientras": true, "pero": true, "aunque": true, "although": true}

// clauseAfter reports a clause that opens at token k after a comma: a
// joiner ("while", "mientras"), a gerund ("and welcoming", "y acogiendo")
// or a second object clause ("and that Mauritania took part").
func clauseAfter(toks []token, k int) bool {
	and := k < len(toks) && (toks[k].fold == "and" || toks[k].fold == "y")
	if and {
		k++
	}
	if k >= len(toks) || !toks[k].word {
		return false
	}
	w := toks[k].fold
	return clauseJoiner[w] || and && (w == "that" || w == "que") || len(w) > 5 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ando") || strings.HasSuffix(w, "iendo"))
}

// openParenBefore reports an opening bracket among the four tokens before
// toks[i], not closed before it: the cue stands in an aside.
func openParenBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch toks[k].fold {
		case ")":
			return false
		case "(":
			return true
		}
	}
	return false
}

// attendsAfter reports a participation or observer cue at toks[k], after
// "and" / "y" ("..., con la excusa de Nicaragua, y con la presencia de las
// delegaciones observadoras de ...": who took part, after who did not), or
// "y los de" / "and those of" there.
func (x *Extractor) attendsAfter(toks []token, k int) bool {
	if k < len(toks) && (toks[k].fold == "and" || toks[k].fold == "y") {
		k++
		if k+1 < len(toks) && (toks[k].fold == "los" || toks[k].fold == "las" || toks[k].fold == "those") && (toks[k+1].fold == "de" || toks[k+1].fold == "of") {
			return true // "..., con la excusa de Nicaragua, y los de Canadá ... conectados por videoconferencia": the delegations of others
		}
	}
	e, _, ok := x.rules.participants.match(toks, k)
	return ok && (e.kind == "participation" || e.kind == "observer")
}

// asideBefore reports a comma between tokens from and to: a joiner's
// clause closed before the cue is an aside of the subject ("Cameroon and
// Ghana, although registered, were unable to attend").
func asideBefore(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if toks[k].fold == "," {
			return true
		}
	}
	return false
}

// excusedSpan returns the byte range of a sentence whose countries did not
// take part: after an excused cue ("Se excusaron las delegaciones de ...",
// "except Belize"), or before it when no country follows ("Jamaica sent its
// apologies"). It is empty when the sentence has no such cue.
func (x *Extractor) excusedSpan(s string, toks []token) (int, int) {
	for i := range toks {
		e, j, ok := x.rules.participants.match(toks, i)
		if !ok || e.kind != "excused" {
			continue
		}
		if i > 0 && toks[i-1].fold == "(" {
			row := strings.LastIndexByte(s[:toks[i-1].start], '\n') + 1
			if x.namesCountry(s[row:toks[i-1].start]) {
				return row, toks[i].start // "Belice      (no asistió)": a row of a table of delegations
			}
		}
		end := len(s)
		labelled := j < len(toks) && toks[j].fold == ":" // "Apologies: Nepal; Timor-Leste.": a list set off by semicolons
		aside := openParenBefore(toks, i)                // "Mexico (with apologies from Nicaragua and Panama), the Dominican Republic ..."
		for k := j; k < len(toks); k++ {
			if aside && toks[k].fold == ")" {
				end = toks[k].start
				break
			}
			if toks[k].fold == ";" && !labelled || toks[k].fold == "." || toks[k].fold == ":" && k > j && x.namesCountry(s[toks[i].start:toks[k].start]) {
				end = toks[k].start // "con excepción de Belice: Canadá, Costa Rica, ...": the list after the colon took part
				break
			}
			if toks[k].fold == "," && (clauseAfter(toks, k+1) || x.attendsAfter(toks, k+1)) {
				end = toks[k].start // "... was unable to attend the Consultation, and welcoming the participation of Malaysia ...": a clause of its own
				break
			}
		}
		if x.namesCountry(s[toks[i].start:end]) {
			return toks[i].start, end
		}
		start := blankLineBefore(s, toks[i].start) + 1 // a clause ends at a blank line
		for k := i - 1; k >= 0 && toks[k].start >= start; k-- {
			if at := x.entryLabel(s, toks[k].start); toks[k].fold == ":" && at >= 0 {
				start = at // "Honduras: apologies"
				break
			}
			if toks[k].fold == ";" || toks[k].fold == "." || toks[k].fold == ":" {
				start = toks[k].end // a list after "took part:" is no part of the clause
				break
			}
			if toks[k].fold == "," && k+1 < len(toks) && clauseJoiner[toks[k+1].fold] && !asideBefore(toks, k+1, i) {
				start = toks[k].end // "..., while Venezuela excused itself": its own clause
				break
			}
		}
		return x.subjectStart(s, start, toks[i].start), toks[i].start
	}
	return 0, 0
}

// namesCountry reports whether s names a country.
func (x *Extractor) namesCountry(s string) bool {
	return slices.ContainsFunc(x.gaz.Find(s), func(m gazetteer.Match) bool { return m.Entity.Type == actas.EntityCountry })
}

// blankLineBefore returns where the last blank line before byte at starts,
// or -1; the blank lines around page furniture (blankFurniture's form
// feeds) end nothing.
func blankLineBefore(s string, at int) int {
	for {
		k := strings.LastIndex(s[:at], "\n\n")
		if k < 0 {
			return -1
		}
		from := len(strings.TrimRight(s[:k], " \t\r\n\f"))
		to := len(s) - len(strings.TrimLeft(s[k:], " \t\r\n\f"))
		if !strings.Contains(s[from:to], "\f") {
			return k
		}
		at = from
	}
}

// entryLabel returns where the country name starts that the colon at
// byte colon ends, the label of a delegation's entry ("Honduras:
// apologies", also where an annexed list ran on: "... Subdirectora
// Honduras: sin conexión"), or -1.
func (x *Extractor) entryLabel(s string, colon int) int {
	from := runeStart(s, max(0, colon-60))
	ms := x.gaz.Find(s[from:colon])
	if len(ms) == 0 {
		return -1
	}
	m := ms[len(ms)-1]
	if m.Entity.Type != actas.EntityCountry || strings.TrimSpace(s[from+m.End:colon]) != "" {
		return -1
	}
	return from + m.Start
}

// subjectStart returns where the countries that are the subject of an
// excused cue at cue begin: the last country before it and those joined to
// it by commas or "and" ("Belize and Panama sent their regrets"), never a
// list whose line breaks were lost ("... Panama United States of America
// Belize informed the Presidency that it would be unable to attend").
func (x *Extractor) subjectStart(s string, from, cue int) int {
	var cs []gazetteer.Match
	for _, m := range x.gaz.Find(s[from:cue]) {
		if m.Entity.Type == actas.EntityCountry {
			cs = append(cs, m)
		}
	}
	if len(cs) == 0 {
		return from
	}
	k := len(cs) - 1
	for k > 0 && isCoordination(s[from+cs[k-1].End:from+cs[k].Start]) {
		k--
	}
	return from + cs[k].Start
}

// isCoordination reports a gap that joins two names of one list: a comma,
// "and", "y", "as well as".
func isCoordination(gap string) bool {
	g := strings.Join(strings.Fields(strings.ToLower(gap)), " ")
	switch strings.TrimPrefix(g, ", ") {
	case ",", "and", "y", "e", "as well as", "así como", "or", "o", "nor", "ni":
		return true
	}
	// "Canadá y de Nicaragua", "Honduras and of the Dominican Republic"
	if c, rest, ok := strings.Cut(strings.TrimPrefix(g, ", "), " "); ok && isCoordination(c) {
		ws := strings.Fields(rest)
		return len(ws) <= 2 && !slices.ContainsFunc(ws, func(w string) bool { return !ofWords[w] })
	}
	return false
}

// isColumnList reports a block of short names set in lines or columns
// ("Belize      El Salvador      Nicaragua" under "The following delegations
// were present:"): every line holds one to four cells parted by runs of
// spaces or tabs, each of at most six words, and no cell ends a sentence.
func isColumnList(block string) bool {
	lines := 0
	for _, l := range strings.Split(block, "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		lines++
		cells := reCellGap.Split(strings.TrimSpace(l), -1)
		if len(cells) > 4 {
			return false
		}
		for _, c := range cells {
			if len(strings.Fields(c)) > 6 || strings.HasSuffix(c, ".") && len(c) > 40 {
				return false
			}
		}
	}
	return lines > 0
}

// onlyNames reports a block that holds nothing but names of countries and
// organisations, with commas and "and" between them: a list whose columns
// were re-wrapped into lines of text.
func (x *Extractor) onlyNames(block string) bool {
	ms := x.gaz.Find(block)
	if len(ms) < 2 {
		return false
	}
	last := 0
	var rest strings.Builder
	for _, m := range ms {
		rest.WriteString(block[last:m.Start])
		rest.WriteByte(' ')
		last = m.End
	}
	rest.WriteString(block[last:])
	for _, w := range strings.FieldsFunc(rest.String(), func(r rune) bool { return !isWordRune(r) }) {
		if !isCoordination(w) {
			return false
		}
	}
	return true
}

// reCellGap matches the gap between two cells of a line set in columns.
var reCellGap = regexp.MustCompile(`\t+|\s{2,}`)

// observers adds the countries that a sentence anywhere in the report says
// took part as observers ("the attendance of observer delegations from
// Argentina, Colombia ..."), unless they are excused there; when the
// header named no country, it reads the closing formula ("Adopted ... by
// the Vice Ministers and Heads of Delegation of Belize, Canada ...").
func (x *Extractor) observers(ps []actas.Entity, text string, after int, self map[string]bool) []actas.Entity {
	if countries(ps) == 0 && countries(x.annexParticipants(text, self)) == 0 {
		// a closing paragraph may name them, after the last agreement, or
		// the summary of the meeting that follows its agreements
		// ("PART TWO: SUMMARY OF THE MEETING" / "Participation")
		from := runeStart(text, max(after, len(text)-1500))
		if after > 0 && after < from {
			from = after
		}
		ps = append(ps, x.participants(text[from:runeStart(text, min(len(text), from+6000))], self, false)...)
	}
	seen := map[string]bool{}
	for _, p := range ps {
		seen[string(p.Type)+p.ID] = true
	}
	phrases := x.rules.participants.phrases("observer")
	heading := false // the sentence before was a heading of observers ("Observer Countries")
	for _, s := range sentences(text) {
		listed := heading
		heading = false
		if !listed && !foldedHolds(s, phrases) {
			continue // no observer cue: no need to read the sentence
		}
		toks := tokenize(s)
		obs := false
		for i := range toks {
			if e, _, ok := x.rules.participants.match(toks, i); ok && e.kind == "observer" {
				obs = true
				break
			}
		}
		if !listed && observerHeading(s) { // its cue may be a label's ("Observer Countries")
			heading = true // "Observer Countries" / "Argentina, Colombia, Ecuador, ...": the list below it
			continue
		}
		label, rest, labelled := strings.Cut(s, ":")
		labelled = labelled && observerHeading(label) && foldedHolds(label, phrases) // "Observer Countries:  Argentina, Colombia, ..."
		if !listed && !labelled && (!obs || x.participationCue(toks) < 0) {
			continue
		}
		found := x.participants(s, self, false)
		if listed {
			found = x.listedCountries(s)
		} else if labelled {
			found = x.listedCountries(rest)
		}
		for _, e := range found {
			if e.Type == actas.EntityCountry && !seen[string(e.Type)+e.ID] {
				seen[string(e.Type)+e.ID] = true
				ps = append(ps, e)
			}
		}
	}
	return ps
}

// listedCountries returns the countries of a paragraph that is only a
// list of names ("Argentina, Colombia, Ecuador, Jamaica, Peru"), or none.
func (x *Extractor) listedCountries(s string) []actas.Entity {
	if !x.onlyNames(s) {
		return nil
	}
	var out []actas.Entity
	for _, m := range x.gaz.Find(s) {
		if m.Entity.Type == actas.EntityCountry {
			out = append(out, m.Entity)
		}
	}
	return out
}

// observerHeading reports a short line that heads a list of observers
// ("Observer Countries", "Países observadores:"): no sentence, few words.
func observerHeading(s string) bool {
	t := strings.TrimSpace(s)
	return t != "" && !strings.ContainsAny(t, ".;") && !strings.Contains(t, "\n") && countFields(t, 6) <= 5
}

// sentences splits text at sentence ends and blank lines.
func sentences(text string) []string {
	var out []string
	start := 0
	rs := text
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		end := false
		switch {
		case c == '\n' && i+1 < len(rs) && rs[i+1] == '\n':
			end = !cutByPage(rs, start, i)
		case (c == '.' || c == ';') && i+2 < len(rs) && (rs[i+1] == ' ' || rs[i+1] == '\n') && !leaderDots(rs, i):
			next := strings.TrimLeft(rs[i+1:], " \n")
			// "EE.UU. y", "D.C., ", "Lic. María" and a table row are no sentence ends
			prevWord := lastWord(rs[start:i])
			end = startsUpper(next) && !(len(prevWord) <= 2 && isUpperWord(prevWord)) &&
				!honorifics[strings.ToLower(prevWord)] && !barRow(lineAt(rs, i)) && !(c == ';' && labelledItem(rs[start:i]))
		}
		if end {
			out = append(out, rs[start:i+1])
			start = i + 1
		}
	}
	if start < len(rs) {
		out = append(out, rs[start:])
	}
	return out
}

// labelledItem reports a sentence so far that is a label's list of short
// items between semicolons ("Members in attendance: Afghanistan; Australia"):
// the list goes on after the semicolon.
func labelledItem(s string) bool {
	colon := strings.IndexByte(s, ':')
	if colon < 0 || colon > 60 || strings.Contains(s[:colon], ".") {
		return false
	}
	item := s[max(colon, strings.LastIndexByte(s, ';'))+1:]
	return countFields(item, 8) <= 7 && !strings.Contains(item, ".")
}

// blankFurniture writes the page furniture lines of text (furnitureLines)
// as a form feed and spaces, so that a sentence a page cut goes on after
// them (cutByPage).
func blankFurniture(text string) string {
	if !strings.Contains(text, "\f") {
		return text
	}
	lines := splitLines(text)
	fl := furnitureLines(text, lines)
	if len(fl) == 0 {
		return text
	}
	b := []byte(text)
	for i := range fl {
		for k := lines[i].start; k < lines[i].end; k++ {
			b[k] = ' '
		}
		b[lines[i].start] = '\f'
	}
	return string(b)
}

// cutByPage reports a sentence of rs[start:i] that a page break cut in
// mid-list ("... Afghanistan, Bangladesh," / page furniture / "Bulgaria,
// ...") or mid-phrase ("... de Guyana y de" / page furniture / "la
// República de Suriname excusaron ..."): only blank lines and a form feed
// follow a comma, or a word in lower case that the next page goes on from
// in lower case.
func cutByPage(rs string, start, i int) bool {
	const blank = " \t\r\n\f"
	before := strings.TrimRight(rs[start:i], blank)
	after := strings.TrimLeft(rs[i:], blank)
	gap := rs[start+len(before) : len(rs)-len(after)]
	if !strings.Contains(gap, "\f") {
		return false
	}
	return strings.HasSuffix(before, ",") || unicode.IsLower(lastRune(before)) && unicode.IsLower(firstRune(after))
}

// lastWord returns the last run of letters of s.
func lastWord(s string) string {
	if start, end, ok := lastWordBack(s); ok {
		return s[start:end]
	}
	f := strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) })
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// lateCue reports a participation verb that follows the parties it names
// ("IOM and UNHCR also took part", "asistieron también la OIM ...").
func lateCue(toks []token, i int) bool {
	switch toks[i].fold {
	case "attended", "took", "were", "participated", "particpated", "asistieron", "participaron", "estuvieron", "participo",
		"met", "gathered", "convened", "se", "reunidos", "asistio", "observer", "observers", "observador", "observadores":
		return true
	}
	return false
}

// roleStarts returns the offsets where a name follows a role cue of
// structure_cues.csv ("in its capacity as (the)", "en su calidad de").
func (x *Extractor) roleStarts(toks []token) map[int]bool {
	out := map[int]bool{}
	for i := range toks {
		_, j, ok := x.rules.structure.matchKind(toks, i, "role")
		if !ok || j >= len(toks) {
			continue
		}
		out[toks[j].start] = true
		if f := toks[j].fold; (f == "the" || f == "la" || f == "el") && j+1 < len(toks) {
			out[toks[j+1].start] = true
		}
	}
	return out
}

// participationCue returns the index of the first participation cue in toks, or -1.
// A sentence that opens with a label and a colon ("Países Miembros: ...",
// "Observers: ...", "Participants:" and a list) has its cue at 0.
func (x *Extractor) participationCue(toks []token) int {
	if x.labelled(toks) {
		return 0
	}
	for i := range toks {
		if i > 0 && toks[i].word && startsUpper(toks[i].text) && x.labelled(toks[i:]) && (!toks[i-1].word || isUpperWord(toks[i-1].text)) {
			return i // a label after a sentence or a heading whose line break was lost
		}
		if e, j, ok := x.rules.structure.match(toks, i); ok && e.kind == "participation" && !x.subjectNoun(toks, i, j) {
			return i
		}
		if e, j, ok := x.rules.participants.match(toks, i); ok && e.kind == "participation" && !x.subjectNoun(toks, i, j) {
			return i
		}
	}
	return -1
}

// subjectNoun reports a participation cue toks[i:j] that is a noun of
// kind noun of participant_cues.csv ("Delegations", "Las delegaciones")
// with no "of", "de", "from" or colon after it before a verb in the past
// or a comma: the subject of a narrative ("Delegations described the
// situation in Venezuela"), not the delegations a report lists ("the
// representatives responsible for migration matters of Albania, ...").
func (x *Extractor) subjectNoun(toks []token, i, j int) bool {
	if _, k, ok := x.rules.participants.matchKind(toks, i, "noun"); !ok || k != j {
		return false
	}
	for k := j; k < min(len(toks), j+8); k++ {
		switch f := toks[k].fold; {
		case f == "of" || f == "de" || f == "del" || f == "from" || f == "desde" || f == ":":
			return false
		case !toks[k].word || pastVerb(f) || strings.HasSuffix(toks[k].text, "ó"):
			return true
		}
	}
	return true
}

// labelled reports whether toks open with a participant label followed by
// a colon: a label, participation or observer cue of participant_cues.csv
// or structure_cues.csv ("Países Miembros:", "Observadores:", "Member
// States:", "Participants:").
func (x *Extractor) labelled(toks []token) bool {
	j := x.labelEnd(toks)
	return j > 0 && j < len(toks) && toks[j].fold == ":"
}

// labelEnd returns the index after the longest label, participation or
// observer cue that opens toks, or 0.
func (x *Extractor) labelEnd(toks []token) int {
	end := 0
	for _, set := range []*phraseSet{x.rules.participants, x.rules.structure} {
		for _, kind := range labelKinds {
			if _, j, ok := set.matchKind(toks, 0, kind); ok && j > end {
				end = j
			}
		}
	}
	return end
}

// labelKinds are the cue kinds labelEnd reads.
var labelKinds = []string{"label", "participation", "observer"}

// mayOpenLabel reports whether a cue labelEnd reads may be in t (its words
// are, the first as a token): splitLabels asks listHeading of every line
// of the header, and most hold none.
func (x *Extractor) mayOpenLabel(t string) bool {
	return foldedHolds(t, x.rules.participants.phrases(labelKinds...)) || foldedHolds(t, x.rules.structure.phrases(labelKinds...))
}

// splitLabels cuts a sentence before each of its lines that opens with a
// participant label ("ACTA DE LA REUNIÓN\nPaíses Miembros: Belice, ..."
// where no blank line stands between them) or is a label heading, and after
// the lines naming a country or organisation under such a heading.
func (x *Extractor) splitLabels(ss []string) []string {
	var out []string
	for _, s := range ss {
		first, _, _ := strings.Cut(strings.TrimLeft(s, "\n"), "\n")
		from, list := 0, x.listHeading(first)
		for at := strings.IndexByte(s, '\n'); at >= 0; {
			line := s[at+1:]
			l, _, _ := strings.Cut(line, "\n")
			heading := x.listHeading(l)
			ends := list && !x.entryLines(l, 1) // the line after a heading's list
			list = heading || list && !ends
			if (heading || ends || x.labelledText(line[:min(len(line), 60)])) && strings.TrimSpace(s[from:at]) != "" {
				out = append(out, s[from:at+1])
				from = at + 1
			}
			next := strings.IndexByte(s[at+1:], '\n')
			if next < 0 {
				break
			}
			at += 1 + next
		}
		out = append(out, s[from:])
	}
	return out
}

// isParticipation reports whether a sentence speaks of who took part.
func (x *Extractor) isParticipation(s string) bool {
	return x.participantCues(s) && x.participationCue(tokenize(s)) >= 0
}

// ofWords are the prepositions and articles that may stand between a
// conjunction and the next name of a list ("y de la", "and of the").
var ofWords = map[string]bool{"of": true, "the": true, "de": true, "del": true, "la": true, "el": true, "los": true, "las": true}

// isOf reports a gap such as " de la " or " of the " between two names: the
// second qualifies the first.
func isOf(gap string) bool {
	words := strings.Fields(strings.ToLower(gap))
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	for _, w := range words {
		switch w {
		case "of", "the", "de", "la", "del", "el", "los", "las":
		default:
			return false
		}
	}
	return words[0] == "of" || words[0] == "de" || words[0] == "del"
}

// honorifics are the titles written before a name whose full stop ends no
// sentence ("Lic. María", "Mr. John").
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "sr": true, "sra": true, "srta": true, "lic": true, "licda": true, "mtro": true, "mtra": true, "ing": true, "amb": true, "hon": true, "prof": true, "dra": true,
	// titles of rank in Spanish-speaking administrations ("Cmdte. Eduardo Cuadra", "Abog. Rosa María Flores")
	"abog": true, "cmdte": true, "cmte": true, "cnel": true, "gral": true, "tte": true, "cap": true, "arq": true, "msc": true, "mba": true, "excmo": true, "excma": true, "sres": true, "sras": true, "dn": true, "dña": true}

// lineAt returns the line of s that holds offset i.
func lineAt(s string, i int) string {
	start := strings.LastIndexByte(s[:i], '\n') + 1
	end := strings.IndexByte(s[i:], '\n')
	if end < 0 {
		return s[start:]
	}
	return s[start : i+end]
}

// barRow reports a line of a table with bars between its cells
// ("Honduras | Lic. María López | Directora").
func barRow(l string) bool { return strings.Contains(l, "|") && strings.Trim(l, "| \t-") != "" }

// listHeading reports a heading that is a participant label alone, with
// no colon ("Attendance", "2. Delegaciones participantes", "Member States
// present"): a list of participants follows it.
func (x *Extractor) listHeading(s string) bool {
	t := strings.TrimSpace(s)
	if mayHeadingMarker(t) {
		t = reHeadingMarker.ReplaceAllString(t, "")
	}
	if a, b, ok := strings.Cut(t, " / "); ok && !strings.Contains(b, " / ") {
		return x.listHeading(a) || x.listHeading(b) // "ASISTENCIA / ATTENDANCE"
	}
	if strings.ContainsAny(t, "\n.;") || !x.mayOpenLabel(t) {
		return false
	}
	toks := tokenizeWords(t)
	j := x.labelEnd(toks)
	return j > 0 && len(toks)-j <= 1 && !isConnector(toks[len(toks)-1].fold) // "Asistieron las" / "delegaciones ...": a sentence a line break cut
}

// reHeadingMarker matches the number of a numbered heading ("2. ", "IV. ", "b) ").
var reHeadingMarker = regexp.MustCompile(`^(?:[0-9]{1,2}|[IVXivx]{1,4}|[A-Za-z])[.)][\s\x{a0}]+`)

// listBlock reports a block that goes on with the list a lead-in opened:
// short, set in columns, made of names only, lines that each name a
// delegation (a table of delegates, "Mr. John Smith, Director, ..., Belize"),
// or cells between bars, however re-wrapped ("| Belize | Mr. Ernest Arnold |
// Director, ... | | Canada | ...").
func (x *Extractor) listBlock(b string) bool {
	return len(strings.TrimSpace(b)) < 80 || isColumnList(b) || x.onlyNames(b) || x.entryLines(b, 2) || strings.Count(b, "|") >= 6
}

// entryLines reports a block of at least least lines that each name a
// country or an organisation, but for a first line of cells that heads a
// table ("País | Delegado | Cargo") and the rules that set off its rows.
func (x *Extractor) entryLines(b string, least int) bool {
	b = strings.TrimSpace(b)
	if strings.Count(b, "\n")+1 < least {
		return false
	}
	named := map[int]bool{} // the lines that name one, by their start
	for _, m := range x.gaz.Find(b) {
		if m.Entity.Type == actas.EntityCountry || m.Entity.Type == actas.EntityOrganisation {
			named[strings.LastIndexByte(b[:m.Start], '\n')+1] = true
		}
	}
	head := true // the first line that is no rule may head the table
	indent := -1 // of the last line that names one
	for at, next := 0, 0; at < len(b); at = next {
		l, _, _ := strings.Cut(b[at:], "\n")
		next = at + len(l) + 1
		if isRule(l) {
			continue // "|-----|-----|", "+=====+": a separator ends no list
		}
		in := len(l) - len(strings.TrimLeft(l, " \t"))
		if named[at] {
			indent = in
		} else if indent >= 0 && in > indent+2 {
			continue // the item's text wrapped under a hanging indent
		} else if !head || !barRow(l) && len(reCellGap.Split(strings.TrimSpace(l), -1)) < 2 {
			return false
		}
		head = false
	}
	return true
}

// leaderDots reports a full stop at i inside a run of three or more
// ("Belize ............ Ms. Sharon Flowers"): a leader, no sentence end.
func leaderDots(s string, i int) bool {
	j := i
	for j > 0 && s[j-1] == '.' {
		j--
	}
	return i-j >= 2
}

// runOnList reports a block of a list whose columns or lines a re-wrap ran
// together ("Belize ...... Ms. Sharon Flowers, Council Canada ...... Mr.
// Patrick ..."): the paragraph right under the lead-in when it names two
// countries or more, or a sentence that goes on in that paragraph and names one.
func (x *Extractor) runOnList(b string, first bool) bool {
	if !first && strings.HasPrefix(b, "\n") {
		return false // a paragraph of its own
	}
	n := 0
	for _, m := range x.gaz.Find(b) {
		if m.Entity.Type == actas.EntityCountry {
			n++
		}
	}
	return n >= 2 || !first && n >= 1
}

// listedBelow reports a sentence that points to a list under it ("The
// delegations listed below attended the meeting.", "... los funcionarios
// que se indican a continuación.").
func listedBelow(s string) bool {
	t := strings.ToLower(strings.TrimRight(strings.TrimSpace(s), ".:"))
	return strings.HasSuffix(t, "below") || strings.Contains(t, "listed below") || strings.HasSuffix(t, "a continuación")
}

// entryStart reports a block that opens as an entry of a list of
// delegations: a country's name, perhaps after "Por" / "For", then a colon
// or a leader ("BELIZE: Mr. Leonard A. Cayetano, ...", "Por Costa Rica:
// Licda. ...", "Canada ...... Mr. ...").
func (x *Extractor) entryStart(b string) bool {
	t := strings.TrimSpace(b)
	if m := parseMarker(t); m != nil && strings.HasPrefix(m.cands[0].style, styleBullet) {
		t = strings.TrimSpace(t[m.end:]) // "- Argentina: Dirección Nacional de Migraciones ..."
	}
	for _, w := range []string{"Por ", "POR ", "For ", "FOR "} {
		t = strings.TrimPrefix(t, w)
	}
	ms := x.gaz.Find(t[:min(len(t), 60)])
	if len(ms) == 0 || ms[0].Start != 0 || ms[0].Entity.Type != actas.EntityCountry {
		return false
	}
	rest := strings.TrimLeft(t[ms[0].End:], " \t")
	return strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "..") || strings.HasPrefix(rest, "|")
}

// leadThenItem reports a sentence that ends with the first item of a list
// whose items end with a semicolon, on the line right under its lead-in
// ("The following delegations attended:\nMr. John Smith, ..., Belize;").
func leadThenItem(s string) bool {
	t := strings.TrimSpace(s)
	at := strings.LastIndexByte(t, '\n')
	return at > 0 && strings.HasSuffix(t, ";") && strings.HasSuffix(strings.TrimSpace(t[:at]), ":")
}

// semicolonItem reports a line that is an item of a list whose items end
// with a semicolon (delegates as "Mr. John Smith, Director, ..., Belize;"),
// so that each is a sentence of its own: it names a country or
// organisation and ends with a semicolon or follows an item that does.
func (x *Extractor) semicolonItem(prev, b string) bool {
	t := strings.TrimSpace(b)
	if strings.Contains(t, "\n") || !strings.HasSuffix(t, ";") && !strings.HasSuffix(strings.TrimSpace(prev), ";") {
		return false
	}
	return x.entryLines(t, 1)
}

// tableRows puts back one row a line in a table whose line breaks a re-wrap
// moved ("| Djibouti | ... | present | | Eritrea |⏎- | apologies | | ..."):
// from its first bar on, a row ends where "| |" joins two.
func tableRows(s string) string {
	i := strings.IndexByte(s, '|')
	if !strings.Contains(s[i:], "| |") {
		return s
	}
	i = strings.LastIndexByte(s[:i], '\n') + 1
	rest := strings.ReplaceAll(strings.ReplaceAll(s[i:], "\n", " "), "| |", "|\n|")
	return s[:i] + rest
}

// excusedCell reports a table row with a short cell that says its country
// was excused ("Eritrea | - | excused"), not a sentence that names another
// ("United States | Ms. ... The delegation of the Dominican Republic sent
// its apologies.", a row whose line break was lost).
func (x *Extractor) excusedCell(l string) bool {
	for cell := range strings.SplitSeq(l, "|") {
		if c := strings.TrimSpace(cell); len(c) <= 40 && x.rules.participants.hasKind(tokenize(c), "excused") {
			return true
		}
	}
	return false
}

// withoutExcusedRows drops the rows of a table that say their country did
// not take part ("Eritrea | - | excused", an excused cue in a cell), adding
// their countries to excused.
func (x *Extractor) withoutExcusedRows(s string, excused map[string]bool) string {
	yesNo := yesNoColumn(s)
	if !strings.Contains(s, "|") && !yesNo {
		return s
	}
	if strings.Contains(s, "|") {
		s = tableRows(s)
	}
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		if barRow(l) && x.excusedCell(l) || yesNo && answeredNo(l) {
			for _, m := range x.gaz.Find(l) {
				if m.Entity.Type == actas.EntityCountry {
					excused[m.Entity.ID] = true
				}
			}
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// yesNoColumn reports a table of attendance set in columns whose last cell
// answers yes or no ("Belize      Yes" / "Nicaragua   No (excused)").
func yesNoColumn(s string) bool {
	if !strings.Contains(s, "  ") && !strings.Contains(s, "\t") {
		return false // no cells set in columns: most sentences, read once each
	}
	yes, no := false, false
	for l := range strings.Lines(s) {
		switch finalCell(l) {
		case "yes", "si", "sí":
			yes = true
		case "no":
			no = true
		}
	}
	return yes && no
}

// answeredNo reports a row whose last cell answers no ("No (excused)").
func answeredNo(l string) bool {
	return finalCell(l) == "no"
}

// finalCell returns the last cell of a row set in columns, in small
// letters and without a bracket after its word, or "".
func finalCell(l string) string {
	cells := reCellGap.Split(strings.TrimSpace(l), -1)
	if len(cells) < 2 {
		return ""
	}
	c, _, _ := strings.Cut(cells[len(cells)-1], " (")
	return strings.ToLower(strings.TrimSpace(c))
}

// originSpans returns where the countries of s stand that migrants come
// from or go to: the country right after an origin cue of
// participant_cues.csv ("migrants from Haiti", "provenientes de Haití") and
// the countries joined to it, which name no delegation.
func (x *Extractor) originSpans(s string, toks []token, ms []gazetteer.Match) []span {
	if !foldedHolds(s, x.rules.participants.phrases("origin")) {
		return nil
	}
	var out []span
	for i := range toks {
		_, j, ok := x.rules.participants.matchKind(toks, i, "origin")
		if !ok {
			continue
		}
		at := toks[j-1].end
		k := slices.IndexFunc(ms, func(m gazetteer.Match) bool { return m.Start >= at && m.Entity.Type == actas.EntityCountry })
		if k < 0 || slices.ContainsFunc(strings.Fields(strings.ToLower(s[at:ms[k].Start])), func(w string) bool { return !ofWords[w] }) {
			continue // the cue names no country
		}
		for k+1 < len(ms) && isCoordination(s[ms[k].End:ms[k+1].Start]) {
			k++
		}
		out = append(out, span{at, ms[k].End})
	}
	return out
}

// inSpans reports whether offset at lies in one of spans.
func inSpans(at int, spans []span) bool {
	return slices.ContainsFunc(spans, func(sp span) bool { return sp.start <= at && at < sp.end })
}
