package extract

import (
	"strconv"
	"strings"

	"actas"
)

// headsUnderAnnex reports a line that is only the heading of a list of
// delegations (kind annex_line of participant_cues.csv) under a line that
// is only an annex's word and number ("ANEXO" / "JEFES DE DELEGACIÓN").
func (x *Extractor) headsUnderAnnex(prev, l string) bool {
	w := strings.Fields(prev)
	if len(w) == 0 || len(w) > 2 || !annexWord(firstWord(w[0])) {
		return false
	}
	toks := tokenize(strings.TrimSpace(l))
	_, j, ok := x.rules.participants.matchKind(toks, 0, "annex_line")
	return ok && j == len(toks)
}

// annexStart returns the offset of the heading of a list of participants
// annexed to the report ("ANEXO I. LISTA DE PARTICIPANTES", "Annex: List of
// participants"), or -1: a short line with an annex cue of
// participant_cues.csv after the first quarter of the text.
func (x *Extractor) annexStart(text string) int {
	cues := x.rules.participants.phrases("annex")
	lines := textLines(text)
	for k, ln := range lines {
		if listOfAnnexes(text, lines, k) {
			continue // "Anexo I  Lista de Participantes" / "Anexo II  Agenda": the report names its annexes
		}
		if k > 0 && ln.start >= len(text)/4 && x.headsUnderAnnex(text[lines[k-1].start:lines[k-1].end], text[ln.start:ln.end]) {
			return ln.start // "ANEXO" / "JEFES DE DELEGACIÓN"
		}
		end := ln.end
		if w := firstWord(text[ln.start:end]); annexWord(w) && isUpperWord(w) {
			end = runeStart(text, min(end, ln.start+80)) // "ANNEX 1 — LIST OF PARTICIPANTS Bulgaria ...": the list ran on
			if caps, words, _ := capsRun(text, ln.start); words >= 2 && caps < end {
				end = caps // the heading in capitals, without the list after it
			}
		}
		if ln.start < len(text)/4 || end-ln.start > 80 || !foldedHolds(text[ln.start:end], cues) && !isAnnexHeading(text[ln.start:end]) {
			continue
		}
		toks := x.withoutAcronyms(tokenize(text[ln.start:end]))
		if isAnnexHeading(text[ln.start:end]) && x.rules.participants.hasKind(toks, "roster") { // "ANEXO — DELEGACIONES CONECTADAS"
			return ln.start
		}
		named := annexWord(firstWord(text[ln.start:end])) // "ANNEX 1: PARTICIPATING SADC MEMBER STATES"
		for i := range toks {
			if _, j, ok := x.rules.participants.matchKind(toks, i, "annex"); ok && headingRest(toks[:i]) && headingRest(toks[j:]) {
				return ln.start
			}
			if _, j, ok := x.rules.participants.matchKind(toks, i, "annex_named"); ok && named && i > 0 && headingRest(toks[:i]) && headingRest(toks[j:]) {
				return ln.start
			}
		}
	}
	return -1
}

// listOfAnnexes reports an annex's heading that the next line with text
// follows with another one: a list that names the annexes, not an annex.
func listOfAnnexes(text string, lines []tableLine, k int) bool {
	if !isAnnexHeading(text[lines[k].start:lines[k].end]) {
		return false
	}
	for _, ln := range lines[k+1:] {
		if t := strings.TrimSpace(text[ln.start:ln.end]); t != "" {
			return isAnnexHeading(t) && len(t) < 80
		}
	}
	return false
}

