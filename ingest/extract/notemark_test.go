package extract

import (
	"strings"
	"testing"
)

// withoutNoteMarkRef is withoutNoteMark without its gate on the last byte.
func withoutNoteMarkRef(before string) string {
	if t := strings.TrimRight(before, "¹²³⁴⁵⁶⁷⁸⁹⁰*"); t != before && strings.HasSuffix(t, ".") {
		return t
	}
	if strings.HasSuffix(before, ")") {
		if k := strings.LastIndexByte(before, '('); k > 0 && len(before)-k <= 4 && before[k-1] == '.' && strings.Trim(before[k+1:len(before)-1], "0123456789") == "" {
			return before[:k] // ".(1)"
		}
	}
	return before
}

// FuzzWithoutNoteMark holds withoutNoteMark to the reading without its gate,
// at every prefix of a text as afterStop asks.
func FuzzWithoutNoteMark(f *testing.F) {
	for _, s := range []string{"", ".", "2018.(1)", "2018.¹", "2018.*", "2018.⁴²", "x.(12)", "a.()", "(1)", "é.\u2070", "\xb9", ".\xc2", "2018.**"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i <= len(s); i++ {
			if got, want := withoutNoteMark(s[:i]), withoutNoteMarkRef(s[:i]); got != want {
				t.Fatalf("withoutNoteMark(%q) = %q, want %q", s[:i], got, want)
			}
		}
	})
}
