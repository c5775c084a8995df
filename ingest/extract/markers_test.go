package extract

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestOrdinalMarkers reads ordinal words as markers, also an ordinal of two
// words ("DÉCIMO PRIMERO.-"), whose label is its words run together as the
// scorer and the tables write it.
func TestOrdinalMarkers(t *testing.T) {
	tests := []struct {
		text  string
		value int
		label string
	}{
		{"PRIMERO.- APROBAR el informe.", 1, "primero"},
		{"DÉCIMO.- EL GOBIERNO DE CANADÁ OFRECIÓ", 10, "decimo"},
		{"DÉCIMO PRIMERO.- EXPRESAR SU RECONOCIMIENTO", 11, "decimoprimero"},
		{"Vigésimo segundo: Agradecer al Gobierno", 22, "vigesimosegundo"},
		{"Décimo primer informe de la ST.", 0, ""},
		{"ACUERDO CUARTO", 4, "cuarto"}, // the label alone on its line, the text below it
		{"Acuerdo Décimo Segundo ", 12, "decimosegundo"},
		{"ACUERDO QUINTO DE LA REUNIÓN ANTERIOR", 0, ""},
		{"ACUERDO SEXTO Agradecer al Gobierno de Panamá", 6, "sexto"}, // re-wrapped: the text ran onto the label's line
		{"Acuerdo sexto de la reunión anterior", 0, ""},
		{"SEGUNDO", 0, ""}, // an ordinal alone, with no point word, is no marker
	}
	for _, tt := range tests {
		checkMarker(t, tt.text, tt.value == 0, func(m *marker) bool {
			return m.cands[0].style == styleOrd && m.cands[0].value == tt.value && m.cands[0].label == tt.label
		})
	}
}

// checkMarker checks parseMarker(text): none when none is set, else a
// marker that ok accepts.
func checkMarker(t *testing.T, text string, none bool, ok func(m *marker) bool) {
	t.Helper()
	m := parseMarker(text)
	switch {
	case none && m != nil:
		t.Errorf("parseMarker(%q) = %+v, want none", text, m.cands)
	case none:
	case m == nil || !ok(m):
		t.Errorf("parseMarker(%q) = %+v, not the marker wanted", text, m)
	}
}

// TestBulletClassTable checks bulletClass's table of Latin runes against
// the switch it holds the answers of.
func TestBulletClassTable(t *testing.T) {
	for r := rune(-1); r < 0x3000; r++ {
		if got, want := bulletClass(r), bulletClassOf(r); got != want {
			t.Fatalf("bulletClass(%U) = %q, want %q", r, got, want)
		}
	}
}

// TestSymbolFontBullets checks that the private-use bullets of Symbol and
// Wingdings fall in the families of the glyphs they draw, so that two
// levels told apart only by their glyphs stay apart.
func TestSymbolFontBullets(t *testing.T) {
	for _, tt := range []struct {
		r    rune
		want string
	}{
		{'\uf0b7', "dot"}, {'\uf0a7', "square"}, {'\uf0d8', "arrow"}, {'\uf06f', "circle"}, {'\uf0e0', "pua"}, {'\ue000', "pua"}, {'>', "gt"},
	} {
		if got := bulletClass(tt.r); got != tt.want {
			t.Errorf("bulletClass(%U) = %q, want %q", tt.r, got, tt.want)
		}
	}
}

// FuzzWordAt checks wordAt, which reads ASCII bytes without decoding them,
// against the rune by rune reading.
func FuzzWordAt(f *testing.F) {
	for _, s := range []string{"", "DÉCIMO PRIMERO", "abc1", "é\xff", "Acuerdo:", "ǅx"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i <= len(s); i++ {
			j := i
			for j < len(s) {
				r, n := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r) {
					break
				}
				j += n
			}
			if got := wordAt(s, i); got != s[i:j] {
				t.Fatalf("wordAt(%q, %d) = %q, want %q", s, i, got, s[i:j])
			}
		}
	})
}

// TestDottedMarkers reads dotted numbers with the terminators reports
// print after them ("3.1.", "3.1.-", "2.3)").
func TestDottedMarkers(t *testing.T) {
	tests := []struct {
		text, parent, label string
	}{
		{"3.1 La difusión de los derechos.", "3", "1"},
		{"3.1. La difusión de los derechos.", "3", "1"},
		{"3.1.- La difusión de los derechos.", "3", "1"},
		{"2.3) Request IOM to report.", "2", "3"},
		{"1.3.1.- Solicitar a la ST.", "1.3", "1"},
	}
	for _, tt := range tests {
		m := parseMarker(tt.text)
		if m == nil || m.cands[0].style != styleDotted || m.cands[0].parent != tt.parent || m.cands[0].label != tt.label {
			t.Errorf("parseMarker(%q) = %+v, want dotted %s.%s", tt.text, m, tt.parent, tt.label)
		}
	}
}

// TestSpacedDashMarkers reads a roman or decimal number with a dash set off
// by spaces as a marker ("IV - En materia de ..."), but not before a title
// in capitals ("I – AGENDA" after "ANNEX") nor in a range of days ("1 - 2
// December 2016").
func TestSpacedDashMarkers(t *testing.T) {
	tests := []struct {
		text, style string
		value       int
	}{
		{"IV - En materia de trata de personas:", styleURoman, 4},
		{"II – Reafirmar el compromiso", styleURoman, 2},
		{"3 - Encomendar a la Secretaría Técnica", styleDec, 3},
		{"I – AGENDA", "", 0},
		{"I -En materia", "", 0},
		{"1 - 2 December 2016", "", 0},
		{"14 – 15 de marzo de 2019", "", 0},
	}
	for _, tt := range tests {
		checkMarker(t, tt.text, tt.value == 0, func(m *marker) bool {
			return slices.ContainsFunc(m.cands, func(c candidate) bool { return c.style == tt.style && c.value == tt.value })
		})
	}
}

// TestCodeMarkers reads a decision's code that opens a line with no point
// word before it as its marker, labelled as printed in lower case; a name
// with a hyphen and figures before lower-case text stays text.
func TestCodeMarkers(t *testing.T) {
	tests := []struct {
		text  string
		value int
		label string
	}{
		{"AP-3   On the Technical Secretariat:", 3, "ap-3"},
		{"RV-12. To adopt the work plan.", 12, "rv-12"},
		{"DR-7: Solicitar a la OIM un estudio", 7, "dr-7"},
		{"COVID-19 pandemic planning was discussed.", 0, ""},
		{"AP-1234 To approve", 0, ""},
		{"A-1 To approve", 0, ""}, // one capital is a lettered list's, not a code
	}
	for _, tt := range tests {
		checkMarker(t, tt.text, tt.value == 0, func(m *marker) bool {
			return m.cands[0].style == styleDec && m.cands[0].value == tt.value && m.cands[0].label == tt.label
		})
	}
}
