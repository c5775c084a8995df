package worker

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"actas/ingest/pdftext"
)

func TestMain(m *testing.M) {
	if IsChild() {
		os.Exit(Serve())
	}
	os.Exit(m.Run())
}

// testLimits keeps hostile files cheap: 5 s and 384 MB per file.
var testLimits = Limits{Timeout: 5 * time.Second, MemoryMB: 384, MaxBytes: 50 << 20}

// noOCR extracts without external tools so results do not depend on the machine.
func noOCR() pdftext.Options {
	o := pdftext.DefaultOptions()
	o.OCR = false
	return o
}

// writePDF writes a one-page PDF with the given content stream to dir.
func writePDF(t *testing.T, dir, name string, stream []byte, filter string) string {
	t.Helper()
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
	}
	var offs []int
	for i, o := range objs {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	offs = append(offs, b.Len())
	fmt.Fprintf(&b, "4 0 obj\n<< /Length %d %s >>\nstream\n", len(stream), filter)
	b.Write(stream)
	b.WriteString("\nendstream\nendobj\n")
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 5\n0000000000 65535 f \n")
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", x)
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// deepArrays writes a PDF whose content is arrays nested ten million deep.
func deepArrays(t *testing.T, dir string) string {
	return writePDF(t, dir, "deep-arrays.pdf", bytes.Repeat([]byte("["), 10_000_000), "")
}

// flateBomb writes a PDF whose content inflates to 400 MB of operands.
func flateBomb(t *testing.T, dir string) string {
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	chunk := bytes.Repeat([]byte("0 "), 1<<20)
	for range 200 {
		zw.Write(chunk)
	}
	zw.Close()
	return writePDF(t, dir, "flate-bomb.pdf", z.Bytes(), "/Filter /FlateDecode")
}

// TestHostile runs every hostile file through a worker: each ends in a
// result or an error within its limit, and a good PDF still works after.
func TestHostile(t *testing.T) {
	dir := t.TempDir()
	files, err := filepath.Glob("testdata/hostile/*")
	if err != nil || len(files) < 10 {
		t.Fatalf("hostile fixtures missing: %v", err)
	}
	files = append(files, deepArrays(t, dir), flateBomb(t, dir))
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			res, err := ExtractPDF(context.Background(), f, noOCR(), testLimits)
			t.Logf("pages=%d err=%v", len(res.Pages), err)
			if err != nil && !strings.Contains(err.Error(), "pdf") {
				t.Errorf("error does not say what failed: %v", err)
			}
		})
	}
	res, err := ExtractPDF(context.Background(), "testdata/good.pdf", noOCR(), testLimits)
	if err != nil {
		t.Fatalf("good PDF after hostile ones: %v", err)
	}
	if len(res.Pages) == 0 || !strings.Contains(res.Pages[0].Text, "Conferencia Regional sobre Migración") {
		t.Fatalf("good PDF text missing: %+v", res.Pages)
	}
}

// TestOutcomes checks the specific outcome of files whose handling is known.
func TestOutcomes(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		file string
		want string // substring of the error; "" for success
		is   error
	}{
		{"testdata/hostile/empty.pdf", "empty file", nil},
		{"testdata/hostile/html.pdf", "not a PDF", pdftext.ErrNotPDF},
		{"testdata/hostile/junk.pdf", "not a PDF", pdftext.ErrNotPDF},
		{"testdata/hostile/encrypted-user.pdf", "password", pdftext.ErrEncrypted},
		{"testdata/hostile/objstm-extends.pdf", "killed after 3s", nil},
		{"testdata/hostile/unbalanced-q.pdf", "", nil},
		{"testdata/hostile/no-operands.pdf", "", nil},
		{"testdata/hostile/count-huge.pdf", "", nil},
		{"testdata/hostile/tree-cycle.pdf", "", nil},
		{filepath.Join(dir, "missing.pdf"), "no such file", nil},
	}
	lim := testLimits
	lim.Timeout = 3 * time.Second
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			res, err := ExtractPDF(context.Background(), tt.file, noOCR(), lim)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				if len(res.Pages) == 0 || !strings.Contains(res.Pages[0].Text, "Solicitar a la OIM") {
					t.Fatalf("text missing: %+v", res.Pages)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want %q", err, tt.want)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Fatalf("error %v is not %v", err, tt.is)
			}
		})
	}
}

// TestMemoryLimit lets a flate bomb of operands exhaust a small child.
func TestMemoryLimit(t *testing.T) {
	f := flateBomb(t, t.TempDir())
	lim := Limits{Timeout: 30 * time.Second, MemoryMB: 256}
	_, err := ExtractPDF(context.Background(), f, noOCR(), lim)
	if err == nil || !strings.Contains(err.Error(), "pdf worker") {
		t.Fatalf("error %v, want the worker to die of memory", err)
	}
	t.Log(err)
}

