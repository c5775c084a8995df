package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"actas"
	"actas/ingest/extract"
	"actas/ingest/pages"
	"actas/ingest/textenc"
)

// textArchive writes n distinct text reports (copies of the sample text
// reports, each with a line of its own) under a new folder and returns it,
// its files and their bytes.
func textArchive(b *testing.B, n int) (string, []string, int64) {
	dir := b.TempDir()
	names := []string{"rcgm-san-salvador-2003-12.en.txt", "grcm-tapachula-2010-05.es.latin1.txt",
		"minutes/crm-rfepc-2017-11-27.es.txt"}
	var files []string
	var total int64
	for i := range n {
		name := names[i%len(names)]
		data, err := os.ReadFile(filepath.Join("testdata/archive", name))
		if err != nil {
			b.Fatal(err)
		}
		data = append(data, fmt.Sprintf("\nReferencia %d.\n", i)...)
		sub := filepath.Join(dir, fmt.Sprintf("%02d", i/100))
		os.MkdirAll(sub, 0o755)
		f := filepath.Join(sub, fmt.Sprintf("%04d-%s", i, filepath.Base(name)))
		if err := os.WriteFile(f, data, 0o644); err != nil {
			b.Fatal(err)
		}
		files = append(files, f)
		total += int64(len(data))
	}
	return dir, files, total
}

// extractAll reads, decodes, cleans and extracts every file on workers
// goroutines, as ingest does but with no database, and returns the reports by path.
func extractAll(b *testing.B, files []string, workers int) map[string]*actas.Report {
	ex, err := extract.Default()
	if err != nil {
		b.Fatal(err)
	}
	reps := make([]*actas.Report, len(files))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1)) - 1; i < len(files); i = int(next.Add(1)) - 1 {
				raw, err := os.ReadFile(files[i])
				if err != nil {
					b.Error(err)
					return
				}
				text, _, err := textenc.Decode(raw)
				if err != nil {
					b.Error(err)
					return
				}
				doc := &actas.Document{Path: files[i], Format: "txt",
					Pages: pages.Clean([]actas.Page{{Number: 1, Text: text, Method: "text"}})}
				if reps[i], err = ex.Extract(doc); err != nil {
					b.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	out := map[string]*actas.Report{}
	for i, f := range files {
		out[f] = reps[i]
	}
	return out
}

// BenchmarkIngestVsExtraction times, on the same 600 text reports and the
// same workers: extraction alone (no database), the whole ingest, and the
// ingest with extraction already done (what storage costs, the pace ingest
// could reach with a far faster extractor). x-extraction is ingest
// throughput over extraction-alone throughput; the goal is >= 0.8.
func BenchmarkIngestVsExtraction(b *testing.B) {
	dir, files, total := textArchive(b, 600)
	opt := testOptions()
	cached := extractAll(b, files, opt.Workers)
	var tEx, tIn, tStore, cEx, cIn, cStore time.Duration
	b.SetBytes(total)
	b.ResetTimer()
	for range b.N {
		start, c0 := time.Now(), processCPU()
		extractAll(b, files, opt.Workers)
		tEx += time.Since(start)
		cEx += processCPU() - c0

		b.StopTimer()
		st := openStore(b)
		b.StartTimer()
		start, c0 = time.Now(), processCPU()
		if sum, err := Run(context.Background(), st, []string{dir}, opt); err != nil || sum.Loaded != len(files) {
			b.Fatalf("ingest: %v\n%s", err, sum)
		}
		tIn += time.Since(start)
		cIn += processCPU() - c0

		b.StopTimer()
		st = openStore(b)
		pre := opt
		pre.Extract = func(doc *actas.Document) (*actas.Report, error) {
			rep := *cached[filepath.Join(dir, doc.Path[len(dir):])]
			return &rep, nil
		}
		b.StartTimer()
		start, c0 = time.Now(), processCPU()
		if sum, err := Run(context.Background(), st, []string{dir}, pre); err != nil || sum.Loaded != len(files) {
			b.Fatalf("ingest, extraction done: %v\n%s", err, sum)
		}
		tStore += time.Since(start)
		cStore += processCPU() - c0
	}
	n := float64(len(files) * b.N)
	b.ReportMetric(n/tEx.Seconds(), "extract-docs/s")
	b.ReportMetric(n/tIn.Seconds(), "ingest-docs/s")
	b.ReportMetric(n/tStore.Seconds(), "store-docs/s")
	b.ReportMetric(tEx.Seconds()/tIn.Seconds(), "x-extraction")
	b.ReportMetric(cEx.Seconds()*1e3/n, "extract-cpu-ms/doc")
	b.ReportMetric(cIn.Seconds()*1e3/n, "ingest-cpu-ms/doc")
	b.ReportMetric(cStore.Seconds()*1e3/n, "store-cpu-ms/doc")
}

// processCPU is the user and system CPU time of this process, DuckDB's
// threads included.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkReingest re-ingests an unchanged archive of 2,000 text reports.
func BenchmarkReingest(b *testing.B) {
	dir, files, total := textArchive(b, 2000)
	st := openStore(b)
	opt := testOptions()
	runOK(b, st, []string{dir}, opt)
	b.SetBytes(total)
	b.ResetTimer()
	for range b.N {
		sum := runOK(b, st, []string{dir}, opt)
		if sum.Unchanged != len(files) {
			b.Fatalf("re-ingest: want all unchanged\n%s", sum)
		}
	}
	b.ReportMetric(float64(len(files)*b.N)/b.Elapsed().Seconds(), "files/s")
}
