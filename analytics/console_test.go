package analytics

import (
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// postSQL posts a console statement and decodes the answer.
func postSQL(t *testing.T, base, stmt string) (int, Result, string) {
	t.Helper()
	body, _ := json.Marshal(sqlRequest{SQL: stmt})
	resp, err := http.Post(base+"/api/sql", "application/json", strings.NewReader(string(body)))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var raw json.RawMessage
	if err := json.NewDecoder(resp.Body).Decode(&raw); err != nil {
		t.Fatal(err)
	}
	var res Result
	var e apiError
	json.Unmarshal(raw, &res)
	json.Unmarshal(raw, &e)
	return resp.StatusCode, res, e.Error
}

func TestConsole(t *testing.T) {
	_, ts := startServer(t, Options{RowCap: 5})
	tests := []struct {
		sql    string
		status int
		errHas string
		rows   int
	}{
		{"select count(*) AS n from meetings", 200, "", 1},
		{"SELECT * FROM range(3)", 200, "", 3},
		{"with x as (select 1 as a) select * from x", 200, "", 1},
		{"values (1), (2)", 200, "", 2},
		{"from meetings select meeting_id", 200, "", 5},
		{"describe meetings", 200, "", 5},
		{"show tables", 200, "", 5},
		{"summarize countries", 200, "", 4},
		{"explain select 1", 200, "", 1},
		{"select 'drop table x; attach' as s", 200, "", 1},
		{"select 1; select 2", 400, "exactly one statement", 0},
		{"select 1; drop table meetings", 400, "DROP", 0},
		{"insert into meetings (meeting_id) values ('x')", 400, "only SELECT", 0},
		{"create table x as select 1", 400, "only SELECT", 0},
		{"ATTACH '/tmp/x.duckdb' AS x", 400, "only SELECT", 0},
		{"install httpfs", 400, "only SELECT", 0},
		{"load httpfs", 400, "only SELECT", 0},
		{"set enable_external_access = true", 400, "only SELECT", 0},
		{"pragma version", 400, "only SELECT", 0},
		{"copy meetings to '/tmp/x.csv'", 400, "only SELECT", 0},
		{"export database '/tmp/x'", 400, "only SELECT", 0},
		{"call pragma_version()", 400, "only SELECT", 0},
		{"select * from read_csv('/etc/passwd')", 400, "read_csv", 0},
		{"select * from Read_Text ('/etc/passwd')", 400, "read_text", 0},
		{`select * from "read_blob"('/etc/passwd')`, 400, "read_blob", 0},
		{"select * from glob('/*')", 400, "glob", 0},
		{"select * from query('select 1')", 400, "query", 0},
		{"select * from '/etc/passwd'", 400, "", 0},
		{"select $$ ' $$, read_json('x')", 400, "read_json", 0},
		{"selec 1", 400, "not SELEC", 0},
		{"select 1 +", 400, "syntax error", 0},
		{"select * from nope", 400, "nope", 0},
		{"", 400, "no sql", 0},
	}
	for _, tt := range tests {
		t.Run(tt.sql, func(t *testing.T) {
			status, res, msg := postSQL(t, ts.URL, tt.sql)
			if status != tt.status {
				t.Fatalf("status %d, want %d (%s)", status, tt.status, msg)
			}
			if tt.status != 200 {
				if !strings.Contains(strings.ToLower(msg), strings.ToLower(tt.errHas)) {
					t.Errorf("error %q, want it to mention %q", msg, tt.errHas)
				}
				return
			}
			if len(res.Rows) != tt.rows {
				t.Errorf("%d rows, want %d: %v", len(res.Rows), tt.rows, res.Rows)
			}
		})
	}
}

func TestConsoleRowCapAndTypes(t *testing.T) {
	_, ts := startServer(t, Options{RowCap: 5})
	status, res, msg := postSQL(t, ts.URL, "select range AS n from range(20)")
	if status != 200 || !res.Truncated || len(res.Rows) != 5 {
		t.Fatalf("status %d truncated %v rows %d %s", status, res.Truncated, len(res.Rows), msg)
	}
	status, res, msg = postSQL(t, ts.URL, `select DATE '2015-06-15' d, 'nan'::double f, 12.50::decimal(5,2) dc,
		map {'a': 1} m, [1, 2] l, {'x': 'y'} s, 170141183460469231731687303715884105727::hugeint h, NULL n`)
	if status != 200 {
		t.Fatalf("status %d: %s", status, msg)
	}
	got, _ := json.Marshal(res.Rows[0])
	want := `["2015-06-15","NaN","12.5",{"a":1},[1,2],{"x":"y"},"170141183460469231731687303715884105727",null]`
	if string(got) != want {
		t.Errorf("row %s\nwant %s", got, want)
	}
	if strings.Join(res.Columns, ",") != "d,f,dc,m,l,s,h,n" {
		t.Errorf("columns %v", res.Columns)
	}
}

func TestConsoleCSV(t *testing.T) {
	_, ts := startServer(t, Options{})
	body := `{"sql": "select meeting_id, title from meetings where meeting_id = 'a1b2c3d4e5f60002'"}`
	resp, err := http.Post(ts.URL+"/api/sql?format=csv", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	want := "meeting_id,title\na1b2c3d4e5f60002,Meeting of the Regional Consultation Group on Migration\n"
	if string(b) != want || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/csv") {
		t.Errorf("csv %q (%s)", b, resp.Header.Get("Content-Type"))
	}
}

func TestConsoleInterrupt(t *testing.T) {
	limit := time.Second
	_, ts := startServer(t, Options{QueryTimeout: limit})
	start := time.Now()
	status, _, msg := postSQL(t, ts.URL, "select count(*) from range(100000000000)")
	took := time.Since(start)
	if status != 400 || !strings.Contains(msg, "time limit") {
		t.Fatalf("status %d: %s", status, msg)
	}
	t.Logf("interrupted after %.2f × the limit", took.Seconds()/limit.Seconds())
	// The console pool has two connections: more statements than that show
	// the interrupted connection was returned in working order.
	for i := 0; i < 4; i++ {
		if status, res, msg := postSQL(t, ts.URL, "select 42"); status != 200 || res.Rows[0][0] != float64(42) {
			t.Fatalf("after interrupt: status %d %v %s", status, res.Rows, msg)
		}
	}
}

// vmRSS returns the resident memory of this process in MB, from /proc.
func vmRSS(t *testing.T) int {
	t.Helper()
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) == 3 && f[0] == "VmRSS:" {
			kb, _ := strconv.Atoi(f[1])
			return kb / 1024
		}
	}
	t.Skip("no VmRSS in /proc/self/status")
	return 0
}