// withoutAcronyms drops the acronyms of organisations from an annex
// heading's tokens ("PARTICIPATING SADC MEMBER STATES"), so that its cue
// reads whole.
func (x *Extractor) withoutAcronyms(toks []token) []token {
	out := toks[:0:0]
	for _, t := range toks {
		if t.word && len(t.text) >= 2 && isUpperASCII(t.text) {
			if _, ok := wholeAcronym(x.gaz, t.text); ok {
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// headingRest reports whether the words around an annex cue leave it a
// heading: "Anexo I.", "Annex 2:", a number, "and organisations", or
// nothing.
func headingRest(toks []token) bool {
	for _, t := range toks {
		if !t.word {
			continue
		}
		switch t.fold {
		case "anexo", "annex", "apendice", "appendix", "i", "ii", "iii", "iv", "v", "a", "b", "c",
			"and", "y", "organisations", "organizations", "organizaciones", "organismos", "observers", "observadores": // "... MEMBER STATES AND ORGANISATIONS"
			continue
		}
		if strings.Trim(t.fold, "0123456789") == "" {
			continue
		}
		return false
	}
	return true
}

// annexParticipants returns the countries and organisations that open the
// lines or table rows of the annexed list of participants, up to the next
// annex heading ("ANEXO II", "Annex 2"), but those a line says sent
// apologies.
func (x *Extractor) annexParticipants(text string, self map[string]bool) []actas.Entity {
	at := x.annexStart(text)
	if at < 0 {
		return nil
	}
	var out []actas.Entity
	seen := map[string]bool{}
	lines := textLines(text[at:])
	for k, ln := range lines {
		if k > 0 && isAnnexHeading(text[at+ln.start:at+ln.end]) {
			lines = lines[:k]
			break
		}
	}
	under := false // under a heading of those who sent apologies ("Apologies" / "   Nauru")
	for _, ln := range lines {
		s := text[at+ln.start : at+ln.end]
		if x.excusedHeading(s) {
			under = true
			continue
		}
		if under {
			ms := x.gaz.Find(s)
			if under = len(ms) > 0 && strings.TrimSpace(s[:ms[0].Start]) == ""; under {
				seen[string(ms[0].Entity.Type)+ms[0].Entity.ID] = true
			}
		}
		if from, to := x.excusedSpan(s, tokenize(s)); from < to {
			for _, m := range x.gaz.Find(s[from:to]) { // "Apologies were received from Fiji and Nepal."
				seen[string(m.Entity.Type)+m.Entity.ID] = true
			}
		}
	}
	if x.runOn(text[at:], lines) {
		return x.lostLineCountries(out, text[at:at+lines[len(lines)-1].end], seen, self)
	}
	for _, ln := range lines {
		for k, cell := range cells(text[at+ln.start : at+ln.end]) {
			ms := x.gaz.Find(cell)
			if len(ms) == 0 || strings.TrimSpace(cell[:ms[0].Start]) != "" {
				continue
			}
			for j, m := range ms {
				if j > 0 && !isCoordination(cell[ms[j-1].End:m.Start]) {
					break // "Argentina, Colombia, Ecuador": a list in one cell; "Belize - Ministry of ...": one entry
				}
				e := m.Entity
				if e.Type == actas.EntityGroup || k > 0 && e.Type != actas.EntityCountry || self[e.ID] || seen[string(e.Type)+e.ID] {
					continue // past the first cell only countries: a list in columns
				}
				seen[string(e.Type)+e.ID] = true
				out = append(out, actas.Entity{Type: e.Type, ID: e.ID, Surface: e.Surface})
			}
		}
	}
	return out
}

// excusedHeading reports a line that is only a cue of excused delegations
// ("Apologies", "Excusaron su asistencia:"): the names under it sent
// apologies.
func (x *Extractor) excusedHeading(s string) bool {
	toks := wordTokens(strings.TrimSuffix(strings.TrimSpace(s), ":"))
	if len(toks) == 0 {
		return false
	}
	e, j, ok := x.rules.participants.match(toks, 0)
	return ok && e.kind == "excused" && j == len(toks)
}

// cells returns the cells of a table line, cut at bars, tabs and runs of
// spaces ("Australia      Pakistan", "Canadá | Sra. Julie Tremblay").
func cells(s string) []string {
	var out []string
	for _, c := range reCellGap.Split(strings.ReplaceAll(s, "|", "  "), -1) {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// runOn reports an annexed list whose line breaks were lost or moved by a
// re-wrap ("Canadá Sra. Julie Tremblay, ... Costa Rica Sr. Andrés ...",
// "... Mounted Police COSTA RICA: Dirección⏎General ..."): more of the
// countries it names stand inside its lines than open them.
func (x *Extractor) runOn(text string, lines []tableLine) bool {
	opening, inside := 0, 0
	for _, ln := range lines {
		s := text[ln.start:ln.end]
		lead := len(s) - len(strings.TrimLeft(s, " \t|"))
		for _, m := range x.gaz.Find(s) {
			if m.Entity.Type != actas.EntityCountry {
				continue // observers; the entries are delegations
			}
			if m.Start <= lead || cellStart(s, m.Start) {
				opening++
			} else {
				inside++
			}
		}
	}
	return inside > opening
}

// cellStart reports a name at byte i of line s that opens a column: two
// spaces, a tab or a bar before it ("Australia      Pakistan").
func cellStart(s string, i int) bool {
	before := strings.TrimRight(s[:i], " ")
	return len(s[:i])-len(before) >= 2 || strings.HasSuffix(s[:i], "\t") || strings.HasSuffix(before, "|")
}

// lostLineCountries adds the countries named in an annexed list that lost
// its line breaks: where lines do not open its entries, a country named in
// the list is one of its delegations.
func (x *Extractor) lostLineCountries(out []actas.Entity, s string, seen, self map[string]bool) []actas.Entity {
	for _, m := range x.gaz.Find(s) {
		e := m.Entity
		if e.Type != actas.EntityCountry || self[e.ID] || seen[string(e.Type)+e.ID] {
			continue
		}
		seen[string(e.Type)+e.ID] = true
		out = append(out, actas.Entity{Type: e.Type, ID: e.ID, Surface: e.Surface})
	}
	return out
}

// planAnnex reports an annex at byte start of text whose title names a
// plan (kind plan of section_cues.csv: "ANNEX" / "PLAN OF ACTION OF THE
// ...", "ANEXO" / "PLAN DE TRABAJO 2024-2025") that the text before it
// names too ("To adopt the Plan of Action ... contained in the Annex"):
// the plan the meeting adopted, whose items are agreements.
func planAnnex(text string, start int, r *rules) bool {
	cues := r.sections.phrases("plan")
	return foldedHolds(text[start:runeStart(text, min(len(text), start+160))], cues) && foldedHolds(text[:start], cues) || decisionsAnnex(text, start, r)
}

// decisionsAnnex reports an annex at byte start of text ("ANNEX I", "ANEXO
// 1") that a sentence before it names as holding the meeting's decisions
// (kind decisions of section_cues.csv: "The Vice-Ministers adopted the
// decisions contained in Annex I", "Los acuerdos ... figuran en el Anexo
// 1"): its points are agreements; another annex ("Annex II": the status of
// earlier decisions) is not.
func decisionsAnnex(text string, start int, r *rules) bool {
	line := text[start:]
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	f := strings.Fields(line)
	if len(f) == 0 || len(f) > 2 || !annexWord(f[0]) {
		return false
	}
	id := ""
	if len(f) == 2 {
		id = strings.ToLower(strings.Trim(f[1], ".:"))
	}
	before := text[:start]
	for k := 0; k < len(before); {
		i := indexAnnexWord(before[k:])
		if i < 0 {
			return false
		}
		at := k + i
		k = at + 1
		w := strings.Fields(before[at:min(len(before), at+40)])
		named := len(w) >= 2 && strings.ToLower(strings.Trim(w[1], ".,;:)")) == id ||
			id == "" && (len(w) < 2 || !annexID(strings.Trim(w[1], ".,;:)"))) // "figura en el Anexo del presente Comunicado" / "ANEXO"
		if !named && !(annexedWord(w[0]) && firstAnnex(id)) {
			continue // "Annex II" for Annex I; "the resolutions annexed to this Declaration" name the first
		}
		if foldedHolds(reHyphenBreak.ReplaceAllString(annexSentenceHead(before, at), "$1$2"), r.sections.phrases("decisions")) { // "Joint Comm-" / "unique reproduced in Annex A"
			return true
		}
	}
	return false
}

// annexID reports a word that names one annex among several: a number,
// a roman numeral or a single letter ("2", "IV", "B").
func annexID(w string) bool {
	_, err := strconv.Atoi(w)
	return len(w) == 1 || err == nil || romanValue(strings.ToUpper(w)) > 0
}

// annexedWord reports a word that says something is annexed without naming
// the annex ("annexed", "anexas", "anexos").
func annexedWord(w string) bool {
	w = strings.ToLower(strings.Trim(w, ".,;:"))
	return !annexWord(w) && w != "annexes" && (strings.HasPrefix(w, "annex") || strings.HasPrefix(w, "anex")) // "the Communique and its annexes" names none
}

// firstAnnex reports the name of a first annex: none, I, 1 or A.
func firstAnnex(id string) bool {
	return id == "" || id == "i" || id == "1" || id == "a"
}

// indexAnnexWord returns the byte index in s of the first word that opens
// an annex's name ("Anexo", "Annex") or says something is annexed
// ("annexed"), or -1.
func indexAnnexWord(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i]|0x20 != 'a' || i > 0 && wordByte(s[i-1]) {
			continue
		}
		j := i
		for j < len(s) && wordByte(s[j]) {
			j++
		}
		if annexWord(s[i:j]) || annexedWord(s[i:j]) {
			return i
		}
	}
	return -1
}

// sentenceAround returns the sentence of s that holds byte i: from the
// full stop before it to the one after it, not those of abbreviations
// ("Recommendations No. 14 to No. 19, set out in Annex A"), and within its
// paragraph (a title above it, "DECLARACIÓN DE SAN SALVADOR", has no stop).
func sentenceAround(s string, i int) string {
	from, to := sentenceRange(s, i)
	return s[from:to]
}

// annexSentenceHead returns the sentence of s that holds byte i, up to i:
// what names an annex's content comes before its name ("the Joint
// Communiqué reproduced in Annex A"; not "listed in Annex II. The
// Vice-Ministers issued the following Joint Communiqué:").
func annexSentenceHead(s string, i int) string {
	from, _ := sentenceRange(s, i)
	return s[from:i]
}

// sentenceRange returns the byte range of sentenceAround.
func sentenceRange(s string, i int) (int, int) {
	from := 0
	for k := i - 1; k > 0; k-- {
		if sentenceStop(s, k) || s[k] == '\n' && s[k-1] == '\n' {
			from = k + 1
			break
		}
	}
	for k := i; k < len(s); k++ {
		if sentenceStop(s, k) || s[k] == '\n' && k+1 < len(s) && s[k+1] == '\n' {
			return from, k
		}
	}
	return from, len(s)
}

// sentenceStop reports a full stop at byte k of s that ends a sentence: a
// space or line end after it, and a word of three letters or more, or a
// figure, before it.
func sentenceStop(s string, k int) bool {
	if s[k] != '.' || k+1 < len(s) && s[k+1] != ' ' && s[k+1] != '\n' {
		return false
	}
	w := lastWord(s[:k])
	return len(w) >= 3 || w != "" && w[len(w)-1] >= '0' && w[len(w)-1] <= '9'
}

// isAnnexHeading reports a line that opens another annex ("ANEXO II", "Annex 2").
func isAnnexHeading(s string) bool {
	for w := range strings.FieldsSeq(s) {
		return annexWord(w) && countFields(s, 13) <= 12 // the first word, then the count
	}
	return false
}

// annexWord reports the word that opens an annex's heading, in any case.
func annexWord(w string) bool {
	if w == "" || w[0]|0x20 != 'a' {
		return false // every one opens with an a: most words are no annex, and need no lower-casing
	}
	switch strings.ToLower(strings.TrimRight(w, ":.")) {
	case "anexo", "annex", "apéndice", "appendix", "attachment":
		return true
	}
	return false
}

// withAnnex adds the participants of an annexed list to those of the header.
func (x *Extractor) withAnnex(ps []actas.Entity, text string, self map[string]bool) []actas.Entity {
	return withNew(ps, x.annexParticipants(text, self))
}

// withNew adds to ps the entities of more it does not hold yet.
func withNew(ps, more []actas.Entity) []actas.Entity {
	for _, e := range more {
		if !hasEntity(ps, e) {
			ps = append(ps, e)
		}
	}
	return ps
}
