package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSignatories reads the countries of a signature block as participants,
// in columns or run together, and nothing from prose or a lone signature.
func TestSignatories(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Repeat("The meeting reviewed the plan of action and the budget. ", 8) + "\n\n"
	tests := []struct{ name, text, want string }{
		{"a block of lines", body + "SIGNED at Victoria Falls on 9 July 2015.\n\nFor the Republic of Angola          ..........\nFor the Kingdom of Lesotho          ..........\nFor the Republic of Zambia          ..........\n", "AGO LSO ZMB"},
		{"two columns", body + "________________          ________________\nPor la Delegación de Argentina            Por la Delegación de Brasil\n\nPOR BELICE                POR CANADA (FDO.) ILEGIBLE\n", "ARG BRA BLZ CAN"},
		{"run together", body + "For the Republic of Angola .......... For the Republic of Botswana .......... For the Republic of Namibia ..........\n", "AGO BWA NAM"},
		{"prose", body + "For Mexico, the priority is the protection of children. For Canada, the main issue is labour mobility.\n", ""},
		{"one signature", body + "For the Republic of Angola          ..........\n", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(countryIDs(x.signatories(tt.text, nil)), " "); got != tt.want {
			t.Errorf("%s: signatories = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// signingLine is what signatories reads in one line: the countries of its
// cells' segments that sign, every cell read.
func (x *Extractor) signingLine(line string) []string {
	var out []string
	for _, cell := range cells(line) {
		for _, seg := range signingSegments(cell) {
			if e, ok := x.signingCountry(seg); ok {
				out = append(out, e.ID)
			}
		}
	}
	return out
}

// TestMaySign holds maySign to the reading it gates: every line of the test
// reports and their perturbations that maySign refuses signs for no country.
func TestMaySign(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/*/*.txt")
	lines, refused := 0, 0
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts := []string{string(b)}
		for _, pt := range perturbations {
			texts = append(texts, pt.fn(string(b)))
		}
		for _, s := range texts {
			for _, ln := range textLines(s) {
				line := s[ln.start:ln.end]
				lines++
				if maySign(line) {
					continue
				}
				refused++
				if got := x.signingLine(line); len(got) > 0 {
					t.Fatalf("maySign(%q) = false, but it signs for %v", line, got)
				}
			}
		}
	}
	t.Logf("%d lines, %d refused", lines, refused)
}

// FuzzMaySign checks that a line maySign refuses signs for no country.
func FuzzMaySign(f *testing.F) {
	for _, s := range []string{"For the Republic of Angola          ..........", "Por la Delegación de Argentina            Por la Delegación de Brasil",
		"POR BELICE                POR CANADA (FDO.) ILEGIBLE", "x|For Mexico", "a \f\fPor Belice", "\u00a0 Pór Honduras", "  \u2003FOR CANADA", "a\t\u00a0fOr Canada:",
		"The meeting thanked Mexico for hosting it.", "la Delegación de Belice por Honduras", "Informe  por  Guatemala", "For\rCanada", "| por México |"} {
		f.Add(s)
	}
	x, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if !maySign(line) {
			if got := x.signingLine(line); len(got) > 0 {
				t.Fatalf("maySign(%q) = false, but it signs for %v", line, got)
			}
		}
	})
}
