package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// listHeadingRef is listHeading without mayOpenLabel.
func (x *Extractor) listHeadingRef(s string) bool {
	t := strings.TrimSpace(s)
	if mayHeadingMarker(t) {
		t = reHeadingMarker.ReplaceAllString(t, "")
	}
	if strings.ContainsAny(t, "\n.;") {
		return false
	}
	toks := tokenizeWords(t)
	j := x.labelEnd(toks)
	return j > 0 && len(toks)-j <= 1 && !isConnector(toks[len(toks)-1].fold)
}

// TestListHeadingGate holds listHeading to the reading without its gate on
// every line of the test reports and their perturbations.
func TestListHeadingGate(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	lines, headings := 0, 0
	for _, s := range testTexts(t) {
		for _, ln := range textLines(s) {
			l := s[ln.start:ln.end]
			lines++
			got, want := x.listHeading(l), x.listHeadingRef(l)
			if got != want {
				t.Fatalf("listHeading(%q) = %v, want %v", l, got, want)
			}
			if got {
				headings++
			}
		}
	}
	t.Logf("%d lines, %d headings", lines, headings)
}

// FuzzListHeading holds listHeading to the reading without its gate.
func FuzzListHeading(f *testing.F) {
	for _, s := range []string{"Attendance", "2. Delegaciones participantes", "Member States present", "Asistieron las", "PAÍSES MIEMBROS", "- Observadores",
		"Participantes:", "(a) Observers", "Observer organizations", "ATTENDANCE\u00a0", "Países  Miembros", "x\xffAttendance", "Organismos observadores"} {
		f.Add(s)
	}
	x, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := x.listHeading(s), x.listHeadingRef(s); got != want {
			t.Fatalf("listHeading(%q) = %v, want %v", s, got, want)
		}
	})
}

// testTexts returns the test reports and their perturbations.
func testTexts(t testing.TB) []string {
	files, _ := filepath.Glob("testdata/*/*.txt")
	var out []string
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
		for _, pt := range perturbations {
			out = append(out, pt.fn(string(b)))
		}
	}
	return out
}
