package extract

import (
	"regexp"
	"strings"

	"actas"
)

// reChairWord finds where a sentence may say who chairs ("chaired by",
// "bajo la presidencia de").
var reChairWord = regexp.MustCompile(`(?i)chair|presid`)

// reSecretariatWord finds where a sentence may say who serves as the
// secretariat.
var reSecretariatWord = regexp.MustCompile(`[Ss]ecretar[ií]a(t|\b)`)

// roles names the parties a report's roles stand for: "host" is the
// meeting's host country, "chair" the countries the report says chair the
// meeting (kind chaired_by of structure_cues.csv), "secretariat" the
// organisation it says serves as the secretariat (kind serves_as).
func (x *Extractor) roles(text string, m actas.Meeting) map[string][]actas.Entity {
	out := map[string][]actas.Entity{}
	if m.CountryISO3 != "" {
		out["host"] = []actas.Entity{{Type: actas.EntityCountry, ID: m.CountryISO3}}
	}
	if cs := x.chairs(text); len(cs) > 0 {
		out["chair"] = cs
	}
	if org := x.servingSecretariat(text); org != "" {
		out["secretariat"] = []actas.Entity{{Type: actas.EntityOrganisation, ID: org}}
	}
	return out
}

// servingSecretariat returns the organisation named right before the first
// serves_as cue of text that stands before the word Secretariat, a title's
// words aside ("IOM, which serves as the MIDSA Secretariat", "con la OIM
// como Secretaría Técnica"), or "".
func (x *Extractor) servingSecretariat(text string) string {
	for _, loc := range secretariatWords(text) {
		from := max(0, loc[0]-160)
		for from > 0 && !isSpace(text[from-1]) {
			from--
		}
		if !foldedHolds(text[from:loc[0]], x.rules.structure.phrases("serves_as")) {
			continue // no serves_as cue before it
		}
		toks := tokenize(text[from:loc[0]])
		k := len(toks)
		for n := 0; n < 3 && k > 0 && secretariatTitleWord(toks[k-1]); n++ {
			k-- // "as the MIDSA Secretariat", "as its Secretariat"
		}
		for i := k - 1; i >= 0 && i >= k-5; i-- {
			if _, j, ok := x.rules.structure.matchKind(toks, i, "serves_as"); ok && j == k {
				if org := x.organisationEnding(text[from : from+toks[i].start]); org != "" {
					return org
				}
			}
		}
	}
	return ""
}

// secretariatTitleWord reports a word that may stand between a serves_as cue
// and the word Secretariat: an article, a possessive or a capitalised name.
func secretariatTitleWord(t token) bool {
	switch t.fold {
	case "the", "its", "their", "la", "su":
		return true
	}
	return t.word && startsUpper(t.text)
}

// organisationEnding returns the organisation named last in s when only a
// comma, a bracket or a relative pronoun follows it ("... (IOM), which "), or "".
func (x *Extractor) organisationEnding(s string) string {
	ms := x.gaz.Find(s)
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].Entity.Type != actas.EntityOrganisation {
			continue
		}
		rest := strings.Trim(s[ms[k].End:], " ,)\n")
		switch fold(rest) {
		case "", "which", "that", "que", "la cual", "el cual", "who", "quien":
			return ms[k].Entity.ID
		}
		return ""
	}
	return ""
}

// chairs returns the countries named after the first chaired_by cue of
// text that names any ("co-chaired by Australia and Indonesia"), up to the
// end of its sentence.
func (x *Extractor) chairs(text string) []actas.Entity {
	for _, loc := range chairWords(text) {
		from := max(0, loc[0]-40)
		for from > 0 && !isSpace(text[from-1]) {
			from--
		}
		window := text[from:min(len(text), loc[1]+40)]
		if !foldedHolds(window, x.rules.structure.phrases("chaired_by")) {
			continue // no chaired_by cue around it
		}
		toks := tokenize(window)
		for i := range toks {
			_, j, ok := x.rules.structure.matchKind(toks, i, "chaired_by")
			if !ok || from+toks[j-1].end < loc[1] {
				continue
			}
			if cs := x.countriesFrom(text, from+toks[j-1].end); len(cs) > 0 {
				return cs
			}
		}
	}
	return nil
}

// countriesFrom returns the countries named in text from offset at to the
// end of its sentence, at most 160 bytes on, that the first of them and
// the words joining them ("," / "and" / "y") make one list: "co-chaired by
// Indonesia and Australia, with Cambodia ... taking part" names two chairs.
func (x *Extractor) countriesFrom(text string, at int) []actas.Entity {
	rest := text[at:min(len(text), at+160)]
	if k := strings.IndexAny(rest, ".;:"); k >= 0 {
		rest = rest[:k]
	}
	if k := strings.Index(rest, "\n\n"); k >= 0 {
		rest = rest[:k]
	}
	var out []actas.Entity
	end := -1
	for _, m := range x.gaz.Find(rest) {
		if m.Entity.Type != actas.EntityCountry {
			continue
		}
		if end >= 0 && !isCoordination(rest[end:m.Start]) {
			break
		}
		out = append(out, actas.Entity{Type: actas.EntityCountry, ID: m.Entity.ID})
		end = m.End
	}
	return out
}

// playRoles makes the party a role stands for the subject of each clause
// whose subject is that role ("The host country will ..." commits the
// meeting's host); a role is no mention.
func (a *analysis) playRoles(roles map[string][]actas.Entity) {
	a.chairs = roles["chair"]
	for _, c := range a.clauses {
		if c.role != "" && len(c.subject) == 0 {
			c.subject = roles[c.role]
		}
	}
}

// roleAddressee returns the countries that chair the meeting when the
// party asked right after a clause's verb is named by that role only
// ("task the Co-Chairs to prepare ...", "solicitar a la Presidencia que
// ..."): responsible, though no mention, as a role is not.
func (a *analysis) roleAddressee(c *clause) []actas.Entity {
	k := c.verbEnd
	if k < len(a.toks) && (a.toks[k].fold == "a" || a.toks[k].fold == "al") {
		k++
	}
	chairs := a.chairedBy()
	if len(chairs) == 0 {
		chairs = a.chairs
	}
	if _, named := a.ents[k]; named || len(chairs) == 0 {
		return nil
	}
	_, j, ok := a.r.structure.matchKind(a.toks, k, "chair")
	if w := a.toks[j-1].fold; !ok || !strings.Contains(w, "chair") && !strings.Contains(w, "presiden") {
		return nil // "the Secretariat": no chair
	}
	for i := k; i < j; i++ {
		if _, named := a.ents[i]; named {
			return nil // "la Presidencia Pro Tempore" is the PPT
		}
	}
	return chairs
}

// chairedBy returns the parties a point says chair what it speaks of
// ("the Ad Hoc Working Group, co-chaired by Guatemala and Canada, and to
// ask the co-chairs to ...", "coordinado por México y Panamá"), or nil.
func (a *analysis) chairedBy() []actas.Entity {
	for k := 0; k+2 < len(a.toks); k++ {
		switch a.toks[k].fold {
		case "chaired", "copresidido", "copresidida", "presidido", "presidida", "coordinated", "coordinado", "coordinada":
		default:
			continue
		}
		if f := a.toks[k+1].fold; f != "by" && f != "por" {
			continue
		}
		out, _ := a.partyRun(k+2, len(a.toks))
		return out
	}
	return nil
}
