package transform

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strings"
	"testing"
)

// goldenTables are dumped, sorted, into testdata/archive.golden.
var goldenTables = []string{"years", "fact_commitments", "participation_by_country_year", "agreements_by_action_year",
	"mentions_by_organisation_year", "commitments_by_responsible_year", "follow_through_by_year"}

func TestArchiveGolden(t *testing.T) {
	s := openStore(t)
	a := buildArchive(t, s)
	fu := fixedFollowup([3]string{a.m1 + "-002-1", "fulfilled", a.m2 + "-001"}, [3]string{a.m1 + "-003-1", "overdue", ""})
	if _, err := Run(context.Background(), s.DB(), Options{Reference: testRef, Followup: fu}); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, tb := range goldenTables {
		fmt.Fprintf(&b, "## %s\n", tb)
		dumpTable(t, s.DB(), &b, tb)
	}
	const path = "testdata/archive.golden"
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
		t.Errorf("marts differ from %s (run with -update after checking):\n%s", path, b.String())
	}
}

// dumpTable writes every row of table as a sorted line of values.
func dumpTable(t *testing.T, db *sql.DB, b *strings.Builder, table string) {
	t.Helper()
	rs, err := db.Query(fmt.Sprintf("select columns(*)::varchar from %s order by all", table))
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	cols, _ := rs.Columns()
	b.WriteString(strings.Join(cols, ",") + "\n")
	for rs.Next() {
		vals := make([]sql.NullString, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rs.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		parts := make([]string, len(cols))
		for i, v := range vals {
			parts[i] = v.String
			if !v.Valid {
				parts[i] = "NULL"
			}
		}
		b.WriteString(strings.Join(parts, ",") + "\n")
	}
}
