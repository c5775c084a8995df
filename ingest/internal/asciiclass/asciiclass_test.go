package asciiclass

import "testing"

// TestCountTokens counts words and punctuation marks of ASCII and accented text.
func TestCountTokens(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"", 1},
		{"Solicitar a la OIM.", 6},
		{"2.d  (ST)", 7},
		{"México", 2},
	}
	for _, tt := range tests {
		if got := CountTokens(tt.s); got != tt.want {
			t.Errorf("CountTokens(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

// TestCountWords counts the words of ASCII and accented text.
func TestCountWords(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"", 1},
		{"Solicitar a la OIM.", 5},
		{"2.d  (ST)", 4},
		{"México, Perú", 3},
	}
	for _, tt := range tests {
		if got := CountWords(tt.s); got != tt.want {
			t.Errorf("CountWords(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}
