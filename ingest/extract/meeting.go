package extract

import (
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"actas"
)

// bodyRank orders body levels: the most specific body named in a heading is
// the one that met (a network's report also names the RCGM and the RCM).
var bodyRank = map[string]int{"network": 4, "working_group": 3, "technical": 2, "ministerial": 1}

// header is the text before the operative part, where the meeting is described.
type header struct {
	text  string   // the header region of the document
	lines []string // its first non-blank lines
	start int      // where text starts in the document: after a cover memo (covermemo.go), else 0
}

// newHeader cuts the header region: the text before the first agreement,
// at most 4000 bytes, after a cover memo that opens it (memo, where the
// report starts; covermemo.go).
func newHeader(text string, firstItem, memo int) header {
	end := firstItem
	if end <= 0 || end > len(text) {
		end = len(text)
	}
	if end > 4000 {
		end = 4000
	}
	start := min(memo, end)
	h := header{text: text[start:end], start: start}
	for _, l := range strings.Split(h.text, "\n") {
		if l = squash(l); l != "" && len(h.lines) < 6 {
			h.lines = append(h.lines, l)
		}
	}
	return h
}

// title joins the heading lines: those before the first line that gives the
// meeting's place or date, at most three.
func (x *Extractor) title(h header) string {
	var out []string
	for _, l := range h.lines {
		if len(out) >= 3 && !isConnector(strings.ToLower(lastWord(out[len(out)-1]))) && !hyphenCut(out[len(out)-1]) || len(out) == 4 {
			break // a name wrapped after a connector or in a word goes on ("... MIGRANT SMUGGLING AND" / "TRAFFICKING IN PERSONS")
		}
		if ds := findDates(l); len(ds) > 0 {
			if len(out) == 0 && dateOnly(l, ds) {
				continue // "7 y 8 de noviembre de 2024" above the title
			}
			city, _ := x.placeIn(l[:ds[0].pos])
			out = appendTitleRest(out, l, ds[0].pos, city)
			break
		}
		if len(l) < 100 && len(out) > 0 { // the place read only where it counts
			if city, iso := x.placeIn(l); iso != "" && !x.processLine(l) {
				out = appendTitleRest(out, l, -1, city)
				break
			}
		}
		out = append(out, l)
	}
	t := unhyphen(strings.Join(out, " "))
	if len(t) > 240 {
		t = cutWords(t, 200)
	}
	return t
}

// capsUnhyphen joins the words in capitals that a hyphen cut at a line's
// end ("... DE PROTE-⏎CCIÓN CONSULAR"), where a title names its body.
func capsUnhyphen(s string) string {
	if !strings.Contains(s, "-\n") {
		return s
	}
	var b strings.Builder
	for {
		k := strings.Index(s, "-\n")
		if k < 0 {
			break
		}
		rest := strings.TrimLeft(s[k+2:], " ")
		if w := lastWord(s[:k]); len(w) >= 2 && strings.HasSuffix(s[:k], w) && isUpperWord(w) && isUpperWord(firstWord(rest)) {
			b.WriteString(s[:k]) // "PROTE" and "CCIÓN": one word
			s = rest
			continue
		}
		b.WriteString(s[:k+2])
		s = s[k+2:]
	}
	b.WriteString(s)
	return b.String()
}

// hyphenCut reports a line that ends in a word cut by a hyphen ("Extrarr-").
func hyphenCut(l string) bool {
	l = strings.TrimRight(l, " ")
	return strings.HasSuffix(l, "-") && unicode.IsLower(lastRune(l[:len(l)-1]))
}

// dateOnly reports a line that holds its dates and nothing else.
func dateOnly(l string, ds []dateRange) bool {
	return strings.TrimSpace(l[:ds[0].pos]) == "" && strings.Trim(l[ds[len(ds)-1].stop:], " .,\t") == ""
}

// appendTitleRest adds the start of the line that gives the place or date
// when a re-wrap ran the title onto it ("... MEETING OF THE REGIONAL" /
// "CONSULTATION GROUP ON MIGRATION Panama City, Panama, 22-23"): the words
// before the city, or before the date when no city is known. A line that
// opens with the place adds nothing.
func appendTitleRest(out []string, l string, datePos int, city string) []string {
	if len(out) == 0 {
		return out
	}
	cut := datePos
	if city != "" {
		if i := strings.Index(l, city); i >= 0 && (cut < 0 || i < cut) {
			cut = i
		}
	}
	if cut <= 0 {
		return out
	}
	rest := strings.TrimRight(l[:cut], " ,;-–—")
	if rest == "" || len(tokenizeWords(rest)) > 8 || !isUpperWord(firstWord(rest)) && !startsLower(rest) && !(city != "" && titleCased(rest)) {
		return out // a sentence that dates the meeting is no title
	}
	return append(out, rest)
}

// titleCased reports words that each open with a capital, but for the
// small words of a name ("Ad Hoc Group Senior Officials' Meeting" before
// "Bangkok, Thailand,"): a heading, where a sentence has verbs in lower case.
func titleCased(s string) bool {
	n := 0
	for _, t := range tokenizeWords(s) {
		if !t.word {
			continue
		}
		if !startsUpper(t.text) && !isConnector(t.fold) {
			return false
		}
		n++
	}
	return n > 1
}

// cutWords shortens s to at most n bytes at a word boundary.
func cutWords(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := strings.LastIndex(s[:n], " ")
	if i < 0 {
		i = n
	}
	return s[:i] + " …"
}

