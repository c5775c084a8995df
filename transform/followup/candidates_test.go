package followup

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// scanNode is one operator of DuckDB's EXPLAIN (FORMAT JSON).
type scanNode struct {
	Name     string         `json:"name"`
	Extra    map[string]any `json:"extra_info"`
	Children []scanNode     `json:"children"`
}

// scans lists the tables an EXPLAIN (FORMAT JSON) plan reads, with the
// filters pushed into each scan.
func scans(n scanNode, out map[string][]string) {
	if t, ok := n.Extra["Table"].(string); ok {
		f, _ := json.Marshal(n.Extra["Filters"])
		out[t] = append(out[t], string(f))
	}
	for _, c := range n.Children {
		scans(c, out)
	}
}

// TestSpanQueriesReadOnlyTheWindow checks that the queries run for each span
// read only scratch tables, and the archive-wide ones (fu_w_*) only by the
// numbers of the span's window: a join with the whole archive's agreements,
// mentions or meetings, run once per span, made the matcher's time grow as
// spans × archive.
func TestSpanQueriesReadOnlyTheWindow(t *testing.T) {
	db := openDB(t)
	synthetic(12, 3).load(t, db)
	ctx := context.Background()
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	for _, q := range []string{sqlWindow, sqlScope, sqlTodo, sqlTerms} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name, sql string
		args      []any
	}{
		{"candidates", sqlCandidates, []any{10, 40, 2, 5}},
		{"agreements", sqlRangeAgreements, []any{10, 40}},
		{"clauses", sqlRangeClauses, []any{10, 40, true}},
		{"mentions", sqlRangeMentions, []any{10, 40}},
		{"commitments", sqlRangeCommitments, []any{2, 5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var kind, plan string
			if err := conn.QueryRowContext(ctx, "EXPLAIN (FORMAT JSON) "+tt.sql, tt.args...).Scan(&kind, &plan); err != nil {
				t.Fatal(err)
			}
			var roots []scanNode
			if err := json.Unmarshal([]byte(plan), &roots); err != nil {
				t.Fatal(err)
			}
			read := map[string][]string{}
			for _, r := range roots {
				scans(r, read)
			}
			if len(read) == 0 {
				t.Fatalf("no table scans found in the plan: %s", plan)
			}
			for table, filters := range read {
				name := table[strings.LastIndex(table, ".")+1:]
				if !strings.HasPrefix(name, "fu_") {
					t.Errorf("reads %s, a table of the whole archive", table)
					continue
				}
				if !strings.HasPrefix(name, "fu_w_") {
					continue // filled for this span only
				}
				for _, f := range filters {
					if !strings.Contains(f, "ord") && !strings.Contains(f, "pos") {
						t.Errorf("reads %s without a filter on the window's numbers (filters %s)", table, f)
					}
				}
			}
		})
	}
}
