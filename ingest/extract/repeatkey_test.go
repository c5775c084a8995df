package extract

import (
	"strings"
	"testing"
)

// repeatKeyRef is repeatKey as first written, lower-casing a copy first:
// the reference FuzzRepeatKey holds the ASCII path to.
func repeatKeyRef(t string) string {
	var b strings.Builder
	digits := false
	for _, r := range strings.ToLower(t) {
		if r >= '0' && r <= '9' {
			if !digits {
				b.WriteByte('#')
			}
			digits = true
			continue
		}
		digits = false
		b.WriteRune(r)
	}
	return b.String()
}

// FuzzRepeatKey checks that repeatKey masks and lower-cases as repeatKeyRef.
func FuzzRepeatKey(f *testing.F) {
	for _, s := range []string{"WASHINGTON, DC, MARCH 24, 2000", "Informe 2015 - 3", "Página 12 de 30", "İSTANBUL 1", "\xff12A", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := repeatKey(s), repeatKeyRef(s); got != want {
			t.Fatalf("repeatKey(%q) = %q, want %q", s, got, want)
		}
	})
}