// meeting fills the meeting record from the header, else from the
// closing formula ("Dada en ..., a los ... días del mes de ...").
func (x *Extractor) meeting(h header, full string) actas.Meeting {
	m := actas.Meeting{Title: x.title(h), Language: language(full)}
	closing := sync.OnceValue(func() closingFormulaDate { // read at most once, where asked
		d, line, ok := x.closingDate(full)
		return closingFormulaDate{d, line, ok}
	})
	d, score, ok := x.meetingDate(h.text)
	dateText := h.text
	if !ok {
		// a statement that dates the meeting in its first numbered paragraph
		// ("1. The Senior Officials' Meeting ... was held in Dhaka on 22 October 2008")
		lead := full[h.start:min(len(full), h.start+len(h.text)+1200)]
		if ld, s, found := x.meetingDate(lead); found && s >= 2 {
			d, dateText, ok, score = ld, lead, true, s
		}
	}
	if !ok || score < 5 {
		// a date the header only mentions yields to the closing formula's,
		// unless it is a range that holds the closing day (the signing day);
		// so does a date of the text's prose far from the closing day ("...
		// the workshop held in Managua on 25 and 26 September 2008" / "Done in
		// the city of Granada ... on the fourteenth day of the month of October")
		if c := closing(); c.ok {
			holds := ok && d.end.After(d.start) && !c.d.start.Before(d.start) && !c.d.end.After(d.end)
			far := ok && containsAny(fold(c.line), closingCues) && (c.d.start.Before(d.start) || c.d.start.After(d.end.AddDate(0, 0, 7)))
			if !holds && (score < 2 || far) {
				d, dateText, ok = c.d, c.line, true
			}
		}
	}
	if ok && d.start.Equal(d.end) && dateText == h.text {
		// "el día quince de marzo, se reunieron ..." / "... se levanta la
		// sesión ... a los dieciséis días del mes de marzo": the meeting
		// went on to the day it closed
		if c := closing(); c.ok && c.d.start.Equal(c.d.end) && c.d.start.After(d.end) && !c.d.start.After(d.end.AddDate(0, 0, 3)) {
			d.end = c.d.end
		}
	}
	sentence := ""
	if ok {
		m.StartDate, m.EndDate = d.start, d.end
		sentence = sentenceAt(dateText, d.pos, d.stop)
	}
	x.body(h, sentence, &m)
	x.refineBody(h, &m) // bodysub.go
	x.nameAsWritten(&m) // bodyaswritten.go
	if ok && dateText == h.text {
		m.City, m.CountryISO3 = x.placeStated(h.text, d)
		if m.CountryISO3 == "" { // the closing formula read only where it counts
			if c := closing(); c.ok {
				// "Issued at Entebbe, Uganda, on ...", "Hecho en Madrid, el ...":
				// the header states no place, though it may name a city
				// ("... la Conferencia Ministerial de Rabat de julio de 2006")
				m.City, m.CountryISO3 = x.place(c.line, c.d)
			}
		}
	} else {
		m.City, m.CountryISO3 = x.placeStated(h.text, dateRange{pos: -1})
		if m.CountryISO3 == "" && ok {
			m.City, m.CountryISO3 = x.place(dateText, d)
		}
	}
	if m.CountryISO3 == "" {
		for c, iso := range x.cityInText(h.text) {
			m.City, m.CountryISO3 = c, iso
		}
	}
	return m
}

// closingFormulaDate is the date of a report's closing formula with its
// line, when it has one (closingDate).
type closingFormulaDate struct {
	d    dateRange
	line string
	ok   bool
}

// sentenceAt returns the sentence of text that holds the bytes [pos,
// stop): a line break is no sentence end, a blank line or a full stop
// before a capital is ("D.C., el" is none), at most 600 bytes each way.
func sentenceAt(text string, pos, stop int) string {
	s, e := sentenceBounds(text, pos, stop, 600, 600)
	return text[s:e]
}

// sentenceBounds returns the start and end of the sentence around [pos,
// stop), looking at most back bytes before and fwd bytes after.
func sentenceBounds(text string, pos, stop, back, fwd int) (int, int) {
	s := runeStart(text, max(0, pos-back))
	for i := pos - 1; i > s; i-- {
		if sentenceBreak(text, i) {
			s = i + 1
			break
		}
	}
	e := runeStart(text, min(len(text), stop+fwd))
	for i := stop; i < e; i++ {
		if sentenceBreak(text, i) {
			e = i
			break
		}
	}
	return s, e
}

// sentenceBreak reports whether byte i of text ends a sentence.
func sentenceBreak(text string, i int) bool {
	switch text[i] {
	case ';':
		return true
	case '\n':
		return i+1 < len(text) && text[i+1] == '\n'
	case '.':
		rest := strings.TrimLeft(text[i+1:min(len(text), i+8)], " \t\n")
		return i+1 == len(text) || rest != "" && rest != text[i+1:min(len(text), i+8)] && startsUpper(rest)
	}
	return false
}

// Cues around a date that say the meeting was held then, or that the date is
// something else (a letter's, a deadline's, an earlier meeting's).
var (
	heldBefore = []string{"se reuni", "reunid", "celebr", "sesion", " met ", " met,", "held", "gathered", "convened",
		"congregad", "los dias", "el dia", "took place", "tuvo lugar", "meeting in", "reunion en", "desarroll", "llevo a cabo"}
	heldAfter = []string{" met ", " met in", "se reuni", "se celebr", "took place", "tuvo lugar", "were held", "was held", "se llevo a cabo"}
	// circulated, in the words before a date, says when the document went out
	// ("Final version – distributed to Member Countries on May 6, 2005")
	circulated  = []string{"distributed", "distribuid", "circulated", "circulad"}
	notHeld     = []string{"dated", "fechad", "de fecha", "letter", "carta", "antes de", "before", "no later", "a mas tardar", "hasta el", " by "}
	earlierMeet = []string{"anterior", "previous", "pasada", "last ", "seguimiento", "follow-up", "follow up"}
	// otherMeet, shortly before a date, says it is another meeting's ("ahead
	// of the meeting of the RCGM on 12-13 June", "the outcomes of the joint
	// session held on 15 October")
	otherMeet = []string{"ahead of", "in preparation for", "en preparacion de", "en preparacion para", "previo a la", "previa a la", "prior to the",
		"outcomes of", "outcome of", "results of", "resultados de la", "resultados del",
		"recomendaciones del", "recomendaciones de la", "recommendations of the"}
	// futureMeet, in a date's sentence before it, announces a meeting to come
	// ("the fourth meeting ... will be held in Addis Ababa on 26 and 27 November 2014",
	// "antes de la próxima reunión del GRCM, convocada para los días 15 y 16 de noviembre")
	futureMeet = []string{"will be held", "will take place", "will meet", "shall be held", "se celebrara", "se realizara", "se llevara a cabo", "tendra lugar", "sesionara",
		"proxima reunion", "next meeting", "convocada para", "prevista para", "programada para", "scheduled for", "planned for"}
)

