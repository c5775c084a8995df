package gazetteer

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"actas"
)

// entry is one alias as a sequence of folded tokens.
type entry struct {
	folds         []string
	keys          []string
	caseSensitive bool // compare Key (case kept) instead of Fold
	capital       bool // the text's first word must not start lower-case
	stop          bool // a phrase that is no entity: it hides shorter aliases
	notInCaps     bool // an acronym that is also a word ("UN"): no match beside words in capitals
	listOnly      bool // a country name that is also a common word ("Georgia"): only beside other countries
	role          string
	// role is set for a demonym ("Slovak", "mexicana"): it names its country
	// only beside a role noun, roleAfter ("the Slovak Presidency") or
	// roleBefore ("la Presidencia mexicana").
	entity actas.Entity
	bodyID string
}

// index maps the fold of an alias's first token to its entries, longest first.
type index map[string][]*entry

// articles may precede any name; they are dropped from aliases and added
// back to a match's span when the text has them.
var articles = map[string]bool{"the": true, "el": true, "la": true, "los": true, "las": true}

func newEntry(alias string, caseSensitive, capital bool) *entry {
	toks := matchTokens(Tokenize(alias))
	if len(toks) > 1 && toks[0].Word && articles[toks[0].Fold] {
		toks = toks[1:]
	}
	e := &entry{caseSensitive: caseSensitive}
	for _, t := range toks {
		e.folds = append(e.folds, t.Fold)
		e.keys = append(e.keys, t.Key)
	}
	if len(toks) > 0 && capital {
		r, _ := utf8.DecodeRuneInString(toks[0].Key)
		e.capital = unicode.IsUpper(r)
	}
	return e
}

func (ix index) add(e *entry, bodyID string) {
	if len(e.folds) == 0 {
		return
	}
	e.bodyID = bodyID
	ix[e.folds[0]] = append(ix[e.folds[0]], e)
}

// sort orders every candidate list longest first, so the first hit is the longest.
func (ix index) sort() {
	for _, list := range ix {
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].folds) > len(list[j].folds) })
	}
}

// longest returns the longest entry matching toks at i.
func (ix index) longest(toks []Token, i int) *entry {
	for _, e := range ix[toks[i].Fold] {
		if e.matches(toks, i) {
			return e
		}
	}
	return nil
}

func (e *entry) matches(toks []Token, i int) bool {
	if i+len(e.folds) > len(toks) {
		return false
	}
	for k := range e.folds {
		t := toks[i+k]
		if e.caseSensitive {
			if t.Key != e.keys[k] {
				return false
			}
		} else if t.Fold != e.folds[k] {
			return false
		}
	}
	if e.capital {
		r, _ := utf8.DecodeRuneInString(toks[i].Key)
		if unicode.IsLower(r) {
			return false
		}
	}
	if e.notInCaps && (shouted(toks, i-1, -1) || shouted(toks, i+len(e.folds), 1)) {
		return false
	}
	return true
}

// shouted reports whether the word at toks[i] is written in capitals only
// ("GRUPO" in "CREAR UN GRUPO"); a one-letter capital ("A" in "ADD A NEW
// ITEM") passes the question on to the next word in direction dir.
func shouted(toks []Token, i, dir int) bool {
	for ; i >= 0 && i < len(toks) && toks[i].Word; i += dir {
		if acronymLike(toks[i].Key) {
			return true
		}
		if len(toks[i].Key) != 1 || !unicode.IsUpper(rune(toks[i].Key[0])) {
			return false
		}
	}
	return false
}

// matchTokens drops dashes and quotes, which names may or may not carry
// ("Pro-Tempore", "UN-Women", a quoted title).
// It filters toks in place.
func matchTokens(toks []Token) []Token {
	k := 0 // the tokens before the first dropped one stay where they are, uncopied
	for k < len(toks) && !dropped(toks[k]) {
		k++
	}
	out := toks[:k]
	for _, t := range toks[k:] {
		if !dropped(t) {
			out = append(out, t)
		}
	}
	return out
}

// dropped reports a token matchTokens leaves out: a hyphen or a double quote.
func dropped(t Token) bool { return !t.Word && (t.Fold == "-" || t.Fold == `"`) }

// acronymLike reports whether s is written in capitals only ("EE.UU.", "GRM"),
// such aliases are matched case-sensitively.
func acronymLike(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}
