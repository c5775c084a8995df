package extract

import (
	"slices"
	"unicode/utf8"
)

// typoVariants returns the misspellings of a cue word that typists and OCR
// leave and that seldom spell another word: two neighbouring letters
// swapped ("reqeusted"), an "e" read as "c" ("endorscd"), "i" and "l" or "g" and "q"
// confused, a double letter written once ("commited") or a letter written
// twice ("requessted"), a letter left out but the last ("reqested"), or
// one letter read as two ("recomrnended", "endorsecl"). The first letter
// is kept, as fuzzyCue does.
func typoVariants(w string) []string {
	var out []string
	for i := 1; i < len(w); i++ {
		if i+1 < len(w) && w[i] != w[i+1] && w[i] != w[i-1] {
			out = append(out, w[:i]+w[i+1:])
		}
		if two, ok := ocrSplit[w[i]]; ok {
			out = append(out, w[:i]+two+w[i+1:])
		}
		if i+1 < len(w) && w[i] != w[i+1] {
			out = append(out, w[:i]+string(w[i+1])+string(w[i])+w[i+2:])
		}
		if sub, ok := ocrLetter[w[i]]; ok {
			out = append(out, w[:i]+string(sub)+w[i+1:])
		}
		if i+1 < len(w) && w[i] == w[i+1] {
			out = append(out, w[:i]+w[i+1:])
		} else {
			out = append(out, w[:i+1]+w[i:])
		}
	}
	return out
}

// ocrLetter maps a letter to the one OCR most often reads in its place.
var ocrLetter = map[byte]byte{'e': 'c', 'c': 'e', 'i': 'l', 'l': 'i', 'g': 'q', 'q': 'g'}

// ocrSplit maps a letter to the two OCR reads in its place.
var ocrSplit = map[byte]string{'m': "rn", 'd': "cl"}

// addTypos indexes the misspellings of each first word of a verb cue of
// six letters or more, in ASCII, that is no cue's first word itself and
// stands for one cue word only.
func (r *rules) addTypos() {
	r.typos = map[string]string{}
	clash := map[string]bool{}
	for w, list := range r.actions.byFirst {
		if utf8.RuneCountInString(w) < 6 || !isASCII(w) || !hasVerbCue(list) {
			continue
		}
		for _, v := range typoVariants(w) {
			if _, cue := r.actions.byFirst[v]; cue || clash[v] {
				continue
			}
			if prev, ok := r.typos[v]; ok && prev != w {
				delete(r.typos, v)
				clash[v] = true
				continue
			}
			r.typos[v] = w
		}
	}
}

// hasVerbCue reports a cue in list that is a verb, not a noun of action.
func hasVerbCue(list []cueEntry) bool {
	for _, e := range list {
		if e.kind != "noun" {
			return true
		}
	}
	return false
}

// repairTypos reads a misspelt cue word as the cue ("The meeting endorscd
// the recommendations"), outside names; the text keeps what was written.
func (a *analysis) repairTypos() {
	copied, lang := false, a.lang
	for i, t := range a.toks {
		if !t.word || len(t.fold) < 6 {
			continue
		}
		w, ok := a.r.typos[t.fold]
		if !ok {
			continue
		}
		if lang == "" {
			lang = language(a.text) // read where a typo is first met
		}
		if !slices.ContainsFunc(a.r.actions.byFirst[w], func(e cueEntry) bool { return e.lang == lang }) {
			continue // "Convene the meeting" is no misspelt "conviene" in English
		}
		if _, named := a.ents[i]; named {
			continue
		}
		if !copied {
			a.toks, copied = append([]token(nil), a.toks...), true // tokens may be shared through the cache
		}
		a.toks[i].fold = w
	}
}