// meetingDate picks the meeting's dates among the dates of the header: a
// date standing on a heading line, a date said to be when the meeting was
// held, and a range holding the chosen day (the heading often gives the day
// of signing, the text the days of the meeting).
func (x *Extractor) meetingDate(text string) (dateRange, int, bool) {
	dates := findDates(text)
	if cutBefore(text, dates) {
		dates = findDates(joinCutWords(text)) // "a los vein-" / "ticinco y veintiséis días ..."
	}
	yearless := false
	if len(dates) == 0 {
		// "Tegucigalpa, 17 al 19 de septiembre" under a title that gives the year
		dates, yearless = findYearless(text), true
	}
	if len(dates) == 0 {
		return dateRange{}, 0, false
	}
	best, bestScore := dates[0], -100
	for i, d := range dates {
		if s := x.dateScore(text, d, i == 0); s > bestScore {
			best, bestScore = d, s
		}
	}
	if yearless && bestScore < 2 {
		return dateRange{}, 0, false // a day and month merely mentioned
	}
	for _, d := range dates {
		if d.end.After(d.start) && !d.start.After(best.start) && !d.end.Before(best.end) && d.end.Sub(d.start) < 15*24*time.Hour {
			return d, bestScore, true
		}
	}
	return best, bestScore, true
}

// cutBefore reports a word cut by a hyphen at a line end shortly before
// one of dates, or shortly before a month's name, which may have cut a
// date in words ("a los veintiséis y veinti-⏎siete días del mes de junio").
func cutBefore(text string, dates []dateRange) bool {
	for _, d := range dates {
		if strings.Contains(text[max(0, d.pos-40):d.pos], "-\n") {
			return true
		}
	}
	for at := 0; ; {
		k := strings.Index(text[at:], "-\n")
		if k < 0 {
			return false
		}
		at += k + 2
		if after := text[at:min(len(text), at+60)]; hasMonthPrefix(after) && foldedHasMonth(after) {
			return true
		}
	}
}

// joinCutWords joins the words a line end cut with a hyphen ("a los vein-
// ticinco ... días"), the spaces of the cut moved after the word, so that
// every offset after the word stays where it was.
func joinCutWords(t string) string {
	if !mayHyphenBreak(t) {
		return t
	}
	locs := reHyphenBreak.FindAllStringSubmatchIndex(t, -1)
	if len(locs) == 0 {
		return t
	}
	b := []byte(t)
	for _, m := range locs {
		cut, rest := m[3], m[4] // after the first part's last letter; the second part's first letter
		end := rest
		for end < len(t) && !isSpace(t[end]) && t[end] != ',' && t[end] != '.' {
			end++
		}
		n := copy(b[cut:], t[rest:end])
		for k := cut + n; k < end; k++ {
			b[k] = ' '
		}
	}
	return string(b)
}

// dateScore weighs the evidence that date d of text is the meeting's.
func (x *Extractor) dateScore(text string, d dateRange, first bool) int {
	score := 0
	ls := strings.LastIndex(text[:d.pos], "\n") + 1
	le := strings.IndexByte(text[d.stop:], '\n')
	if le < 0 {
		le = len(text) - d.stop
	}
	if len(text[ls:d.stop+le])-(d.stop-d.pos) < 80 && !proseLine(text[ls:d.pos]) && !proseLine(strings.TrimLeft(text[d.stop:d.stop+le], ", ")) && !wrappedOn(text[:ls]) && !numberedLine(text[ls:d.pos]) {
		score += 2
		if first {
			score += 3
		}
	} else if first && d.pos < 600 {
		score += 3 // the heading's date where the line breaks were lost ("... Report of the meeting Antigua Guatemala, Guatemala - 11/06/2019 1. BACKGROUND ...")
	}
	ss, se := sentenceBounds(text, d.pos, d.stop, 160, 80)
	before, after := " "+squash(fold(text[ss:d.pos]))+" ", " "+squash(fold(text[d.stop:se]))+" "
	if containsAny(before, heldBefore) || containsAny(after, heldAfter) {
		score += 3
		if _, _, _, ok := x.gaz.BodySpan(text[ss:se]); ok {
			score += 2
		}
		if containsAny(before+after, earlierMeet) {
			score -= 4
		}
		if containsAny(before, futureMeet) {
			score -= 6
		}
	}
	if containsAny(fold(text[runeStart(text, max(0, d.pos-30)):d.pos]), notHeld) || containsAny(fold(text[runeStart(text, max(0, d.pos-60)):d.pos]), circulated) {
		score -= 5
	}
	if containsAny(fold(text[runeStart(text, max(0, d.pos-80)):d.pos]), otherMeet) {
		score -= 4
	}
	if d.end.After(d.start) {
		score++
	}
	if !first && bracketedDate(text, d) {
		score -= 3 // "... in preparation for the Fourth Ministerial Consultation (19-21 April 2011)": the date of the event it follows
	}
	if symbolBeside(text, ls, d.pos, d.stop+le) {
		score -= 5 // "CP/SOM/2005/3" / "14 April 2005": the document's date under its symbol
	}
	return score
}

// bracketedDate reports a date alone between brackets ("(19-21 April
// 2011)"), which dates the name before it.
func bracketedDate(text string, d dateRange) bool {
	before := strings.TrimRight(text[:d.pos], " ")
	after := strings.TrimLeft(text[d.stop:], " ")
	return strings.HasSuffix(before, "(") && strings.HasPrefix(after, ")")
}

// symbolBeside reports a document symbol ("CP/SOM/2005/3", "RCM/RCGM/2023/WD.3")
// alone on the line right before or right after the line from ls to le, or
// alone before the date at pos on that line ("CP/SOM/2005/3 14 April 2005",
// where a re-wrap joined them).
func symbolBeside(text string, ls, pos, le int) bool {
	prev, next := "", ""
	if ls > 0 {
		prev = lineAt(text, ls-1)
	}
	if le < len(text) {
		next = lineAt(text, le+1)
	}
	for _, l := range []string{prev, next, text[ls:pos]} {
		if l = strings.TrimSpace(l); l != "" && !strings.ContainsAny(l, " \t") && inSymbol(l, 0, len(l)) {
			return true
		}
	}
	return false
}

// numberedLine reports a line that opens with a paragraph's number ("13.
// The Liaison Officer Network ... met on 12 June 2023 and"): a paragraph of
// the report, no heading however short.
func numberedLine(before string) bool {
	m := parseMarker(strings.TrimSpace(before))
	return m != nil && !m.alone && m.cands[0].style == styleDec
}

// proseLine reports a line that opens in lower case before its date: a
// wrapped line of a paragraph ("    reported on the meeting held on"), not
// a heading however short.
func proseLine(before string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(before))
	return unicode.IsLower(r)
}