// TestCancel ends a looping child when the context is cancelled.
func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(300 * time.Millisecond); cancel() }()
	_, err := ExtractPDF(ctx, "testdata/hostile/objstm-extends.pdf", noOCR(), DefaultLimits())
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
}

// TestMaxBytes refuses a file over the size limit without starting a child.
func TestMaxBytes(t *testing.T) {
	_, err := ExtractPDF(context.Background(), "testdata/good.pdf", noOCR(), Limits{MaxBytes: 100})
	if err == nil || !strings.Contains(err.Error(), "good.pdf") || !strings.Contains(err.Error(), "limit 100") {
		t.Fatalf("error %v, want size limit naming the file", err)
	}
}

// TestReadFrame checks the framing, the output cap and truncated frames.
func TestReadFrame(t *testing.T) {
	frame := func(size uint32, body string) string {
		var b bytes.Buffer
		binary.Write(&b, binary.BigEndian, size)
		b.WriteString(body)
		return b.String()
	}
	tests := []struct {
		name, in string
		max      int
		want     string // the decoded Error field
		err      error  // wanted error, nil for success
	}{
		{"ok", frame(13, `{"error":"x"}`), 100, "x", nil},
		{"at cap", frame(13, `{"error":"x"}`), 13, "x", nil},
		{"over cap", frame(13, `{"error":"x"}`), 12, "", errOutputLimit},
		{"huge length", frame(0xffffffff, ""), 1 << 20, "", errOutputLimit},
		{"empty", "", 100, "", io.EOF},
		{"short length", "\x00\x00", 100, "", io.ErrUnexpectedEOF},
		{"short body", frame(13, `{"err`), 100, "", io.ErrUnexpectedEOF},
		{"no body", frame(13, ""), 100, "", io.ErrUnexpectedEOF},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var resp response
			err := readFrame(strings.NewReader(tt.in), tt.max, &resp)
			if tt.err == nil && err != nil || tt.err != nil && !errors.Is(err, tt.err) {
				t.Fatalf("error %v, want %v", err, tt.err)
			}
			if resp.Error != tt.want {
				t.Fatalf("error field %q, want %q", resp.Error, tt.want)
			}
		})
	}
	if err := readFrame(strings.NewReader(frame(3, "{x}")), 100, &struct{}{}); err == nil || !strings.Contains(err.Error(), "bad frame") {
		t.Fatalf("bad JSON: error %v", err)
	}
}

// TestFrameRoundTrip reads back what writeFrame wrote, twice in a row.
func TestFrameRoundTrip(t *testing.T) {
	var b bytes.Buffer
	want := request{Path: "a.pdf", Options: noOCR(), MemoryMB: 384, MaxBytes: 7}
	for range 2 {
		if err := writeFrame(&b, want); err != nil {
			t.Fatal(err)
		}
	}
	for range 2 {
		var got request
		if err := readFrame(&b, maxRequest, &got); err != nil || got != want {
			t.Fatalf("got %+v, %v; want %+v", got, err, want)
		}
	}
	if err := readFrame(&b, maxRequest, &request{}); err != io.EOF {
		t.Fatalf("after the last frame: %v, want io.EOF", err)
	}
}

// FuzzReadFrame feeds arbitrary bytes to the frame reader: it must return a
// frame or an error, never panic or allocate past the cap.
func FuzzReadFrame(f *testing.F) {
	f.Add([]byte("\x00\x00\x00\x02{}"))
	f.Add([]byte("\xff\xff\xff\xff"))
	f.Add([]byte("\x00\x00\x00\x0d{\"error\":\"x\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var resp response
		readFrame(bytes.NewReader(data), 1<<16, &resp)
	})
}

// TestTailReason picks the fatal line of a Go crash from standard error.
func TestTailReason(t *testing.T) {
	tests := []struct{ stderr, want string }{
		{"runtime: goroutine stack exceeds 67108864-byte limit\nfatal error: stack overflow\n\ngoroutine 1:\nmain.f()\n", "runtime: goroutine stack exceeds 67108864-byte limit"},
		{"fatal error: runtime: out of memory\n\ngoroutine 5\n", "fatal error: runtime: out of memory"},
		{"something\nlast words\n", "last words"},
		{"", "no message"},
	}
	for _, tt := range tests {
		tl := &tail{max: 1024}
		tl.Write([]byte(tt.stderr))
		if got := tl.reason(); got != tt.want {
			t.Errorf("reason(%q) = %q, want %q", tt.stderr, got, tt.want)
		}
	}
}
