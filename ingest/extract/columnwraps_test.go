package extract

import (
	"strings"
	"testing"
)

// TestJoinColumnWraps checks that a name a narrow column wrapped goes on the
// cell above it, and that prose and lists with no wrapped cell stay as they are.
func TestJoinColumnWraps(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"   Democratic Republic of       South Africa\n     the Congo                  Zambia",
			"   Democratic Republic of the Congo     South Africa\n                                Zambia"},
		{"   Angola        Namibia\n   Malawi        Zimbabwe", "   Angola        Namibia\n   Malawi        Zimbabwe"},
		{"The meeting was held in Lusaka.  It was opened by\nthe Minister of Home Affairs.", "The meeting was held in Lusaka.  It was opened by\nthe Minister of Home Affairs."},
	} {
		if got := joinColumnWraps(tt.in); got != tt.want {
			t.Errorf("joinColumnWraps(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzJoinColumnWraps checks that joining wrapped cells never panics and
// never adds a word.
func FuzzJoinColumnWraps(f *testing.F) {
	f.Add("   Democratic Republic of       South Africa\n     the Congo                  Zambia")
	f.Add("a  b\n c\td")
	f.Fuzz(func(t *testing.T, s string) {
		if got := joinColumnWraps(s); len(strings.Fields(got)) != len(strings.Fields(s)) {
			t.Errorf("joinColumnWraps(%q) = %q: the words changed", s, got)
		}
	})
}