// wrappedOn reports text whose last line is a long line of prose that
// goes on below it ("... en su reunión celebrada en" / "Santo Domingo los
// días 21 y 22 de junio de 2011, ..."): the line after it is no heading,
// though it opens with a capital.
func wrappedOn(before string) bool {
	before = strings.TrimRight(before, "\n")
	last := strings.TrimSpace(before[strings.LastIndexByte(before, '\n')+1:])
	if !strings.ContainsFunc(last, unicode.IsLower) {
		return false // "XXV REUNIÓN VICEMINISTERIAL DE LA CONFERENCIA REGIONAL SOBRE MIGRACIÓN": a heading in capitals
	}
	r, _ := utf8.DecodeLastRuneInString(last)
	if len(last) < 60 {
		// a re-wrap's shorter lines of prose ("... celebrada en San José,",
		// "la III Conferencia Regional sobre Migracion (Ottawa,"), not a
		// title ("Regional Consultation Group on Migration")
		first, _ := utf8.DecodeRuneInString(last)
		return len(last) >= 40 && (unicode.IsLower(r) || r == ',') && (mostlyLower(last) || unicode.IsLower(first))
	}
	return unicode.IsLetter(r) || r == ','
}

// mostlyLower reports a line most of whose words open in small letters:
// prose, not a title in title case.
func mostlyLower(line string) bool {
	lower, upper := 0, 0
	for _, w := range strings.Fields(line) {
		switch r, _ := utf8.DecodeRuneInString(w); {
		case unicode.IsLower(r):
			lower++
		case unicode.IsUpper(r):
			upper++
		}
	}
	return lower > upper
}

// containsAny reports whether s contains one of the cues.
func containsAny(s string, cues []string) bool {
	for _, c := range cues {
		if strings.Contains(s, c) {
			return true
		}
	}
	return false
}

// closingDate finds the date of the closing formula in the last part of
// the text ("Dada en ..., a los veintiséis días del mes de octubre de
// 2011", "Adopted in Managua ... held on June 26-27, 2014"), with its line.
func (x *Extractor) closingDate(full string) (dateRange, string, bool) {
	end := len(full)
	if at := x.annexStart(full); at > 0 {
		end = at // "Dado en ... de dos mil cinco." / "ANEXO / JEFES DE DELEGACIÓN ...": the formula before the annexed list
	}
	tail := full[runeStart(full, max(0, end-1500)):end]
	dates := findDates(tail)
	best, bestScore, line := dateRange{}, -100, ""
	var formula *closingFormulaDate // the last formula's date ("Done in the city of ..., on the fourteenth day ...")
	for i := len(dates) - 1; i >= 0; i-- {
		d := dates[i]
		ls := strings.LastIndex(tail[:d.pos], "\n") + 1
		le := strings.IndexByte(tail[d.stop:], '\n')
		if le < 0 {
			le = len(tail) - d.stop
		}
		l := tail[ls : d.stop+le]
		low := fold(l)
		prev := strings.LastIndex(tail[:max(0, ls-1)], "\n") + 1 // the formula may open on the line before ("Dada en la ciudad" / "de San José, ..., a los diecinueve días ...")
		s := 0
		switch {
		case containsAny(fold(tail[prev:d.stop+le]), closingCues) || matchSignOff(strings.TrimSpace(l)):
			s = 2
			if !containsAny(low, closingCues) && !matchSignOff(strings.TrimSpace(l)) {
				ls, l = prev, tail[prev:d.stop+le] // "Dada en la ciudad de Santo Domingo, ..., a" / "los veintitrés días ...": the place is on the line before
			}
		case containsAny(low, heldBefore):
			s = 1
		default:
			continue
		}
		if containsAny(fold(tail[prev:d.stop+le]), preparedCues) {
			continue // "Prepared by the RCM Technical Secretariat" / "San José, Costa Rica, 25 November 2016": the day the report was written
		}
		if containsAny(fold(tail[runeStart(tail, max(0, d.pos-30)):d.pos]), notHeld) || containsAny(squash(fold(tail[prev:d.pos])), futureMeet) {
			continue // "La próxima reunión se" / "celebrará en París el 25 de noviembre de 2008."
		}
		if containsAny(fold(tail[runeStart(tail, max(0, d.pos-40)):d.pos]), heldBefore) {
			s += 2
		}
		d.pos, d.stop = d.pos-ls, d.stop-ls
		if s == 2 && formula == nil {
			formula = &closingFormulaDate{d, l, true}
		}
		if s > bestScore {
			best, bestScore, line = d, s, l
		}
	}
	if formula != nil && (formula.d.start.Before(best.start) || formula.d.start.After(best.end.AddDate(0, 0, 7))) {
		return formula.d, formula.line, true // "... the workshop held in Managua on 25 and 26 September 2008" / "Done in ... on the fourteenth day of the month of October": another event's days
	}
	return best, line, bestScore > -100
}

// closingCues open the formula that ends a report with its place and date.
var closingCues = []string{"dada en", "dado en", "hecho en", "hecha en", "done at", "done in", "adopted in", "adopted at",
	"adoptada en", "aprobada en", "firmad", "firman", "signed", "suscrit", "issued in", "issued at", "emitid",
	"levanta la sesion", "levanto la sesion"}

// preparedCues name who wrote the report up: the date beside them is the
// day it was written, not one of the meeting's.
var preparedCues = []string{"prepared by", "drafted by", "compiled by", "elaborado por", "elaborada por", "preparado por", "preparada por", "redactado por", "redactada por"}

// body picks the body that met: the most specific one named in the title,
// else in the sentence that dates the meeting, else in the header.
func (x *Extractor) body(h header, sentence string, m *actas.Meeting) {
	x.readBody(h, sentence, m, true)
}

// readBody is body; with once, a reading of a region equal to one before it
// is not read again.
func (x *Extractor) readBody(h header, sentence string, m *actas.Meeting, once bool) {
	regions := []string{x.meetingLine(h), strings.TrimSpace(m.Title + "\n" + headLines(h)), sentence, h.text}
	if jointMeeting(regions[1]) {
		regions[0], regions[1] = regions[1], regions[0] // the title names the joint meeting's bodies in their order
	}
	for _, region := range regions {
		if region == "" {
			continue
		}
		region = capsUnhyphen(region)
		best, bestRank, process := "", 0, ""
		joint := jointMeeting(region)
		// the heading as written, then without the words a name may or may not
		// carry ("Red Regional de Funcionarios de Enlace ... de la CRM"); a
		// reading that is one before it again finds the same bodies, which
		// rank no higher there, so it is not read twice
		readings := [3]string{region, x.withoutOptional(region), ocrWords(region)}
		for k, rest := range readings {
			if once && (k > 0 && rest == readings[0] || k == 2 && rest == readings[1]) {
				continue
			}
			for {
				b, s, e, ok := x.gaz.BodySpan(rest)
				if !ok {
					break
				}
				info, _ := x.levelOf(b.ID)
				if info == "ministerial" && process == "" {
					process = b.ID
				}
				if r := bodyRank[info]; (r > bestRank || best == "") && !(joint && bestRank >= 2) { // a joint meeting's first body convenes it
					best, bestRank = b.ID, r
					m.BodyAsWritten = squash(rest[s:e])
				}
				rest = rest[e:]
			}
		}
		if best != "" {
			b, _ := x.gaz.BodyByID(best)
			if p, ok := x.gaz.BodyByID(process); ok && !joint && p.Family != b.Family {
				b = p // "BUDAPEST PROCESS" / "Working Group on Labour Migration": the process's own group, not the RCM's of that name (bodysub.go names it)
			}
			m.BodyID, m.BodyEN = b.ID, b.NameEN
			return
		}
	}
	// a body actas does not know: a clean name from the heading, never the line itself
	for _, region := range []string{m.Title, strings.Join(h.lines, "\n"), sentence} {
		if name := x.bodyName(region); name != "" {
			m.BodyEN, m.BodyAsWritten = name, name
			return
		}
	}
}

