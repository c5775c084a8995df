package sqlshell

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// decodeOne parses out as exactly one JSON value, keeping numbers as text.
func decodeOne(t *testing.T, out string) any {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(out))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if _, err := dec.Token(); err != io.EOF {
		t.Fatalf("output holds more than one JSON value:\n%s", out)
	}
	return v
}

func TestRunJSON(t *testing.T) {
	db := openDB(t, `
		CREATE TABLE m(id VARCHAR, d DATE, amount DECIMAL(10,2), big HUGEINT, tags VARCHAR[], note VARCHAR);
		INSERT INTO m VALUES
			('a', DATE '2017-11-29', 12.50, 170141183460469231731687303715884105727, ['x', 'y'], 'Conferencia Regional sobre Migración — 日本'),
			('b', NULL, NULL, NULL, NULL, NULL);`)
	type obj = map[string]any
	num := func(s string) json.Number { return json.Number(s) }
	tests := []struct {
		name  string
		query string
		want  any
	}{
		{"zero rows", "SELECT * FROM m WHERE false", []any{}},
		{"no statement", "-- nothing\n", []any{}},
		{"only changes", "CREATE TEMP TABLE x(a INT); INSERT INTO x VALUES (1)", []any{}},
		{"several statements", "SELECT 1 AS n; SELECT 2 AS n, 'two' AS s", []any{obj{"n": num("1")}, obj{"n": num("2"), "s": "two"}}},
		{"changes then query", "CREATE TEMP TABLE y(a INT); INSERT INTO y VALUES (7); SELECT a FROM y", []any{obj{"a": num("7")}}},
		{"nulls", "SELECT d, amount, big, tags, note FROM m WHERE id = 'b'", []any{obj{"d": nil, "amount": nil, "big": nil, "tags": nil, "note": nil}}},
		{"date", "SELECT d FROM m WHERE id = 'a'", []any{obj{"d": "2017-11-29"}}},
		{"decimal and hugeint", "SELECT amount, big FROM m WHERE id = 'a'", []any{obj{"amount": num("12.50"), "big": num("170141183460469231731687303715884105727")}}},
		{"list", "SELECT tags FROM m WHERE id = 'a'", []any{obj{"tags": []any{"x", "y"}}}},
		{"unicode", "SELECT note FROM m WHERE id = 'a'", []any{obj{"note": "Conferencia Regional sobre Migración — 日本"}}},
		{"struct and map", "SELECT {'b': 1, 'a': [DATE '2020-01-02']} AS s, MAP {'k': 2.5} AS m", []any{obj{"s": obj{"b": num("1"), "a": []any{"2020-01-02"}}, "m": obj{"k": num("2.5")}}}},
		{"timestamp, bool, double", "SELECT TIMESTAMP '2024-01-02 03:04:05' AS ts, true AS ok, 0.25::DOUBLE AS f", []any{obj{"ts": "2024-01-02 03:04:05", "ok": true, "f": num("0.25")}}},
		{"duplicate names", "SELECT 1 AS a, 2 AS a", []any{obj{"a": num("1"), "a_1": num("2")}}},
		{"control characters", "SELECT 'tab\tquote\"back\\' || chr(1) AS s", []any{obj{"s": "tab\tquote\"back\\\x01"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := decodeOne(t, run(t, db, tt.query, FormatJSON))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %#v\nwant %#v", got, tt.want)
			}
		})
	}
}

func TestRunJSONStructOrder(t *testing.T) {
	db := openDB(t, "")
	got := run(t, db, "SELECT {'zeta': 1, 'alpha': 2} AS s", FormatJSON)
	if want := "[\n{\"s\":{\"zeta\":1,\"alpha\":2}}\n]\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestRunTableGolden(t *testing.T) {
	db := openDB(t, `
		CREATE TABLE agreements(agreement_id VARCHAR, year INTEGER, action VARCHAR, score DECIMAL(4,2), due DATE, mentions VARCHAR[]);
		INSERT INTO agreements VALUES
			('3fa2c1d09e8b7a61-001', 2017, 'thank', 0.50, DATE '2018-06-30', ['OIM', 'ACNUR']),
			('3fa2c1d09e8b7a61-002', 2017, 'request', 10.25, NULL, []),
			('3fa2c1d09e8b7a61-003', NULL, 'entrust', NULL, DATE '2019-01-01', ['Guatemala — 日本語', NULL]),
			('3fa2c1d09e8b7a61-004', 2018, 'Encomendar a la Presidencia Pro Tempore que elabore una propuesta de lineamientos regionales', 1.00, NULL, NULL);`)
	got := run(t, db, "SELECT * FROM agreements ORDER BY agreement_id; SELECT agreement_id FROM agreements WHERE false; SELECT 'línea 1\nlínea 2' AS s", FormatTable)
	golden := filepath.Join("testdata", "table.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("table output differs from %s (run with -update to accept):\n%s", golden, got)
	}
}

