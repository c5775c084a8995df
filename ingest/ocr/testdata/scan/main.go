// Command scan writes scanned renderings of text-layer PDFs (200 dpi grey,
// a slight tilt, noise, JPEG) next to a copy of their gold files, to score
// the OCR on a corpus the way issue 15 measures it.
//
//	go run ./ingest/ocr/testdata/scan OUTDIR file.pdf...
package main

import (
	"context"
	"log"
	"os"
	"path/filepath"

	"actas/ingest/internal/scanpdf"
)

func main() {
	if len(os.Args) < 3 {
		log.Fatal("usage: scan OUTDIR file.pdf...")
	}
	out := os.Args[1]
	if err := os.MkdirAll(out, 0o755); err != nil {
		log.Fatal(err)
	}
	for i, f := range os.Args[2:] {
		tilt := []float64{0.7, -0.9, 1.2, -0.5}[i%4]
		b, err := scanpdf.Scan(context.Background(), f, scanpdf.Options{Tilt: tilt, Noise: 14, Quality: 55, Seed: uint64(i)})
		if err != nil {
			log.Fatal(err)
		}
		name := filepath.Base(f)
		if err := os.WriteFile(filepath.Join(out, name), b, 0o644); err != nil {
			log.Fatal(err)
		}
		if g, err := os.ReadFile(f + ".gold.json"); err == nil {
			if err := os.WriteFile(filepath.Join(out, name+".gold.json"), g, 0o644); err != nil {
				log.Fatal(err)
			}
		}
	}
}
