package gazetteer

import (
	"iter"
	"strings"
	"unicode/utf8"
)

// Find returns every country, organisation and group named in text, in text
// order, without overlaps: at each word the longest alias wins. Names match
// without regard to accents, case, line breaks or hyphens; acronyms match
// case-sensitively; a leading article ("the", "la") joins the match.
// Surface is the matched text with its white space collapsed. A name cut by
// a line-end hyphen matches ("Slova-\nkia"); a demonym names its country
// beside a role noun ("the Slovak Presidency"); a list-only name ("Georgia")
// matches only beside other countries or as the whole text.
func (g *Gazetteer) Find(text string) []Match {
	all, done := PooledTokens(text)
	defer done()
	toks := matchTokens(g.joinHyphens(text, all))
	var out []Match
	var listOnly []int
	for i := 0; i < len(toks); {
		if !toks[i].Word {
			i++
			continue
		}
		e := g.longestAt(toks, i)
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
			if e.listOnly {
				listOnly = append(listOnly, len(out))
			}
			out = append(out, Match{Entity: ent, Start: start, End: end})
		}
		i += n
	}
	return dropOutOfList(text, out, listOnly)
}

// longestAt returns the longest entity entry matching toks at i whose
// demonym, if it is one, has a role noun beside it.
func (g *Gazetteer) longestAt(toks []Token, i int) *entry {
	if !g.entityFirst.MayHold(toks[i].Fold) {
		return nil
	}
	for _, e := range g.entities[toks[i].Fold] {
		if e.matches(toks, i) && (e.role == "" || g.roleBeside(toks, i, i+len(e.folds), e.role)) {
			return e
		}
	}
	return nil
}

// dropOutOfList removes the list-only matches (at the indexes in listOnly)
// that stand in no list of countries.
func dropOutOfList(text string, ms []Match, listOnly []int) []Match {
	if len(listOnly) == 0 {
		return ms
	}
	drop := map[int]bool{}
	for _, k := range listOnly {
		if !inCountryList(text, ms, k) && !stateNamed(text[:ms[k].Start]) {
			drop[k] = true
		}
	}
	out := ms[:0]
	for k, m := range ms {
		if !drop[k] {
			out = append(out, m)
		}
	}
	return out
}

// stateNamed reports text that ends with words naming a state's
// institution ("the Government of", "el Gobierno de", "the delegation of"):
// the list-only name after it is the country ("Government of Georgia").
func stateNamed(before string) bool {
	b := strings.ToLower(strings.Join(strings.Fields(before[max(0, len(before)-40):]), " "))
	for _, w := range []string{"government of", "gobierno de", "delegation of", "delegación de", "delegacion de", "republic of", "república de", "republica de", "embassy of", "embajada de"} {
		if strings.HasSuffix(b, w) {
			return true
		}
	}
	return false
}

// Body returns the first body named in text, the longest alias at that place.
func (g *Gazetteer) Body(text string) (Body, bool) {
	b, _, _, ok := g.BodySpan(text)
	return b, ok
}

// BodySpan is Body with the byte span of the name in text.
func (g *Gazetteer) BodySpan(text string) (b Body, start, end int, ok bool) {
	all, done := PooledTokens(text)
	defer done()
	toks := matchTokens(all)
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

// Bodies yields the bodies named in text in text order, each found as
// BodySpan finds the first: what BodySpan finds in the text after the end
// of each, without tokenizing that rest again.
func (g *Gazetteer) Bodies(text string) iter.Seq[Body] {
	return func(yield func(Body) bool) {
		all, done := PooledTokens(text)
		defer done()
		toks := matchTokens(all)
		for i := 0; i < len(toks); i++ {
			if !toks[i].Word {
				continue
			}
			if e := g.bodyIdx.longest(toks, i); e != nil {
				if !yield(g.bodies[e.bodyID]) {
					return
				}
				i += len(e.folds) - 1 // a body's aliases match whatever stands before them
			}
		}
	}
}

// BodyWords reports whether every word of text is a word of some body's
// alias: a text that fails it is no part of a body's name.
func (g *Gazetteer) BodyWords(text string) bool {
	// the words as appendTokens cuts and folds them, one at a time: the
	// first word of no alias ends the reading
	var buf [128]byte
	for i := 0; i < len(text); {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		if !isWordRune(r) {
			i += n // a space or a mark: no word
			continue
		}
		j, rest := wordEnd(text, i+n)
		var fold []byte
		if r < utf8.RuneSelf && rest {
			fold = buf[:0]
			for k := i; k < j; k++ {
				c := text[k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				fold = append(fold, c)
			}
		} else {
			b, from := appendKeyFold(buf[:0], text[i:j])
			fold = b[from:]
		}
		if !g.bodyWords[string(fold)] {
			return false
		}
		i = j
	}
	return true
}

// FindCountry returns the country that text names as a whole ("México",
// "Estados Unidos de\nAmérica", "the Dominican Republic."), for place lists.
func (g *Gazetteer) FindCountry(text string) (iso3 string, ok bool) {
	all, done := PooledTokens(text)
	defer done()
	toks := matchTokens(all)
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
	if !uncollapsed(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// uncollapsed reports whether s holds two spaces, a line break, a tab or a
// no-break space, in one pass over its bytes (the bytes 0xc2 0xa0 are a
// no-break space wherever they stand, valid UTF-8 or not).
func uncollapsed(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '\r', '\t':
			return true
		case ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return true
			}
		case 0xc2:
			if i+1 < len(s) && s[i+1] == 0xa0 {
				return true
			}
		}
	}
	return false
}
