package deadline

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"actas/ingest/gazetteer"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestFindGolden runs Find over the clauses of testdata/clauses.txt
// (meeting|lang|text) and compares the results with testdata/clauses.golden.
func TestFindGolden(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	in, err := os.ReadFile("testdata/clauses.txt")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for n, line := range strings.Split(strings.TrimSpace(string(in)), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.SplitN(line, "|", 3)
		if len(f) != 3 {
			t.Fatalf("clauses.txt:%d: want meeting|lang|text", n+1)
		}
		text := strings.ReplaceAll(f[2], `\n`, "\n")
		d, ok := Find(text, date(f[0]), f[1], g)
		switch {
		case !ok:
			fmt.Fprintf(&b, "%d\tnone\n", n+1)
		case d.Relative:
			fmt.Fprintf(&b, "%d\tnext meeting of %q\t%q\n", n+1, d.NextMeetingOf, d.Text)
		default:
			fmt.Fprintf(&b, "%d\t%s..%s\t%q\n", n+1, d.Start.Format("2006-01-02"), d.End.Format("2006-01-02"), d.Text)
		}
	}
	if *update {
		if err := os.WriteFile("testdata/clauses.golden", []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("testdata/clauses.golden")
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("results differ from clauses.golden:\ngot:\n%s\nwant:\n%s", got, want)
	}
}