func TestRunTableAligned(t *testing.T) {
	db := openDB(t, "")
	got := run(t, db, "SELECT * FROM (VALUES ('ñandú', 1), ('日本語テキスト', 22), ('e\u0301', 333)) AS t(word, n)", FormatTable)
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	boxed := lines[:len(lines)-1]
	for _, line := range boxed {
		if textWidth(line) != textWidth(boxed[0]) {
			t.Errorf("line %q is %d columns wide, want %d", line, textWidth(line), textWidth(boxed[0]))
		}
	}
	if last := lines[len(lines)-1]; last != "3 rows" {
		t.Errorf("footer = %q, want 3 rows", last)
	}
}

func TestRunCSV(t *testing.T) {
	db := openDB(t, "")
	got := run(t, db, `SELECT 'plain' AS a, 'with, comma' AS b, 'say "hi"' AS c, 'two
lines' AS d, NULL AS e, DATE '2020-02-29' AS f, 1.50::DECIMAL(5,2) AS g; SELECT 1 AS x`, FormatCSV)
	parts := strings.SplitN(got, "\n\n", 2)
	if len(parts) != 2 {
		t.Fatalf("want two results separated by a blank line, got:\n%s", got)
	}
	recs, err := csv.NewReader(strings.NewReader(parts[0])).ReadAll()
	if err != nil {
		t.Fatalf("first result is not CSV: %v\n%s", err, parts[0])
	}
	want := [][]string{
		{"a", "b", "c", "d", "e", "f", "g"},
		{"plain", "with, comma", `say "hi"`, "two\nlines", "", "2020-02-29", "1.50"},
	}
	if !reflect.DeepEqual(recs, want) {
		t.Errorf("got %q, want %q", recs, want)
	}
	if !strings.Contains(parts[0], `"say ""hi"""`) {
		t.Errorf("quotes not doubled inside a quoted field:\n%s", parts[0])
	}
	if parts[1] != "x\n1\n" {
		t.Errorf("second result = %q", parts[1])
	}
}

func TestRunErrors(t *testing.T) {
	db := openDB(t, "")
	tests := []struct {
		name, query string
		format      Format
		want        string
	}{
		{"bad sql", "SELECT FROM WHERE", FormatJSON, "sql:"},
		{"second statement", "SELECT 1; SELECT * FROM missing_table", FormatTable, "statement 2 of 2"},
		{"unknown format", "SELECT 1", Format("xml"), "unknown format"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			err := Run(context.Background(), db, tt.query, tt.format, &out)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Run(%q) error = %v, want it to mention %q", tt.query, err, tt.want)
			}
		})
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]Format{"table": FormatTable, "CSV": FormatCSV, " json ": FormatJSON} {
		if got, err := ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseFormat("yaml"); err == nil {
		t.Error("ParseFormat(yaml) gave no error")
	}
}

// benchSetup makes the 100,000-row table the benchmarks read.
const benchSetup = `CREATE TABLE t AS
	SELECT i AS id, 'agreement ' || i AS name, DATE '2000-01-01' + (i % 9000)::INTEGER AS d,
	       (i % 1000)::DECIMAL(8,2) / 7 AS amount, i / 3.0 AS ratio, i % 2 = 0 AS even
	FROM range(100000) r(i)`

func BenchmarkRunJSON(b *testing.B) {
	db := openDB(b, benchSetup)
	ctx := context.Background()
	for b.Loop() {
		if err := Run(ctx, db, "SELECT * FROM t", FormatJSON, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScanBaseline reads the same rows through database/sql without
// printing them, as the floor BenchmarkRunJSON is compared with.
func BenchmarkScanBaseline(b *testing.B) {
	db := openDB(b, benchSetup)
	for b.Loop() {
		rows, err := db.Query("SELECT * FROM t")
		if err != nil {
			b.Fatal(err)
		}
		vals := make([]any, 6)
		ptrs := make([]any, 6)
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				b.Fatal(err)
			}
		}
		rows.Close()
	}
}

func TestRunStatementKinds(t *testing.T) {
	db := openDB(t, "CREATE TABLE m(id INTEGER, name VARCHAR); INSERT INTO m VALUES (1, 'a'), (2, 'b');")
	tests := []struct {
		query string
		rows  int
	}{
		{"DESCRIBE m", 2},
		{"SHOW TABLES", 1},
		{"PRAGMA table_info('m')", 2},
		{"SUMMARIZE m", 2},
		{"FROM m", 2},
		{"EXPLAIN SELECT * FROM m", 1},
		{"INSERT INTO m VALUES (3, 'c') RETURNING id", 1},
		{"UPDATE m SET name = 'z' WHERE id = 3", 0},
		{"DELETE FROM m WHERE id = 3", 0},
		{"CREATE TEMP TABLE n AS SELECT * FROM m", 0},
		{"BEGIN; DROP TABLE n; COMMIT", 0},
		{"SET threads = 1", 0},
		{"WITH x AS (SELECT 1 AS a) SELECT * FROM x", 1},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got, ok := decodeOne(t, run(t, db, tt.query, FormatJSON)).([]any)
			if !ok || len(got) != tt.rows {
				t.Errorf("%s printed %d rows, want %d: %v", tt.query, len(got), tt.rows, got)
			}
		})
	}
}
