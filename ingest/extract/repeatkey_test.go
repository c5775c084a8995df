package extract

import (
	"strings"
	"testing"
)

// repeatKeyRef is repeatKey as first written, lower-casing a copy first:
// the reference FuzzRepeatKey holds the ASCII path to.
func repeatKeyRef(t string) string {
	var b strings.Builder
	digits := false
	for _, r := range strings.ToLower(t) {
		if r >= '0' && r <= '9' {
			if !digits {
				b.WriteByte('#')
			}
			digits = true
			continue
		}
		digits = false
		b.WriteRune(r)
	}
	return b.String()
}

// FuzzRepeatKey checks that repeatKey masks and lower-cases as repeatKeyRef.
func FuzzRepeatKey(f *testing.F) {
	for _, s := range []string{"WASHINGTON, DC, MARCH 24, 2000", "Informe 2015 - 3", "Página 12 de 30", "İSTANBUL 1", "\xff12A", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := repeatKey(s), repeatKeyRef(s); got != want {
			t.Fatalf("repeatKey(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(appendRepeatKey(nil, s)), repeatKeyRef(s); got != want {
			t.Fatalf("appendRepeatKey(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzRepeatCount checks that repeatCount tells the keys two or more of
// its strings share as a count of their repeat keys does.
func FuzzRepeatCount(f *testing.F) {
	for _, s := range []string{"Informe 2015\nINFORME 2016\nPágina 3\npágina 4\nx", "a\nb\na", "\n\n", "İSTANBUL 1\ni̇stanbul 2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lines := strings.Split(s, "\n")
		var c repeatCount
		sized := newRepeatCount(len(lines)) // as furnitureLines makes it
		want := map[string]int{}
		for _, l := range lines[:len(lines)-1] { // the last line is asked, not added
			c.add(l)
			sized.add(l)
			want[repeatKeyRef(l)]++
		}
		for _, l := range lines {
			if got := c.repeats(l); got != (want[repeatKeyRef(l)] >= 2) || sized.repeats(l) != got {
				t.Fatalf("repeats(%q) = %v after %q, want %v", l, got, lines[:len(lines)-1], !got)
			}
		}
	})
}
