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

// TestCueKind reads the last structure cue of a text, the words of a
// preamble's cue aside ("Review of the agreements", "el estado de los
// acuerdos" hold no operative "agreements", "acuerdos").
func TestCueKind(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for s, want := range map[string]string{
		"Review of the agreements of the first meeting The TS presented the status of the agreements adopted in Panama City": "preamble",
		"La ST presentó el estado de los acuerdos de la reunión anterior":                                                    "",
		"La ST presentó el estado de cumplimie-\nnto de los acuerdos adoptados por el GRCM":                                  "",
		"Los Viceministros acordaron":                     "operative",
		"The following outcomes were agreed by the Group": "operative",
	} {
		if got := cueKindOf1(s, x.rules); got != want {
			t.Errorf("cueKindOf(%q) = %q, want %q", s, got, want)
		}
	}
}
