package followup

import (
	"math"
	"strings"
)

// bag maps each concept of a text to the first word that expressed it.
type bag map[string]string

// terms returns the concepts of text in lang: folded, stop words and numbers
// dropped, stemmed, synonyms merged; the names in strip are removed first.
func (r *Rules) terms(text, lang string, strip []string) bag {
	return r.termsOf(stripSurfaces(text, strip), lang)
}

// purposeTerms is terms without the purpose a commitment gives ("in order to avoid ..."):
// it says why, not what will be done.
func (r *Rules) purposeTerms(text, lang string, strip []string) bag {
	f := stripSurfaces(text, strip)
	for _, p := range r.purpose {
		if i := strings.Index(f, p); i >= 0 {
			f = f[:i+1]
		}
	}
	return r.termsOf(f, lang)
}

// termsOf returns the concepts of padded folded text.
func (r *Rules) termsOf(f, lang string) bag {
	b := bag{}
	ws := words(f)
	stems := make([]string, len(ws))
	for i, w := range ws {
		stems[i] = stem(w, lang)
	}
	put := func(c, w string) {
		if _, ok := b[c]; !ok {
			b[c] = w
		}
	}
	for i := 0; i < len(ws); i++ {
		if head, n := r.phraseAt(stems, i); n > 0 {
			put("~"+head, strings.Join(ws[i:i+n], " "))
			i += n - 1
			continue
		}
		w := ws[i]
		if len(w) < 3 || r.stop[w] || hasDigit(w) {
			continue
		}
		put(r.concept(stems[i]), w)
	}
	return b
}

// entityTerm is the concept of a mentioned party, the same in every language.
func entityTerm(id string) string { return "@" + id }

// idf weighs concepts by how few agreements hold them.
type idf struct {
	n  int
	df map[string]int
}

// add counts the concepts of one agreement.
func (d *idf) add(b bag) {
	d.n++
	for c := range b {
		d.df[c]++
	}
}

// weight is log(1 + n/df), at least a small floor for unseen concepts.
func (d *idf) weight(c string) float64 {
	df := d.df[c]
	if df == 0 {
		df = 1
	}
	return math.Log(1 + float64(d.n)/float64(df))
}
