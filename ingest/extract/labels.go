package extract

import (
	"strings"
	"time"

	"actas"
	"actas/ingest/deadline"
)

// labelText returns the text a label of kind (a column title of
// table_columns.csv: responsible, deadline) gives inside a point
// ("... informe. Responsable: ST. Plazo: junio de 2015"): the label opens a
// sentence or a line and a colon follows it; the text runs to the
// sentence's end or the next label. The first token of the text and its
// end are returned.
func (a *analysis) labelText(kind string) (int, int, bool) {
	for i := 1; i < len(a.toks); i++ {
		if !a.toks[i].word || !a.labelStart(i) {
			continue
		}
		_, j, ok := a.r.columns.matchKind(a.toks, i, kind)
		if !ok || j >= len(a.toks) || a.toks[j].fold != ":" {
			continue
		}
		k := j + 1
		for k < len(a.toks) && a.toks[k].fold != ";" && !(a.toks[k].fold == "." && a.sentenceEnd(k)) && !(a.toks[k].word && a.labelStart(k) && a.isLabel(k)) {
			k++
		}
		return j + 1, k, k > j+1
	}
	return 0, 0, false
}

// labelStart reports a token that may open a label: capitalised, or
// opening a sentence or a line (a text whose line breaks were squashed
// keeps "Responsable: OIM Plazo: junio").
func (a *analysis) labelStart(i int) bool {
	p := a.toks[i-1]
	return startsUpper(a.toks[i].text) || p.fold == "." || p.fold == ";" || p.fold == ")" || strings.Contains(a.text[p.end:a.toks[i].start], "\n")
}

// isLabel reports a column title and a colon at token i.
func (a *analysis) isLabel(i int) bool {
	_, j, ok := a.r.columns.match(a.toks, i)
	return ok && j < len(a.toks) && a.toks[j].fold == ":"
}

// labelParties are the parties a "Responsable: ST" label of a point names,
// without the report's own body and its helpers ("Responsible: Costa Rica,
// with the support of ECLAC").
func (a *analysis) labelParties(self map[string]bool) []actas.Entity {
	from, to, ok := a.labelText("responsible")
	if !ok {
		return nil
	}
	for k := from + 1; k < to; k++ {
		if helperWord(a.toks[k].fold) && len(a.entsIn(from, k)) > 0 {
			to = k
			break
		}
	}
	return dropSelf(a.entsIn(from, to), self)
}

// applyLabels makes the parties of a "Responsable:" label the ones who must
// act on the point, as a responsible column does, and gives its commitments
// with no due date of their own the date of a "Plazo:" label.
func (x *Extractor) applyLabels(ag *actas.Agreement, a *analysis, m actas.Meeting, anchor time.Time, self map[string]bool) {
	if ps := a.labelParties(self); len(ps) > 0 {
		assignParties(ag, ps)
	} else if commitmentClause(ag) {
		x.applyBracket(ag, a, m, anchor, self)
	}
	from, to, ok := a.labelText("deadline")
	if !ok || len(ag.Commitments) == 0 {
		return
	}
	due, ok := deadline.FindCell(a.text[a.toks[from].start:a.toks[to-1].end], anchor, m.Language, x.gaz)
	if !ok {
		return
	}
	for _, c := range ag.Commitments {
		if c.DueText != "" {
			return // the clause's own deadline wins
		}
	}
	setDue(ag.Commitments, due, m.BodyID)
}

// endsLabel reports text that ends with a label and its colon and no
// value ("... estimated budget. Responsible: IOM Deadline:"), as a re-wrap
// leaves a point's last label: the text after it is the label's value.
func (r *rules) endsLabel(t string) bool {
	if !strings.HasSuffix(t, ":") {
		return false
	}
	tail := t[strings.LastIndexByte(t[:max(0, len(t)-40)], ' ')+1:]
	return r.labelColon(tail) == len(tail)
}

// labelColon returns where the colon of the last label in t ends ("...
// Responsible: UNODC Deadline:"), or -1: a point's labels, as tables and
// re-wraps leave them inside its text.
func (r *rules) labelColon(t string) int {
	end := -1
	if !strings.Contains(t, ":") {
		return end
	}
	toks := wordTokens(t)
	for i := range toks {
		for _, kind := range [...]string{"responsible", "deadline"} {
			if _, j, ok := r.columns.matchKind(toks, i, kind); ok {
				if k := skipSpace(t, toks[j-1].end); k < len(t) && t[k] == ':' {
					end = k + 1
				}
			}
		}
	}
	return end
}

// commitmentClause reports an agreement with a clause that obliges a party
// (request, recommend, entrust, commit, offer).
func commitmentClause(ag *actas.Agreement) bool {
	for _, c := range ag.Clauses {
		if c.Action.IsCommitment() {
			return true
		}
	}
	return false
}

// ownActors reports an agreement whose parties commit or offer as the
// subject of its first obliging clause ("Costa Rica se ofrece ..."): they
// act, whatever a bracket after them names.
func ownActors(ag *actas.Agreement) bool {
	for _, c := range ag.Commitments {
		if c.Action == actas.ActionCommit || c.Action == actas.ActionOffer {
			return true
		}
	}
	return false
}

// applyBracket makes the parties a point names in brackets at its end the
// ones who must act on it, due by the time the brackets give, else by the
// clause's own deadline.
func (x *Extractor) applyBracket(ag *actas.Agreement, a *analysis, m actas.Meeting, anchor time.Time, self map[string]bool) {
	ps, rest := a.bracketParties(self)
	if len(ps) == 0 || ownActors(ag) {
		return
	}
	var own *actas.Commitment
	if len(ag.Commitments) > 0 && ag.Commitments[0].DueText != "" {
		c := ag.Commitments[0]
		own = &c
	}
	assignParties(ag, ps)
	if rest != "" {
		if due, ok := deadline.FindCell(rest, anchor, m.Language, x.gaz); ok {
			setDue(ag.Commitments, due, m.BodyID)
			return
		}
	}
	if own != nil {
		for k := range ag.Commitments {
			c := &ag.Commitments[k]
			if c.ClauseSeq != own.ClauseSeq || c.DueText != "" {
				continue
			}
			c.DueText, c.DueStart, c.DueEnd, c.DueNextMeetingOf = own.DueText, own.DueStart, own.DueEnd, own.DueNextMeetingOf
		}
	}
}