// jointMeeting reports a region that tells of a joint meeting of two
// bodies ("JOINT MEETING OF THE AD HOC WORKING GROUP ... AND THE LIAISON
// OFFICER NETWORK ...", "reunión conjunta"): the first body named met.
func jointMeeting(region string) bool {
	f := fold(region[:min(len(region), 600)])
	return strings.Contains(f, "joint meeting") || strings.Contains(f, "meeting jointly") || strings.Contains(f, "reunion conjunta")
}

// headLines returns the header's first lines up to its first date, where
// a title run onto one line names the body that met after its conference
// ("CONFERENCIA REGIONAL SOBRE MIGRACIÓN Presidencia Pro Tempore ... RED DE
// FUNCIONARIOS DE ENLACE DE PROTECCIÓN CONSULAR INFORME ... San Salvador, 2
// de mayo de 2006").
func headLines(h header) string {
	var out []string
	for i, l := range h.lines {
		if ds := findDates(l); len(ds) > 0 {
			out = append(out, l[:ds[0].pos])
			if i == 0 {
				continue // a running header with its date above the title
			}
			return strings.Join(out, "\n")
		}
		if i == 5 {
			break
		}
		out = append(out, l)
	}
	return ""
}

// meetingLine returns the heading words, before the date, from a
// capitalised meeting word followed by "of the" / "de la" and a name on
// ("REUNIÓN DEL GRUPO REGIONAL DE CONSULTA SOBRE MIGRACIÓN", "Acta de la
// Reunión de la Red ...", also inside a line that lost its breaks), with the
// next line when no date is on it: it names the body that met, where the
// words above it may name only the conference it belongs to. It returns ""
// when there is none.
func (x *Extractor) meetingLine(h header) string {
	for i, l := range h.lines {
		ds := findDates(l)
		if len(ds) > 0 {
			l = l[:ds[0].pos]
		}
		toks := tokenize(l)
		if len(l) <= 300 {
			for k0 := range toks {
				if !x.isMeetingWord(toks, k0) || !startsUpper(toks[k0].text) {
					continue
				}
				met, k := x.eventLead(toks[k0:])
				if k += k0; !met || k == len(toks) || !isConnector(toks[k-1].fold) {
					continue
				}
				out := l[toks[k0].start:]
				switch {
				case i+1 == len(h.lines):
				case hyphenCut(out) && startsLower(h.lines[i+1]):
					out = out[:len(out)-1] + firstWord(h.lines[i+1]) // "... Migración Extrarr-" / "egional Ciudad de Panamá, ..."
				case len(ds) == 0 && len(findDates(h.lines[i+1])) == 0:
					out += "\n" + h.lines[i+1] // a name wrapped onto the next line
				}
				return out
			}
		}
		if len(ds) > 0 {
			break
		}
	}
	return ""
}

// meetingQualifier are the words that say what kind of meeting it was.
var meetingQualifier = map[string]bool{"ordinaria": true, "extraordinaria": true, "ordinary": true, "extraordinary": true,
	"regular": true, "virtual": true, "annual": true, "anual": true, "plenaria": true, "plenary": true}

// eventLead reads the words that open toks before a name (meeting and
// document words, ordinals, connectors): it reports whether a meeting word
// of body_name_words.csv is among them with only "of the", "de la" after
// it, and returns the index of the first name word.
func (x *Extractor) eventLead(toks []token) (met bool, k int) {
	for ; k < len(toks); k++ {
		switch f := toks[k].fold; {
		case x.isMeetingWord(toks, k):
			met = true
		case meetingQualifier[f]:
			// "REUNIÓN ORDINARIA DE LA RED ...": the meeting's kind keeps it a meeting
		case x.isEventWord(toks, k) || isOrdinalWord(f):
			met = false // "Report to the ..." after "Meeting"
		case isConnector(f):
			if met && !isOf(" "+f+" ") && !articleWords[f] {
				met = false
			}
		default:
			return met, k
		}
	}
	return met, k
}

// articleWords are the articles between "Meeting of" and a name.
var articleWords = map[string]bool{"the": true, "la": true, "el": true, "los": true, "las": true}

// isMeetingWord reports a word of kind meeting in body_name_words.csv
// ("Meeting", "Reunión").
func (x *Extractor) isMeetingWord(toks []token, k int) bool {
	_, _, ok := x.rules.bodyWords.matchKind(toks, k, "meeting")
	return ok
}

// withoutOptional returns s without the words of body_name_words.csv of
// kind optional ("Regional", "de la CRM", "RCM"), so that a variant of a
// body's name matches its alias.
func (x *Extractor) withoutOptional(s string) string {
	if !foldedHolds(s, x.rules.bodyWords.phrases("optional")) {
		return s // no optional words
	}
	toks := tokenize(s)
	var b strings.Builder
	last := 0
	for i := 0; i < len(toks); i++ {
		if _, j, ok := x.rules.bodyWords.matchKind(toks, i, "optional"); ok {
			b.WriteString(s[last:toks[i].start])
			last = toks[j-1].end
			for last < len(s) && s[last] == ' ' {
				last++
			}
			i = j - 1
		}
	}
	b.WriteString(s[last:])
	return b.String()
}

// levelOf returns the level of a body.
func (x *Extractor) levelOf(id string) (string, bool) {
	l, ok := x.levels[id]
	return l, ok
}

