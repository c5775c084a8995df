package ingest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"syscall"
	"testing"
	"time"
)

// benchPDFs are the good PDFs of the pdftext teammate's testdata, or ours.
func benchPDFs(b *testing.B) []string {
	files, _ := filepath.Glob("pdftext/testdata/*.pdf")
	if len(files) == 0 {
		files, _ = filepath.Glob("testdata/archive/minutes/*.pdf")
	}
	if len(files) == 0 {
		b.Fatal("no PDFs to benchmark")
	}
	return files
}

// benchRun ingests paths into a fresh database and returns the summary; only
// the ingest itself is timed.
func benchRun(b *testing.B, paths []string) Summary {
	b.StopTimer()
	st := openStore(b)
	b.StartTimer()
	sum, err := Run(context.Background(), st, paths, testOptions())
	b.StopTimer()
	if err != nil || sum.Failed > 0 {
		b.Fatalf("ingest: %v\n%s", err, sum)
	}
	st.Close()
	b.StartTimer()
	return sum
}

// reportMemory reports the peak memory of this process and of its children.
func reportMemory(b *testing.B) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.Sys)/1e6, "MB-sys")
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_CHILDREN, &ru); err == nil {
		b.ReportMetric(float64(ru.Maxrss)/1e3, "MB-child-maxrss")
	}
}

// BenchmarkIngestText ingests an archive of 200 text, HTML and DOCX reports (MB/s).
func BenchmarkIngestText(b *testing.B) {
	dir := b.TempDir()
	var total int64
	names := []string{"rcgm-san-salvador-2003-12.en.txt", "grcm-tapachula-2010-05.es.latin1.txt",
		"minutes/crm-rfepc-2017-11-27.es.txt", "rcgm-managua-2014-11.en.html"}
	for i := range 200 {
		name := names[i%len(names)]
		data, err := os.ReadFile(filepath.Join("testdata/archive", name))
		if err != nil {
			b.Fatal(err)
		}
		data = append(data, fmt.Sprintf("\n<!-- copy %d -->\n", i)...)
		total += int64(len(data))
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d-%s", i, filepath.Base(name))), data, 0o644)
	}
	b.SetBytes(total)
	b.ResetTimer()
	for range b.N {
		benchRun(b, []string{dir})
	}
	reportMemory(b)
}

// BenchmarkIngestPDF ingests an archive of PDFs, each in a worker process
// (pages/s), and compares with pdftotext run over the same files with as
// many processes at once.
func BenchmarkIngestPDF(b *testing.B) {
	files := benchPDFs(b)
	pages := 0
	b.ResetTimer()
	start := time.Now()
	for range b.N {
		pages += benchRun(b, files).Pages
	}
	ours := time.Since(start)
	b.ReportMetric(float64(pages)/ours.Seconds(), "pages/s")
	reportMemory(b)
	if _, err := exec.LookPath("pdftotext"); err != nil {
		b.Log("pdftotext not installed: no ratio")
		return
	}
	b.StopTimer()
	start = time.Now()
	for range b.N {
		pdftotextAll(b, files, testOptions().Workers)
	}
	theirs := time.Since(start)
	b.ReportMetric(ours.Seconds()/theirs.Seconds(), "x-pdftotext-time")
}

// pdftotextAll runs pdftotext over files with workers processes at once.
func pdftotextAll(b *testing.B, files []string, workers int) {
	jobs := make(chan string)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range jobs {
				if err := exec.Command("pdftotext", "-q", f, os.DevNull).Run(); err != nil {
					b.Errorf("pdftotext %s: %v", f, err)
				}
			}
		}()
	}
	for _, f := range files {
		jobs <- f
	}
	close(jobs)
	wg.Wait()
}