func TestConsoleBounds(t *testing.T) {
	// A generous time limit: the machine may be busy; TestConsoleInterrupt checks the limit.
	_, ts := startServer(t, Options{QueryTimeout: 30 * time.Second})
	before := vmRSS(t)
	tests := []struct {
		sql     string
		status  int
		maxRows int
		says    string
	}{
		// 1 GB of text inside the row cap: cut to what fits in 8 MB.
		{"select repeat('x', 100000) AS s from range(10000)", 200, 90, "capped at 8 MB"},
		// A billion rows: the row cap is applied inside DuckDB.
		{"select * from range(1000000000)", 200, 10000, "first 10000 rows"},
		// One value larger than the answer cap.
		{"select repeat('x', 20000000) AS s", 200, 0, "capped at 8 MB"},
	}
	for _, tt := range tests {
		start := time.Now()
		status, res, msg := postSQL(t, ts.URL, tt.sql)
		t.Logf("%s: %d in %.1f s, %d MB resident", tt.sql, status, time.Since(start).Seconds(), vmRSS(t))
		if status != tt.status {
			t.Fatalf("%s: status %d, want %d (%s)", tt.sql, status, tt.status, msg)
		}
		if status == 200 {
			msg = res.Limit
			if !res.Truncated || len(res.Rows) > tt.maxRows {
				t.Errorf("%s: truncated %v with %d rows, want at most %d", tt.sql, res.Truncated, len(res.Rows), tt.maxRows)
			}
		}
		if !strings.Contains(msg, tt.says) {
			t.Errorf("%s: says %q, want %q", tt.sql, msg, tt.says)
		}
	}
	// Two at once: the console instance's memory limit is shared.
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if status, res, msg := postSQL(t, ts.URL, tests[0].sql); status != 200 || !res.Truncated {
				t.Errorf("concurrent %s: status %d truncated %v %s", tests[0].sql, status, res.Truncated, msg)
			}
		}()
	}
	wg.Wait()
	peak := vmRSS(t)
	// The memory comes back: DuckDB's allocator is flushed after each task
	// and Go's heap is returned after large answers.
	after := peak
	for i := 0; i < 50 && after > before+300; i++ { // at most 10 s
		time.Sleep(200 * time.Millisecond)
		after = vmRSS(t)
	}
	t.Logf("resident memory %d MB before the hostile statements, %d MB right after, %d MB settled", before, peak, after)
	if after > before+300 {
		t.Errorf("resident memory stays at %d MB after the hostile statements, from %d MB", after, before)
	}
}

