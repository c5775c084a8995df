package deadline

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"actas/ingest/gazetteer"
	"actas/ingest/internal/numeral"
)

// Cue strengths: the first phrase of the strongest cue in a text wins.
const (
	weak      = 1 // in, en
	period    = 2 // during, durante, a finales de
	strongest = 3 // before, by, antes de, within, a more tardar
)

// skipWindow is how many words before a cue are searched for a skip word.
const skipWindow = 8

// parser holds one Find call's state.
type parser struct {
	gr      *Grammar
	g       *gazetteer.Gazetteer
	text    string
	toks    []gazetteer.Token
	meeting time.Time
	lang    string
	before  string // the agreement's text before the clause (FindAfter)
}

// span is a parsed date range ending before token index next.
type span struct {
	start, end time.Time
	next       int
}

// candidate parses a deadline phrase whose cue starts at token i.
func (p *parser) candidate(i int) (Due, int, bool) {
	d, strength, end, ok := p.cueAt(i)
	if !ok || p.skipped(i, strength >= strongest) && !p.nextIn(i, end) {
		return Due{}, 0, false // "results achieved in 2018"; not "the progress achieved ... at their next meeting in November 2019"
	}
	if !d.Relative && !p.meeting.IsZero() && d.End.Before(p.meeting) {
		return Due{}, 0, false // a time already past at the meeting tells what happened
	}
	if strength == weak && p.afterEvent(i) && !p.ownMeeting(i) {
		return Due{}, 0, false // "la VIII Conferencia en 2003": when that event happens
	}
	d.Pos, d.PosEnd = p.toks[i].Start, p.toks[end-1].End
	d.Text = p.text[d.Pos:d.PosEnd]
	d.Strong = strength >= strongest
	return d, strength, true
}

// nextIn reports a "next" cue among tokens i to end: the phrase names a
// meeting still to come, which no skip word before it makes past.
func (p *parser) nextIn(i, end int) bool {
	for k := i; k < end && k < len(p.toks); k++ {
		if _, _, ok := p.gr.at(p.toks, k, "next"); ok {
			return true
		}
	}
	return false
}

// cueAt tries each kind of cue at token i.
func (p *parser) cueAt(i int) (d Due, strength, end int, ok bool) {
	list := p.gr.startingAt(p.toks, i) // the word looked up once for the four kinds
	if len(list) == 0 {
		return Due{}, 0, 0, false
	}
	if n, _, found := phraseAt(list, p.toks, i, "that_deadline"); found {
		if last := p.dayBefore(i); !last.IsZero() && !last.Before(p.meeting) {
			return Due{Start: p.meeting, End: last}, strongest, i + n, true // "... hasta el 31 de marzo de 2020 ... dentro de ese plazo"
		}
	}
	if n, _, found := phraseAt(list, p.toks, i, "within"); found {
		if d, end, ok := p.within(i + n); ok {
			return d, strongest, end, true
		}
	}
	if n, _, found := phraseAt(list, p.toks, i, "before"); found {
		if d, end, ok := p.afterCue(i+n, true); ok {
			return d, strongest, end, true
		}
	}
	if n, _, found := phraseAt(list, p.toks, i, "to_meeting"); found {
		if d, end, ok := p.meetingRef(i + n); ok && !d.Relative {
			return d, period, end, true
		}
	}
	if n, _, found := phraseAt(list, p.toks, i, "for_meeting"); found {
		if d, end, ok := p.meetingRef(i + n); ok {
			return d, period, end, true // "a joint briefing note on the subject for its next meeting"
		}
	}
	if n, v, found := phraseAt(list, p.toks, i, "period"); found && !p.productYear(i) && !p.dataPeriod(i) {
		if d, end, ok := p.afterCue(i+n, false); ok {
			s, _ := strconv.Atoi(v)
			return d, max(s, weak), end, true
		}
	}
	if n, _, found := phraseAt(list, p.toks, i, "modcue"); found {
		if sp, ok := p.modDate(i+n, true); ok {
			return Due{Start: sp.start, End: sp.end}, period, sp.next, true
		}
	}
	return Due{}, 0, 0, false
}

