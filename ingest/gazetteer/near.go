package gazetteer

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"actas"
)

// nearName is a country alias as OCR may damage it: its skeleton and the
// number of its tokens.
type nearName struct {
	skeleton string
	runes    int // utf8.RuneCountInString(skeleton)
	entity   actas.Entity
}

// appendSkeleton appends s with the letters OCR confuses folded into one
// ("Guatemaia", "Be1ize", "Panarna", "0man" give the skeletons of
// Guatemala, Belize, Panama, Oman): l, i and 1 become l; 0 becomes o; rn,
// cl and vv become m, d and w.
func appendSkeleton(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if i+1 < len(s) {
			switch s[i : i+2] {
			case "rn":
				c, i = 'm', i+1
			case "cl":
				c, i = 'd', i+1
			case "vv":
				c, i = 'w', i+1
			}
		}
		switch c {
		case 'i', '1':
			c = 'l'
		case '0':
			c = 'o'
		}
		dst = append(dst, c)
	}
	return dst
}

// nearMinLetters is the length from which a name may also differ by one
// other letter: shorter names are too close to one another.
const nearMinLetters = 8

// buildNear lists the skeletons of the country aliases that are written
// names: no acronyms, demonyms, list-only names or stop phrases.
func (g *Gazetteer) buildNear() {
	g.nearByWords = [][]nearName{nil}
	seen := map[string]bool{}
	for _, list := range g.countryIx {
		for _, e := range list {
			if e.caseSensitive || e.role != "" || e.listOnly || e.stop {
				continue
			}
			sk := string(appendSkeleton(nil, strings.Join(e.folds, " ")))
			if seen[sk+e.entity.ID] {
				continue
			}
			seen[sk+e.entity.ID] = true
			for len(g.nearByWords) <= len(e.folds) {
				g.nearByWords = append(g.nearByWords, nil)
			}
			g.nearByWords[len(e.folds)] = append(g.nearByWords[len(e.folds)], nearName{skeleton: sk, runes: utf8.RuneCountInString(sk), entity: e.entity})
		}
	}
	g.nearByRunes = map[[2]int][]nearName{}
	g.nearExact = map[string]actas.Entity{}
	for n, list := range g.nearByWords {
		for _, nn := range list {
			k := [2]int{n, nn.runes}
			g.nearByRunes[k] = append(g.nearByRunes[k], nn)
			if _, ok := g.nearExact[nn.skeleton]; !ok {
				g.nearExact[nn.skeleton] = nn.entity
			}
		}
	}
}

// FindNear returns the countries named in text with OCR damage
// ("Repúbiica Dominicana", "Guatemaia", "Be1ize"): words, the first
// capitalised or a digit, that equal an alias once the letters OCR confuses
// are folded, that differ from an alias of eight letters or more by one
// letter, or that are a one-word name split by a space; never inside a stop
// phrase ("British Columbia"). Callers use it only where a country is
// expected (the list of a participation sentence) and keep the exact
// matches of Find first.
func (g *Gazetteer) FindNear(text string) []Match {
	all, done := PooledTokens(text)
	defer done()
	toks := matchTokens(all)
	var out []Match
	for i := 0; i < len(toks); i++ {
		if !toks[i].Word || !capitalOrDigit(toks[i].Key) {
			continue
		}
		if e := g.longestAt(toks, i); e != nil && e.stop {
			i += len(e.folds) - 1 // "British Columbia": a stop phrase, no country one letter off
			continue
		}
		if n, ent, ok := g.nearAt(toks, i); ok {
			ent.Surface = collapse(text[toks[i].Start:toks[i+n-1].End])
			out = append(out, Match{Entity: ent, Start: toks[i].Start, End: toks[i+n-1].End})
			i += n - 1
		}
	}
	return out
}

// nearAt returns the longest near name at toks[i] and its number of tokens.
func (g *Gazetteer) nearAt(toks []Token, i int) (int, actas.Entity, bool) {
	// the skeleton of the words from i, joined by spaces, built once: that of
	// the first n words is a prefix of it, ends[n] bytes and runes[n] runes long
	var buf [128]byte
	var endsBuf, runesBuf [8]int
	b, ends, runes := buf[:0], append(endsBuf[:0], 0), append(runesBuf[:0], 0)
	for _, t := range toks[i : i+min(len(g.nearByWords)-1, len(toks)-i)] {
		if !t.Word {
			break
		}
		from := len(b)
		if len(ends) > 1 {
			b = append(b, ' ')
		}
		b = appendSkeleton(b, t.Fold)
		ends = append(ends, len(b))
		runes = append(runes, runes[len(runes)-1]+utf8.RuneCount(b[from:]))
	}
	all := "" // string(b), once a name of eight letters or more is tried
	for n := len(ends) - 1; n >= 1; n-- {
		if e, ok := g.nearExact[string(b[:ends[n]])]; ok {
			return n, e, true
		}
		if runes[n] < nearMinLetters {
			continue // too short to be one letter off a name
		}
		if all == "" {
			all = string(b)
		}
		sk := all[:ends[n]]
		var off []actas.Entity
		for _, nn := range g.nearByRunes[[2]int{n, runes[n]}] {
			if oneLetterOff(sk, nn.skeleton) && !slices.ContainsFunc(off, func(e actas.Entity) bool { return e.ID == nn.entity.ID }) {
				off = append(off, nn.entity)
			}
		}
		if len(off) == 1 {
			return n, off[0], true // one letter off one country only
		}
	}
	return g.splitAt(toks, i)
}

// splitAt reads a one-word name that OCR split in two with a space ("Ho
// nduras"): the two words joined equal an alias of six letters or more once
// the letters OCR confuses are folded.
func (g *Gazetteer) splitAt(toks []Token, i int) (int, actas.Entity, bool) {
	if i+1 >= len(toks) || !toks[i+1].Word || toks[i+1].Start != toks[i].End+1 || len(g.nearByWords) < 2 {
		return 0, actas.Entity{}, false
	}
	var buf [64]byte
	sk := appendSkeleton(buf[:0], toks[i].Fold+toks[i+1].Fold)
	if e, ok := g.nearExact[string(sk)]; ok && len(sk) >= 6 {
		return 2, e, true // a skeleton with no space is a one-word name's
	}
	return 0, actas.Entity{}, false
}

// oneLetterOff reports two names of at least nearMinLetters letters, of
// the same length, that differ in one letter only.
func oneLetterOff(a, b string) bool {
	n, diff := 0, 0
	for a != "" && b != "" {
		ra, ka := utf8.DecodeRuneInString(a)
		rb, kb := utf8.DecodeRuneInString(b)
		if ra != rb {
			if diff++; diff > 1 {
				return false
			}
		}
		a, b, n = a[ka:], b[kb:], n+1
	}
	return a == "" && b == "" && n >= nearMinLetters && diff == 1
}

// capitalOrDigit reports a word that opens with a capital or a digit (OCR
// writes "1ndonesia").
func capitalOrDigit(key string) bool {
	r, _ := utf8.DecodeRuneInString(key)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}
