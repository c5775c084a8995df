package pdftext

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzExtract feeds arbitrary bytes to Extract: it must return a result or
// an error, never panic, and honour its deadline.
func FuzzExtract(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/damaged/*.pdf")
	seeds = append(seeds, "testdata/synthetic/furniture.pdf", "testdata/synthetic/blank-bullets.pdf", "testdata/crm-vii-antigua-2002-05.es.mono.pdf")
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 1 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"))
	f.Add([]byte{})
	opt := DefaultOptions()
	opt.NoTools = true
	opt.MaxPages = 50
	opt.MaxOutput = 1 << 20
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		res, err := Extract(ctx, data, opt)
		if errors.Is(err, context.DeadlineExceeded) {
			return // a loop inside ledongthuc/pdf: the worker process kills those
		}
		if err != nil {
			return
		}
		for i, p := range res.Pages {
			if p.Number != i+1 {
				t.Fatalf("page %d numbered %d", i+1, p.Number)
			}
			if !utf8.ValidString(p.Text) {
				t.Fatalf("page %d: invalid UTF-8", p.Number)
			}
		}
	})
}
