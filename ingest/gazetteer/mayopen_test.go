package gazetteer

import "testing"

// FuzzMayOpen checks that Find finds nothing in a word MayOpen refuses.
func FuzzMayOpen(f *testing.F) {
	g, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"RCM", "OIM", "ACNUR", "RCMRNCOM", "rcm", "Mexico", "MEXICO", "ACUERDOS", "IOM2", "EE.UU", "", "Belice", "the"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !g.MayOpen(s) && len(g.Find(s)) > 0 {
			t.Fatalf("MayOpen(%q) = false, but Find finds %v", s, g.Find(s))
		}
	})
}
