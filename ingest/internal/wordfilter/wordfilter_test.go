package wordfilter

import "testing"

// TestFilter checks that every added word may be held and that words of
// another first or last byte or length are not.
func TestFilter(t *testing.T) {
	var f Filter
	added := []string{"", "acordar", "a", "la", "ñandú", "x" + string(make([]byte, 80))}
	for _, w := range added {
		f.Add(w)
	}
	for _, w := range added {
		if !f.MayHold(w) {
			t.Errorf("%q added but not held", w)
		}
	}
	for _, w := range []string{"b", "acordars", "lo ", "el", "ñ", "acordaz", "zcordar", "abordar", "lx"} {
		if f.MayHold(w) {
			t.Errorf("%q never added but held", w)
		}
	}
}

// FuzzFilter checks that a filter never refuses a word it was given.
func FuzzFilter(f *testing.F) {
	f.Add("acordar", "solicitar")
	f.Fuzz(func(t *testing.T, a, b string) {
		var fl Filter
		fl.Add(a)
		fl.Add(b)
		for _, w := range []string{a, b, a + b, b[:len(b)/2]} {
			if fl.MayHold(w) != fl.MayHoldBytes([]byte(w)) {
				t.Fatalf("MayHoldBytes(%q) differs from MayHold", w)
			}
			if w != "" && fl.MayHold(w) != fl.MayHoldEnds(w[0], w[min(1, len(w)-1)], w[len(w)-1], len(w)) {
				t.Fatalf("MayHoldEnds(%q) differs from MayHold", w)
			}
		}
		if !fl.MayHold(a) || !fl.MayHold(b) {
			t.Errorf("added %q and %q, one not held", a, b)
		}
	})
}
