package extract

import (
	"strings"
	"testing"
	"unicode"

	"actas/ingest/gazetteer"
)

// TestRecased checks that a text typed in capitals reads as written: small
// letters outside its names, a capital at each sentence's start, every byte
// in its place.
func TestRecased(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"COSTA RICA OFRECE SER SEDE DE UN TALLER.", "COSTA RICA ofrece ser sede de un taller."},
		{"ESTADOS UNIDOS DE AMERICA Y MEXICO INFORMARAN A LA OIM. LOS PAISES MIEMBROS SE COMPROMETEN A ÉL.",
			"ESTADOS UNIDOS DE AMERICA y MEXICO informaran a LA OIM. LOS PAISES MIEMBROS se comprometen a él."},
		{"SOLICITAR A LA SECRETARÍA TÉCNICA UN INFORME", "Solicitar a LA SECRETARÍA TÉCNICA un informe"},
		{"TOMAR NOTA DEL INFORME. LA RED ACORDO", "Tomar nota del informe. La red acordo"},
	}
	for _, tt := range tests {
		if !capsText(tt.in) {
			t.Errorf("%q: not read as typed in capitals", tt.in)
		}
		if got := recased(tt.in, g.Find(tt.in)); got != tt.want {
			t.Errorf("recased(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, s := range []string{"ACUERDAN: Solicitar a la OIM un estudio sobre retorno.", "I. ACUERDOS", "Solicitar a la OIM un estudio."} {
		if capsText(s) {
			t.Errorf("%q: read as typed in capitals", s)
		}
	}
}

// FuzzRecased checks that recasing keeps every byte's place and the names.
func FuzzRecased(f *testing.F) {
	g, err := gazetteer.Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"COSTA RICA OFRECE SER SEDE.", "ÑANDÚ ÉXITO ǅ ẞ Ω 1. A", "\xff\xfeABC. DEF"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		names := g.Find(s)
		got := recased(s, names)
		if len(got) != len(s) {
			t.Fatalf("recased(%q) = %q: %d bytes, want %d", s, got, len(got), len(s))
		}
		for _, m := range names {
			if got[m.Start:m.End] != s[m.Start:m.End] {
				t.Fatalf("recased(%q) changed the name %q", s, s[m.Start:m.End])
			}
		}
	})
}

// FuzzCapsText holds capsText, which reads ASCII letters without the
// Unicode tables and stops once the capitals left cannot make up for the
// small letters read, to the count over the whole text it replaced.
func FuzzCapsText(f *testing.F) {
	for _, s := range []string{"", "ACUERDAN:", "COSTA RICA OFRECE SER SEDE de la", "Aprobar el informe", "ÁÉÍ ÓÚ Ñ", "ÉTAT ñ", "A\xffB", strings.Repeat("AB", 30) + "c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		upper, lower := 0, 0
		for _, r := range s {
			switch {
			case unicode.IsUpper(r):
				upper++
			case unicode.IsLower(r):
				lower++
			}
		}
		if got, want := capsText(s), upper >= minCapsLetters && lower*20 <= upper; got != want {
			t.Fatalf("capsText(%q) = %v, want %v", s, got, want)
		}
	})
}
