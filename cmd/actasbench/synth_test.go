package main

import (
	"crypto/sha256"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGenerate checks the synthetic archive: the counts asked for, every
// file distinct, deterministic for a seed, and PDFs whose text pdftotext reads.
func TestGenerate(t *testing.T) {
	dir := t.TempDir()
	a, err := generate(dir, 40, 0.25, 7)
	if err != nil {
		t.Fatal(err)
	}
	if a.Texts != 30 || a.PDFs != 10 || a.PDFPages < 10 {
		t.Fatalf("got %d texts, %d PDFs, %d pages; want 30, 10, >= 10", a.Texts, a.PDFs, a.PDFPages)
	}
	files, err := listFiles(dir)
	if err != nil || len(files) != 40 {
		t.Fatalf("listed %d files (%v), want 40", len(files), err)
	}
	seen := map[[32]byte]string{}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		h := sha256.Sum256(b)
		if other, dup := seen[h]; dup {
			t.Errorf("%s has the same content as %s", f, other)
		}
		seen[h] = f
	}
	again, _ := generate(t.TempDir(), 40, 0.25, 7)
	if again.Bytes != a.Bytes {
		t.Errorf("same seed gave %d then %d bytes", a.Bytes, again.Bytes)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	pdfs, _ := filepath.Glob(filepath.Join(a.PDFDir, "000", "*.pdf"))
	out, err := exec.Command("pdftotext", "-q", pdfs[0], "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", pdfs[0], err)
	}
	if !strings.Contains(string(out), "Ref.: ") || len(out) < 1000 {
		t.Errorf("pdftotext read %d bytes from %s:\n%.300s", len(out), pdfs[0], out)
	}
}

// TestVaried checks that the variations change dates, hosts and parties
// while the report keeps its language and its numbered points.
func TestVaried(t *testing.T) {
	tpls, err := loadTemplates()
	if err != nil {
		t.Fatal(err)
	}
	changed := 0
	for i := range 3 * len(tpls) {
		tpl, s := varied(tpls, i, 1)
		if s != tpl.text+"\n" {
			changed++
		}
		if strings.Count(s, "\n1") < strings.Count(tpl.text, "\n1") {
			t.Errorf("report %d (%s) lost numbered points", i, tpl.name)
		}
	}
	if changed != 3*len(tpls) {
		t.Errorf("%d of %d reports changed", changed, 3*len(tpls))
	}
}

// TestWrapLines checks wrapping at the width and kept blank lines.
func TestWrapLines(t *testing.T) {
	tests := []struct {
		in    string
		width int
		want  []string
	}{
		{"a b c", 3, []string{"a b", "c"}},
		{"uno\n\ndos", 10, []string{"uno", "", "dos"}},
		{"reunión de México", 8, []string{"reunión", "de", "México"}},
	}
	for _, tt := range tests {
		got := wrapLines(tt.in, tt.width)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("wrapLines(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
		}
	}
}

func TestRotateMonths(t *testing.T) {
	tests := []struct {
		in   string
		k    int
		want string
	}{
		{"November 24-25, 2014", 2, "January 24-25, 2014"},
		{"18 y 19 de mayo de 2010", 1, "18 y 19 de junio de 2010"},
		{"MARZO DE 2004; la mayoría", 1, "ABRIL DE 2004; la mayoría"},
		{"States may march in May", 1, "States may march in June"},
	}
	for _, tt := range tests {
		if got := rotateMonths(tt.in, tt.k); got != tt.want {
			t.Errorf("rotateMonths(%q, %d) = %q, want %q", tt.in, tt.k, got, tt.want)
		}
	}
}
