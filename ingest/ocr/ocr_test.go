package ocr

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// scanFixture is a one-page image-only PDF of a report.
const scanFixture = "../pdftext/testdata/synthetic/scan.pdf"

// needTools skips, or fails under CI, without pdftoppm and tesseract.
func needTools(t *testing.T) {
	if !Available() {
		if os.Getenv("CI") == "true" {
			t.Fatal("pdftoppm or tesseract not installed")
		}
		t.Skip("pdftoppm or tesseract not installed")
	}
}

func TestDocument(t *testing.T) {
	needTools(t)
	var calls []int
	pages := Document(context.Background(), scanFixture, []int{1}, Options{Progress: func(done, total int) {
		calls = append(calls, done, total)
	}})
	pg := pages[0]
	if pg.Err != nil {
		t.Fatal(pg.Err)
	}
	if pg.Number != 1 || pg.Words < 20 || pg.Confidence < 50 || pg.Confidence > 100 {
		t.Errorf("page = number %d, %d words, confidence %.1f", pg.Number, pg.Words, pg.Confidence)
	}
	if len(strings.Fields(pg.Text)) < pg.Words-5 {
		t.Errorf("words were dropped: %d read, text has %d", pg.Words, len(strings.Fields(pg.Text)))
	}
	if len(calls) != 2 || calls[0] != 1 || calls[1] != 1 {
		t.Errorf("progress calls = %v, want [1 1]", calls)
	}
	t.Logf("lang %s, confidence %.1f, skew %.2f°, %d low words\n%s", pg.Lang, pg.Confidence, pg.Skew, len(pg.LowWords), pg.Text)
}

// TestDocumentFailsPages: bad input and time limits fail the page with a
// reason, quickly, and never the caller.
func TestDocumentFailsPages(t *testing.T) {
	needTools(t)
	junk := filepath.Join(t.TempDir(), "junk.pdf")
	if err := os.WriteFile(junk, []byte("%PDF-1.4\nnot really\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	for _, tt := range []struct {
		name string
		ctx  context.Context
		path string
		opt  Options
		want string
	}{
		{"not a PDF", context.Background(), junk, Options{}, "pdftoppm"},
		{"missing file", context.Background(), filepath.Join(t.TempDir(), "none.pdf"), Options{}, "pdftoppm"},
		{"page past the end", context.Background(), scanFixture, Options{}, "pdftoppm"},
		{"time limit", context.Background(), scanFixture, Options{PageTimeout: time.Millisecond}, "no answer after"},
		{"no memory", context.Background(), scanFixture, Options{MemoryMB: 8}, "page 1"},
		{"cancelled", cancelled, scanFixture, Options{}, "canceled"},
		{"no language", context.Background(), scanFixture, Options{Langs: []string{"xyz"}}, "none of the languages"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			n := 1
			if tt.name == "page past the end" {
				n = 7
			}
			start := time.Now()
			pg := Document(tt.ctx, tt.path, []int{n}, tt.opt)[0]
			if pg.Err == nil || !strings.Contains(pg.Err.Error(), tt.want) {
				t.Errorf("err = %v, want it to say %q", pg.Err, tt.want)
			}
			if d := time.Since(start); d > 30*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
}

func TestRunToolReason(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	_, err := runTool(context.Background(), nil, 64, "sh", "-c", "echo first >&2; echo the reason >&2; exit 3")
	if err == nil || !strings.Contains(err.Error(), "the reason") || !strings.Contains(err.Error(), "exit status 3") {
		t.Errorf("err = %v, want the last line of standard error and the exit status", err)
	}
}
