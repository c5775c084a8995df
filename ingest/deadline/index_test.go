package deadline

import (
	"reflect"
	"testing"
)

// TestByFirst checks that the phrases at reads from byFirst, those of the
// kind asked for, are each kind's phrases of that first token in order.
func TestByFirst(t *testing.T) {
	gr, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for kind, ix := range gr.kinds {
		for w, want := range ix {
			var got []phrase
			for _, p := range gr.byFirst[w] {
				if p.kind == kind {
					got = append(got, p)
				}
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s %q: byFirst gives %v, want %v", kind, w, got, want)
			}
			n += len(want)
		}
	}
	total := 0
	for _, list := range gr.byFirst {
		total += len(list)
	}
	if total != n {
		t.Errorf("byFirst holds %d phrases, the kinds %d", total, n)
	}
}
