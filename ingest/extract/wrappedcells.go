package extract

import (
	"strings"
	"time"
	"unicode"

	"actas"
	"actas/ingest/deadline"
	"actas/ingest/gazetteer"
)

// applyWrappedRow gives an agreement read from a wrapped row the cells its
// words hold: the deadline cell (wrappedDue) and, where the row's own
// clauses oblige no one, the parties named right before it, as a line of
// the table set the responsible cell beside the deadline ("Nominate national
// focal points on Member States Within 60 days labour ...").
func (x *Extractor) applyWrappedRow(ag *actas.Agreement, anchor time.Time, m actas.Meeting, self map[string]bool) {
	due, at, ok := wrappedDue(ag.Text, anchor, m.Language, x.gaz)
	if !ok {
		return
	}
	if len(ag.Commitments) == 0 {
		if parties := x.cellParties(x.partiesBefore(ag.Text, at), self); len(parties) > 0 {
			assignParties(ag, parties)
		}
	}
	if !hasDue(ag.Commitments) {
		setDue(ag.Commitments, due, m.BodyID)
	}
}

// partiesBefore returns the run of parties that ends right at byte at of
// text, set apart by commas, slashes or "and", the last one with a word of
// its own after its name ("IGAD Secretariat", "ILO, IOM").
func (x *Extractor) partiesBefore(text string, at int) string {
	ms := x.gaz.Find(text[:at])
	start := at
	for k := len(ms) - 1; k >= 0 && ms[k].End <= start; k-- {
		gap := strings.Trim(text[ms[k].End:start], " ,;/\n")
		switch {
		case gap == "" || gap == "and" || gap == "y":
		case start == at && startsUpper(gap) && !strings.ContainsAny(gap, " \n"):
			// the party's own word after its name ("IGAD Secretariat")
		default:
			return text[start:at]
		}
		start = ms[k].Start
	}
	return text[start:at]
}

// wrappedDue finds the deadline cell among the words of a wrapped row: the
// first date or period, with a cue or none, that opens a word in capitals
// or digits after no small word ("... the revised TS 31 January 2024 draft
// of ...", but not "held in November 2011"). It returns the deadline and
// its offset in text.
func wrappedDue(text string, anchor time.Time, lang string, g *gazetteer.Gazetteer) (deadline.Due, int, bool) {
	toks := tokenizeWords(text)
	for k, t := range toks {
		if !t.word && !unicode.IsDigit(firstRune(t.text)) || !startsUpper(t.text) && !unicode.IsDigit(firstRune(t.text)) {
			continue
		}
		if k > 0 && smallWordBefore(toks, k) {
			continue
		}
		end := toks[min(len(toks)-1, k+6)].end
		if d, ok := deadline.FindCell(text[t.start:end], anchor, lang, g); ok && d.Pos == 0 {
			return d, t.start, true
		}
	}
	return deadline.Due{}, 0, false
}

// smallWordBefore reports a connector or preposition right before word k,
// whose date belongs to the sentence, not to a cell.
func smallWordBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0; j-- {
		if toks[j].word {
			w := toks[j].fold
			return isConnector(w) || w == "in" || w == "en" || w == "at" || w == "since" || w == "from" || w == "desde" || w == "until" || w == "hasta"
		}
	}
	return false
}

// hasDue reports a commitment with a deadline.
func hasDue(cs []actas.Commitment) bool {
	for _, c := range cs {
		if !c.DueEnd.IsZero() || c.DueNextMeetingOf != "" {
			return true
		}
	}
	return false
}
