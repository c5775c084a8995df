package pages

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"actas"
)

func read(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// split makes pages from text with form feeds between them.
func split(s string) []actas.Page {
	var ps []actas.Page
	for i, t := range strings.Split(s, "\f") {
		ps = append(ps, actas.Page{Number: i + 1, Text: t, Method: "pdf"})
	}
	return ps
}

func texts(ps []actas.Page) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Text)
	}
	return out
}

// TestCleanReport: a report cut into three pages with a running header, a
// URL and date stamp and "Página N de 3" comes back exactly as it was cut.
func TestCleanReport(t *testing.T) {
	in := split(read(t, "rfepc-3pages.txt"))
	want := split(read(t, "rfepc-3pages.golden"))
	got := Clean(in)
	if len(got) != 3 {
		t.Fatalf("%d pages, want 3", len(got))
	}
	for i := range got {
		if got[i].Text != want[i].Text {
			t.Errorf("page %d:\n got %q\nwant %q", i+1, got[i].Text, want[i].Text)
		}
		if got[i].Number != i+1 || got[i].Method != "pdf" {
			t.Errorf("page %d lost its number or method: %+v", i+1, got[i])
		}
	}
}

func TestClean(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"single page keeps header, drops page number",
			[]string{"CONFERENCIA REGIONAL\nTexto 3\n\nPágina 1 de 1\n"},
			[]string{"CONFERENCIA REGIONAL\nTexto 3\n\n"}},
		{"single page bare number at the bottom",
			[]string{"Texto\n\n1\n"}, []string{"Texto\n\n"}},
		{"bare number in the middle kept",
			[]string{"a\nb\nc\n12\nd\ne\nf\ng\n"}, []string{"a\nb\nc\n12\nd\ne\nf\ng\n"}},
		{"dash page numbers",
			[]string{"uno\n- 1 -\n", "dos\n— 2 —\n"}, []string{"uno\n", "dos\n"}},
		{"page of",
			[]string{"Page 1 of 2\nuno\n", "Page 2 of 2\ndos\n"}, []string{"uno\n", "dos\n"}},
		{"footer with varying number",
			[]string{"uno\nInforme GRCM 2010 - 1\n", "dos\nInforme GRCM 2010 - 2\n", "tres\nInforme GRCM 2010 - 3\n"},
			[]string{"uno\n", "dos\n", "tres\n"}},
		{"markers at page tops kept",
			[]string{"5.\nAgradecer\n", "7.\nSolicitar\n", "a)\nTomar\n"},
			[]string{"5.\nAgradecer\n", "7.\nSolicitar\n", "a)\nTomar\n"}},
		{"repeated only on one page of three kept",
			[]string{"CONCLUSIONES\nuno\n", "dos\n", "tres\n"},
			[]string{"CONCLUSIONES\nuno\n", "dos\n", "tres\n"}},
		{"chromium header and footer",
			[]string{"11/27/26, 3:25 AM Informe de la reunión\nuno\nfile:///tmp/informe.html 1/2\n",
				"11/27/26, 3:25 AM Informe de la reunión\ndos\nfile:///tmp/informe.html 2/2\n"},
			[]string{"uno\n", "dos\n"}},
		{"print stamp",
			[]string{"uno\nImpreso el 3 de mayo de 2011\n"}, []string{"uno\n"}},
		{"repeated line deep inside a page kept",
			[]string{"h\ni\nj\nCONFERENCIA REGIONAL\nx\ny\nz\nw\nv\n", "CONFERENCIA REGIONAL\ndos\n", "CONFERENCIA REGIONAL\ntres\n"},
			[]string{"h\ni\nj\nCONFERENCIA REGIONAL\nx\ny\nz\nw\nv\n", "dos\n", "tres\n"}},
		{"no trailing newline", []string{"uno\nPágina 1 de 2", "dos\nPágina 2 de 2"}, []string{"uno\n", "dos\n"}},
		{"crlf", []string{"uno\r\nPágina 1 de 2\r\n"}, []string{"uno\r\n"}},
		{"empty", []string{""}, []string{""}},
		{"a header of barred fields after a page number, printed once",
			[]string{"3. Acordaron lo siguiente:\n\n- 1 -\nProceso de Colombo | Reunión | Colombo, 14 de octubre de 2014\n\n(a) Sri Lanka;\nRCM | RCGM | Informe anual\n"},
			[]string{"3. Acordaron lo siguiente:\n\n\n(a) Sri Lanka;\nRCM | RCGM | Informe anual\n"}},
		{"a footer with dot leaders to its page number",
			[]string{"3. AGRADECER a la OIM.\n\nRed de Enlace - II Reunión - Guatemala 2003 ....... 1\n\nELEVAR al GRCM el proyecto.\n"},
			[]string{"3. AGRADECER a la OIM.\n\n\nELEVAR al GRCM el proyecto.\n"}},
		{"a header of fields set apart by slashes after a page number, printed once",
			[]string{"4. AGREED TO:\n   - establish a group;\n\n                - 1 -\n\nX RCM / JOINT COMMUNIQUE / VANCOUVER 2005\n\n   - request IOM;\nSee RCM / RCGM / 2005 files\n"},
			[]string{"4. AGREED TO:\n   - establish a group;\n\n\n\n   - request IOM;\nSee RCM / RCGM / 2005 files\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var in []actas.Page
			for i, s := range tt.in {
				in = append(in, actas.Page{Number: i + 1, Text: s})
			}
			got := texts(Clean(in))
			if strings.Join(got, "\f") != strings.Join(tt.want, "\f") {
				t.Errorf("Clean\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestRules(t *testing.T) {
	if _, err := parseRules("where,pattern\nany,(\n"); err == nil {
		t.Error("bad regexp accepted")
	}
	if _, err := parseRules("where,pattern\nsomewhere,x\n"); err == nil {
		t.Error("bad where accepted")
	}
	if len(defaultRules.any) == 0 || len(defaultRules.edge) == 0 {
		t.Error("furniture.csv gave no rules")
	}
}

func TestJoin(t *testing.T) {
	ps := []actas.Page{{Number: 1, Text: "uno\n"}, {Number: 2, Text: ""}, {Number: 3, Text: "tres"}}
	text, offs := Join(ps)
	if want := "uno\n\n\f\n\n\f\ntres"; text != want {
		t.Fatalf("text = %q, want %q", text, want)
	}
	for i, p := range ps {
		if text[offs[i]:offs[i]+len(p.Text)] != p.Text {
			t.Errorf("offset %d of page %d does not point at its text", offs[i], i+1)
		}
	}
	tests := []struct{ off, page, in int }{
		{0, 0, 0}, {2, 0, 2}, {offs[2], 2, 0}, {offs[2] + 3, 2, 3}, {offs[1], 1, 0},
	}
	for _, tt := range tests {
		if p, in := Locate(offs, tt.off); p != tt.page || in != tt.in {
			t.Errorf("Locate(%d) = %d, %d; want %d, %d", tt.off, p, in, tt.page, tt.in)
		}
	}
	if p, _ := Locate(nil, 3); p != -1 {
		t.Errorf("Locate on no pages = %d, want -1", p)
	}
	if text, offs := Join(nil); text != "" || len(offs) != 0 {
		t.Errorf("Join(nil) = %q, %v", text, offs)
	}
}

// FuzzClean checks that Clean keeps the page count and only removes whole
// lines, keeping the rest in order (a line-end "¬" read as its hyphen).
func FuzzClean(f *testing.F) {
	f.Add(read(f, "rfepc-3pages.txt"))
	f.Add("Página 1 de 2\nuno\n\f- 2 -\ndos")
	f.Add("sus infor¬\nmes ¬ x\n")
	f.Fuzz(func(t *testing.T, s string) {
		in := split(s)
		out := Clean(in)
		if len(out) != len(in) {
			t.Fatalf("%d pages became %d", len(in), len(out))
		}
		for i := range in {
			lines := strings.SplitAfter(notSignHyphens(in[i].Text), "\n")
			j := 0
			for _, l := range strings.SplitAfter(out[i].Text, "\n") {
				if l == "" {
					continue
				}
				for j < len(lines) && lines[j] != l {
					j++
				}
				if j == len(lines) {
					t.Fatalf("page %d: line %q is not an input line in order", i+1, l)
				}
				j++
			}
		}
	})
}

func BenchmarkClean(b *testing.B) {
	one := read(b, "rfepc-3pages.txt")
	var pages []actas.Page
	for i := range 40 {
		for _, p := range split(one) {
			p.Number = len(pages) + 1
			p.Text = strings.Replace(p.Text, "de 3", "de "+strconv.Itoa(i), 1)
			pages = append(pages, p)
		}
	}
	var n int64
	for _, p := range pages {
		n += int64(len(p.Text))
	}
	b.SetBytes(n)
	for b.Loop() {
		Clean(pages)
	}
}

// TestCleanKeepsReports: pdftotext output of reports without furniture
// (markers and short lines at page edges included) is left alone.
func TestCleanKeepsReports(t *testing.T) {
	files, _ := filepath.Glob("testdata/pdftotext-*.txt")
	if len(files) < 4 {
		t.Fatalf("found %d pdftotext fixtures, want 4", len(files))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			in := split(read(t, filepath.Base(f)))
			out := Clean(in)
			for i := range in {
				if in[i].Text != out[i].Text {
					t.Errorf("page %d changed:\n got %q\nwant %q", i+1, out[i].Text, in[i].Text)
				}
			}
		})
	}
}

// TestCleanChromium: pdftotext output of a Chromium PDF whose CSS page
// margins print a running header, a URL and date stamp and "Página N de 2".
func TestCleanChromium(t *testing.T) {
	got := texts(Clean(split(read(t, "chromium-furniture.txt"))))
	want := texts(split(read(t, "chromium-furniture.golden")))
	if len(got) != len(want) {
		t.Fatalf("%d pages, want %d", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("page %d:\n got %q\nwant %q", i+1, got[i], want[i])
		}
	}
}
