package extract

import (
	"testing"
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
// keeps the number of runes.
func FuzzOCRWords(f *testing.F) {
	for _, s := range []string{"C0MPR0MIS0S", "1a 0IM", "2011", "\xff0a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := ocrWords(s)
		if utf8.ValidString(s) && (!utf8.ValidString(got) || utf8.RuneCountInString(got) != utf8.RuneCountInString(s)) {
			t.Errorf("ocrWords(%q) = %q", s, got)
		}
	})
}