// afterCue parses what follows a cue: a span of days, a meeting or a date.
func (p *parser) afterCue(j int, deadline bool) (Due, int, bool) {
	if deadline {
		if d, end, ok := p.within(j); ok {
			return d, end, true
		}
	}
	d, end, ok := p.meetingRef(j)
	if !ok {
		sp, found := p.modDate(j, false)
		if !found {
			return Due{}, 0, false
		}
		d, end = Due{Start: sp.start, End: sp.end}, sp.next
	}
	if deadline && !d.Relative {
		d.Start = time.Time{}
		if !p.meeting.IsZero() && !p.meeting.After(d.End) {
			d.Start = p.meeting
		}
	}
	return d, end, true
}

// within parses "30 days", "treinta (30) días", "two weeks" counted from the meeting.
func (p *parser) within(j int) (Due, int, bool) {
	j = p.fillers(j)
	n, k, ok := p.number(j)
	if !ok || p.meeting.IsZero() {
		return Due{}, 0, false
	}
	un, unit, ok := p.gr.at(p.toks, k, "unit")
	if !ok {
		return Due{}, 0, false
	}
	if at, end, named := p.afterThatDate(j, k+un); named {
		if at.IsZero() {
			return Due{}, 0, false // a date the text does not give
		}
		return Due{Start: p.meeting, End: addSpan(at, n, unit)}, end, true // "one month after that date"
	}
	if !p.fromMeeting(k + un) {
		return Due{}, 0, false
	}
	return Due{Start: p.meeting, End: addSpan(p.meeting, n, unit)}, k + un, true
}

// afterThatDate reads "after that date" / "después de esa fecha" at token
// j, a span's end, and returns the last day of the date the text (or the
// text before it) names before token from, the span's start, zero where
// none, and where the phrase ends.
func (p *parser) afterThatDate(from, j int) (time.Time, int, bool) {
	n, _, ok := p.gr.at(p.toks, j, "counted_from")
	if !ok {
		return time.Time{}, 0, false
	}
	m, _, ok := p.gr.at(p.toks, j+n, "that_date")
	if !ok {
		return time.Time{}, 0, false
	}
	// from here the phrase names an earlier date: found or not
	return p.dayBefore(from), j + n + m, true
}

// dayBefore returns the last day the text names before token i, or the
// text before it (FindAfter's before), or the zero time.
func (p *parser) dayBefore(i int) time.Time {
	if last := p.lastDay(i); !last.IsZero() || p.before == "" {
		return last
	}
	toks, release := gazetteer.PooledTokens(p.before)
	defer release()
	q := &parser{gr: p.gr, g: p.g, text: p.before, toks: toks, meeting: p.meeting, lang: p.lang}
	return q.lastDay(len(toks))
}

// lastDay returns the last date of one day written before token from, or
// the zero time.
func (p *parser) lastDay(from int) time.Time {
	var last time.Time
	for k := 0; k < from; k++ {
		if sp, ok := p.modDate(k, false); ok && sp.next <= from && sp.end.Sub(sp.start) < 24*time.Hour {
			last = sp.end // a day, not a month or a year
		}
	}
	return last
}

// fromMeeting reports whether a span ending at j counts from the meeting:
// it names no event ("within 30 days"), or the event is the meeting ("of this
// meeting", "a partir de la fecha"), not a receipt or an adoption.
func (p *parser) fromMeeting(j int) bool {
	n, _, ok := p.gr.at(p.toks, j, "counted_from")
	if !ok {
		return true
	}
	for k := j + n; k < len(p.toks) && k < j+n+6; k++ {
		t := p.toks[k]
		if !t.Word {
			return false
		}
		if _, v, ok := p.gr.at(p.toks, k, "from_meeting"); ok {
			if f := p.toks[k-1].Fold; (f == "su" || f == "its") && closeWord(p.toks[k].Fold) && p.toks[k].Fold != "clausura" {
				return false // "dentro de los 30 días siguientes a su cierre": the close of something else (a quarter); a meeting's is its "clausura"
			}
			if v != "alone" || k+1 >= len(p.toks) || !p.toks[k+1].Word {
				return true
			}
			// "la fecha de la presente Declaración": a date named after, read on
		}
	}
	return false
}

