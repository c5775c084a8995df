package gazetteer

import "testing"

// oneLetterOffRef is oneLetterOff on rune slices, as first written.
func oneLetterOffRef(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) || len(ra) < nearMinLetters {
		return false
	}
	diff := 0
	for k := range ra {
		if ra[k] != rb[k] {
			diff++
		}
	}
	return diff == 1
}

// FuzzOneLetterOff checks oneLetterOff against the rune-slice reference.
func FuzzOneLetterOff(f *testing.F) {
	for _, p := range [][2]string{{"guatemala", "guatemaia"}, {"guatemala", "guatemala"}, {"honduras", "hondura"}, {"república", "republica"}, {"panama", "panamá"}, {"rep\xffblica", "república"}} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if got, want := oneLetterOff(a, b), oneLetterOffRef(a, b); got != want {
			t.Fatalf("oneLetterOff(%q, %q) = %v, want %v", a, b, got, want)
		}
	})
}
