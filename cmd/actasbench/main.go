// Command actasbench measures actas at scale: it generates a synthetic
// archive of N reports (text, and a PDF share) from the sample reports, then
// times extraction alone, ingest, re-ingest, pdftotext over the same PDFs,
// the transform and the dashboard under load, and prints throughput, peak
// memory and the ratios. `make bench` runs it; see docs/scale.md.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// config is the command line.
type config struct {
	reports  int
	pdfShare float64
	dir      string
	keep     bool
	bin      string
	clients  int
	loadFor  time.Duration
	workers  int
	seed     uint64
	// transformOnly times `actas transform --full` over the database kept
	// in dir by an earlier run, and nothing else.
	transformOnly bool
	skipExtract   bool // skip extraction alone (and the ratios to it)
}

func main() {
	var c config
	flag.IntVar(&c.reports, "reports", 10000, "reports in the synthetic archive")
	flag.Float64Var(&c.pdfShare, "pdf-share", 0.1, "share of the reports written as PDF")
	flag.StringVar(&c.dir, "dir", "", "folder for the archive and the database (default: a new temporary folder, removed at the end)")
	flag.BoolVar(&c.keep, "keep", false, "keep the archive and the database")
	flag.StringVar(&c.bin, "bin", "./bin/actas", "the actas binary to measure")
	flag.IntVar(&c.clients, "clients", 32, "concurrent dashboard clients")
	flag.DurationVar(&c.loadFor, "load-for", 15*time.Second, "how long the dashboard is loaded")
	flag.IntVar(&c.workers, "workers", defaultWorkers(), "workers for extraction alone and pdftotext (ingest uses its default: all CPUs)")
	flag.Uint64Var(&c.seed, "seed", 1, "seed of the synthetic variations")
	flag.BoolVar(&c.skipExtract, "skip-extract", false, "skip timing extraction alone (on large archives, to save time)")
	flag.BoolVar(&c.transformOnly, "transform-only", false, "time only a full transform of the database an earlier -keep run left in -dir")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, c, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "actasbench:", err)
		os.Exit(1)
	}
}

// run generates the archive and prints every measurement as it is made.
func run(ctx context.Context, c config, out io.Writer) error {
	bin, err := filepath.Abs(c.bin)
	if err != nil {
		return err
	}
	if _, err := os.Stat(bin); err != nil {
		return fmt.Errorf("no actas binary at %s (make build): %w", bin, err)
	}
	if c.transformOnly {
		return transformOnly(ctx, bin, c.dir, out)
	}
	dir := c.dir
	if dir == "" {
		if dir, err = os.MkdirTemp("", "actasbench-"); err != nil {
			return err
		}
	}
	if !c.keep && c.dir == "" {
		defer os.RemoveAll(dir)
	}
	t0 := time.Now()
	a, err := generate(filepath.Join(dir, "archive"), c.reports, c.pdfShare, c.seed)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "archive: %d reports (%d text %.1f MB, %d PDF %d pages), %.1f MB in %s; %d CPUs\n",
		a.Texts+a.PDFs, a.Texts, mb(a.TextBytes), a.PDFs, a.PDFPages, mb(a.Bytes), since(t0), defaultWorkers())
	fmt.Fprintf(out, "%-34s %10s %9s %9s %9s %10s %s\n", "stage", "wall", "reports/s", "MB/s", "pages/s", "peak MB", "ratio")

	texts, err := listFiles(a.TextDir)
	if err != nil {
		return err
	}
	var exTime, exCPU time.Duration
	if !c.skipExtract {
		cpu0 := selfCPU()
		var found int
		if exTime, found, err = extractOnly(texts, c.workers); err != nil {
			return fmt.Errorf("extraction alone: %w", err)
		}
		exCPU = selfCPU() - cpu0
		row(out, "extraction alone (text)", exTime, a.Texts, a.TextBytes, 0, 0,
			fmt.Sprintf("%d of %d with a meeting date; CPU %s", found, a.Texts, exCPU.Round(time.Millisecond)))
	}

	db := filepath.Join(dir, "bench.duckdb")
	txt, err := ingestRun(ctx, out, bin, db, "ingest text", a.TextDir, a.Texts, a.TextBytes, 0)
	if err != nil {
		return err
	}
	if !c.skipExtract {
		fmt.Fprintf(out, "%-34s %10s %9s %9s %9s %10s ingest/extraction-alone throughput %.2f; CPU of extraction alone / CPU of the ingest command %.2f\n",
			"", "", "", "", "", "", exTime.Seconds()/txt.Ingest.Seconds(), exCPU.Seconds()/txt.CPU.Seconds())
	}

	if a.PDFs > 0 {
		pdfs, err := listFiles(a.PDFDir)
		if err != nil {
			return err
		}
		pf, err := ingestRun(ctx, out, bin, db, "ingest PDF", a.PDFDir, a.PDFs, a.Bytes-a.TextBytes, a.PDFPages)
		if err != nil {
			return err
		}
		if pt, err := pdftotextAll(ctx, pdfs, c.workers); err != nil {
			fmt.Fprintf(out, "pdftotext: %v\n", err)
		} else {
			row(out, "pdftotext -layout, same PDFs", pt, a.PDFs, a.Bytes-a.TextBytes, a.PDFPages, 0,
				fmt.Sprintf("ingest PDF / pdftotext time %.2f", pf.Ingest.Seconds()/pt.Seconds()))
		}
	}
	if _, err := ingestRun(ctx, out, bin, db, "re-ingest, nothing changed", filepath.Join(dir, "archive"), a.Texts+a.PDFs, a.Bytes, 0); err != nil {
		return err
	}

	tr, err := runChild(ctx, bin, "transform", "--db", db)
	if err != nil || tr.Exit != 0 {
		return fmt.Errorf("transform: %v %s", err, tail(tr.Stderr, 2000))
	}
	row(out, "transform (all meetings)", tr.Wall, a.Texts+a.PDFs, 0, 0, tr.MaxRSSMB, fmt.Sprintf("CPU %s", tr.CPU.Round(time.Millisecond)))

	lr, err := serveAndLoad(ctx, bin, db, c.clients, c.loadFor)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "dashboard, %d clients for %s: %d requests, %.0f requests/s, p50 %s, p99 %s, %d errors\n",
		c.clients, c.loadFor, lr.Requests, float64(lr.Requests)/lr.Wall.Seconds(),
		lr.P50.Round(time.Millisecond), lr.P99.Round(time.Millisecond), lr.Errors)
	if c.keep || c.dir != "" {
		fmt.Fprintf(out, "kept: %s\n", dir)
	}
	return nil
}

