package export

import (
	"context"
	"database/sql"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	_ "github.com/duckdb/duckdb-go/v2"
)

var update = flag.Bool("update", false, "rewrite golden files")

const setupSQL = `
CREATE TABLE meetings(meeting_id VARCHAR, body_id VARCHAR, start_date DATE, city VARCHAR);
COMMENT ON TABLE meetings IS 'One row per meeting.';
INSERT INTO meetings VALUES
	('m1', 'rcm', DATE '2017-11-29', 'San Salvador'),
	('m2', 'rcm', DATE '2018-06-12', 'Ciudad de Panamá'),
	('m3', 'crocalc', DATE '2018-11-20', NULL),
	('m4', 'rcm', NULL, 'Tegucigalpa');
CREATE TABLE agreements(agreement_id VARCHAR, meeting_id VARCHAR, year INTEGER, action VARCHAR,
	score DECIMAL(5,2), mentions VARCHAR[], info STRUCT(n INTEGER, note VARCHAR), due TIMESTAMP, ok BOOLEAN, share DOUBLE);
COMMENT ON TABLE agreements IS 'One row per agreement.';
INSERT INTO agreements VALUES
	('m1-001', 'm1', 2017, 'thank', 1.50, ['OIM', 'ACNUR'], {'n': 1, 'note': 'á'}, TIMESTAMP '2018-01-01 10:00:00', true, 0.5),
	('m1-002', 'm1', 2017, 'request', NULL, [], NULL, NULL, false, NULL),
	('m2-001', 'm2', 2018, 'entrust', 99.99, ['Guatemala', NULL], {'n': NULL, 'note': 'x'}, NULL, NULL, 1e-3),
	('m4-001', 'm4', NULL, 'agree', 0.01, NULL, NULL, NULL, true, 2.0);
CREATE TABLE countries(iso3 VARCHAR, name_es VARCHAR);
INSERT INTO countries VALUES ('GTM', 'Guatemala'), ('MEX', 'México');
CREATE TABLE years(year INTEGER);
INSERT INTO years VALUES (2017), (2018);
CREATE TABLE fact_mentions(agreement_id VARCHAR, year INTEGER);
CREATE TABLE extra_mart(k VARCHAR, n BIGINT);
COMMENT ON TABLE extra_mart IS 'A documented table not in the list.';
INSERT INTO extra_mart VALUES ('a', 1);
CREATE VIEW agreements_by_action_year AS SELECT year, action, count(*) AS agreements FROM agreements GROUP BY ALL;
CREATE TABLE raw_agreements(agreement_id VARCHAR);
INSERT INTO raw_agreements VALUES ('not exported');
`

// openDB opens a DuckDB file in a temporary directory holding the test tables.
func openDB(t testing.TB) *sql.DB {
	t.Helper()
	db, err := sql.Open("duckdb", filepath.Join(t.TempDir(), "actas.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Exec(setupSQL); err != nil {
		t.Fatalf("setup: %v", err)
	}
	return db
}

// count returns the single integer a query gives.
func count(t *testing.T, db *sql.DB, query string) int {
	t.Helper()
	var n int
	if err := db.QueryRow(query).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

// relative returns files relative to dir, with forward slashes.
func relative(t *testing.T, dir string, files []string) []string {
	t.Helper()
	var rel []string
	for _, f := range files {
		r, err := filepath.Rel(dir, f)
		if err != nil {
			t.Fatal(err)
		}
		rel = append(rel, filepath.ToSlash(r))
	}
	return rel
}

// checkGolden compares got with testdata/name, rewriting it with -update.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("%s differs (run with -update to accept):\n%s", path, got)
	}
}

