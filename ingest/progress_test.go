package ingest

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

func TestProgressLine(t *testing.T) {
	tests := []struct {
		name         string
		done, total  int
		pages, width int
		elapsed      time.Duration
		want         string
	}{
		{"start", 0, 10, 0, 60, 0,
			"[                                      ] 0/10 files  0 pages"},
		{"half", 5, 10, 20, 100, 10 * time.Second,
			"[=====================                     ] 5/10 files  20 pages  0.5 files/s  2.0 pages/s  ETA 10s"},
		{"done", 4, 4, 8, 100, 2 * time.Second,
			"[=====================================================] 4/4 files  8 pages  2.0 files/s  4.0 pages/s"},
		{"narrow", 1, 3, 2, 30, time.Second,
			" 1/3 files  2 pages  1.0 files"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &progress{n: tt.done, total: tt.total, pages: tt.pages}
			got := p.line(tt.width, tt.elapsed)
			if got != tt.want {
				t.Errorf("line =\n%q\nwant\n%q", got, tt.want)
			}
			if len(got) > tt.width {
				t.Errorf("line is %d wide, more than %d", len(got), tt.width)
			}
		})
	}
}

func TestProgressTerminal(t *testing.T) {
	var buf bytes.Buffer
	p := &progress{w: &buf, fd: 1 << 20, total: 2, start: time.Now(), quit: make(chan struct{})}
	p.done("a.txt", "loaded", "1 pages, txt", 1)
	p.done("b.pdf", "failed", "pdf: truncated", 0)
	p.finish()
	out := buf.String()
	if !strings.HasPrefix(out, "\r\x1b[K[") || !strings.Contains(out, "\r\x1b[Kfailed b.pdf: pdf: truncated\n") {
		t.Errorf("terminal output does not redraw one line and print failures above it:\n%q", out)
	}
	if !strings.HasSuffix(out, "\n") || !strings.Contains(out, "2/2 files  1 pages") {
		t.Errorf("final bar missing:\n%q", out)
	}
}

func TestProgressPlain(t *testing.T) {
	var buf bytes.Buffer
	p := newProgress(&buf, 2)
	p.done("a.txt", "loaded", "3 pages, txt", 3)
	p.done("b.txt", "unchanged", "", 0)
	p.finish()
	want := "[1/2] loaded    a.txt (3 pages, txt)\n[2/2] unchanged b.txt\n"
	if buf.String() != want {
		t.Errorf("plain progress =\n%q\nwant\n%q", buf.String(), want)
	}
}

func TestSummaryString(t *testing.T) {
	s := Summary{
		RunID: 7, Files: 5, Loaded: 3, Unchanged: 1, Failed: 1, NeedsOCR: 1, Pages: 12, Bytes: 123456,
		Duration: 1500 * time.Millisecond,
		Failures: []Failure{
			{Path: "/archive/a.pdf", Stage: StagePDF, Reason: "pdf worker: killed after 60s"},
			{Path: "/archive/scan.pdf", Stage: StageOCR, Reason: ocrHint},
		},
		Skipped: []string{"/archive/notes.md"},
	}
	got := s.String()
	golden := "testdata/summary.golden"
	if *update {
		os.WriteFile(golden, []byte(got), 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("String() =\n%s\nwant\n%s", got, want)
	}
}
