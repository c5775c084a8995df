package pdftext

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// extractFile runs Extract on a test file.
func extractFile(t testing.TB, path string, opt Options) (Result, error) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return Extract(context.Background(), data, opt)
}

// dump renders a result for golden comparison.
func dump(res Result) string {
	var b strings.Builder
	for _, p := range res.Pages {
		fmt.Fprintf(&b, "--- page %d (%s)\n%s", p.Number, p.Method, p.Text)
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(&b, "--- warning: %s\n", w)
	}
	return b.String()
}

// TestGolden compares the extraction of the test PDFs with golden files.
func TestGolden(t *testing.T) {
	files := []string{
		"testdata/synthetic/furniture.pdf",
		"testdata/synthetic/groff.pdf",
		"testdata/synthetic/rotated.pdf",
		"testdata/crm-vii-antigua-2002-05.es.lo.pdf",
		"testdata/grcm-tapachula-2010-05.es.chromium.pdf",
		"testdata/rcgm-managua-2014-11.en.mono.pdf",
	}
	opt := DefaultOptions()
	opt.NoTools = true
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			res, err := extractFile(t, f, opt)
			if err != nil {
				t.Fatal(err)
			}
			got := dump(res)
			golden := filepath.Join("testdata/golden", strings.TrimSuffix(filepath.Base(f), ".pdf")+".txt")
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
				t.Errorf("extraction differs from %s (run with -update to accept):\n%s", golden, got)
			}
		})
	}
}

// TestWalkerFeatures checks what ledongthuc's own extraction gets wrong.
func TestWalkerFeatures(t *testing.T) {
	res, err := extractFile(t, "testdata/synthetic/furniture.pdf", DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Pages) != 2 {
		t.Fatalf("%d pages, want 2", len(res.Pages))
	}
	p1, p2 := res.Pages[0].Text, res.Pages[1].Text
	tests := []struct {
		name, text, want string
	}{
		{"words positioned without spaces", p1, "1. Solicitar a la OIM que apoye a la Secretaría Técnica."},
		{"' operator starts a line", p1, "\n2. Encomendar al GRCM"},
		{"\" operator starts a line, wrapped by the width", p1, " lineamientos regionales para el retorno digno de migrantes.\n"},
		{"paragraph gap between body paragraphs is a line break", p1, "migrantes.\n3. Agradecer"},
		{"text inside a Form XObject", p1, "Texto dentro de un formulario incrustado."},
		{"fonts of the page itself", p2, "Hola\n\nHola es un saludo"},
		{"footer", p2, "Página 2 de 2"},
	}
	for _, tt := range tests {
		if !strings.Contains(tt.text, tt.want) {
			t.Errorf("%s: %q not in\n%s", tt.name, tt.want, tt.text)
		}
	}
	if strings.Contains(p1, "SolicitaralaOIM") {
		t.Errorf("words glued: %s", p1)
	}
}

// TestDamaged reads files ledongthuc/pdf cannot open through the pdfcpu rewrite.
func TestDamaged(t *testing.T) {
	tests := []struct {
		file      string
		method    string
		err       error
		encrypted bool
	}{
		{"pdf20.pdf", MethodRepaired, nil, false},
		{"junk-eof.pdf", MethodRepaired, nil, false},
		{"bad-xref.pdf", MethodRepaired, nil, false},
		{"aes256-nopass.pdf", MethodRepaired, nil, false},
		{"aes256-userpass.pdf", "", ErrEncrypted, true},
	}
	opt := DefaultOptions()
	opt.NoTools = true
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			res, err := extractFile(t, filepath.Join("testdata/damaged", tt.file), opt)
			if res.Encrypted != tt.encrypted {
				t.Errorf("Encrypted = %v, want %v", res.Encrypted, tt.encrypted)
			}
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("error %v, want %v", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Pages) != 2 || res.Pages[0].Method != tt.method || !strings.Contains(res.Pages[0].Text, "Solicitar a la OIM") {
				t.Fatalf("got %s", dump(res))
			}
		})
	}
}

// TestBadPage loses only the page whose content cannot be read.
func TestBadPage(t *testing.T) {
	opt := DefaultOptions()
	opt.NoTools = true
	res, err := extractFile(t, "testdata/damaged/bad-page.pdf", opt)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Pages) != 2 || res.Pages[0].Method != MethodEmpty || res.Pages[1].Method != MethodPDF ||
		!strings.Contains(res.Pages[1].Text, "4. Tomar nota") {
		t.Fatalf("got %s", dump(res))
	}
	if len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0], "page 1: bad content") {
		t.Fatalf("warnings %q", res.Warnings)
	}
}