func TestTables(t *testing.T) {
	db := openDB(t)
	tables, err := Tables(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tb := range tables {
		got = append(got, tb.Name+" "+tb.Partition)
	}
	want := []string{
		`meetings year("start_date")`, `agreements "year"`, "countries ", "years ",
		`fact_mentions "year"`, `agreements_by_action_year "year"`, "extra_mart ",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Tables = %q, want %q", got, want)
	}
}

func TestExportParquet(t *testing.T) {
	db := openDB(t)
	out := filepath.Join(t.TempDir(), "export")
	files, err := Export(context.Background(), db, FormatParquet, out)
	if err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "parquet_files.golden", strings.Join(relative(t, out, files), "\n")+"\n")
	for _, f := range files {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("listed file missing: %v", err)
		}
	}
	read := func(table string) string {
		return "read_parquet('" + filepath.Join(out, table, "**", "*.parquet") + "', hive_partitioning = true)"
	}
	tests := []struct {
		name, table, cols string
	}{
		{"year column", "agreements", "agreement_id, meeting_id, year, action, score, mentions, info, due, ok, share"},
		{"start_date", "meetings", "meeting_id, body_id, start_date, city"},
		{"unpartitioned", "countries", "iso3, name_es"},
		{"view", "agreements_by_action_year", "year, action, agreements"},
		{"documented", "extra_mart", "k, n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := count(t, db, "SELECT count(*) FROM "+read(tt.table)), count(t, db, "SELECT count(*) FROM "+tt.table); got != want {
				t.Errorf("%s: %d rows read back, want %d", tt.table, got, want)
			}
			diff := "SELECT count(*) FROM ((SELECT " + tt.cols + " FROM " + tt.table + " EXCEPT ALL SELECT " + tt.cols + " FROM " + read(tt.table) +
				") UNION ALL (SELECT " + tt.cols + " FROM " + read(tt.table) + " EXCEPT ALL SELECT " + tt.cols + " FROM " + tt.table + "))"
			if n := count(t, db, diff); n != 0 {
				t.Errorf("%s: %d rows differ after the round trip", tt.table, n)
			}
		})
	}
	if n := count(t, db, "SELECT count(*) FROM "+read("agreements")+" WHERE year IS NULL AND agreement_id = 'm4-001'"); n != 1 {
		t.Errorf("the row with a NULL year did not come back with a NULL year")
	}
	if n := count(t, db, "SELECT count(*) FROM "+read("meetings")+" WHERE year = 2018"); n != 2 {
		t.Errorf("meetings in year=2018: %d, want 2", n)
	}
	if n := count(t, db, "SELECT count(*) FROM "+read("fact_mentions")); n != 0 {
		t.Errorf("empty table read back with %d rows", n)
	}
	var typ string
	if err := db.QueryRow("SELECT typeof(score) || ' ' || typeof(mentions) || ' ' || typeof(due) FROM " + read("agreements") + " LIMIT 1").Scan(&typ); err != nil {
		t.Fatal(err)
	}
	if typ != "DECIMAL(5,2) VARCHAR[] TIMESTAMP" {
		t.Errorf("types read back = %s", typ)
	}
}

func TestExportReplacesEarlierExport(t *testing.T) {
	db := openDB(t)
	out := t.TempDir()
	ctx := context.Background()
	if _, err := Export(ctx, db, FormatParquet, out); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("DELETE FROM agreements WHERE year = 2017"); err != nil {
		t.Fatal(err)
	}
	if _, err := Export(ctx, db, FormatParquet, out); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(out, "agreements", "year=2017")); !os.IsNotExist(err) {
		t.Errorf("stale partition year=2017 left behind (stat: %v)", err)
	}
	leftovers, _ := filepath.Glob(filepath.Join(out, ".export-*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary folders left: %v", leftovers)
	}
}

func TestExportCSVAndJSON(t *testing.T) {
	db := openDB(t)
	tests := []struct {
		format Format
		file   string
		read   string
	}{
		{FormatCSV, "agreements/agreements.csv", "read_csv('%s', header = true)"},
		{FormatJSON, "agreements/agreements.jsonl", "read_json('%s', format = 'newline_delimited')"},
	}
	for _, tt := range tests {
		t.Run(string(tt.format), func(t *testing.T) {
			out := t.TempDir()
			files, err := Export(context.Background(), db, tt.format, out)
			if err != nil {
				t.Fatal(err)
			}
			if rel := relative(t, out, files); !slices.Contains(rel, tt.file) || len(rel) != 7 {
				t.Fatalf("files = %q", rel)
			}
			src := strings.Replace(tt.read, "%s", filepath.Join(out, tt.file), 1)
			if n := count(t, db, "SELECT count(*) FROM "+src); n != 4 {
				t.Errorf("read back %d rows, want 4", n)
			}
			var action string
			var score float64
			if err := db.QueryRow("SELECT action, score FROM "+src+" WHERE agreement_id = 'm2-001'").Scan(&action, &score); err != nil {
				t.Fatal(err)
			}
			if action != "entrust" || score != 99.99 {
				t.Errorf("m2-001 read back as %s %v", action, score)
			}
		})
	}
}

func TestExportErrors(t *testing.T) {
	db := openDB(t)
	ctx := context.Background()
	if _, err := Export(ctx, db, Format("xlsx"), t.TempDir()); err == nil || !strings.Contains(err.Error(), "xlsx") {
		t.Errorf("unknown format: err = %v", err)
	}
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o644)
	if _, err := Export(ctx, db, FormatParquet, file); err == nil || !strings.Contains(err.Error(), file) {
		t.Errorf("out dir is a file: err = %v", err)
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]Format{"parquet": FormatParquet, "CSV": FormatCSV, " json": FormatJSON} {
		if got, err := ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseFormat("xml"); err == nil {
		t.Error("ParseFormat(xml) gave no error")
	}
}