// number parses digits or a number word, optionally followed by "(30)".
func (p *parser) number(j int) (int, int, bool) {
	if j >= len(p.toks) {
		return 0, 0, false
	}
	n, k := 0, j
	if v, err := strconv.Atoi(p.toks[j].Fold); err == nil && len(p.toks[j].Fold) <= 3 {
		n, k = v, j+1
	} else if wn, v, ok := p.gr.at(p.toks, j, "number"); ok {
		n, _ = strconv.Atoi(v)
		k = j + wn
	} else {
		return 0, 0, false
	}
	if k+2 < len(p.toks) && p.toks[k].Fold == "(" && p.toks[k+2].Fold == ")" {
		if v, err := strconv.Atoi(p.toks[k+1].Fold); err == nil {
			n, k = v, k+3
		}
	}
	return n, k, n > 0 && n <= 999
}

// meetingRef parses "la próxima reunión del GRCM", "the next meeting",
// "the RCGM meeting in June 2016" or "la reunión del GRM en junio 2018".
func (p *parser) meetingRef(j int) (Due, int, bool) {
	k := p.fillers(j)
	k, owner := p.possessor(k) // "the Working Group's next meeting"
	next, ordinal, number := false, false, 0
	if n, _, ok := p.gr.at(p.toks, k, "next"); ok {
		next, k = true, k+n
	} else if n, v, ok := p.gr.at(p.toks, k, "ordinal"); ok && v != "-1" {
		number, _ = strconv.Atoi(v)
		ordinal, k = true, k+n // "la Tercera Conferencia, prevista para marzo de 1998": dated here, or elsewhere in the report
	} else if k < len(p.toks) && romanNumber(p.toks[k].Key) {
		ordinal, number, k = true, numeral.RomanValue(p.toks[k].Key), k+1 // "la XXVI Reunión Viceministerial, prevista para ..."
	}
	d, end, ok := p.meetingNamed(k, owner, next, ordinal)
	if ok && ordinal {
		d.Ordinal = number // "la XI Conferencia": dated here, or told where another sentence dates it
	}
	return d, end, ok
}

