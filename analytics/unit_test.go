package analytics

import (
	"database/sql"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestChartScript checks that report-derived names reach the page's script
// as JSON that can neither close the script nor become code, and keep their
// characters (no HTML entity drawn on the canvas).
func TestChartScript(t *testing.T) {
	names := []string{"<script>alert(1)</script>", `</script><img src=x onerror="x()">`, "__f__function(){alert(1)}__f__",
		"United Nations Children's Fund", "a\u2028b"}
	cd := ChartData{Key: "k", Kind: kindBars, X: names, XKeys: names}
	for _, n := range names {
		cd.Series = append(cd.Series, Series{Name: n, Key: n, Data: []*float64{new(float64)}})
	}
	for _, kind := range []string{kindBars, kindStacked, kindLine, kindHeatmap} {
		cd.Kind = kind
		v := chartView(chartDef{page: "/agreements"}, cd, "/api", Filter{})
		script := strings.TrimSuffix(strings.TrimPrefix(string(v.Script), "<script>"), "</script>")
		if strings.ContainsAny(script, "<>") || strings.Contains(script, "&#39;") || strings.Contains(script, "&amp;") {
			t.Errorf("%s: script keeps markup or entities: %s", kind, script)
		}
		if strings.Contains(script, "function(){alert") && !strings.Contains(script, `"__f__function(){alert(1)}__f__"`) {
			t.Errorf("%s: marker left the string: %s", kind, script)
		}
	}
}

func TestScreenSQL(t *testing.T) {
	tests := []struct {
		sql string
		ok  bool
	}{
		{"select 1", true},
		{"  WITH x AS (select 1) SELECT * FROM x", true},
		{"select 'attach' as a -- drop\n", true},
		{"select /* copy */ 1", true},
		{`select "name" from t`, true},
		{"select e'it\\'s; drop' x", true},
		{"select $tag$ set $tag$", true},
		{"select 1; drop table t", false},
		{"drop table t", false},
		{"select * from read_parquet('x')", false},
		{"select * from parquet_scan('x')", false},
		{"select * from sqlite_scan('x', 't')", false},
		{`select * from "glob"('*')`, false},
		{"select 'unterminated", false},
		{"select /* open", false},
		{"", false},
		{"-- only a comment", false},
		{"pragma table_info('t')", false},
		{"select 1 from t where x = 'a''; load x'", true},
	}
	for _, tt := range tests {
		err := screenSQL(tt.sql)
		if (err == nil) != tt.ok {
			t.Errorf("screenSQL(%q) = %v, want ok %v", tt.sql, err, tt.ok)
		}
	}
}

func FuzzScreenSQL(f *testing.F) {
	for _, s := range []string{"select 1", "select $a$ x $a$", "select e'\\''", "/* */ select", `select "a""b"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if screenSQL(s) != nil {
			return
		}
		toks, _ := words(s)
		if len(toks) == 0 || !consoleStarts[toks[0].word] {
			t.Errorf("accepted %q", s)
		}
	})
}

func TestHighlight(t *testing.T) {
	text := "Acción: aprobar el plan."
	tests := []struct {
		start, end int
		mark       string
	}{
		{9, 16, "aprobar"},
		{-5, 3, "Acc"},
		{20, 999, "plan."},
		{5, 6, "ó"}, // inside the two bytes of ó: widened to the rune
		{16, 2, ""},
	}
	for _, tt := range tests {
		h := highlight(text, tt.start, tt.end)
		if h.Mark != tt.mark || h.Before+h.Mark+h.After != text {
			t.Errorf("highlight(%d, %d) = %+v", tt.start, tt.end, h)
		}
	}
}

func FuzzHighlight(f *testing.F) {
	f.Add("Acción", 1, 4)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		h := highlight(text, start, end)
		if h.Before+h.Mark+h.After != text {
			t.Fatalf("pieces do not rebuild the text")
		}
		if utf8.ValidString(text) && !utf8.ValidString(h.Mark) {
			t.Errorf("mark cuts a rune: %q", h.Mark)
		}
	})
}

func TestPivot(t *testing.T) {
	v := func(f float64) sql.NullFloat64 { return sql.NullFloat64{Float64: f, Valid: true} }
	c := func(x, s string, f float64) cell { return cell{x: x, xk: x, s: s, sk: s, v: v(f)} }
	tests := []struct {
		name string
		d    chartDef
		in   []cell
		from int
		want string
	}{
		{"statuses in fixed order, years without gaps", chartDef{key: "k", kind: kindStacked, years: true, colors: "status"},
			[]cell{c("2015", "pending", 1), c("2015", "fulfilled", 2), c("2017", "overdue", 3), c("2017", "zzz", 4)}, 2014,
			`{"key":"k","title":"","kind":"stacked-bar","x":["2014","2015","2016","2017"],"x_keys":["2014","2015","2016","2017"],"series":[` +
				`{"name":"fulfilled","key":"fulfilled","color":"#2e7d32","data":[0,2,0,0]},{"name":"overdue","key":"overdue","color":"#c62828","data":[0,0,0,3]},` +
				`{"name":"pending","key":"pending","color":"#9e9e9e","data":[0,1,0,0]},{"name":"zzz","key":"zzz","data":[0,0,0,4]}]}`},
		{"top categories by total", chartDef{key: "k", kind: kindBars, top: 2},
			[]cell{c("a", "s", 1), c("b", "s", 5), c("c", "s", 3)}, 0,
			`{"key":"k","title":"","note":"top 2 of 3","kind":"bars","x":["b","c"],"x_keys":["b","c"],"series":[{"name":"s","key":"s","data":[5,3]}]}`},
	}
	for _, tt := range tests {
		got, _ := json.Marshal(pivot(tt.d, tt.in, tt.from, 0))
		if string(got) != tt.want {
			t.Errorf("%s\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}

func TestParseFilter(t *testing.T) {
	f := ParseFilter(map[string][]string{"body": {" rcgm "}, "from": {"2003"}, "to": {"x"}, "lang": {"es"}, "q": {" refugiados "}})
	if f != (Filter{Body: "rcgm", From: 2003, Lang: "es", Q: "refugiados"}) || f.Query().Encode() != "body=rcgm&from=2003&lang=es&q=refugiados" {
		t.Errorf("%+v %s", f, f.Query().Encode())
	}
	if err := ParseFilter(map[string][]string{"from": {"2017"}, "to": {"2000"}}).Check(); err == nil ||
		!strings.Contains(err.Error(), "from 2017 is after to 2000") {
		t.Errorf("reversed range: %v", err)
	}
	for body, want := range map[string][2]string{"": {"RCM", ""}, "all": {"", ""}, "family:csm": {"CSM", ""}, "rcgm": {"", "rcgm"}} {
		fam, b := Filter{Body: body}.Scope()
		if fam != want[0] || b != want[1] {
			t.Errorf("scope of %q = %q %q, want %v", body, fam, b, want)
		}
	}
}

// TestAPIGolden checks every chart's JSON against testdata/golden (go test -update rewrites them).
func TestAPIGolden(t *testing.T) {
	_, ts := startServer(t, Options{})
	paths := map[string]string{}
	for _, d := range overviewCharts {
		paths["overview-"+d.key] = "/api/charts/" + d.key
		paths["overview-"+d.key+"-lon_tip"] = "/api/charts/" + d.key + "?body=lon_tip"
	}
	for _, d := range entityCharts {
		paths["country-GTM-"+d.key] = "/api/countries/GTM/charts/" + d.key
		paths["organisation-TS-"+d.key] = "/api/organisations/TS/charts/" + d.key
	}
	paths["meeting-a1b2c3d4e5f60003"] = "/api/meetings/a1b2c3d4e5f60003"
	paths["meetings-es"] = "/api/meetings?lang=es"
	paths["filters"] = "/api/filters"
	paths["overview-participation-all"] = "/api/charts/participation?body=all"
	paths["agreements-GTM"] = "/api/agreements?country=GTM&body=all"
	paths["commitments-2015"] = "/api/commitments?from=2015&to=2015"
	paths["countries"] = "/api/countries"
	paths["organisations"] = "/api/organisations"
	paths["documents"] = "/api/documents"
	for name, p := range paths {
		t.Run(name, func(t *testing.T) {
			status, body, _ := get(t, ts.URL+p)
			if status != 200 {
				t.Fatalf("%s: %d %s", p, status, body)
			}
			var v any
			if err := json.Unmarshal([]byte(body), &v); err != nil {
				t.Fatal(err)
			}
			pretty, _ := json.MarshalIndent(v, "", "  ")
			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, pretty, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if string(want) != string(pretty) {
				t.Errorf("%s differs from %s:\n%s", p, golden, pretty)
			}
		})
	}
}
