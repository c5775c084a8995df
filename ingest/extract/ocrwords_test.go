package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestOCRWords checks that digits read for letters inside words are put
// back and that numbers, dates and codes are kept.
func TestOCRWords(t *testing.T) {
	tests := []struct{ in, want string }{
		{"C0MPR0MIS0S", "COMPROMISOS"},
		{"REC0MENDACI0NES", "RECOMENDACIONES"},
		{"en 1a ciudad", "en la ciudad"},
		{"D1RECT0RES", "DIRECTORES"},
		{"1. Aprobar", "1. Aprobar"},
		{"30 de junio de 2004", "30 de junio de 2004"},
		{"10a reunión", "10a reunión"},
		{"ACUERDOS", "ACUERDOS"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := ocrWords(tt.in); got != tt.want {
			t.Errorf("ocrWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := ocrMerged("Cornprornisos"); got != "Compromisos" {
		t.Errorf("ocrMerged = %q", got)
	}
}

// FuzzOCRWords checks that ocrWords never crashes, keeps valid UTF-8 and
// keeps the number of runes, and that a text digitBesideLetter passes over
// is one the word by word reading keeps.
func FuzzOCRWords(f *testing.F) {
	for _, s := range []string{"C0MPR0MIS0S", "1a 0IM", "2011", "\xff0a", "é0", "0é", "2016 y 10a", "a 016 b", "PROTECCI6N"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := ocrWords(s)
		if utf8.ValidString(s) && (!utf8.ValidString(got) || utf8.RuneCountInString(got) != utf8.RuneCountInString(s)) {
			t.Errorf("ocrWords(%q) = %q", s, got)
		}
		if !digitBesideLetter(s) && ocrWordsRef(s) != s {
			t.Errorf("digitBesideLetter(%q) = false, but ocrWords changes it", s)
		}
	})
}

// ocrWordsRef is ocrWords without the digitBesideLetter gate.
func ocrWordsRef(t string) string {
	rs := []rune(t)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && (unicode.IsLetter(rs[j]) || rs[j] == '0' || rs[j] == '1' || rs[j] == '6') {
			j++
		}
		if j == i {
			i++
			continue
		}
		fixWord(rs[i:j], false)
		i = j
	}
	return string(rs)
}

func TestOCRNumbers(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Los dias 13 y l4 de marzo de l997", "Los dias 13 y 14 de marzo de 1997"},
		{"antes del 3O de junio de 2OO5", "antes del 30 de junio de 2005"},
		{"a mas tardar el 3l de julio", "a mas tardar el 31 de julio"},
		{"el 1o de junio, la I0M, el G7, la Sra. lO", "el 1o de junio, la IOM, el G7, la Sra. lO"},
		{"SEXT0.- LA 0IM Y UN0DC 0FFERS, el I0 y O0O, G20, COVID-19", "SEXTO.- LA OIM Y UNODC OFFERS, el 10 y 000, G20, COVID-19"},
		{"CIUDAD DE PANAMA, 13 Y l4 DE MARZO", "CIUDAD DE PANAMA, 13 Y 14 DE MARZO"},
		{"Migraci6n en l'año", "Migraci6n en l'año"},
		{"by Apri1 30, 1998 and 0ctober 3l, 2004; el l5 de ju1io, N0VIEMBRE", "by April 30, 1998 and october 31, 2004; el 15 de julio, NOVIEMBRE"},
		{"the G1 and 0ne, B10 and Ma1", "the G1 and 0ne, B10 and Ma1"},
	} {
		if got := ocrNumbers(tc.in); got != tc.want {
			t.Errorf("ocrNumbers(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzOCRNumbers checks that ocrNumbers keeps the length of its input and
// changes only an l, an I or an O, each into a digit, or a zero into an O.
func FuzzOCRNumbers(f *testing.F) {
	for _, s := range []string{"l4 de marzo de l997", "3O/2OO2", "ñl4", "\xffl4"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := ocrNumbers(s)
		if len(got) != len(s) {
			t.Fatalf("length %d, want %d", len(got), len(s))
		}
		for i := 0; i < len(s); i++ {
			if got[i] != s[i] && !(strings.IndexByte("lIO", s[i]) >= 0 && got[i] >= '0' && got[i] <= '1') && !(s[i] == '0' && got[i] == 'O') {
				t.Fatalf("byte %d: %q became %q", i, s[i], got[i])
			}
		}
	})
}