// meetingNamed is meetingRef after the possessor (owner) and the words
// "next" or an ordinal that open the meeting's name (next, ordinal): an
// ordinal meeting no date follows is Relative, its date to be told by
// another sentence.
func (p *parser) meetingNamed(k int, owner gazetteer.Body, next, ordinal bool) (Due, int, bool) {
	if d, end, ok := p.datedMeeting(k); ok && !next && !ordinal {
		return d, end, true // "at its November 2016 meeting"
	}
	bodyID, hasBody, hasMeeting, end := "", false, false, -1
	if b, e, ok := p.bodyAt(k); ok {
		bodyID, hasBody, k, end = b.ID, true, e, e
		if n, _, ok := p.gr.at(p.toks, k, "meeting"); ok {
			hasMeeting, k = true, k+n
			end = k
		}
	} else if n, at, ok := p.namedMeeting(k, next || ordinal); ok {
		hasMeeting, k = true, at+n
		end = k
		if b, e, ok := p.bodyAt(p.fillers(k)); ok {
			bodyID, hasBody, k, end = b.ID, true, e, e
		}
	} else {
		return Due{}, 0, false
	}
	if !hasBody && owner.ID != "" {
		bodyID, hasBody = owner.ID, true // "the RCGM's next meeting"
	}
	if hasMeeting || hasBody {
		// "en su reunión de noviembre de 2012", "at its meeting in November 2012",
		// "en la próxima reunión del GRCM, prevista para junio de 2019",
		// "antes de la IV Conferencia Regional sobre Migración, prevista para enero de 1999"
		if d, next, ok := p.meetingDate(k); ok {
			return d, next, true
		}
		if owner := p.skipOwner(k); owner > k {
			if d, next, ok := p.meetingDate(owner); ok {
				return d, next, true // "en la próxima reunión de la Red, prevista para mayo de 2013", "the XXVI Vice-Ministerial Meeting of the RCM, scheduled for ..."
			}
		}
		if named := p.ownerName(k); named > k {
			if d, next, ok := p.meetingDate(named); ok {
				return d, next, true // "at the next meeting of the Working Group in March 2025"
			}
		}
		for j := k + 1; j <= k+3 && j < len(p.toks) && p.toks[j-1].Word && p.toks[j-1].Fold != "" && !unicode.IsDigit(rune(p.toks[j-1].Fold[0])); j++ {
			if d, next, ok := p.meetingDate(j); ok {
				return d, next, true // "en la reunión de la Red de noviembre de 2015", "en la reunión intersesional de mayo de 2017"
			}
		}
	}
	if ordinal && hasMeeting {
		return Due{Relative: true}, end, true // "en la XI Conferencia": dated where the report announces it, or not at all
	}
	if ordinal || !next && !(hasBody && hasMeeting) {
		return Due{}, 0, false // "in the RCM" or "la reunión" alone names no deadline
	}
	if n, _, ok := p.gr.at(p.toks, k, "period"); ok {
		if sp, ok := p.modDate(k+n, false); ok {
			return Due{Start: sp.start, End: sp.end}, sp.next, true
		}
	}
	return Due{NextMeetingOf: bodyID, Relative: true}, end, true
}

// datedMeeting parses a meeting named by its month before its name ("its
// November 2016 meeting", "the RCGM's June 2021 meeting"): due by that
// month's end; it returns where the meeting's words end.
func (p *parser) datedMeeting(k int) (Due, int, bool) {
	sp, ok := p.modDate(k, false)
	if !ok || sp.next <= k || sp.end.Sub(sp.start) > 40*24*time.Hour {
		return Due{}, 0, false
	}
	n, _, ok := p.gr.at(p.toks, sp.next, "meeting")
	if !ok {
		return Due{}, 0, false
	}
	return Due{Start: sp.start, End: sp.end}, sp.next + n, true
}

// possessor skips the name in capitals, a body's or another, whose meeting
// follows its possessive at token k ("the Working Group's next meeting",
// "the RCGM's meeting of ..."); it returns where the meeting's words start
// and the body, when the name is one.
func (p *parser) possessor(k int) (int, gazetteer.Body) {
	for n := k; n < len(p.toks) && n < k+6; n++ {
		t := p.toks[n]
		if t.Fold == "'" && n > k && n+1 < len(p.toks) && p.toks[n+1].Fold == "s" {
			b, e, ok := p.bodyAt(k)
			if !ok || e != n {
				b = gazetteer.Body{}
			}
			return n + 2, b
		}
		if !t.Word || !startsUpper(t.Key) {
			break
		}
	}
	return k, gazetteer.Body{}
}