// TestPdftotextFallback takes the text from poppler when nothing else opens the file.
func TestPdftotextFallback(t *testing.T) {
	needTool(t, "pdftotext")
	data, err := os.ReadFile("testdata/synthetic/furniture.pdf")
	if err != nil {
		t.Fatal(err)
	}
	// Shifted offsets (ledongthuc fails) and a font dictionary that pdfcpu's
	// validation rejects; poppler reconstructs the xref and reads the text.
	broken := strings.ReplaceAll(string(data), "/FirstChar 32", "/FirstChar (x)")
	res, err := Extract(context.Background(), []byte(broken), DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Pages) != 2 || res.Pages[0].Method != MethodPdftotext || !strings.Contains(res.Pages[0].Text, "Solicitar a la OIM") {
		t.Fatalf("got %s", dump(res))
	}
}

// TestOCR reads a scanned page with tesseract.
func TestOCR(t *testing.T) {
	needTool(t, "pdftoppm", "tesseract")
	res, err := extractFile(t, "testdata/synthetic/scan.pdf", DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if !res.OCRUsed || res.NeedsOCR || len(res.Pages) != 1 || res.Pages[0].Method != MethodOCR {
		t.Fatalf("got %+v", res)
	}
	for _, w := range []string{"Conferencia Regional", "Migración", "Guatemala", "Viceministros", "Terrorismo"} {
		if !strings.Contains(res.Pages[0].Text, w) {
			t.Errorf("OCR text lacks %q", w)
		}
	}
}

// TestNeedsOCR records a scanned page when OCR cannot run.
func TestNeedsOCR(t *testing.T) {
	noOCR := DefaultOptions()
	noOCR.OCR = false
	tests := []struct {
		name string
		opt  Options
		path string // PATH for the test; "" keeps it
		warn string
	}{
		{"tools missing", DefaultOptions(), "empty", "page 1: no text layer; OCR not installed (apt-get install"},
		{"OCR off", noOCR, "", "page 1: no text layer; OCR disabled"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.path != "" {
				t.Setenv("PATH", t.TempDir())
			}
			res, err := extractFile(t, "testdata/synthetic/scan.pdf", tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			if !res.NeedsOCR || res.OCRUsed || res.Pages[0].Method != MethodEmpty {
				t.Fatalf("got %+v", res)
			}
			if len(res.Warnings) != 1 || !strings.HasPrefix(res.Warnings[0], tt.warn) {
				t.Fatalf("warnings %q, want %q", res.Warnings, tt.warn)
			}
		})
	}
}

// TestBadInput gives clear errors for what is not a readable PDF.
func TestBadInput(t *testing.T) {
	tests := []struct {
		name string
		data string
		want string
	}{
		{"empty", "", "pdf: empty file"},
		{"html", "<!DOCTYPE html><html><body>acta</body></html>", "not a PDF"},
		{"junk", "\x00\x01\x02\xff\xfe binary", "not a PDF"},
		{"header only", "%PDF-1.4\n", "pdf: cannot open"},
		{"no pages", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "pdf:"},
	}
	opt := DefaultOptions()
	opt.NoTools = true
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Extract(context.Background(), []byte(tt.data), opt)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want %q", err, tt.want)
			}
		})
	}
}

// TestLimits caps pages and output bytes with a warning.
func TestLimits(t *testing.T) {
	opt := DefaultOptions()
	opt.MaxPages = 1
	res, err := extractFile(t, "testdata/synthetic/furniture.pdf", opt)
	if err != nil || len(res.Pages) != 1 || len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0], "more than 1 pages") {
		t.Fatalf("MaxPages: %v %s", err, dump(res))
	}
	opt = DefaultOptions()
	opt.MaxOutput = 100
	res, err = extractFile(t, "testdata/synthetic/furniture.pdf", opt)
	total := 0
	for _, p := range res.Pages {
		total += len(p.Text)
		if !utf8.ValidString(p.Text) {
			t.Errorf("page %d: invalid UTF-8", p.Number)
		}
	}
	if err != nil || total > 100+200 || len(res.Warnings) == 0 {
		t.Fatalf("MaxOutput: %v, %d bytes, %s", err, total, dump(res))
	}
}

// TestCancelled stops at once when the context is done.
func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	data, err := os.ReadFile("testdata/synthetic/furniture.pdf")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Extract(ctx, data, DefaultOptions()); !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
}
