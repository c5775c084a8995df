package extract

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// tokenizeRef is tokenize as first written, one rune and one fold at a
// time: the reference FuzzFold holds the fast version to.
func tokenizeRef(s string) []token {
	var toks []token
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) {
					break
				}
				j += n2
			}
			toks = append(toks, token{text: s[i:j], fold: foldRef(s[i:j]), start: i, end: j, word: true})
			i = j
		default:
			toks = append(toks, token{text: s[i : i+n], fold: foldRef(s[i : i+n]), start: i, end: i + n})
			i += n
		}
	}
	return toks
}

// foldRef is fold without its shortcuts.
func foldRef(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(foldRune(unicode.ToLower(r)))
	}
	return b.String()
}

// languageRef is language over tokens, as first written.
func languageRef(text string) string {
	es, en := 0, 0
	for _, t := range tokenizeRef(text) {
		switch t.fold {
		case "de", "la", "el", "los", "las", "que", "y", "en", "por", "para", "del", "se", "con":
			es++
		case "the", "of", "and", "to", "in", "for", "on", "with", "by", "that":
			en++
		}
	}
	if en > es {
		return "en"
	}
	return "es"
}

// FuzzFold checks the fast folding, tokenizing and word helpers against
// their plain versions (tokenize1 too, called twice).
func FuzzFold(f *testing.F) {
	for _, s := range []string{"", "Los Países Miembros: MÉXICO, the `U.S.` — “Belize”", "dé la THE Of \xff\xfe Öf ſ  \t\n x ", "a\u00a0b\u0085c  d ", "EE.UU. y D.C., el 3 de Junio", strings.Repeat("É", 150), "A" + strings.Repeat("\x80", 300), strings.Repeat("Ab€", 100), "Z" + strings.Repeat("x", 198) + "\xe2\x82\xac\xac\x80ÑO", "Z" + strings.Repeat("x", 199) + "\xf0\x9f\x98\x80 ÉL", "A" + strings.Repeat("0", 199) + "ߑ\xa3\xb0\x850"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := fold(s), foldRef(s); got != want {
			t.Fatalf("fold(%q) = %q, want %q", s, got, want)
		}
		if got, want := tokenize(s), tokenizeRef(s); (len(got) > 0 || len(want) > 0) && !reflect.DeepEqual(got, want) {
			t.Fatalf("tokenize(%q) = %v, want %v", s, got, want)
		}
		// tokenize1 cuts into a pooled slice and copies out: a second call
		// leaves the first's tokens whole
		all := tokenize1(s, false)
		if w := tokenize1("x "+s, true); len(w) == 0 || w[0].text != "x" {
			t.Fatalf("tokenize1(%q, true) = %v", "x "+s, w)
		}
		if want := tokenizeRef(s); (len(all) > 0 || len(want) > 0) && !reflect.DeepEqual(all, want) {
			t.Fatalf("tokenize1(%q, false) = %v, want %v", s, all, want)
		}
		var words []token
		for _, t := range tokenizeRef(s) {
			if t.word {
				words = append(words, t)
			}
		}
		if got := tokenizeWords(s); !reflect.DeepEqual(got, words) {
			t.Fatalf("tokenizeWords(%q) = %v, want %v", s, got, words)
		}
		if got, want := language(s), languageRef(s); got != want {
			t.Fatalf("language(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Fatalf("appendLower(%q) = %q, want %q", s, got, want)
		}
		if got, want := squash(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("squash(%q) = %q, want %q", s, got, want)
		}
		f := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		want := ""
		if len(f) > 0 {
			want = f[len(f)-1]
		}
		if got := lastWord(s); got != want {
			t.Fatalf("lastWord(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(appendFold(nil, s)), fold(s); got != want {
			t.Fatalf("appendFold(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestAppendLower checks appendLower against strings.ToLower.
func TestAppendLower(t *testing.T) {
	for _, s := range []string{"", "WASHINGTON, DC, MARCH 24, 2000", "İmpreso el 3", "Declaración DE LA XIX", "\xffAB"} {
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestFoldedLookup holds foldedLookup to a lookup of fold(w), and checks
// that it allocates nothing.
func TestFoldedLookup(t *testing.T) {
	for _, w := range []string{"", "decimo", "DÉCIMO", "Décima", "vigésimo", "VIGESIMO", "primero", "Acuerdo", "RECOMENDACIÓN", "x", "d\xffcimo", strings.Repeat("é", 40), "ĎECIMO"} {
		v, ok := foldedLookup(ordinals, w)
		wv, wok := ordinals[fold(w)]
		if v != wv || ok != wok {
			t.Errorf("foldedLookup(ordinals, %q) = %d, %v; want %d, %v", w, v, ok, wv, wok)
		}
		if got, want := foldedIn(pointWords, w), pointWords[fold(w)]; got != want {
			t.Errorf("foldedIn(pointWords, %q) = %v, want %v", w, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { foldedLookup(ordinals, "DÉCIMO") }); n != 0 {
		t.Errorf("foldedLookup allocates %.0f times", n)
	}
}

// FuzzWordShape checks that tensWords lets through every word tensOrdinal
// finds, as the lookup of its fold alone reads it.
func FuzzWordShape(f *testing.F) {
	for _, w := range []string{"décimo", "DÉCIMO", "vigésima", "Decima", "d", "", "primero", "ǅecimo", "\xffecimo", "vigesimo"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		v := ordinals[fold(w)]
		if (v == 10 || v == 20) && !tensWords.may(w) {
			t.Fatalf("tensWords.may(%q) = false, fold %q is a tens word", w, fold(w))
		}
		if got := tensOrdinal(w); got != (v == 10 || v == 20) {
			t.Fatalf("tensOrdinal(%q) = %v", w, got)
		}
	})
}

// FuzzUpperFields checks upperFields against the fields joined, in valid
// UTF-8 and in bytes that white space kept from making a rune.
func FuzzUpperFields(f *testing.F) {
	for _, s := range []string{"", " ", "ANEXO I", "Anexo I", "INFORMES DE LA SECRETARÍA", "A\xc3 \xa9B", "A\xc3\u00a0\xa9", "\xff", "1. 2.", "É\u2003Ü"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := upperFields(s), isUpperWord(strings.Join(strings.Fields(s), "")); got != want {
			t.Fatalf("upperFields(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzAppendFields checks appendFields against strings.Fields, after words
// already in the slice.
func FuzzAppendFields(f *testing.F) {
	for _, s := range []string{"", " a  b ", "ANEXO\u00a0I\tLISTA", "\xff x \xc3", strings.Repeat("w ", 20)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var buf [4]string
		got := appendFields(append(buf[:0], "x"), s)
		if want := append([]string{"x"}, strings.Fields(s)...); !reflect.DeepEqual(got, want) {
			t.Fatalf("appendFields(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzCountFields checks countFields against counting strings.FieldsSeq,
// as it did before reading the bytes itself.
func FuzzCountFields(f *testing.F) {
	for _, s := range []string{"", " ", "a b  c", "\u00a0a\u2003b\u3000", "\xff \xc2", "x\x85y", strings.Repeat("w ", 30)} {
		f.Add(s, 5)
	}
	f.Fuzz(func(t *testing.T, s string, limit int) {
		want := 0
		for range strings.FieldsSeq(s) {
			if want++; want >= limit {
				break
			}
		}
		if got := countFields(s, limit); got != want {
			t.Fatalf("countFields(%q, %d) = %d, want %d", s, limit, got, want)
		}
	})
}
