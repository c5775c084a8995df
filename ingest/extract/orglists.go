package extract

import "actas"

// orgGroupNoun holds the folded nouns that name organisations as a group
// ("los organismos observadores", "these organizations").
var orgGroupNoun = map[string]bool{"organismos": true, "organizaciones": true, "agencias": true, "organizations": true, "organisations": true, "agencies": true}

// listedOrgsAt returns the organisations a group noun at token j lists
// after a dash, a colon or a bracket ("los organismos observadores de la
// Conferencia —OIM, ACNUR, CEPAL, OEA y UNICEF— a ...", "the agencies (IOM
// and UNHCR)"), or nil.
func (a *analysis) listedOrgsAt(j int) []actas.Entity {
	if !orgGroupNoun[a.toks[j].fold] {
		return nil
	}
	for k := j + 1; k < len(a.toks) && k <= j+6; k++ {
		switch a.toks[k].fold {
		case "—", "–", "-", ":", "(":
			orgs, _ := a.orgRun(k + 1)
			return orgs
		case ".", ";", ",":
			return nil
		}
	}
	return nil
}

// orgsNamedBefore resolves "these organizations", "dichos organismos" at
// token j to the last list of organisations named before token start
// ("... to send this Communiqué to IOM, UNHCR and ECLAC ..., and invited
// these organizations to ..."), or nil.
func (a *analysis) orgsNamedBefore(j, start int) []actas.Entity {
	if j+1 >= len(a.toks) || !pluralDemonstrative(a.toks[j].fold) || !orgGroupNoun[a.toks[j+1].fold] {
		return nil
	}
	var last []actas.Entity
	for k := 0; k < start && k < len(a.toks); k++ {
		if orgs, end := a.orgRun(k); len(orgs) > 0 {
			last, k = orgs, end-1
		}
	}
	return last
}

// orgRun returns the organisations among the parties named from token k
// on (partyRun), and the token after the last of them.
func (a *analysis) orgRun(k int) ([]actas.Entity, int) {
	ps, end := a.partyRun(k, len(a.toks))
	var out []actas.Entity
	for _, p := range ps {
		if p.Type == actas.EntityOrganisation {
			out = append(out, p)
		}
	}
	return out, end
}

// pluralDemonstrative reports a folded demonstrative in the plural.
func pluralDemonstrative(w string) bool {
	switch w {
	case "these", "those", "estos", "estas", "dichos", "dichas", "esos", "esas":
		return true
	}
	return false
}
