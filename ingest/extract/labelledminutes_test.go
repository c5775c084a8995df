package extract

import (
	"os"
	"testing"
)

// FuzzLabelledMinutes checks that reading labelled minutes never panics
// and that every point's text lies inside the report.
func FuzzLabelledMinutes(f *testing.F) {
	for _, p := range []string{"testdata/layouts/minutes-outcome-labels.en.txt", "testdata/layouts/minutes-acuerdo-items.es.txt", "testdata/layouts/minutes-agenda-item-colon.en.txt"} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Add("Outcome:\nOutcome: a\n\nItem 1:\nOutcomes:\n(b) x\n")
	x, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		br := readBreaks(text, splitLines(text))
		for _, n := range numberNodes(labelledMinutes(text, x.rules, br), "") {
			for _, s := range n.spans {
				if s.start < 0 || s.start > s.end || s.end > len(text) {
					t.Fatalf("point %s: span %v outside the text (%d bytes)", n.number, s, len(text))
				}
			}
		}
	})
}
