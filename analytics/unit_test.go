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

func TestChartText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Guatemala", "Guatemala"},
		{"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
		{`</script><img src=x onerror="x()">`, "&lt;/script&gt;&lt;img src=x onerror=&#34;x()&#34;&gt;"},
		{"__f__function(){alert(1)}__f__", "_\u200b_f_\u200b_function(){alert(1)}_\u200b_f_\u200b_"},
		{"___f___", "_\u200b_\u200b_f_\u200b_\u200b_"},
		{"a_b", "a_b"},
		{"O'Neil & co", "O&#39;Neil &amp; co"},
	}
	for _, tt := range tests {
		if got := chartText(tt.in); got != tt.want {
			t.Errorf("chartText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzChartText(f *testing.F) {
	for _, s := range []string{"<script>", "__f__x__f__", "___", "a\u2028b", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := chartText(s)
		if strings.Contains(out, "__") || strings.ContainsAny(out, `<>"'`) {
			t.Errorf("chartText(%q) = %q keeps a marker or HTML character", s, out)
		}
	})
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
	d := chartDef{key: "k", kind: kindStacked}
	v := func(f float64) sql.NullFloat64 { return sql.NullFloat64{Float64: f, Valid: true} }
	cd := pivot(d, []triple{{"2015", "pending", v(1)}, {"2015", "fulfilled", v(2)}, {"2016", "overdue", v(3)}, {"2016", "zzz", v(4)}})
	got, _ := json.Marshal(cd)
	want := `{"key":"k","title":"","kind":"stacked-bar","x":["2015","2016"],"series":[{"name":"fulfilled","data":[2,0]},{"name":"overdue","data":[0,3]},{"name":"pending","data":[1,0]},{"name":"zzz","data":[0,4]}]}`
	if string(got) != want {
		t.Errorf("pivot\n got %s\nwant %s", got, want)
	}
}

func TestParseFilter(t *testing.T) {
	f := ParseFilter(map[string][]string{"body": {" rcgm "}, "from": {"2003"}, "to": {"x"}, "lang": {"es"}})
	if f != (Filter{Body: "rcgm", From: 2003, Lang: "es"}) || f.Query().Encode() != "body=rcgm&from=2003&lang=es" {
		t.Errorf("%+v %s", f, f.Query().Encode())
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
