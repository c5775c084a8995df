package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStructureReports extracts reports written in the habits of unseen
// archives (ACUERDO No. 1 after an agenda, sections that restart numbering,
// verbs in capitals, roman chapters holding dotted points, o and private-use
// sub-bullets, OCR bullets, signature blocks, plain declaration paragraphs,
// lost line breaks; narrative sections and dashed participants before the
// operative lead-in, points labelled "Acuerdo 1:", sublists among unnumbered
// paragraphs; numbered sections holding lead-ins, roman chapters over
// bullets, party headings over lettered points, headings damaged by OCR; an
// agenda or delegation list that a lead-in follows with no blank line, a
// running header parted by bars, star bullets under topic headings, a page
// break under a chapter heading below the lead-in, a clause of a lead-in
// over its own bulleted list) and compares their
// agreement numbers with the expected ones written by hand in NAME.numbers.
func TestStructureReports(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/structure/*.txt")
	held, _ := filepath.Glob("testdata/heldout/*.txt")
	files = append(files, held...)
	if len(files) < 7 {
		t.Fatalf("%d structure reports, want at least 7", len(files))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".numbers")
			if err != nil {
				t.Fatal(err)
			}
			got := numbersOf(t, x, f, string(src))
			if got != strings.TrimSpace(string(want)) {
				t.Errorf("agreements\n  got  %s\n  want %s", got, strings.TrimSpace(string(want)))
			}
		})
	}
}
