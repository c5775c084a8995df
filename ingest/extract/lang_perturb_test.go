package extract

import (
	"sort"
	"testing"
)

// TestLangPerturbed scores the reports of testdata/lang/perturb as written
// and as each perturbation mangles them: every aspect of every variant must
// score within 0.02 of the plain text, which must score 1.0.
func TestLangPerturbed(t *testing.T) {
	const dir = "testdata/lang/perturb"
	plain, misses := corpusScores(t, dir)
	for _, m := range misses {
		t.Log("plain", m)
	}
	keys := make([]string, 0, len(plain))
	for k := range plain {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if s := plain[k]; s.tp+s.fp+s.fn > 0 && s.f1() < 1 {
			t.Errorf("plain: %s f1 %.3f below 1.0", k, s.f1())
		}
	}
	for _, p := range perturbations {
		sc, misses := corpusScores(t, dir, p.fn)
		for _, m := range misses {
			t.Log(p.name, m)
		}
		for _, k := range keys {
			s := sc[k]
			if s.tp+s.fp+s.fn == 0 {
				continue
			}
			if f, want := s.f1(), plain[k].f1(); f < want-0.02 {
				t.Errorf("%s: %s f1 %.3f, plain %.3f", p.name, k, f, want)
			}
		}
	}
}
