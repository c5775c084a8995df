// Package deadline parses the deadline phrase of a clause ("antes de
// finalizar el 2017", "no later than March 31, 2015", "before the next RCGM
// meeting") into a date range, using the cue words of data/deadline_cues.csv.
//
// Rules the grammar follows:
//   - Only a phrase introduced by a cue counts: before/by/no later than/antes
//     de/a más tardar/hasta (a deadline), during/durante/in/en (a period),
//     within/dentro de/en un plazo de N days (counted from meetingDate), or an
//     end/mid/early modifier ("a finales de", "at the end of"). A bare date,
//     a plan's year range ("2015-2016") or "for 2015" / "para 2013" (the
//     year a product covers, product_year cues) is no deadline.
//   - A phrase is skipped when a skip word ("held", "took place", "tendrá
//     lugar", "desde"...) stands in the eight words before its cue.
//   - When a text has several phrases, the first of the strongest cue wins:
//     a deadline cue or "within" over "during"/"durante" over "in"/"en".
//   - A month or quarter without a year takes the meeting's year, or the next
//     year when it ends before the meeting ("in September" at a November
//     meeting means next September).
//   - End is the last day due: "before X" and "by X" give the last day of X
//     (not the day before). Start is the meeting date for a deadline cue and
//     the first day of the period for a period cue.
//   - "the next meeting of <body>" is Relative with NextMeetingOf the body_id
//     (the gazetteer's body aliases), "" when no body is named.
package deadline

import (
	"strings"
	"time"

	"actas/ingest/gazetteer"
)

// Due is a deadline phrase found in a text and the date range it gives.
type Due struct {
	Text          string    // the phrase as written, e.g. "antes de finalizar el 2017"
	Start, End    time.Time // date range (End = last day it is due); zero when only relative
	NextMeetingOf string    // body_id of "the next meeting of <body>"; "" = the report's own body
	Relative      bool      // true when the deadline is a next meeting
	Strong        bool      // opened by a deadline cue ("before", "by", "within", "a más tardar"), not a time ("in June", "durante 2019")
	Pos, PosEnd   int       // byte offsets of the phrase in the searched text
	Ordinal       int       // the number of a meeting named by it ("la XI Conferencia"); with Relative, its date is told elsewhere (MeetingDates)
}

// Find finds the deadline phrase in a clause's text with the embedded
// grammar. meetingDate is the meeting's (last) day: it anchors "within 30
// days" and years left unsaid. lang (es or en) orders numeric dates; g,
// which may be nil, names the body of "the next meeting of the RCGM".
func Find(text string, meetingDate time.Time, lang string, g *gazetteer.Gazetteer) (Due, bool) {
	gr, err := Default()
	if err != nil {
		return Due{}, false
	}
	return gr.Find(text, meetingDate, lang, g)
}

// FindAfter is Find for a clause that follows other text of its agreement,
// before, where "that date" may name a date ("... by 31 March 2017. Member
// States will send their comments no later than one month after that date").
func FindAfter(before, text string, meetingDate time.Time, lang string, g *gazetteer.Gazetteer) (Due, bool) {
	gr, err := Default()
	if err != nil {
		return Due{}, false
	}
	return gr.find(before, text, meetingDate, lang, g)
}

// Find is the package's Find with this grammar.
func (gr *Grammar) Find(text string, meetingDate time.Time, lang string, g *gazetteer.Gazetteer) (Due, bool) {
	return gr.find("", text, meetingDate, lang, g)
}

// find is Find with the text before the clause.
func (gr *Grammar) find(before, text string, meetingDate time.Time, lang string, g *gazetteer.Gazetteer) (Due, bool) {
	toks, release := gazetteer.PooledTokens(text)
	defer release()
	for i := range toks {
		if k := toks[i].Key; len(k) <= 3 && strings.IndexByte(k, 'I') >= 0 {
			if f, ok := ocrCapitalI[k]; ok {
				toks[i].Fold = f // "antes de Ia reunión": OCR read the l as a capital I
			}
		}
	}
	p := &parser{gr: gr, g: g, text: text, toks: toks, meeting: dateOnly(meetingDate), lang: lang, before: before}
	best, bestStrength, numbered := Due{}, 0, Due{}
	for i := range p.toks {
		if !p.toks[i].Word {
			continue
		}
		d, strength, ok := p.candidate(i)
		if ok && d.Relative && d.Ordinal > 0 {
			if numbered.Ordinal == 0 {
				numbered = d // "hasta la Tercera Conferencia, ... a más tardar en el mes de julio de 1997": any date written out wins
			}
			continue
		}
		if !ok || strength <= bestStrength {
			continue
		}
		best, bestStrength = d, strength
		if strength >= strongest {
			break
		}
	}
	if bestStrength == 0 && numbered.Ordinal > 0 {
		return numbered, true // "en la XI Conferencia": dated where the report announces it
	}
	return best, bestStrength > 0
}

// MeetingDates returns the deadlines a text gives meetings named by their
// number ("antes de la XI Conferencia, prevista en El Salvador en mayo de
// 2006"), by that number, where they fall after meetingDate and name a
// month or days, not a year: what "en la XI Conferencia" elsewhere in the
// report is due by.
func MeetingDates(text string, meetingDate time.Time, lang string, g *gazetteer.Gazetteer) map[int]Due {
	gr, err := Default()
	if err != nil {
		return nil
	}
	toks, release := gazetteer.PooledTokens(text)
	defer release()
	p := &parser{gr: gr, g: g, text: text, toks: toks, meeting: dateOnly(meetingDate), lang: lang}
	out := map[int]Due{}
	for i := range p.toks {
		if !p.toks[i].Word {
			continue
		}
		if d, _, ok := p.meetingRef(i); ok && d.Ordinal > 0 && !d.Relative && d.End.After(p.meeting) && d.End.Sub(d.Start) <= 31*24*time.Hour {
			if _, seen := out[d.Ordinal]; !seen {
				out[d.Ordinal] = d
			}
		}
	}
	return out
}

// ocrCapitalI maps the Spanish articles and contractions whose l OCR read as
// a capital I to their words.
var ocrCapitalI = map[string]string{"Ia": "la", "Ias": "las", "Ios": "los", "eI": "el", "deI": "del", "aI": "al"}

func dateOnly(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}
