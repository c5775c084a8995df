package worker

import (
	"context"
	"os"
	"testing"

	"actas/ingest/pdftext"
)

// BenchmarkExtractPDF measures the cost of a worker process per file
// against extracting the same file in-process.
func BenchmarkExtractPDF(b *testing.B) {
	b.Run("worker", func(b *testing.B) {
		for b.Loop() {
			if _, err := ExtractPDF(context.Background(), "testdata/good.pdf", noOCR(), DefaultLimits()); err != nil {
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
			if _, err := pdftext.Extract(context.Background(), data, noOCR()); err != nil {
				b.Fatal(err)
			}
		}
	})
}