// meetingDate reads the date given to a meeting from token at on: "de
// noviembre de 2012", ", prevista para junio de 2019", ", scheduled for 14
// November" (due the day before), "(June 2021)".
func (p *parser) meetingDate(at int) (Due, int, bool) {
	comma := at < len(p.toks) && p.toks[at].Fold == ","
	if comma {
		at++
	}
	n, _, ok := p.gr.at(p.toks, at, "meeting_date")
	if !ok && at < len(p.toks) && p.toks[at].Fold == "(" {
		n, ok = 1, true // "the next RCGM meeting (June 2021)"
	}
	if !ok && comma {
		n, ok = 0, true // "Before the Vice-Ministerial Meeting, June 2025": the date set off by a comma
	}
	if !ok {
		return Due{}, 0, false
	}
	sp, ok := p.modDate(p.fillers(at+n), false) // "prevista para los días 25 y 26 de junio de 2013"
	if !ok {
		sp, ok = p.modDate(p.skipPlace(at+n), false) // "to be held in Kuwait in November 2014", "(Mexico City, November 17-18, 2015)"
	}
	if !ok {
		return Due{}, 0, false
	}
	if sp.end.Sub(sp.start) < 20*24*time.Hour { // a day or a few days, not a month, quarter or half
		sp.end = sp.start.AddDate(0, 0, -1) // "the next meeting, scheduled for 14 November" or "23-24 September": by the day before
		sp.start = sp.end                   // due that day, never a start after the end (FuzzFind: "en CRM e( jun 10")
	}
	return Due{Start: sp.start, End: sp.end}, sp.next, true
}

// skipPlace skips a place of up to four capitalised words at k and the
// preposition after it ("Kuwait in", "San José, Costa Rica, el"), or the
// comma before a month ("Mexico City, November"), or returns k.
func (p *parser) skipPlace(k int) int {
	j := k
	for j < len(p.toks) && j < k+6 && (p.toks[j].Word && startsUpper(p.toks[j].Key) || p.toks[j].Fold == "," && j > k) {
		if _, _, month := p.gr.at(p.toks, j, "month"); month && j > k && p.toks[j-1].Fold == "," {
			return j // "(Mexico City, November 17-18, 2015)": the place, a comma, then the date
		}
		j++
	}
	if j == k || j >= len(p.toks) {
		return k
	}
	switch p.toks[j].Fold {
	case "in", "on", "en", "el", "los", "durante", "during":
		return j + 1 // "que se celebrará en México durante el primer semestre de 2010"
	}
	return k
}

// skipOwner skips a short "de la Red", "of the Network" or "Viceministerial
// de la CRM" after a meeting noun, up to the comma before its date, or
// returns k.
func (p *parser) skipOwner(k int) int {
	if k >= len(p.toks) {
		return k
	}
	switch p.toks[k].Fold {
	case "de", "del", "of":
	default:
		if !p.toks[k].Word || !startsUpper(p.toks[k].Key) {
			return k
		}
	}
	for j := k + 1; j < len(p.toks) && j <= k+4; j++ {
		if p.toks[j].Fold == "," {
			return j
		}
		if !p.toks[j].Word {
			return k
		}
	}
	return k
}

// ownerName skips "of the Working Group" / "de la Red Regional" after a
// meeting noun at token k: "of", "de" or "del", an article and up to four
// capitalised words; it returns where they end, or k.
func (p *parser) ownerName(k int) int {
	if k >= len(p.toks) || p.toks[k].Fold != "of" && p.toks[k].Fold != "de" && p.toks[k].Fold != "del" {
		return k
	}
	j := k + 1
	if j < len(p.toks) && (p.toks[j].Fold == "the" || p.toks[j].Fold == "la" || p.toks[j].Fold == "el") {
		j++
	}
	n := 0
	for j < len(p.toks) && n < 4 && p.toks[j].Word && startsUpper(p.toks[j].Key) {
		j, n = j+1, n+1
	}
	if n == 0 {
		return k
	}
	return j
}

// namedMeeting finds a meeting noun at token k, or, after a "next" cue, up
// to three capitalised words later ("the next Core Group meeting"), or up to
// five before a noun its date follows ("the Sixth Regional Ministerial
// Conference in March 2016"): the length of the noun and where it starts.
func (p *parser) namedMeeting(k int, next bool) (int, int, bool) {
	if n, _, ok := p.gr.at(p.toks, k, "meeting"); ok {
		return n, k, true
	}
	for at := k; at < len(p.toks) && at < k+5; at++ {
		if t := p.toks[at]; !t.Word || !startsUpper(t.Key) {
			return 0, 0, false
		}
		if n, _, ok := p.gr.at(p.toks, at+1, "meeting"); ok && (next && at < k+3 || p.dated(at+1+n)) {
			return n, at + 1, true
		}
	}
	return 0, 0, false
}

