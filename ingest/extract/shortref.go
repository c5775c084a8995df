package extract

import (
	"strings"

	"actas"
)

// shortRef is a full name a point writes: where it starts and what it names.
type shortRef struct {
	at  int // token index of the full name in the point, -1 for a parent point's
	ent actas.Entity
}

// shortRefs returns the organisations that a point names in full by a name
// of three words or more, by the folded capitalised noun that opens each
// name ("coalicion" of "Coalición Regional contra la Trata de Personas") and
// by the one that ends its capitalised words ("commission" of "Economic
// Commission for Latin America"), each noun's names in the order they
// stand.
func shortRefs(a *analysis, self map[string]bool) map[string][]shortRef {
	var out map[string][]shortRef
	for i := range a.toks {
		es, ok := a.ents[i]
		if !ok || es.ent.Type != actas.EntityOrganisation || self[es.ent.ID] || es.end-i < 4 {
			continue
		}
		first := i
		if articleWord(a.toks[i].fold) && i+1 < es.end {
			first++ // "la Coalición ...": the name opens after its article
		}
		for _, k := range []int{first, headBefore(a, first, es.end)} {
			t := a.toks[k]
			if n := len([]rune(t.text)); !t.word || !startsUpper(t.text) || n < 3 || n == 3 && (isConnector(t.fold) || articleWord(t.fold)) {
				continue // "la Red" of "la Red de Funcionarios de Enlace ..." too
			}
			if out == nil {
				out = map[string][]shortRef{}
			}
			if rs := out[t.fold]; len(rs) == 0 || rs[len(rs)-1].at != i {
				out[t.fold] = append(rs, shortRef{at: i, ent: es.ent})
			}
		}
	}
	return out
}

// headBefore returns the last capitalised word of a name before its first
// word in lower case: the head of an English name ("Economic Commission"
// for ...", "Regional Coalition" against ...).
func headBefore(a *analysis, from, end int) int {
	for k := from + 1; k < end; k++ {
		if a.toks[k].word && !startsUpper(a.toks[k].text) {
			return k - 1
		}
	}
	return from
}

// markShortRefs makes entities of the nouns alone, after an article, that
// open a full name the point itself or its parent point wrote ("la
// Coalición", "the Coalition"), so they are mentioned and can be the
// parties of its clauses; a noun two names share ("la Red") is the last
// of them written before it.
func markShortRefs(a *analysis, refs map[string][]shortRef) {
	if len(refs) == 0 {
		return
	}
	inside := a.insideEntities()
	for i := 1; i < len(a.toks); i++ {
		t := a.toks[i]
		rs, ok := refs[t.fold]
		if !ok || inside[i] || !startsUpper(t.text) || !articleWord(a.toks[i-1].fold) {
			continue
		}
		if _, named := a.ents[i]; named {
			continue
		}
		e := rs[0].ent
		for _, r := range rs {
			if r.at < i {
				e = r.ent
			}
		}
		e.Surface = a.text[a.toks[i-1].start:t.end]
		a.ents[i] = entSpan{ent: e, end: i + 1}
	}
}

// articleWord reports a definite article before a short name.
func articleWord(w string) bool {
	switch strings.ToLower(w) {
	case "la", "el", "the", "esta", "this", "dicha", "dicho":
		return true
	}
	return false
}
