package extract

import (
	"regexp"
	"strings"

	"actas"
)

// reChairWord finds where a sentence may say who chairs ("chaired by",
// "bajo la presidencia de").
var reChairWord = regexp.MustCompile(`(?i)chair|presid`)

// roles names the parties a report's roles stand for: "host" is the
// meeting's host country, "chair" the countries the report says chair the
// meeting (kind chaired_by of structure_cues.csv).
func (x *Extractor) roles(text string, m actas.Meeting) map[string][]actas.Entity {
	out := map[string][]actas.Entity{}
	if m.CountryISO3 != "" {
		out["host"] = []actas.Entity{{Type: actas.EntityCountry, ID: m.CountryISO3}}
	}
	if cs := x.chairs(text); len(cs) > 0 {
		out["chair"] = cs
	}
	return out
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
// end of its sentence, at most 160 bytes on.
func (x *Extractor) countriesFrom(text string, at int) []actas.Entity {
	rest := text[at:min(len(text), at+160)]
	if k := strings.IndexAny(rest, ".;:"); k >= 0 {
		rest = rest[:k]
	}
	if k := strings.Index(rest, "\n\n"); k >= 0 {
		rest = rest[:k]
	}
	var out []actas.Entity
	for _, m := range x.gaz.Find(rest) {
		if m.Entity.Type == actas.EntityCountry {
			out = append(out, actas.Entity{Type: actas.EntityCountry, ID: m.Entity.ID})
		}
	}
	return out
}

// playRoles makes the party a role stands for the subject of each clause
// whose subject is that role ("The host country will ..." commits the
// meeting's host); a role is no mention.
func (a *analysis) playRoles(roles map[string][]actas.Entity) {
	for _, c := range a.clauses {
		if c.role != "" && len(c.subject) == 0 {
			c.subject = roles[c.role]
		}
	}
}
