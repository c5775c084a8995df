package htmltext

import (
	"actas/ingest/internal/textsim"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

func read(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestCorpus checks that each report's HTML gives the words and list markers
// of the same report's text version.
func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.html")
	n := 0
	for _, f := range files {
		txt := strings.TrimSuffix(f, ".html") + ".txt"
		want, err := os.ReadFile(txt)
		if err != nil {
			continue
		}
		n++
		t.Run(filepath.Base(f), func(t *testing.T) {
			got, err := Text(read(t, filepath.Base(f)))
			if err != nil {
				t.Fatal(err)
			}
			if s := textsim.Similarity(got, string(want)); s < 0.98 {
				t.Errorf("token similarity %.3f < 0.98", s)
			}
			if g, w := textsim.Markers(got), textsim.Markers(string(want)); !slices.Equal(g, w) {
				t.Errorf("markers\n got %v\nwant %v", g, w)
			}
		})
	}
	if n < 8 {
		t.Fatalf("found %d report pairs in testdata, want 8", n)
	}
}

// TestListReport: the same report written with real <ol> lists (start=,
// nested type="a") prints the markers of its text version.
func TestListReport(t *testing.T) {
	got, err := Text(read(t, "rfepc-lists.html"))
	if err != nil {
		t.Fatal(err)
	}
	want := string(read(t, "crm-rfepc-2017-11-27.es.txt"))
	if s := textsim.Similarity(got, want); s < 0.98 {
		t.Errorf("token similarity %.3f < 0.98", s)
	}
	if g, w := textsim.Markers(got), textsim.Markers(want); !slices.Equal(g, w) {
		t.Errorf("markers\n got %v\nwant %v", g, w)
	}
	for _, line := range []string{"2. Respecto al establecimiento de consulados conjuntos:",
		"  d. Solicitar a la OIM la realización", "4. Agradecer a la RROCM"} {
		if !strings.Contains(got, "\n"+line) {
			t.Errorf("no line starting %q", line)
		}
	}
}

func TestGolden(t *testing.T) {
	for _, name := range []string{"lists", "cp1252", "grcm-san-salvador-1999-10.es"} {
		t.Run(name, func(t *testing.T) {
			got, err := Text(read(t, name+".html"))
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if want := string(read(t, name+".golden")); got != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func TestText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"entities", "<p>M&eacute;xico &amp; Per&#250; &nbsp;x</p>", "México & Perú x\n"},
		{"script and style dropped", "<script>alert(1)</script><style>p{}</style><p>a</p>", "a\n"},
		{"hidden dropped", "<p hidden>x</p><p style='display: none'>y</p><p>z</p>", "z\n"},
		{"paragraphs", "<p>a</p><p>b</p><div>c</div><div>d</div>", "a\n\nb\n\nc\nd\n"},
		{"br", "a<br>b<br/><br>c", "a\nb\n\nc\n"},
		{"ol type a", `<ol type="a"><li>x<li>y</ol>`, "a. x\nb. y\n"},
		{"ol type A start", `<ol type="A" start="3"><li>x</ol>`, "C. x\n"},
		{"ol type i", `<ol type="i"><li>x<li>y<li>z<li>w</ol>`, "i. x\nii. y\niii. z\niv. w\n"},
		{"ol type I", `<ol type="I" start="9"><li>x</ol>`, "IX. x\n"},
		{"li value", `<ol><li>x<li value="7">y<li>z</ol>`, "1. x\n7. y\n8. z\n"},
		{"reversed", `<ol reversed><li>x<li>y</ol>`, "2. x\n1. y\n"},
		{"css lower-alpha", `<ol style="list-style-type:lower-alpha"><li>x</ol>`, "a. x\n"},
		{"css shorthand", `<ol style="list-style: upper-roman inside"><li>x</ol>`, "I. x\n"},
		{"css on li", `<ol><li style="list-style-type: lower-roman">x</ol>`, "i. x\n"},
		{"css disc on ol", `<ol style="list-style-type: disc"><li>x</ol>`, "- x\n"},
		{"css none", `<ol style="list-style-type: none"><li>x</ol>`, "x\n"},
		{"ul", `<ul><li>x<li>y</ul>`, "- x\n- y\n"},
		{"alpha past z", `<ol type="a" start="27"><li>x</ol>`, "aa. x\n"},
		{"nested", `<ol><li>x<ol type="a"><li>y<ul><li>z</ul></ol><li>w</ol>`, "1. x\n  a. y\n    - z\n2. w\n"},
		{"empty item", `<ol><li></li><li>y</ol>`, "1.\n2. y\n"},
		{"marker on own line before nested list", `<ol><li><ol type="a"><li>y</ol></ol>`, "1.\n  a. y\n"},
		{"table", `<table><tr><td>1.</td><td>Agradecer</td></tr><tr><th>2.</th><td>Pedir</td></tr></table>`, "1.\tAgradecer\n2.\tPedir\n"},
		{"pre", "<pre>a  b\n c</pre>", "a  b\n c\n"},
		{"utf-16", "\xff\xfe<\x00p\x00>\x00\xf1\x00<\x00/\x00p\x00>\x00", "ñ\n"},
		{"meta charset latin1", "<meta charset=iso-8859-1><p>a\xf1o</p>", "año\n"},
		{"declared utf-8 but latin1", "<meta charset=utf-8><p>a\xf1o</p>", "año\n"},
		{"nfc", "<p>Espan\u0303a</p>", "España\n"},
		{"not html at all", "just text", "just text\n"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Text([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("Text(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTextErrors(t *testing.T) {
	if _, err := Text([]byte("<p>a\x00b</p>")); err == nil || !strings.Contains(err.Error(), "NUL byte") {
		t.Errorf("err = %v, want a NUL byte error", err)
	}
}

func TestNesting(t *testing.T) {
	in := strings.Repeat("<div><ol><li>", 80) + "x"
	got, err := Text([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(got, "1. x\n") {
		t.Errorf("text ends %q", got[max(0, len(got)-20):])
	}
	// Far deeper nesting is refused by the parser with a clear error.
	_, err = Text([]byte(strings.Repeat("<div>", 100000)))
	if err == nil || !strings.Contains(err.Error(), "htmltext: parse") {
		t.Errorf("err = %v, want a parse error", err)
	}
}

func FuzzHTML(f *testing.F) {
	for _, name := range []string{"lists.html", "cp1252.html", "crm-rfepc-2017-11-27.es.html"} {
		f.Add(read(f, name))
	}
	f.Add([]byte(`<ol type="i" start="-3" reversed><li value="x">a<ol style="list-style:lower-alpha"><li>b`))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := Text(b)
		if err != nil {
			return
		}
		if strings.ContainsRune(s, '\r') {
			t.Fatalf("CR in output %q", s)
		}
	})
}

func BenchmarkText(b *testing.B) {
	in := []byte(strings.Repeat(string(read(b, "crm-rfepc-2017-11-27.es.html")), 32))
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := Text(in); err != nil {
			b.Fatal(err)
		}
	}
}
