package main

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	_ "github.com/duckdb/duckdb-go/v2"
)

// TestShardsMergeToOneIngest ingests an archive once, and again as three
// shards writing a Parquet lake that one transform reads: every raw and
// public table holds the same rows either way, a copy of a report at a
// second path, a file that fails and a file skipped included (ingest_errors,
// ingest_skipped). Importing the lake a second time changes no row.
func TestShardsMergeToOneIngest(t *testing.T) {
	dir := t.TempDir()
	archive := filepath.Join(dir, "archive")
	var files []string
	for _, sub := range []string{"series-dev-2", "heldout-en"} {
		names, _ := filepath.Glob(filepath.Join("testdata", sub, "*.txt"))
		files = append(files, names...)
	}
	files = append(files, "testdata/crm-rfepc-2017-11-27.es.pdf", "testdata/rcgm-managua-2014-11.en.txt")
	os.MkdirAll(filepath.Join(archive, "copies"), 0o755)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(archive, filepath.Base(f)), b, 0o644)
		if strings.Contains(f, "managua") {
			os.WriteFile(filepath.Join(archive, "copies", filepath.Base(f)), b, 0o644)
		}
	}
	os.WriteFile(filepath.Join(archive, "broken.pdf"), []byte("%PDF-1.4 truncated"), 0o644)
	os.WriteFile(filepath.Join(archive, "notes.md"), []byte("# not a report"), 0o644)

	one := filepath.Join(dir, "one.duckdb")
	if _, stderr, code := actas(t, "", "ingest", "--db", one, archive); code != 1 {
		t.Fatalf("ingest: exit %d, want 1 (one broken file)\n%s", code, stderr)
	}
	lake := filepath.Join(dir, "lake")
	loaded := 0
	for k := range 3 {
		shard := filepath.Join(dir, fmt.Sprintf("shard%d.duckdb", k))
		_, stderr, code := actas(t, "", "ingest", "--db", shard, "--shard", fmt.Sprintf("%d/3", k), "--out-parquet", lake, archive)
		if code > 1 || !strings.Contains(stderr, "wrote shard-") {
			t.Fatalf("shard %d: exit %d\n%s", k, code, stderr)
		}
		var n int
		fmt.Sscanf(stderr[strings.Index(stderr, "ingest run"):], "ingest run 1: %d files", &n)
		loaded += n
	}
	if loaded != len(files)+2 {
		t.Errorf("the shards saw %d files, want %d", loaded, len(files)+2)
	}
	merged := filepath.Join(dir, "merged.duckdb")
	for round := range 2 {
		if _, stderr, code := actas(t, "", "transform", "--db", merged, "--from-parquet", lake); code != 0 {
			t.Fatalf("transform --from-parquet (import %d): exit %d\n%s", round+1, code, stderr)
		}
		a, b := openDB(t, one), openDB(t, merged)
		tables := tablesOf(t, a)
		if len(tables) < 15 || !slices.Contains(tables, "main.ingest_errors") || !slices.Contains(tables, "main.ingest_skipped") {
			t.Fatalf("only %d tables: %v", len(tables), tables)
		}
		for _, table := range tables {
			ra, rb := rowsOf(t, a, table), rowsOf(t, b, table)
			if !slices.Equal(ra, rb) {
				t.Errorf("import %d: %s: %d rows from one ingest, %d from the shards; first that differ:\n%q\n%q",
					round+1, table, len(ra), len(rb), firstDiff(ra, rb), firstDiff(rb, ra))
			}
		}
		for table, want := range map[string]int{"ingest_errors": 1, "ingest_skipped": 1} {
			var n int
			b.QueryRow("select count(*) from " + table).Scan(&n)
			if n != want {
				t.Errorf("import %d: %s has %d rows, want %d", round+1, table, n, want)
			}
		}
		a.Close()
		b.Close()
	}
}

// openDB opens a DuckDB file read-only.
func openDB(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("duckdb", path+"?access_mode=read_only")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// tablesOf lists the base tables of the raw and public schemas, but the
// records of runs, whose ids and times differ from run to run.
func tablesOf(t *testing.T, db *sql.DB) []string {
	t.Helper()
	rs, err := db.Query(`select table_schema || '.' || table_name from information_schema.tables
		where table_schema in ('main', 'raw') and table_type = 'BASE TABLE'
		and table_name not in ('ingest_runs', 'schema_version') order by 1`)
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	var out []string
	for rs.Next() {
		var s string
		rs.Scan(&s)
		out = append(out, s)
	}
	return out
}

// rowsOf returns the rows of table as sorted text, without timestamps and
// run ids, doubles to 9 digits.
func rowsOf(t *testing.T, db *sql.DB, table string) []string {
	t.Helper()
	schema, name, _ := strings.Cut(table, ".")
	var cols []string
	rs, err := db.Query(`select column_name from information_schema.columns where table_schema = ? and table_name = ?
		and data_type not like 'TIMESTAMP%' and column_name not in ('run_id') order by ordinal_position`, schema, name)
	if err != nil {
		t.Fatal(err)
	}
	for rs.Next() {
		var c string
		rs.Scan(&c)
		cols = append(cols, `"`+c+`"`)
	}
	rs.Close()
	q := fmt.Sprintf(`select %s from %s`, strings.Join(cols, ", "), table)
	rs, err = db.Query(q)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rs.Close()
	var out []string
	for rs.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rs.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		for i, v := range vals { // sums of scores may differ in the last bit with row order
			if f, ok := v.(float64); ok {
				vals[i] = fmt.Sprintf("%.9g", f)
			}
		}
		out = append(out, fmt.Sprint(vals...))
	}
	slices.Sort(out)
	return out
}

// firstDiff is the first of rows not in others, or "".
func firstDiff(rows, others []string) string {
	for _, r := range rows {
		if _, found := slices.BinarySearch(others, r); !found {
			return r
		}
	}
	return ""
}
