package gazetteer

import "strings"

// Find returns every country, organisation and group named in text, in text
// order, without overlaps: at each word the longest alias wins. Names match
// without regard to accents, case, line breaks or hyphens; acronyms match
// case-sensitively; a leading article ("the", "la") joins the match.
// Surface is the matched text with its white space collapsed.
func (g *Gazetteer) Find(text string) []Match {
	toks := matchTokens(Tokenize(text))
	var out []Match
	for i := 0; i < len(toks); {
		if !toks[i].Word {
			i++
			continue
		}
		e := g.entities.longest(toks, i)
		if e == nil {
			i++
			continue
		}
		n := len(e.folds)
		if !e.stop {
			start := toks[i].Start
			if i > 0 && toks[i-1].Word && articles[toks[i-1].Fold] && (len(out) == 0 || out[len(out)-1].End <= toks[i-1].Start) {
				start = toks[i-1].Start
			}
			end := toks[i+n-1].End
			ent := e.entity
			ent.Surface = collapse(text[start:end])
			out = append(out, Match{Entity: ent, Start: start, End: end})
		}
		i += n
	}
	return out
}

// Body returns the first body named in text, the longest alias at that place.
func (g *Gazetteer) Body(text string) (Body, bool) {
	b, _, _, ok := g.BodySpan(text)
	return b, ok
}

// BodySpan is Body with the byte span of the name in text.
func (g *Gazetteer) BodySpan(text string) (b Body, start, end int, ok bool) {
	toks := matchTokens(Tokenize(text))
	for i := range toks {
		if !toks[i].Word {
			continue
		}
		if e := g.bodyIdx.longest(toks, i); e != nil {
			return g.bodies[e.bodyID], toks[i].Start, toks[i+len(e.folds)-1].End, true
		}
	}
	return Body{}, 0, 0, false
}

// FindCountry returns the country that text names as a whole ("México",
// "Estados Unidos de\nAmérica", "the Dominican Republic."), for place lists.
func (g *Gazetteer) FindCountry(text string) (iso3 string, ok bool) {
	toks := matchTokens(Tokenize(text))
	for len(toks) > 0 && !toks[0].Word {
		toks = toks[1:]
	}
	if len(toks) > 1 && articles[toks[0].Fold] {
		toks = toks[1:]
	}
	for len(toks) > 0 {
		if e := g.countryIx.exact(toks); e != nil {
			return e.entity.ID, true
		}
		last := toks[len(toks)-1]
		if last.Word {
			break
		}
		toks = toks[:len(toks)-1]
	}
	return "", false
}

// exact returns the entry spanning all of toks.
func (ix index) exact(toks []Token) *entry {
	for _, e := range ix[toks[0].Fold] {
		if len(e.folds) == len(toks) && e.matches(toks, 0) {
			return e
		}
	}
	return nil
}

// collapse replaces each run of white space with one space.
func collapse(s string) string {
	if !strings.Contains(s, "  ") && !strings.ContainsAny(s, "\n\r\t\u00a0") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
