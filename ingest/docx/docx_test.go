package docx

import (
	"actas/ingest/internal/textsim"
	"errors"
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

// TestCorpus checks that each report's DOCX gives the words and list markers
// of the same report's text version.
func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.docx")
	n := 0
	for _, f := range files {
		want, err := os.ReadFile(strings.TrimSuffix(f, ".docx") + ".txt")
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

// fixtures are DOCX habits, built in the test; each has a golden text.
var fixtures = map[string]func(t testing.TB) []byte{
	// lowerRoman sub-points under decimal points, restarting at each point,
	// and a third level restarting only after level 1 (lvlRestart 1).
	"roman-nested": func(t testing.TB) []byte {
		num := abstract("0",
			lvl("0", "1", "decimal", "%1.", ""),
			lvl("1", "1", "lowerRoman", "%2)", ""),
			lvl("2", "1", "lowerLetter", "%1.%3.", "1"),
		) + numRef("5", "0", "")
		body := p("Acuerdos:", "", "", "") +
			p("Agradecer", "", "5", "0") +
			p("uno", "", "5", "1") + p("sub", "", "5", "2") +
			p("dos", "", "5", "1") + p("sub sin reinicio", "", "5", "2") +
			p("tres", "", "5", "1") + p("cuatro", "", "5", "1") +
			p("Solicitar", "", "5", "0") +
			p("uno otra vez", "", "5", "1") +
			p("sub otra vez", "", "5", "2") +
			p("Texto que sigue.", "", "", "")
		return build(t, body, num, "")
	},
	// numbering that comes from paragraph styles (with basedOn), the level
	// found from the level's pStyle, and numId 0 switching it off.
	"style-numbering": func(t testing.TB) []byte {
		num := abstract("3",
			`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:pStyle w:val="Punto"/><w:lvlText w:val="%1."/></w:lvl>`,
			`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:pStyle w:val="Inciso"/><w:lvlText w:val="%2)"/></w:lvl>`,
		) + numRef("7", "3", "")
		styles := `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
			`<w:style w:type="paragraph" w:styleId="Punto"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>` +
			`<w:style w:type="paragraph" w:styleId="Inciso"><w:basedOn w:val="Punto"/></w:style>` +
			`<w:style w:type="paragraph" w:styleId="PuntoB"><w:basedOn w:val="Punto"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>`
		body := p("Preámbulo", "", "", "") +
			p("Primero", "Punto", "", "") +
			p("inciso", "Inciso", "", "") +
			p("otro inciso", "PuntoB", "", "") +
			p("Segundo", "Punto", "", "") +
			p("sin número", "Punto", "0", "")
		return build(t, body, num, styles)
	},
	// bullets, a startOverride list, two lists sharing one definition, and
	// a table whose cells hold paragraphs.
	"bullets-tables": func(t testing.TB) []byte {
		num := abstract("1", lvl("0", "1", "decimal", "%1.", ""), lvl("1", "1", "bullet", "\uf0b7", "")) +
			numRef("1", "1", "") + numRef("2", "1", "") +
			numRef("3", "1", `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>`)
		body := p("Uno", "", "1", "0") + p("viñeta", "", "1", "1") + p("viñeta", "", "1", "1") +
			p("Dos (numId 2 continues numId 1)", "", "2", "0") +
			p("Conclusiones", "", "", "") +
			p("Otra lista", "", "3", "0") + p("Sigue", "", "3", "0") +
			`<w:tbl><w:tr><w:tc>` + p("celda 1", "", "", "") + `</w:tc><w:tc>` + p("celda 2", "", "", "") + `</w:tc></w:tr></w:tbl>`
		return build(t, body, num, "")
	},
	// an agreements table: one line per row, cells between bars, a cell's
	// paragraphs joined, a bar inside a cell kept from reading as a column.
	"agreements-table": func(t testing.TB) []byte {
		cell := func(ps ...string) string {
			out := "<w:tc>"
			for _, x := range ps {
				out += p(x, "", "", "")
			}
			return out + "</w:tc>"
		}
		body := p("ACUERDOS", "", "", "") + "<w:tbl>" +
			"<w:tr>" + cell("No.") + cell("Acuerdo") + cell("Responsable") + cell("Plazo") + "</w:tr>" +
			"<w:tr>" + cell("1") + cell("Solicitar a la OIM un estudio", "sobre retorno.") + cell("OIM") + cell("junio de 2018") + "</w:tr>" +
			"<w:tr>" + cell("2") + cell("Actualizar el directorio a|b.") + cell("ST") + cell("") + "</w:tr>" +
			"</w:tbl>" + p("San José, 12 de marzo de 2018.", "", "", "")
		return build(t, body, "", "")
	},
	// a list that a converter split around text cut by a page break (new
	// definitions, same look) continues; after a finished sentence and a
	// heading, a new list restarts.
	"split-list": func(t testing.TB) []byte {
		def := func(id string) string { return abstract(id, lvl("0", "1", "decimal", "%1)", "")) }
		num := def("1") + def("2") + def("3") + numRef("1", "1", "") + numRef("2", "2", "") + numRef("3", "3", "")
		body := p("Agradecer a la OIM.", "", "1", "0") + p("Solicitar a México y a", "", "1", "0") +
			p("Canadá el informe.", "", "", "") +
			p("Tomar nota.", "", "2", "0") +
			p("RECOMENDACIONES", "", "", "") +
			p("Recomendar al GRCM.", "", "3", "0")
		return build(t, body, num, "")
	},
	// runs: tabs, breaks, deleted text, field codes, alternate content,
	// hyphens, and paragraph properties that also hold tabs.
	"runs": func(t testing.TB) []byte {
		body := `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="1"/></w:tabs></w:pPr>` +
			`<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r>` +
			`<w:del><w:r><w:delText>borrado</w:delText></w:r></w:del>` +
			`<w:ins><w:r><w:t xml:space="preserve"> nuevo</w:t></w:r></w:ins>` +
			`<w:moveFrom><w:r><w:t>movido</w:t></w:r></w:moveFrom>` +
			`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
			`<w:r><w:t>x</w:t><w:noBreakHyphen/><w:t>y</w:t><w:softHyphen/></w:r>` +
			`<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:t>elegido</w:t></mc:Choice><mc:Fallback><w:t>respaldo</w:t></mc:Fallback></mc:AlternateContent></w:r>` +
			`<w:hyperlink><w:r><w:t xml:space="preserve"> enlace &amp; más</w:t></w:r></w:hyperlink></w:p>`
		return build(t, body, "", "")
	},
}

func TestFixtures(t *testing.T) {
	for name, mk := range fixtures {
		t.Run(name, func(t *testing.T) {
			got, err := Text(mk(t))
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

func TestFormat(t *testing.T) {
	tests := []struct {
		fmt  string
		n    int
		want string
	}{
		{"decimal", 12, "12"}, {"lowerLetter", 1, "a"}, {"lowerLetter", 28, "bb"},
		{"upperLetter", 3, "C"}, {"lowerRoman", 14, "xiv"}, {"upperRoman", 1999, "MCMXCIX"},
		{"decimalZero", 7, "07"}, {"ordinal", 22, "22nd"}, {"none", 3, ""}, {"chineseCounting", 4, "4"},
		{"lowerLetter", 2000000000, "2000000000"}, {"upperRoman", 0, "0"},
	}
	for _, tt := range tests {
		if got := format(tt.fmt, tt.n); got != tt.want {
			t.Errorf("format(%q, %d) = %q, want %q", tt.fmt, tt.n, got, tt.want)
		}
	}
}

func TestBadInput(t *testing.T) {
	bomb := strings.Repeat("<w:p/>", 400<<10) // 2.4 MB of XML, compresses ~1000:1
	tests := []struct {
		name string
		in   []byte
		err  error
		why  string
	}{
		{"not a zip", []byte("<html>hola</html>"), nil, "docx: open zip"},
		{"empty", nil, nil, "docx: open zip"},
		{"no document", zipOf(t, map[string]string{"[Content_Types].xml": "<Types/>"}), ErrNoDocument, "no word/document.xml"},
		{"document only outside the archive", zipOf(t, map[string]string{"../word/document.xml": "<w:document/>", "/word/document.xml": "<x/>"}), ErrNoDocument, ""},
		{"bomb by ratio", zipOf(t, map[string]string{"word/document.xml": bomb}), ErrTooLarge, "compression ratio"},
		{"bomb by size", rawZip(t, "word/document.xml", "<w:document/>", 60<<20), ErrTooLarge, "word/document.xml"},
		{"header lies about size", rawZip(t, "word/document.xml", bomb, 100), nil, "docx: word/document.xml"},
		{"bad xml", zipOf(t, map[string]string{"word/document.xml": "<w:document><w:body><w:p>"}), nil, "docx: word/document.xml"},
		{"bad numbering", zipOf(t, map[string]string{"word/document.xml": "<w:document/>", "word/numbering.xml": "<w:numbering><"}), nil, "docx: word/numbering.xml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Text(tt.in)
			if err == nil {
				t.Fatal("no error")
			}
			if tt.err != nil && !errors.Is(err, tt.err) {
				t.Errorf("err = %v, want %v", err, tt.err)
			}
			if !strings.Contains(err.Error(), tt.why) {
				t.Errorf("err = %q, want it to say %q", err, tt.why)
			}
		})
	}
}

func FuzzDOCX(f *testing.F) {
	for _, mk := range fixtures {
		f.Add(mk(f))
	}
	f.Add(read(f, "crm-rfepc-2017-11-27.es.docx"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if s, err := Text(b); err == nil && strings.ContainsRune(s, '\r') {
			t.Fatalf("CR in output")
		}
	})
}

func BenchmarkText(b *testing.B) {
	in := read(b, "crm-rfepc-2017-11-27.es.docx")
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := Text(in); err != nil {
			b.Fatal(err)
		}
	}
}

// TestParagraphLines checks that a report's body paragraphs come one per
// line, as in its text version, with blank lines only around the title
// lines and headings.
func TestParagraphLines(t *testing.T) {
	name := "grcm-san-salvador-1999-10.es"
	got, err := Text(read(t, name+".docx"))
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
}