// place finds the host city and country: the place text states
// (placeStated), else the first city it names.
func (x *Extractor) place(text string, d dateRange) (string, string) {
	if city, iso := x.placeStated(text, d); iso != "" {
		return city, iso
	}
	for c, iso := range x.cityInText(text) {
		return c, iso
	}
	return "", ""
}

// placeStated finds the host city and country: the "City, Country" written
// beside the meeting's date, else the first "en|in City, Country" of the
// header.
func (x *Extractor) placeStated(text string, d dateRange) (string, string) {
	if city, iso := x.labelledPlace(text); iso != "" {
		return city, iso // "Lugar:  Ciudad de Guatemala, Guatemala" / "Fecha:  martes 22 de febrero de 2005"
	}
	if d.pos >= 0 {
		if city, iso := x.placeNear(text, d); iso != "" {
			return city, iso
		}
		// the same dates again: a running header ("... | Tehran, 18-19 May
		// 2016") before the title's place ("Tehran, Islamic Republic of Iran")
		if k := strings.Index(text[d.stop:], text[d.pos:d.stop]); k >= 0 {
			again := dateRange{pos: d.stop + k, stop: d.stop + k + d.stop - d.pos}
			if city, iso := x.placeNear(text, again); iso != "" {
				return city, iso
			}
		}
	}
	if city, iso := x.virtualHost(text); iso != "" {
		return city, iso
	}
	if city, iso := x.afterEn(text); iso != "" {
		return city, iso
	}
	if d.pos >= 0 {
		ls := strings.LastIndex(text[:d.pos], "\n") + 1
		parts := commaParts(text[ls:d.pos])
		if len(parts) > 0 {
			if iso := x.cities[fold(parts[0])]; iso != "" {
				return tidyCity(parts[0]), iso
			}
		}
	}
	return "", ""
}

// labelledPlace reads the place on a header's line labelled as the place
// of the meeting ("Lugar:", "Venue:"; structure_cues.csv).
func (x *Extractor) labelledPlace(text string) (string, string) {
	if !strings.Contains(text, ":") {
		return "", ""
	}
	for ln := range strings.Lines(text) {
		label, rest, ok := strings.Cut(strings.TrimSpace(ln), ":")
		if !ok || len(label) > 20 {
			continue
		}
		toks := tokenize(label)
		if _, j, ok := x.rules.structure.matchKind(toks, 0, "place_label"); ok && j == len(toks) {
			if city, iso := x.placeIn(strings.TrimSpace(rest)); iso != "" {
				return city, iso
			}
		}
	}
	return "", ""
}

// placeNear reads the place named beside the date d: before it on its
// line, on the line above a date that stands alone, or after it.
func (x *Extractor) placeNear(text string, d dateRange) (string, string) {
	ls := wrappedLineStart(text, d.pos)
	before := trimRange(strings.Trim(squash(strings.ReplaceAll(joinCutWords(text[ls:d.pos]), "\n", " ")), " ,\t\r")) // "Repúbl-⏎ica de Panamá"
	if city, iso := x.placeIn(before); iso != "" {
		return city, iso
	}
	if city, iso := x.inBefore(before); iso != "" {
		return city, iso // "... met for the first time in Bangkok on 27 January 2017"
	}
	// the line above the date, when the date stands alone
	if before == "" && ls > 0 {
		prev := strings.TrimRight(text[:ls], " \n\t")
		pl := prev[strings.LastIndex(prev, "\n")+1:]
		if len(pl) < 100 && !strings.HasSuffix(pl, ".") {
			if city, iso := x.placeIn(pl); iso != "" {
				return city, iso
			}
		}
	}
	// after the date: "... de 2002 en la Antigua Guatemala, Guatemala, con ..."
	after := text[d.stop:]
	if i := strings.IndexAny(after, "\n"); i > 0 && i < 200 {
		after = after[:i]
	} else if len(after) > 200 {
		after = after[:runeStart(after, 200)] // text that lost its line breaks: the date's own sentence, not the report
	}
	if city, iso := x.afterEn(after); iso != "" {
		return city, iso
	}
	// the place beside the date on its line: "15-16 November 2022 | Yogyakarta, Indonesia"
	if rest := strings.Trim(after, " |-–—·,;\t\r"); rest != "" && len(rest) < 80 {
		if city, iso := x.placeIn(rest); iso != "" {
			return city, iso
		}
	}
	return "", ""
}

// virtualHost reads the city a virtual meeting was conducted from ("reunidos
// por videoconferencia ..., bajo la Presidencia Pro Tempore de México, que
// condujo los trabajos desde la Ciudad de México"), where no place dates it.
func (x *Extractor) virtualHost(text string) (string, string) {
	f := fold(text)
	if !containsAny(f, []string{"virtual", "videoconferencia", "videoconference", "en linea", "online", "video link"}) {
		return "", ""
	}
	toks := tokenize(text)
	for i, t := range toks {
		if t.fold != "desde" && t.fold != "from" && t.fold != "hosted" && t.fold != "auspiciada" || !hostSentence(toks, i) {
			continue // "... desde la Ciudad de México", "Hosted by the Presidency Pro Tempore of Costa Rica (San José) on a virtual platform"
		}
		for k := i + 1; k < min(len(toks), i+14) && toks[k].fold != ";" && toks[k].fold != "."; k++ { // "desde Tegucigalpa", "desde la Ciudad de México", "desde la sede de la Secretaría ..., en la Ciudad de México"
			for n := min(4, len(toks)-k); n >= 1 && k < len(toks); n-- {
				if iso, ok := x.cityAt(toks[k : k+n]); ok {
					return x.cityNames[fold(text[toks[k].start:toks[k+n-1].end])], iso
				}
			}
		}
	}
	return "", ""
}

// hostSentence reports whether the sentence around toks[i] tells where the
// meeting was run from ("reunidos por medios virtuales ..., en sesión
// convocada y transmitida ... desde ..."), not where one delegate joined
// from ("Canada's liaison officer took part by videoconference from Ottawa").
func hostSentence(toks []token, i int) bool {
	from, to := i, i
	for from > 0 && toks[from-1].fold != "." {
		from--
	}
	for to < len(toks) && toks[to].fold != "." {
		to++
	}
	for _, t := range toks[from:to] {
		switch t.fold {
		case "reunidos", "reunidas", "reunion", "sesion", "meeting", "session", "met", "convocada", "transmitida", "condujo", "conducted", "hosted", "chaired", "presidida":
			return true
		}
	}
	return false
}

