package textenc

import (
	"testing"
	"unicode/utf8"
)

// TestUnmojibake checks that UTF-8 read as Windows-1252 is read back, and
// that text in Spanish with its own accents is left as it is.
func TestUnmojibake(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"accents", "DirecciÃ³n General de MigraciÃ³n y ExtranjerÃ\u00ada", "Dirección General de Migración y Extranjería"},
		{"quotes and dash", "â€œLabour Migrationâ€\uFFFD, Guatemalaâ€“Mexico", "“Labour Migration”, Guatemala–Mexico"},
		{"bullet and no-break space", "1.Â\u00a0To thank\n   â€¢ To request", "1.\u00a0To thank\n   • To request"},
		{"spanish kept", "Año, acción, ¿Qué? ÁÉÍ señor", "Año, acción, ¿Qué? ÁÉÍ señor"},
		{"portuguese kept", "São Paulo, Ã lone", "São Paulo, Ã lone"},
	}
	for _, tt := range tests {
		if got := Unmojibake(tt.in); got != tt.want {
			t.Errorf("%s: Unmojibake(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// FuzzUnmojibake checks that the repair keeps text valid UTF-8 and never
// lengthens it.
func FuzzUnmojibake(f *testing.F) {
	f.Add("DirecciÃ³n â€œxâ€\uFFFD Â\u00a0a")
	f.Add("Año ¿Qué?")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		got := Unmojibake(s)
		if !utf8.ValidString(got) || len(got) > len(s) {
			t.Fatalf("Unmojibake(%q) = %q", s, got)
		}
	})
}
