package ingest

import (
	"context"
	"fmt"
	"strings"
	"time"

	"actas"
	"actas/ingest/ocr"
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
	res, err := p.extractPDF(ctx, path, src.name())
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
		ocrSummary(doc)
	}
	if res.NeedsOCR {
		doc.Warnings = append(doc.Warnings, "needs OCR")
	}
	return doc, nil
}

// ocrPageTime is the time one scanned page may take to render and read
// (tesseract at 300 dpi takes 2 to 10 s a page; far more on a loaded
// machine or a huge page).
const ocrPageTime = 2 * time.Minute

// ocrProgressFrom is the number of scanned pages from which a file reports
// its OCR progress page by page.
const ocrProgressFrom = 3

// extractPDF reads the text layer in a worker process, with OCR off; when
// pages have no text layer and OCR is wanted, it reads those pages with
// package ocr, in parallel with the other files' pages, each page under
// its own time limit.
func (p *pipeline) extractPDF(ctx context.Context, path, name string) (pdftext.Result, error) {
	opt := p.opt.PDF
	first := opt
	first.OCR = false
	res, err := p.opt.ExtractPDF(ctx, path, first, p.opt.Limits)
	if err != nil || !res.NeedsOCR || !opt.OCR {
		return res, err
	}
	if opt.NoTools || !ocr.Available() {
		res.Warnings = dropOCRNotes(res.Warnings) // the reason becomes ocrHint
		return res, nil
	}
	oopt := ocr.Options{Langs: strings.Split(opt.OCRLang, "+"), PageTimeout: ocrPageTime}
	if len(res.OCRPages) >= ocrProgressFrom {
		oopt.Progress = func(done, total int) { p.w.prog.page(name, done, total) }
	}
	read := ocr.Document(ctx, path, res.OCRPages, oopt)
	res.Warnings = dropOCRNotes(res.Warnings)
	res.NeedsOCR, res.OCRPages = false, nil
	byNumber := map[int]int{}
	for i, pg := range res.Pages {
		byNumber[pg.Number] = i
	}
	for _, pg := range read {
		if pg.Err != nil {
			res.NeedsOCR = true
			res.OCRPages = append(res.OCRPages, pg.Number)
			res.Warnings = append(res.Warnings, fmt.Sprintf("page %d: no text layer; OCR failed: %v", pg.Number, pg.Err))
			continue
		}
		res.OCRUsed = true
		if i, ok := byNumber[pg.Number]; ok && strings.TrimSpace(pg.Text) != "" {
			res.Pages[i] = pdftext.OCRPage(pg)
		}
	}
	return res, ctx.Err()
}

// dropOCRNotes removes the text pass's notes that pages were not read by
// OCR, which the OCR pass replaces.
func dropOCRNotes(warnings []string) []string {
	var kept []string
	for _, w := range warnings {
		if !strings.HasSuffix(w, "no text layer; OCR disabled") {
			kept = append(kept, w)
		}
	}
	return kept
}

// ocrSummary notes a document's OCR confidence in its warnings and marks
// it uncertain when the mean word confidence of its OCR pages is low.
func ocrSummary(doc *actas.Document) {
	var sum, words float64
	pages, low := 0, 0
	for _, pg := range doc.Pages {
		if pg.Method != pdftext.MethodOCR {
			continue
		}
		n := float64(max(1, len(strings.Fields(pg.Text))))
		sum += pg.OCRConfidence * n
		words += n
		pages++
		low += len(pg.LowWords)
	}
	if pages == 0 {
		return
	}
	mean := sum / words
	doc.Warnings = append(doc.Warnings, fmt.Sprintf("OCR: %d pages, mean word confidence %.0f, %d low-confidence words kept", pages, mean, low))
	if mean < ocr.UncertainBelow {
		doc.Uncertain = true
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("structure uncertain (OCR confidence %.0f)", mean))
	}
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
		if strings.Contains(w, "no text layer") {
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

// uncertainReason is the warning that made a document uncertain.
func uncertainReason(doc *actas.Document) string {
	for _, w := range doc.Warnings {
		if strings.HasPrefix(w, "structure uncertain") {
			return w
		}
	}
	return "structure uncertain"
}
