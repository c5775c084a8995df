package followup

import (
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

// FuzzTerms checks tokenising, stemming and cue matching never panic and
// that every concept is non-empty.
func FuzzTerms(f *testing.F) {
	r := rules(f)
	for _, s := range []string{"Agradecer a la OIM por la difusión del “Diagnóstico Regional”", "To take note of the progress report",
		"circularlo, difundirlos; informes", "", "ó", "a\u0301\u0301 *** 2015–2016", "\xff\xfe"} {
		f.Add(s, "es")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		names := r.names([]mention{{typ: "organisation", id: "IOM", surface: text}})
		for c, w := range r.terms(text, lang, names) {
			if c == "" || w == "" {
				t.Errorf("empty concept %q or word %q", c, w)
			}
		}
		r.completion(text)
		r.notFulfilment(text)
		if utf8.ValidString(text) {
			if s := stem(fold(text), lang); len(s) > len(fold(text))+2 {
				t.Errorf("stem %q longer than word %q", s, text)
			}
		}
	})
}

// FuzzLoadRules checks arbitrary CSV gives rules or an error, never a panic.
func FuzzLoadRules(f *testing.F) {
	f.Add("kind,cue,lang\naction,thank,\nnot_fulfil,pospon* en la,es\naction_term,recommend:proposal,en\n", "term,synonym,lang\nplan,plan de trabajo,es\n")
	f.Add("kind,cue,lang\n\"", "term,synonym\n,,\n")
	f.Add("kind,cue,lang\nfulfil,*,\nstop,,\n", "term,synonym,lang\n,x y,\n")
	f.Fuzz(func(t *testing.T, cues, syns string) {
		r, err := LoadRules(fstest.MapFS{cuesFile: {Data: []byte(cues)}, synonymsFile: {Data: []byte(syns)}})
		if err == nil {
			r.terms(cues+" "+syns, "es", nil)
			r.completion(syns)
			r.notFulfilment(cues)
		}
	})
}