// dated reports a meeting's date from token at on ("in March 2016").
func (p *parser) dated(at int) bool {
	_, _, ok := p.meetingDate(at)
	return ok
}

// bodyAt returns the body whose name starts at token k and the token after it.
func (p *parser) bodyAt(k int) (gazetteer.Body, int, bool) {
	if p.g == nil || k >= len(p.toks) || !p.toks[k].Word {
		return gazetteer.Body{}, 0, false
	}
	from := p.toks[k].Start
	rest := p.text[from:min(len(p.text), from+300)]
	b, s, e, ok := p.g.BodySpan(rest)
	if !ok || s != 0 {
		return gazetteer.Body{}, 0, false
	}
	for n := k; n < len(p.toks); n++ {
		if p.toks[n].Start >= from+e {
			return b, n, true
		}
	}
	return b, len(p.toks), true
}

// modDate parses an optional end/mid/early modifier and a date. With
// needMod, the modifier is required ("a finales de junio").
func (p *parser) modDate(j int, needMod bool) (span, bool) {
	k := p.fillers(j)
	mod, atMod := "", k
	for _, kind := range []string{"end", "mid", "early"} {
		if n, _, ok := p.gr.at(p.toks, k, kind); ok {
			mod, atMod, k = kind, k+n, p.fillers(k+n)
			break
		}
	}
	if needMod && mod == "" {
		return span{}, false
	}
	sp, ok := p.yearRef(atMod) // "the end of the year": fillers would eat "the year"
	if !ok && mod == "" {
		sp, ok = p.yearRef(j) // "en el transcurso del año", "during the year"
	}
	if !ok || mod == "" && sp.next <= k {
		if d, found := p.date(k); found || !ok {
			sp, ok = d, found
		}
	}
	if !ok {
		return span{}, false
	}
	switch mod {
	case "mid":
		sp.end = middle(sp)
	case "early":
		sp.end = early(sp)
	}
	return sp, true
}

// middle is the end of a "mid" period: 30 June of a year, the 15th of a
// month, else half way.
func middle(sp span) time.Time {
	switch {
	case sp.end.Sub(sp.start) > 300*24*time.Hour:
		return lastDay(sp.start.Year(), 6)
	case sp.end.Month() == sp.start.Month():
		return day(sp.start.Year(), int(sp.start.Month()), min(15, sp.end.Day()))
	}
	return sp.start.Add(sp.end.Sub(sp.start) / 2).Truncate(24 * time.Hour)
}

// early is the end of an "early" period: 31 March of a year, the 10th of a
// month, else a quarter of the way.
func early(sp span) time.Time {
	switch {
	case sp.end.Sub(sp.start) > 300*24*time.Hour:
		return lastDay(sp.start.Year(), 3)
	case sp.end.Month() == sp.start.Month():
		return day(sp.start.Year(), int(sp.start.Month()), min(10, sp.end.Day()))
	}
	return sp.start.Add(sp.end.Sub(sp.start) / 4).Truncate(24 * time.Hour)
}

// fillers skips articles and prepositions ("the", "of", "el año").
func (p *parser) fillers(k int) int {
	for range 4 {
		n, _, ok := p.gr.at(p.toks, k, "filler")
		if !ok {
			break
		}
		k += n
	}
	return k
}

