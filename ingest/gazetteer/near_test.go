package gazetteer

import (
	"strings"
	"testing"
)

// TestFindNear checks the countries read through OCR damage, and the words
// that must stay no country.
func TestFindNear(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{"Guatemaia, Repúbiica Dominicana y Panarna", "GTM DOM PAN"},
		{"Be1ize and 0man", "BLZ OMN"},
		{"Estados Unidos de Arnérica", "USA"},
		{"Hondurss", "HND"},              // one letter off a name of eight letters
		{"the Dominican delegation", ""}, // a demonym one letter longer than Dominica
		{"Perv and Chiie", "CHL"},        // one letter off a short name is no name
		{"guatemaia", ""},                // a name opens with a capital
		{"Delegations of Argentine", "ARG"},
		{"Ho nduras and Costa Rica", "HND CRI"}, // split by a space; exact names too
		{"Pan and Ama", ""},
		{"Vancouver, British Columbia, Canada", "CAN"}, // a stop phrase: no Colombia one letter off
		{"Columbia", "COL"},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range g.FindNear(tt.text) {
			got = append(got, m.Entity.ID)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, g, tt.want)
		}
	}
}

// FuzzSkeleton checks appendSkeleton against the replacements it documents.
func FuzzSkeleton(f *testing.F) {
	spec := strings.NewReplacer("rn", "m", "cl", "d", "vv", "w", "0", "o", "1", "l", "i", "l")
	for _, s := range []string{"Panarna", "vvv", "rnrn", "crn", "ccl", "guatemaia", "irnán", "cll", "rrn", "\xffrn", "be1ize 0man", "r"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendSkeleton(nil, s)), spec.Replace(s); got != want {
			t.Fatalf("appendSkeleton(%q) = %q, want %q", s, got, want)
		}
	})
}
