package extract

import (
	"strings"
	"testing"
)

// TestIssue10MoreHidden holds party cases of the second set written before
// the rules and kept out of sight until they were done: 2 of 3 passed on
// the first run ("The incoming Chair will convene" failed).
func TestIssue10MoreHidden(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"incoming chair", "The Member Countries agreed:\n\n1. The incoming Chair will convene a virtual meeting in March.\n", []string{"1 commit"}},
		{"se acordó que la ST", "Los países acordaron:\n\n1. Se acordó que la ST enviará el informe a los países.\n", []string{"1 agree TS"}},
		{"solicitarles", "Los países acordaron:\n\n1. Agradecer a la OIM y al ACNUR su apoyo y solicitarles que continúen brindándolo.\n", []string{"1 thank IOM UNHCR"}},
	}
	for _, tt := range tests {
		if got := pointSummaries(t, x, tt.name, tt.text); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