// skipped reports whether a skip word starts at token i or in the words before it.
// The search stops at a sentence break, at "que", which opens the clause
// of the cue, and for a deadline cue at a comma.
func (p *parser) skipped(i int, strong bool) bool {
	if _, _, ok := p.gr.at(p.toks, i, "skip"); ok {
		return true
	}
	if i > 0 {
		if _, _, ok := p.gr.at(p.toks, i-1, "skip_adjacent"); ok {
			return true
		}
	}
	words := 0
	for k := i - 1; k >= 0 && words < skipWindow; k-- {
		t := p.toks[k]
		if !t.Word {
			if strings.Contains(".;:", t.Fold) || (strong && t.Fold == ",") {
				return false
			}
			continue
		}
		words++
		if _, _, ok := p.gr.at(p.toks, k, "skip"); ok {
			return !strong || !p.willHold(k) // "a seminar to be held before the end of 2012": due then
		}
		if t.Fold == "que" {
			return false // "que aún no han efectuado su contribución a que la depositen antes de ...": the cue is in a clause of its own
		}
	}
	return false
}

// willHold reports a verb of an event still to be held over token k ("to
// be held", "se realizará").
func (p *parser) willHold(k int) bool {
	for at := max(k-2, 0); at <= k; at++ {
		if n, _, ok := p.gr.at(p.toks, at, "will_hold"); ok && at+n > k {
			return true
		}
	}
	return false
}

// ownMeeting reports a weak cue before a meeting of the party named just
// before ("al GRCM en su reunión de noviembre", "to the RCGM at its meeting
// of November"): the cue dates that party's next meeting, a duty, not the
// event the party's name stands for.
func (p *parser) ownMeeting(i int) bool {
	n, _, ok := p.gr.at(p.toks, i, "period")
	if !ok {
		return false
	}
	k := i + n
	if k >= len(p.toks) {
		return false
	}
	switch p.toks[k].Fold {
	case "su", "sus", "its", "their":
	default:
		return false
	}
	k++
	if _, _, ok := p.datedMeeting(k); ok {
		return true // "to the RCGM at its November 2016 meeting"
	}
	if m, _, ok := p.gr.at(p.toks, k, "next"); ok {
		k += m
	}
	_, _, ok = p.gr.at(p.toks, k, "meeting")
	return ok
}

// afterEvent reports whether token i directly follows a meeting word or a
// body's name, so that a weak cue dates that event rather than a duty.
func (p *parser) afterEvent(i int) bool {
	for k := max(0, i-12); k < i; k++ {
		if n, _, ok := p.gr.at(p.toks, k, "meeting"); ok && k+n == i {
			return true
		}
		if _, e, ok := p.bodyAt(k); ok && e == i {
			return true
		}
	}
	return false
}

// productYear reports a cue of kind product_year before a bare year ("el
// plan de trabajo para 2013"): the year the product covers, not the time by
// which it is due.
func (p *parser) productYear(i int) bool {
	n, _, ok := p.gr.at(p.toks, i, "product_year")
	if !ok || i+n >= len(p.toks) {
		return false
	}
	y := p.toks[i+n].Fold
	if len(y) != 4 {
		return false
	}
	v, err := strconv.Atoi(y)
	if err != nil || v < 1900 || v > 2100 {
		return false
	}
	k := i + n + 1 // "para 2013-2014", "para 2013 y 2014": still the product's years
	return k >= len(p.toks) || !p.toks[k].Word || p.toks[k].Fold != "de"
}

// dataPeriod reports a period cue right after a word of kind data_word
// ("las estadísticas de personas registradas durante 2023", "victims
// identified during 2008"): the period the data cover, not the time by
// which anything is due.
func (p *parser) dataPeriod(i int) bool {
	if i == 0 {
		return false
	}
	n, _, ok := p.gr.at(p.toks, i-1, "data_word")
	return ok && n == 1
}

// romanNumber reports a meeting's number in roman numerals, in capitals
// ("XXVI").
func romanNumber(w string) bool {
	return w != "" && len(w) <= 8 && strings.Trim(w, "IVXLC") == ""
}

// startsUpper reports a word that opens with a capital.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// closeWord reports a word for the close of a period or a meeting ("cierre",
// "close"): after "su" / "its" it may close a quarter, not the meeting.
func closeWord(w string) bool {
	switch w {
	case "cierre", "clausura", "close", "closing", "closure":
		return true
	}
	return false
}
