package deadline

import (
	"os"
	"strings"
	"testing"

	"actas/ingest/gazetteer"
)

// TestFindEnds checks the last day due that Find gives each clause of
// testdata/ends.txt (meeting|lang|end|text): the deadline habits issue 10
// lists, written again in wordings of our own, some kept out of sight until
// the rules were done.
func TestFindEnds(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	in, err := os.ReadFile("testdata/ends.txt")
	if err != nil {
		t.Fatal(err)
	}
	for n, line := range strings.Split(strings.TrimSpace(string(in)), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.SplitN(line, "|", 4)
		if len(f) != 4 {
			t.Fatalf("ends.txt:%d: want meeting|lang|end|text", n+1)
		}
		d, ok := Find(f[3], date(f[0]), f[1], g)
		got := ""
		if ok && !d.End.IsZero() {
			got = d.End.Format("2006-01-02")
		}
		if got != f[2] {
			t.Errorf("ends.txt:%d: Find(%q, %s) = %q (%q), want %q", n+1, f[3], f[0], got, d.Text, f[2])
		}
	}
}
