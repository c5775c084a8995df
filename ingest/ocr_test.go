package ingest

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"actas/ingest/pdftext"
	"actas/ingest/worker"
)

// scanPDF is the pdftext teammate's image-only PDF (a scanned report).
const scanPDF = "pdftext/testdata/synthetic/scan.pdf"

// needScan skips, or fails under CI, when the scanned fixture is missing.
func needScan(t *testing.T) {
	if _, err := os.Stat(scanPDF); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("fixture %s missing", scanPDF)
		}
		t.Skipf("fixture %s missing", scanPDF)
	}
}

func TestIngestNeedsOCR(t *testing.T) {
	needScan(t)
	opt := testOptions()
	opt.PDF = pdftext.DefaultOptions()
	opt.PDF.OCR = false
	st := openStore(t)
	sum := runOK(t, st, []string{scanPDF}, opt)
	t.Log(sum)
	if sum.Loaded != 1 || sum.NeedsOCR != 1 || sum.Failed != 0 {
		t.Fatalf("want the scan loaded and needing OCR, got\n%s", sum)
	}
	if f := sum.Failures[0]; f.Stage != StageOCR || !strings.Contains(f.Reason, "OCR") {
		t.Errorf("failure = %+v, want stage ocr naming OCR", f)
	}
	if n := queryInt(t, st, `select count(*) from documents where warnings like '%needs OCR%'`); n != 1 {
		t.Errorf("the document row is missing or has no 'needs OCR' warning")
	}
	if n := queryInt(t, st, `select count(*) from ingest_errors where stage = 'ocr'`); n != 1 {
		t.Errorf("ingest_errors has %d ocr rows, want 1", n)
	}
}

func TestIngestOCR(t *testing.T) {
	needScan(t)
	for _, tool := range []string{"pdftoppm", "tesseract"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("%s not installed", tool)
			}
			t.Skipf("%s not installed", tool)
		}
	}
	opt := testOptions()
	opt.Limits = worker.DefaultLimits()
	opt.Limits.Timeout = 5 * time.Minute // OCR at 300 dpi on a busy machine
	st := openStore(t)
	sum := runOK(t, st, []string{scanPDF}, opt)
	if sum.Loaded != 1 || sum.NeedsOCR != 0 {
		t.Fatalf("want the scan loaded through OCR, got\n%s", sum)
	}
	if n := queryInt(t, st, `select count(*) from documents where uncertain`); n != 1 {
		t.Errorf("an OCR document must be flagged uncertain")
	}
}
