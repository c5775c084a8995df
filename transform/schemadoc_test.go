package transform

import (
	"context"
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite docs/schema.md and golden files")

// schemaPath is the generated schema documentation, kept in the repository.
const schemaPath = "../docs/schema.md"

func TestSchemaDocInSync(t *testing.T) {
	s := openStore(t)
	// The real reference data: docs/schema.md documents its columns.
	if _, err := Run(context.Background(), s.DB(), Options{}); err != nil {
		t.Fatal(err)
	}
	doc, err := SchemaDoc(context.Background(), s.DB())
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(schemaPath, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(schemaPath)
	if err != nil {
		t.Fatalf("%v (run go test ./transform -run TestSchemaDocInSync -update)", err)
	}
	if doc != string(want) {
		t.Errorf("docs/schema.md is out of date: run go test ./transform -run TestSchemaDocInSync -update")
	}
}

func TestEveryPublicColumnCommented(t *testing.T) {
	s := openStore(t)
	if _, err := Run(context.Background(), s.DB(), Options{}); err != nil {
		t.Fatal(err)
	}
	tables, err := publicTables(context.Background(), s.DB())
	if err != nil {
		t.Fatal(err)
	}
	for _, tb := range tables {
		if tb.comment == "" {
			t.Errorf("table %s has no comment", tb.name)
		}
		for _, c := range tb.columns {
			if c.comment == "" {
				t.Errorf("column %s.%s has no comment", tb.name, c.name)
			}
		}
	}
	for _, want := range []string{"meetings", "fact_participation", "follow_through_by_year", "documents"} {
		if !strings.Contains(strings.Join(names(tables), " "), want) {
			t.Errorf("public table %s missing from the schema", want)
		}
	}
	for _, n := range names(tables) {
		if strings.HasPrefix(n, "raw_") || strings.HasPrefix(n, "stg_") {
			t.Errorf("internal table %s documented as public", n)
		}
	}
}

// names lists the tables' names.
func names(ts []table) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.name
	}
	return out
}
