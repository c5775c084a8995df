package gazetteer

import (
	"reflect"
	"slices"
	"testing"
	"unicode/utf8"

	"actas"
)

// nearAtRef is nearAt as first written: the skeleton of each run of words
// built anew for each length.
func (g *Gazetteer) nearAtRef(toks []Token, i int) (int, actas.Entity, bool) {
	for n := min(len(g.nearByWords)-1, len(toks)-i); n >= 1; n-- {
		var buf [64]byte
		b, words := buf[:0], 0
		for _, t := range toks[i : i+n] {
			if !t.Word {
				break
			}
			if words++; words > 1 {
				b = append(b, ' ')
			}
			b = appendSkeleton(b, t.Fold)
		}
		if words < n {
			continue
		}
		if e, ok := g.nearExact[string(b)]; ok {
			return n, e, true
		}
		runes := utf8.RuneCount(b)
		if runes < nearMinLetters {
			continue
		}
		sk := string(b)
		var off []actas.Entity
		for _, nn := range g.nearByRunes[[2]int{n, runes}] {
			if oneLetterOff(sk, nn.skeleton) && !slices.ContainsFunc(off, func(e actas.Entity) bool { return e.ID == nn.entity.ID }) {
				off = append(off, nn.entity)
			}
		}
		if len(off) == 1 {
			return n, off[0], true
		}
	}
	return g.splitAt(toks, i)
}

// FuzzNearAt holds nearAt, which builds the skeleton of a run of words once,
// to nearAtRef at every token of the text.
func FuzzNearAt(f *testing.F) {
	for _, s := range []string{"Repúbiica Dominicana", "Guatemaia, Be1ize y Panarna", "Ho nduras", "Estados Unidos de Arnérica", "Trinidad y Tobag0", "República Dorninicana del Norte Sur Este"} {
		f.Add(s)
	}
	g := mustDefault(f)
	f.Fuzz(func(t *testing.T, s string) {
		toks := matchTokens(Tokenize(s))
		for i := range toks {
			n, e, ok := g.nearAt(toks, i)
			wn, we, wok := g.nearAtRef(toks, i)
			if n != wn || ok != wok || !reflect.DeepEqual(e, we) {
				t.Fatalf("nearAt(%q, %d) = %d %v %v, want %d %v %v", s, i, n, e, ok, wn, we, wok)
			}
		}
	})
}

// FuzzBodyWords holds BodyWords, which reads one word at a time, to the
// test over every word of Tokenize.
func FuzzBodyWords(f *testing.F) {
	for _, s := range []string{"", "Conferencia Regional sobre Migración", "Reunión Viceministerial", "RCM", "Grupo  de-Consulta", "Comisión\u00adde", "Ñandú", "a\xffb", "Rég 12"} {
		f.Add(s)
	}
	g := mustDefault(f)
	f.Fuzz(func(t *testing.T, s string) {
		want := true
		for _, tok := range Tokenize(s) {
			if tok.Word && !g.bodyWords[tok.Fold] {
				want = false
				break
			}
		}
		if got := g.BodyWords(s); got != want {
			t.Fatalf("BodyWords(%q) = %v, want %v", s, got, want)
		}
	})
}
