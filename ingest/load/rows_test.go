package load

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestBuildRowsGolden(t *testing.T) {
	doc := testDoc("/a/report.txt", "report one")
	rows := buildRows(doc.SHA256[:16], doc, testReport())
	var b strings.Builder
	for _, tb := range rows.tables() {
		fmt.Fprintf(&b, "## %s\n", tb.name)
		for _, r := range tb.rows {
			parts := make([]string, len(r))
			for i, v := range r {
				switch v := v.(type) {
				case nil:
					parts[i] = "NULL"
				case time.Time:
					parts[i] = v.Format(time.RFC3339)
				default:
					parts[i] = fmt.Sprintf("%q", fmt.Sprint(v))
				}
			}
			b.WriteString(strings.Join(parts, ",") + "\n")
		}
	}
	const path = "testdata/rows.golden"
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update)", err)
	}
	if b.String() != string(want) {
		t.Errorf("rows differ from %s (run with -update after checking):\n%s", path, b.String())
	}
}
