package extract

import (
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
