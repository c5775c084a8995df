package numeral

import "testing"

func TestRoman(t *testing.T) {
	for n, want := range map[int]string{1: "i", 4: "iv", 9: "ix", 14: "xiv", 40: "xl", 1994: "mcmxciv", 3999: "mmmcmxcix"} {
		if got := Roman(n); got != want {
			t.Errorf("Roman(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestRomanMonth(t *testing.T) {
	for s, want := range map[string]int{"I": 1, "III": 3, "iv": 4, "IX": 9, "XII": 12, "XIII": 0, "IIII": 0, "": 0, "3": 0} {
		if got := RomanMonth(s); got != want {
			t.Errorf("RomanMonth(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestRomanValue(t *testing.T) {
	for s, want := range map[string]int{"XXVI": 26, "xi": 11, "IV": 4, "C": 100, "IIII": 0, "Xi": 11, "": 0} {
		if got := RomanValue(s); got != want {
			t.Errorf("RomanValue(%q) = %d, want %d", s, got, want)
		}
	}
}