// ingestRun runs `actas ingest` over path into db and prints its row: the
// ingest's own time from its summary, then the whole command. The rows go
// to a scratch Parquet lake beside db instead of a transform after each
// ingest, so that the transform is run, and timed, once.
func ingestRun(ctx context.Context, out io.Writer, bin, db, label, path string, n int, bytes int64, pages int) (ingestFigures, error) {
	lake := filepath.Join(filepath.Dir(db), "lake")
	r, err := runChild(ctx, bin, "ingest", "--db", db, "--out-parquet", lake, path)
	if err != nil {
		return ingestFigures{}, err
	}
	f, err := parseSummary(r.Stderr)
	if err != nil {
		return f, fmt.Errorf("%s (exit %d): %w", label, r.Exit, err)
	}
	note := fmt.Sprintf("%d loaded, %d unchanged, %d failed; command with Parquet export %s, CPU %s",
		f.Loaded, f.Unchanged, f.Failed, r.Wall.Round(time.Millisecond), r.CPU.Round(time.Millisecond))
	if pages == 0 {
		pages = f.Pages
	}
	row(out, label, f.Ingest, n, bytes, pages, r.MaxRSSMB, note)
	f.CPU = r.CPU
	return f, nil
}

// row prints one measurement; zero counts print as "-".
func row(out io.Writer, label string, d time.Duration, n int, bytes int64, pages int, peakMB float64, note string) {
	rate := func(x float64) string {
		if x == 0 || d <= 0 {
			return "-"
		}
		return fmt.Sprintf("%.1f", x/d.Seconds())
	}
	peak := "-"
	if peakMB > 0 {
		peak = fmt.Sprintf("%.0f", peakMB)
	}
	fmt.Fprintf(out, "%-34s %10s %9s %9s %9s %10s %s\n", label, d.Round(time.Millisecond), rate(float64(n)),
		rate(mb(bytes)), rate(float64(pages)), peak, note)
}

// mb is n bytes in MB.
func mb(n int64) float64 { return float64(n) / 1e6 }

// since is the time since t, rounded for people.
func since(t time.Time) time.Duration { return time.Since(t).Round(time.Millisecond) }

// transformOnly times `actas transform --full` over dir/bench.duckdb, left
// by an earlier run with -keep: follow-through matched anew for every meeting.
func transformOnly(ctx context.Context, bin, dir string, out io.Writer) error {
	db := filepath.Join(dir, "bench.duckdb")
	if dir == "" {
		return fmt.Errorf("-transform-only needs -dir, the folder of an earlier run with -keep")
	}
	if _, err := os.Stat(db); err != nil {
		return fmt.Errorf("-transform-only: %w", err)
	}
	tr, err := runChild(ctx, bin, "transform", "--full", "--db", db)
	if err != nil || tr.Exit != 0 {
		return fmt.Errorf("transform: %v %s", err, tail(tr.Stderr, 2000))
	}
	fmt.Fprintf(out, "%-34s %10s %10s %s\n", "stage", "wall", "peak MB", "note")
	fmt.Fprintf(out, "%-34s %10s %10.0f CPU %s; %s\n", "transform --full (all meetings)", tr.Wall.Round(time.Millisecond),
		tr.MaxRSSMB, tr.CPU.Round(time.Millisecond), strings.ReplaceAll(strings.TrimSpace(tail(tr.Stderr, 300)), "\n", "; "))
	return nil
}
