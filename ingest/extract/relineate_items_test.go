package extract

import (
	"strings"
	"testing"
)

// TestItemLabel holds the numbers of agenda items' labels ("Session 2.") to
// their labels, and a heading's number over the first point to the point.
func TestItemLabel(t *testing.T) {
	tests := []struct {
		name, text, at string
		want           bool
	}{
		{"after a stop", "Opening. Item 1. The Chair opened. Item 2. The TS reported. Item 3. IOM presented.", "2. The TS", true},
		{"after a caps heading", "SUMMARY OF DISCUSSIONS Item 1. The Chair opened. Item 2. The TS reported.", "1. The Chair", true},
		{"after small letters", "Summary of the sessions Session 1. The Chair opened. Session 2. UNHCR spoke. Session 3. Kenya spoke.", "1. The Chair", true},
		{"after small letters, one neighbour", "Summary of the session Session 1. The Chair opened. Session 2. UNHCR spoke.", "1. The Chair", false},
		{"headings over first points", "solidarity. SUBSTANTIVE MATTERS 1. To underline ... ADMINISTRATIVE MATTERS 1. To thank ...", "1. To thank", false},
		{"a heading", "the meeting. Recommendations 1. Member States are urged to act.", "1. Member", false},
		{"a short word", "... the Board. No 2. The next", "2. The next", false},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.at)
		if got := itemLabel(tt.text, i); got != tt.want {
			t.Errorf("%s: itemLabel(%q) = %v, want %v", tt.name, tt.text[:i], got, tt.want)
		}
	}
}
