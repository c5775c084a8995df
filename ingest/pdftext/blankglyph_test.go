package pdftext

import (
	"strings"
	"testing"
)

// TestBlankGlyphBullets reads a PDF that Chromium printed from
// testdata/gen/blank-bullets.html, whose private-use bullets the font lacks
// (drawn as .notdef, with no text): each must come back as "•" before its
// point, and the text around them unchanged.
func TestBlankGlyphBullets(t *testing.T) {
	opt := DefaultOptions()
	opt.NoTools = true
	res, err := extractFile(t, "testdata/synthetic/blank-bullets.pdf", opt)
	if err != nil {
		t.Fatal(err)
	}
	text := dump(res)
	for _, want := range []string{
		"Capacitación • Organizar un taller",
		"primer semestre. • Solicitar a la OIM",
		"Seguimiento • Encomendar a la Secretaría Técnica",
		"de funcionarios. • Tomar nota",
		"Se agradece a Panamá.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in\n%s", want, text)
		}
	}
	if n := strings.Count(text, "•"); n != 4 {
		t.Errorf("%d bullets, want 4:\n%s", n, text)
	}
}
