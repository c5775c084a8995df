package ingest

import (
	"context"
	"fmt"
	"strings"
	"time"

	"actas"
	"actas/ingest/pages"
	"actas/ingest/pdftext"
)

// ocrHint tells what to install when scanned pages cannot be read.
const ocrHint = "scanned pages with no text layer; install poppler-utils, tesseract-ocr, " +
	"tesseract-ocr-spa and tesseract-ocr-eng to OCR them"

// pdfDocument extracts a PDF's pages in a worker process.
func (p *pipeline) pdfDocument(ctx context.Context, src *source, b []byte, doc *actas.Document) (*actas.Document, *Failure) {
	path := src.file
	if src.arc != nil {
		mem, cleanup, err := memPath(src.name(), b)
		if err != nil {
			return nil, src.failf(StagePDF, "holding the zip entry in memory: %v", err)
		}
		defer cleanup()
		path = mem
	}
	res, err := p.extractPDF(ctx, path)
	if err != nil {
		reason := strings.ReplaceAll(err.Error(), path, src.name())
		if res.Encrypted {
			reason = "encrypted with a password (it does not open with an empty one): " + reason
		}
		return nil, src.failf(StagePDF, "%s", reason)
	}
	if res.Encrypted {
		return nil, src.failf(StagePDF, "encrypted with a password (it does not open with an empty one)")
	}
	doc.Pages = pages.Clean(res.Pages)
	doc.Warnings = append(doc.Warnings, res.Warnings...)
	if res.OCRUsed {
		doc.Uncertain = true
		doc.Warnings = append(doc.Warnings, "structure uncertain (OCR)")
	}
	if res.NeedsOCR {
		doc.Warnings = append(doc.Warnings, "needs OCR")
	}
	return doc, nil
}

// ocrPageTime is the time a scanned page may take to OCR, on top of the
// worker's time limit (tesseract at 300 dpi took 23 to 60 s a page on a
// loaded 2-core machine).
const ocrPageTime = 2 * time.Minute

// extractPDF reads the text layer first, with OCR off and the worker's time
// limit; when pages have no text layer and OCR is wanted, it runs again with
// OCR and a limit that grows with the number of those pages, so that a long
// scan is not cut short and a broken PDF is still stopped quickly.
func (p *pipeline) extractPDF(ctx context.Context, path string) (pdftext.Result, error) {
	opt := p.opt.PDF
	if !opt.OCR {
		return p.opt.ExtractPDF(ctx, path, opt, p.opt.Limits)
	}
	first := opt
	first.OCR = false
	res, err := p.opt.ExtractPDF(ctx, path, first, p.opt.Limits)
	if err != nil || !res.NeedsOCR {
		return res, err
	}
	empty := 0
	for _, pg := range res.Pages {
		if strings.TrimSpace(pg.Text) == "" {
			empty++
		}
	}
	lim := p.opt.Limits
	lim.Timeout += time.Duration(empty) * ocrPageTime
	ocr, err := p.opt.ExtractPDF(ctx, path, opt, lim)
	if err != nil {
		res.Warnings = append(res.Warnings, "OCR failed: "+err.Error())
		return res, nil
	}
	return ocr, nil
}

// needsOCR reports whether the PDF extraction flagged pages that need OCR.
func needsOCR(doc *actas.Document) bool {
	for _, w := range doc.Warnings {
		if w == "needs OCR" {
			return true
		}
	}
	return false
}

// ocrReason is the ingest_errors reason for a document that needs OCR: the
// extractor's first OCR warning, or what to install.
func ocrReason(doc *actas.Document) string {
	var notes []string
	for _, w := range doc.Warnings {
		if strings.Contains(strings.ToLower(w), "ocr") && w != "needs OCR" && w != "structure uncertain (OCR)" {
			notes = append(notes, w)
		}
	}
	switch len(notes) {
	case 0:
		return ocrHint
	case 1:
		return notes[0]
	}
	return fmt.Sprintf("%s (and %d more pages)", notes[0], len(notes)-1)
}
