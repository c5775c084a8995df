package gazetteer

import (
	"slices"
	"testing"
)

// FuzzWholeBody checks that WholeBody answers as BodySpan of the joined
// text spanning all of it, with each affix of withProcess's kinds.
func FuzzWholeBody(f *testing.F) {
	g, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"Senior Officials' Meeting", "Reunión de Altos Funcionarios", "Working Group", "\"Senior Officials\"", "- Senior",
		"", " ", "Mesa de\xc3", "SOM (", "Regional Conference on Migration", "Bali Process Ad Hoc Group"} {
		f.Add(s, "Bali Process", "Proceso de Bali")
		f.Add(s, "Budapest Process", "Proceso de Budapest")
	}
	f.Fuzz(func(t *testing.T, words, en, es string) {
		var around [][2]Phrase
		var all []Body
		for _, a := range [][2]string{{"", " of the " + en}, {en + " ", ""}, {"", " del " + es}, {"", " de la " + es}, {en, " "}, {"", "x"}} {
			around = append(around, [2]Phrase{NewPhrase(a[0]), NewPhrase(a[1])})
			b, ok := g.WholeBody(NewPhrase(a[0]), NewPhrase(words), NewPhrase(a[1]))
			c := a[0] + words + a[1]
			want, s, e, found := g.BodySpan(c)
			if found = found && s == 0 && e == len(c); ok != found || ok && b != want {
				t.Fatalf("WholeBody(%q, %q, %q) = %v, %v; BodySpan of the whole: %v, %v", a[0], words, a[1], b, ok, want, found)
			}
			if ok {
				all = append(all, b)
			}
		}
		if got := g.WholeBodies(words, around); !slices.Equal(got, all) {
			t.Fatalf("WholeBodies(%q) = %v, want %v", words, got, all)
		}
	})
}
