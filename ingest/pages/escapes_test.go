package pages

import (
	"testing"

	"actas"
)

// TestC1Escapes checks that the octal escapes a plain-text printer writes
// for Windows-1252 punctuation come back as characters, after the print's
// fixed columns have rejoined the words they cut, and that other
// backslashes stay.
func TestC1Escapes(t *testing.T) {
	tests := []struct{ in, want string }{
		{`\225 To adopt the Plan`, "• To adopt the Plan"},
		{`the governments\222 will`, "the governments’ will"},
		{`\223quoted\224 \227 dash`, "“quoted” — dash"},
		{`C:\200x`, "C:€x"},
		{`a path C:\temp\301 and \12 and \`, `a path C:\temp\301 and \12 and \`},
	}
	for _, tt := range tests {
		if got := c1Escapes(tt.in); got != tt.want {
			t.Errorf("c1Escapes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// a fixed-column print: the escape counts four columns in the print
	var lines []string
	for range 6 {
		lines = append(lines, `\225 The report of the Presidency Pro Tempore on the Plan of Actio`, `n, and the report of the Regional Consultation Group in San Salvad`)
	}
	text := ""
	for _, l := range lines {
		text += l + "\n"
	}
	out := Clean([]actas.Page{{Number: 1, Text: text, Method: "pdf"}})
	want := "• The report of the Presidency Pro Tempore on the Plan of Action, and the report"
	if got := out[0].Text; len(got) < len(want) || got[:len(want)] != want {
		t.Errorf("Clean: got %q, want it to start with %q", got[:min(len(got), 120)], want)
	}
}
