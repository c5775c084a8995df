package transform

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// dataTest is an SQL assertion: a query that returns the rows violating it.
type dataTest struct {
	name string // layer/file without .sql
	sql  string
}

// dataTests returns the tests of a layer (staging or marts) in name order.
func dataTests(layer string) ([]dataTest, error) {
	dir := path.Join("tests", layer)
	entries, err := fs.ReadDir(sqlFS, dir)
	if err != nil {
		return nil, fmt.Errorf("tests %s: %w", layer, err)
	}
	var out []dataTest
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".sql") {
			continue
		}
		b, err := fs.ReadFile(sqlFS, path.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("test %s: %w", e.Name(), err)
		}
		out = append(out, dataTest{name: layer + "/" + strings.TrimSuffix(e.Name(), ".sql"), sql: trimSQL(string(b))})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out, nil
}

// TestFailure is a data test that found rows violating it.
type TestFailure struct {
	Test    string
	Rows    int
	Samples []string // up to 5 rows, "col=value, ..."
}

func (f *TestFailure) Error() string {
	return fmt.Sprintf("data test %s failed: %d row(s), e.g.\n  %s", f.Test, f.Rows, strings.Join(f.Samples, "\n  "))
}

// runTests runs every test and fails on the first that returns rows.
func runTests(ctx context.Context, tx *sql.Conn, ts []dataTest) error {
	for _, t := range ts {
		if err := t.run(ctx, tx); err != nil {
			return err
		}
	}
	return nil
}

// run returns a *TestFailure when the test's query returns rows.
func (t dataTest) run(ctx context.Context, tx *sql.Conn) error {
	var n int
	if err := tx.QueryRowContext(ctx, "select count(*) from ("+t.sql+")").Scan(&n); err != nil {
		return fmt.Errorf("data test %s: %w", t.name, err)
	}
	if n == 0 {
		return nil
	}
	samples, err := sampleRows(ctx, tx, "select * from ("+t.sql+") limit 5")
	if err != nil {
		return fmt.Errorf("data test %s: %w", t.name, err)
	}
	return &TestFailure{Test: t.name, Rows: n, Samples: samples}
}

// sampleRows formats the rows of q as "col=value, ..." lines.
func sampleRows(ctx context.Context, tx *sql.Conn, q string) ([]string, error) {
	rs, err := tx.QueryContext(ctx, q)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	cols, err := rs.Columns()
	if err != nil {
		return nil, err
	}
	var out []string
	for rs.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rs.Scan(ptrs...); err != nil {
			return nil, err
		}
		parts := make([]string, len(cols))
		for i, c := range cols {
			parts[i] = fmt.Sprintf("%s=%v", c, vals[i])
		}
		out = append(out, strings.Join(parts, ", "))
	}
	return out, rs.Err()
}
