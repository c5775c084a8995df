package textsim

import (
	"os"
	"strings"
	"testing"
)

func TestHelpers(t *testing.T) {
	if got := Markers("1. a\n - a. b\n  ii) c\nx. y\nno 3. here"); strings.Join(got, ",") != "1,a,ii,x" {
		t.Errorf("markers = %v", got)
	}
	if s := Similarity("1) Agradecer a la OIM", "1. Agradecer a la OIT"); s != 0.8 {
		t.Errorf("similarity = %v, want 0.8", s)
	}
	rfepc, err := os.ReadFile("../../htmltext/testdata/crm-rfepc-2017-11-27.es.txt")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(Markers(string(rfepc))); n != 21 {
		t.Errorf("rfepc markers = %d, want 21", n)
	}
}
