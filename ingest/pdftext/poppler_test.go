package pdftext

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// needTool skips without CI when name is missing, and fails with CI=true.
func needTool(t testing.TB, names ...string) {
	t.Helper()
	for _, name := range names {
		if Installed(name) {
			continue
		}
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s not installed (CI needs poppler-utils, tesseract-ocr, tesseract-ocr-spa, tesseract-ocr-eng)", name)
		}
		t.Skipf("%s not installed", name)
	}
}

// goodPDFs lists the well-formed test PDFs.
func goodPDFs(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob("testdata/*.pdf")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test PDFs: %v", err)
	}
	return append(files, "testdata/synthetic/furniture.pdf", "testdata/synthetic/groff.pdf", "testdata/synthetic/rotated.pdf")
}

// TestMatchesPdftotext compares our walker with poppler on every good PDF.
func TestMatchesPdftotext(t *testing.T) {
	needTool(t, "pdftotext")
	for _, f := range goodPDFs(t) {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			res, err := Extract(context.Background(), data, DefaultOptions())
			if err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command("pdftotext", "-enc", "UTF-8", f, "-").Output()
			if err != nil {
				t.Fatal(err)
			}
			var ours strings.Builder
			for _, p := range res.Pages {
				if p.Method != MethodPDF {
					t.Errorf("page %d: method %s, want pdf", p.Number, p.Method)
				}
				ours.WriteString(p.Text)
			}
			if s := wordSimilarity(ours.String(), string(out)); s < 0.98 {
				t.Errorf("word similarity to pdftotext %.4f < 0.98", s)
				if os.Getenv("PDFTEXT_DEBUG") != "" {
					os.WriteFile(filepath.Join(os.TempDir(), filepath.Base(f)+".ours.txt"), []byte(ours.String()), 0o644)
					os.WriteFile(filepath.Join(os.TempDir(), filepath.Base(f)+".poppler.txt"), out, 0o644)
				}
			} else {
				t.Logf("similarity %.4f", s)
			}
		})
	}
}
