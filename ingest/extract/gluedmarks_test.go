package extract

import "testing"

// TestUnglueMarkers checks the space put after a marker run into its word,
// and that every position of the result maps back to the same character.
func TestUnglueMarkers(t *testing.T) {
	cases := []struct{ in, want string }{
		{"ACORDARON: 1.Aprobar el informe. 2.Adoptar el plan.", "ACORDARON: 1. Aprobar el informe. 2. Adoptar el plan."},
		{"2)With the support of IOM:\n(a)To take note", "2) With the support of IOM:\n(a) To take note"},
		{"the XV RCM.4)To instruct the TS", "the XV RCM. 4) To instruct the TS"},
		{"by January 31, 2005.3. Concerning the Plan:", "by January 31, 2005. 3. Concerning the Plan:"},
		{"held in June 2004.8. To urge the countries", "held in June 2004. 8. To urge the countries"},
		{"version 2.3. The text and ratio 1.5) A", "version 2.3. The text and ratio 1.5) A"},
		{"4.-Con relación a la Estrategia:", "4.- Con relación a la Estrategia:"},
		{"   b.-Solicitar a la OIM", "   b.- Solicitar a la OIM"},
		{"B.-To take note of the statistics", "B.- To take note of the statistics"},
		{"C)Agradecer a Panamá", "C) Agradecer a Panamá"},
		{"I.SOBRE LA TRATA\na)Agradecer a Panamá", "I. SOBRE LA TRATA\na) Agradecer a Panamá"},
		{"1. Aprobar. U.S.A. and the 2.5 ratio; art.5 of Res.1/2010", "1. Aprobar. U.S.A. and the 2.5 ratio; art.5 of Res.1/2010"},
		{"Sr. J.Pérez and Annex I.Title", "Sr. J.Pérez and Annex I.Title"},
		{"contenidas en el;APROBAR el Plan; ENCOMENDAR", "contenidas en el; APROBAR el Plan; ENCOMENDAR"},
		{"la sigla;OIM y el;ST", "la sigla;OIM y el;ST"},
		{"ACORDARON:1. Aprobar el informe. The Group agreed:a) To thank", "ACORDARON: 1. Aprobar el informe. The Group agreed: a) To thank"},
		{"a las 10:30. La reunión; Nota:ver anexo; http://x.org", "a las 10:30. La reunión; Nota:ver anexo; http://x.org"},
	}
	for _, c := range cases {
		rl := unglueMarkers(c.in)
		if rl.text != c.want {
			t.Errorf("unglueMarkers(%q) = %q, want %q", c.in, rl.text, c.want)
			continue
		}
		for p := 0; p < len(rl.text); p++ {
			if rl.text[p] == ' ' {
				continue // an inserted space maps to the letter after it
			}
			if o := rl.orig(p); c.in[o] != rl.text[p] {
				t.Errorf("%q: position %d (%q) maps to %d (%q)", c.in, p, rl.text[p], o, c.in[o])
				break
			}
		}
	}
}

// FuzzUnglueMarkers checks that unglueMarkers only inserts spaces, each
// after a mark or a full stop, and that every other byte maps back to
// itself.
func FuzzUnglueMarkers(f *testing.F) {
	for _, s := range []string{"ACORDARON: 1.Aprobar el informe. 2.Adoptar", "(a)To take", "2005.3. Concerning", "4.-Con", "RCM.4)To", "I.SOBRE", "", "1.", ".1", "a)É"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		rl := unglueMarkers(s)
		if len(rl.text)-len(s) != len(rl.at) {
			t.Fatalf("%q: %d bytes inserted, %d insertions", s, len(rl.text)-len(s), len(rl.at))
		}
		for p := 0; p < len(rl.text); p++ {
			if o := rl.orig(p); o < 0 || o > len(s) {
				t.Fatalf("%q: position %d maps to %d", s, p, o)
			}
		}
		for _, a := range rl.at {
			if rl.text[a-1] != ' ' {
				t.Fatalf("%q: insertion before %d is %q, not a space", s, a, rl.text[a-1])
			}
		}
	})
}