// trimRange drops from the end of the text before a date the words that
// open its range ("Entebbe, Uganda From the" 5th to the 7th, "Del" 5 al 7)
// and a weekday ("Thursday," 14 April 2016).
func trimRange(before string) string {
	ws := strings.Fields(before)
	n := len(ws)
	for n > 0 {
		switch strings.ToLower(strings.TrimRight(ws[n-1], ",")) {
		case "from", "the", "between", "on", "del", "de", "desde", "entre", "el", "los", "días", "dias",
			"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", // "Thursday, 14 April 2016"
			"lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo":
			n--
			continue
		}
		break
	}
	if n == len(ws) {
		return before
	}
	return strings.TrimRight(strings.Join(ws[:n], " "), " ,")
}

// inBefore reads the place named right before a date: "in Bangkok on",
// "celebrada en San José, Costa Rica, el", "held in Panama City from": the
// words after the last "in" / "en" of the last 80 bytes, up to the word
// that leads to the date.
func (x *Extractor) inBefore(before string) (string, string) {
	tail := before[runeStart(before, max(0, len(before)-80)):]
	low := strings.ToLower(tail)
	cut := -1
	for _, kw := range []string{" in ", " en "} {
		if i := strings.LastIndex(low, kw); i > cut {
			cut = i + len(kw)
		}
	}
	if cut < 0 {
		return "", ""
	}
	rest := strings.Fields(tail[cut:])
	for len(rest) > 0 {
		switch strings.ToLower(rest[len(rest)-1]) {
		case "on", "from", "between", "during", "el", "los", "las", "días", "dias", "del", "de", "the", "a", "entre", "durante":
			rest = rest[:len(rest)-1]
			continue
		}
		break
	}
	place := strings.Trim(strings.Join(rest, " "), " ,")
	if place == "" || len(place) > 60 {
		return "", ""
	}
	if city, iso := x.placeIn(place); iso != "" {
		return city, iso
	}
	return "", ""
}

// wrappedLineStart returns where the line holding pos starts, going back
// over the lines a re-wrap cut from it: lines that end with a comma or a
// word in lower case ("... the Dominican Republic and the").
func wrappedLineStart(text string, pos int) int {
	ls := strings.LastIndex(text[:pos], "\n") + 1
	for ls > 0 {
		prev := strings.TrimRight(text[:ls-1], " \t\r")
		w := prev[strings.LastIndexAny(prev, " \t\n")+1:]
		if !(strings.HasSuffix(w, ",") || unicode.IsLower(firstRune(w)) || len(w) > 2 && strings.HasSuffix(w, "-") && unicode.IsLetter(lastRune(w[:len(w)-1]))) {
			break // not "Ciudad de Panamá, Repúbl-" / "ica de Panamá 13 y 14 de marzo de 1997"
		}
		ls = strings.LastIndex(prev, "\n") + 1
	}
	return ls
}

// placeIn reads "City, Region, Country" and returns the city and country.
func (x *Extractor) placeIn(s string) (string, string) {
	parts := commaParts(s)
	if len(parts) == 0 || len(parts) > 4 {
		return "", ""
	}
	iso := ""
	for i := len(parts) - 1; i >= 0; i-- {
		if c, ok := x.gaz.FindCountry(parts[i]); ok {
			iso = c
			if i == 0 && x.cities[fold(parts[0])] == iso {
				return tidyCity(parts[0]), iso // "Djibouti, 14-15 October 2013": a city named as its country
			}
			if i == 0 {
				return "", iso
			}
			break
		}
	}
	if iso == "" {
		if c := x.cities[fold(placeName(parts[0]))]; c != "" && len(parts) <= 2 {
			return tidyCity(placeName(parts[0])), c
		}
		if len(parts) <= 2 {
			// a heading run onto its place: "... AND PREPAREDNESS BANGKOK, , 27 JANUARY 2017"
			if city, c := x.cityTail(parts[len(parts)-1]); c != "" {
				return city, c
			}
		}
		return "", ""
	}
	for _, p := range parts {
		if x.cities[fold(placeName(p))] != "" {
			return tidyCity(placeName(p)), iso
		}
	}
	for _, p := range parts {
		if city, _ := x.cityTail(p); city != "" {
			return city, iso // "Ad Hoc Group Senior Officials' Meeting Bangkok, Thailand"
		}
	}
	for _, p := range parts {
		if name := placeName(p); name != "" {
			return tidyCity(name), iso
		}
	}
	return "", iso
}

// processLine reports a line that names a process after a city and no
// place ("PROCESO PUEBLA", "BALI PROCESS"): part of a title, not its place.
func (x *Extractor) processLine(l string) bool {
	if x.cityInText(l) != nil {
		return false
	}
	for _, w := range strings.Fields(fold(l)) {
		if documentWords[w] {
			return true
		}
	}
	return false
}

// namesProcess reports a city at f[i:j] (folded text) inside the name of
// a process or a text ("bali process", "proceso de puebla"): words of
// documentWords right after it, or right before it, with "de" / "of" or not.
func namesProcess(f string, i, j int) bool {
	after := strings.Fields(f[j:min(len(f), j+30)])
	if len(after) > 0 && documentWords[strings.Trim(after[0], ",.;:()")] {
		return true
	}
	before := strings.Fields(f[max(0, i-30):i])
	if n := len(before); n >= 2 && (before[n-1] == "de" || before[n-1] == "of") && documentWords[before[n-2]] || n >= 1 && documentWords[before[n-1]] {
		return true // "Proceso de Puebla", "Proceso Puebla"
	}
	return false
}

// cityTail returns the city that the last one to three words of s name,
// written in capitals or capitalised ("PREPAREDNESS BANGKOK", "REUNIÓN DEL
// GRUPO San José").
func (x *Extractor) cityTail(s string) (string, string) {
	w := strings.Fields(s)
	for n := min(3, len(w)); n >= 1; n-- {
		name := strings.Join(w[len(w)-n:], " ")
		if !startsUpper(name) {
			continue
		}
		if c := x.cities[fold(name)]; c != "" {
			return tidyCity(name), c
		}
	}
	return "", ""
}

