package ocr

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// w makes a word on tesseract line (block, line) at x, top y, 30 px high.
func w(block, line, x, y int, text string, conf float64) word {
	return word{block: block, par: 1, line: line, left: x, top: y, w: 20 * len(text), h: 30, conf: conf, text: text}
}

func TestLayoutWords(t *testing.T) {
	for _, tt := range []struct {
		name  string
		words []word
		want  string
	}{
		{"lines and a paragraph gap", []word{
			w(1, 1, 100, 100, "Uno", 95), w(1, 1, 200, 100, "dos", 95),
			w(1, 2, 100, 140, "tres", 95), w(1, 3, 100, 180, "cuatro", 95), w(1, 4, 100, 220, "cinco", 95),
			w(1, 5, 100, 320, "seis", 95),
		}, "Uno dos\ntres\ncuatro\ncinco\n\nseis\n"},
		{"a number in a block of its own joins its line", []word{
			w(2, 1, 160, 100, "Acordar", 95), w(2, 1, 400, 100, "algo", 95),
			w(1, 1, 100, 101, "1.", 90),
			w(2, 2, 160, 140, "más", 95),
		}, "1. Acordar algo\nmás\n"},
		{"hyphenated word joined", []word{
			w(1, 1, 100, 100, "la", 95), w(1, 1, 200, 100, "migra-", 95),
			w(1, 2, 100, 140, "ción", 95),
		}, "la migración\n"},
		{"noise speck dropped, low-confidence word kept", []word{
			w(1, 1, 100, 100, "Texto", 95), w(1, 1, 300, 100, "dudoso", 20),
			w(2, 1, 900, 140, "~", 10),
			w(1, 2, 100, 140, "fin", 95),
		}, "Texto dudoso\nfin\n"},
		{"descenders do not move the baseline", []word{
			w(1, 1, 100, 100, "ay", 95), w(1, 1, 200, 100, "de", 95), w(1, 1, 300, 100, "la", 95),
			w(1, 2, 100, 140, "gp", 95), w(1, 2, 200, 140, "en", 95), w(1, 2, 300, 140, "el", 95),
			w(1, 3, 100, 180, "de", 95),
			w(1, 4, 100, 220, "de", 95),
		}, "ay de la\ngp en el\nde\nde\n"},
		{"nothing", nil, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name == "descenders do not move the baseline" {
				tt.words[0].h, tt.words[3].h = 40, 40
			}
			if got := layoutWords(tt.words); got != tt.want {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

// TestLayoutGolden lays out tesseract's TSV of a scanned report page.
func TestLayoutGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.tsv")
	if len(files) == 0 {
		t.Fatal("no testdata/*.tsv")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			words, err := parseTSV(string(data))
			if err != nil {
				t.Fatal(err)
			}
			got := layoutWords(words)
			golden := strings.TrimSuffix(f, ".tsv") + ".txt"
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
				t.Errorf("layout of %s differs from %s:\n%s", f, golden, got)
			}
		})
	}
}

func TestParseTSV(t *testing.T) {
	tsv := "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" +
		"1\t1\t0\t0\t0\t0\t0\t0\t2481\t3508\t-1\t\n" +
		"4\t1\t1\t1\t1\t0\t497\t132\t1602\t34\t-1\t\n" +
		"5\t1\t1\t1\t1\t1\t497\t132\t67\t34\t87.340256\tVIl\n" +
		"5\t1\t1\t1\t1\t2\t595\t132\t347\t34\t96.4\tCONFERENCIA\n" +
		"5\t1\t1\t1\t1\t3\t995\t132\t34\t34\t-1\t \n"
	words, err := parseTSV(tsv)
	if err != nil {
		t.Fatal(err)
	}
	want := []word{
		{block: 1, par: 1, line: 1, left: 497, top: 132, w: 67, h: 34, conf: 87.340256, text: "VIl"},
		{block: 1, par: 1, line: 1, left: 595, top: 132, w: 347, h: 34, conf: 96.4, text: "CONFERENCIA"},
	}
	if len(words) != len(want) || words[0] != want[0] || words[1] != want[1] {
		t.Errorf("got %+v\nwant %+v", words, want)
	}
	for _, bad := range []string{"", "nonsense", "level\tx\n5\t1\t1\t1\t1\t1\ta\t1\t1\t1\t90\tw\n"} {
		if _, err := parseTSV(bad); err == nil {
			t.Errorf("parseTSV(%q) gave no error", bad)
		}
	}
}

func FuzzParseTSV(f *testing.F) {
	f.Add("level\tpage_num\n5\t1\t1\t1\t1\t1\t497\t132\t67\t34\t87.3\tVIl\n")
	f.Fuzz(func(t *testing.T, s string) {
		words, err := parseTSV(s)
		if err == nil {
			_ = layoutWords(words)
		}
	})
}

func TestDetectLang(t *testing.T) {
	words := func(s string) []word {
		var ws []word
		for _, f := range strings.Fields(s) {
			ws = append(ws, word{text: f})
		}
		return ws
	}
	langs := []string{Spanish, English}
	for _, tt := range []struct{ text, want string }{
		{"La Conferencia acordó solicitar a la Secretaría Técnica que elabore, en el marco de los trabajos del Grupo, un informe de las acciones para el retorno de los migrantes.", Spanish},
		{"The Conference agreed to request the Technical Secretariat to prepare, in the framework of the work of the Group, a report on the actions for the return of migrants, and to present it at the next meeting.", English},
		{"Belice Canadá Costa Rica El Salvador", ""},
		{"the de of la and que to el in en for los", ""},
	} {
		if got := detectLang(words(tt.text), langs); got != tt.want {
			t.Errorf("detectLang(%.30q...) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestDenseBand(t *testing.T) {
	page := fakePage(600, 1800)
	// Clear all but rows 900 to 1100 of text.
	for y := 0; y < 1800; y++ {
		if y < 900 || y > 1100 {
			for x := range 600 {
				page.Pix[y*600+x] = 255
			}
		}
	}
	band := denseBand(page)
	if band == nil || band.Bounds().Min.Y > 930 || band.Bounds().Max.Y < 1080 {
		t.Errorf("band = %v, want it to hold the text rows 930 to 1080", band.Bounds())
	}
	blank := fakePage(100, 100)
	for i := range blank.Pix {
		blank.Pix[i] = 255
	}
	if denseBand(blank) != nil {
		t.Errorf("a blank page has a band")
	}
}

func TestMarkBullets(t *testing.T) {
	// A line: a small raised mark, then words 36 px high on baseline 985.
	line := func(mark string, top, h int) []word {
		return []word{
			{block: 1, par: 1, line: 1, left: 378, top: top, w: 12, h: h, conf: 50, text: mark},
			{block: 1, par: 1, line: 1, left: 415, top: 949, w: 76, h: 36, conf: 96, text: "The"},
			{block: 1, par: 1, line: 1, left: 500, top: 949, w: 76, h: 36, conf: 96, text: "report"},
		}
	}
	for _, tt := range []struct {
		name, mark string
		top, h     int
		want       string
	}{
		{"asterisk bullet", "*", 961, 13, "• The report\n"},
		{"cent bullet", "¢", 960, 14, "• The report\n"},
		{"o bullet", "o", 960, 14, "• The report\n"},
		{"the letter o on the baseline", "o", 960, 25, "o The report\n"},
		{"a full stop", "+", 975, 10, "+ The report\n"},
		{"a dash is kept", "-", 965, 4, "- The report\n"},
		{"a big plus is kept", "+", 950, 30, "+ The report\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := layoutWords(line(tt.mark, tt.top, tt.h)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
