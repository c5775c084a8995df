package extract

import (
	"strings"
	"testing"
)

// TestCueKindMemo checks that cueKindOf answers from its memo as
// cueKindOf1 does, for the lines and paragraphs of the test reports asked
// twice over, and for another set of rules asking the same texts.
func TestCueKindMemo(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	other := &rules{structure: newPhraseSet()}
	other.structure.add("decide", "preamble", "", "en")
	var texts []string
	for _, s := range testReports(t) {
		texts = append(texts, strings.Split(s, "\n")...)
		texts = append(texts, strings.Split(s, "\n\n")...)
	}
	texts = append(texts, "They decide:", "DECIDEN:", "")
	for round := 0; round < 2; round++ {
		for _, s := range texts {
			for _, r := range []*rules{x.rules, other} {
				if got, want := cueKindOf(s, r), cueKindOf1(s, r); got != want {
					t.Fatalf("cueKindOf(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
}
