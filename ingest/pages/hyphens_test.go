package pages

import "testing"

// TestNotSignHyphens checks that a "¬" ending a line becomes a hyphen and
// that one inside a line stays.
func TestNotSignHyphens(t *testing.T) {
	tests := []struct{ in, want string }{
		{"sus infor¬\nmes nacionales", "sus infor-\nmes nacionales"},
		{"enco¬ \r\nmendar a la ST", "enco- \r\nmendar a la ST"},
		{"a ¬ b and ¬x", "a ¬ b and ¬x"},
		{"Hurri¬", "Hurri¬"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := notSignHyphens(tt.in); got != tt.want {
			t.Errorf("notSignHyphens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
