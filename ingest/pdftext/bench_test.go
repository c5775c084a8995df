package pdftext

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// benchFiles returns the corpus PDFs and their page count.
func benchFiles(b *testing.B) ([][]byte, []string, int) {
	files, err := filepath.Glob("testdata/*.pdf")
	if err != nil || len(files) == 0 {
		b.Fatal("no test PDFs")
	}
	var datas [][]byte
	pages := 0
	opt := DefaultOptions()
	opt.NoTools = true
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		res, err := Extract(context.Background(), data, opt)
		if err != nil {
			b.Fatal(err)
		}
		pages += len(res.Pages)
		datas = append(datas, data)
	}
	return datas, files, pages
}

// BenchmarkExtract measures pages/s of our walker and of poppler's
// pdftotext (one process per file) over the same test PDFs.
func BenchmarkExtract(b *testing.B) {
	datas, files, pages := benchFiles(b)
	b.Run("walker", func(b *testing.B) {
		opt := DefaultOptions()
		opt.NoTools = true
		for b.Loop() {
			for _, d := range datas {
				if _, err := Extract(context.Background(), d, opt); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(pages*b.N)/b.Elapsed().Seconds(), "pages/s")
	})
	b.Run("pdftotext", func(b *testing.B) {
		if !Installed("pdftotext") {
			b.Skip("pdftotext not installed")
		}
		for b.Loop() {
			for _, f := range files {
				if err := exec.Command("pdftotext", "-q", "-enc", "UTF-8", f, os.DevNull).Run(); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(pages*b.N)/b.Elapsed().Seconds(), "pages/s")
	})
}
