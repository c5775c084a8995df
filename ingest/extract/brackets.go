package extract

import (
	"actas"
)

// bracketParties returns the parties a point names in brackets at its end,
// alone or before a helper or a time, as a work plan writes who leads an
// activity ("... [Sri Lanka; by December 2018]", "... (ST, con el apoyo del
// ACNUR y de la OIM; tercer trimestre de 2019)"), and the time's text. A
// name's acronym in brackets ("the Regional Support Office (RSO).") names
// no one new.
func (a *analysis) bracketParties(self map[string]bool) ([]actas.Entity, string) {
	n := len(a.toks)
	for n > 0 && (a.toks[n-1].fold == "." || a.toks[n-1].fold == ";") {
		n--
	}
	o := bracketOpen(a.toks[:n])
	if o < 1 || a.insideEntities()[o] {
		return nil, ""
	}
	ps, k := a.partyRun(o+1, n-1)
	if len(ps) == 0 {
		return nil, ""
	}
	if es, ok := a.entityEndingAt(o - 1); ok && es.ID == ps[0].ID {
		return nil, "" // "la Organización Internacional para las Migraciones (OIM)"
	}
	if len(ps) == 1 && k == n-1 && startsUpper(a.toks[o-1].text) && isUpperWord(a.text[a.toks[o+1].start:a.toks[k-1].end]) {
		return nil, "" // "... de la Organizaci6n Internacional del Trabajo (OIT).": a name, damaged or unknown, and its acronym
	}
	rest := ""
	if k < n-1 {
		if f := a.toks[k].fold; f != ";" && f != "," {
			return nil, "" // "(Mexico and Guatemala have ratified it)": a remark, no lead
		}
		from := k + 1
		if from < n-1 && helperWord(a.toks[from].fold) {
			for from < n-1 && a.toks[from].fold != ";" {
				from++ // ", con el apoyo del ACNUR y de la OIM": helpers, not leads
			}
			from++
		}
		if from < n-1 {
			rest = a.text[a.toks[from].start:a.toks[n-2].end]
		}
	}
	return dropSelf(ps, self), rest
}

// bracketOpen returns the index of the bracket that the last token of toks
// closes, or -1 when toks do not end with a closing bracket.
func bracketOpen(toks []token) int {
	n := len(toks)
	if n < 3 {
		return -1
	}
	closer := toks[n-1].fold
	opener := map[string]string{")": "(", "]": "["}[closer]
	if opener == "" {
		return -1
	}
	for o := n - 2; o >= 0; o-- {
		switch toks[o].fold {
		case opener:
			return o
		case closer:
			return -1
		}
	}
	return -1
}

// partyRun reads the parties named from token i up to end, joined by
// commas, "and" / "y" or slashes, with their articles: the parties and the
// token where the run stops.
func (a *analysis) partyRun(i, end int) ([]actas.Entity, int) {
	var ps []actas.Entity
	k := i
	for k < end {
		j := k
		for j < end && !a.startsEntity(j) && (isArticle(a.toks[j].fold) || len(ps) > 0 && joins(a.toks[j].fold)) {
			j++ // "[the Philippines, Indonesia]": a name may hold its article
		}
		es, ok := a.ents[j]
		if !ok || es.end > end {
			break
		}
		ps, k = append(ps, es.ent), es.end
	}
	return ps, k
}

// joins reports a word or mark that joins the names of a list of parties.
func joins(w string) bool {
	switch w {
	case ",", "y", "e", "and", "/", "&", "los", "las", "a", "al", "to": // "a la OIM, al ACNUR y al UNICEF", "to IOM and to UNHCR"
		return true
	}
	return false
}

// startsEntity reports an entity whose name starts at token i.
func (a *analysis) startsEntity(i int) bool {
	_, ok := a.ents[i]
	return ok
}