// placeName returns the place a comma part names: the words after "in" or
// "en" ("held in San José"), or its trailing capitalised words after a
// heading ("REUNIÓN DEL GRCM Tegucigalpa"); "" for a phrase that names no
// place ("Meeting of the RCGM").
func placeName(part string) string {
	low := strings.ToLower(part)
	for _, kw := range []string{" in ", " en "} {
		if i := strings.LastIndex(low, kw); i >= 0 {
			part = part[i+len(kw):]
			low = low[i+len(kw):]
		}
	}
	words := strings.Fields(part)
	allCaps := isUpperWord(strings.Join(words, ""))
	var keep []string
	for i := len(words) - 1; i >= 0; i-- {
		w := words[i]
		lw := strings.ToLower(w)
		connector := lw == "de" || lw == "del" || lw == "la" || lw == "el" || lw == "los" || lw == "las"
		if !connector && !startsUpper(w) {
			if len(keep) == 0 {
				continue // a trailing "on" or "el" before the date
			}
			break
		}
		if !allCaps && isUpperWord(w) && len([]rune(w)) > 3 && len(keep) > 0 {
			break
		}
		keep = append([]string{w}, keep...)
		if len(keep) >= 4 {
			break
		}
	}
	for len(keep) > 0 {
		lw := strings.ToLower(keep[0])
		if lw != "de" && lw != "del" {
			break
		}
		keep = keep[1:]
	}
	if len(keep) < len(words) && len(words) > 4 && allCaps {
		return ""
	}
	for _, w := range keep {
		lw := strings.ToLower(w)
		if lw == "of" || lw == "the" {
			return ""
		}
	}
	return strings.Join(keep, " ")
}

// afterEn finds "en|in (la ciudad de) City, Country" in s, or before it a
// city whose name no other place has ("reunidos ... en la Ciudad de Panamá,
// bajo la Presidencia ...").
func (x *Extractor) afterEn(s string) (string, string) {
	known, kiso, kat := x.enKnownCity(s)
	for _, mt := range x.gaz.Find(s) {
		if mt.Entity.Type != actas.EntityCountry {
			continue
		}
		if kat >= 0 && kat < mt.Start {
			return known, kiso
		}
		pre := strings.TrimRight(s[:mt.Start], " \n\t")
		if !strings.HasSuffix(pre, ",") {
			continue
		}
		pre = strings.TrimSuffix(pre, ",")
		// walk back to " en " / " in "; "en la Ciudad de Guatemala" names
		// the city "Ciudad de Guatemala", "en la ciudad de La Paz" La Paz;
		// a line break counts as a space ("2018\nin Sucre, ...")
		low := strings.NewReplacer("\n", " ", "\t", " ").Replace(strings.ToLower(pre))
		cut := -1
		for _, kw := range []string{" en la ciudad de ", " in the city of ", " en la ", " en el ", " en ", " in "} {
			i := strings.LastIndex(low, kw)
			if i < 0 || i+len(kw) <= cut {
				continue
			}
			if kw == " en la ciudad de " && x.cities[fold(squash(pre[i+len(" en la "):]))] != "" {
				continue
			}
			cut = i + len(kw)
		}
		if cut < 0 || len(pre)-cut > 60 {
			continue
		}
		parts := commaParts(strings.ReplaceAll(pre[cut:], "\n", " "))
		if len(parts) == 0 || !looksLikePlace(parts[0]) || slices.ContainsFunc(parts[1:], func(p string) bool { return !startsUpper(p) }) {
			continue // "en la ciudad de Santo Domingo, Distrito Nacional, los de Belice, Costa Rica, ...": a list of delegations, no place
		}
		return tidyCity(parts[0]), mt.Entity.ID
	}
	if kat >= 0 {
		return known, kiso
	}
	return "", ""
}

// enKnownCity finds the first "en|in (la|the) City" in s whose city, of
// several words, cities.csv lists ("Ciudad de Panamá", "Guatemala City"),
// and where it starts, or -1.
func (x *Extractor) enKnownCity(s string) (string, string, int) {
	toks := wordTokens(s)
	for i, t := range toks {
		if t.fold != "en" && t.fold != "in" {
			continue
		}
		k := i + 1
		if k < len(toks) && (toks[k].fold == "la" || toks[k].fold == "the") {
			k++
		}
		for n := 4; n >= 2; n-- {
			if k+n > len(toks) || !startsUpper(toks[k].text) {
				continue
			}
			name := squash(s[toks[k].start:toks[k+n-1].end])
			if iso := x.cities[fold(name)]; iso != "" && !strings.ContainsAny(name, ",.;") {
				return name, iso, toks[k].start
			}
		}
	}
	return "", "", -1
}

// looksLikePlace reports a short name of capitalised words and connectors
// ("San Pedro Sula", "Ciudad de Guatemala"), not a clause.
func looksLikePlace(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		if !startsUpper(w) && !isConnector(fold(w)) {
			return false
		}
	}
	return true
}

// commaParts splits a place list on commas, dropping empty parts.
func commaParts(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		p = squash(p)
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// tidyCity drops a leading article and fixes the case of an all-caps name.
func tidyCity(s string) string {
	s = squash(s)
	for _, a := range []string{"la ciudad de ", "the city of "} {
		if strings.HasPrefix(strings.ToLower(s), a) {
			s = s[len(a):]
		}
	}
	if strings.HasPrefix(s, "la ") || strings.HasPrefix(s, "el ") {
		s = s[3:]
	}
	if isUpperWord(strings.ReplaceAll(s, " ", "")) {
		words := strings.Fields(strings.ToLower(s))
		for i, w := range words {
			if i > 0 && (w == "de" || w == "del" || w == "la" || w == "el") {
				continue
			}
			r := []rune(w)
			r[0] = unicode.ToUpper(r[0])
			words[i] = string(r)
		}
		s = strings.Join(words, " ")
	}
	return s
}

// language tells Spanish from English by counting common words.
func language(text string) string {
	es, en := 0, 0
	var buf [4]byte
	for i := 0; i < len(text); {
		// a word as tokenize cuts it, folded into buf while it is short ASCII
		j, k := i, 0
		for j < len(text) {
			if c := text[j]; c < utf8.RuneSelf { // ASCII: its class and fold by table
				if !isWordByte(c) {
					break
				}
				if k >= 0 && k < len(buf) {
					buf[k], k = foldASCII[c], k+1
				} else {
					k = -1
				}
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[j:])
			if !isWordRune(r) {
				break
			}
			if f := foldRune(r); k >= 0 && k < len(buf) && f < utf8.RuneSelf {
				buf[k], k = byte(f), k+1
			} else {
				k = -1
			}
			j += n
		}
		if j == i {
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
			continue
		}
		i = j
		if k < 0 {
			continue
		}
		switch string(buf[:k]) {
		case "de", "la", "el", "los", "las", "que", "y", "en", "por", "para", "del", "se", "con":
			es++
		case "the", "of", "and", "to", "in", "for", "on", "with", "by", "that":
			en++
		}
	}
	if en > es {
		return "en"
	}
	return "es"
}

// runeStart moves byte offset i of s back to the start of its rune.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}