func TestConsoleRevealsNoPaths(t *testing.T) {
	dir := t.TempDir()
	_, ts := startServer(t, Options{Snapshot: publishIn(t, dir)})
	home, _ := os.UserHomeDir()
	probes := []string{
		"select current_setting('temp_directory')",
		"select * from duckdb_settings()",
		"select * from duckdb_databases()",
		"select path from duckdb_databases",
		"select * from pg_settings",
		"select * from pragma_database_list",
		"select * from duckdb_extensions()",
		"select * from duckdb_temporary_files()",
		"select 1 as else'\\' , query('select * from duckdb_databases()')",
		`select * from "duckdb_databases"()`,
		"select * from system.main.duckdb_databases",
		"select * from '" + dir + "/actas.duckdb.snapshot'",
		"select * from read_parquet('" + dir + "/x.parquet')",
		"select * from nope_" + strings.ReplaceAll(dir, "/", "_"),
	}
	for _, p := range probes {
		status, res, msg := postSQL(t, ts.URL, p)
		if status == 200 {
			t.Errorf("%s: answered %v", p, res.Rows)
			continue
		}
		if strings.Contains(msg, dir) || (len(home) > 1 && strings.Contains(msg, home)) {
			t.Errorf("%s: error names a path: %s", p, msg)
		}
	}
}

// publishIn publishes the fixture snapshot in dir and returns its path.
func publishIn(t *testing.T, dir string) string {
	path := filepath.Join(dir, "actas.duckdb.snapshot")
	publish(t, path)
	return path
}

func TestScrubPaths(t *testing.T) {
	home, _ := os.UserHomeDir()
	tests := []struct{ in, want string }{
		{"IO Error: Cannot open file \"/srv/data/actas.duckdb\": denied", "IO Error: Cannot open file \"<path>\": denied"},
		{"Permission Error: '/etc/passwd' is not allowed", "Permission Error: '<path>' is not allowed"},
		{"Catalog Error: Table with name x does not exist!", "Catalog Error: Table with name x does not exist!"},
		{"division 1/2/3 is fine", "division 1/2/3 is fine"},
		{"(/tmp/a.csv)", "(<path>)"},
	}
	if len(home) > 1 {
		tests = append(tests, struct{ in, want string }{"file " + home + "/x.duckdb", "file <path>"})
	}
	for _, tt := range tests {
		if got := scrubPaths(tt.in); got != tt.want {
			t.Errorf("scrubPaths(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestScreenStringLiterals(t *testing.T) {
	tests := []struct {
		sql string
		ok  bool
	}{
		{`select 'it''s'`, true},
		{`select e'\'' as q`, true},
		{`select E'a\'b' as q`, true},
		{`select 'a\' as q`, true},                         // a plain string ends at the first quote
		{`select 1 as else'\' , query('select 1')`, false}, // else is no E prefix
		{`select 1 as fe'\', query('x')`, false},
		{`select e'\', query(1) '`, true}, // query( is inside the E string
	}
	for _, tt := range tests {
		if err := screenSQL(tt.sql); (err == nil) != tt.ok {
			t.Errorf("screenSQL(%s) = %v, want ok %v", tt.sql, err, tt.ok)
		}
	}
}

// TestConsoleExamples runs every example of the console page: measuring and
// fetching within the caps must not break a statement an analyst is offered.
func TestConsoleExamples(t *testing.T) {
	_, ts := startServer(t, Options{})
	examples := parseExamples(consoleExamples)
	if len(examples) == 0 {
		t.Fatal("no console examples")
	}
	for _, ex := range examples {
		if status, _, msg := postSQL(t, ts.URL, ex.SQL); status != 200 {
			t.Errorf("%s: status %d: %s", ex.Title, status, msg)
		}
	}
	// Shapes the wrapping must keep: trailing semicolons and comments,
	// duplicate column names, ORDER BY with LIMIT.
	for _, stmt := range []string{
		"select 1 as n; -- done",
		"select 1 as n -- no newline after this comment",
		"/* lead */ select 2 as n;",
		"select 1 as a, 2 as a",
		"select range from range(5) order by range desc limit 2",
		"explain analyze select 1",
		"with recursive r(n) as (select 1 union all select n + 1 from r where n < 3) select * from r",
	} {
		if status, _, msg := postSQL(t, ts.URL, stmt); status != 200 {
			t.Errorf("%s: status %d: %s", stmt, status, msg)
		}
	}
	status, res, _ := postSQL(t, ts.URL, "select range from range(5) order by range desc limit 2")
	if status != 200 || len(res.Rows) != 2 || res.Rows[0][0] != float64(4) {
		t.Errorf("order kept: %v", res.Rows)
	}
}
