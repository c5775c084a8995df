package gazetteer

import (
	"os"
	"slices"
	"strings"
	"testing"
)

func FuzzFind(f *testing.F) {
	g, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"Estados Unidos de\nAmérica", "la OIM y EE.UU.", "Pro-Témpore", "Côte d’Ivoire",
		"\xff\xfe Mexico", "the the the", "U.S", "—", "San Salvador",
		"Slova-\nkia", "Hun-", "-\ngary", "Georgia, Armenia", "Georgia", "la Presidencia mexicana", "the Slovak", "Guatemaia y Repúbiica Dominicana", "Be1ize"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, m := range g.Find(s) {
			if m.Start < last || m.End > len(s) || m.Start >= m.End {
				t.Fatalf("bad span %d:%d after %d in %q", m.Start, m.End, last, s)
			}
			if m.Entity.ID == "" || m.Entity.Surface == "" {
				t.Fatalf("empty entity %+v in %q", m, s)
			}
			last = m.End
		}
		last = 0
		for _, m := range g.FindNear(s) {
			if m.Start < last || m.End > len(s) || m.Start >= m.End || m.Entity.ID == "" {
				t.Fatalf("bad near match %+v after %d in %q", m, last, s)
			}
			last = m.End
		}
		g.Body(s)
		g.FindCountry(s)
	})
}

func BenchmarkFind(b *testing.B) {
	g, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	text, err := os.ReadFile("testdata/crm-rfepc-2017-11-27.es.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(text)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		g.Find(s)
	}
}

// FuzzBodies checks that Bodies yields what BodySpan finds, again and
// again, in the rest of the text after each body.
func FuzzBodies(f *testing.F) {
	g, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"the Ministerial Conference of the Budapest Process, preceded by a Senior Officials' Meeting",
		"Bali Process Ad Hoc Group Senior Officials Meeting (SOM) of the Bali Process", "Conferencia Regional sobre Migración -- CRM \"RCM\"", "\xff Proceso de Puebla"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want []Body
		for rest := s; ; {
			b, _, e, ok := g.BodySpan(rest)
			if !ok {
				break
			}
			want = append(want, b)
			rest = rest[e:]
		}
		var got []Body
		for b := range g.Bodies(s) {
			got = append(got, b)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("Bodies(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzMatchTokens holds joinHyphens and matchTokens, which leave the tokens
// before the first change where they are, to the copying loops they replaced.
func FuzzMatchTokens(f *testing.F) {
	g, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"", "Slova-\nkia y Hun- gary", "HON-\nDURAS y JA- MAICA", "Pro-Témpore", `"Guatemala" - México`, "la OIM -", "Bosnia-Herze-\ngovina", "-", `""`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := matchTokensRef(g.joinHyphensRef(s, Tokenize(s)))
		got := matchTokens(g.joinHyphens(s, Tokenize(s)))
		if !slices.Equal(got, want) {
			t.Fatalf("%q: tokens %v, want %v", s, got, want)
		}
	})
}

// matchTokensRef is matchTokens as it was, copying every token it keeps.
func matchTokensRef(toks []Token) []Token {
	out := toks[:0]
	for _, t := range toks {
		if !t.Word && (t.Fold == "-" || t.Fold == `"`) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// joinHyphensRef is joinHyphens as it was, copying every token it keeps.
func (g *Gazetteer) joinHyphensRef(text string, toks []Token) []Token {
	out := toks[:0]
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if k+2 < len(toks) && t.Word && toks[k+1].Fold == "-" && toks[k+2].Word && toks[k+1].Start == t.End && (lowerStart(toks[k+2].Key) || capsWord(t.Key) && capsWord(toks[k+2].Key)) {
			b := toks[k+2]
			if g.words[t.Fold+b.Fold] && blankGap(text[toks[k+1].End:b.Start]) {
				out = append(out, Token{Fold: t.Fold + b.Fold, Key: t.Key + b.Key, Start: t.Start, End: b.End, Word: true})
				k += 2
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// FuzzUncollapsed holds uncollapsed to the searches it replaced.
func FuzzUncollapsed(f *testing.F) {
	for _, s := range []string{"", "a b", "a  b", "a\nb", "a\u00a0b", "\xe2\xc2\xa0", "\xc2", "a\tb", "a \r"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := uncollapsed(s), strings.Contains(s, "  ") || strings.ContainsAny(s, "\n\r\t\u00a0"); got != want {
			t.Fatalf("uncollapsed(%q) = %v, want %v", s, got, want)
		}
	})
}
