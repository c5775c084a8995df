package pdftext

import (
	"strings"
	"testing"
)

// TestLayout checks line, word and paragraph building from positioned runs.
func TestLayout(t *testing.T) {
	tests := []struct {
		name string
		runs []run
		want string
	}{
		{"empty", nil, ""},
		{"words positioned apart get a space", []run{
			{x0: 72, x1: 100, y: 700, size: 10, text: "Solicitar"},
			{x0: 103, x1: 108, y: 700, size: 10, text: "a"},
			{x0: 111, x1: 120, y: 700, size: 10, text: "la"},
		}, "Solicitar a la\n"},
		{"kerning is no space", []run{
			{x0: 72, x1: 80, y: 700, size: 10, text: "Migr"},
			{x0: 80.5, x1: 90, y: 700, size: 10, text: "ación"},
		}, "Migración\n"},
		{"sorted top to bottom, left to right", []run{
			{x0: 72, x1: 90, y: 688, size: 10, text: "second"},
			{x0: 100, x1: 120, y: 700, size: 10, text: "right"},
			{x0: 72, x1: 90, y: 700.5, size: 10, text: "left"},
		}, "left right second\n"},
		{"paragraph gap", []run{
			{x0: 72, x1: 90, y: 700, size: 10, text: "a"},
			{x0: 72, x1: 90, y: 688, size: 10, text: "b"},
			{x0: 72, x1: 90, y: 676, size: 10, text: "c"},
			{x0: 72, x1: 90, y: 664, size: 10, text: "d"},
			{x0: 72, x1: 90, y: 630, size: 10, text: "e"},
		}, "a b c d\n\ne\n"},
		{"overprinted bold once", []run{
			{x0: 72, x1: 110, y: 700, size: 10, text: "ACUERDOS"},
			{x0: 72.3, x1: 110.3, y: 700, size: 10, text: "ACUERDOS"},
		}, "ACUERDOS\n"},
		{"hyphenated word joined", []run{
			{x0: 72, x1: 90, y: 700, size: 10, text: "protección con-"},
			{x0: 72, x1: 90, y: 688, size: 10, text: "sular."},
		}, "protección consular.\n"},
		{"hyphen before capital kept", []run{
			{x0: 72, x1: 90, y: 700, size: 10, text: "Pro-"},
			{x0: 72, x1: 90, y: 688, size: 10, text: "Témpore"},
		}, "Pro-Témpore\n"},
		{"line wrapped by the width joined, short line ends the paragraph", []run{
			{x0: 72, x1: 300, y: 700, size: 10, text: "Solicitar a la OIM que presente un informe sobre los flujos"},
			{x0: 72, x1: 150, y: 688, size: 10, text: "mixtos en la región."},
			{x0: 72, x1: 290, y: 676, size: 10, text: "Agradecer al Gobierno de Honduras su hospitalidad y su apoyo."},
		}, "Solicitar a la OIM que presente un informe sobre los flujos mixtos en la región.\nAgradecer al Gobierno de Honduras su hospitalidad y su apoyo.\n"},
		{"list item after a full line starts a line", []run{
			{x0: 72, x1: 300, y: 700, size: 10, text: "Los Viceministros acordaron lo siguiente sobre estos temas:"},
			{x0: 72, x1: 150, y: 688, size: 10, text: "2. Agradecer a la OIM."},
		}, "Los Viceministros acordaron lo siguiente sobre estos temas:\n2. Agradecer a la OIM.\n"},
		{"monospaced print keeps its line breaks", []run{
			{x0: 72, x1: 180, y: 700, size: 10, text: "Acuerdos del Grupo"},
			{x0: 72, x1: 198, y: 688, size: 10, text: "a) Aceptar el informe"},
			{x0: 72, x1: 138, y: 676, size: 10, text: "de octubre."},
		}, "Acuerdos del Grupo\na) Aceptar el informe de octubre.\n"},
		{"proportional type: a line the width did not break is a block", []run{
			{x0: 72, x1: 160, y: 700, size: 10, text: "Acuerdos del Grupo"},
			{x0: 72, x1: 198, y: 688, size: 10, text: "a) Aceptar el informe"},
			{x0: 72, x1: 125, y: 676, size: 10, text: "de octubre."},
		}, "Acuerdos del Grupo\n\na) Aceptar el informe de octubre.\n"},
		{"headings keep their blank lines", []run{
			{x0: 72, x1: 150, y: 700, size: 10, text: "CONCLUSIONES"},
			{x0: 72, x1: 300, y: 670, size: 10, text: "El Grupo llegó a las conclusiones que siguen y las adoptó:"},
			{x0: 72, x1: 150, y: 640, size: 10, text: "Agradecer a la OIM."},
		}, "CONCLUSIONES\n\nEl Grupo llegó a las conclusiones que siguen y las adoptó:\nAgradecer a la OIM.\n"},
	}
	for _, tt := range tests {
		if got := layout(tt.runs, 0); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestColumnCutIndent reads a monospaced print cut at column 44 whose points
// are indented: the indent counts in the width, so the page is seen as cut at
// a column (its lines kept for pages.Unwrap) and the points keep their indent.
func TestColumnCutIndent(t *testing.T) {
	lines := []string{
		"The Network agreed to the following points a",
		"t its meeting:",
		"  1. To approve the work plan of the Network",
		" for the period 2016-2017.",
		"  2. To thank the Government of Belize for i",
		"ts hospitality.",
		"  3. To ask the IOM for its help with the di",
		"rectory of officers.",
	}
	var runs []run
	for i, l := range lines {
		col := len(l) - len(strings.TrimLeft(l, " "))
		text := strings.TrimLeft(l, " ")
		runs = append(runs, run{x0: 72 + 6*float64(col), x1: 72 + 6*float64(col+len(text)), y: 700 - 12*float64(i), size: 10, text: text})
	}
	var want strings.Builder
	for _, l := range lines {
		if strings.HasPrefix(l, " ") && !strings.HasPrefix(l, "  ") {
			l = l[1:] // the space a cut left: no indent
		}
		want.WriteString(l + "\n")
	}
	if got := layout(runs, 0); got != want.String() {
		t.Errorf("got %q, want %q", got, want.String())
	}
}

// TestColumnCutRests reads a monospaced print at 60 columns of a text
// wrapped wider (at 68): full lines are each followed by the rest the
// column cut off ("Guatem" / "ala,"), which is no line of its own, and the
// wrapped text's shorter lines fill no column; the page is cut at a column
// and its lines are kept for pages.Unwrap.
func TestColumnCutRests(t *testing.T) {
	text := []string{
		"Los Viceministros de Belice, Costa Rica, El Salvador, Guatem", "ala,",
		"Honduras, México, Nicaragua y Panamá, reunidos en la Ciudad", "de",
		"Panamá, acordaron solicitar a la Comisión Económica para Amé", "rica",
		"Latina y el Caribe y a la Organización Internacional del Tra", "bajo su",
		"apoyo técnico para elaborar un estudio sobre la migración.",
		"Asimismo encomendaron a la Secretaría Técnica la preparación", "de un",
		"informe sobre el cumplimiento de los compromisos asumidos en", "materia",
		"de protección consular, y tomaron nota del ofrecimiento del",
		"Gobierno de Honduras de ser sede de la próxima reunión.",
		"Finalmente expresaron su agradecimiento al pueblo y al Gobie", "rno de",
		"Panamá por su hospitalidad y por la excelente organización d", "e la",
		"reunión, y felicitaron a la Presidencia Pro Tempore por la",
		"conducción de los trabajos durante el período.",
		"Los países miembros se comprometieron a designar",
		"un punto focal nacional para la protección consular",
		"y a comunicarlo a la Secretaría Técnica antes del",
		"final del año, para actualizar el directorio.",
	}
	var lines []line
	for i, l := range text {
		n := float64(len([]rune(l)))
		lines = append(lines, line{y: 700 - 12*float64(i), size: 10, runs: []run{{x0: 72, x1: 72 + 6*n, y: 700 - 12*float64(i), size: 10, text: l}}})
	}
	if !columnCut(lines, true) {
		t.Error("a print whose full lines are followed by their cut-off rests is not seen as cut at a column")
	}
}

// TestClean drops control characters and invalid UTF-8.
func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Migración", "Migración"},
		{"a\x00b\x07c", "abc"},
		{"bad\xffbyte", "badbyte"},
		{"no\u00a0break", "no break"},
		{"o\ufb03cial \ufb01n", "official fin"},
	}
	for _, tt := range tests {
		if got := clean(tt.in); got != tt.want {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestWordSimilarity checks the measure used against pdftotext.
func TestWordSimilarity(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"a b c", "a  b\nc", 1},
		{"a b c d", "a b", 2 * 2.0 / 6},
		{"", "", 1},
		{"x", "y", 0},
	}
	for _, tt := range tests {
		if got := wordSimilarity(tt.a, tt.b); got != tt.want {
			t.Errorf("wordSimilarity(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
