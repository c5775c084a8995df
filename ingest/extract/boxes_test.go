package extract

import (
	"strings"
	"testing"
)

// TestUnframeBoxes checks that a box of one cell per line loses its frame,
// keeping every offset, and that a table of several cells keeps its bars.
func TestUnframeBoxes(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"one box", "Text.\n+-----+\n| A b |\n| c.  |\n+-----+\nMore.", "Text.\n       \n  A b  \n  c.   \n       \nMore."},
		{"two boxes sharing a rule", "+---+\n| a |\n+---+\n| b |\n+---+", "     \n  a  \n     \n  b  \n     "},
		{"a table keeps its bars", "+---+---+\n| a | b |\n+---+---+", "+---+---+\n| a | b |\n+---+---+"},
		{"an open frame is no box", "+-----+\n| A b |\nText.", "+-----+\n| A b |\nText."},
		{"no frame", "Plain text.", "Plain text."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := unframeBoxes(tt.in)
			if got != tt.want {
				t.Errorf("unframeBoxes(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if len(got) != len(tt.in) || strings.Count(got, "\n") != strings.Count(tt.in, "\n") {
				t.Errorf("offsets moved: %d bytes from %d", len(got), len(tt.in))
			}
		})
	}
}
