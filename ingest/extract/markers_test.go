package extract

import "testing"

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
	}
	for _, tt := range tests {
		m := parseMarker(tt.text)
		switch {
		case tt.value == 0 && m != nil:
			t.Errorf("parseMarker(%q) = %+v, want none", tt.text, m.cands)
		case tt.value == 0:
		case m == nil || m.cands[0].style != styleOrd || m.cands[0].value != tt.value || m.cands[0].label != tt.label:
			t.Errorf("parseMarker(%q) = %+v, want ord %d %q", tt.text, m, tt.value, tt.label)
		}
	}
}
