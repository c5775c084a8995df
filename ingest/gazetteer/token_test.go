package gazetteer

import (
	"reflect"
	"testing"
	"unicode"
	"unicode/utf8"
)

// tokenizeRef is Tokenize as first written, one rune at a time: the
// reference FuzzTokenize holds the fast version to.
func tokenizeRef(text string) []Token {
	var toks []Token
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case isWordRune(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if r2 == '\u00ad' && j+n2 < len(text) {
					if r3, _ := utf8.DecodeRuneInString(text[j+n2:]); isWordRune(r3) {
						j += n2 // a soft hyphen inside a word
						continue
					}
				}
				if !isWordRune(r2) {
					break
				}
				j += n2
			}
			key, fold := foldWord(text[i:j])
			toks = append(toks, Token{Fold: fold, Key: key, Start: i, End: j, Word: true})
			i = j
		case unicode.IsSpace(r) || r == '\u00ad' || r == '\u200b' || r == '\ufeff':
			i += n
		default:
			p := punct(r)
			toks = append(toks, Token{Fold: p, Key: p, Start: i, End: i + n})
			i += n
		}
	}
	return toks
}

// FuzzTokenize checks that Tokenize splits and folds as tokenizeRef does.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"", "México y EE.UU., la OIM-ACNUR `x` \u00ad\u200b Hon\u00adduras", "Slova-\nkia \xff\xfe São Tomé ÅNGSTRÖM 1º 2ª", "A\u0301B  C\td"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := Tokenize(s), tokenizeRef(s)
		if len(got) == 0 && len(want) == 0 {
			return
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("Tokenize(%q) = %v, want %v", s, got, want)
		}
	})
}
