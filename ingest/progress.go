package ingest

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"
)

// progress reports files as they finish: a single redrawn bar on a terminal,
// one plain line per file otherwise.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	fd    int // terminal file descriptor, or -1
	total int
	n     int // files done
	pages int
	start time.Time
	drawn time.Time
	quit  chan struct{}
	wg    sync.WaitGroup
}

// newProgress starts reporting on w for total files.
func newProgress(w io.Writer, total int) *progress {
	p := &progress{w: w, fd: -1, total: total, start: time.Now(), quit: make(chan struct{})}
	if f, ok := w.(interface{ Fd() uintptr }); ok && term.IsTerminal(int(f.Fd())) {
		p.fd = int(f.Fd())
		p.wg.Add(1)
		go p.tick()
	}
	return p
}

// tick redraws the bar every second so rate and ETA move between files.
func (p *progress) tick() {
	defer p.wg.Done()
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-p.quit:
			return
		case <-t.C:
			p.mu.Lock()
			p.draw()
			p.mu.Unlock()
		}
	}
}

// done reports one finished file with its status (loaded, unchanged, failed).
func (p *progress) done(path, status, detail string, pages int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	p.pages += pages
	if p.fd < 0 {
		line := fmt.Sprintf("[%d/%d] %-9s %s", p.n, p.total, status, path)
		if detail != "" {
			line += " (" + detail + ")"
		}
		fmt.Fprintln(p.w, line)
		return
	}
	if status == "failed" {
		fmt.Fprintf(p.w, "\r\x1b[Kfailed %s: %s\n", path, detail)
		p.draw()
		return
	}
	if time.Since(p.drawn) >= 100*time.Millisecond || p.n == p.total {
		p.draw()
	}
}

// page reports that OCR has read done of the total scanned pages of a
// file: a line of its own on either output, the bar redrawn below it.
func (p *progress) page(path string, done, total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.fd < 0 {
		fmt.Fprintf(p.w, "          OCR page %d/%d %s\n", done, total, path)
		return
	}
	fmt.Fprintf(p.w, "\r\x1b[KOCR page %d/%d %s\n", done, total, path)
	p.draw()
}

// draw redraws the bar; the caller holds p.mu.
func (p *progress) draw() {
	p.drawn = time.Now()
	width := 80
	if w, _, err := term.GetSize(p.fd); err == nil && w > 20 {
		width = w
	}
	fmt.Fprint(p.w, "\r\x1b[K"+p.line(width-1, time.Since(p.start)))
}

// line renders the bar for a terminal width after elapsed time.
func (p *progress) line(width int, elapsed time.Duration) string {
	secs := elapsed.Seconds()
	stats := fmt.Sprintf(" %d/%d files  %d pages", p.n, p.total, p.pages)
	if secs > 0 && p.n > 0 {
		fps := float64(p.n) / secs
		stats += fmt.Sprintf("  %.1f files/s  %.1f pages/s", fps, float64(p.pages)/secs)
		if left := p.total - p.n; left > 0 {
			eta := time.Duration(float64(left) / fps * float64(time.Second))
			stats += "  ETA " + eta.Round(time.Second).String()
		}
	}
	barWidth := width - len(stats) - 2
	if barWidth < 10 {
		if len(stats) > width {
			return stats[:width]
		}
		return stats
	}
	fill := barWidth
	if p.total > 0 {
		fill = barWidth * p.n / p.total
	}
	return "[" + strings.Repeat("=", fill) + strings.Repeat(" ", barWidth-fill) + "]" + stats
}

// finish draws the final bar and ends its line.
func (p *progress) finish() {
	if p.fd < 0 {
		return
	}
	close(p.quit)
	p.wg.Wait()
	p.mu.Lock()
	defer p.mu.Unlock()
	p.draw()
	fmt.Fprintln(p.w)
}
