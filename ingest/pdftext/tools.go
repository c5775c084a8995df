package pdftext

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"actas"
	"actas/ingest/ocr"
)

// Installed reports whether the external program name is on PATH.
func Installed(name string) bool {
	_, err := exec.LookPath(name)
	return err == nil
}

// scratch is a temporary directory holding the document for external tools.
type scratch struct {
	dir  string
	path string
}

// newScratch writes data to a file in a new temporary directory.
func newScratch(data []byte) (*scratch, error) {
	dir, err := os.MkdirTemp("", "actas-pdf-")
	if err != nil {
		return nil, fmt.Errorf("temp dir: %w", err)
	}
	path := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("temp file: %w", err)
	}
	return &scratch{dir: dir, path: path}, nil
}

// close removes the temporary directory.
func (s *scratch) close() {
	if s != nil {
		os.RemoveAll(s.dir)
	}
}

// execTool executes a program and returns its standard output, with the last
// line of standard error in the error.
func execTool(ctx context.Context, name string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	// One thread per tool: the batch runs files in parallel already, and
	// tesseract's OpenMP threads only slow a busy machine down.
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(errb.String())
		if i := strings.LastIndexByte(msg, '\n'); i >= 0 {
			msg = msg[i+1:]
		}
		if msg == "" {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		return nil, fmt.Errorf("%s: %w: %s", name, err, msg)
	}
	return out.Bytes(), nil
}

// pdftotextAll runs pdftotext on the whole document and splits its pages.
func pdftotextAll(ctx context.Context, s *scratch, maxPages int) ([]string, error) {
	out, err := execTool(ctx, "pdftotext", "-q", "-enc", "UTF-8", "-l", strconv.Itoa(maxPages), s.path, "-")
	if err != nil {
		return nil, err
	}
	pages := strings.Split(string(out), "\f")
	if len(pages) > 1 && strings.TrimSpace(pages[len(pages)-1]) == "" {
		pages = pages[:len(pages)-1]
	}
	for i := range pages {
		pages[i] = cleanLines(pages[i])
	}
	return pages, nil
}

// ocrPage reads page n with package ocr in the "+"-separated languages.
func ocrPage(ctx context.Context, s *scratch, n int, lang string) (actas.Page, error) {
	pg := ocr.Document(ctx, s.path, []int{n}, ocr.Options{Langs: strings.Split(lang, "+")})[0]
	if pg.Err != nil {
		return actas.Page{}, pg.Err
	}
	return OCRPage(pg), nil
}

// OCRPage is a page read by package ocr with its text cleaned as the text
// layer's is, and its confidence.
func OCRPage(pg ocr.Page) actas.Page {
	return actas.Page{Number: pg.Number, Text: cleanLines(pg.Text), Method: MethodOCR,
		OCRConfidence: pg.Confidence, LowWords: pg.LowWords}
}

// cleanLines cleans each line of tool output and trims the page.
func cleanLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(clean(l), " ")
	}
	return strings.TrimSpace(strings.Join(lines, "\n")) + "\n"
}
