package ingest

import (
	"context"
	"fmt"
	"strings"

	"actas"
	"actas/ingest/pages"
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
	res, err := p.opt.ExtractPDF(ctx, path, p.opt.PDF, p.opt.Limits)
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
