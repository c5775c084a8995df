package extract

import (
	"sort"
	"testing"
)

// TestLinelessReports scores the reports of testdata/lineless as written,
// with their line breaks lost (oneline) and re-wrapped with hyphenation
// (rewrap): every aspect of each variant must score within 0.01 of the
// plain text, which must score 1.0. testdata/lineless/dev was used while
// the rules of relineate.go and annex.go were written; heldout was written
// before and run after them (its re-wrapped footer and header were then a
// miss, fixed since).
func TestLinelessReports(t *testing.T) {
	for _, dir := range []string{"testdata/lineless/dev", "testdata/lineless/heldout"} {
		plain, misses := corpusScores(t, dir)
		for _, m := range misses {
			t.Log(dir, "plain", m)
		}
		keys := make([]string, 0, len(plain))
		for k := range plain {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if s := plain[k]; s.tp+s.fp+s.fn > 0 && s.f1() < 1 {
				t.Errorf("%s plain: %s f1 %.3f below 1.0", dir, k, s.f1())
			}
		}
		for _, p := range perturbations[:2] { // oneline, rewrap
			sc, misses := corpusScores(t, dir, p.fn)
			for _, m := range misses {
				t.Log(dir, p.name, m)
			}
			for _, k := range keys {
				if s := sc[k]; s.tp+s.fp+s.fn > 0 && s.f1() < plain[k].f1()-0.01 {
					t.Errorf("%s %s: %s f1 %.3f, plain %.3f", dir, p.name, k, s.f1(), plain[k].f1())
				}
			}
		}
	}
}
