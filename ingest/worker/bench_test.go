package worker

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"actas/ingest/pdftext"
)

// benchFiles are the PDFs of package pdftext's tests: reports printed by
// LibreOffice, Chromium and a monospace producer.
const benchFiles = "../pdftext/testdata/*.pdf"

// BenchmarkExtractPDF extracts every bench file, as many at once as there
// are CPUs, through the pool, through one process per file, with pdftotext
// per file and in-process, all in each iteration, and reports each way's
// pages/s and its time over pdftotext's.
func BenchmarkExtractPDF(b *testing.B) {
	files, err := filepath.Glob(benchFiles)
	if err != nil || len(files) < 10 {
		b.Fatalf("bench PDFs missing in %s: %v", benchFiles, err)
	}
	opt := noOCR()
	opt.NoTools = true
	lim := DefaultLimits()
	pages := 0
	for _, f := range files {
		res, err := ExtractPDF(context.Background(), f, opt, lim)
		if err != nil {
			b.Fatal(err)
		}
		pages += len(res.Pages)
	}
	ways := []struct {
		name string
		run  func(path string) error
	}{
		{"pool", func(p string) error { _, err := ExtractPDF(context.Background(), p, opt, lim); return err }},
		{"process", func(p string) error { _, err := extractOnce(context.Background(), p, opt, lim); return err }},
		{"in-process", func(p string) error {
			data, err := os.ReadFile(p)
			if err == nil {
				_, err = pdftext.Extract(context.Background(), data, opt)
			}
			return err
		}},
	}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		ways = append(ways, struct {
			name string
			run  func(path string) error
		}{"pdftotext", func(p string) error { return exec.Command("pdftotext", "-q", p, os.DevNull).Run() }})
	} else if os.Getenv("CI") == "true" {
		b.Fatal("pdftotext is not installed (poppler-utils)")
	}
	spent := make([]time.Duration, len(ways))
	for b.Loop() {
		for i, w := range ways {
			start := time.Now()
			if err := each(files, w.run); err != nil {
				b.Fatal(err)
			}
			spent[i] += time.Since(start)
		}
	}
	Shutdown()
	for i, w := range ways {
		b.ReportMetric(float64(pages*b.N)/spent[i].Seconds(), w.name+"-pages/s")
		if last := spent[len(ways)-1]; ways[len(ways)-1].name == "pdftotext" && i < len(ways)-1 {
			b.ReportMetric(spent[i].Seconds()/last.Seconds(), w.name+"/pdftotext")
		}
	}
}

// each runs fn on every file with runtime.NumCPU() goroutines and returns
// the first error.
func each(files []string, fn func(string) error) error {
	next := make(chan string)
	errs := make(chan error, len(files))
	var wg sync.WaitGroup
	for range runtime.NumCPU() {
		wg.Go(func() {
			for f := range next {
				if err := fn(f); err != nil {
					errs <- err
				}
			}
		})
	}
	for _, f := range files {
		next <- f
	}
	close(next)
	wg.Wait()
	close(errs)
	return <-errs
}

// BenchmarkFile extracts testdata/good.pdf one file at a time through the
// pool, through a process of its own and in-process.
func BenchmarkFile(b *testing.B) {
	opt := noOCR()
	opt.NoTools = true
	b.Run("pool", func(b *testing.B) {
		for b.Loop() {
			if _, err := ExtractPDF(context.Background(), "testdata/good.pdf", opt, DefaultLimits()); err != nil {
				b.Fatal(err)
			}
		}
		Shutdown()
	})
	b.Run("process", func(b *testing.B) {
		for b.Loop() {
			if _, err := extractOnce(context.Background(), "testdata/good.pdf", opt, DefaultLimits()); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("in-process", func(b *testing.B) {
		data, err := os.ReadFile("testdata/good.pdf")
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			if _, err := pdftext.Extract(context.Background(), data, opt); err != nil {
				b.Fatal(err)
			}
		}
	})
}
